/**
 * The person index: every mention of a person in a draft, grouped into people.
 *
 * Stage 1 (paragraph-local, memoised per paragraph text): capitalised token runs in `prose` are
 * split into name candidates with their evidence (known given name, honorific, title before,
 * reporting verb after, ...). Offsets are relative to the paragraph start.
 * Stage 2 (document): full names make people; bare surnames, given names and spelling variants
 * attach to them; honorific or reporting-verb evidence makes surname-only people; spelling
 * variants of one person (Zelensky/Zelenskyy, Vladimir/Volodymyr) are merged into one person.
 *
 * A Mention's span covers the name only (given name to surname, across an editorial bracket);
 * the honorific and the possessive ending have their own spans.
 */
import { paragraphText } from './draft';
import type { ParagraphCache } from './cache';
import { memo } from './cache';
import { partitionPoint } from './lines';
import { sentenceAt } from './sentences';
import { isCore, tokensOf, type Token } from './tokens';
import { FIRM_SAYING_VERBS, INVERTED_SAYING_VERBS, PERSON_PHRASAL_VERBS, PERSON_VERBS, PLAIN_SAYING_VERBS, VERBS_AFTER_A_NAME } from './lexicon/verbs';
import { COURTESY_TITLES, DOTTED_ONLY_HONORIFICS, HONORIFICS } from './lexicon/honorifics';
import { COMPANY_DESCRIPTORS, FIRM_OR_TEAM_DESCRIPTORS, ORG_SUFFIXES, PERSON_LIKE_BRANDS } from './lexicon/organisations';
import { AMBIGUOUS_GIVEN, PARTICLES, PERSON_OF_NOUNS, SURNAME_FIRST } from './lexicon/people-names';
import { TITLE_WORDS } from './lexicon/title-words';
import { MONTHS } from './lexicon/time';
import { POS, posOf } from './lexicon/pos';
import type { Draft, Mention, MentionKind, Paragraph, Person, Quote, Span } from './types';
import {
  isCommonWord, isDemonym, isGivenName, isKnownPerson, isKnownSurname, isMultiwordPlace, isNonNameWord, startsMultiwordPlace, isOrg, isPlace,
  escapeRegExp, isTimeWord, lookupKey,
} from './names';
import { addsLetter, blockInitial, bothOrdinary, deskSlip, fold, isSlip, givenSlip, givenVariant, spellingVariant, translitKey } from './variants';
import { honorificSex, regnalAfter, sexesDisagree } from './spellings';
import { roleAppositiveAfter } from './signals/role-after';
import { agreeingOne, referenceSex } from './signals/sex';

// ---------------------------------------------------------------------------------------------
// Stage 1: paragraph-local candidates
// ---------------------------------------------------------------------------------------------

interface Tok {
  s: number;
  e: number;
  w: string;
}

type CandStatus = 'full' | 'maybe' | 'single' | 'headline';

/** A name candidate; offsets relative to the paragraph start. */
export interface NameCandidate {
  status: CandStatus;
  /** Name tokens (given names, particles, surname). For 'headline': every capitalised token of the run. */
  parts: Tok[];
  /** Index in parts where the surname starts (particles included). */
  surnameFrom: number;
  /** Surname written first ("Xi Jinping"). */
  surnameFirst: boolean;
  honorific: [number, number] | null;
  possessive: [number, number] | null;
  inBrackets: boolean;
  /** Inside round brackets opened shortly before ("(pronounced Calmer)"). */
  inParens: boolean;
  sentenceInitial: boolean;
  detBefore: boolean;
  /** One of a comma-separated list of capitalised names (a team sheet). */
  inList: boolean;
  /** The only capitalised word of its run (not "American Beauty"). */
  alone: boolean;
  /** After a preposition of place ("in Virginia", "from Kent"). */
  placeBefore: boolean;
  /** After a word that describes a company ("oil giant Shell", "anti-virus firm Sophos", "NCB Stockbrokers"). */
  orgBefore: boolean;
  /** After a word that only describes a company or band ("anti-virus firm Sophos", "group Westlife"). */
  companyBefore: boolean;
  /** Followed by a role word and a name: a modifier ("former Westlife star Brian McFadden"). */
  modifierAfter: boolean;
  titleBefore: boolean;
  /** A title or role word (not a demonym) right before the name. */
  roleBefore: boolean;
  /** Reporting verb after / before, ", who", appositive. */
  context: boolean;
  reportAfter: boolean;
  /** A firm, brand or band named like a person (status 'maybe', never placed): a link in a list of names. */
  brand?: boolean;
  /** For 'maybe': the surname is an ordinary word; only a bare reuse with a person's context confirms it. */
  weakSurname?: boolean;
  /** For 'single' after a courtesy title: start of a surname of several words ("Mr De Vido"). */
  compound?: number;
  /** For 'single': facts of the word that do not depend on the document (set by findPeople). */
  word?: SingleWord;
}

/**
 * A bare word's lexicon facts, computed once per paragraph text instead of once per analysis.
 * (Its transliteration key is needed only when a probable name waits for a bare reuse: asked for
 * then, from `translitKey`'s memo.)
 */
interface SingleWord {
  core: string;
  /** An ordinary word or place that is not a known surname ("May", "Brown" in "the Brown family"). */
  commonish: boolean;
  givenName: boolean;
  /** Key of the variant search beside the word: the candidate flags it depends on (`variantFlags`). */
  variantFlags: number;
}

function singleWord(c: NameCandidate): SingleWord {
  const core = coreOf(c.parts[0].w);
  return {
    core,
    commonish: isNonNameWord(core) && !isKnownSurname(core),
    givenName: isGivenName(core),
    variantFlags: variantFlags(c),
  };
}

/** The candidate flags a variant search depends on, as bits (a number, not a key string to build and hash per word). */
function variantFlags(c: NameCandidate): number {
  return (c.honorific ? 1 : 0) | (c.alone ? 2 : 0) | (c.inList ? 4 : 0) | (c.detBefore ? 8 : 0) | (personSlot(c) ? 16 : 0) | (c.inParens ? 32 : 0) | (c.sentenceInitial ? 64 : 0);
}

/** An apostrophe or hyphen token, which joins the words on either side into one. */
function isJoiner(text: string, t: Token): boolean {
  if (t.kind !== 'punct' || t.e - t.s !== 1) return false;
  const c = text.charCodeAt(t.s);
  return c === 39 || c === 0x2019 || c === 45;
}
const UPPER_RE = /^\p{Lu}/u;
const LOWER_PREFIX_RE = /^(?:al|el|ul|ad|as|ash|at|an|ar|az|bin|ibn|abu|d|o|l)['’\-](?=\p{Lu})/u;

const NAME_CAPS_RE = /^(?:Mc|Mk|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)?\p{Lu}[\p{Ll}\p{M}]*(?:['’\-](?:\p{Lu}[\p{Ll}\p{M}]*|\p{Ll}+))*$/u;
const CONTRACTION_RE = /['’](?:ve|ll|re|d|m|t)$|n['’]t$/;
const COMPOUND_RE = /-(?:style|era|led|backed|based|like|type|esque|related|linked|owned|run|born|made|inspired|friendly|free|only|sized|shaped|ish|year|years|day|days|old|wide|bound|designed|funded|appointed|nominated)$/;

function isCap(w: string): boolean {
  if (w.length === 0) return false; // (a plain lower-case word's token: see wordTokens)
  // Most words are plain lower case: no prefix mark (al-, d', o') in their first four letters.
  const c0 = w.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) {
    let mark = false;
    for (let k = 1; k < 4 && k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c === 39 || c === 0x2019 || c === 45) mark = true;
    }
    if (!mark) return false;
  }
  if (UPPER_RE.test(w)) {
    // Acronyms (NATO, BBC) are not names; a single capital is an initial.
    if (w.length > 1 && w === w.toUpperCase() && /\p{L}{2}/u.test(w)) return false;
    // Brands and codes: WorldCom, CeBIT, G8, IPv4; compounds: Clinton-era.
    if (!NAME_CAPS_RE.test(w) || COMPOUND_RE.test(w) || CONTRACTION_RE.test(w)) return false;
    return true;
  }
  return LOWER_PREFIX_RE.test(w) && NAME_CAPS_RE.test(w.replace(LOWER_PREFIX_RE, ''));
}

function isInitial(t: Tok, text: string): boolean {
  return t.w.length === 1 && UPPER_RE.test(t.w) && text.charAt(t.e) === '.';
}

/** First words of firms' names in other languages. */
const ORG_PREFIXES = new Set(['Banca', 'Banco', 'Banque', 'Bankhaus', 'Caixa', 'Caja', 'Grupo', 'Groupe', 'Gruppo', 'Compagnie', 'Compañía', 'Companhia', 'Société', 'Societe', 'Società', 'Monte', 'Cassa', 'Crédit', 'Credito', 'Deutsche', 'Aktiebolaget', 'Koninklijke']);

/** Bodies and places written in dotted letters ("the U.N. Charter", "U.S. Steel"), not initials of a name. */
const DOTTED_BODIES = /^(?:UN|US|UK|EU|USA|USSR|UAE|DC|NYC|FBI|CIA|NATO|IRA|ANC|PLO|GOP|NHS|BBC|WHO|IMF|EC|EEC|NFL|NBA|NY|LA)$/;

/** Titles of contests after "Miss"/"Mr": "former Miss Universe Alicia Machado", "Mr Universe". */
const MISS_TITLES = /^(?:Universe|World|America|England|Scotland|Wales|Ireland|Britain|UK|USA|Earth|International|Olympia)$/;

/** Courtesy titles, which go with the surname alone ("Mr De Vido", not "Mr Julio De Vido"). */
const COURTESY = COURTESY_TITLES;
/** Particles also written with a capital inside a name: "Julio De Vido", "Mark Van Dijk". */
const CAP_PARTICLES = new Set(['De', 'Del', 'Della', 'Der', 'Den', 'Di', 'Da', 'Du', 'Van', 'Von', 'Le', 'La', 'Ter', 'Ten', 'Dos', 'Das']);
function isCapParticle(w: string): boolean {
  return CAP_PARTICLES.has(w);
}

/** The honorifics' longest length and first letters: most words are neither (no lower-casing for them). */
const HONORIFIC_MAX = Math.max(...[...HONORIFICS].map((h) => h.length));
const HONORIFIC_FIRST = new Set([...HONORIFICS].map((h) => h.charCodeAt(0)));

function honorificAt(t: Tok, text: string): boolean {
  // (Lower-casing never shortens a word; an ASCII first letter lower-cases on its own.)
  if (t.w.length > HONORIFIC_MAX) return false;
  const c0 = t.w.charCodeAt(0);
  if (c0 < 128 && !HONORIFIC_FIRST.has(c0 >= 65 && c0 <= 90 ? c0 + 32 : c0)) return false;
  const k = t.w.toLowerCase();
  if (!HONORIFICS.has(k)) return false;
  if (DOTTED_ONLY_HONORIFICS.has(k)) return text.charAt(t.e) === '.';
  return true;
}

/**
 * How many runs of three or more letters `text` has (the matches of /\p{L}{3,}/gu), and how many
 * of them start with a capital: counted without cutting them out.
 */
function countLetterRuns(text: string): { all: number; upper: number } {
  let all = 0;
  let upper = 0;
  let run = 0;
  let firstUpper = false;
  for (let k = 0; k <= text.length; ) {
    const cp = k < text.length ? (text.codePointAt(k) as number) : 32;
    const lc = cp | 32;
    const letter = cp < 128 ? lc >= 97 && lc <= 122 : LETTER_RE.test(String.fromCodePoint(cp));
    if (letter) {
      if (run === 0) firstUpper = cp < 128 ? cp <= 90 : UPPER_RE.test(String.fromCodePoint(cp));
      run++;
    } else {
      if (run >= 3) {
        all++;
        if (firstUpper) upper++;
      }
      run = 0;
    }
    k += cp > 0xffff ? 2 : 1;
  }
  return { all, upper };
}

/** Is the paragraph written in headline capitals ("Clinton Was Headed to ER")? */
function isTitleCased(text: string): boolean {
  if (text.length > 300) return false;
  // Cheap first look: body text has far fewer capitalised words than lower-case ones.
  const { all, upper } = countLetterRuns(text);
  if (upper < 2 || upper * 5 < all * 2) return false;
  let words = 0;
  let caps = 0;
  let first = true;
  for (const m of text.matchAll(/[\p{L}]{3,}/gu)) {
    if (first) {
      first = false;
      continue;
    }
    if (!isCommonWord(m[0]) || isGivenName(m[0]) || TITLE_WORDS.has(lookupKey(m[0]))) continue;
    words++;
    if (UPPER_RE.test(m[0])) caps++;
  }
  return caps >= 2 && caps / words >= 0.6;
}

/**
 * Positions of marks (’ or ') that close a single-quoted phrase opened earlier in the paragraph
 * (‘a win for Jones’): such a mark after a name in s is not a possessive. One pass per mark style.
 */
function singleQuoteCloses(text: string, curly: boolean): Set<number> {
  const closes = new Set<number>();
  let open = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charAt(k);
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const letterPrev = k > 0 && /[\p{L}\p{N}]/u.test(text.charAt(k - 1));
    const letterNext = /[\p{L}\p{N}]/u.test(text.charAt(k + 1));
    if (letterPrev && letterNext) continue; // an apostrophe inside a word
    const opener = curly ? c === '‘' : c === "'" || c === '‘';
    if (opener && !letterPrev && letterNext) open = true;
    else if (open && (c === '’' || c === "'") && letterPrev) {
      if ((c === '’') === curly || !curly) closes.add(k);
      open = false;
    }
  }
  return closes;
}

export function paragraphCandidates(text: string, headline: boolean): NameCandidate[] {
  const possessiveOf = new Map<number, [number, number]>();
  const toks = wordTokens(text, possessiveOf);
  const inBr = bracketDepth(text);
  const titleCased = headline || isTitleCased(text);
  const out: NameCandidate[] = [];
  const end: RunEnd = { j: 0, nickname: null };
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i].w)) {
      i++;
      continue;
    }
    capitalisedRun(text, toks, possessiveOf, i, end);
    const j = end.j;
    const nick = end.nickname;
    const run = nick ? toks.slice(i, j + 1).filter((_, x) => i + x < nick[0] || i + x > nick[1]) : toks.slice(i, j + 1);
    const poss = possessiveOf.get(j) ?? null;
    i = j + 1;
    if (titleCased) {
      out.push(makeCand('headline', run, 0, false, null, poss, text, inBr));
      continue;
    }
    classifyRun(run, poss, text, inBr, out);
  }
  return out;
}

