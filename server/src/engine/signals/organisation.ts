/**
 * A firm, shop or thing named like a person: a word that names a body right after the name ("the
 * Harlan Restaurant", "Brindle Co.", "A. Brindle and Sons"), or a determiner before and a lower-case noun after it (the name
 * used as a modifier: "the Walter Brindle carpet").
 */
import { COMPANY_ENDINGS, VENUE_ENDINGS } from '../lexicon/organisations';
import { isKnownSurname } from '../names';
import type { Signal } from './types';
import { endAfter, nameWords, startBefore } from './types';

const isBodyWord = (w: string) => VENUE_ENDINGS.has(w.toLowerCase()) || COMPANY_ENDINGS.has(w.toLowerCase());

export const organisation: Signal = {
  id: 'organisation',
  says: 'organisation',
  read(x) {
    const ws = nameWords(x);
    const last = (ws[ws.length - 1] ?? '').toLowerCase();
    if (isBodyWord(last) && (ws.length > 1 || !isKnownSurname(last))) return 1;
    const text = x.draft.prose;
    const e = endAfter(x.first);
    if (/^\s+(?:and|&)\s+(?:Sons?|Brothers|Bros)\b/u.test(text.slice(e, e + 16))) return 1; // "A. Dravick and Sons"

    const next = /^\.?\s+(\p{L}+)/u.exec(text.slice(e, e + 20))?.[1] ?? '';
    if (isBodyWord(next) && /^\p{Lu}/u.test(next)) return 1;
    const before = text.slice(Math.max(0, startBefore(x.first) - 6), startBefore(x.first));
    if (!x.first.possessive && /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(before) && /^\p{Ll}{3,}/u.test(next) && !/^(?:who|and|or|of|in|at|on|to|for|is|was|has|had|said|says)$/.test(next)) return 1;
    return 0;
  },
};
