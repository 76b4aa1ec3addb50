/**
 * What the signals say about a person's first reference: the one answer rules read.
 * - `person`: the combiner's probability that the name is a person, and whether it clears the
 *   threshold (`isPerson`);
 * - `inList`, `couple`: the reference is introduced with others, so it is not judged alone;
 * - `described`: an appositive describes the person, whatever its head noun.
 */
import type { Draft, Mention, Person, Span } from '../types';
import { cacheOf } from '../cache';
import { PERSON_THRESHOLD, features, personProbability } from './combine';
import { described } from './appositive';
import { couple } from './couple';
import { inList } from './list';
import { runIn } from './run-in';
import { endAfter, nameMentions, sentenceMentions, startBefore, type SignalInput } from './types';

export interface PersonReading {
  probability: number;
  isPerson: boolean;
  inList: boolean;
  couple: boolean;
  described: boolean;
}

export function readPerson(draft: Draft, person: Person, mentions: Mention[], first: Mention, ownRole?: (m: Mention) => boolean): PersonReading {
  const x = { draft, person, mentions, first, ownRole };
  const cache = cacheOf(draft);
  // In the editor, a reading is memoised by everything the signals read (readingKey): a keystroke
  // elsewhere in the draft leaves it as it was.
  return cache ? cache.get('person-reading', readingKey(x), () => readNow(x)) : readNow(x);
}

function readNow(x: SignalInput): PersonReading {
  const probability = personProbability(features(x));
  return { probability, isPerson: probability >= PERSON_THRESHOLD, inList: inList(x) === 1, couple: couple(x) === 1, described: described(x) === 1 };
}

/**
 * How far the signals read around a reference (from its honorific, past its possessive ending):
 * appositive.ts reads 70 characters before and 90 after, pronoun.ts 260 after each mention by
 * name. A signal that reads further must widen these, or the editor's memo goes stale.
 */
const READ_BEFORE = 70;
const READ_AFTER = 260;

/**
 * Everything the signals read for one reading, as one string, offsets relative to the reference:
 * the reference's words and the prose around it; each mention by name with its honorific and the
 * prose after it (pronoun, person-verb, repeated, honorific); the names of its sentence with the
 * gaps between them and whether each carries its own role (list); the mentions just after it
 * (appositive); where its paragraph starts (predicate).
 */
function readingKey(x: SignalInput): string {
  const { draft, first } = x;
  const { prose, text } = draft;
  const s = startBefore(first);
  const e = endAfter(first);
  const rel = (sp: Span | null) => (sp ? `${sp.start - s},${sp.end - s}` : '-');
  const para = draft.paragraphs[first.paragraph];
  const from = Math.max(para ? para.start : 0, s - 60);
  let key = `${first.kind}|${first.text}|${rel(first)}|${rel(first.given)}|${rel(first.surname)}|${rel(first.honorific)}|${rel(first.possessive)}`;
  key += `|${para && from === para.start ? 'P' : 'N'}${s - from}|${text.slice(s, e)}|${window(prose, s - READ_BEFORE, s)}|${window(prose, e, e + READ_AFTER)}`;
  for (const m of nameMentions(x)) key += `|${m.index === first.index ? '*' : ''}${m.honorific ? 'h' : ''}${window(prose, endAfter(m), endAfter(m) + READ_AFTER)}`;
  const names = sentenceMentions(x.mentions, first);
  key += '|s';
  names.forEach((m, i) => {
    if (i > 0) {
      const gap = prose.slice(endAfter(names[i - 1]), startBefore(m));
      key += gap.length <= 60 ? `${gap.length}:${gap}` : '>';
    }
    key += m.index === first.index ? '*' : x.ownRole?.(m) ? 'r' : '.';
  });
  key += '|n';
  for (let i = first.index + 1; i < x.mentions.length && x.mentions[i].start < e + 81; i++) {
    if (x.mentions[i].kind !== 'pronoun') key += `${x.mentions[i].start - e},`;
  }
  return key;
}

/** The prose from `from` to `to` (clipped to the draft), its length first so that keys never run together. */
function window(prose: string, from: number, to: number): string {
  const w = prose.slice(Math.max(0, from), to);
  return `${w.length}:${w}`;
}

/** A bare surname that labels a paragraph (a run-in subhead) before the person is named in full. */
export function isRunInLabel(draft: Draft, person: Person, mentions: Mention[], m: Mention): boolean {
  return runIn({ draft, person, mentions, first: m }, m) === 1;
}