/** The words of a paragraph; a possessive "'s" or "s'" is cut off and noted in `possessiveOf` (by token index). */
function wordTokens(text: string, possessiveOf: Map<number, [number, number]>): Tok[] {
  const toks: Tok[] = [];
  const closes: { curly?: Set<number>; straight?: Set<number> } = {};
  const closesSingleQuote = (t: string, pos: number): boolean => {
    const curly = t.charAt(pos) === '’';
    const set = curly ? (closes.curly ??= singleQuoteCloses(t, true)) : (closes.straight ??= singleQuoteCloses(t, false));
    return set.has(pos);
  };
  const all = tokensOf(text);
  const n = all.length;
  for (let k = 0; k < n; k++) {
    // A word: letters, marks and digits, joined by single apostrophes or hyphens between them
    // ("O'Brien", "Smith-Jones"; not the mark of "Jones' "), read off the shared tokens.
    if (!isCore(all[k])) continue;
    const s = all[k].s;
    let e = all[k].e;
    while (k + 2 < n && isJoiner(text, all[k + 1]) && isCore(all[k + 2])) {
      e = all[k + 2].e;
      k += 2;
    }
    const len = e - s;
    const endsInS = text.charCodeAt(e - 1) === 115; // s
    const apostropheS = endsInS && len > 2 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019);
    if (apostropheS) {
      possessiveOf.set(toks.length, [e - 2, e]);
      e -= 2;
    } else if (endsInS && (text.charAt(e) === "'" || text.charAt(e) === '’') && !/[\p{L}\p{N}]/u.test(text.charAt(e + 1) || ' ') &&
      !closesSingleQuote(text, e)) {
      possessiveOf.set(toks.length, [e, e + 1]);
    }
    // (A plain lower-case word that is no particle is only ever asked whether it is capitalised:
    // its text is not cut out. Such a word's `w` is empty.)
    toks.push({ s, e, w: plainLowerCase(text, s, e) ? '' : text.slice(s, e) });
  }
  return toks;
}

/** The particles by their first letter's code. */
const PARTICLES_BY_FIRST = new Map<number, string[]>();
for (const p of PARTICLES) {
  const l = PARTICLES_BY_FIRST.get(p.charCodeAt(0));
  if (l) l.push(p);
  else PARTICLES_BY_FIRST.set(p.charCodeAt(0), [p]);
}

/** Is text[s, e) a particle? (Without cutting the word out.) */
function particleAt(text: string, s: number, e: number): boolean {
  const l = PARTICLES_BY_FIRST.get(text.charCodeAt(s));
  if (l) for (const p of l) if (p.length === e - s && text.startsWith(p, s)) return true;
  return false;
}

/**
 * text[s, e) is a lower-case word that `isCap` rejects (a-z first, no mark in its first four
 * letters) and no particle, or starts with a digit: nothing reads more of it than that.
 */
function plainLowerCase(text: string, s: number, e: number): boolean {
  const c0 = text.charCodeAt(s);
  if (c0 >= 48 && c0 <= 57) return true;
  if (c0 < 97 || c0 > 122) return false;
  for (let k = s + 1; k < s + 4 && k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 39 || c === 0x2019 || c === 45) return false;
  }
  return !particleAt(text, s, e);
}

/** Square-bracket depth (editorial insertions) at each offset, null without brackets. */
function bracketDepth(text: string): Uint8Array | null {
  if (!text.includes('[')) return null;
  const inBr = new Uint8Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) depth++;
    inBr[i] = depth > 0 ? 1 : 0;
    if (c === 93 && depth > 0) depth--;
  }
  return inBr;
}

/** Where a capitalised run ends (token index), and a nickname in quotes inside it. */
interface RunEnd {
  j: number;
  nickname: [number, number] | null;
}

/** Extend the capitalised run that starts at token `i`; sets `end`. */
function capitalisedRun(text: string, toks: Tok[], possessiveOf: Map<number, [number, number]>, i: number, end: RunEnd): void {
  let j = i;
  let nickname: [number, number] | null = null;
  while (j + 1 < toks.length && !possessiveOf.has(j)) {
    const gap = text.slice(toks[j].e, toks[j + 1].s);
    if (!nickname) {
      const q = nicknameEnd(text, toks, j, gap);
      if (q >= 0) {
        nickname = [j + 1, q];
        j = q + 1;
        continue;
      }
    }
    const initial = isInitial(toks[j], text);
    const abbrev = initial || honorificAt(toks[j], text);
    // ("J.R.R. Tolkien": initials may touch; "Mr.Benn" with no space is a programme's title, not Mr Benn.)
    const okGap = gap === ' ' || gap === '\u00a0' || gap === '\n' || gap === '\r\n' || gap === '] ' ||
      (abbrev && (gap === '. ' || gap === '.\u00a0' || (gap === '.' && initial)));
    if (!okGap) break;
    if (isCap(toks[j + 1].w)) {
      j++;
      continue;
    }
    const k = particlesEnd(text, toks, j);
    if (k < 0) break;
    j = k;
  }
  end.j = j;
  end.nickname = nickname;
}

/** A nickname in quotes inside a name (Robert C. "Bobby" Scott, Thomas "Tip" O'Neill): its last token, else -1. */
function nicknameEnd(text: string, toks: Tok[], j: number, gap: string): number {
  const quoteGap = gap === ' "' || gap === ' “' || ((gap === '. "' || gap === '. “') && isInitial(toks[j], text));
  if (!quoteGap || j + 2 >= toks.length || !(isGivenName(toks[j].w) || isInitial(toks[j], text))) return -1;
  let q = j + 1;
  while (q < j + 3 && q + 1 < toks.length && isCap(toks[q].w) && text.slice(toks[q].e, toks[q + 1].s) === ' ') q++;
  const close = q + 1 < toks.length ? text.slice(toks[q].e, toks[q + 1].s) : '';
  if (q + 1 < toks.length && isCap(toks[q].w) && (close === '" ' || close === '” ') && isCap(toks[q + 1].w)) return q;
  return -1;
}

/** Lower-case particles inside a name ("Ursula von der Leyen", "Mohammed bin Salman"): the capitalised token after them, else -1. */
function particlesEnd(text: string, toks: Tok[], j: number): number {
  if (!PARTICLES.has(toks[j + 1].w) || j + 2 >= toks.length) return -1;
  let k = j + 1;
  while (k < toks.length && PARTICLES.has(toks[k].w) && k + 1 < toks.length && text.slice(toks[k].e, toks[k + 1].s) === ' ') k++;
  if (k < toks.length && k > j + 1 && isCap(toks[k].w) && text.slice(toks[k - 1].e, toks[k].s) === ' ') return k;
  return -1;
}

/** " star Brian", " spokesman Graham": a lower-case role word, then a capitalised word. */
function modifierFollows(text: string, at: number): boolean {
  const m = /^ (\p{Ll}[\p{Ll}\-]*) \p{Lu}/u.exec(text.slice(at, at + 40));
  return !!m && TITLE_WORDS.has(m[1]);
}

const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'tropical']);

const DET_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'their', 'its', 'of']);
const PLACE_PREPS = new Set(['in', 'from', 'at', 'near', 'across', 'throughout', 'outside', 'inside', 'into', 'around']);

/** The word right before `pos` (letters and hyphens), and the character before that word's gap. */
function previousWord(text: string, pos: number): { word: string; gapHasStop: boolean; start: number } {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 160 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)) k--;
  const end = k + 1;
  while (k >= 0 && letterOrHyphenUnit(text.charCodeAt(k))) k--;
  const word = text.slice(k + 1, end);
  const gapHasStop = word.length === 0 && end > 0 && /[.!?]/.test(text.charAt(end - 1));
  return { word, gapHasStop, start: k + 1 };
}

const LETTER_RE = /\p{L}/u;

/** A UTF-16 unit that is a letter on its own (`\p{L}`, so never half of a surrogate pair) or a hyphen. */
function letterOrHyphenUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
  return LETTER_RE.test(String.fromCharCode(c));
}

