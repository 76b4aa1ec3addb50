/**
 * What the signals say about a person's first reference: the one answer rules read.
 * - `person`: the combiner's probability that the name is a person, and whether it clears the
 *   threshold (`isPerson`);
 * - `inList`, `couple`, `runIn`: the reference is introduced with others or is a label, so it is
 *   not judged alone.
 */
import type { Draft, Mention, Person } from '../types';
import { PERSON_THRESHOLD, features, personProbability } from './combine';
import { couple } from './couple';
import { inList } from './list';
import { runIn } from './run-in';

export interface PersonReading {
  probability: number;
  isPerson: boolean;
  inList: boolean;
  couple: boolean;
}

export function readPerson(draft: Draft, person: Person, mentions: Mention[], first: Mention, ownRole?: (m: Mention) => boolean): PersonReading {
  const x = { draft, person, mentions, first, ownRole };
  const probability = personProbability(features(x));
  return { probability, isPerson: probability >= PERSON_THRESHOLD, inList: inList(x) === 1, couple: couple(x) === 1 };
}

/** A bare surname that labels a paragraph (a run-in subhead) before the person is named in full. */
export function isRunInLabel(draft: Draft, person: Person, mentions: Mention[], m: Mention): boolean {
  return runIn({ draft, person, mentions, first: m }, m) === 1;
}
