import type { Finding, TextEdit } from '../engine/types';

/**
 * Findings computed on `oldText`, moved onto `newText`: those before the changed region stay,
 * those after it shift, those touching it are dropped (they come back with the next analysis).
 */
export function shiftFindings(findings: Finding[], oldText: string, newText: string): Finding[] {
  if (oldText === newText) return findings;
  let pre = 0;
  const min = Math.min(oldText.length, newText.length);
  while (pre < min && oldText.charCodeAt(pre) === newText.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < min - pre && oldText.charCodeAt(oldText.length - 1 - suf) === newText.charCodeAt(newText.length - 1 - suf)) suf++;
  const changedEnd = oldText.length - suf;
  const delta = newText.length - oldText.length;
  const move = (x: { start: number; end: number }) =>
    x.end <= pre ? { start: x.start, end: x.end } : x.start >= changedEnd ? { start: x.start + delta, end: x.end + delta } : null;
  const out: Finding[] = [];
  for (const f of findings) {
    const span = move(f);
    if (!span) continue;
    const edits = f.fix?.edits.map((e) => { const m = move(e); return m ? { ...e, ...m } : null; });
    if (edits && edits.some((e) => e === null)) continue;
    out.push({ ...f, ...span, suggestions: undefined, lazySuggestions: undefined, ...(edits ? { fix: { edits: edits as TextEdit[] } } : {}) });
  }
  return out;
}