function makeCand(status: CandStatus, parts: Tok[], surnameFrom: number, surnameFirst: boolean, honorific: [number, number] | null, possessive: [number, number] | null, text: string, inBr: Uint8Array | null, runStart = -1): NameCandidate {
  const s = parts[0].s;
  const e = parts[parts.length - 1].e;
  const start = honorific ? honorific[0] : s;
  // Lists are judged from the start of the capitalised run ("…, Tory Mazzola, Jim Merrill, …").
  const listStart = runStart >= 0 && runStart < start ? runStart : start;
  const afterFrom = possessive ? possessive[1] : e;
  let inBrackets = false;
  if (inBr) for (const p of parts) if (inBr[p.s]) inBrackets = true;
  const prev = previousWord(text, start);
  const pw = lookupKey(prev.word);
  const titleBefore = !honorific && prev.word.length > 0 && (TITLE_WORDS.has(pw) || isDemonym(prev.word));
  let detBefore = DET_WORDS.has(pw);
  // ("…," added Jones; but "has added Pacific Assault to its catalogue", "wrote Harry Potter".)
  let reportBefore = INVERTED_SAYING_VERBS.has(pw) && (pw !== 'added' && pw !== 'wrote' || /[,"”'’]\s*$/.test(text.slice(Math.max(0, prev.start - 3), prev.start)));
  if (!reportBefore && (pw === 'to' || pw === 'for')) {
    reportBefore = /(?:according to|spokesman for|spokeswoman for|spokesperson for)[\s\u00a0]+$/iu.test(text.slice(Math.max(0, start - 30), start));
  }
  const c0 = text.charAt(afterFrom);
  let reportAfter = false;
  let whoAfter = false;
  let appositive = false;
  let inList = false;
  if (c0 === ',' || c0 === ' ' || c0 === ';' || c0 === '\u00a0' || c0 === '\n') {
    const after = text.slice(afterFrom, afterFrom + 60);
    const am = /^,?\s+(?:has |had |have |also |later |then |once |previously |himself |herself |recently |again |quickly |publicly |first )?([\p{Ll}]+)\b/u.exec(after);
    reportAfter = !!am && VERBS_AFTER_A_NAME.has(am[1]);
    whoAfter = /^,?\s+who(?:se)?\b/u.test(after) || /^\s*\((?:\d|[A-Z]-)/u.test(after);
    // "fears that Rock, who …": "that" before a name with a clause of its own is a conjunction.
    if (pw === 'that' && (whoAfter || reportAfter)) detBefore = false;
    if (c0 === ',') appositive = /^,\s+(?:a|an|the|his|her|their|its)\s+\p{Ll}/u.test(after) || /^,\s+\d{2},/u.test(after) || roleAppositiveAfter(text, afterFrom);
    const before = text.slice(Math.max(0, listStart - 40), listStart);
    if (before.endsWith(', ') || before.endsWith('; ') || before.endsWith(' and ') || c0 === ',' || c0 === ';' || after.startsWith(' (') || after.startsWith(' and ')) {
      inList = /\p{Lu}[\p{L}'’\-]+(?: \([^)]*\))?, $/u.test(before) && /^(?: \([^)]*\))?(?:,|;| and) /u.test(after) ||
        /^(?: \([^)]*\))?, \p{Lu}[\p{L}'’\-]+(?: \([^)]*\))?, \p{Lu}/u.test(after) ||
        /(?:,|;| and) $/u.test(before) && /^(?: \([^)]*\))?(?:,|;) \p{Lu}/u.test(after) && /\p{Lu}[\p{L}'’\-]+(?: \([^)]*\))?, [^,]*$/u.test(before);
    }
  }
  return {
    status, parts, surnameFrom, surnameFirst, honorific, possessive, inBrackets, inParens: inParentheses(text, start),
    sentenceInitial: isSentenceInitial(text, start),
    detBefore, inList, alone: true, placeBefore: PLACE_PREPS.has(pw),
    companyBefore: COMPANY_DESCRIPTORS.has(pw),
    modifierAfter: !possessive && c0 === ' ' && modifierFollows(text, afterFrom),
    orgBefore: FIRM_OR_TEAM_DESCRIPTORS.has(pw) || capitalsWord(prev.word), titleBefore, roleBefore: titleBefore && TITLE_WORDS.has(pw),
    context: reportAfter || reportBefore || whoAfter || appositive, reportAfter,
    // (Every field set here, absent or not: one object shape for all candidates.)
    brand: false, weakSurname: false, compound: undefined, word: undefined,
  };
}

const OPENING_GAP_RE = /[\s"“”‘'«»(\[\-—–*_]/;

/** White space, a quote mark, an opening bracket, a dash or emphasis: what may stand between a sentence's end and its first word. */
function openingGapUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 39 || c === 40 || c === 91 || c === 45 || c === 42 || c === 95;
  return OPENING_GAP_RE.test(String.fromCharCode(c));
}

/** A word of two or more letters in capitals ("NCB", "US-BASED"); most words start lower-case and are not. */
function capitalsWord(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return false;
  return w.length >= 2 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w);
}

function isSentenceInitial(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && openingGapUnit(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  const c = text.charAt(k);
  if (c === ':' || c === ';') return true;
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  if (c === '.') {
    const w = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, k - 6), k))?.[1] ?? '';
    if (w.length === 1 || HONORIFICS.has(w.toLowerCase())) return false;
  }
  return true;
}

function nonName(w: string): boolean {
  return isNonNameWord(w) && !isGivenName(w);
}

/** A capitalised run being read as a name: the honorific found in it and the tokens left after it. */
interface RunRead {
  run: Tok[];
  poss: [number, number] | null;
  text: string;
  inBr: Uint8Array | null;
  honorific: [number, number] | null;
  toks: Tok[];
  /** The name starts with a given name that is also a word ("Rod Eddington"). */
  ambiguousGiven: boolean;
}

/** Split a capitalised run into a name and what precedes it; push the candidate. */
function classifyRun(run: Tok[], poss: [number, number] | null, text: string, inBr: Uint8Array | null, out: NameCandidate[]): void {
  const r: RunRead = { run, poss, text, inBr, honorific: null, toks: run, ambiguousGiven: false };
  takeHonorific(r);
  if (r.toks.length === 0) return;
  if (courtesyTitleRun(r, out)) return;
  skipLeadingNonName(r);
  const k = nameStartIn(r, out);
  if (k < 0) return;
  pushName(r, k, out);
}

/** The honorific at the start of the run, or "U.S." letters that spell a body; `r.toks` is what follows. */
function takeHonorific(r: RunRead): void {
  const { text } = r;
  let toks = r.toks;
  // Honorific: "Mr", "Dr.", "Sen." at the start (or after title words: "Prime Minister Mr Blair").
  for (let h = 0; h < toks.length - 1; h++) {
    if (honorificAt(toks[h], text)) {
      // Stacked honorifics ("Lt. Gen.", "Rev. Dr.") make one honorific span.
      let last = h;
      while (last + 2 < toks.length && honorificAt(toks[last + 1], text)) last++;
      const e = text.charAt(toks[last].e) === '.' ? toks[last].e + 1 : toks[last].e;
      r.honorific = [toks[h].s, e];
      toks = toks.slice(last + 1);
      break;
    }
    if (!nonName(toks[h].w)) break;
  }
  // "the U.N. Charter", "U.S. Steel": letters joined by full stops that spell a body or place are no initials.
  if (!r.honorific && toks.length >= 2 && isInitial(toks[0], text)) {
    let a = 1;
    while (a < toks.length && isInitial(toks[a], text) && toks[a].s === toks[a - 1].e + 1) a++;
    const letters = toks.slice(0, a).map((t) => t.w).join('');
    if (a >= 2 && (DOTTED_BODIES.test(letters) || isPlace(letters) || isOrg(letters))) toks = toks.slice(a);
  }
  r.toks = toks;
}

/**
 * A courtesy title (Mr, Mrs, Miss) before the run's words: a contest's or a song's title is no
 * person (true, nothing pushed); a surname of several words after it is one (pushed, true); a
 * judge's "Justice" joins the honorific (false: read on).
 */
function courtesyTitleRun(r: RunRead, out: NameCandidate[]): boolean {
  const { text, honorific } = r;
  const toks = r.toks;
  if (!honorific || !COURTESY.has(text.slice(honorific[0], honorific[1]).replace(/\.$/, '').toLowerCase())) return false;
  // "a former Miss Universe": a contest's title, not a person.
  if (toks.length === 1 && MISS_TITLES.test(toks[0].w)) return true;
  // "Mr Tambourine Man", "Mr Motivator Man": a song's or a character's title, not a surname.
  if (toks.length >= 2 && /^(?:Man|Woman|Men|Boy|Girl)$/.test(toks[toks.length - 1].w) && !isGivenName(toks[0].w)) return true;
  if (toks.length < 2) return false;
  if (toks[0].w === 'Justice') {
    // "Mr Justice Harrison", "Mrs Justice Hogg": a judge's title, the surname after it.
    r.honorific = [honorific[0], toks[0].e];
    r.toks = toks.slice(1);
    return false;
  }
  if (toks.length <= 3 && (isCapParticle(toks[0].w) || !isGivenName(toks[0].w) && !isInitial(toks[0], text) && !isKnownPerson(toks.map((t) => t.w).join(' ')) &&
    !toks.slice(1, -1).some((t) => isGivenName(t.w)) && !MISS_TITLES.test(toks[0].w))) {
    // A courtesy title goes with the surname: "Mr De Vido", "Mrs Parker Bowles", "Mr Baez Silva"
    // are surnames of two words, not a given name and a surname.
    const c = makeCand('single', toks.slice(-1), 0, false, honorific, r.poss, text, r.inBr, r.run[0].s);
    c.compound = toks[0].s;
    out.push(c);
    return true;
  }
  return false;
}

/** Words before the name proper that are a title's ("Miss Universe Alicia Machado") or a sentence-initial verb. */
function skipLeadingNonName(r: RunRead): void {
  const { text } = r;
  const toks = r.toks;
  // "Miss Universe Alicia Machado": the honorific belongs to a title, the name starts at the
  // given name after it.
  if (r.honorific && toks.length >= 3 && !isGivenName(toks[0].w)) {
    const g = toks.findIndex((t, x) => x > 0 && x < toks.length - 1 && isGivenName(t.w));
    if (g > 0) {
      r.honorific = null;
      r.toks = toks.slice(g);
    }
  }
  // A sentence-initial verb or adverb is not a name: "Injecting Clinton's troubles …".
  // (A word in -eed only when its stem is an English word: "Agreed", but "Majeed Memon" is a name.)
  const t = r.toks;
  if (t.length >= 2 && !r.honorific && t[0] === r.run[0] && isSentenceInitial(text, t[0].s) &&
    /(?:ing|ed|ly)$/.test(t[0].w) && t[0].w.length > 5 && !isGivenName(t[0].w) && !isKnownSurname(t[0].w) &&
    (!/eed$/.test(t[0].w) || isVerbOrAdverbForm(t[0].w))) {
    r.toks = t.slice(1);
  }
}

/**
 * Where the name starts in `r.toks` (what comes before it is titles and descriptors), or -1 when
 * the run is a storm, a place or a brand and no person.
 */
function nameStartIn(r: RunRead, out: NameCandidate[]): number {
  const { toks, honorific } = r;
  const n = toks.length;
  let k = honorific ? 0 : givenOrLastNonName(r);
  // Storms have names too: "Hurricane Mitch", "Tropical Storm Ana".
  for (let x = 0; x <= k && x < n; x++) if (STORM_WORDS.has(lookupKey(toks[x].w))) return -1;
  k = pastMultiwordPlaces(toks, k);
  if (k < 0) return -1;
  if (!honorific) {
    k = pastBrands(r, k, out);
    if (k < 0) return -1;
  }
  // "At La Fenice Viotti was acclaimed": a place with an article ran into the name after it.
  if (!honorific && n - k >= 3 && /^(?:La|Le|Il|El|Lo|Los|Las|Les)$/.test(toks[k].w) && !isGivenName(toks[k + 1].w) &&
    PLACE_PREPS.has(lookupKey(k > 0 ? toks[k - 1].w : previousWord(r.text, toks[k].s).word))) {
    k += 2;
  }
  // "Rod Eddington", "Miles Shipside", "Hazel Blears": a given name that is also a word, before a name.
  if (!honorific && k >= 1 && k === n - 1 && AMBIGUOUS_GIVEN.has(lookupKey(toks[k - 1].w)) && (k === 1 || nonName(toks[k - 2].w)) &&
    (!isNonNameWord(toks[k].w) || isKnownSurname(toks[k].w)) && !pluralOfCommon(toks[k].w) &&
    !/^(?:the|a|an|this|that|these|those|its|our|their)$/.test(lookupKey(previousWord(r.text, toks[k - 1].s).word)) && !isInitial(toks[k - 1], r.text)) {
    k -= 1;
    r.ambiguousGiven = true;
  }
  return k;
}

/** Without an honorific: the first known given name that starts a name, else the word after the last non-name word. */
function givenOrLastNonName(r: RunRead): number {
  const { toks, text } = r;
  const n = toks.length;
  for (let x = 0; x < n - 1; x++) {
    const koreanStart = SURNAME_FIRST.has(lookupKey(toks[x].w)) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(toks[x + 1].w);
    // A known given name starts the name when what precedes it is not itself a given name or an
    // initial: "Prosecutor Angela Corey", "Exchequer Gordon Brown" (unknown role words).
    const startsHere = x === 0 || nonName(toks[x - 1].w) || (!isGivenName(toks[x - 1].w) && !isInitial(toks[x - 1], text));
    if (koreanStart || (isGivenName(toks[x].w) && startsHere && !PARTICLES.has(toks[x + 1].w))) return x;
  }
  for (let x = n - 2; x >= 0; x--) {
    if (x === 0 && n === 2 && placeBeforeKnownSurname(toks, r.poss, text, r.inBr, r.run[0].s)) break;
    if (nonName(toks[x].w) && !isInitial(toks[x], text) && !PARTICLES.has(toks[x].w)) return x + 1;
  }
  return 0;
}

/** Suffixes of a place's people: "Sri Lankans", "Hong Kongers". */
const PLACE_PEOPLE_SUFFIXES = ['n', 'an', 'ian', 'ns', 'ians', 'ese', 'i', 'er', 'ers'];

/** Words that start a multi-word place, or a place's people with a suffix. */
function multiwordPlace(ws: string[]): boolean {
  // (Every variant keeps the first word: no place starts with it, no variant is one.)
  return startsMultiwordPlace(ws[0]) && (isMultiwordPlace(ws) || PLACE_PEOPLE_SUFFIXES.some((suffix) =>
    ws[ws.length - 1].endsWith(suffix) && isMultiwordPlace([...ws.slice(0, -1), ws[ws.length - 1].slice(0, -suffix.length)])));
}

/** Multi-word places and organisations: "Sri Lanka", "Hong Kong", "Wall Street"; "Sri Lankans". -1 when the run ends in one. */
function pastMultiwordPlaces(toks: Tok[], k: number): number {
  const n = toks.length;
  for (let x = 0; x < n - 1; x++) {
    const span3 = x + 2 < n && multiwordPlace([toks[x].w, toks[x + 1].w, toks[x + 2].w]) ? 3 : 0;
    const span = span3 || (multiwordPlace([toks[x].w, toks[x + 1].w]) ? 2 : 0);
    if (!span) continue;
    if (x + span >= n) return -1;
    k = Math.max(k, x + span);
  }
  return k;
}

/** First words of the brands named like people (a pair of words is looked up only after one). */
const BRAND_FIRST_WORDS = new Set([...PERSON_LIKE_BRANDS].map((b) => b.slice(0, b.indexOf(' '))));

/** Firms, brands and bands named like people: "William Hill and Ladbrokes", "Krispy Kreme said". -1 when the run ends in one. */
function pastBrands(r: RunRead, k: number, out: NameCandidate[]): number {
  const { toks } = r;
  const n = toks.length;
  for (let x = 0; x < n - 1; x++) {
    const first = lookupKey(toks[x].w);
    if (!BRAND_FIRST_WORDS.has(first) || !PERSON_LIKE_BRANDS.has(first + ' ' + lookupKey(toks[x + 1].w))) continue;
    if (x + 2 >= n) {
      // Kept as a link of a list ("Alicia Keys, Velvet Revolver and Tom Marsh"), never a person.
      const b = makeCand('maybe', toks.slice(x, x + 2), 1, false, null, r.poss, r.text, r.inBr, r.run[0].s);
      b.brand = true;
      out.push(b);
      return -1;
    }
    k = Math.max(k, x + 2);
  }
  return k;
}

/** Push the candidate for the name that starts at `r.toks[k]`, if it is one. */
function pushName(r: RunRead, k: number, out: NameCandidate[]): void {
  const { toks, text, honorific } = r;
  let name = toks.slice(k);
  if (name.length === 0) return;
  // Initials only ("N.Y.", "U.S."): no surname.
  if (name[name.length - 1].w.length === 1) return;
  const lastW = name[name.length - 1].w;
  const lastKey = lookupKey(lastW);
  if (name.length > 1 && (ORG_SUFFIXES.has(lastKey) || (isOrg(lastW) && !isKnownSurname(lastW)))) return;
  // "Banca Nazionale del Lavoro", "Banco Santander", "Grupo Modelo": a firm, not a person.
  if (name.length > 1 && ORG_PREFIXES.has(name[0].w)) return;
  const words = name.filter((t) => !PARTICLES.has(t.w));
  if (words.length > 4) name = name.slice(name.length - 3);
  const titleInRun = k > 0 && (TITLE_WORDS.has(lookupKey(toks[k - 1].w)) || isDemonym(toks[k - 1].w));
  if (name.length === 1) {
    const c = makeCand('single', name, 0, false, honorific, r.poss, text, r.inBr, r.run[0].s);
    if (titleInRun) c.titleBefore = true;
    if (k > 0 && TITLE_WORDS.has(lookupKey(toks[k - 1].w))) c.roleBefore = true;
    // (A determiner that opens the run: "the Smith".)
    if (k > 0 && /^(?:the|a|an|this|that)$/i.test(toks[0].w)) c.detBefore = true;
    // "American Beauty" is not a bare name; "Later Kadhafi" (a sentence-initial word) is.
    const prefixIsPlainWord = k === 1 && isCommonWord(toks[0].w) && !isDemonym(toks[0].w) && !TITLE_WORDS.has(lookupKey(toks[0].w)) &&
      !isPlace(toks[0].w) && !isOrg(toks[0].w);
    if (k > 0 && !prefixIsPlainWord) c.alone = false;
    out.push(c);
    return;
  }
  pushFullName(r, name, titleInRun, out);
}

/** Where the surname starts in a name of several words, and whether it is written first ("Xi Jinping"). */
function surnameSplit(name: Tok[]): { surnameFrom: number; surnameFirst: boolean } {
  let surnameFrom = name.length - 1;
  for (let x = 1; x < name.length; x++) {
    if (PARTICLES.has(name[x].w) || x < name.length - 1 && isCapParticle(name[x].w) || LOWER_PREFIX_RE.test(name[x].w) && x === name.length - 1) {
      surnameFrom = x;
      break;
    }
  }
  const first = lookupKey(name[0].w);
  if (SURNAME_FIRST.has(first) && name.length <= 3) {
    const rest = name.slice(1);
    const hyphenated = rest.length === 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(rest[0].w);
    const chinese = CHINESE_SURNAMES.has(first) &&
      rest.length === 1 && !isGivenName(rest[0].w) && !isKnownSurname(rest[0].w) && !isCommonWord(rest[0].w);
    const korean = rest.length === 2 && rest.every((t) => t.w.length <= 4 && /^\p{Lu}\p{Ll}*$/u.test(t.w) && !isKnownSurname(t.w));
    if (hyphenated || chinese || korean) return { surnameFrom: 0, surnameFirst: true };
  }
  return { surnameFrom, surnameFirst: false };
}

const CHINESE_SURNAMES = new Set(['xi', 'hu', 'wen', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'deng', 'mao', 'jiang', 'zhu']);

/** What a name of several words is made of, for judging it (see pushFullName). */
interface FullParts {
  given: Tok[];
  /** The last word of the surname. */
  sw: string;
  givenKnown: boolean;
  middleBad: boolean;
  firstBad: boolean;
  surnameOrdinary: boolean;
}

function fullParts(r: RunRead, name: Tok[], surnameFrom: number, surnameFirst: boolean): FullParts | null {
  const { text } = r;
  const given = surnameFirst ? name.slice(1) : name.slice(0, surnameFrom);
  const surnameToks = surnameFirst ? name.slice(0, 1) : name.slice(surnameFrom).filter((t) => !PARTICLES.has(t.w));
  const sw = surnameToks[surnameToks.length - 1].w;
  const givenKnown = surnameFirst || isGivenName(given[0].w) || isInitial(given[0], text) || (r.ambiguousGiven && given.length === 1) ||
    (given[0].w.includes('-') && given[0].w.split('-').every((g) => isGivenName(g)));
  // ("U.S-China", "Anglo-French": a hyphenated place or people, not a double-barrelled surname.)
  const placeCompound = sw.includes('-') && sw.split('-').some((p) => p.length > 1 && (isPlace(p) || isDemonym(p)) && !isKnownSurname(p) && !isGivenName(p));
  const surnameBad = placeCompound || ORG_SUFFIXES.has(lookupKey(sw)) || isDemonym(sw) ||
    ((isPlace(sw) || isOrg(sw)) && !isKnownSurname(sw)) || (isTimeWord(sw) && !givenKnown);
  if (surnameBad) return null;
  const middleBad = name.some((t, x) => x > 0 && x < name.length - 1 && !PARTICLES.has(t.w) && !isCapParticle(t.w) && nonName(t.w) && !isInitial(t, text));
  // ("Intellectual Property", "Pacific Assault", "Creative Zen": adjectives the lexicon lacks.)
  const firstBad = !givenKnown && (nonName(given[0].w) || ADJECTIVE_RE.test(lookupKey(given[0].w)));
  // "Walter Energy", "Lenox Healthcare": an ordinary word as surname needs more than a given name
  // (but "Gordon Brown" is a known surname, and "Theresa May, the home secretary" has context).
  const surnameOrdinary = isCommonWord(sw) && !isKnownSurname(sw);
  return { given, sw, givenKnown, middleBad, firstBad, surnameOrdinary };
}

/** A name of several words: pushed as a full name, a probable one ('maybe'), or not at all. */
function pushFullName(r: RunRead, name: Tok[], titleInRun: boolean, out: NameCandidate[]): void {
  const { text, honorific } = r;
  const { surnameFrom, surnameFirst } = surnameSplit(name);
  const f = fullParts(r, name, surnameFrom, surnameFirst);
  if (!f) return;
  const c = makeCand('full', name, surnameFrom, surnameFirst, honorific, r.poss, text, r.inBr, r.run[0].s);
  if (titleInRun) c.titleBefore = true;
  const { given, sw, givenKnown, middleBad, firstBad, surnameOrdinary } = f;
  if ((honorific || (givenKnown && (!surnameOrdinary || c.titleBefore || c.context || middleInitial(r, name, sw)))) && !middleBad) {
    out.push(c);
    return;
  }
  // What the sentence says of the name ("called for", "He" next): looked at only when needed.
  // ("Coffee-loving Curry": a compound adjective is not a given name.)
  const pe = !honorific && !c.orgBefore && !c.companyBefore && !c.inList && !/-\p{Ll}+(?:ing|ed)$/u.test(name[0].w) ? personEvidenceOf(text, c) : 0;
  // "Brendan Barber called for …", "John Snow put a brave face … He": a known given name before an
  // ordinary word with a person's verb or pronoun. A plural word ("Eagle Outfitters", "Man Utd
  // Tigers") needs a pronoun, an age or "who".
  const givenAllNames = given.every((t) => !nonName(t.w) || isGivenName(t.w));
  if (givenKnown && surnameOrdinary && !middleBad && !isTimeWord(sw) && givenAllNames && (pe > 1 || (pe > 0 && !pluralOfCommon(sw)))) {
    out.push(c);
    return;
  }
  const surnameCommon = nonName(sw) && !isKnownSurname(sw);
  if (fullEvidence(r, c, name, given[0].w, sw, pe) && !firstBad && !middleBad && !surnameCommon) {
    out.push(c);
    return;
  }
  // "Digby Jones told the BBC": a first word the lexicon knows only as a place, before a known
  // surname, with a person's verb, "who" or a pronoun after it.
  if (firstBad && name.length === 2 && isKnownSurname(sw) && !surnameCommon && !middleBad && (pe === 1 || c.reportAfter) && placeOnly(given[0].w)) {
    out.push(c);
    return;
  }
  if (!firstBad && !middleBad && !surnameCommon) {
    c.status = 'maybe';
    out.push(c);
    return;
  }
  // "Mike Pence", "Theresa May": a known given name before an ordinary word is a probable name,
  // confirmed only when the word recurs alone as a person ("Pence said", "Mrs May").
  if (givenKnown && !surnameFirst && surnameOrdinary && !middleBad && !isTimeWord(sw) && givenAllNames) {
    c.status = 'maybe';
    c.weakSurname = true;
    out.push(c);
  }
}

/**
 * "Helen T. Cash", "Anna J. Strong": a known given name, a middle initial, then one ordinary word
 * (not a plural, a month or a day): the shape of a person's name, not a firm's.
 */
function middleInitial(r: RunRead, name: Tok[], sw: string): boolean {
  return name.length === 3 && isGivenName(name[0].w) && !isInitial(name[0], r.text) && isInitial(name[1], r.text) &&
    !pluralOfCommon(sw) && !isTimeWord(sw) && !isOrg(sw);
}

/** Evidence that a name of several words is a person's: honorific, title, context, letters, verbs. */
function fullEvidence(r: RunRead, c: NameCandidate, name: Tok[], given0: string, sw: string, pe: number): boolean {
  const { honorific, text } = r;
  // Letters of Slavic, Turkish, Polish or Nordic names: Đoković, Erdoğan, Wałęsa, Sørensen.
  const foreignLetters = /[ćčšžđğşıłńśźżřňťďøåæ]/iu.test(sw);
  // A verb alone does not make "Tamil Tigers" or "Bebe Stores" people: a plural-looking last word needs more.
  // ("Taras Boyko welcomed the deal": a known surname, no ordinary word, and a past tense after it; an
  // unknown surname only inside a sentence, where a capitalised first word is no role noun: "Jeweller Zale also felt".)
  const verbAfter = pe === 0 && !honorific && !c.detBefore && !c.orgBefore && !c.companyBefore && !c.inList && !c.possessive &&
    (isKnownSurname(sw) || !c.sentenceInitial && !isNonNameWord(sw) && !PLURAL_LOOK_RE.test(lookupKey(sw))) && !isCommonWord(sw) && !nonName(given0) && pastVerbAfter(text, c);
  const peOk = pe > 1 || (pe > 0 && (isKnownSurname(sw) || !PLURAL_LOOK_RE.test(lookupKey(sw)))) || verbAfter;
  return !!honorific || c.titleBefore || c.context || foreignLetters || peOk || isKnownPerson(name.map((t) => t.w).join(' '));
}

/** A verb or adverb form of an English word: "Injecting", "Announced", "Reportedly" (not "Majeed"). */
function isVerbOrAdverbForm(w: string): boolean {
  const k = lookupKey(w);
  if (isCommonWord(k)) return true;
  const stems: string[] = [];
  const stem = (base: string) => {
    stems.push(base, base + 'e');
    if (base.length > 2 && base.charAt(base.length - 1) === base.charAt(base.length - 2)) stems.push(base.slice(0, -1));
  };
  if (k.endsWith('ing')) stem(k.slice(0, -3));
  else if (k.endsWith('ied')) stems.push(k.slice(0, -3) + 'y');
  else if (k.endsWith('ed')) stem(k.slice(0, -2));
  else if (k.endsWith('ily')) stems.push(k.slice(0, -3) + 'y');
  else if (k.endsWith('ly')) {
    const b = k.slice(0, -2);
    if (b.endsWith('ed') || b.endsWith('ing')) return isVerbOrAdverbForm(b);
    stems.push(b, b + 'le');
  }
  return stems.some((x) => x.length > 2 && isCommonWord(x));
}

/**
 * The name is the subject of a verb in the past tense: "Taras Boyko welcomed the deal", "… took
 * the stand", "… has spoken". The verb is a past tense by the part of speech (a participle after
 * "has"/"had"), not a name like "Reed", then a word.
 */
function pastVerbAfter(text: string, c: NameCandidate): boolean {
  const m = /^\s+(?:(has|had)\s+|(?:also|then|later|quickly|publicly)\s+)?(\p{Ll}+)\s+\p{L}/u.exec(text.slice(c.parts[c.parts.length - 1].e, c.parts[c.parts.length - 1].e + 40));
  // (Not a copula: "X were stylish" is a plural subject's.)
  return !!m && (posOf(m[2]) & (m[1] ? POS.PAST | POS.PARTICIPLE : POS.PAST)) !== 0 && (posOf(m[2]) & POS.FUNCTION) === 0 && !isGivenName(m[2]);
}

/** A word the lexicon knows only as a place (not a word, firm, people or title): "Digby". */
function placeOnly(w: string): boolean {
  return isPlace(w) && !isCommonWord(w) && !isOrg(w) && !isDemonym(w) && !TITLE_WORDS.has(lookupKey(w)) && !isKnownSurname(w);
}

/** "Digby Jones told the BBC": a place-only first word, a known surname, and a person's verb after. */
function placeBeforeKnownSurname(toks: Tok[], poss: [number, number] | null, text: string, inBr: Uint8Array | null, runStart: number): boolean {
  const [a, b] = toks;
  if (poss || !placeOnly(a.w) || !isKnownSurname(b.w) || isNonNameWord(b.w) || isInitial(a, text)) return false;
  const c = makeCand('full', toks, 1, false, null, null, text, inBr, runStart);
  if (c.orgBefore || c.companyBefore || c.detBefore || c.placeBefore || c.inList || c.titleBefore) return false;
  return c.reportAfter || personEvidenceOf(text, c) === 1;
}

/** Endings of English adjectives, never of given names: "Intellectual", "Pacific", "Creative", "Incredible". */
const ADJECTIVE_RE = /(?:ual|ive|ous|ible|able|ful|less|ific|ical|istic)$/;

/** Endings of English plural nouns ("Tigers", "Motors", "Airways"), not of surnames like "Tsipras". */
const PLURAL_LOOK_RE = /(?:ers|ors|ies|ants|ents|ists|ings|ions|ics|ways|ines|ards|ites|ates|ots|ets|oods|ools)$/;

/** "Outfitters", "Tigers", "Watts": the plural of an ordinary word. */
function pluralOfCommon(w: string): boolean {
  const k = lookupKey(w);
  return k.length > 3 && k.endsWith('s') && !k.endsWith('ss') && isCommonWord(k.slice(0, -1)) ||
    k.endsWith('ies') && isCommonWord(k.slice(0, -3) + 'y');
}

const AUX_RE = /^(?:has|had|have|also|later|then|once|previously|recently|again|publicly|first|would|will|could|may|might|himself|herself|subsequently|famously|repeatedly|angrily|yesterday|today|earlier|last|week|night|year|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const SPEECH_BEFORE_RE = new RegExp(`[,"”’'](?:\\s*)(?:${[...PLAIN_SAYING_VERBS, 'estimated', 'according to'].join('|')})[\\s\\u00a0]+$`, 'u');
const PRONOUN_NEXT_RE = /^([^.!?]{0,240}?)[.!?]["”’]?[ \u00a0]+["“]?(?:He|She)\b/u;
/** "X said it would …", "X denied its …": how a firm speaks. */
const SUBJECT_BEFORE_RE = /(?:^|[.!?:]["”’]?\s+)(?:But|And|Yet|Then|Meanwhile|However|Now|Earlier|Later|Today|Yesterday|So),?\s+$/u;
const OTHER_NAME_RE = /\p{Lu}[\p{Ll}\p{M}]+[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]+|\b(?:Mr|Mrs|Ms|Dr|Miss)\b/u;

/**
 * What the text around a name of several words says about it: 2 for a pronoun in the next sentence,
 * an age, "who" or "the resignation of"; 1 for a person's verb after it or a speech verb before it
 * (after a quote or comma); 0 for nothing.
 */
function personEvidenceOf(text: string, c: NameCandidate): number {
  const s = c.parts[0].s;
  const e = c.parts[c.parts.length - 1].e;
  const afterFrom = c.possessive ? c.possessive[1] : e;
  const after = text.slice(afterFrom, afterFrom + 60);
  const before = text.slice(Math.max(0, s - 40), s);
  const of = /(\p{Ll}+)\s+of\s+$/u.exec(before);
  if (of && PERSON_OF_NOUNS.has(of[1]) && !c.possessive) return 2;
  // After "the", "a", "of …" only "the resignation of" tells.
  if (c.detBefore) return 0;
  if (!c.possessive) {
    if (/^,?\s+who(?:se)?\b/u.test(after) || /^,\s+(?:aged\s+)?\d{1,3},/u.test(after)) return 2;
    // He/She next refers to the subject: the name must start its sentence ("But John Snow …").
    const subject = c.sentenceInitial || SUBJECT_BEFORE_RE.test(before);
    const next = subject ? PRONOUN_NEXT_RE.exec(text.slice(afterFrom, afterFrom + 300)) : null;
    if (next && !OTHER_NAME_RE.test(next[1]) && !/\b(?:it|its)\b/.test(next[1].slice(0, 20))) return 2;
    const words = /^,?\s+(\p{Ll}+(?:\s+\p{Ll}+){0,3})/u.exec(after);
    if (words) {
      const ws = words[1].split(/\s+/);
      let x = 0;
      while (x < ws.length - 1 && AUX_RE.test(ws[x])) x++;
      const v = ws[x];
      const then = ws[x + 1];
      if (v && (PERSON_VERBS.has(v) || (then !== undefined && PERSON_PHRASAL_VERBS[v]?.has(then))) && !(FIRM_SAYING_VERBS.has(v) && (then === 'it' || then === 'its'))) return 1;
    }
    if (/^(?:[.,;:!?]|\s*[-—–]|$)/u.test(after) && SPEECH_BEFORE_RE.test(text.slice(Math.max(0, s - 30), s))) return 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Stage 2: the document
// ---------------------------------------------------------------------------------------------

interface DocCand extends NameCandidate {
  paragraph: number;
  /** Absolute offsets. */
  s: number;
  e: number;
}

interface Draftee {
  kind: MentionKind;
  start: number;
  end: number;
  given: Span | null;
  surname: Span | null;
  honorific: Span | null;
  possessive: Span | null;
  paragraph: number;
  inBrackets: boolean;
  person: PersonBuild;
  /** Core surname as written ("Assad" for "al-Assad"), or null for a given-name mention. */
  core: string | null;
  /** First given name as written, or null. */
  firstGiven: string | null;
}

interface PersonBuild {
  uid: number;
  core: string;
  firstGiven: string | null;
  /** Offset of the first full-name mention (or first mention). */
  firstFull: number;
  fulls: number[];
  /** Starts of the person's surname and full-name mentions, sorted. */
  starts: number[];
  mentions: Draftee[];
  merged: PersonBuild | null;
  /** Created from a bare surname (honorific or context), not from a full name. */
  bare: boolean;
  /** `blockInitial(core)` and the first code of `fold(core)`, asked for once (see `keyInitialOf`). */
  keyInitial: string | null;
  foldInitial: number | null;
}

/** The person's surname's block initials for variant searches, computed the first time they are asked for. */
function keyInitialOf(p: PersonBuild): string {
  return (p.keyInitial ??= blockInitial(p.core));
}

function foldInitialOf(p: PersonBuild): number {
  return (p.foldInitial ??= fold(p.core).charCodeAt(0));
}

function coreOf(w: string): string {
  // Most words start with a capital A–Z and carry no prefix: no regex needed.
  const c0 = w.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90 && !(w.charCodeAt(2) === 45 && (c0 === 65 || c0 === 69))) return w;
  return w.replace(LOWER_PREFIX_RE, '').replace(/^(?:Al|El)-(?=\p{Lu})/u, '');
}

function insertSorted(a: number[], v: number): void {
  const lo = partitionPoint(a.length, (i) => a[i] < v);
  if (lo === a.length) a.push(v);
  else a.splice(lo, 0, v);
}

/** The largest value below `at` in a sorted array, or -1. */
function lastBefore(a: number[], at: number): number {
  const lo = partitionPoint(a.length, (i) => a[i] < at);
  return lo > 0 ? a[lo - 1] : -1;
}

/** A paragraph candidate at absolute offsets (explicit fields: object spread is slow here). */
function toDoc(c: NameCandidate, off: number, paragraph: number): DocCand {
  const parts = c.parts.map((t) => shift(t, off));
  return {
    status: c.status,
    parts,
    surnameFrom: c.surnameFrom,
    surnameFirst: c.surnameFirst,
    honorific: c.honorific ? [c.honorific[0] + off, c.honorific[1] + off] : null,
    possessive: c.possessive ? [c.possessive[0] + off, c.possessive[1] + off] : null,
    inBrackets: c.inBrackets,
    inParens: c.inParens,
    sentenceInitial: c.sentenceInitial,
    detBefore: c.detBefore,
    inList: c.inList,
    alone: c.alone,
    placeBefore: c.placeBefore,
    orgBefore: c.orgBefore,
    companyBefore: c.companyBefore,
    modifierAfter: c.modifierAfter,
    titleBefore: c.titleBefore,
    roleBefore: c.roleBefore,
    context: c.context,
    reportAfter: c.reportAfter,
    brand: c.brand,
    weakSurname: c.weakSurname,
    compound: c.compound !== undefined ? c.compound + off : undefined,
    word: c.word,
    paragraph,
    s: parts[0].s,
    e: parts[parts.length - 1].e,
  };
}

function shift(t: Tok, by: number): Tok {
  return { s: t.s + by, e: t.e + by, w: t.w };
}

function root(p: PersonBuild): PersonBuild {
  while (p.merged) p = p.merged;
  return p;
}

/** What the person index keeps of one paragraph (a pure function of its text and kind). */
interface ParagraphPeople {
  cands: NameCandidate[];
  /** Where each capitalised word occurs (relative offsets), built the first time it is asked for. */
  words: Map<string, number[]> | null;
}

/**
 * Absolute candidates of a cached paragraph where it last sat, and the analysis that last used them.
 * An edit moves every paragraph after it: those keep their candidates, re-based in place (the
 * candidates are read only inside findPeople, and no mention or person keeps one), so a keystroke
 * allocates candidates only for the paragraphs it changed.
 */
interface Placed {
  start: number;
  index: number;
  cands: DocCand[];
  analysis: number;
}
const placed = new WeakMap<ParagraphPeople, Placed>();
/** Counts analyses, so a paragraph written twice in one draft does not share (and re-base) one set of candidates. */
let analyses = 0;

/** A paragraph's person-index entry and where it sits in the draft. */
interface LocalPeople {
  local: ParagraphPeople;
  start: number;
  end: number;
}

export function findPeople(draft: Draft, quotes: Quote[], cache?: ParagraphCache): { people: Person[]; mentions: Mention[] } {
  const locals: LocalPeople[] = [];
  const cands = collectCandidates(draft, cache, locals);
  const b = new PeopleBuild(draft, new CapitalisedIndex(draft, locals, cache !== undefined));
  // Candidates by status, each in text order (one pass; the steps below read only their own kind).
  const singles: DocCand[] = [];
  const fulls: DocCand[] = [];
  const maybes: DocCand[] = [];
  const headlines: DocCand[] = [];
  for (const c of cands) {
    if (c.status === 'single') singles.push(c);
    else if (c.status === 'full') fulls.push(c);
    else if (c.status === 'maybe') maybes.push(c);
    else headlines.push(c);
  }
  // 1. Full names.
  splitRunTogether(fulls, singles);
  placeFulls(b, fulls);
  // 2. Probable full names, confirmed by a bare reuse of the surname or a known person, or listed with one.
  confirmProbables(b, fulls, maybes, singles);
  // How often each bare word is written: a slip is a one-off (see bareVariant).
  for (const c of singles) b.singleUses.set(c.word!.core, (b.singleUses.get(c.word!.core) ?? 0) + 1);
  // 3. Bare names with their own evidence: honorific, or a reporting verb / appositive.
  placeBareWithEvidence(b, singles);
  removeCompanies(b, singles, fulls, organisationTest(draft, b.capWords));
  const index = new PersonIndex(b);
  // 4. Remaining bare tokens: exact surname, given name, or spelling variant of a known person.
  for (const c of singles) if (!b.used.has(c)) placeSingle(b, index, c);
  // 5. Headlines: only names of people the body knows.
  for (const c of headlines) placeHeadline(b, index, c);
  // 6. Merge spelling variants of one person.
  mergeVariants(b.persons, draft.prose);
  return build(draft, quotes, b.persons, b.drafts);
}

/** Every paragraph's candidates at absolute offsets (memoised per paragraph); fills `locals`. */
function collectCandidates(draft: Draft, cache: ParagraphCache | undefined, locals: LocalPeople[]): DocCand[] {
  const cands: DocCand[] = [];
  const analysis = ++analyses;
  for (const p of draft.paragraphs) {
    const text = paragraphText(draft, p);
    const headline = p.kind === 'headline' || p.kind === 'heading';
    const local = memo(cache, headline ? 'people-h' : 'people-b', text, (): ParagraphPeople => {
      const cs = paragraphCandidates(text, headline);
      for (const c of cs) if (c.status === 'single') c.word = singleWord(c);
      return { cands: cs, words: null };
    });
    locals.push({ local, start: p.start, end: p.end });
    for (const c of placedCands(local, p, cache !== undefined, analysis)) cands.push(c);
  }
  return cands;
}

/** A paragraph's candidates at its place in this draft: the cached ones (re-based when the paragraph moved) or new ones. */
function placedCands(local: ParagraphPeople, p: Paragraph, cached: boolean, analysis: number): DocCand[] {
  const last = placed.get(local);
  if (!last || last.analysis === analysis) {
    const cands = local.cands.map((c) => toDoc(c, p.start, p.index));
    if (cached && !last) placed.set(local, { start: p.start, index: p.index, cands, analysis });
    return cands;
  }
  if (last.start !== p.start || last.index !== p.index) rebase(last.cands, p.start - last.start, p.index);
  last.start = p.start;
  last.index = p.index;
  last.analysis = analysis;
  return last.cands;
}

/** Move candidates by `by` (their paragraph now has this index). */
function rebase(cands: DocCand[], by: number, paragraph: number): void {
  for (const c of cands) {
    for (const t of c.parts) {
      t.s += by;
      t.e += by;
    }
    c.s += by;
    c.e += by;
    c.paragraph = paragraph;
    if (c.honorific) {
      c.honorific[0] += by;
      c.honorific[1] += by;
    }
    if (c.possessive) {
      c.possessive[0] += by;
      c.possessive[1] += by;
    }
    if (c.compound !== undefined) c.compound += by;
  }
}

/**
 * Where each capitalised word of the draft occurs. In an editor, per paragraph (kept with the
 * paragraph's cached candidates, so a keystroke indexes only the paragraph it changed); otherwise
 * the word's places found directly, or one index of the whole draft for counts.
 */
class CapitalisedIndex {
  private whole: Map<string, number[]> | null = null;

  constructor(
    private readonly draft: Draft,
    private readonly locals: LocalPeople[],
    private readonly cached: boolean,
  ) {}

  /** Does `f` hold at some absolute offset where `word` (capitalised) is written? */
  some(word: string, f: (at: number) => boolean): boolean {
    if (!this.cached) {
      // No editor will reuse paragraph indexes: the word's own places in the draft, found directly.
      const prose = this.draft.prose;
      for (let at = prose.indexOf(word); at >= 0; at = prose.indexOf(word, at + 1)) if (wordAt(prose, at, word.length) && f(at)) return true;
      return false;
    }
    for (const { local, start, end } of this.locals) {
      const at = (local.words ??= capitalisedWords(this.draft.prose.slice(start, end))).get(word);
      if (at) for (const rel of at) if (f(start + rel)) return true;
    }
    return false;
  }

  /** How often `word` is written. */
  count(word: string): number {
    if (!this.cached) return (this.whole ??= capitalisedWords(this.draft.prose)).get(word)?.length ?? 0;
    let n = 0;
    for (const { local, start, end } of this.locals) n += (local.words ??= capitalisedWords(this.draft.prose.slice(start, end))).get(word)?.length ?? 0;
    return n;
  }
}

/** Does the draft use this word like a company? Asks the word index, never rescans. */
function organisationTest(draft: Draft, words: CapitalisedIndex): (core: string) => boolean {
  return (core: string): boolean => {
    if (!UPPER_RE.test(core)) return looksLikeOrganisation(draft.prose, core);
    return words.some(core, (at) => organisationUseAt(draft.prose, at, core.length));
  };
}

function fullCore(c: DocCand): string {
  const sur = c.surnameFirst ? c.parts.slice(0, 1) : c.parts.slice(c.surnameFrom).filter((t) => !PARTICLES.has(t.w));
  return coreOf(sur[sur.length - 1].w);
}

function fullGiven(c: DocCand): string | null {
  return (c.surnameFirst ? c.parts.slice(1).map((t) => t.w).join(' ') || null : c.parts[0].w) ?? null;
}

function compatibleGiven(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || (a.length === 1 || b.length === 1 ? a.charAt(0) === b.charAt(0) : false);
}

/** The people of one draft as they are built, and the mentions given to them. */
class PeopleBuild {
  readonly persons: PersonBuild[] = [];
  readonly drafts: Draftee[] = [];
  readonly used = new Set<DocCand>();
  /** People by core surname, in order of creation (as `persons` is until companies are removed). */
  readonly personsByCore = new Map<string, PersonBuild[]>();
  /** How often each bare word is written (filled after the full names are placed). */
  readonly singleUses = new Map<string, number>();
  constructor(
    readonly draft: Draft,
    /** Where each capitalised word of the draft occurs. */
    readonly capWords: CapitalisedIndex,
  ) {}

  newPerson(core: string, firstGiven: string | null, at: number, bare: boolean): PersonBuild {
    const p: PersonBuild = { uid: this.persons.length, core, firstGiven, firstFull: at, fulls: [], starts: [], mentions: [], merged: null, bare, keyInitial: null, foldInitial: null };
    this.persons.push(p);
    const l = this.personsByCore.get(core);
    if (l) l.push(p);
    else this.personsByCore.set(core, [p]);
    return p;
  }

  withCore(core: string): PersonBuild[] {
    return this.personsByCore.get(core) ?? [];
  }

  addMention(c: DocCand, person: PersonBuild, kind: MentionKind, parts: Tok[], surnameFrom: number, surnameFirst: boolean): Draftee {
    const givenToks = kind === 'surname' ? [] : kind === 'given' ? parts : surnameFirst ? parts.slice(1) : parts.slice(0, surnameFrom);
    const surToks = kind === 'given' ? [] : surnameFirst ? parts.slice(0, 1) : parts.slice(surnameFrom);
    const coreTok = surToks.filter((t) => !PARTICLES.has(t.w));
    const compound = kind === 'surname' && c.compound !== undefined && c.compound < parts[0].s ? c.compound : null;
    const d: Draftee = {
      kind,
      start: compound ?? parts[0].s,
      end: parts[parts.length - 1].e,
      given: givenToks.length ? { start: givenToks[0].s, end: givenToks[givenToks.length - 1].e } : null,
      surname: surToks.length ? { start: compound ?? surToks[0].s, end: surToks[surToks.length - 1].e } : null,
      honorific: c.honorific ? { start: c.honorific[0], end: c.honorific[1] } : null,
      possessive: c.possessive && parts[parts.length - 1] === c.parts[c.parts.length - 1] ? { start: c.possessive[0], end: c.possessive[1] } : null,
      paragraph: c.paragraph,
      inBrackets: c.inBrackets,
      person,
      core: coreTok.length ? coreOf(coreTok[coreTok.length - 1].w) : null,
      // East Asian given names are one unit: "Jong Un" (AP) / "Jong-un" (BBC).
      firstGiven: givenToks.length ? (surnameFirst ? givenToks.map((t) => t.w).join(' ') : givenToks[0].w) : null,
    };
    person.mentions.push(d);
    if (kind !== 'given') insertSorted(person.starts, d.start);
    if (kind === 'full') person.fulls.push(d.start);
    this.drafts.push(d);
    this.used.add(c);
    return d;
  }

  /** A full name: a mention of the person it names (a new one when none fits), or of its owner. */
  placeFull(c: DocCand): void {
    const core = fullCore(c);
    const given = fullGiven(c);
    // "Blair Babes", "Clinton Foundation": a known person's surname used as a modifier.
    if (given && !c.surnameFirst && !c.honorific && !c.titleBefore && !c.context && this.withCore(given).some((p) => p.firstGiven !== null)) return;
    // "Goalscorer Toure" where the copy names Kolo Toure: a descriptor and the surname of that person.
    if (descriptorFirst(c)) {
      const owner = this.withCore(core).find((p) => !p.bare && p.firstGiven !== null && p.firstGiven !== given && !DESCRIPTOR_RE.test(p.firstGiven));
      if (owner) {
        this.addMention(c, owner, 'surname', c.parts.slice(c.surnameFrom), 0, false);
        return;
      }
    }
    const owner = this.longerNameOwner(c, core, given);
    if (owner) {
      this.addMention(c, owner, 'surname', c.parts, 0, false);
      return;
    }
    let p = this.withCore(core).find((x) => !x.bare && x.firstGiven !== null && compatibleGiven(x.firstGiven, given));
    if (!p) p = this.newPerson(core, given, c.s, false);
    this.addMention(c, p, 'full', c.parts, c.surnameFrom, c.surnameFirst);
  }

  /**
   * "Symmons Roberts" after "Michael Symmons Roberts", "Bin Laden" after "Osama bin Laden": the end
   * of a longer name met earlier is that person's surname of several words, not a new person.
   */
  longerNameOwner(c: DocCand, core: string, given: string | null): PersonBuild | undefined {
    if (c.surnameFirst || !given || (isGivenName(given) && !PARTICLES.has(given.toLowerCase())) || isInitial(c.parts[0], this.draft.prose)) return undefined;
    const tail = ' ' + c.parts.map((t) => t.w.toLowerCase()).join(' ');
    return this.withCore(core).find((p) => !p.bare && p.mentions.some((m) => m.kind === 'full' && m.end - m.start > tail.length &&
      this.draft.prose.slice(m.start, m.end).replace(/\s+/g, ' ').toLowerCase().endsWith(tail)));
  }

  /**
   * A one-off slip in a given name used alone ("Jacub" where the copy names Jacob Mertens): the
   * people introduced in full under that given name.
   */
  givenSlipOf(c: DocCand): PersonBuild[] {
    const core = c.word!.core;
    if (c.honorific || !c.alone || c.inList || c.detBefore || this.singleUses.get(core) !== 1 || core.length < 4 || !/^\p{L}+$/u.test(core)) return [];
    // A capitalised word opening a sentence is a slip only with a person's context ("Jacub said").
    if (c.sentenceInitial && !c.reportAfter && !c.context) return [];
    if (isNonNameWord(core) || isKnownSurname(core) || MONTH_SET.has(lookupKey(core)) || ownName(this.draft.prose, c)) return [];
    const f = fold(core);
    return this.persons.filter((p) => !p.bare && p.firstGiven !== null && p.firstGiven.length >= 4 && !/\s/.test(p.firstGiven) &&
      (fold(p.firstGiven) === f || (deskSlip(f, fold(p.firstGiven)) && givenVariant(core, p.firstGiven))));
  }
}

/**
 * Full names in text order. A capitalised descriptor before a surname ("Goalscorer Toure",
 * "Man-of-the-match Duff") is placed after every other full name, so that it finds the person it
 * describes wherever that is named.
 */
function placeFulls(b: PeopleBuild, fulls: DocCand[]): void {
  const deferred: DocCand[] = [];
  for (const c of fulls) {
    if (descriptorFirst(c)) deferred.push(c);
    else b.placeFull(c);
  }
  for (const c of deferred) b.placeFull(c);
}

/** Where the full names placed so far start and end, and the brands that may link listed names. */
interface ListEnds {
  fullEnds: Set<number>;
  fullStarts: Set<number>;
  /** Brands named like people, by end and start: a bridge between listed names, never an anchor. */
  brandByEnd: Map<number, DocCand>;
  brandByStart: Map<number, DocCand>;
}

function listEnds(b: PeopleBuild, fulls: DocCand[], maybes: DocCand[]): ListEnds {
  const ends: ListEnds = { fullEnds: new Set(), fullStarts: new Set(), brandByEnd: new Map(), brandByStart: new Map() };
  for (const c of fulls) {
    if (c.honorific || !b.used.has(c) || c.parts[0].w.length <= 2) continue;
    ends.fullEnds.add(c.possessive ? c.possessive[1] : c.e);
    ends.fullStarts.add(c.s);
  }
  for (const c of maybes) {
    if (!c.brand) continue;
    ends.brandByEnd.set(c.possessive ? c.possessive[1] : c.e, c);
    ends.brandByStart.set(c.s, c);
  }
  return ends;
}

function addListEnd(ends: ListEnds, c: DocCand): void {
  ends.fullEnds.add(c.possessive ? c.possessive[1] : c.e);
  ends.fullStarts.add(c.s);
}

/** Is `c` next to a full name in a list ("Chuck Berry, Willie Mays and Thurgood Marshall"), maybe through a brand? */
function listedWithFull(prose: string, ends: ListEnds, c: DocCand, viaBrand = true): boolean {
  const before = /(?:,| and|, and) $/.exec(prose.slice(Math.max(0, c.s - 5), c.s));
  if (before && ends.fullEnds.has(c.s - before[0].length)) return true;
  const after = /^(?:,| and|, and) /.exec(prose.slice(c.e, c.e + 6));
  if (after && ends.fullStarts.has(c.e + after[0].length)) return true;
  if (!viaBrand) return false;
  const br = (before && ends.brandByEnd.get(c.s - before[0].length)) || (after && ends.brandByStart.get(c.e + after[0].length));
  return !!br && listedWithFull(prose, ends, br, false);
}

/** Listed with a full name, and not in a team sheet ("G Murphy; G Dempsey, B O'Driscoll"): initials or semicolons mark one. */
function listed(prose: string, ends: ListEnds, c: DocCand): boolean {
  return !c.orgBefore && !c.companyBefore && !c.placeBefore && !c.detBefore &&
    c.parts[0].w.length > 2 && !/;/.test(prose.slice(Math.max(0, c.s - 80), c.e + 80)) && listedWithFull(prose, ends, c);
}

/**
 * "Donald Tramp" where the copy writes Donald Trump's surname twice: a person's own given name
 * before an ordinary word one desk slip from that person's surname, the word written nowhere else.
 * (A name word that is no ordinary word may follow "of" or "the": "the plan of Barack Ubada".)
 */
function surnameSlipOfNamed(b: PeopleBuild, c: DocCand, core: string): boolean {
  if (c.parts.length !== 2 || c.inList || (c.detBefore && c.weakSurname)) return false;
  const given = c.parts[0].w;
  const f = fold(core);
  const near = b.persons.filter((p) => !p.bare && p.firstGiven === given && p.core !== core && deskSlip(f, fold(p.core)) && spellingVariant(core, p.core) !== null);
  if (near.length === 0) return false;
  return b.capWords.count(core) <= 1 && near.some((p) => b.capWords.count(p.core) >= 2);
}

/**
 * "Roly Keswood … Mr Keswod described": a bare reuse misspelled by one desk slip, written once,
 * where a person stands (a courtesy title, a verb of speech, a role): such words by first folded letter.
 */
function slipSingles(singles: DocCand[]): Map<string, string[]> {
  const uses = new Map<string, number>();
  for (const x of singles) uses.set(x.word!.core, (uses.get(x.word!.core) ?? 0) + 1);
  const out = new Map<string, string[]>();
  for (const x of singles) {
    const w = x.word!.core;
    if (x.detBefore || x.inList || !x.alone || uses.get(w) !== 1 || w.length < 3 || !(x.honorific || x.reportAfter || x.context || x.roleBefore)) continue;
    const f = fold(w);
    const l = out.get(f.charAt(0));
    if (l) l.push(w);
    else out.set(f.charAt(0), [w]);
  }
  return out;
}

/** Is `core` (a probable name's surname) reused once, misspelled by one desk slip, where a person stands? */
function slipReuse(slips: Map<string, string[]>, core: string): boolean {
  const f = fold(core);
  if (f.length < 4) return false;
  return (slips.get(f.charAt(0)) ?? []).some((w) => deskSlip(fold(w), f) && isSlip(spellingVariant(w, core), w, core));
}

/**
 * Probable full names, confirmed by a bare reuse of the surname or a known person (a reuse
 * spelled differently counts too: "Abdellatif Kechiche … Kéchiche said"), or listed with a full name.
 */
function confirmProbables(b: PeopleBuild, fulls: DocCand[], maybes: DocCand[], singles: DocCand[]): void {
  let bareKeys: Set<string> | null = null;
  let personKeys: Set<string> | null = null;
  let slips: Map<string, string[]> | null = null;
  // Full names placed so far, by start and end: a probable name listed with them is a person too.
  const ends = listEnds(b, fulls, maybes);
  const pending: DocCand[] = [];
  for (const c of maybes) {
    if (c.brand) continue;
    const core = fullCore(c);
    let ok: boolean;
    if (c.weakSurname) {
      personKeys ??= new Set(singles.filter((x) => !x.detBefore && (x.honorific || x.reportAfter || x.context) && !x.placeBefore).map((x) => translitKey(x.word!.core)));
      ok = personKeys.has(translitKey(core)) || surnameSlipOfNamed(b, c, core);
    } else {
      bareKeys ??= new Set(singles.filter((x) => !x.detBefore).map((x) => translitKey(x.word!.core)));
      ok = bareKeys.has(translitKey(core)) || b.personsByCore.has(core) || surnameSlipOfNamed(b, c, core) || slipReuse((slips ??= slipSingles(singles)), core);
    }
    if (ok) {
      b.placeFull(c);
      if (b.used.has(c)) addListEnd(ends, c);
    } else pending.push(c);
  }
  // Lists, both ways: "Chuck Berry, Willie Mays and Thurgood Marshall".
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of pending) {
      if (b.used.has(c) || !listed(b.draft.prose, ends, c)) continue;
      b.placeFull(c);
      if (!b.used.has(c)) continue;
      addListEnd(ends, c);
      changed = true;
    }
  }
}

/** Bare names with their own evidence (honorific, reporting verb, appositive, role word): people of their own. */
function placeBareWithEvidence(b: PeopleBuild, singles: DocCand[]): void {
  const fullCores = new Set(b.persons.map((p) => p.core));
  const fullGivens = new Set(b.persons.map((p) => p.firstGiven));
  for (const c of singles) {
    const core = c.word!.core;
    if (fullCores.has(core) || fullGivens.has(core) || b.givenSlipOf(c).length > 0) continue;
    // ("Mr Gate" beside Bill Gates is a slip for that person: left to the variant search below.)
    if (c.honorific && core.length >= 4 && fullCores.has(core + 's')) continue;
    if (!bareHasEvidence(c, core)) continue;
    let p = b.withCore(core).find((x) => x.bare);
    if (!p) p = b.newPerson(core, null, c.s, true);
    b.addMention(c, p, 'surname', c.parts, 0, false);
  }
}

function bareHasEvidence(c: DocCand, core: string): boolean {
  const possessiveKnown = !!c.possessive && isKnownSurname(core) && !c.detBefore;
  if (!c.honorific && !c.context && !c.roleBefore && !possessiveKnown) return false;
  // One name in a list of names ("Tory Mazzola, Jim Merrill, …") is not evidence on its own.
  if (c.inList && !c.honorific) return false;
  const strongContext = (c.context || c.roleBefore || possessiveKnown) && !c.detBefore && !c.placeBefore && !isNonNameWord(core) &&
    (isKnownSurname(core) || !c.sentenceInitial || c.reportAfter);
  if (c.orgBefore && !c.honorific) return false;
  // "former Westlife star Brian McFadden": the word is what the role belongs to, not a person.
  if (c.modifierAfter && !c.honorific) return false;
  // A word left over from a longer capitalised run ("Small Businesses") needs a role word.
  if (!c.alone && !c.honorific && !c.roleBefore) return false;
  const pluralNoun = c.sentenceInitial && !c.honorific && /s$/.test(core) && !isKnownSurname(core) && AGENT_PLURAL_RE.test(core);
  return !!c.honorific || (strongContext && !pluralNoun);
}

/**
 * A bare name that the draft also treats as a company ("Yukos said its …", "Yukos shares", "the
 * Yukos deal") is not a person, unless an honorific or a role word vouches for it. So is one the
 * draft calls a firm or a band anywhere ("anti-virus firm Sophos").
 */
function removeCompanies(b: PeopleBuild, singles: DocCand[], fulls: DocCand[], usedLikeOrganisation: (core: string) => boolean): void {
  const { persons } = b;
  const describedAsCompany = new Set<string>();
  // A full name right after such a word is a company or band too ("Glasgow group Franz Ferdinand").
  const companyFullAt = new Set<number>();
  for (const c of singles) if (c.companyBefore) describedAsCompany.add(c.word!.core);
  for (const c of fulls) if (c.companyBefore && !c.honorific) companyFullAt.add(c.s);
  // A one-off bare word a desk slip from a person introduced in full ("Mouinho said it was
  // time" beside José Mourinho) stands where that person does: the "said it" is the person's.
  const slipOfNamed = (p: PersonBuild): boolean => p.mentions.length === 1 &&
    persons.some((q) => !q.bare && q !== p && isSlip(spellingVariant(p.core, q.core), p.core, q.core) && deskSlip(fold(p.core), fold(q.core)));
  for (let i = persons.length - 1; i >= 0; i--) {
    const p = persons[i];
    if (p.mentions.some((m) => m.honorific !== null)) continue;
    const company = p.bare
      ? describedAsCompany.has(p.core) || (usedLikeOrganisation(p.core) && !slipOfNamed(p))
      : (companyFullAt.size > 0 && p.mentions.some((m) => m.kind === 'full' && companyFullAt.has(m.start))) || fullNameUsedLikeFirm(b.draft.prose, p);
    if (!company) continue;
    const gone = new Set(p.mentions);
    const drafts = b.drafts;
    let w = 0;
    for (let r = 0; r < drafts.length; r++) if (!gone.has(drafts[r])) drafts[w++] = drafts[r];
    drafts.length = w;
    persons.splice(i, 1);
  }
}

function pushTo(m: Map<string, PersonBuild[]>, k: string, p: PersonBuild): void {
  const l = m.get(k);
  if (!l) m.set(k, [p]);
  else if (l[l.length - 1] !== p) l.push(p);
}

/** Union of two uid-ordered lists, in uid order. */
function unionByUid(a: PersonBuild[], b: PersonBuild[]): PersonBuild[] {
  const block: PersonBuild[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].uid < b[j].uid)) block.push(a[i++]);
    else if (i >= a.length || b[j].uid < a[i].uid) block.push(b[j++]);
    else {
      block.push(a[i++]);
      j++;
    }
  }
  return block;
}

