/** A courtesy title or title abbreviation at any mention ("Mr", "Dr.", "Sen."): evidence of a person. */
import type { Signal } from './types';
import { nameMentions } from './types';

export const honorific: Signal = {
  id: 'honorific',
  says: 'person',
  read: (x) => (nameMentions(x).some((m) => m.honorific !== null) ? 1 : 0),
};
