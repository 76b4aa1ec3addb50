/**
 * The reliability invariants, as functions that throw a descriptive Error on the first
 * violation. Shared by the property tests (test/src/reliability/*.test.ts) and `npm run stress`.
 */
import assert from 'node:assert/strict';
import {
  applyFixesOnce,
  fixText,
  lintText,
  ParagraphCache,
  type Finding,
  type LintOptions,
  type TextEdit,
} from '../../../server/out/engine/index.js';
import { isHigh, isLow } from './gen';

export class Violation extends Error {
  constructor(
    readonly property: string,
    detail: string,
  ) {
    super(`${property}: ${detail}`);
  }
}

/** A short printable excerpt of `text` around [start, end). */
export function around(text: string, start: number, end = start, pad = 20): string {
  const s = Math.max(0, start - pad);
  return JSON.stringify(text.slice(s, start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, end + pad));
}

export function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function checkSpan(text: string, what: string, s: { start: number; end: number }): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) {
    throw new Violation('range inside the text', `${what} [${s.start}, ${s.end}) in a text of length ${text.length}`);
  }
  for (const at of [s.start, s.end]) {
    if (splitsPair(text, at)) throw new Violation('no split surrogate pair', `${what} [${s.start}, ${s.end}) splits a pair at ${at}: ${around(text, s.start, s.end)}`);
  }
}

const SEVERITIES = new Set(['info', 'warning', 'error']);

/** Every finding, fix edit and suggestion edit lies inside the text and splits no surrogate pair. */
export function checkRanges(text: string, findings: Finding[]): void {
  for (const f of findings) {
    const what = `${f.ruleId} "${f.message}"`;
    checkSpan(text, what, f);
    if (typeof f.message !== 'string' || f.message.trim() === '') throw new Violation('finding shape', `${f.ruleId} has an empty message`);
    if (!SEVERITIES.has(f.severity)) throw new Violation('finding shape', `${what} has severity ${f.severity}`);
    if (f.fix) checkEdits(text, `${what} fix`, f.fix.edits);
    for (const s of f.suggestions ?? []) {
      if (typeof s.desc !== 'string' || !s.desc.trim()) throw new Violation('finding shape', `${what} has a suggestion without a description`);
      checkEdits(text, `${what} suggestion "${s.desc}"`, s.fix.edits);
    }
  }
}

function checkEdits(text: string, what: string, edits: TextEdit[]): void {
  if (!Array.isArray(edits)) throw new Violation('finding shape', `${what} has no edit list`);
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    checkSpan(text, what, e);
    if (typeof e.text !== 'string') throw new Violation('finding shape', `${what} edit without text`);
    if (i > 0 && sorted[i - 1].end > e.start) throw new Violation('range inside the text', `${what} has overlapping edits at ${e.start}`);
  }
}

/** Line endings in order: "\r\n", "\r" or "\n". */
export function lineEndings(text: string): string[] {
  return text.match(/\r\n|\r|\n/g) ?? [];
}

/**
 * A safe fix edit keeps line endings and the BOM: it neither adds, removes nor converts a line
 * break, and never writes before or over a leading BOM.
 */
export function checkFixHygiene(text: string, what: string, edits: TextEdit[]): void {
  for (const e of edits) {
    const before = lineEndings(text.slice(e.start, e.end)).join('');
    const after = lineEndings(e.text).join('');
    if (before !== after) {
      throw new Violation('line endings preserved', `${what} turns ${JSON.stringify(before)} into ${JSON.stringify(after)} at ${around(text, e.start, e.end)} → ${JSON.stringify(e.text)}`);
    }
    if (text.charCodeAt(0) === 0xfeff && e.start === 0) throw new Violation('BOM preserved', `${what} edits at offset 0, before or over the BOM`);
    if (e.text.includes('\ufeff') && !text.slice(e.start, e.end).includes('\ufeff')) throw new Violation('BOM preserved', `${what} inserts a BOM`);
    if (/[\ud800-\udbff]$/.test(e.text) || /^[\udc00-\udfff]/.test(e.text)) {
      throw new Violation('no split surrogate pair', `${what} inserts half a surrogate pair: ${JSON.stringify(e.text)}`);
    }
  }
}

