/**
 * A couple named together by the husband's name ("Mr. and Mrs. Tom Dravick", "Dr. and Mrs. Joe
 * Orrin"): the name belongs to both, and the courtesy titles are how the copy introduces them.
 */
import { lookupKey } from '../names';
import { TITLE_WORDS } from '../lexicon/title-words';
import { isTitleAbbreviation } from '../titles';
import type { SignalInput } from './types';
import { startBefore } from './types';

const COUPLE_RE = /(?:^|[^\p{L}])(?:Mr|Dr|Rev|Messrs|Prof|Sen|Gov|Rep)\.?\s+(?:and|&)\s+$/u;
/** "Italian Consul and Mrs. Tom Dravick", "Brig. Gen. and Mrs. Joe Orrin": a title, then "and Mrs." with the husband's name. */
const TITLE_AND_RE = /(?:^|[^\p{L}])(\p{L}+)\.?\s+(?:and|&)\s+$/u;

export function couple(x: SignalInput): number {
  const h = x.first.honorific;
  if (!h) return 0;
  const s = startBefore(x.first);
  const before = x.draft.prose.slice(Math.max(0, s - 24), s);
  if (COUPLE_RE.test(before)) return 1;
  const wife = /^(?:mrs|mme)\.?$/i.test(x.draft.text.slice(h.start, h.end));
  const t = TITLE_AND_RE.exec(before)?.[1];
  return wife && t && /^\p{Lu}/u.test(t) && (TITLE_WORDS.has(lookupKey(t)) || isTitleAbbreviation(t)) ? 1 : 0;
}
