/** The person is named again later (a surname reuse, "Kovalenko said"): weak evidence of a person. */
import type { Signal } from './types';
import { nameMentions } from './types';

export const repeated: Signal = {
  id: 'repeated',
  says: 'person',
  read: (x) => Math.min(1, (nameMentions(x).length - 1) / 3),
};