/** The people found so far, indexed for the bare words and headlines that still need a person. */
class PersonIndex {
  readonly byCore = new Map<string, PersonBuild[]>();
  readonly byGivenName = new Map<string, PersonBuild[]>();
  /** People by folded surname, and by first letter of the folded / transliterated surname (in
   * `persons` order): a variant search looks at its block only. */
  readonly byFold = new Map<string, PersonBuild[]>();
  readonly byInitial = new Map<string, PersonBuild[]>();
  /** The answer depends on the word and the candidate's honorific/alone/list/determiner flags only
   * (people do not change until the merge), so each is computed once per analysis: by word, then
   * by `variantFlags`. */
  readonly variantMemo = new Map<string, (PersonBuild[] | undefined)[]>();

  constructor(readonly b: PeopleBuild) {
    for (const p of b.persons) {
      const list = this.byCore.get(p.core);
      if (list) list.push(p);
      else this.byCore.set(p.core, [p]);
      if (!p.bare && p.firstGiven !== null) {
        const g = this.byGivenName.get(p.firstGiven);
        if (g) g.push(p);
        else this.byGivenName.set(p.firstGiven, [p]);
      }
    }
    for (const p of b.persons) {
      const f = fold(p.core);
      pushTo(this.byFold, f, p);
      const k = translitKey(p.core);
      if (k.length) pushTo(this.byInitial, 'k' + keyInitialOf(p), p);
      if (f.length) pushTo(this.byInitial, 'f' + f.charAt(0), p);
    }
  }

