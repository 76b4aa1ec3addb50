/**
 * What the signals say about a person's first reference: the one answer rules read.
 * - `person`: the combiner's probability that the name is a person, and whether it clears the
 *   threshold (`isPerson`);
 * - `inList`, `couple`: the reference is introduced with others, so it is not judged alone;
 * - `described`: an appositive describes the person, whatever its head noun.
 */
import type { Draft, Mention, Person } from '../types';
import { PERSON_THRESHOLD, features, personProbability } from './combine';
import { described } from './appositive';
import { couple } from './couple';
import { inList } from './list';
import { runIn } from './run-in';

export interface PersonReading {
  probability: number;
  isPerson: boolean;
  inList: boolean;
  couple: boolean;
  described: boolean;
}

export function readPerson(draft: Draft, person: Person, mentions: Mention[], first: Mention, ownRole?: (m: Mention) => boolean): PersonReading {
  const x = { draft, person, mentions, first, ownRole };
  const probability = personProbability(features(x));
  return { probability, isPerson: probability >= PERSON_THRESHOLD, inList: inList(x) === 1, couple: couple(x) === 1, described: described(x) === 1 };
}

/** A bare surname that labels a paragraph (a run-in subhead) before the person is named in full. */
export function isRunInLabel(draft: Draft, person: Person, mentions: Mention[], m: Mention): boolean {
  return runIn({ draft, person, mentions, first: m }, m) === 1;
}
