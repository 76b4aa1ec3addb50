/**
 * Configuration, pure: raw config objects (as parsed from `.newslintrc.json`) → ResolvedConfig.
 * Reading files happens outside the engine (server/src/config-loader.ts); this module validates,
 * resolves `extends` (profiles here, files through a callback) and merges the layers.
 */
import * as jsonc from 'jsonc-parser';
import type { OptionRange, PersonConfig, ResolvedConfig, RuleOptions, RuleSetting, Severity } from './types';
import { rules, ruleById } from './rules';
import { DEFAULT_PROFILE, getProfile, profiles } from './profiles';

export interface RawConfig {
  extends?: string[];
  rules?: Record<string, unknown>;
  ignore?: string[];
  names?: Record<string, string[]>;
  people?: PersonConfig[];
}

/** One configuration layer. `text` (the file's source) lets errors carry a line and column. */
export interface ConfigLayer {
  /** Where the layer comes from: a file path, "VS Code settings", "--rule". */
  source: string;
  raw: unknown;
  text?: string;
}

/** A configuration problem, naming the file, the key and (when known) the 1-based line/column. */
export class ConfigError extends Error {
  file: string;
  key?: string;
  line?: number;
  column?: number;
  /** The problem without the location prefix. */
  reason: string;
  constructor(reason: string, file: string, key?: string, line?: number, column?: number) {
    const where = line !== undefined ? `${file}:${line}:${column ?? 1}` : file;
    super(`${where}: ${key ? `${key}: ` : ''}${reason}`);
    this.name = 'ConfigError';
    this.reason = reason;
    this.file = file;
    this.key = key;
    this.line = line;
    this.column = column;
  }
}

export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error'];
const TOP_KEYS = ['$schema', 'extends', 'rules', 'ignore', 'names', 'people'];
const PERSON_KEYS = ['name', 'title', 'noTitle'];

/** The configuration in force when no file says otherwise: every rule at its default severity. */
export function defaultConfig(): ResolvedConfig {
  const ruleSettings: Record<string, RuleSetting> = {};
  for (const r of rules) ruleSettings[r.id] = { severity: r.defaultSeverity, options: { ...(r.defaultOptions ?? {}) } };
  return {
    profiles: ['newslint:ap'],
    rules: ruleSettings,
    names: {},
    people: [],
    ignore: [],
    style: { courtesyTitles: 'none', courtesyTitleStop: true },
  };
}

// ---------------------------------------------------------------------------------------------
// Parsing (JSON with comments), pure
// ---------------------------------------------------------------------------------------------

const PARSE_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the configuration',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'comment never closed',
  UnexpectedEndOfString: 'string never closed',
  UnexpectedEndOfNumber: 'number cut short',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/** 1-based line and column (UTF-16) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Deeper than any config: refused before the (recursive) parser could overflow the stack. */
export const MAX_CONFIG_DEPTH = 64;

/** Throw a ConfigError at the first bracket nested deeper than MAX_CONFIG_DEPTH (a token scan, no recursion). */
function tooDeep(source: string, text: string, src: string): void {
  const scanner = jsonc.createScanner(src, true);
  let depth = 0;
  for (let t = scanner.scan(); t !== jsonc.SyntaxKind.EOF; t = scanner.scan()) {
    if (t === jsonc.SyntaxKind.OpenBraceToken || t === jsonc.SyntaxKind.OpenBracketToken) depth++;
    else if (t === jsonc.SyntaxKind.CloseBraceToken || t === jsonc.SyntaxKind.CloseBracketToken) depth--;
    if (depth > MAX_CONFIG_DEPTH) {
      const { line, column } = lineColumn(text, scanner.getTokenOffset());
      throw new ConfigError(`nested more than ${MAX_CONFIG_DEPTH} levels deep; not a config file`, source, undefined, line, column);
    }
  }
}