  variantsOf(core: string, c: NameCandidate, flags = variantFlags(c)): PersonBuild[] {
    let byFlags = this.variantMemo.get(core);
    if (byFlags === undefined) {
      byFlags = [];
      this.variantMemo.set(core, byFlags);
    }
    let r = byFlags[flags];
    if (r === undefined) {
      r = this.variantsOfRaw(core, c);
      byFlags[flags] = r;
    }
    return r;
  }

  /** People whose surname `core` may be a spelling variant of. */
  variantsOfRaw(core: string, c: NameCandidate): PersonBuild[] {
    const singleUses = this.b.singleUses;
    // Ordinary words ("Sales", "But") can only be an accented spelling of a name.
    const ordinary = !c.honorific && isCommonWord(core);
    if (ordinary && !ordinaryWordSlip(core, c, true)) {
      const f = fold(core);
      return (this.byFold.get(f) ?? []).filter((p) => p.core !== core);
    }
    const tk = translitKey(core);
    const fk = fold(core);
    const k0 = blockInitial(core);
    const f0 = fold(core).charCodeAt(0);
    const a = tk.length ? this.byInitial.get('k' + k0) ?? [] : [];
    const b = fk.length ? this.byInitial.get('f' + fk.charAt(0)) ?? [] : [];
    const block = !b.length || a === b ? a : !a.length ? b : unionByUid(a, b);
    return block.filter((p) => Math.abs(p.core.length - core.length) <= 4 &&
      (keyInitialOf(p) === k0 || foldInitialOf(p) === f0) && bareVariant(core, p.core, c, singleUses.get(core) === 1, p.fulls.length + (singleUses.get(p.core) ?? 0)) &&
      (p.fulls.length + (singleUses.get(p.core) ?? 0) > 1 || (!addsLetter(core, p.core) && !ordinary)) &&
      // A word left from a longer run ("American Beauty") only as a clear transliteration.
      (c.alone || spellingVariant(core, p.core) === 'translit'));
  }
}

