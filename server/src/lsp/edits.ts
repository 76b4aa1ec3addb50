/**
 * Text edits the server offers besides rule fixes: inline `newslint-disable` directives and
 * changes to `.newslintrc.json` (comments and formatting of the file are kept: jsonc-parser
 * edits only the touched property).
 */
import type { ConfigChange } from '../engine/types';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import type { TextEdit } from '../engine/types';

function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Bounds of the line containing `offset` (end excludes `\r\n`/`\n`), lines as the engine counts them. */
export function lineBounds(text: string, offset: number): { start: number; end: number } {
  const start = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

const LINE_DIRECTIVE = /(<!--\s*newslint-disable-line\b([^>]*?))\s*-->/;

/**
 * "Disable <rule> for this line": append `<!-- newslint-disable-line rule -->` to the line of the
 * finding, or add the rule to a disable-line comment already on it.
 */
export function disableLineEdit(text: string, offset: number, ruleId: string): TextEdit {
  const { start, end } = lineBounds(text, offset);
  const line = text.slice(start, end);
  const m = LINE_DIRECTIVE.exec(line);
  if (m) {
    // Named rules: add this one; no rules named: the line is already silenced for every rule.
    const at = start + m.index + m[1].length;
    return { start: at, end: at, text: m[2].trim() ? `, ${ruleId}` : '' };
  }
  // Keep trailing spaces (a Markdown hard break) after the comment: insert before them.
  let at = end;
  while (at > start && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  const hardBreak = end - at >= 2;
  if (!hardBreak) at = end;
  return { start: at, end: at, text: `${at > start ? ' ' : ''}<!-- newslint-disable-line ${ruleId} -->` };
}

/**
 * "Disable <rule> for this file": a `<!-- newslint-disable rule -->` paragraph at the top of the
 * draft (after YAML front matter and a BOM), so the headline stays the first line of prose.
 */
export function disableFileEdit(text: string, ruleId: string): TextEdit {
  const eol = eolOf(text);
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fm = /^---[ \t]*\r?\n[^]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(at));
  if (fm) at += fm[0].length;
  const existing = /^(<!--\s*newslint-disable\b(?!-)([^>]*?))\s*-->/.exec(text.slice(at));
  if (existing && existing[2].trim()) {
    const end = at + existing[1].length;
    return { start: end, end, text: `, ${ruleId}` };
  }
  return { start: at, end: at, text: `<!-- newslint-disable ${ruleId} -->${eol}${eol}` };
}

export type { ConfigChange } from '../engine/types';

/** The new text of a `.newslintrc.json` (empty or absent: `text` is '') after the change. */
export function applyConfigChange(text: string, change: ConfigChange): string {
  const errors: ParseError[] = [];
  const base = text.trim() ? text : '{}\n';
  const root = (parse(base, errors, { allowTrailingComma: true }) ?? {}) as Record<string, unknown>;
  if (errors.length > 0 || typeof root !== 'object' || Array.isArray(root)) throw new Error('the config file is not valid JSON');
  const names = (root.names && typeof root.names === 'object' && !Array.isArray(root.names) ? root.names : {}) as Record<string, unknown>;
  const list = (k: string): string[] => (Array.isArray(names[k]) ? (names[k] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  const fmt = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: eolOf(base) } };
  let out = base;
  const set = (key: string, value: string[] | undefined) => {
    out = applyEdits(out, modify(out, ['names', key], value, fmt));
  };
  if (change.kind === 'allow') {
    const keys = new Set(change.keys);
    for (const k of Object.keys(names)) {
      if (keys.has(k)) continue;
      const l = list(k);
      if (l.some((v) => keys.has(v))) set(k, l.filter((v) => !keys.has(v)));
    }
    for (const k of change.keys) if (!(k in names)) set(k, []);
  } else {
    const merged = new Set<string>(list(change.key));
    for (const other of change.others) {
      if (other === change.key) continue;
      merged.add(other);
      // The old canonical spelling's own list moves under the new house spelling.
      if (other in names) {
        for (const v of list(other)) if (v !== change.key) merged.add(v);
        set(other, undefined);
      }
    }
    set(change.key, [...merged]);
  }
  return out;
}