/** Parse the text of a config file (JSON with comments, trailing commas allowed). Throws ConfigError. */
export function parseConfigText(source: string, text: string): ConfigLayer {
  // A BOM becomes a space so that offsets (and so lines and columns) stay those of the file.
  const src = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  if (src.trim() === '') throw new ConfigError('the file is empty; expected a JSON object', source, undefined, 1, 1);
  tooDeep(source, text, src);
  const errors: jsonc.ParseError[] = [];
  const raw = jsonc.parse(src, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const e = errors[0];
    const { line, column } = lineColumn(text, e.offset);
    const code = jsonc.printParseErrorCode(e.error);
    throw new ConfigError(`invalid JSON: ${PARSE_MESSAGES[code] ?? code}`, source, undefined, line, column);
  }
  if (raw === undefined) throw new ConfigError('the file is empty; expected a JSON object', source, undefined, 1, 1);
  // jsonc-parser turns a "__proto__" key into the object's prototype, silently: refuse it here.
  let proto = -1;
  jsonc.visit(src, { onObjectProperty: (name, offset) => void (proto < 0 && name === '__proto__' && (proto = offset)) }, { allowTrailingComma: true });
  if (proto >= 0) {
    const { line, column } = lineColumn(text, proto);
    throw new ConfigError('"__proto__" is not a name newslint accepts', source, undefined, line, column);
  }
  return { source, raw, text: src };
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

type Path = (string | number)[];

function keyName(path: Path): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

function fail(layer: ConfigLayer, path: Path, reason: string, atKey = false): never {
  let line: number | undefined;
  let column: number | undefined;
  if (layer.text !== undefined && path.length > 0) {
    const root = jsonc.parseTree(layer.text, [], { allowTrailingComma: true });
    const node = root && jsonc.findNodeAtLocation(root, path);
    // Point at the property name for unknown keys, at the value otherwise.
    const at = node && atKey && node.parent?.type === 'property' ? node.parent.children?.[0] ?? node : node;
    if (at) ({ line, column } = lineColumn(layer.text, at.offset));
  }
  throw new ConfigError(reason, layer.source, path.length ? keyName(path) : undefined, line, column);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? `${JSON.stringify(v.slice(0, 40)).slice(0, -1)}…" (${v.length} characters)` : JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

function hint(word: string, candidates: readonly string[]): string {
  let best = '';
  let bestD = Infinity;
  const bare = (s: string) => s.toLowerCase().replace(/^newslint:/, '');
  for (const c of candidates) {
    const w = bare(word);
    const dd = w.length >= 4 && bare(c).startsWith(w) ? 1 : distance(w, bare(c));
    if (dd < bestD) {
      bestD = dd;
      best = c;
    }
  }
  return best && bestD <= Math.max(1, Math.min(3, Math.floor(bare(best).length / 3))) ? ` (did you mean "${best}"?)` : '';
}

/** Why `id` is not a rule, with the nearest rule id and the list of them. */
export function unknownRule(id: string): string {
  const ids = rules.map((r) => r.id);
  return `unknown rule "${id}"${hint(id, ids)}; known rules: ${ids.join(', ')}`;
}

function severityOf(layer: ConfigLayer, path: Path, v: unknown): Severity {
  if (typeof v === 'string' && (SEVERITIES as string[]).includes(v)) return v as Severity;
  const alias = v === 'warn' ? 'warning' : v === 0 ? 'off' : v === 1 ? 'warning' : v === 2 ? 'error' : '';
  fail(layer, path, `${describe(v)} is not a severity; use "off", "info", "warning" or "error"${alias ? ` (did you mean "${alias}"?)` : ''}`);
}

function inRange(v: number, r: OptionRange): boolean {
  return Number.isFinite(v) && v >= r.min && v <= r.max && (!r.integer || Number.isInteger(v));
}

function rangeText(r: OptionRange): string {
  return `${r.integer ? 'a whole number' : 'a number'} from ${r.min} to ${r.max}`;
}

/** The path of the first own `__proto__` key in a value (as JSON.parse makes them), or null. */
function protoKey(v: unknown, at: Path): Path | null {
  if (typeof v !== 'object' || v === null) return null;
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__') return [...at, k];
    const inner = protoKey(x, [...at, Array.isArray(v) ? Number(k) : k]);
    if (inner) return inner;
  }
  return null;
}

function validateRuleOptions(layer: ConfigLayer, path: Path, ruleId: string, v: unknown): RuleOptions {
  if (!isObject(v)) fail(layer, path, `options must be an object, not ${describe(v)}`);
  const defaults = ruleById(ruleId)?.defaultOptions ?? {};
  const known = Object.keys(defaults);
  for (const [k, val] of Object.entries(v)) {
    if (!(k in defaults)) {
      const list = known.length ? `; it takes ${known.map((x) => `"${x}"`).join(', ')}` : '; it takes no options';
      fail(layer, [...path, k], `unknown option of rule "${ruleId}"${hint(k, known)}${list}`, true);
    }
    const d = defaults[k];
    const want = Array.isArray(d) ? 'list' : d === null ? null : typeof d;
    const got = Array.isArray(val) ? 'list' : typeof val;
    if (want !== null && want !== got) fail(layer, [...path, k], `expected a ${want === 'list' ? 'list' : want}, not ${describe(val)}`);
    const range = ruleById(ruleId)?.optionRanges?.[k];
    if (range && typeof val === 'number' && !inRange(val, range)) fail(layer, [...path, k], `expected ${rangeText(range)}, not ${val}`);
  }
  return v as RuleOptions;
}

interface Contribution {
  rules: Record<string, { severity: Severity; options?: RuleOptions }>;
  ignore: string[];
  names: Record<string, string[]>;
  people: PersonConfig[];
}

interface ValidConfig extends Contribution {
  extends: { spec: string; path: Path }[];
}

function stringList(layer: ConfigLayer, path: Path, v: unknown, what: string): string[] {
  if (!Array.isArray(v)) fail(layer, path, `expected a list of ${what}, not ${describe(v)}`);
  v.forEach((s, i) => {
    if (typeof s !== 'string' || s.length === 0) fail(layer, [...path, i], `expected a non-empty string, not ${describe(s)}`);
  });
  return v as string[];
}

/** Validate one raw layer (not its extends). Throws ConfigError naming the file and the key. */
function validate(layer: ConfigLayer): ValidConfig {
  const raw = layer.raw;
  // Never echo the content of a file that is not a config at all (it may be anything, even a secret).
  const kind = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : typeof raw;
  if (!isObject(raw)) fail(layer, [], `expected a JSON object at the top, not ${kind}`);
  const proto = protoKey(raw, []);
  if (proto) fail(layer, proto, '"__proto__" is not a name newslint accepts', true);
  const keys = Object.keys(raw);
  if (keys.length > 0 && !keys.some((k) => (TOP_KEYS.includes(k) && k !== '$schema') || hint(k, TOP_KEYS.slice(1)))) {
    fail(layer, [], `none of its keys is a newslint setting (${TOP_KEYS.slice(1).join(', ')}): this is not a newslint config file`);
  }
  for (const k of keys) {
    if (!TOP_KEYS.includes(k)) fail(layer, [k], `unknown key${hint(k, TOP_KEYS)}; allowed: ${TOP_KEYS.slice(1).join(', ')}`, true);
  }
  const out: ValidConfig = { extends: [], rules: {}, ignore: [], names: {}, people: [] };
  if (raw.$schema !== undefined && typeof raw.$schema !== 'string') fail(layer, ['$schema'], 'expected a string');
  if (raw.extends !== undefined) {
    const ext = typeof raw.extends === 'string' ? [raw.extends] : raw.extends;
    const list = stringList(layer, ['extends'], ext, 'profile ids or config file paths');
    list.forEach((spec, i) => {
      const path: Path = typeof raw.extends === 'string' ? ['extends'] : ['extends', i];
      if (spec.startsWith('newslint:') && !getProfile(spec)) {
        fail(layer, path, `unknown profile "${spec}"${hint(spec, profiles.map((p) => p.id))}; known profiles: ${profiles.map((p) => p.id).join(', ')}`);
      }
      out.extends.push({ spec, path });
    });
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) fail(layer, ['rules'], `expected an object of rule ids, not ${describe(raw.rules)}`);
    for (const [id, v] of Object.entries(raw.rules)) {
      if (!ruleById(id)) fail(layer, ['rules', id], unknownRule(id), true);
      if (Array.isArray(v)) {
        if (v.length < 1 || v.length > 2) fail(layer, ['rules', id], 'expected [severity] or [severity, {options}]');
        const severity = severityOf(layer, ['rules', id, 0], v[0]);
        const options = v.length > 1 ? validateRuleOptions(layer, ['rules', id, 1], id, v[1]) : undefined;
        out.rules[id] = { severity, options };
      } else {
        out.rules[id] = { severity: severityOf(layer, ['rules', id], v) };
      }
    }
  }
  if (raw.ignore !== undefined) out.ignore = stringList(layer, ['ignore'], raw.ignore, 'glob patterns');
  if (raw.names !== undefined) {
    if (!isObject(raw.names)) fail(layer, ['names'], `expected an object {"Canonical Name": ["variant", …]}, not ${describe(raw.names)}`);
    for (const [canonical, variants] of Object.entries(raw.names)) {
      if (!canonical.trim()) fail(layer, ['names', canonical], 'a name must not be empty', true);
      out.names[canonical] = stringList(layer, ['names', canonical], variants, 'spellings');
    }
  }
  if (raw.people !== undefined) {
    if (!Array.isArray(raw.people)) fail(layer, ['people'], `expected a list of people, not ${describe(raw.people)}`);
    raw.people.forEach((p, i) => {
      if (!isObject(p)) fail(layer, ['people', i], `expected {"name": …, "title"?: …, "noTitle"?: …}, not ${describe(p)}`);
      for (const k of Object.keys(p)) {
        if (!PERSON_KEYS.includes(k)) fail(layer, ['people', i, k], `unknown key${hint(k, PERSON_KEYS)}; allowed: ${PERSON_KEYS.join(', ')}`, true);
      }
      if (typeof p.name !== 'string' || !p.name.trim()) fail(layer, ['people', i, 'name'], 'every person needs a "name" string');
      if (p.title !== undefined && typeof p.title !== 'string') fail(layer, ['people', i, 'title'], `expected a string, not ${describe(p.title)}`);
      if (p.noTitle !== undefined && typeof p.noTitle !== 'boolean') fail(layer, ['people', i, 'noTitle'], `expected true or false, not ${describe(p.noTitle)}`);
      const person: PersonConfig = { name: p.name };
      if (p.title !== undefined) person.title = p.title as string;
      if (p.noTitle !== undefined) person.noTitle = p.noTitle as boolean;
      out.people.push(person);
    });
  }
  return out;
}

