/**
 * A place, not a person: a street word after the name or as its last word ("Lawrence Av", "Kedzie
 * Blvd"), a house number before it ("at 1200 Larimer"), a preposition of place before a name whose
 * first word is not a known given name ("in Ciudad Trujillo"), or a word the lexicon knows only as
 * a place. The strongest of these.
 */
import { isGivenName, isKnownSurname, isPlace } from '../names';
import type { Signal } from './types';
import { endAfter, nameWords, startBefore } from './types';

/** Street words and their abbreviations, as written after a street's name. */
const STREET = /^(?:av|ave|avenue|blvd|boulevard|rd|road|st|street|pl|place|ct|court|dr|drive|ln|lane|pkwy|parkway|hwy|highway|ter|terrace|sq|square)$/i;
/** Prepositions of place that people seldom follow (not "from" or "to": "a letter from Jan Piercy"). */
const PLACE_PREP = /(?:^|[^\p{L}])(?:in|at|near|into|outside|across|throughout)\s+$/iu;

export const place: Signal = {
  id: 'place',
  says: 'place',
  read(x) {
    const ws = nameWords(x);
    const text = x.draft.prose;
    const after = /^\.?\s+([\p{L}]+)/u.exec(text.slice(endAfter(x.first), endAfter(x.first) + 12))?.[1] ?? '';
    if (ws.length > 1 && STREET.test(ws[ws.length - 1]) || STREET.test(after) && /^\p{Lu}/u.test(after)) return 1;
    const before = text.slice(Math.max(0, startBefore(x.first) - 12), startBefore(x.first));
    const num = /(?:^|[^\p{N},.])(\p{N}{1,5})\s+$/u.exec(before);
    if (num && !/^(?:1[89]|20)\d\d$/.test(num[1])) return 1; // a house number, not a year
    const givenKnown = ws.length > 1 && isGivenName(ws[0]);
    // (A bare word after "in" is a place far more often than a person: "in Lauderdale".)
    if (!givenKnown && !x.first.honorific && PLACE_PREP.test(before)) return ws.length === 1 && !x.first.possessive ? 1 : 0.5;
    const places = ws.filter((w) => isPlace(w) && !isGivenName(w) && !isKnownSurname(w)).length;
    return ws.length ? places / ws.length : 0;
  },
};