/** The person of `list` named last before `at` (the first introduced when none is). */
function mostRecent(list: PersonBuild[], at: number): PersonBuild {
  let best: PersonBuild | null = null;
  let bestPos = -1;
  for (const p of list) {
    const pos = lastBefore(p.starts, at);
    if (pos > bestPos) {
      best = p;
      bestPos = pos;
    }
  }
  if (best) return best;
  return list.reduce((a, b) => (a.firstFull <= b.firstFull ? a : b));
}

/**
 * Two people of one surname (Bill and Hillary Clinton): "Mrs. Clinton", "Clinton said she …" go
 * to the one whose given name agrees, not to the one named last.
 */
function bySex(prose: string, list: PersonBuild[], c: DocCand): PersonBuild | null {
  return agreeingOne(list, (p) => p.firstGiven, referenceSex(prose, c.possessive ? c.possessive[1] : c.e, c.honorific ? prose.slice(c.honorific[0], c.honorific[1]) : null));
}

/** A bare word still without a person: exact surname, given name, or spelling variant of a known person. */
function placeSingle(b: PeopleBuild, index: PersonIndex, c: DocCand): void {
  const prose = b.draft.prose;
  const { core, commonish, givenName } = c.word!;
  // "Mr.Benn" glued to its honorific is a title as written (a programme), not a reference.
  if (c.s > 2 && prose.charCodeAt(c.s - 1) === 46 && /\b(?:Mr|Mrs|Ms|Dr)\.$/.test(prose.slice(c.s - 4, c.s))) return;
  // "May 5", "the Brown family" of a common-word surname are not the person.
  const exact = index.byCore.get(core) ?? [];
  if (exact.length) {
    if (commonish && (c.detBefore || /^\s*\d/.test(prose.slice(c.e, c.e + 3)))) return;
    // "in May", "since March": a month after a preposition is the month, not Theresa May.
    if (!c.honorific && MONTH_SET.has(lookupKey(core)) && (c.placeBefore || MONTH_PREPS.has(lookupKey(previousWord(prose, c.s).word)))) return;
    b.addMention(c, exact.length > 1 && bySex(prose, exact, c) || mostRecent(exact, c.s), 'surname', c.parts, 0, false);
    return;
  }
  if (!c.honorific && givenName && !commonish) {
    const byGiven = index.byGivenName.get(core) ?? [];
    if (byGiven.length) {
      b.addMention(c, mostRecent(byGiven, c.s), 'given', c.parts, 0, false);
      return;
    }
  }
  if (ownName(prose, c)) return;
  const variantOf = index.variantsOf(core, c, c.word!.variantFlags);
  if (variantOf.length) {
    b.addMention(c, mostRecent(variantOf, c.s), 'surname', c.parts, 0, false);
    return;
  }
  const givenOf = b.givenSlipOf(c);
  if (givenOf.length) b.addMention(c, mostRecent(givenOf, c.s), 'given', c.parts, 0, false);
}

