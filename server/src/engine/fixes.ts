import type { Finding, Fix, RuleFinding, Suggestion, TextEdit } from './types';

export interface ApplyResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  passes: number;
}

/**
 * Which of several fixes one pass applies, in the pass's order: fixes are sorted by position; a
 * fix whose edits are invalid, overlap each other or overlap an already accepted edit is skipped
 * whole (it will be re-found on the next pass), and so is a fix that changes nothing.
 */
export function selectFixes(text: string, fixes: Fix[]): boolean[] {
  const order = fixes
    .map((f, i) => ({ i, edits: [...f.edits].sort((a, b) => a.start - b.start || a.end - b.end) }))
    .filter((x) => x.edits.length > 0)
    .sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[0].end - b.edits[0].end);
  const chosen = fixes.map(() => false);
  const accepted: TextEdit[] = []; // disjoint, sorted by start then end
  for (const { i, edits } of order) {
    if (!editsAreValid(text, edits) || isNoOp(text, edits)) continue;
    if (edits.some((e) => clashes(accepted, e))) continue;
    for (const e of edits) accepted.splice(lowerBound(accepted, e), 0, e);
    chosen[i] = true;
  }
  return chosen;
}

/** Index of the first accepted edit that sorts at or after `e` (by start, then end). */
function lowerBound(accepted: TextEdit[], e: TextEdit): number {
  let lo = 0;
  let hi = accepted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const a = accepted[mid];
    if (a.start < e.start || a.start === e.start && a.end < e.end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `e` overlaps an accepted edit. The accepted edits are disjoint and sorted, so only the
 * one before `e`'s place and those starting inside `e` can: a binary search, not a scan (fix-all
 * and every lint settle all fixes of a draft).
 */
function clashes(accepted: TextEdit[], e: TextEdit): boolean {
  for (let k = Math.max(0, lowerBound(accepted, e) - 1); k < accepted.length && accepted[k].start <= e.end; k++) {
    if (overlaps(accepted[k], e)) return true;
  }
  return false;
}

/** The text with the (valid, non-overlapping) edits applied. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** A fix whose edits together leave the text as it was ("move" a span onto itself). */
function isNoOp(text: string, edits: TextEdit[]): boolean {
  if (edits.every((e) => text.slice(e.start, e.end) === e.text)) return true;
  const from = edits[0].start;
  const to = Math.max(...edits.map((e) => e.end));
  const shifted = edits.map((e) => ({ start: e.start - from, end: e.end - from, text: e.text }));
  return applyEdits(text.slice(from, to), shifted) === text.slice(from, to);
}

/**
 * Apply the edits of several fixes to a text in one pass (the fixes `selectFixes` accepts).
 * Returns the new text and how many fixes were applied.
 */
export function applyFixesOnce(text: string, fixes: Fix[]): { text: string; applied: number } {
  const chosen = selectFixes(text, fixes);
  const edits = fixes.filter((_, i) => chosen[i]).flatMap((f) => f.edits);
  return { text: applyEdits(text, edits), applied: chosen.filter(Boolean).length };
}

function editsAreValid(text: string, edits: TextEdit[]): boolean {
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (!(e.start >= 0 && e.end >= e.start && e.end <= text.length)) return false;
    if (i > 0 && overlaps(edits[i - 1], e)) return false;
  }
  return true;
}

/** Two edits conflict when their ranges intersect, or both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

/**
 * Fix a text completely: lint, apply every safe fix, and repeat until nothing changes
 * (at most `maxPasses` times). `lintFn` returns the findings of the current text.
 */
export function fixAll(text: string, lintFn: (text: string) => Finding[], maxPasses = 10): ApplyResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = lintFn(current).filter((f) => f.fix).map((f) => f.fix as Fix);
    if (fixes.length === 0) break;
    const r = applyFixesOnce(current, fixes);
    passes++;
    if (r.applied === 0 || r.text === current) break;
    applied += r.applied;
    current = r.text;
  }
  return { text: current, applied, passes };
}

/**
 * Keep a safe fix only where `--fix` would apply it to this text: a fix that changes nothing or
 * cannot be applied is dropped, and one that loses to an overlapping fix (the order of
 * `selectFixes`) becomes a suggestion. So every finding reported with a fix is fixed by one pass,
 * and the "potentially fixable" counts are true. (After that pass the loser's finding is linted
 * afresh and may get its fix back.)
 */
export function settleFixes<T extends RuleFinding>(text: string, findings: T[]): T[] {
  const withFix = findings.filter((f) => f.fix);
  if (withFix.length === 0) return findings;
  const chosen = selectFixes(text, withFix.map((f) => f.fix as Fix));
  const lost = new Set(withFix.filter((_, i) => !chosen[i]));
  if (lost.size === 0) return findings;
  return findings.map((f) => {
    if (!lost.has(f)) return f;
    const fix = f.fix as Fix;
    const { fix: _drop, ...rest } = f;
    const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    if (!editsAreValid(text, edits) || isNoOp(text, edits)) return rest as T;
    const demoted: Suggestion = { desc: fix.desc ?? `${f.message}: suggested change`, fix };
    return { ...rest, suggestions: [demoted, ...(f.suggestions ?? [])] } as T;
  });
}
