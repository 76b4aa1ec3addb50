/**
 * Signals: small readers of one kind of evidence about a person of the index (issue 16). Each
 * signal reads the draft around the person's mentions and returns a strength in [0, 1]; what the
 * evidence says (a person, an organisation, a place, a work, a time) is written on the signal. One
 * combiner (combine.ts) weighs them; rules read only its answer (reading.ts).
 */
import type { Draft, Mention, Person } from '../types';

export type Says = 'person' | 'organisation' | 'place' | 'work' | 'time';

/** What every signal reads: the draft, the person, the index's mentions and the reference judged. */
export interface SignalInput {
  draft: Draft;
  person: Person;
  mentions: Mention[];
  /** The reference being judged (the person's first reference in the body). */
  first: Mention;
  /** Whether a mention carries a role of its own (a title before it, an appositive after it). */
  ownRole?: (m: Mention) => boolean;
}

export interface Signal {
  id: string;
  says: Says;
  read(x: SignalInput): number;
}

/** The person's mentions by name (not pronouns). */
export function nameMentions(x: SignalInput): Mention[] {
  const out: Mention[] = [];
  for (const i of x.person.mentions) {
    const m = x.mentions[i];
    if (m && m.kind !== 'pronoun') out.push(m);
  }
  return out;
}

/** The words of a mention's name ("Peter Quill Monday" → three words). */
export function nameWords(x: SignalInput, m: Mention = x.first): string[] {
  return x.draft.text.slice(m.start, m.end).match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [];
}

/** The end of a mention, after its possessive ending when it has one. */
export function endAfter(m: Mention): number {
  return m.possessive ? m.possessive.end : m.end;
}

/** The start of a mention, at its honorific when it has one. */
export function startBefore(m: Mention): number {
  return m.honorific ? Math.min(m.honorific.start, m.start) : m.start;
}

/*
 * The index's mentions are in text order and `mentions[i].index === i`: the walks below look only at
 * the neighbours of a mention, never at the whole list (no quadratic work on a long draft).
 */

/** The mentions by name of `m`'s sentence, in text order. */
export function sentenceMentions(mentions: Mention[], m: Mention): Mention[] {
  const same = (o: Mention | undefined) => !!o && o.paragraph === m.paragraph && o.sentence === m.sentence;
  let from = m.index;
  while (same(mentions[from - 1])) from--;
  let to = m.index;
  while (same(mentions[to + 1])) to++;
  return mentions.slice(from, to + 1).filter((o) => o.kind !== 'pronoun');
}

/** Is there a mention after `m` in its paragraph that `pred` accepts? */
export function laterInParagraph(mentions: Mention[], m: Mention, pred: (o: Mention) => boolean): boolean {
  for (let i = m.index + 1; i < mentions.length && mentions[i].paragraph === m.paragraph; i++) if (pred(mentions[i])) return true;
  return false;
}

/** Does a mention by name start inside (from, to), after `m`? */
export function mentionStartsIn(mentions: Mention[], m: Mention, from: number, to: number): boolean {
  for (let i = m.index + 1; i < mentions.length && mentions[i].start < to; i++) {
    if (mentions[i].start > from && mentions[i].kind !== 'pronoun') return true;
  }
  return false;
}
