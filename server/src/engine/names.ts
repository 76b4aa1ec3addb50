/**
 * Word knowledge for the person index: which capitalised words are given names, surnames,
 * places, organisations or ordinary English words. Built once from compromise's lexicon (read as
 * data, never run over text) plus hand lists of what the lexicon lacks in news copy.
 *
 * The lexicon's words come from `lexicon-data.ts`, generated from compromise by
 * `node server/scripts/build-lexicon.js` (a test checks it still equals compromise's lexicon):
 * loading compromise itself costs a CLI run or a server start several hundred milliseconds.
 */
import { LEXICON_DATA } from './lexicon-data';
import { EXTRA_ORGS, ORG_SUFFIXES } from './lexicon/organisations';
import { EXTRA_GIVEN, EXTRA_SURNAMES, NOT_GIVEN } from './lexicon/people-names';
import { EXTRA_DEMONYMS, EXTRA_MULTI, EXTRA_PLACES } from './lexicon/places';
import { EXTRA_COMMON } from './lexicon/common-words';
import { TITLE_WORDS } from './lexicon/title-words';

interface Lexicon {
  given: Set<string>;
  male: Set<string>;
  female: Set<string>;
  surname: Set<string>;
  place: Set<string>;
  org: Set<string>;
  demonym: Set<string>;
  time: Set<string>;
  common: Set<string>;
  person: Set<string>;
  /** Multi-word places and organisations ("sri lanka", "new york"). */
  multi: Set<string>;
  /** First words of `multi`. */
  multiFirst: Set<string>;
  /** Nouns for a person (compromise's `Actor` tag): "philosopher", "apprentice", "examiner". */
  actor: Set<string>;
}

let lexicon: Lexicon | null = null;

const NON_NAME_TAGS = new Set([
  'Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'Modal', 'Copula', 'QuestionWord',
  'PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'PhrasalVerb', 'Participle', 'Verb', 'Adjective',
  'Singular', 'Plural', 'Noun', 'Uncountable', 'Expression', 'Cardinal', 'Ordinal', 'TextValue',
  'Comparative', 'Superlative', 'Actor', 'Unit', 'Currency', 'Multiple', 'Fraction', 'Value',
  'Reflexive', 'Possessive', 'Negative', 'Condition', 'Imperative', 'Abbreviation', 'Duration', 'Date',
]);

/** The lexicon's word categories (what `lexicon-data.ts` stores), from compromise's tagged words. */
export type LexiconCategory = 'given' | 'male' | 'female' | 'surname' | 'place' | 'org' | 'demonym' | 'time' | 'common' | 'person' | 'multi' | 'actor';
export const LEXICON_CATEGORIES: LexiconCategory[] = ['given', 'male', 'female', 'surname', 'place', 'org', 'demonym', 'time', 'common', 'person', 'multi', 'actor'];

export function lexiconCategories(lex: Record<string, string | string[]>): Record<LexiconCategory, Set<string>> {
  const l = Object.fromEntries(LEXICON_CATEGORIES.map((c) => [c, new Set<string>()])) as Record<LexiconCategory, Set<string>>;
  for (const key of Object.keys(lex)) {
    const v = lex[key];
    const tags = Array.isArray(v) ? v : [v];
    if (key.includes(' ')) {
      if (tags.includes('Person')) l.person.add(key);
      else if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place' || t === 'Organization' || t === 'SportsTeam')) l.multi.add(key);
      continue;
    }
    for (const t of tags) {
      switch (t) {
        case 'FirstName': l.given.add(key); break;
        case 'MaleName': l.given.add(key); l.male.add(key); break;
        case 'FemaleName': l.given.add(key); l.female.add(key); break;
        case 'LastName': l.surname.add(key); break;
        case 'Person': l.surname.add(key); break;
        case 'Country': case 'City': case 'Region': case 'Place': l.place.add(key); break;
        case 'Organization': case 'SportsTeam': l.org.add(key); break;
        case 'Demonym': l.demonym.add(key); break;
        case 'Month': case 'WeekDay': l.time.add(key); break;
        // A noun for a person ("philosopher", "apprentice"): an ordinary word too.
        case 'Actor': l.actor.add(key); l.common.add(key); break;
        default: if (NON_NAME_TAGS.has(t)) l.common.add(key);
      }
    }
  }
  return l;
}

function load(): Lexicon {
  if (lexicon) return lexicon;
  const words = (c: LexiconCategory): string[] => (LEXICON_DATA[c] ? LEXICON_DATA[c].split('\n') : []);
  const l: Lexicon = {
    given: new Set(EXTRA_GIVEN), male: new Set(), female: new Set(), surname: new Set(EXTRA_SURNAMES),
    place: new Set(EXTRA_PLACES), org: new Set(EXTRA_ORGS), demonym: new Set(), time: new Set(),
    common: new Set(), person: new Set(), multi: new Set(EXTRA_MULTI), multiFirst: new Set(), actor: new Set(),
  };
  for (const c of LEXICON_CATEGORIES) for (const w of words(c)) l[c].add(w);
  for (const w of EXTRA_COMMON) l.common.add(w);
  for (const m of l.multi) l.multiFirst.add(m.slice(0, m.indexOf(' ')));
  for (const w of NOT_GIVEN) l.given.delete(w);
  for (const w of TITLE_WORDS) l.given.delete(w);
  lexicon = l;
  return l;
}

/** Lower-case, without diacritics (for lexicon look-ups only; spans never use this). */
export function lookupKey(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_WORD.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’]/g, "'");
}

