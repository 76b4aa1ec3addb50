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

/** The words of a mention's name ("Thomas Aquinas Monday" → three words). */
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