/** Validate a raw config without resolving anything; throws ConfigError. For editors. */
export function validateConfig(layer: ConfigLayer): void {
  validate(layer);
}

// ---------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------

type Step = { kind: 'profile'; id: string } | { kind: 'config'; c: Contribution };

/**
 * Resolve configuration layers, lowest priority first (e.g. [editor settings, the file, --rule
 * overrides]). Each layer expands to: its profiles (in order) → its extended files (each expanded
 * the same way, in order) → the layer itself; layers apply one after another over the rules'
 * defaults. When no layer names a profile, `newslint:ap` applies. Throws ConfigError.
 */
export function resolveConfig(
  layers: ConfigLayer[],
  resolveExtends?: (spec: string, from: string) => ConfigLayer,
): ResolvedConfig {
  const steps: Step[] = [];
  const expand = (layer: ConfigLayer, chain: string[]) => {
    const v = validate(layer);
    const files: { layer: ConfigLayer; path: Path; spec: string }[] = [];
    for (const e of v.extends) {
      if (e.spec.startsWith('newslint:')) steps.push({ kind: 'profile', id: e.spec });
      else {
        if (!resolveExtends) fail(layer, e.path, `cannot extend "${e.spec}" here: only profiles (newslint:…) can be extended`);
        let ext: ConfigLayer;
        try {
          ext = resolveExtends(e.spec, layer.source);
        } catch (err) {
          if (err instanceof ConfigError && err.file !== layer.source) throw err;
          fail(layer, e.path, `cannot extend "${e.spec}": ${err instanceof ConfigError ? err.reason : (err as Error).message}`);
        }
        if (chain.includes(ext.source)) fail(layer, e.path, `"${e.spec}" extends itself in a loop (${[...chain, ext.source].join(' → ')})`);
        files.push({ layer: ext, path: e.path, spec: e.spec });
      }
    }
    for (const f of files) expand(f.layer, [...chain, f.layer.source]);
    steps.push({ kind: 'config', c: v });
  };
  for (const layer of layers) expand(layer, [layer.source]);

  const config = defaultConfig();
  const profileIds: string[] = [];
  for (const s of steps) if (s.kind === 'profile' && !profileIds.includes(s.id)) profileIds.push(s.id);
  if (profileIds.length === 0) steps.unshift({ kind: 'profile', id: DEFAULT_PROFILE });
  config.profiles = profileIds.length ? profileIds : [DEFAULT_PROFILE];
  const people = new Map<string, PersonConfig>();
  const ignore: string[] = [];
  for (const s of steps) {
    if (s.kind === 'profile') {
      const p = getProfile(s.id);
      if (!p) continue; // validated above
      for (const [id, sev] of Object.entries(p.rules)) if (config.rules[id]) config.rules[id] = { ...config.rules[id], severity: sev };
      for (const [canonical, variants] of Object.entries(p.names)) config.names[canonical] = [...variants];
      config.style = { ...p.style };
    } else {
      const c = s.c;
      for (const [id, set] of Object.entries(c.rules)) {
        const base = config.rules[id];
        config.rules[id] = { severity: set.severity, options: set.options ? { ...base.options, ...set.options } : base.options };
      }
      for (const [canonical, variants] of Object.entries(c.names)) config.names[canonical] = [...variants];
      for (const p of c.people) people.set(p.name, p);
      for (const g of c.ignore) if (!ignore.includes(g)) ignore.push(g);
    }
  }
  config.people = [...people.values()];
  config.ignore = ignore;
  return config;
}

