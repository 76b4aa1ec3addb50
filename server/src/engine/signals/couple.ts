/**
 * A couple named together by the husband's name ("Mr. and Mrs. Guy Mullenax", "Dr. and Mrs. Peter
 * Vieth"): the name belongs to both, and the courtesy titles are how the copy introduces them.
 */
import type { SignalInput } from './types';
import { startBefore } from './types';

const COUPLE_RE = /(?:^|[^\p{L}])(?:Mr|Dr|Rev|Messrs|Prof|Sen|Gov|Rep)\.?\s+(?:and|&)\s+$/u;

export function couple(x: SignalInput): number {
  if (!x.first.honorific) return 0;
  const s = startBefore(x.first);
  return COUPLE_RE.test(x.draft.prose.slice(Math.max(0, s - 16), s)) ? 1 : 0;
}
