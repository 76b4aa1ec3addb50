/** Command-line argument parsing for `newslint` (hand-written: the option set is small and fixed). */
import { SEVERITIES, unknownRule } from '../engine/config';
import { ruleById } from '../engine/rules';
import type { Severity } from '../engine/types';

export const FORMATS = ['stylish', 'json', 'compact', 'github', 'sarif', 'junit', 'checkstyle'] as const;
export type FormatName = (typeof FORMATS)[number];
export const DEFAULT_EXTENSIONS = ['.md', '.markdown', '.txt', '.draft'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface CliOptions {
  command: 'lint' | 'quotes' | 'init';
  patterns: string[];
  format: string;
  fix: boolean;
  fixDryRun: boolean;
  config?: string;
  noConfig: boolean;
  rules: Record<string, Severity>;
  stdin: boolean;
  stdinFilename?: string;
  maxWarnings: number;
  quiet: boolean;
  output?: string;
  help: boolean;
  version: boolean;
  staged: boolean;
  changedLines: boolean;
  diffBase?: string;
  cache: boolean;
  cacheLocation?: string;
  maxFileSize: number;
  extensions: string[];
  acrossFiles: boolean;
  /** Let `extends` in config files read files outside the config's project (--allow-extends-outside). */
  allowExtendsOutside: boolean;
  /** Let --fix write through a symbolic link to a file outside the project (--fix-outside-links). */
  fixOutsideLinks: boolean;
  printConfig?: string;
  color: boolean | undefined;
  // init
  profile?: string;
  hook: boolean;
  force: boolean;
}

export class UsageError extends Error {}

/** "5MB", "500k", "1048576" → bytes. */
export function parseSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(s);
  if (!m) throw new UsageError(`--max-file-size: "${s}" is not a size (examples: 5MB, 500KB, 1048576)`);
  const n = parseFloat(m[1]);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(n * mult);
}

function defaults(): CliOptions {
  return {
    command: 'lint',
    patterns: [],
    format: 'stylish',
    fix: false,
    fixDryRun: false,
    noConfig: false,
    rules: Object.create(null) as Record<string, Severity>,
    stdin: false,
    maxWarnings: -1,
    quiet: false,
    help: false,
    version: false,
    staged: false,
    changedLines: false,
    cache: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    extensions: DEFAULT_EXTENSIONS,
    acrossFiles: false,
    allowExtendsOutside: false,
    fixOutsideLinks: false,
    color: undefined,
    hook: false,
    force: false,
  };
}

/**
 * One option: its spellings; whether it takes a value (`--name VALUE` or `--name=VALUE`), is a
 * flag (`--name=VALUE` is an error) or a loose flag (a `=VALUE` is ignored, as it always was for
 * these); and what it sets.
 */
interface OptionSpec {
  names: string[];
  takes: 'value' | 'flag' | 'loose';
  set: (o: CliOptions, value: string) => void;
}

const OPTIONS: OptionSpec[] = [
  { names: ['-f', '--format'], takes: 'value', set: (o, v) => (o.format = v) },
  { names: ['--fix'], takes: 'flag', set: (o) => (o.fix = true) },
  { names: ['--fix-dry-run'], takes: 'flag', set: (o) => (o.fixDryRun = true) },
  { names: ['-c', '--config'], takes: 'value', set: (o, v) => (o.config = v) },
  { names: ['--no-config'], takes: 'flag', set: (o) => (o.noConfig = true) },
  { names: ['--rule'], takes: 'value', set: (o, v) => parseRules(o, v) },
  { names: ['--stdin'], takes: 'flag', set: (o) => (o.stdin = true) },
  { names: ['--stdin-filename'], takes: 'value', set: (o, v) => (o.stdinFilename = v) },
  { names: ['--max-warnings'], takes: 'value', set: (o, v) => (o.maxWarnings = parseWholeNumber('--max-warnings', v)) },
  { names: ['-q', '--quiet'], takes: 'flag', set: (o) => (o.quiet = true) },
  { names: ['-o', '--output-file'], takes: 'value', set: (o, v) => (o.output = v) },
  { names: ['-h', '--help'], takes: 'loose', set: (o) => (o.help = true) },
  { names: ['-v', '--version'], takes: 'loose', set: (o) => (o.version = true) },
  { names: ['--staged'], takes: 'flag', set: (o) => (o.staged = true) },
  { names: ['--changed-lines'], takes: 'flag', set: (o) => (o.changedLines = true) },
  { names: ['--diff-base'], takes: 'value', set: (o, v) => (o.diffBase = v) },
  { names: ['--cache'], takes: 'flag', set: (o) => (o.cache = true) },
  { names: ['--cache-location'], takes: 'value', set: (o, v) => (o.cacheLocation = v) },
  { names: ['--max-file-size'], takes: 'value', set: (o, v) => (o.maxFileSize = parseSize(v)) },
  { names: ['--ext'], takes: 'value', set: (o, v) => (o.extensions = parseExtensions(v)) },
  { names: ['--print-config'], takes: 'value', set: (o, v) => (o.printConfig = v) },
  { names: ['--across-files'], takes: 'flag', set: (o) => (o.acrossFiles = true) },
  { names: ['--allow-extends-outside'], takes: 'flag', set: (o) => (o.allowExtendsOutside = true) },
  { names: ['--fix-outside-links'], takes: 'flag', set: (o) => (o.fixOutsideLinks = true) },
  { names: ['--color'], takes: 'loose', set: (o) => (o.color = true) },
  { names: ['--no-color'], takes: 'loose', set: (o) => (o.color = false) },
  { names: ['--profile'], takes: 'value', set: (o, v) => (o.profile = v) },
  { names: ['--hook'], takes: 'loose', set: (o) => (o.hook = true) },
  { names: ['--force'], takes: 'loose', set: (o) => (o.force = true) },
];

