/** A he or she the index tied to the person: evidence of a person. */
import type { Signal } from './types';

export const pronoun: Signal = {
  id: 'pronoun',
  says: 'person',
  read: (x) => (x.person.mentions.some((i) => x.mentions[i]?.kind === 'pronoun') ? 1 : 0),
};
