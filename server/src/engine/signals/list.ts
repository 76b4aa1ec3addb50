/**
 * The reference is one of a list of three or more names ("Ann Pell, Tom Dravick, Mary Wexley
 * and Joe Orrin"; "Mary Wexley, Lincoln high; Tom Dravick, …"): a team
 * sheet, a committee, a cast, a delegation. A list is introduced as a whole (by a plural role noun
 * or the sentence), so no single name in it is judged alone, unless other names of the list carry
 * roles of their own ("Ann Pell, vice president, Tom Dravick and …": each is introduced
 * one by one, so one without a role is an omission). Names are linked when only a list separator,
 * a bracket or a short affiliation after a comma stands between them.
 */
import type { Mention } from '../types';
import type { SignalInput } from './types';
import { endAfter, sentenceMentions, startBefore } from './types';

/** What may stand between two names of a list: a bracket, ", affiliation", then a separator. */
const LINK_RE = /^(?:\s*\([^()]{0,30}\))?(?:,?\s+(?:Jr|Sr|II|III|IV|\d{1,2}(?:d|nd|rd|th)?)\.?)?(?:,\s*[^,;.!?:"“”()]{0,32}?)?(?:[,;]+\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr|Messrs|Mmes)\.?\s+)?$/u;

function linked(x: SignalInput, a: Mention, b: Mention): boolean {
  const gap = x.draft.prose.slice(endAfter(a), startBefore(b));
  return gap.length <= 60 && !gap.includes('\n') && LINK_RE.test(gap);
}

/** The list of names the reference belongs to, in text order (the reference alone when none). */
export function listOf(x: SignalInput): Mention[] {
  const names = sentenceMentions(x.mentions, x.first);
  const at = names.findIndex((m) => m.index === x.first.index);
  if (at < 0) return [x.first];
  let from = at;
  while (from > 0 && linked(x, names[from - 1], names[from])) from--;
  let to = at;
  while (to + 1 < names.length && linked(x, names[to], names[to + 1])) to++;
  return names.slice(from, to + 1);
}

/** 1 when the reference is one of three or more linked names, none of the others with a role of its own. */
export function inList(x: SignalInput): number {
  const list = listOf(x);
  if (list.length < 3) return 0;
  return list.some((m) => m.index !== x.first.index && x.ownRole?.(m)) ? 0 : 1;
}
