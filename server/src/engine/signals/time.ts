/** A day or month inside the name ("Peter Quill Monday"): a date ran into a name. */
import { isGivenName, isTimeWord } from '../names';
import type { Signal } from './types';
import { nameWords } from './types';

export const time: Signal = {
  id: 'time',
  says: 'time',
  read: (x) => (nameWords(x).some((w, i) => i > 0 && isTimeWord(w) && !isGivenName(w)) ? 1 : 0),
};
