/** The surname is one the lexicon knows as a surname: evidence of a person. */
import { isKnownSurname } from '../names';
import type { Signal } from './types';

export const knownSurname: Signal = {
  id: 'known-surname',
  says: 'person',
  read(x) {
    const s = x.first.surname;
    const w = s ? x.draft.text.slice(s.start, s.end) : x.first.text;
    return isKnownSurname(w.replace(/['’]s$/, '')) ? 1 : 0;
  },
};
