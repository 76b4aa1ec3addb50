/**
 * The name is made of ordinary English words the lexicon does not also know as names ("Snow",
 * "Harlan Restaurant"): evidence of a thing, a firm or a work. Share of such words in the name.
 */
import { isCommonWord, isGivenName, isKnownSurname } from '../names';
import type { Signal } from './types';
import { nameWords } from './types';

export const ordinaryWords: Signal = {
  id: 'ordinary-words',
  says: 'organisation',
  read(x) {
    const ws = nameWords(x);
    if (ws.length === 0) return 0;
    let n = 0;
    for (const w of ws) if (isCommonWord(w) && !isGivenName(w) && !isKnownSurname(w)) n++;
    return n / ws.length;
  },
};
