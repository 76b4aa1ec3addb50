import type { Finding, Fix, TextEdit } from './types';

export interface ApplyResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  passes: number;
}

/**
 * Apply the edits of several fixes to a text in one pass. Fixes are sorted by position; a fix
 * whose edits overlap an already accepted edit is skipped whole (it will be re-found on the next
 * pass). Returns the new text and how many fixes were applied.
 */
export function applyFixesOnce(text: string, fixes: Fix[]): { text: string; applied: number } {
  const sorted = fixes
    .filter((f) => f.edits.length > 0)
    .map((f) => ({ f, edits: [...f.edits].sort((a, b) => a.start - b.start || a.end - b.end) }))
    .sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[0].end - b.edits[0].end);
  const accepted: TextEdit[] = [];
  let applied = 0;
  for (const { edits } of sorted) {
    if (!editsAreValid(text, edits)) continue;
    if (edits.some((e) => accepted.some((a) => overlaps(a, e)))) continue;
    accepted.push(...edits);
    applied++;
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of accepted) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  out += text.slice(pos);
  return { text: out, applied };
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
