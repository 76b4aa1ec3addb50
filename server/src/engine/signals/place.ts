/**
 * A place, not a person: a street word after the name or as its last word ("Harmon Av", "Delbert
 * Blvd"), a house number before it ("at 1200 Varner"), a preposition of place before a name whose
 * first word is not a known given name ("in Villa Morosca"), or a word the lexicon knows only as
 * a place, or one word after a name and "of" ("Ann Pell of Wexford"). The strongest of these.
 */
import { isGivenName, isKnownSurname, isPlace } from '../names';
import { PLACE_PREPOSITIONS, STREET_WORDS } from '../lexicon/places';
import type { Signal } from './types';
import { endAfter, nameWords, startBefore } from './types';

const isStreetWord = (w: string) => STREET_WORDS.has(w.toLowerCase());
/** The text before the name ends in a preposition of place ("in ", "at "). */
const afterPlacePreposition = (before: string) => PLACE_PREPOSITIONS.has((/(\p{L}+)\s+$/u.exec(before)?.[1] ?? '').toLowerCase());

export const place: Signal = {
  id: 'place',
  says: 'place',
  read(x) {
    const ws = nameWords(x);
    const text = x.draft.prose;
    const after = /^\.?\s+([\p{L}]+)/u.exec(text.slice(endAfter(x.first), endAfter(x.first) + 12))?.[1] ?? '';
    if (ws.length > 1 && isStreetWord(ws[ws.length - 1]) || isStreetWord(after) && /^\p{Lu}/u.test(after)) return 1;
    const before = text.slice(Math.max(0, startBefore(x.first) - 12), startBefore(x.first));
    const num = /(?:^|[^\p{N},.])(\p{N}{1,5})\s+$/u.exec(before);
    if (num && !/^(?:1[89]|20)\d\d$/.test(num[1])) return 1; // a house number, not a year
    // "Mrs. J. M. Dravick of Wexford": one word after a person's name and "of" is where they are from.
    if (ws.length === 1 && !x.first.honorific && !x.first.possessive && /\p{Lu}[\p{L}.'’-]*\s+of\s+$/u.test(before)) return 1;
    const givenKnown = ws.length > 1 && isGivenName(ws[0]);
    // (A bare word after "in" is a place far more often than a person: "in Wexford".)
    if (!givenKnown && !x.first.honorific && afterPlacePreposition(before)) return ws.length === 1 && !x.first.possessive ? 1 : 0.5;
    const places = ws.filter((w) => isPlace(w) && !isGivenName(w) && !isKnownSurname(w)).length;
    return ws.length ? places / ws.length : 0;
  },
};