/** A headline's words that name people the body knows. */
function placeHeadline(b: PeopleBuild, index: PersonIndex, c: DocCand): void {
  for (let x = 0; x < c.parts.length; x++) {
    const t = c.parts[x];
    const core = coreOf(t.w);
    let matches = index.byCore.get(core) ?? [];
    if (!matches.length) matches = index.variantsOf(core, c);
    if (!matches.length) continue;
    const prev = x > 0 ? c.parts[x - 1] : null;
    const withGiven = prev ? matches.find((p) => p.firstGiven !== null && givenVariant(prev.w, p.firstGiven)) : undefined;
    const person = withGiven ?? mostRecent(matches, c.s);
    const last = x === c.parts.length - 1;
    const hc: DocCand = { ...c, possessive: last ? c.possessive : null };
    if (withGiven && prev) b.addMention(hc, person, 'full', [prev, t], 1, false);
    else b.addMention(hc, person, 'surname', [t], 0, false);
  }
}

/**
 * Two full names run together with no comma between ("Rodney Dunmore Mitt Ralston", a list
 * typed without its comma) are two people, never one name: split where a given name follows the
 * first name's surname, when the draft names either half elsewhere (that surname bare, or either
 * half in full). "George Herbert Walker Bush" is not split: no half of it is named elsewhere.
 */
function splitRunTogether(fulls: DocCand[], singles: DocCand[]): void {
  const long = fulls.filter((c) => c.parts.length >= 4 && !c.surnameFirst);
  if (long.length === 0) return;
  const bare = new Set(singles.map((c) => c.word!.core));
  const text = (ts: Tok[]) => ts.map((t) => t.w).join(' ');
  const named = new Set(fulls.filter((c) => c.parts.length <= 3).map((c) => text(c.parts)));
  for (const c of long) {
    const n = c.parts.length;
    for (let k = 2; k <= n - 2; k++) {
      const [one, two] = [c.parts.slice(0, k), c.parts.slice(k)];
      if (!isGivenName(one[0].w) || !isGivenName(two[0].w) || PARTICLES.has(one[k - 1].w)) continue;
      if (!bare.has(coreOf(one[k - 1].w)) && !named.has(text(one)) && !named.has(text(two))) continue;
      const first: DocCand = { ...c, parts: one, surnameFrom: k - 1, possessive: null, e: one[k - 1].e };
      const second: DocCand = { ...c, parts: two, surnameFrom: n - k - 1, honorific: null, titleBefore: false, roleBefore: false, detBefore: false, sentenceInitial: false, inList: true, s: two[0].s };
      fulls.splice(fulls.indexOf(c), 1, first, second);
      break;
    }
  }
}

/** Agent nouns and hyphenated phrases written with a capital before a surname: "Goalscorer", "Man-of-the-match". */
const DESCRIPTOR_RE = /^\p{Lu}\p{Ll}{3,}(?:er|or|ist)$|^\p{Lu}\p{Ll}*-\p{Ll}/u;

/** A full-name candidate whose first word is a descriptor, not a given name ("Matchwinner Keane"). */
function descriptorFirst(c: DocCand): boolean {
  if (c.surnameFirst || c.honorific || c.surnameFrom !== 1 || c.parts.length !== 2) return false;
  const w = c.parts[0].w;
  return DESCRIPTOR_RE.test(w) && !isGivenName(w) && !isKnownSurname(w);
}

const FIRM_AFTER_FULL_RE = /^(?:'s|’s|')?\s+(?:shares|share price|shareholders|stores|outlets|customers|pre-tax|turnover|stock)\b/;
const FIRM_BEFORE_FULL_RE = /\b(?:shares in|shares of|stake in|takeover of|takeover bid for|customers of)\s+$/;

/**
 * A full name the draft uses like a firm at one of its full mentions: "Harvey Nichols shares", "a
 * stake in Ted Baker". (Only the person's own mentions are looked at, never the whole draft again.)
 */
function fullNameUsedLikeFirm(prose: string, p: PersonBuild): boolean {
  for (const m of p.mentions) {
    if (m.kind !== 'full') continue;
    if (FIRM_AFTER_FULL_RE.test(prose.slice(m.end, m.end + 30)) || FIRM_BEFORE_FULL_RE.test(prose.slice(Math.max(0, m.start - 30), m.start))) return true;
  }
  return false;
}

const MONTH_SET = new Set(MONTHS);
const MONTH_PREPS = new Set(['in', 'since', 'until', 'till', 'by', 'before', 'after', 'during', 'of', 'last', 'next', 'early', 'late', 'mid', 'end', 'from', 'to', 'through', 'this', 'that', 'every']);

/** Plural agent nouns at the start of a sentence: "Prosecutors said", "Organisers said". */
const AGENT_PLURAL_RE = /(?:ers|ors|ists|ants|ents|ians|ees|ives|ies|ons)$/;

const ORG_NOUNS = 'shares?|stock|boss|bosses|chief|executives?|spokes(?:man|woman|person)|staff|profits?|sales|customers|' +
  'stores?|shareholders|deal|bid|stake|board|workers|plant|brands?|products?|unit|subsidiary|owners?|chairman|founder|' +
  'employees|network|website|site|users|software|services?|group|management|takeover|merger|accounts|results|' +
  'earnings|revenues?|debts?|assets|factory|factories|offices|headquarters|chain|firm|company|bank|airline|fund';
const ORG_AFTER_RE = new RegExp(`^(?:'s|’s)?\\s+(?:${ORG_NOUNS})\\b`);

/** Does the draft use this word like a company: "the Yukos deal", "Yukos shares", "Yukos said its"? */
function looksLikeOrganisation(prose: string, core: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(core)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of prose.matchAll(re)) if (organisationUseAt(prose, m.index ?? 0, core.length)) return true;
  return false;
}