/** Merge the ranges of all edits into disjoint intervals. */
function union(edits: TextEdit[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && e.start <= last[1]) last[1] = Math.max(last[1], e.end);
    else out.push([e.start, e.end]);
  }
  return out;
}

/**
 * The text outside every fix range survives in order: the result starts with the text before the
 * first range, ends with the text after the last, and holds every segment in between, in order.
 */
export function checkOnlyFixedRangesChanged(before: string, after: string, edits: TextEdit[]): void {
  const ranges = union(edits);
  const segments: string[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    segments.push(before.slice(pos, s));
    pos = e;
  }
  segments.push(before.slice(pos));
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!after.startsWith(first)) throw new Violation('only fixed ranges change', `text before the first fix changed: ${around(after, first.length)}`);
  if (!after.endsWith(last) || after.length < first.length + last.length && segments.length > 1) {
    throw new Violation('only fixed ranges change', `text after the last fix changed (expected to end with ${JSON.stringify(last.slice(0, 40))})`);
  }
  let at = first.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const found = after.indexOf(segments[i], at);
    if (found < 0 || found + segments[i].length > after.length - last.length) {
      throw new Violation('only fixed ranges change', `text between fixes lost: ${JSON.stringify(segments[i].slice(0, 60))}`);
    }
    at = found + segments[i].length;
  }
}

export interface FixReport {
  text: string;
  passes: number;
  applied: number;
}

/**
 * Fix-all, pass by pass, checking every pass: ranges, hygiene of each fix, text outside the
 * fixes unchanged; then the engine's own fixText agrees, line endings and BOM are as before, and
 * a second fix-all finds nothing fixable and changes nothing.
 */
export function checkFixAll(text: string, options: LintOptions = {}): FixReport {
  let current = text;
  let passes = 0;
  let applied = 0;
  for (; passes < 10; passes++) {
    const findings = lintText(current, options).findings;
    checkRanges(current, findings);
    const fixed = findings.filter((f) => f.fix && f.fix.edits.length > 0);
    if (fixed.length === 0) break;
    for (const f of fixed) checkFixHygiene(current, `${f.ruleId} fix for "${f.message}"`, f.fix!.edits);
    const r = applyFixesOnce(current, fixed.map((f) => f.fix!));
    if (r.applied === 0) {
      throw new Violation('fix-all is idempotent', `${fixed.length} fixable finding(s) but no fix applies, e.g. ${fixed[0].ruleId} "${fixed[0].message}" at ${around(current, fixed[0].start, fixed[0].end)}`);
    }
    checkOnlyFixedRangesChanged(current, r.text, fixed.flatMap((f) => f.fix!.edits));
    if (r.text === current) {
      throw new Violation('fix-all is idempotent', `fixes apply but change nothing: ${fixed.map((f) => `${f.ruleId} "${f.message}"`).join('; ')}`);
    }
    applied += r.applied;
    current = r.text;
  }
  if (passes === 10) throw new Violation('fix-all is idempotent', `still fixable after 10 passes: ${JSON.stringify(current.slice(0, 200))}`);
  const engine = fixText(text, options);
  if (engine.text !== current) throw new Violation('fix-all is idempotent', `fixText disagrees with pass-by-pass fixing`);
  const eolBefore = lineEndings(text);
  const eolAfter = lineEndings(current);
  if (eolBefore.join('|') !== eolAfter.join('|')) {
    throw new Violation('line endings preserved', `fix-all changed line endings (${eolBefore.length} → ${eolAfter.length})`);
  }
  if ((text.charCodeAt(0) === 0xfeff) !== (current.charCodeAt(0) === 0xfeff)) throw new Violation('BOM preserved', 'fix-all added or removed the BOM');
  // Second fix-all: nothing fixable, nothing changes.
  const again = lintText(current, options).findings.filter((f) => f.fix && f.fix.edits.length > 0);
  if (again.length > 0) {
    throw new Violation('fix-all is idempotent', `after fix-all, still fixable: ${again[0].ruleId} "${again[0].message}" at ${around(current, again[0].start, again[0].end)}`);
  }
  const second = fixText(current, options);
  if (second.text !== current || second.applied !== 0) throw new Violation('fix-all is idempotent', 'a second fix-all changed the text');
  return { text: current, passes, applied };
}

