/** Findings → report messages (1-based UTF-16 lines/columns, merged fixes), and one lint job. */
import { lintText, fixText, lineAt, resolveSuggestion, type Analysis, type Finding, type ResolvedConfig, type DraftFormat, type Rule, type LintResult } from '../engine/index';
import type { LintMessage, MessageFix } from '../formatters/types';

export function formatOf(file: string): DraftFormat {
  return /\.txt$/i.test(file) ? 'plain' : 'markdown';
}

/** Line starts for LF, CRLF and lone CR (as editors count lines). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column (UTF-16) of an offset; a BOM is not a column an editor shows. */
export function position(text: string, starts: number[], offset: number): { line: number; column: number } {
  const lo = lineAt(starts, offset);
  const bom = lo === 0 && offset > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { line: lo + 1, column: offset - starts[lo] + 1 - bom };
}

/** One ESLint-style fix covering all edits of a Fix (original text kept between edits). */
export function mergeFix(text: string, edits: { start: number; end: number; text: string }[]): MessageFix {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const start = sorted[0].start;
  const end = Math.max(...sorted.map((e) => e.end));
  let out = '';
  let pos = start;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.text;
    pos = Math.max(pos, e.end);
  }
  out += text.slice(pos, end);
  return { range: [start, end], text: out };
}

export function toMessage(f: Finding, text: string, starts: number[]): LintMessage {
  const s = position(text, starts, f.start);
  const e = position(text, starts, f.end);
  const m: LintMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    offset: f.start,
    endOffset: f.end,
  };
  if (f.severity === 'info') m.info = true;
  if (f.fix && f.fix.edits.length > 0) m.fix = mergeFix(text, f.fix.edits);
  if (f.suggestions?.length) m.suggestions = f.suggestions.filter((x) => x.fix.edits.length > 0).map((x) => ({ desc: x.desc, fix: mergeFix(text, x.fix.edits) }));
  // Named only: their edits touch every mention of a name, so copying them onto each finding
  // would make the report grow with the square of the draft (the editor resolves them on demand).
  if (f.lazySuggestions?.length) m.lazySuggestions = f.lazySuggestions.map((x) => ({ desc: x.desc, key: x.ref.key }));
  return m;
}


export interface JobResult {
  /** The fixed text, when fixing was asked for and changed something. */
  output?: string;
  /** Messages of the text that was linted last: `output` when present, else the input text. */
  messages: LintMessage[];
  analysis?: Analysis;
  /** Rules that threw on this draft, "rule-id: error" (each also gave one message). */
  failures?: string[];
}

/**
 * Gives each lazy suggestion its edits, once per draft: on the first message that offers it (later
 * messages offering the same change keep only its name and key), so the report stays linear.
 */
export function resolveLazyEdits(messages: LintMessage[], findings: Finding[], analysis: Analysis, config: ResolvedConfig): void {
  const done = new Set<string>();
  findings.forEach((f, i) => {
    f.lazySuggestions?.forEach((s, j) => {
      const id = `${f.ruleId}\u0000${s.ref.key}`;
      if (done.has(id)) return;
      done.add(id);
      const fix = resolveSuggestion(f.ruleId, s.ref, analysis, config);
      const named = messages[i].lazySuggestions?.[j];
      if (fix && fix.edits.length > 0 && named) named.edits = fix.edits.map((e) => ({ range: [e.start, e.end], text: e.text }));
    });
  });
}

/**
 * Messages kept by a filter (`--changed-lines`) from `all`: a lazy suggestion's edits go to the
 * first kept message offering it, when the message that carried them was left out.
 */
export function carryLazyEdits(all: LintMessage[], kept: LintMessage[]): LintMessage[] {
  const edits = new Map<string, MessageFix[]>();
  for (const m of all) for (const s of m.lazySuggestions ?? []) if (s.edits) edits.set(`${m.ruleId}\u0000${s.key}`, s.edits);
  if (edits.size === 0) return kept;
  const placed = new Set<string>();
  return kept.map((m) => {
    if (!m.lazySuggestions) return m;
    const lazySuggestions = m.lazySuggestions.map(({ desc, key }) => {
      const id = `${m.ruleId}\u0000${key}`;
      const e = placed.has(id) ? undefined : edits.get(id);
      if (!e) return { desc, key };
      placed.add(id);
      return { desc, key, edits: e };
    });
    return { ...m, lazySuggestions };
  });
}

/**
 * Lint one draft (after fixing it when `fix`), the unit of work of the CLI and its workers.
 * `lazyEdits`: resolve the edits of lazy suggestions (`resolveLazyEdits`), for reports that carry fixes.
 */
export function lintJob(text: string, config: ResolvedConfig, format: DraftFormat, fix: boolean, keepAnalysis = false, rules?: readonly Rule[], lazyEdits = false): JobResult {
  const options = { config, format, rules };
  let output: string | undefined;
  let linted: LintResult | null = null;
  if (fix) {
    const fixed = fixText(text, options);
    if (fixed.text !== text) output = fixed.text;
    linted = fixed.final; // the lint of the fixed text, made by fix-all's last pass
  }
  const source = output ?? text;
  const { analysis, findings, failures } = linted ?? lintText(source, options);
  const starts = lineStartsOf(source);
  const r: JobResult = { messages: findings.map((f) => toMessage(f, source, starts)) };
  if (lazyEdits) resolveLazyEdits(r.messages, findings, analysis, config);
  if (output !== undefined) r.output = output;
  if (keepAnalysis) r.analysis = analysis;
  if (failures.length) r.failures = failures.map((f) => `${f.ruleId}: ${f.error}`);
  return r;
}