/** Is the word at `at` (length `len`) used like a company there? */
function organisationUseAt(prose: string, at: number, len: number): boolean {
  const after = prose.slice(at + len, at + len + 40);
  if (ORG_AFTER_RE.test(after)) return true;
  if (/^(?:'s|’s)?,?\s+(?:said|says|has said|announced|reported|added|confirmed|denied|insisted)\s+(?:it|its)\b/.test(after)) return true;
  if (/^\s+(?:Inc|Ltd|plc|Corp|AG|SA|NV)\b/.test(after)) return true;
  if (/(?:^|[^\p{L}])(?:the|its|a)\s+$/iu.test(prose.slice(Math.max(0, at - 5), at))) return true;
  return false;
}

const WORDISH_RE = /[\p{L}\p{M}\p{N}'’\-]+/gu;
const LN_RE = /[\p{L}\p{N}]/u;

/** Is the code point ending just before `k` a letter or digit? */
function letterBefore(text: string, k: number): boolean {
  if (k <= 0) return false;
  const lo = text.charCodeAt(k - 1);
  const cp = lo >= 0xdc00 && lo <= 0xdfff && k >= 2 ? text.codePointAt(k - 2)! : lo;
  return LN_RE.test(String.fromCodePoint(cp));
}

/**
 * Is `text[at, at + len)` (letters, marks, digits, apostrophes and hyphens, starting with a
 * capital) a word that `capitalisedWords` lists: no letter or digit just before or after it?
 */
function wordAt(text: string, at: number, len: number): boolean {
  const after = text.codePointAt(at + len);
  return !letterBefore(text, at) && (after === undefined || !LN_RE.test(String.fromCodePoint(after)));
}

/**
 * Every string that a search for a capitalised word with letter/digit boundaries would find in a
 * paragraph (whole words and the parts after an apostrophe or hyphen: "Assad" in "al-Assad"),
 * with its relative offsets.
 */
function capitalisedWords(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of text.matchAll(WORDISH_RE)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    const ends: number[] = [];
    for (let k = s + 1; k <= e; k++) if (k === e || !LN_RE.test(String.fromCodePoint(text.codePointAt(k)!))) ends.push(k);
    for (let q = s; q < e; q++) {
      if (!UPPER_RE.test(text.slice(q, q + 2)) || letterBefore(text, q)) continue;
      for (const k of ends) {
        if (k <= q) continue;
        const w = text.slice(q, k);
        const l = out.get(w);
        if (l) l.push(q);
        else out.set(w, [q]);
      }
    }
  }
  return out;
}

const OWN_BEFORE_RE = /(?:(?<![\p{L}.])\p{Lu}\.?|\b(?:da|dal|dalla|de|del|della|der|di|do|dos|du|la|le|van|von)|Ol['’]|\p{Lu}\p{Ll}*['’]s)\s+$/u;

/**
 * A bare word that carries its own identity, so it is no slip for someone else's name: a regnal
 * number after it ("Muhammad V"), an initial or a particle before it ("D dal Maso", "J Thomas"),
 * a capitalised possessive before it (the "Governor's Ball").
 */
function ownName(prose: string, c: DocCand): boolean {
  if (regnalAfter(prose, c.e)) return true;
  // (The pattern ends in white space: not after a printable ASCII character or at the start.)
  const before = c.s > 0 ? prose.charCodeAt(c.s - 1) : 33;
  if (before > 32 && before < 127) return false;
  return OWN_BEFORE_RE.test(prose.slice(Math.max(0, c.s - 24), c.s));
}

/**
 * Is a bare token a spelling variant of a known person's surname (not just a similar word)?
 * `once`: the token is written once in the draft (a desk slip is a one-off); `uses`: how often the
 * surname is written.
 */
function bareVariant(token: string, surname: string, c: NameCandidate, once: boolean, uses: number): boolean {
  if (token === surname) return false;
  const frequent = uses >= 3 && !c.inParens;
  // "Mr Gate" where the copy names Bill Gates: a courtesy title before the surname less its final s.
  if (c.honorific && token.length >= 4 && surname === token + 's') return true;
  const v = spellingVariant(token, surname);
  if (!v) return false;
  if (fold(token) === fold(surname)) return true;
  if (bothOrdinary(token, surname)) return ordinarySurnameSlip(token, surname, c, once, uses);
  // An ordinary word, place or demonym ("the 22-year-old Scot") is that word, unless an honorific
  // makes it a name ("Mr Rainnes").
  if (v === 'translit') return !isNonNameWord(token) || !!c.honorific;
  // A name in a list is a name of its own (a team sheet: Horan beside Horgan).
  if (c.inList) return false;
  // A one-off desk slip (Cinton for Clinton, Obame for Obama), also after "of" or "the" ("the
  // Tremp campaign"): a word of its own would be known, or written again.
  // A slip that makes another known name (Allen → Allan, Sanders → Sandes) is still the slip where
  // it stands in a person's place: that other name is nobody else in the draft (written once).
  const knownName = (isGivenName(token) || isKnownSurname(token)) && !(personSlot(c) || c.honorific) || c.detBefore && isKnownSurname(token);
  const slip = isSlip(v, token, surname) && once && !knownName && !MONTH_SET.has(lookupKey(token));
  // An ordinary word is a slip only where a person stands ("Tramp said", "President Bash").
  if (isNonNameWord(token) && !c.honorific && !(slip && deskSlip(fold(token), fold(surname)) && ordinaryWordSlip(token, c, frequent))) return false;
  if (slip) return true;
  if (c.detBefore || v === 'vowel') return false;
  return v === 'edit' && Math.min(token.length, surname.length) >= 6 && !isKnownSurname(token);
}

/**
 * Two ordinary surnames (Johnson/Johnston, Baker/Bakker, Smith/Smyth) are two names, unless one is
 * written once, bare, where a person stands (a courtesy title, a verb of speech, a role; not in a
 * list, not after "the"), one desk slip from the surname of a person the draft names twice or
 * more, or once under a courtesy title ("Mr Bakker" names someone introduced, and no one is
 * introduced by it): a desk queries "Mr Bakker said" in a story about Norman Baker. Never an
 * ordinary English word ("Ran", "Gay").
 */
function ordinarySurnameSlip(token: string, surname: string, c: NameCandidate, once: boolean, uses: number): boolean {
  if (!once || (uses < 2 && !c.honorific) || isCommonWord(token) || !c.alone || c.inList || c.detBefore || c.inBrackets) return false;
  return (personSlot(c) || !!c.honorific) && deskSlip(fold(token), fold(surname));
}

/** Is `at` inside round brackets opened in the last 60 characters ("(pronounced Calmer)")? */
function inParentheses(prose: string, at: number): boolean {
  // (The last bracket within 60 characters before `at` opens: found without cutting the window out.)
  for (let k = at - 1; k >= Math.max(0, at - 60); k--) {
    const c = prose.charCodeAt(k);
    if (c === 40) return true;
    if (c === 41) return false;
  }
  return false;
}

/** A capitalised word in a person's place: after a role, before a verb of speech, as a subject or a possessive. */
function personSlot(c: NameCandidate): boolean {
  return c.roleBefore || c.reportAfter || c.context || (!!c.possessive && !c.sentenceInitial);
}

/**
 * An ordinary English word one slip from a person's surname, capitalised in a person's place
 * (after a role, before a verb of speech, a possessive mid-sentence; not after "the", not in a
 * longer capitalised run or a list): the surname misspelled ("Tramp said"), never a place,
 * organisation or month, nor a gloss ("Colmer (pronounced Calmer)"). `frequent`: the surname is
 * written three times or more and the word is outside brackets; then any capitalised use
 * mid-sentence, or a possessive opening a sentence, is the slip too ("espoused by Tramp").
 */
function ordinaryWordSlip(token: string, c: NameCandidate, frequent: boolean): boolean {
  if (!isCommonWord(token) || isPlace(token) || isOrg(token) || isDemonym(token) || isTimeWord(token)) return false;
  return c.alone && !c.detBefore && !c.inList && !c.inBrackets && (personSlot(c) || (frequent && (!c.sentenceInitial || !!c.possessive)));
}

interface Names {
  cores: Set<string>;
  givens: Set<string>;
  /** Mentions with a surname. */
  count: number;
  /** 'm' / 'f' of the courtesy titles used ("Mr", "Mrs"). */
  sexes: Set<string>;
  /** Named with a regnal number somewhere ("Muhammad V"). */
  regnal: boolean;
  /** How many full or given-name mentions write each given name. */
  givenUses: Map<string, number>;
}

function namesOf(p: PersonBuild, prose: string): Names {
  const n: Names = { cores: new Set(), givens: new Set(), count: 0, sexes: new Set(), regnal: false, givenUses: new Map() };
  for (const m of p.mentions) {
    if (m.core) {
      n.cores.add(m.core);
      n.count++;
    }
    if (m.firstGiven && m.kind === 'full') n.givens.add(m.firstGiven);
    if (m.firstGiven && m.kind !== 'surname') n.givenUses.set(m.firstGiven, (n.givenUses.get(m.firstGiven) ?? 0) + 1);
    const sex = m.honorific ? honorificSex(prose.slice(m.honorific.start, m.honorific.end)) : null;
    if (sex) n.sexes.add(sex);
    if (regnalAfter(prose, m.end)) n.regnal = true;
  }
  return n;
}


/**
 * Merge people whose names are spellings of one name. Only people whose surnames could be variants
 * (same first letter after transliteration or folding, lengths within 4) are compared.
 */
function mergeVariants(persons: PersonBuild[], prose: string): void {
  const names = new Map<PersonBuild, Names>();
  const blocks = new Map<string, PersonBuild[]>();
  for (const p of persons) {
    const n = namesOf(p, prose);
    names.set(p, n);
    const keys = new Set<string>();
    for (const c of n.cores) {
      keys.add('k' + blockInitial(c));
      keys.add('f' + fold(c).charAt(0));
    }
    for (const k of keys) {
      const l = blocks.get(k);
      if (l) l.push(p);
      else blocks.set(k, [p]);
    }
  }
  // Pairs already compared, as lower uid × 2^26 + higher uid (exact below 2^26 people; no string per pair).
  const tried = new Set<number>();
  const givensUsed = new Set<string | null>([...names.values()].flatMap((n) => [...n.givens]));
  for (const list of blocks.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const pair = list[i].uid < list[j].uid ? list[i].uid * 67108864 + list[j].uid : list[j].uid * 67108864 + list[i].uid;
        if (tried.has(pair)) continue;
        tried.add(pair);
        const a = root(list[i]);
        const b = root(list[j]);
        if (a === b) continue;
        const na = names.get(a)!;
        const nb = names.get(b)!;
        if (!canMerge(na, nb, givensUsed)) continue;
        // Merge the later person into the earlier one.
        const [keep, drop] = a.firstFull <= b.firstFull ? [a, b] : [b, a];
        const nk = names.get(keep)!;
        const nd = names.get(drop)!;
        for (const c of nd.cores) nk.cores.add(c);
        for (const g of nd.givens) nk.givens.add(g);
        for (const x of nd.sexes) nk.sexes.add(x);
        for (const [g, k] of nd.givenUses) nk.givenUses.set(g, (nk.givenUses.get(g) ?? 0) + k);
        nk.count += nd.count;
        nk.regnal ||= nd.regnal;
        drop.merged = keep;
        for (const m of drop.mentions) m.person = keep;
        for (const m of drop.mentions) keep.mentions.push(m);
        for (const f of drop.fulls) keep.fulls.push(f);
        drop.mentions = [];
        if (keep.bare && !drop.bare) {
          keep.bare = false;
          keep.firstGiven = drop.firstGiven;
        }
      }
    }
  }
}

function canMerge(a: Names, b: Names, givensUsed: Set<string | null>): boolean {
  const ga = a.givens;
  const gb = b.givens;
  const surA = a.cores;
  const surB = b.cores;
  if (surA.size === 0 || surB.size === 0) return false;
  // "Sultan Muhammad V" is no spelling of anyone else's name.
  if ((a.regnal || b.regnal) && ![...surA].some((x) => surB.has(x))) return false;
  const sameSurname = [...surA].some((x) => surB.has(x));
  // Every pair of given names must be the same name, or under one surname a one-off slip of it.
  let givenEqual = ga.size > 0 && gb.size > 0;
  for (const x of ga) {
    for (const y of gb) {
      if (x === y) continue;
      if (x.length === 1 || y.length === 1) {
        if (x.charAt(0) !== y.charAt(0)) return false;
        continue;
      }
      givenEqual = false;
      if (givenVariant(x, y)) continue;
      const [ux, uy] = [a.givenUses.get(x) ?? 0, b.givenUses.get(y) ?? 0];
      if (!sameSurname || !(givenSlip(x, y, ux, uy) || givenSlip(y, x, uy, ux))) return false;
    }
  }
  if (sameSurname) {
    // Same surname: one person only when both have given names that are variants (Vladimir/Volodymyr).
    return ga.size > 0 && gb.size > 0;
  }
  for (const x of surA) {
    for (const y of surB) {
      // Under the same given name a letter added at the end is a slip too: Charles Clark/Clarke.
      // (Not a plural: "we can't all be Wayne Rooneys".)
      const [short, long] = x.length < y.length ? [x, y] : [y, x];
      if (givenEqual && short.length >= 4 && long.length === short.length + 1 && long.startsWith(short) && !/s$/i.test(long)) return true;
      const v = spellingVariant(x, y);
      if (!v) continue;
      if (givenEqual) return true; // Boris Johnson / Boris Johnston
      if (fold(x) === fold(y)) return true;
      if (isSlip(v, x, y) && slipJoins(a, b, x, y, givensUsed)) return true;
      // Two ordinary surnames one desk slip apart (Baker, "Mr Bakker"): the same gates.
      if (bothOrdinary(x, y)) {
        if (v === 'translit' && (Math.max(a.count, b.count) >= 2 || a.sexes.size + b.sexes.size > 0) && deskSlip(fold(x), fold(y)) && slipJoins(a, b, x, y, givensUsed)) return true;
        continue;
      }
      if (v === 'translit') return true;
      if (isNonNameWord(x) || isNonNameWord(y)) continue;
      if (v === 'edit' && Math.min(x.length, y.length) >= 6 && (ga.size > 0 || gb.size > 0) && !isKnownSurname(x) && !isKnownSurname(y)) return true;
    }
  }
  return false;
}

/**
 * A desk slip (Clinton/Cinton, Mr Ebbers/Mr Ebber, Jones/Jonas) joins the person it misspells only
 * when nothing gives it an identity of its own: written once, beside a person named more than once
 * or introduced in full, not both introduced in full (the full first reference can be the slip),
 * under no courtesy title of the other sex.
 */
function slipJoins(a: Names, b: Names, x: string, y: string, givensUsed: Set<string | null>): boolean {
  // The slip is the side written less; of two written once, the one never introduced in full.
  const aFirst = a.count < b.count || (a.count === b.count && a.givens.size <= b.givens.size);
  const [one, other, word] = aFirst ? [a, b, a.cores.has(x) ? x : y] : [b, a, b.cores.has(x) ? x : y];
  if (one.count !== 1 || (one.givens.size > 0 && other.givens.size > 0)) return false;
  if (one.givens.size > 0 ? other.count < 2 : other.count < 2 && other.givens.size === 0) return false;
  if (other.count < 2 && addsLetter(word, word === x ? y : x)) return false;
  if (sexesDisagree(one.sexes, other.sexes)) return false;
  // An ordinary word ("Mr Snew") is a slip only under a courtesy title.
  // A known given name is a slip only when no one in the draft bears it (Kirwan → Kiran).
  return (!isNonNameWord(word) || one.sexes.size > 0) && !givensUsed.has(word);
}

function build(draft: Draft, quotes: Quote[], persons: PersonBuild[], drafts: Draftee[]): { people: Person[]; mentions: Mention[] } {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop overlapping duplicates (a token claimed twice).
  const kept: Draftee[] = [];
  for (const d of drafts) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  const closeMarks = new Set<number>();
  for (const q of quotes) if (q.close) closeMarks.add(q.close.start);
  const sortedQuotes = [...quotes].sort((a, b) => a.start - b.start);

  const ids = new Map<PersonBuild, number>();
  const people: Person[] = [];
  const mentions: Mention[] = [];
  for (const d of kept) {
    const p = root(d.person);
    let id = ids.get(p);
    if (id === undefined) {
      id = people.length;
      ids.set(p, id);
      people.push({ id, name: '', surname: '', mentions: [], title: null });
    }
    const possessive = d.possessive && closeMarks.has(d.possessive.start) ? null : d.possessive;
    const raw = draft.text.slice(d.start, d.end);
    const mention: Mention = {
      start: d.start,
      end: d.end,
      index: mentions.length,
      personId: id,
      kind: d.kind,
      // (A mention starts and ends on a word: only brackets and runs of white space need tidying.)
      text: TIDY_RE.test(raw) ? raw.replace(/[\[\]]/g, '').replace(/\s+/g, ' ').trim() : raw,
      given: d.given,
      surname: d.surname,
      honorific: d.honorific,
      possessive,
      paragraph: d.paragraph,
      sentence: sentenceAt(draft, d.start)?.index ?? -1,
      inQuote: quoteAt(sortedQuotes, d.start, d.end),
      inBrackets: d.inBrackets,
    };
    mentions.push(mention);
    people[id].mentions.push(mention.index);
  }
  for (const person of people) {
    const ms = person.mentions.map((i) => mentions[i]);
    const headline = draft.headline;
    const inBody = (m: Mention) => !headline || m.start >= headline.end;
    const full = ms.find((m) => m.kind === 'full' && inBody(m)) ?? ms.find((m) => m.kind === 'full');
    const sur = full ?? ms.find((m) => m.kind === 'surname') ?? ms[0];
    person.name = full ? full.text : sur.text;
    person.surname = sur.surname ? draft.text.slice(sur.surname.start, sur.surname.end) : sur.text;
  }
  return { people, mentions };
}

const TIDY_RE = /[\[\]]|[^\S ]|\s\s/;

function quoteAt(quotes: Quote[], start: number, end: number): number | null {
  // The last quote opening at or before the mention, then a few before it (nested quotes).
  const lo = partitionPoint(quotes.length, (i) => quotes[i].start <= start);
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const q = quotes[i];
    const qEnd = q.close ? q.close.end : q.end;
    if (q.content.start <= start && end <= Math.max(q.content.end, qEnd)) return q.index;
  }
  return null;
}
