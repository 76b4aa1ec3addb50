/**
 * The reference is one of a list of three or more names ("Ann Pell, Tom Dravick, Mary Wexley
 * and Joe Orrin"; "Mary Wexley, Lincoln high; Tom Dravick, …"): a team
 * sheet, a committee, a cast, a delegation. A list is introduced as a whole (by a plural role noun
 * or the sentence), so no single name in it is judged alone, unless other names of the list carry
 * roles of their own ("Ann Pell, vice president, Tom Dravick and …": each is introduced
 * one by one, so one without a role is an omission). Names are linked when only a list separator,
 * a bracket or a short affiliation after a comma stands between them.
 */
import { isCommonWord, isDemonym, isGivenName, isOrg, isPlace, isTimeWord } from '../names';
import { isStopWord, roleWord } from '../titles';
import type { Mention } from '../types';
import type { SignalInput } from './types';
import { endAfter, sentenceMentions, startBefore } from './types';

/** What may stand between two names of a list: a bracket, ", affiliation", then a separator. */
const LINK_RE = /^(?:\s*\([^()]{0,30}\))?(?:,?\s+(?:Jr|Sr|II|III|IV|\d{1,2}(?:d|nd|rd|th)?)\.?)?(?:,\s*[^,;.!?:"“”()]{0,32}?)?(?:[,;]+\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:Mr|Mrs|Ms|Miss|Dr|Messrs|Mmes)\.?\s+)?$/u;

/**
 * Names between two of the index's names that the index did not read ("George (Pops) Pell", "Al
 * Wexley"): each item two to four capitalised words (a nickname in brackets may stand inside),
 * between list separators, not all of them ordinary words ("the Big Apple"), and none of them a
 * possessive, a function word, a date, a role, a place or a firm ("Reuters' Ann Pell", "In
 * October,", ", Foreign Minister,", ", New York,").
 */
const SEP = String.raw`(?:,\s*(?:and\s+|or\s+)?|;+\s*|\s+(?:and|or|&)\s+)`;
const ITEM = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\([^()]{1,20}\)|\p{Lu}[\p{L}'’-]*\.?)){1,3}`;
const SKIPPED_RE = new RegExp(`^(?:\\s*\\([^()]{0,30}\\))?${SEP}((?:${ITEM}${SEP}){1,4})(?:(?:Mr|Mrs|Ms|Miss|Dr|Messrs|Mmes)\\.?\\s+)?$`, 'u');
const ITEM_RE = new RegExp(ITEM, 'gu');

function unreadNames(gap: string): number {
  const m = SKIPPED_RE.exec(gap);
  if (!m) return 0;
  const items = m[1].match(ITEM_RE) ?? [];
  for (const item of items) {
    const words = item.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter((w) => w && !/^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(w));
    if (words.every((w) => isCommonWord(w.replace(/\.$/, '')) && !isGivenName(w))) return 0;
    // (A people's name first: "Ohioans Joe Orrin" is a description and a name the index read.)
    if (isDemonym(words[0])) return 0;
    if (words.some((w) => /['’]/.test(w.slice(-2)) || isStopWord(w) || isTimeWord(w) || roleWord(w, false)?.role || isPlace(w) || isOrg(w))) return 0;
  }
  return items.length;
}

/** How two names of one sentence are linked as a list: -1 not linked, else how many unread names stand between. */
function linked(x: SignalInput, a: Mention, b: Mention): number {
  const gap = x.draft.prose.slice(endAfter(a), startBefore(b));
  if (gap.includes('\n')) return -1;
  if (gap.length <= 60 && LINK_RE.test(gap)) return 0;
  // (A given name the index read alone ends with its surname: "George (Pops) Pell, …".)
  const rest = a.kind === 'given' ? gap.replace(/^(?:\s*\([^()]{1,20}\))?\s+\p{Lu}[\p{L}'’-]*/u, '') : gap;
  const n = rest.length <= 150 ? unreadNames(rest) : 0;
  return n > 0 ? n : -1;
}

/** The list of names the reference belongs to, in text order (the reference alone when none). */
export function listOf(x: SignalInput): Mention[] {
  return listAround(x).names;
}

/** A list: the names the index read, how many names it holds with those it did not read, and its span. */
export interface ListSpan {
  names: Mention[];
  size: number;
  start: number;
  end: number;
}

const UNREAD_BEFORE_RE = new RegExp(`(?<![\\p{L}\\p{M}'’.-])((?:${ITEM}${SEP}){1,4})$`, 'u');
const UNREAD_AFTER_RE = new RegExp(`^((?:${SEP}${ITEM}){1,4})(?![\\p{L}\\p{M}'’-])`, 'u');

/**
 * Names the index did not read, listed right before `start` or right after `end` ("bosses, Al
 * (Red) Wexley, <name>"), within `from`–`to` (the paragraph, up to the sentence's next read name).
 */
function unreadAround(x: SignalInput, start: number, end: number, from: number, to: number): { before: number; after: number; start: number; end: number } {
  const b = UNREAD_BEFORE_RE.exec(x.draft.prose.slice(Math.max(from, start - 150), start));
  const before = b ? unreadNames(`, ${b[1]}`) : 0;
  const a = UNREAD_AFTER_RE.exec(x.draft.prose.slice(end, Math.min(to, end + 150)));
  const after = a ? unreadNames(`${a[1]}, `) : 0;
  return { before, after, start: before ? start - b![1].length : start, end: after ? end + a![1].length : end };
}

/** The list around the reference (listOf), with the names the index did not read inside and at its ends. */
export function listAround(x: SignalInput): ListSpan {
  const names = sentenceMentions(x.mentions, x.first);
  const at = names.findIndex((m) => m.index === x.first.index);
  if (at < 0) return { names: [x.first], size: 1, start: startBefore(x.first), end: endAfter(x.first) };
  let unread = 0;
  let from = at;
  for (let k; from > 0 && (k = linked(x, names[from - 1], names[from])) >= 0; from--) unread += k;
  let to = at;
  for (let k; to + 1 < names.length && (k = linked(x, names[to], names[to + 1])) >= 0; to++) unread += k;
  const para = x.draft.paragraphs[x.first.paragraph];
  const lo = from > 0 ? endAfter(names[from - 1]) : para ? para.start : 0;
  const hi = to + 1 < names.length ? startBefore(names[to + 1]) : para ? para.end : x.draft.prose.length;
  const ends = unreadAround(x, startBefore(names[from]), endAfter(names[to]), lo, hi);
  return { names: names.slice(from, to + 1), size: to - from + 1 + unread + ends.before + ends.after, start: ends.start, end: ends.end };
}

/** 1 when the reference is one of three or more linked names, none of the others with a role of its own. */
export function inList(x: SignalInput): number {
  const { names: list, size } = listAround(x);
  if (size < 3) return 0;
  return list.some((m) => m.index !== x.first.index && x.ownRole?.(m)) ? 0 : 1;
}