const OPTION_BY_NAME = new Map(OPTIONS.flatMap((spec) => spec.names.map((n) => [n, spec] as const)));

/** `--rule id=severity[,id=severity…]` (also `id:severity`). */
function parseRules(o: CliOptions, spec: string): void {
  for (const part of spec.split(',')) {
    const m = /^\s*([^=:\s]+)\s*[=:]\s*(\S+)\s*$/.exec(part);
    if (!m) throw new UsageError(`--rule: expected id=severity (e.g. quote-marks=off), not "${part}"`);
    if (!ruleById(m[1])) throw new UsageError(`--rule ${m[1]}: ${unknownRule(m[1])}`);
    if (!(SEVERITIES as string[]).includes(m[2])) throw new UsageError(`--rule ${m[1]}: "${m[2]}" is not a severity; use off, info, warning or error`);
    o.rules[m[1]] = m[2] as Severity;
  }
}

function parseWholeNumber(name: string, v: string): number {
  if (!/^-?\d+$/.test(v)) throw new UsageError(`${name}: "${v}" is not a whole number`);
  return parseInt(v, 10);
}

/** `--ext md,txt` → ['.md', '.txt']. */
function parseExtensions(v: string): string[] {
  return v.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
}

export function parseArgs(argv: string[]): CliOptions {
  const o = defaults();
  let i = 0;
  if (argv[0] === 'quotes' || argv[0] === 'init') {
    o.command = argv[0];
    if (o.command === 'quotes') o.format = 'table';
    i = 1;
  }
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      o.patterns.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') o.patterns.push(arg);
    else i = applyOption(o, argv, i);
  }
  checkCombinations(o);
  return o;
}

/** Apply the option at `argv[i]`; returns the index of the last argument it used (its value's). */
function applyOption(o: CliOptions, argv: string[], i: number): number {
  const arg = argv[i];
  const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
  const name = eq > 0 ? arg.slice(0, eq) : arg;
  const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
  const spec = OPTION_BY_NAME.get(name);
  if (!spec) throw new UsageError(`unknown option ${name} (see newslint --help)`);
  if (spec.takes !== 'value') {
    if (spec.takes === 'flag' && inline !== undefined) throw new UsageError(`${name} takes no value`);
    spec.set(o, '');
    return i;
  }
  if (inline !== undefined) {
    spec.set(o, inline);
    return i;
  }
  const v = argv[i + 1];
  if (v === undefined) throw new UsageError(`${name} needs a value`);
  spec.set(o, v);
  return i + 1;
}

/** The format named exists for the command, and the options given go together. */
function checkCombinations(o: CliOptions): void {
  if (o.command === 'quotes') {
    if (!['table', 'json'].includes(o.format)) throw new UsageError(`newslint quotes --format: "${o.format}" is not a format; use table or json`);
  } else if (o.command === 'lint' && !(FORMATS as readonly string[]).includes(o.format)) {
    throw new UsageError(`--format: "${o.format}" is not a format; use ${FORMATS.join(', ')}`);
  }
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (o.stdin && o.patterns.length > 0) throw new UsageError('--stdin reads one draft from standard input; do not also name files');
  if (o.stdin && (o.staged || o.diffBase)) throw new UsageError('--stdin cannot be combined with --staged or --diff-base');
  if (o.changedLines && !o.staged && !o.diffBase) throw new UsageError('--changed-lines needs --staged (or use --diff-base <rev>)');
  if (o.config !== undefined && o.noConfig) throw new UsageError('--config and --no-config cannot be combined');
  if (o.fix && o.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (o.staged && o.diffBase) throw new UsageError('--staged and --diff-base cannot be combined');
}

export const HELP = `Usage: newslint [options] <files|folders|globs>
       newslint quotes [--format table|json] <files>
       newslint init [--profile ID] [--hook] [--force]

Checks news drafts (.md, .markdown, .txt, .draft) the way a copy desk would.

Options:
  -f, --format NAME        stylish (default), json, compact, github, sarif, junit, checkstyle
  -o, --output-file FILE   write the report to FILE instead of standard output
  --fix                    apply safe fixes to the files
  --fix-dry-run            show what --fix would change, without writing
  -c, --config FILE        use this config file instead of the nearest .newslintrc.json
  --no-config              use no config file
  --rule ID=SEVERITY       set a rule to off, info, warning or error (repeatable)
  --stdin                  lint standard input (--stdin-filename NAME for config and messages)
  --max-warnings N         exit 1 when there are more than N warnings
  -q, --quiet              report errors only
  --staged                 lint the staged version of staged drafts (git index)
  --diff-base REV          lint drafts changed since REV, reporting changed lines only
  --changed-lines          with --staged: report findings on added or changed lines only
  --cache                  skip unchanged drafts (.newslintcache; --cache-location FILE)
  --max-file-size SIZE     skip larger files (default 5MB)
  --ext LIST               extensions to lint in folders (default .md,.markdown,.txt,.draft)
  --across-files           also check names across all the drafts linted together
  --allow-extends-outside  let "extends" read config files outside the project
                           (the git repository, else the current folder)
  --fix-outside-links      let --fix write through symbolic links to files outside it
  --print-config FILE      print the configuration in force for FILE, as JSON
  -h, --help               show this help
  -v, --version            print the version

Exit codes: 0 no errors, 1 errors found (or too many warnings),
            2 usage, configuration or file errors.
`;