// ---------------------------------------------------------------------------------------------
// JSON schema of .newslintrc.json (for editors: contributes.jsonValidation)
// ---------------------------------------------------------------------------------------------

function optionSchema(v: unknown, range?: OptionRange): object {
  if (Array.isArray(v)) return { type: 'array' };
  if (v === null) return {};
  switch (typeof v) {
    case 'boolean':
      return { type: 'boolean', default: v };
    case 'number':
      return range ? { type: range.integer ? 'integer' : 'number', minimum: range.min, maximum: range.max, default: v } : { type: 'number', default: v };
    case 'string':
      return { type: 'string', default: v };
    default:
      return { type: 'object' };
  }
}

/** The JSON schema (draft-07) of `.newslintrc.json`, generated from the rule registry and profiles. */
export function configSchema(): object {
  const severity = { type: 'string', enum: [...SEVERITIES], description: 'off, info, warning or error' };
  const ruleProps: Record<string, object> = {};
  for (const r of rules) {
    const opts = r.defaultOptions ?? {};
    const optionsSchema = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(opts).map(([k, v]) => [k, optionSchema(v, r.optionRanges?.[k])])),
    };
    ruleProps[r.id] = {
      description: `${r.description} (default: ${r.defaultSeverity})`,
      oneOf: [
        severity,
        { type: 'array', items: [severity, optionsSchema], minItems: 1, maxItems: 2 },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://newslint.dev/schemas/newslintrc.json',
    title: 'newslint configuration (.newslintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'House-style profiles and other config files, applied in order before this file.',
        type: 'array',
        items: {
          anyOf: [
            { type: 'string', enum: profiles.map((p) => p.id), description: 'A house-style profile' },
            { type: 'string', pattern: '^(?!newslint:)', description: 'A path to another config file, relative to this one' },
          ],
        },
      },
      rules: {
        description: 'Rule severities and options: "id": "warning" or "id": ["warning", {options}].',
        type: 'object',
        additionalProperties: false,
        properties: ruleProps,
      },
      ignore: {
        description: 'Glob patterns of drafts not to lint, relative to this file.',
        type: 'array',
        items: { type: 'string', minLength: 1 },
      },
      names: {
        description: 'Canonical spelling of a name → spellings to flag.',
        type: 'object',
        additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      people: {
        description: 'People the desk knows: their title, or that they need none at first reference.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: { type: 'string', minLength: 1 },
            title: { type: 'string' },
            noTitle: { type: 'boolean' },
          },
        },
      },
    },
  };
}