/** A bound on one lint, proportional to the text's length (with slack for a loaded machine). */
export function timeBoundMs(length: number): number {
  // 1 s + 50 µs per UTF-16 unit: 50 times the engine's target of 1 µs, so a loaded machine passes
  // and a quadratic or backtracking blow-up (seconds on 10 KB) fails.
  return 1000 + length * 0.05;
}

/**
 * Lint once, checking it does not throw and gives sound ranges; with `timeBound` (`npm run stress`,
 * never `npm test`: no wall-clock assertion there), also that it stays within the time bound.
 */
export function checkLint(text: string, options: LintOptions = {}, timeBound = false): Finding[] {
  const t0 = performance.now();
  let findings: Finding[];
  try {
    findings = lintText(text, options).findings;
  } catch (err) {
    throw new Violation('engine never throws', `${(err as Error)?.stack ?? err}`);
  }
  const ms = performance.now() - t0;
  if (timeBound && ms > timeBoundMs(text.length)) {
    // A blow-up is deterministic; a garbage collection or a busy machine is not: measure again.
    const again = timeLint(text, options);
    if (again > timeBoundMs(text.length)) throw new Violation('time proportional to length', `${ms.toFixed(0)} ms, then ${again.toFixed(0)} ms, for ${text.length} characters (bound ${timeBoundMs(text.length).toFixed(0)} ms)`);
  }
  checkRanges(text, findings);
  return findings;
}

/** Milliseconds one lint of `text` takes (the best of `tries`). */
export function timeLint(text: string, options: LintOptions = {}, tries = 1): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const t0 = performance.now();
    lintText(text, options);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Lint a sequence of texts (successive versions of one draft) with one ParagraphCache, swept
 * after each analysis like the server does; each result must deep-equal a fresh analysis.
 */
export function checkCacheSequence(texts: string[], options: LintOptions = {}): ParagraphCache {
  const cache = new ParagraphCache();
  texts.forEach((text, i) => {
    const cached = lintText(text, { ...options, cache });
    cache.sweep();
    const fresh = lintText(text, options);
    try {
      assert.deepEqual(cached.findings, fresh.findings);
    } catch (err) {
      throw new Violation('cache equals fresh analysis', `findings differ at version ${i + 1}: ${(err as Error).message.slice(0, 1500)}`);
    }
    try {
      assert.deepEqual({ ...cached.analysis }, { ...fresh.analysis });
    } catch (err) {
      throw new Violation('cache equals fresh analysis', `analysis differs at version ${i + 1}: ${(err as Error).message.slice(0, 1500)}`);
    }
  });
  return cache;
}

// ---------------------------------------------------------------------------------------------
// LSP comparison helpers
// ---------------------------------------------------------------------------------------------

export interface PlainDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
}

const LSP_SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** LSP positions computed independently of the server: lines end at "\r\n", "\r" or "\n". */
export function positionsOf(text: string): (offset: number) => { line: number; character: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

/** What an LSP client should show for the CLI's findings. */
export function expectedDiagnostics(text: string, findings: Finding[]): PlainDiagnostic[] {
  const pos = positionsOf(text);
  return findings.map((f) => ({
    range: { start: pos(f.start), end: pos(f.end) },
    severity: LSP_SEVERITY[f.severity],
    code: f.ruleId,
    message: f.message,
  }));
}

export function plain(d: { range: PlainDiagnostic['range']; severity?: number; code?: number | string; message: unknown }): PlainDiagnostic {
  return { range: d.range, severity: d.severity ?? 0, code: String(d.code), message: typeof d.message === 'string' ? d.message : JSON.stringify(d.message) };
}
