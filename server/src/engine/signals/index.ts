/** The signals the combiner weighs, in the order of the fitted weights (person-weights.ts). */
import { givenName } from './given-name';
import { honorific } from './honorific';
import { knownSurname } from './known-surname';
import { ordinaryWords } from './ordinary-words';
import { organisation } from './organisation';
import { personVerb } from './person-verb';
import { place } from './place';
import { pronoun } from './pronoun';
import { repeated } from './repeated';
import { time } from './time';
import type { Signal } from './types';

export const SIGNALS: readonly Signal[] = [givenName, honorific, pronoun, personVerb, knownSurname, repeated, ordinaryWords, place, organisation, time];