const ASCII_WORD = /^[a-z\-']*$/;

const GIVEN = 1;
const MALE = 2;
const FEMALE = 4;
const SURNAME = 8;
const PLACE = 16;
const ORG = 32;
const DEMONYM = 64;
const TIME = 128;
const COMMON = 256;
const TITLE_OR_SUFFIX = 512;

const infoCache = new Map<string, number>();
/** The word asked about last and its bits: 6 asks in 10 are about the word asked about just before
 * ("not a word unless a given name" asks twice), and a look-up in the large memo costs more. */
let lastWord: string | null = null;
let lastBits = 0;

/** Everything the lexicon knows about one word, as bits; memoised per spelling. */
function info(word: string): number {
  if (word === lastWord) return lastBits;
  let bits = infoCache.get(word);
  if (bits === undefined) bits = infoOf(word);
  lastWord = word;
  lastBits = bits;
  return bits;
}

function infoOf(word: string): number {
  const l = load();
  const k = lookupKey(word);
  let bits = 0;
  if (l.given.has(k)) bits |= GIVEN;
  if (l.male.has(k)) bits |= MALE;
  if (l.female.has(k)) bits |= FEMALE;
  if (l.surname.has(k)) bits |= SURNAME;
  if (l.place.has(k)) bits |= PLACE;
  if (l.org.has(k)) bits |= ORG;
  const singular = k.length > 4 && k.endsWith('s') ? k.slice(0, -1) : k;
  if (l.demonym.has(k) || DEMONYM_RE.test(k) || l.demonym.has(singular) || DEMONYM_RE.test(singular) || EXTRA_DEMONYMS.has(singular)) bits |= DEMONYM;
  if (l.time.has(k)) bits |= TIME;
  if (commonKey(l, k)) bits |= COMMON;
  if (TITLE_WORDS.has(k) || ORG_SUFFIXES.has(k) || (singular !== k && TITLE_WORDS.has(singular))) bits |= TITLE_OR_SUFFIX;
  if (infoCache.size > 100000) infoCache.clear();
  infoCache.set(word, bits);
  return bits;
}

export function isGivenName(word: string): boolean {
  return (info(word) & GIVEN) !== 0;
}

/** 'male' | 'female' | null, from the lexicon. */
export function nameGender(word: string): 'male' | 'female' | null {
  const b = info(word);
  const m = (b & MALE) !== 0;
  const f = (b & FEMALE) !== 0;
  return m && !f ? 'male' : f && !m ? 'female' : null;
}

export function isKnownSurname(word: string): boolean {
  return (info(word) & SURNAME) !== 0;
}

export function isKnownPerson(fullName: string): boolean {
  return load().person.has(lookupKey(fullName));
}

/** Can a multi-word place or organisation start with this word? */
export function startsMultiwordPlace(word: string): boolean {
  return load().multiFirst.has(lookupKey(word));
}

/** A multi-word place or organisation ("Sri Lanka", "Hong Kong", "Wall Street"). */
export function isMultiwordPlace(words: string[]): boolean {
  const l = load();
  const first = lookupKey(words[0]);
  if (!l.multiFirst.has(first)) return false;
  return l.multi.has(first + ' ' + words.slice(1).map(lookupKey).join(' '));
}

export function isPlace(word: string): boolean {
  return (info(word) & PLACE) !== 0;
}

export function isOrg(word: string): boolean {
  return (info(word) & ORG) !== 0;
}

export function isDemonym(word: string): boolean {
  return (info(word) & DEMONYM) !== 0;
}

export function isTimeWord(word: string): boolean {
  return (info(word) & TIME) !== 0;
}

/**
 * A noun for a person in compromise's lexicon (its `Actor` tag: "philosopher", "apprentice",
 * "wizard"), or the plural of one ("apprentices"). Lower-case words only: "Banker" may be a name.
 */
export function isPersonNoun(word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const l = load();
  const k = lookupKey(word);
  if (l.actor.has(k)) return true;
  return k.length > 4 && (k.endsWith('s') && l.actor.has(k.slice(0, -1)) || k.endsWith('ies') && l.actor.has(k.slice(0, -3) + 'y') || k.endsWith('men') && l.actor.has(k.slice(0, -3) + 'man'));
}

/** An ordinary English word (also checks a simple plural: "Officials" → "official"). */
export function isCommonWord(word: string): boolean {
  return (info(word) & COMMON) !== 0;
}

/** Endings of English abstract nouns: names almost never end so (Election, Commerce, Treasury). */
const NOUN_SUFFIX_RE = /(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|ery|ology|ics|ure|ties|ments|ions|ances|ences|dom|committee|commission|council|department|ministry|agency|association|foundation|institute|university|healthcare|care)$/;

function commonKey(l: Lexicon, k: string): boolean {
  if (l.common.has(k)) return true;
  if (k.length > 5 && NOUN_SUFFIX_RE.test(k) && !l.given.has(k) && !l.surname.has(k)) return true;
  if (k.length > 3 && k.endsWith('s')) {
    if (l.common.has(k.slice(0, -1))) return true;
    if (k.endsWith('ies') && l.common.has(k.slice(0, -3) + 'y')) return true;
    if (k.endsWith('es') && l.common.has(k.slice(0, -2))) return true;
  }
  return false;
}

/** Not a person's name part: a place, organisation, demonym, month/day or ordinary word. */
export function isNonNameWord(word: string): boolean {
  return (info(word) & (PLACE | ORG | DEMONYM | TIME | COMMON | TITLE_OR_SUFFIX)) !== 0;
}

const DEMONYM_RE = /^(?:[a-z]+(?:ian|ean|ese|ish|ani|iot|ican|ern))$/;

/** `s` with the characters a regular expression treats specially escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
