/**
 * Quote attribution: who said each quote, and which words say so.
 *
 * Fills `speaker`, `cue` and `attributedBy` of every quote in place. Two stages:
 *
 * 1. Paragraph-local (a pure function of the paragraph's prose, its quote spans and its sentence
 *    starts, all relative to the paragraph; memoised through the ParagraphCache). Quotes are
 *    masked out, so only the writer's words are searched for a cue. For each quote, in order:
 *    - the words right after the closing mark when the sentence goes on (`"…," Lavrov said`,
 *      `"…," said the spokesman`, `"…," according to the ministry`);
 *    - the words before the opening mark in the same sentence (`Lavrov said: "…"`,
 *      `In a statement, the ministry said it was "deeply concerned"`), where a participle with no
 *      subject of its own (`…, adding: "…"`) takes the sentence's subject;
 *    - the words after the quote up to the end of the next sentence boundary;
 *    - a name standing alone before a colon (`Lavrov: "…"`);
 *    then, for quotes still without a speaker: an attributed quote before it in the paragraph
 *    (`previous-quote`, which also covers the second half of a split quote), a cue with a speaker
 *    in the previous sentence, or an attributed quote right after it whose cue follows both.
 * 2. Document-level: running quotes share the attribution of their chain (`running-quote`); a
 *    paragraph that opens with a quote takes the speaker of the previous paragraph when that one
 *    ends with a colon lead-in (`colon`), an attributed quote (`previous-quote`), or a sentence
 *    with a reporting verb and a speaker (`cue`) — the wire-copy pattern `Lavrov said the talks
 *    had failed.` ¶ `"We will not return."`. Finally names: a speaker overlapping a person mention
 *    gets that person; he/she/who resolve to the latest person mentioned before it outside quotes.
 *
 * Linear in the text: regular expressions over each paragraph, no NLP tagger.
 */
import type { ParagraphCache } from './cache';
import { partitionPoint } from './lines';
import { paragraphText } from './draft';
import { sentenceAt } from './sentences';
import type { Draft, Mention, Paragraph, Person, Quote, Speaker } from './types';
import {
  BARE_SPEAKER_NOUNS,
  BETWEEN_WORDS,
  DETERMINERS,
  NOT_NAME_WORDS,
  NP_STOP_WORDS,
  PERSON_PRONOUNS,
  PHRASE_CUES,
  PRONOUN_GENDER,
  ROLE_GENDER,
  TITLE_ROLE_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
  SPEAKER_AFTER_CUES,
} from './attribution-lexicon';
// (Local names for the lexicon's lists, kept so this file's logic reads as before.)
import { GOING_ON_FORMS, OBJECT_SAYING_FORMS, SAYING_BASE_FORMS, SAYING_PARTICIPLES as PARTICIPLES, SAYING_VERBS as REPORTING_VERBS } from './lexicon/verbs';
import { HONORIFIC_GENDER, SPEAKER_HONORIFICS as HONORIFICS } from './lexicon/honorifics';
import { UNISEX_GIVEN_NAMES } from './lexicon/people-names';
import { isCommonWord, nameGender } from './names';
import { AUXILIARIES } from './lexicon/function-words';
import { tokenIndexAt, tokensOf, wordAt } from './tokens';

// ---------------------------------------------------------------------------------------------
// Paragraph-local stage
// ---------------------------------------------------------------------------------------------

/** A quote as the paragraph stage sees it: [start, end) relative to the paragraph. */
export interface LocalQuoteIn {
  start: number;
  end: number;
  /** A quote that passes its speaker on to the next one (direct or partial, not scare/title). */
  donor: boolean;
}

export type LocalBy = 'cue' | 'colon' | 'previous-quote' | null;

export interface LocalAttribution {
  cue: [number, number] | null;
  speaker: [number, number] | null;
  by: LocalBy;
  /** The speaker is only the subject of the sentence before, with no cue: it counts when it is a person. */
  subject?: boolean;
  /** A quoted fragment inside its sentence, credited to that sentence's subject with no cue. */
  fragment?: boolean;
}

export interface LocalParagraph {
  quotes: LocalAttribution[];
  /** Cue and speaker found in the paragraph's last sentence outside quotes (for the next paragraph). */
  lastSentence: LocalAttribution | null;
  /** Start of the paragraph's last sentence. */
  lastSentenceStart: number;
  /** The paragraph ends with a colon lead-in (`He said:`), with its cue/speaker if any. */
  colonLeadIn: LocalAttribution | null;
}

/** "one said", "another added": an unnamed source (a speaker of its own, never inheriting a name). */
const UNNAMED_ONE = new Set(['one', 'another']);

/** Stands for a quote that ends a speaker search (direct and partial quotes). */
const MASK = '\u0001';
/** Stands for a scare quote or title: a word of the writer's sentence ("Marcia "Cia" Price"). */
const MASK2 = '\u0002';
/** Marks a word of the writer's sentence carries inside it: "U.S.", "Putin’s", "AT&T", "24/7". */
const WORD_JOINERS = "'’.-&/";

interface Token {
  s: number;
  e: number;
  /** The word without a sentence-final full stop or a possessive ending. */
  w: string;
  lower: string;
  cap: boolean;
  paren: boolean;
}

function cleanWord(raw: string): string {
  let w = raw;
  // "Smith." at a sentence end: drop the stop unless it is an abbreviation ("Mr.", "U.S.", "J.").
  if (w.endsWith('.')) {
    const core = w.slice(0, -1);
    if (!(core.includes('.') || core.length === 1 || HONORIFICS.has(core.toLowerCase()))) w = core;
  }
  return w;
}

/** Index of `ch` in m[from, to), or -1. Never looks outside the range (keeps callers linear). */
function indexIn(m: string, ch: string, from: number, to: number): number {
  const c = ch.charCodeAt(0);
  for (let i = Math.max(from, 0); i < to && i < m.length; i++) if (m.charCodeAt(i) === c) return i;
  return -1;
}

/**
 * Tokenise m[a, b): words, plus short parentheticals "(R-Fla.)" as one token. At most `max`
 * tokens (the first ones): callers that only look at a few words pass a cap, so a long sentence
 * costs nothing per quote. Scans only m[a, b).
 */
function tokenize(m: string, a: number, b: number, max = Infinity): Token[] {
  const out: Token[] = [];
  const toks = tokensOf(m);
  let pos = a;
  let k = tokenIndexAt(toks, a);
  for (let x; out.length < max && (x = wordAt(m, toks, k, pos, b, WORD_JOINERS)); ) {
    // A parenthetical between pos and this word?
    const open = indexIn(m, '(', pos, x.s);
    if (open !== -1) {
      const close = indexIn(m, ')', open, Math.min(b, open + 41));
      if (close !== -1 && !m.slice(open, close).includes(MASK)) {
        out.push({ s: open, e: close + 1, w: m.slice(open, close + 1), lower: '', cap: false, paren: true });
        pos = close + 1;
        k = tokenIndexAt(toks, pos);
        continue;
      }
    }
    let e = x.e;
    let raw = m.slice(x.s, e);
    const w = cleanWord(raw);
    if (w.length < raw.length) {
      e -= raw.length - w.length;
      raw = w;
    }
    const first = w.charAt(0);
    // Capitalised, or a brand written "4Cast", "eBay", "iPod".
    const cap = first !== first.toLowerCase() || /^[\p{N}\p{Ll}]{1,2}\p{Lu}/u.test(w);
    out.push({ s: x.s, e, w, lower: w.toLowerCase(), cap, paren: false });
    pos = e;
    k = x.next;
  }
  return out;
}

/** Text between two tokens (or a bound and a token) is plain space. */
function spaceOnly(m: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = m.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0)) return false;
  }
  return true;
}

/** Strip a possessive ending for lookups: "Smith's" → "smith". */
function bare(lower: string): string {
  return lower.replace(/['’]s?$/, '');
}

function isCueWord(t: Token): boolean {
  return !t.paren && REPORTING_VERBS.has(t.lower);
}

interface CueMatch {
  s: number;
  e: number;
  phrase: string;
  /** Index of the cue's first token. */
  ti: number;
  /** Index after the cue's last token. */
  tj: number;
}

/** Words that open another clause: a speaker right after one is not crediting the quote. */
const SUBORDINATORS = new Set(['when', 'while', 'whilst', 'because', 'as', 'after', 'before', 'and', 'but', 'or', 'if', 'since', 'though', 'although', 'until', 'unless', 'whereas', 'where', 'that', 'which', 'so', 'than']);

/** Multi-word cues by their first word, longest first. */
const PHRASES = new Map<string, string[][]>();
for (const p of PHRASE_CUES.map((x) => x.split(' ')).sort((a, b) => b.length - a.length)) {
  const list = PHRASES.get(p[0]);
  if (list) list.push(p);
  else PHRASES.set(p[0], [p]);
}

/** All cues (verbs and phrases) among the tokens. */
function findCues(m: string, toks: Token[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    let matched = false;
    for (const p of PHRASES.get(toks[i].lower) ?? []) {
      if (i + p.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) {
        if (toks[i + k].lower !== p[k]) ok = false;
        else if (k > 0 && !spaceOnly(m, toks[i + k - 1].e, toks[i + k].s)) ok = false;
      }
      if (ok) {
        out.push({ s: toks[i].s, e: toks[i + p.length - 1].e, phrase: p.join(' '), ti: i, tj: i + p.length });
        i += p.length - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (isCueWord(toks[i])) {
      // A determiner right before it makes it a noun: "the report", "a statement", "his comments".
      const prev = toks[i - 1];
      // Capitalised after another word, it is part of a name ("the Grand Slam", "Daily Post").
      if (toks[i].cap && prev && spaceOnly(m, prev.e, toks[i].s)) continue;
      if (nounAfterDeterminer(m, toks, i) || nounAfterModifiers(m, toks, i) || passive(m, toks, i) || nounAfterPreposition(m, toks, i) || nounAfterOpeningAdjective(m, toks, i)) continue;
      if (noObjectAfter(m, toks[i]) || goingOnDoing(m, toks, i)) continue;
      out.push({ s: toks[i].s, e: toks[i].e, phrase: toks[i].lower, ti: i, tj: i + 1 });
    }
  }
  return out;
}

/** A verb that needs an object with punctuation right after it is a noun: "its brands - all of them", "a heart attack.". */
function noObjectAfter(m: string, t: Token): boolean {
  return OBJECT_SAYING_FORMS.has(t.lower) && /^\s*(?:[,;:.)\]—–-]|$)/.test(m.slice(t.e, t.e + 3));
}

/** "continued to host", "continued his attacks": going on doing something else, not speaking. */
function goingOnDoing(m: string, toks: Token[], k: number): boolean {
  const next = toks[k + 1];
  if (!GOING_ON_FORMS.has(toks[k].lower) || !next || !spaceOnly(m, toks[k].e, next.s)) return false;
  return next.lower === 'to' || (DETERMINERS.has(next.lower) && next.lower !== 'that');
}

function isNameWord(t: Token): boolean {
  if (t.paren) return false;
  if (!t.cap) return false;
  const b = bare(t.lower);
  // "US", "UN", "BBC": an acronym is a name even when it spells a little word.
  if (t.w.length >= 2 && /^[\p{Lu}.&]+$/u.test(bare(t.w)) && b !== 'i') return true;
  return !NOT_NAME_WORDS.has(b) && !(NP_STOP_WORDS.has(b) && b !== 'may' && b !== 'will');
}

/** Validate a candidate speaker phrase toks[i..j). */
function validNP(toks: Token[], i: number, j: number): boolean {
  if (j <= i) return false;
  if (j - i === 1 && PRONOUNS.has(toks[i].lower)) return true;
  // "one said", "another added": an unnamed source, credited as such.
  if (j - i === 1 && UNNAMED_ONE.has(toks[i].lower)) return true;
  let name = false;
  for (let k = i; k < j; k++) if (isNameWord(toks[k]) && !DETERMINERS.has(toks[k].lower)) name = true;
  if (name) return true;
  const head = toks[j - 1];
  if (head.paren) return false;
  if (DETERMINERS.has(toks[i].lower) && j - i >= 2) return true;
  return BARE_SPEAKER_NOUNS.has(head.lower) || (/[a-z]s$/.test(head.lower) && !REPORTING_VERBS.has(head.lower));
}

/** A word that may belong to a speaker phrase. */
function npWord(t: Token): boolean {
  if (t.paren) return true;
  if (REPORTING_VERBS.has(t.lower) && !t.cap) return false;
  if (t.cap) return isNameWord(t) || DETERMINERS.has(t.lower);
  if (t.lower === 'of' || t.lower === 'for' || t.lower === 'at') return true;
  return !NP_STOP_WORDS.has(t.lower);
}

/**
 * The speaker phrase ending right before token `end` (exclusive), not reaching before token
 * `lo`. Skips adverbs and auxiliaries next to the verb; handles an appositive between commas.
 * Returns [first, last+1) token indices or null.
 */
function backwardNP(m: string, toks: Token[], end: number, lo: number, afterComma = false): [number, number] | null {
  let j = end;
  // Adverbs/auxiliaries between speaker and verb: "he also said", "Smith has told".
  while (j > lo && !toks[j - 1].cap && BETWEEN_WORDS.has(toks[j - 1].lower) && spaceOnly(m, toks[j - 1].e, toks[j].s)) j--;
  if (j <= lo) return null;
  const sep = afterComma ? '' : m.slice(toks[j - 1].e, toks[j]?.s ?? toks[j - 1].e);
  if (!/^\s*$/.test(sep)) {
    // "Mr Hewitt, the trade secretary, said": skip the appositive between commas.
    if (/^\s*,\s*$/.test(sep)) {
      let k = j - 1;
      while (k > lo && spaceOnly(m, toks[k - 1].e, toks[k].s)) k--;
      const between = k > lo ? m.slice(toks[k - 1].e, toks[k].s) : '';
      // An appositive is a noun phrase ("the trade secretary", "45", "who ran in 2012"), not a
      // clause ("when protesters interrupted her speech").
      let clause = false;
      for (let x = k; x < j; x++) {
        const t = toks[x];
        if (!t.cap && (REPORTING_VERBS.has(t.lower) || (SUBORDINATORS.has(t.lower) && t.lower !== 'and'))) clause = true;
      }
      if (k > lo && /^\s*,\s*$/.test(between) && j - k <= 8 && !clause) {
        const np = backwardNP(m, toks, k, lo, true);
        const nameBetween = isNameWord(toks[k]) && !DETERMINERS.has(toks[k].lower) && validNP(toks, k, j);
        // "…the state primary, Gov. Alan Pryce (R-OH), said": a name between the commas
        // beats a determiner phrase before them.
        if (np && np[1] === k && !(nameBetween && DETERMINERS.has(toks[np[0]].lower))) return np;
        // "hunt master, Captain Ian Farquhar, said": the name between the commas.
        if (nameBetween) return [k, j];
      }
    }
    return null;
  }
  // Pronoun right before the verb.
  if (PRONOUNS.has(toks[j - 1].lower)) return [j - 1, j];
  let i = j;
  while (i > lo && j - i < 10) {
    const t = toks[i - 1];
    if (i < j && !spaceOnly(m, t.e, toks[i].s)) break;
    if (DETERMINERS.has(t.lower) && !(i >= 2 && toks[i - 2].lower === 'of' && spaceOnly(m, toks[i - 2].e, t.s))) {
      i--;
      break;
    }
    if (!npWord(t) && !nounAfterDeterminer(m, toks, i - 1)) break;
    i--;
  }
  // Never start with "of"/"for"/"at".
  while (i < j && !toks[i].paren && (toks[i].lower === 'of' || toks[i].lower === 'for' || toks[i].lower === 'at')) i++;
  // A lower-case run before a name belongs to the clause, not the name ("when Smith said").
  return validNP(toks, i, j) ? [i, j] : null;
}

/** A reporting-verb form used as a noun: "the report", "the email", "his statement". */
function nounAfterDeterminer(m: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  // "one said", "another added": a past tense after "one" is the verb of an unnamed source.
  if (prev && UNNAMED_ONE.has(prev.lower) && /(?:ed|said|told|wrote)$/.test(t.lower)) return false;
  return (
    !!prev &&
    !t.paren &&
    REPORTING_VERBS.has(t.lower) &&
    ((DETERMINERS.has(prev.lower) && prev.lower !== 'that') || /['’]s?$/.test(prev.lower)) &&
    spaceOnly(m, prev.e, t.s)
  );
}

/**
 * A reporting word used as a noun after a determiner and one or two modifiers: "those recent
 * comments", "in a mock-stern voice", "the first public statement". Only a form that can be a
 * noun (not a past tense: "the two officials said"), and modifiers that are not plural nouns
 * ("the officials comment" is a verb).
 */
function nounAfterModifiers(m: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  if (/(?:ed|said|told|wrote|written)$/.test(t.lower)) return false;
  for (let j = k - 1; j >= k - 2 && j >= 1; j--) {
    const w = toks[j];
    if (w.cap || w.paren || !spaceOnly(m, w.e, toks[j + 1].s) || !/^[\p{Ll}][\p{Ll}-]*$/u.test(w.w)) return false;
    if (REPORTING_VERBS.has(w.lower) || BETWEEN_WORDS.has(w.lower) || NP_STOP_WORDS.has(w.lower) || DETERMINERS.has(w.lower)) return false;
    if (!ADJECTIVE_LIKE.test(w.lower)) return false;
    const d = toks[j - 1];
    if (spaceOnly(m, d.e, w.s) && ((DETERMINERS.has(d.lower) && d.lower !== 'that') || /['’]s?$/.test(d.lower))) return true;
  }
  return false;
}

/**
 * A modifier that reads as an adjective by its form ("recent", "mock-stern", "official",
 * "furious", "brief"), not a noun that could be the subject of a verb ("the suit claims").
 */
const ADJECTIVE_LIKE = /-|(?:al|ent|ant|ous|ive|ic|ful|less|able|ible|ary|ern|ish|est|ier|ile|ief|ate|[^e]ed)$|^(?:new|old|first|last|next|short|long|strong|terse|blunt|angry|public|private|brief|recent|final|earlier|later|rare|few|own)$/;

/** A past form: a verb of its subject or a participle, never a bare noun. */
const PAST_FORM = /(?:ed|said|told|wrote|written|thought|found|sang|sung|began|pled)$/;

/**
 * A reporting word right after a preposition is a noun: an -ing form ("a process for admitting
 * refugees"; "before adding" and "by saying" stay cues), or a plain or -s form ("numbers of
 * attacks", "without comment", "in reply"; "to comment" is a verb, "to attacks" is not).
 */
function nounAfterPreposition(m: string, toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  const w = toks[k].lower;
  if (!prev || !spaceOnly(m, prev.e, toks[k].s)) return false;
  if (w.endsWith('ing')) return /^(?:for|of|about|without|in|on|to)$/.test(prev.lower);
  if (PAST_FORM.test(w)) return false;
  if (prev.lower === 'to') return /s$/.test(w) && !SAYING_BASE_FORMS.has(w);
  return /^(?:of|for|about|without|among|against|amid|in|on|with|from|into|over|after|by)$/.test(prev.lower);
}

/**
 * A reporting word after the adjective that opens its sentence is a noun: an -ing modifier
 * ("Continuing demand for …", "Rising attacks …") or a comparative, known by its superlative
 * ("Bigger attacks …": "biggest"; a surname such as "Miller" has none).
 */
function nounAfterOpeningAdjective(m: string, toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (!prev || !prev.cap || PAST_FORM.test(toks[k].lower) || !spaceOnly(m, prev.e, toks[k].s)) return false;
  if (k >= 2 && !/[.!?]["”’)]?\s*$/.test(m.slice(toks[k - 2].e, prev.s))) return false;
  const w = prev.lower;
  if (w.length > 5 && w.endsWith('ing')) return true;
  return w.length > 4 && w.endsWith('er') && isCommonWord(w.slice(0, -2) + 'est');
}

/** A passive ("after the race was called", "she was told"): the subject is not the speaker. */
function passive(m: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  const prev = toks[k - 1];
  return !!prev && /^(?:was|were|been|being|be|is|are|get|got|gets)$/.test(prev.lower) && /(?:ed|told|written)$/.test(t.lower) && spaceOnly(m, prev.e, t.s);
}

/** "according to him/her": the pronoun is the speaker ("her" only when no noun follows it: "according to her lawyer"). */
function objectPronoun(m: string, toks: Token[], i: number): [number, number] | null {
  const t = toks[i];
  if (!t || t.paren || (t.lower !== 'him' && t.lower !== 'her')) return null;
  const next = toks[i + 1];
  if (t.lower === 'her' && next && spaceOnly(m, t.e, next.s) && npWord(next)) return null;
  return [i, i + 1];
}

/** The speaker phrase starting at token `start`, not reaching token `hi`. */
function forwardNP(m: string, toks: Token[], start: number, hi: number): [number, number] | null {
  let i = start;
  if (i >= hi) return null;
  if (PRONOUNS.has(toks[i].lower) && toks[i].lower !== 'who') return [i, i + 1];
  let j = i;
  while (j < hi && j - i < 9) {
    const t = toks[j];
    if (j > i && !spaceOnly(m, toks[j - 1].e, t.s)) break;
    if (j > i && DETERMINERS.has(t.lower) && !['of', 'for', 'at'].includes(toks[j - 1].lower)) break;
    // "said report author Mary Madden": a reporting word opening the phrase is a noun.
    const nounFirst = j === i && !t.cap && REPORTING_VERBS.has(t.lower) && j + 1 < hi && spaceOnly(m, t.e, toks[j + 1].s) && isNameWord(toks[j + 1]) === false && npWord(toks[j + 1]) && !REPORTING_VERBS.has(toks[j + 1].lower);
    if (!npWord(t) && !(j === i && DETERMINERS.has(t.lower)) && !nounAfterDeterminer(m, toks, j) && !nounFirst) break;
    if (j > i && REPORTING_VERBS.has(t.lower) && !nounAfterDeterminer(m, toks, j)) break;
    // "The board voted six to three": a past tense after the head noun ends the phrase.
    if (j > i + 1 && !t.cap && /[a-z]ed$/.test(t.lower) && DETERMINERS.has(toks[i].lower)) break;
    j++;
  }
  while (j > i && (toks[j - 1].lower === 'of' || toks[j - 1].lower === 'for' || toks[j - 1].lower === 'at' || DETERMINERS.has(toks[j - 1].lower))) j--;
  // "The Christian leader further related …": an adverb before the verb is not the head noun.
  if (j - i > 2 && DETERMINERS.has(toks[i].lower) && !toks[j - 1].cap && BETWEEN_WORDS.has(toks[j - 1].lower)) j--;
  // After a name, lower-case words are the predicate ("Sanders made the following comment").
  if (!DETERMINERS.has(toks[i].lower)) {
    let k = i;
    while (k < j && (isNameWord(toks[k]) || toks[k].paren || HONORIFICS.has(toks[k].lower.replace(/\.$/, '')))) k++;
    if (k > i && k < j && !toks[k].cap && !/['’]s?$/.test(toks[k - 1].lower)) {
      let lastName = k;
      for (let x = k; x < j; x++) if (isNameWord(toks[x]) || toks[x].paren) lastName = x + 1;
      if (lastName === k) j = k;
    }
  }
  return validNP(toks, i, j) ? [i, j] : null;
}

interface Found {
  cue: [number, number] | null;
  speaker: [number, number] | null;
  colon: boolean;
}

/** The subject of the sentence starting at `a` (for "…, adding: " and "… and said"). */
function subjectNP(m: string, a: number, b: number, accept: (toks: Token[], np: [number, number]) => boolean = anySubject): [number, number] | null {
  // Only the first words matter: a phrase start among the first 14 tokens, a phrase of at most
  // 10 (forwardNP), so 32 tokens give the same answer as the whole sentence.
  const toks = tokenize(m, a, b, 32);
  if (toks.length === 0) return null;
  // Skip a leading adverbial clause ending in a comma: "On Tuesday, Smith …".
  const starts = [0];
  for (let k = 1; k < toks.length && k < 14 && starts.length < 4; k++) if (/[,\u0001\u0002]/.test(m.slice(toks[k - 1].e, toks[k].s))) starts.push(k);
  // "But Dunne …", "And then he …": skip a leading conjunction or sentence adverb.
  let lead = 0;
  while (lead < 2 && lead < toks.length - 1 && NOT_NAME_WORDS.has(toks[lead].lower) && spaceOnly(m, toks[lead].e, toks[lead + 1].s)) lead++;
  // Right after a preposition ("On the same day, Lind …", "For Henry Reichhold, this is …") the
  // phrase is its object: only a name there may speak.
  const objectAt = lead > 0 && LEADING_PREPOSITION.test(toks[lead - 1].lower) ? lead : -1;
  if (lead > 0) starts.splice(1, 0, lead);
  // "Why was he out in the heat?": a question's subject follows its wh-word and auxiliary.
  if (toks.length > 2 && WH_WORD.test(toks[0].lower) && AUXILIARIES.has(toks[1].lower) && spaceOnly(m, toks[1].e, toks[2].s) && /\?[\s"”’)]*$/.test(m.slice(a, b))) starts.unshift(2);
  for (const st of starts) {
    if (st === 0 && !spaceOnly(m, a, toks[0].s) && /\S/.test(m.slice(a, toks[0].s).replace(/[\s"“”'‘’(—–-]/g, ''))) continue;
    if (st === objectAt && !isNameWord(toks[st])) continue;
    const np = forwardNP(m, toks, st, toks.length);
    if (np && accept(toks, np)) return [toks[np[0]].s, toks[np[1] - 1].e];
  }
  return null;
}

const WH_WORD = /^(?:why|what|how|where|when)$/;

/** A word opening a phrase that is no subject ("On the same day, …"): its noun is an object. */
const LEADING_PREPOSITION = /^(?:in|on|at|as|if|with|without|for|from|of|by|to|after|before|since|when|while|though|although|because|speaking|asked)$/;

function anySubject(toks: Token[], np: [number, number]): boolean {
  const t = toks[np[0]];
  return isNameWord(t) || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower);
}

/** A subject that is a person or a body: a name, he/she/they/we/I, or "the judge", "the company". */
function personLike(toks: Token[], np: [number, number]): boolean {
  const t0 = toks[np[0]];
  if (np[1] - np[0] === 1 && ['he', 'she', 'they', 'we', 'i'].includes(t0.lower)) return true;
  if (DETERMINERS.has(t0.lower)) {
    // "The judge then turned to me." — a person or a body, not "The weather".
    for (let k = np[0] + 1; k < np[1]; k++) {
      const t = toks[k];
      if (!t.paren && (ROLE_NOUNS.has(bare(t.lower)) || BARE_SPEAKER_NOUNS.has(t.lower) || isNameWord(t))) return true;
    }
    return false;
  }
  if (PRONOUNS.has(t0.lower)) return false;
  return isNameWord(t0) || HONORIFICS.has(t0.lower.replace(/\.$/, ''));
}

/**
 * A speaker the next paragraph's quote may take: a person or a body (personLike), "it" for a
 * body, or a plural of people ("analysts", "officials") — not a thing ("the boom", "Tickets").
 */
function canSpeak(m: string, sp: [number, number]): boolean {
  const toks = tokenize(m, sp[0], sp[1], 12);
  if (toks.length === 0) return false;
  if (toks.length === 1 && (toks[0].lower === 'it' || BARE_SPEAKER_NOUNS.has(toks[0].lower))) return true;
  return personLike(toks, [0, toks.length]);
}

/** The subject of the sentence m[a, b) when it is a person or a body. */
function personSubject(m: string, a: number, b: number): [number, number] | null {
  return subjectNP(m, a, b, personLike);
}

/** Cue + speaker in m[a, b), searching from the end (the cue nearest to what follows); a speaker `accept` refuses passes to an earlier cue. */
function cueBefore(m: string, a: number, b: number, sentStart: number, accept: (sp: [number, number]) => boolean = () => true): Found | null {
  const toks = tokenize(m, a, b);
  const cues = findCues(m, toks);
  for (let c = cues.length - 1; c >= 0; c--) {
    const cue = cues[c];
    let np: [number, number] | null = null;
    if (SPEAKER_AFTER_CUES.has(cue.phrase)) np = objectPronoun(m, toks, cue.tj) ?? forwardNP(m, toks, cue.tj, toks.length);
    else {
      np = backwardNP(m, toks, cue.ti, 0);
      // Inversion before the quote: "Said Smith: …", "adds Smith:".
      if (!np && (cue.ti === 0 || !spaceOnly(m, toks[cue.ti - 1].e, cue.s))) np = forwardNP(m, toks, cue.tj, toks.length);
    }
    if (np && accept([toks[np[0]].s, toks[np[1] - 1].e])) return { cue: [cue.s, cue.e], speaker: [toks[np[0]].s, toks[np[1] - 1].e], colon: colonAfter(m, cue.e, b) };
    if (np) continue;
    // A verb with no subject of its own ("…, adding: ", "… and said", "as if to say"): the
    // speaker of an earlier cue of the sentence, else the sentence's subject.
    {
      // An earlier cue of the sentence with its speaker wins ("he said, adding: ").
      for (let d = c - 1; d >= 0; d--) {
        const prev = cues[d];
        if (SPEAKER_AFTER_CUES.has(prev.phrase)) continue;
        const p2 = backwardNP(m, toks, prev.ti, 0);
        // "adding" keeps its own span; a verb-looking noun ("peace-talk reports") yields to the real verb.
        const span: [number, number] = PARTICIPLES.has(cue.phrase) ? [cue.s, cue.e] : [prev.s, prev.e];
        if (p2 && accept([toks[p2[0]].s, toks[p2[1] - 1].e])) return { cue: span, speaker: [toks[p2[0]].s, toks[p2[1] - 1].e], colon: colonAfter(m, cue.e, b) };
      }
      const subj = verbOfTheSubject(m, toks, cue) ? subjectNP(m, sentStart, cue.s) : null;
      if (subj && accept(subj)) return { cue: [cue.s, cue.e], speaker: subj, colon: colonAfter(m, cue.e, b) };
    }
  }
  return null;
}

/**
 * A cue with no subject next to it belongs to the sentence's subject only as a verb of that
 * subject: a participle after a comma, opening the sentence or after "before"/"while"/… ("…,
 * adding: ", "Speaking on Tuesday, …", "paused before adding:") or a verb after "and"/"but"/"then"
 * ("… and said", "but also warned"). A reporting
 * word anywhere else is no cue for the subject ("A weaker dollar increased costs, though this
 * should help export demand", "The outbreak, which began in 2001, …").
 */
function verbOfTheSubject(m: string, toks: Token[], cue: CueMatch): boolean {
  let k = cue.ti;
  while (k > 0 && !toks[k - 1].cap && BETWEEN_WORDS.has(toks[k - 1].lower) && spaceOnly(m, toks[k - 1].e, toks[k].s)) k--;
  const prev = toks[k - 1];
  if (!prev) return true;
  if (!spaceOnly(m, prev.e, toks[k].s)) return PARTICIPLES.has(cue.phrase) || /,/.test(m.slice(prev.e, toks[k].s)) && /ed$|said|told|wrote/.test(cue.phrase);
  if (PARTICIPLES.has(cue.phrase) && /^(?:before|after|while|whilst|without|when|by|upon|since)$/.test(prev.lower)) return true;
  // "as if to say"
  if (prev.lower === 'to') return toks[k - 2]?.lower === 'if';
  // "… and said", "but also warned"; a bare base form there is a noun or modifier ("but brand loyalty").
  return /^(?:and|but|then)$/.test(prev.lower) && !SAYING_BASE_FORMS.has(cue.phrase);
}

function colonAfter(m: string, a: number, b: number): boolean {
  return /:\s*$/.test(m.slice(a, b));
}

/** Finds the first MASK in m[a, b], or -1. */
type MaskFinder = (a: number, b: number) => number;
/** How far forward (characters) a search for a credit after a quote looks. */
const FORWARD_WINDOW = 1000;

/** Cue + speaker right after a quote: `," Lavrov said`, `," said the spokesman`. */
function cueAfter(m: string, a: number, b: number, nextMask: MaskFinder): Found | null {
  let stop = nextMask(a, b);
  if (stop === -1) stop = b;
  // The credit lies in the first 30 words: never look further than FORWARD_WINDOW characters.
  stop = Math.min(stop, a + FORWARD_WINDOW);
  const toks = tokenize(m, a, stop, 30);
  const cues = findCues(m, toks);
  for (const cue of cues) {
    if (cue.ti > 14 && !(cue.ti <= 25 && /,\s*$/.test(m.slice(toks[cue.ti - 1].e, cue.s)))) break;
    let np: [number, number] | null = null;
    if (SPEAKER_AFTER_CUES.has(cue.phrase)) np = objectPronoun(m, toks, cue.tj) ?? forwardNP(m, toks, cue.tj, toks.length);
    else if (cue.ti === 0 || toks.slice(0, cue.ti).every((t) => BETWEEN_WORDS.has(t.lower) && !t.cap)) {
      np = forwardNP(m, toks, cue.tj, toks.length) ?? (cue.ti > 0 ? null : null);
      if (!np && cue.ti > 0) np = backwardNP(m, toks, cue.ti, 0);
    } else {
      np = backwardNP(m, toks, cue.ti, 0);
      // `," when Clinton blasted him` is another clause, not a credit.
      if (np && np[0] > 0 && SUBORDINATORS.has(toks[np[0] - 1].lower)) np = null;
    }
    // `," Dana Pruett, the attorney general of Kansas, one of the states in the case, said`: the
    // speaker opens the tail and the verb follows a run of appositives.
    if (!np && cue.ti > 0 && /,\s*$/.test(m.slice(toks[cue.ti - 1].e, cue.s))) {
      const lead = forwardNP(m, toks, 0, cue.ti);
      if (lead && lead[0] === 0 && spaceOnly(m, a, toks[0].s) === false && /^[\s,—–-]*$/.test(m.slice(a, toks[0].s))) np = lead;
      else if (lead && lead[0] === 0 && spaceOnly(m, a, toks[0].s)) np = lead;
      if (np && !/^\s*,/.test(m.slice(toks[np[1] - 1].e))) np = null;
      // `" about the decision, said RoseAnn DeMoro`
      if (!np) np = forwardNP(m, toks, cue.tj, toks.length);
    }
    // `," the veteran Iowa senator and Republican presidential hopeful told CBS`: the
    // whole run of words before the verb names the speaker.
    if (!np && cue.ti > 0 && cue.ti <= 14) {
      let j = cue.ti;
      while (j > 0 && !toks[j - 1].cap && BETWEEN_WORDS.has(toks[j - 1].lower)) j--;
      let ok = j > 0 && /^[\s,—–-]*$/.test(m.slice(a, toks[0].s));
      for (let k = 0; k < j && ok; k++) {
        const t = toks[k];
        if (k > 0 && !/^[\s]*$/.test(m.slice(toks[k - 1].e, t.s))) ok = false;
        else if (!t.cap && !t.paren && SUBORDINATORS.has(t.lower) && !(t.lower === 'and' && k > 0)) ok = false;
        else if (!t.cap && REPORTING_VERBS.has(t.lower)) ok = false;
      }
      if (ok && validNP(toks, 0, j)) np = [0, j];
    }
    if (np) return { cue: [cue.s, cue.e], speaker: [toks[np[0]].s, toks[np[1] - 1].e], colon: false };
  }
  return null;
}

/** A source in brackets right after the quote, digest style: `"…" [WaPo.]`, `"…" (Reuters)`. */
function bracketCredit(m: string, a: number, b: number): Found | null {
  const x = /^\s*([[(])([^\])\u0001\u0002]{1,40})[\])]/.exec(m.slice(a, b));
  if (!x) return null;
  const s = a + x[0].indexOf(x[2]);
  const toks = tokenize(m, s, s + x[2].length);
  if (toks.length === 0 || toks.length > 5 || !isNameWord(toks[0])) return null;
  return { cue: null, speaker: [toks[0].s, toks[toks.length - 1].e], colon: false };
}

/** `From the report: "…"`, `More from Jones: "…"`, `In Forbes' words, "…"`. */
function sourceLeadIn(m: string, a: number, b: number): Found | null {
  const head = m.slice(a, b);
  const x = /\b(?:[Ff]rom|[Ii]n|[Oo]n)\s+([^:,\u0001\u0002]{1,60}?)(?:['’]s?\s+(?:own\s+)?words)?\s*[:,]\s*$/.exec(head);
  if (!x) return null;
  const prep = head.slice(x.index, x.index + 2).toLowerCase();
  if (prep === 'in' && !/words\s*[:,]\s*$/.test(x[0])) return null;
  const s = a + x.index + x[0].indexOf(x[1]);
  const toks = tokenize(m, s, s + x[1].length);
  const np = forwardNP(m, toks, 0, toks.length);
  if (!np || np[0] !== 0) return null;
  // "on CNN:" names a channel, "on Tuesday:" does not.
  if (prep === 'on' && (!isNameWord(toks[0]) || !/:\s*$/.test(x[0]))) return null;
  return { cue: null, speaker: [toks[np[0]].s, toks[np[1] - 1].e], colon: /:\s*$/.test(x[0]) };
}

/** A byline-style credit right after the quote: `"…" ― Pamela Padilla`, `"…" — Mr Hewitt.` */
function dashCredit(m: string, a: number, b: number, nextMask: MaskFinder): Found | null {
  const x = /^\s*[―—–-]{1,2}\s*/.exec(m.slice(a, b));
  if (!x) return null;
  let stop = nextMask(a, b);
  if (stop === -1) stop = b;
  // forwardNP below looks at the first 6 tokens only.
  const toks = tokenize(m, a + x[0].length, stop, 8);
  if (toks.length === 0 || toks[0].s !== a + x[0].length) return null;
  const np = forwardNP(m, toks, 0, Math.min(toks.length, 6));
  if (!np || !isNameWord(toks[0])) return null;
  // Only the credit: the name, maybe an appositive, then the end of the sentence.
  const rest = m.slice(toks[np[1] - 1].e, stop);
  if (!/^(?:\s*[,.;]|\s*$)/.test(rest)) return null;
  return { cue: null, speaker: [toks[np[0]].s, toks[np[1] - 1].e], colon: false };
}

/** A name alone before a colon: `Lavrov: "…"`, `Mr Hewitt:`. */
function nameColon(m: string, a: number, b: number): Found | null {
  let e = b;
  while (e > a && /\s/.test(m[e - 1])) e--;
  if (e <= a || m[e - 1] !== ':' || e - a > 80) return null;
  const toks = tokenize(m, a, e - 1);
  if (toks.length === 0 || toks.length > 5) return null;
  if (!spaceOnly(m, a, toks[0].s) || !spaceOnly(m, toks[toks.length - 1].e, e - 1)) return null;
  const np = forwardNP(m, toks, 0, toks.length);
  if (!np || np[0] !== 0 || np[1] !== toks.length || !isNameWord(toks[0])) return null;
  return { cue: null, speaker: [toks[0].s, toks[toks.length - 1].e], colon: true };
}

/** How far back (characters) a search from a quote looks in a longer sentence. */
const BACK_WINDOW = 1000;

/** m[a, b) ends with a colon and maybe white space (scans back from b only). */
function endsWithColon(m: string, a: number, b: number): boolean {
  let e = b;
  while (e > a && /\s/.test(m[e - 1])) e--;
  return e > a && m[e - 1] === ':';
}

/** Index of the first letter or digit in m[a, b), or b. */
function firstWordChar(m: string, a: number, b: number): number {
  const x = /[\p{L}\p{N}]/gu;
  x.lastIndex = a;
  const r = x.exec(b < m.length ? m.slice(0, b) : m);
  return r && r.index < b ? r.index : b;
}

/**
 * Attribute the quotes of one paragraph. `p` is the paragraph's prose; quotes and sentence
 * starts are relative to it, quotes in text order. Pure.
 */
export function attributeParagraph(p: string, quotes: LocalQuoteIn[], sentenceStarts: number[], needLast = true): LocalParagraph {
  // Mask the quotes so only the writer's words are searched.
  let m = '';
  let pos = 0;
  const masks: [number, number][] = [];
  for (const q of quotes) {
    const s = Math.max(q.start, pos);
    if (q.end <= s) continue;
    m += p.slice(pos, s) + (q.donor ? MASK : MASK2).repeat(q.end - s);
    if (q.donor) masks.push([s, q.end]);
    pos = q.end;
  }
  m += p.slice(pos);
  // The first MASK in m[a, b], or -1: a binary search over the masked quotes (a scan when the
  // prose itself holds the mask character).
  const nextMask: MaskFinder = p.includes(MASK)
    ? (a, b) => indexIn(m, MASK, a, b + 1)
    : (a, b) => {
        const lo = partitionPoint(masks.length, (i) => masks[i][1] <= a);
        if (lo === masks.length) return -1;
        const at = Math.max(masks[lo][0], a);
        return at <= b ? at : -1;
      };

  // Sentence boundaries outside quotes. Everything below is linear or n·log n in the paragraph:
  // binary searches over the bounds, per-sentence memos, and bounded windows for searches that
  // run backwards from a quote (one long line of quotes must not cost quotes × line).
  const byStart = quotes.map((q) => [q.start, q.end]).sort((x, y) => x[0] - y[0]);
  const cands = sentenceStarts.filter((s) => s > 0 && s < p.length).sort((a, b) => a - b);
  const inside: number[] = [];
  {
    // A start is inside a quote when some quote opening before it closes after it.
    let k = 0;
    let maxEnd = -1;
    for (const s of cands) {
      while (k < byStart.length && byStart[k][0] < s) maxEnd = Math.max(maxEnd, byStart[k++][1]);
      if (!(maxEnd > s)) inside.push(s);
    }
  }
  const bounds = [0, ...inside];
  const boundSet = new Set(bounds);
  /** Number of bounds <= o. */
  const upTo = (o: number) => partitionPoint(bounds.length, (i) => bounds[i] <= o);
  const sentStartOf = (o: number) => bounds[Math.max(upTo(o) - 1, 0)];
  const sentIndex = (o: number) => Math.max(upTo(o) - 1, 0);
  const nextBound = (o: number) => {
    const k = upTo(o);
    return k < bounds.length ? bounds[k] : p.length;
  };
  // The window a backward search from a quote looks at: the sentence, or its last BACK_WINDOW
  // characters (from a word boundary) when the sentence is longer.
  const windowStart = (ss: number, b: number) => {
    if (b - ss <= BACK_WINDOW) return ss;
    let a = b - BACK_WINDOW;
    while (a < b && !/[\s\u0001\u0002]/.test(m[a - 1])) a++;
    return a;
  };
  const memoBy = <T>(map: Map<number, T>, key: number, fn: () => T): T => {
    if (map.has(key)) return map.get(key)!;
    const v = fn();
    map.set(key, v);
    return v;
  };
  const prevSentenceCue = new Map<number, Found | null>();
  const prevSentencePerson = new Map<number, [number, number] | null>();
  const firstWordAt = new Map<number, number>();
  const closingCredit = new Map<number, Found | null>();
  let commas: number[] | null = null;
  /** The last comma at or before o, or -1. */
  const lastCommaAt = (o: number) => {
    if (!commas) {
      commas = [];
      for (let k = m.indexOf(','); k !== -1; k = m.indexOf(',', k + 1)) commas.push(k);
    }
    const cs = commas;
    const lo = partitionPoint(cs.length, (i) => cs[i] <= o);
    return lo > 0 ? cs[lo - 1] : -1;
  };
  // The nearest donor quote before each quote.
  const prevDonor: number[] = [];
  for (let i = 0, d = -1; i < quotes.length; i++) {
    prevDonor.push(d);
    if (quotes[i].donor) d = i;
  }

  const res: LocalAttribution[] = quotes.map(() => ({ cue: null, speaker: null, by: null }));
  const tailFound: (Found | null)[] = quotes.map(() => null);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const ss = sentStartOf(q.start);
    let after = q.end;
    while (after < p.length && /\s/.test(p[after])) after++;
    const tailEnd = nextBound(after);
    const tailText = m.slice(q.end, Math.min(q.end + 4, tailEnd));
    const continues = /^\s*(?:[,;—–]|-\s|[\p{Ll}])/u.test(tailText);
    // A new sentence starts right after the quote: its words are only looked at later.
    const nextSentence = after < p.length && boundSet.has(after);
    let f: Found | null = null;
    if (continues) f = tailFound[i] = cueAfter(m, q.end, tailEnd, nextMask);
    if (!f) f = cueBefore(m, windowStart(ss, q.start), q.start, ss);
    if (!f && !continues && !nextSentence) f = tailFound[i] = cueAfter(m, q.end, tailEnd, nextMask);
    if (!f) f = nameColon(m, ss, q.start);
    if (!f) f = dashCredit(m, q.end, tailEnd, nextMask);
    if (!f) f = bracketCredit(m, q.end, tailEnd);
    if (!f) f = sourceLeadIn(m, windowStart(ss, q.start), q.start);
    // A colon lead-in without a reporting verb: "The piece used her words as its headline: "…"".
    if (!f && endsWithColon(m, ss, q.start)) {
      const subj = subjectNP(m, ss, q.start);
      if (subj) f = { cue: null, speaker: subj, colon: true };
    }
    if (f) res[i] = { cue: f.cue, speaker: f.speaker, by: f.colon ? 'colon' : 'cue' };
  }
  // Quotes still without a speaker: the previous attributed quote of the paragraph, else a cue in
  // the previous sentence.
  for (let i = 0; i < quotes.length; i++) {
    if (res[i].by) continue;
    // The nearest earlier quote that can pass its speaker on, in this sentence or the one before.
    const d = prevDonor[i];
    if (d >= 0 && res[d].by && sentIndex(quotes[d].end - 1) >= sentIndex(quotes[i].start) - 1) {
      res[i] = { cue: res[d].cue, speaker: res[d].speaker, by: 'previous-quote' };
      continue;
    }
    const ss = sentStartOf(quotes[i].start);
    const q = quotes[i];
    let after = q.end;
    while (after < p.length && /\s/.test(p[after])) after++;
    if (ss > 0) {
      const ps = sentStartOf(ss - 1);
      const f = memoBy(prevSentenceCue, ss, () => cueBefore(m, windowStart(ps, ss), ss, ps));
      if (f) res[i] = { cue: f.cue, speaker: f.speaker, by: 'cue' };
    }
    if (!res[i].by && after < p.length && boundSet.has(after)) {
      // `"We will win." Lavrov said after the match.`
      const f = (tailFound[i] = cueAfter(m, q.end, nextBound(after), nextMask));
      if (f) res[i] = { cue: f.cue, speaker: f.speaker, by: 'cue' };
    }
    if (!res[i].by && ss > 0) {
      const ps = sentStartOf(ss - 1);
      if (/^[\s\p{P}]*$/u.test(m.slice(ss, quotes[i].start))) {
        // A quote opening the sentence after one about a person: "Sanders identified young
        // voters' exhaustion as a reason. "The younger people are sick and tired …"".
        const subj = memoBy(prevSentencePerson, ss, () => personSubject(m, ps, ss));
        if (subj) res[i] = { cue: null, speaker: subj, by: 'cue', subject: true };
      }
    }
    // A quoted fragment inside a sentence belongs to the sentence's subject: `Harbour Bank
    // sees "a chance to grow the business"`, `The union also doubted "the long-term future of the plan"`.
    if (!res[i].by && memoBy(firstWordAt, ss, () => firstWordChar(m, ss, nextBound(ss))) < quotes[i].start) {
      const subj = subjectNP(m, ss, quotes[i].start);
      if (subj) res[i] = { cue: null, speaker: subj, by: 'cue', fragment: true };
    }
    // `The "myth that older staff cost more" must be dropped, the employment minister said.`:
    // a credit closing the sentence after its last comma.
    if (!res[i].by) {
      const se = nextBound(after);
      const lastComma = lastCommaAt(se);
      if (lastComma > q.end) {
        const f = memoBy(closingCredit, se, () => (m.slice(lastComma, se).includes(MASK) ? null : cueAfter(m, lastComma + 1, se, nextMask)));
        if (f) res[i] = { cue: f.cue, speaker: f.speaker, by: 'cue' };
      }
    }
    // Still nobody: an attributed quote earlier in the paragraph, however far back.
    if (!res[i].by && d >= 0 && res[d].by) res[i] = { cue: res[d].cue, speaker: res[d].speaker, by: 'previous-quote' };
  }
  // An unattributed quote right before an attributed one whose cue follows it: `"A." "B," he said.`
  for (let i = quotes.length - 2; i >= 0; i--) {
    if (res[i].by || !res[i + 1].by || !tailFound[i + 1] || !quotes[i + 1].donor) continue;
    if (!/^\s*$/.test(m.slice(quotes[i].end, quotes[i + 1].start))) continue;
    res[i] = { ...res[i + 1] };
  }

  // What the next paragraph may lean on.
  const lastStart = bounds[bounds.length - 1];
  let lastSentence: LocalAttribution | null = null;
  let colonLeadIn: LocalAttribution | null = null;
  const f = needLast ? cueBefore(m, lastStart, p.length, lastStart, (sp) => canSpeak(m, sp)) : null;
  if (f) lastSentence = { cue: f.cue, speaker: f.speaker, by: 'cue' };
  else if (needLast) {
    // "Lind sounds almost devout." ¶ "I was on a ferry …": the person just described.
    const subj = personSubject(m, lastStart, p.length);
    if (subj) lastSentence = { cue: null, speaker: subj, by: 'cue', subject: true };
  }
  if (needLast && /:\s*$/.test(m)) {
    colonLeadIn = lastSentence ?? { cue: null, speaker: null, by: 'colon' };
    colonLeadIn = { ...colonLeadIn, by: 'colon' };
    if (!colonLeadIn.speaker) {
      const nc = nameColon(m, lastStart, m.lastIndexOf(':') + 1);
      if (nc) colonLeadIn = { cue: null, speaker: nc.speaker, by: 'colon' };
    }
  }
  return { quotes: res, lastSentence, lastSentenceStart: lastStart, colonLeadIn };
}

// ---------------------------------------------------------------------------------------------
// Document stage
// ---------------------------------------------------------------------------------------------

/**
 * A paragraph's attribution, memoised by its text and then by its quotes, sentences and whether
 * the next paragraph leans on it (a short key: the paragraph's text is looked up as the one string
 * every stage shares, not copied into a key of its own).
 */
function attributedParagraph(cache: ParagraphCache | undefined, ptext: string, relQ: LocalQuoteIn[], relS: number[], needLast: boolean): LocalParagraph {
  const compute = () => attributeParagraph(ptext, relQ, relS, needLast);
  if (!cache) return compute();
  const byShape = cache.get('attribution', ptext, () => new Map<string, LocalParagraph>());
  const key = `${needLast ? 1 : 0}|${relQ.map((q) => `${q.start},${q.end},${q.donor ? 1 : 0}`).join(';')}|${relS.join(',')}`;
  let local = byShape.get(key);
  if (local === undefined) {
    if (byShape.size >= 8) byShape.clear(); // (a paragraph whose quotes keep changing around the same text)
    local = compute();
    byShape.set(key, local);
  }
  return local;
}

export function attributeQuotes(draft: Draft, quotes: Quote[], people: Person[], mentions: Mention[], cache?: ParagraphCache): void {
  const byPara = new Map<number, Quote[]>();
  for (const q of quotes) {
    let list = byPara.get(q.paragraph);
    if (!list) byPara.set(q.paragraph, (list = []));
    list.push(q);
  }
  const locals: (LocalParagraph | null)[] = draft.paragraphs.map(() => null);
  for (const para of draft.paragraphs) {
    const qs = byPara.get(para.index) ?? [];
    // The next paragraph leans on this one only when it opens with a quote.
    const nextQs = byPara.get(para.index + 1);
    const nextPara = draft.paragraphs[para.index + 1];
    const needLast = !!nextQs && !!nextPara && (nextQs[0].sentence === nextPara.sentences[0] || !/[\p{L}\p{N}]/u.test(draft.prose.slice(nextPara.start, nextQs[0].start)));
    if (qs.length === 0 && !needLast) continue;
    const ptext = paragraphText(draft, para);
    const relQ: LocalQuoteIn[] = qs.map((q) => ({
      start: q.start - para.start,
      end: Math.min(q.end, para.end) - para.start,
      donor: q.kind === 'direct' || q.kind === 'partial',
    }));
    const relS = para.sentences.map((i) => draft.sentences[i].start - para.start);
    const local = attributedParagraph(cache, ptext, relQ, relS, needLast);
    locals[para.index] = local;
    const abs = (r: [number, number] | null): [number, number] | null => (r ? [r[0] + para.start, r[1] + para.start] : null);
    qs.forEach((q, k) => {
      const a = local.quotes[k];
      if (!a || !a.by) return;
      q.attributedBy = a.by;
      q.cue = a.cue ? span(draft.text, abs(a.cue)!) : null;
      q.speaker = a.speaker ? speakerOf(draft.text, abs(a.speaker)!, a.subject, a.fragment) : null;
    });
  }

  shareAlongRunningQuotes(quotes);

  leanOnParagraphBefore(draft, byPara, locals);

  // A credit line of its own after the quote: `"…"` ¶ `- Bernie Sanders.`
  for (const para of draft.paragraphs) {
    if (para.index === 0 || byPara.has(para.index)) continue;
    const prevQs = byPara.get(para.index - 1);
    const last = prevQs?.[prevQs.length - 1];
    // The credit line beats a speaker inherited from further back.
    if (!last || (last.attributedBy && last.inheritedFrom === null)) continue;
    const prevPara = draft.paragraphs[para.index - 1];
    if (/[\p{L}\p{N}]/u.test(draft.prose.slice(last.end, prevPara.end))) continue;
    const x = /^([―—–-]{1,2}\s*)(\p{Lu}[^,.;:\n]{0,50}?)\s*(?:[,.;]|$)/u.exec(draft.prose.slice(para.start, para.end));
    if (!x || x[2].split(/\s+/).length > 6) continue;
    const start = para.start + x[1].length;
    last.attributedBy = 'cue';
    last.cue = null;
    last.speaker = speakerOf(draft.text, [start, start + x[2].length]);
    last.inheritedFrom = null;
  }

  shareAlongRunningQuotes(quotes);
  resolveNames(draft, quotes, people, mentions);
  dropSubjectsThatAreNotPeople(draft, quotes, mentions);
  // A running quote whose subject-only speaker was dropped takes its chain's credit.
  shareAlongRunningQuotes(quotes);
}

/**
 * A paragraph opening with a quote leans on the paragraph before it: a colon lead-in, an
 * attributed quote in its last sentence, a cue with a speaker or a person as the subject of its
 * last sentence. Under the headline, a headline written as a speaker label.
 */
function leanOnParagraphBefore(draft: Draft, byPara: Map<number, Quote[]>, locals: (LocalParagraph | null)[]): void {
  for (const para of draft.paragraphs) {
    const qs = byPara.get(para.index);
    if (!qs || para.index === 0) continue;
    const first = qs[0];
    if (first.attributedBy || first.continuesRunning) continue;
    // The first quote must open the paragraph or sit in its first sentence.
    if (/[\p{L}\p{N}]/u.test(draft.prose.slice(para.start, first.start)) && first.sentence !== para.sentences[0]) continue;
    const prevPara = previousProse(draft, para.index);
    if (!prevPara) creditFromHeadlineLabel(draft, para.index, first, byPara);
    else {
      const local = locals[prevPara.index];
      const prevQs = byPara.get(prevPara.index) ?? [];
      const lastQ = prevQs[prevQs.length - 1];
      const abs = (r: [number, number] | null): [number, number] | null => (r ? [r[0] + prevPara.start, r[1] + prevPara.start] : null);
      if (local?.colonLeadIn) {
        first.attributedBy = 'colon';
        first.cue = local.colonLeadIn.cue ? span(draft.text, abs(local.colonLeadIn.cue)!) : null;
        first.speaker = local.colonLeadIn.speaker ? speakerOf(draft.text, abs(local.colonLeadIn.speaker)!) : null;
      } else if (local && lastQ && lastQ.attributedBy && lastQ.start >= prevPara.start + local.lastSentenceStart) {
        copyFrom(first, lastQ, 'previous-quote');
      } else if (local?.lastSentence?.speaker) {
        first.attributedBy = 'cue';
        first.cue = local.lastSentence.cue ? span(draft.text, abs(local.lastSentence.cue)!) : null;
        first.speaker = speakerOf(draft.text, abs(local.lastSentence.speaker)!, local.lastSentence.subject);
      }
      if (first.attributedBy) first.inheritedFrom ??= prevPara.index;
    }
    if (!first.attributedBy) continue;
    // The rest of the paragraph follows its first quote.
    for (let k = 1; k < qs.length; k++) if (!qs[k].attributedBy) copyFrom(qs[k], qs[k - 1], 'previous-quote');
  }
}

/** Names (not pronouns) in the writer's words, in text order. */
function namedOutsideQuotes(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.kind !== 'pronoun' && m.inQuote === null).sort((a, b) => a.start - b.start);
}

/** Paragraphs that are the story's furniture, not copy: never a speaker's or an antecedent's home. */
function isFurniture(p: Paragraph): boolean {
  return p.role !== 'story' && p.role !== 'deck';
}

/**
 * The story's first paragraph opening with a quote, under a headline written as a speaker label
 * (`Anna Lind: 'We will not back down'`), takes the label's speaker: the headline has just
 * credited that person, and the copy goes on in their words.
 */
function creditFromHeadlineLabel(draft: Draft, index: number, first: Quote, byPara: Map<number, Quote[]>): void {
  let h = index - 1;
  while (h >= 0 && draft.paragraphs[h].kind !== 'headline') h--;
  const label = h >= 0 ? byPara.get(h)?.find((q) => q.attributedBy === 'colon' && !q.cue && q.speaker && q.speaker.start < q.start) : undefined;
  if (!label) return;
  copyFrom(first, label, 'colon');
}

/**
 * The prose paragraph a quote-only paragraph leans on: the one before it, passing over promo
 * lines, captions, credits, bylines and subheads; none past the headline.
 */
function previousProse(draft: Draft, index: number): Paragraph | null {
  for (let i = index - 1; i >= 0; i--) {
    const p = draft.paragraphs[i];
    if (p.kind === 'headline') return null;
    if (p.kind === 'heading' || isFurniture(p)) continue;
    return p;
  }
  return null;
}

/**
 * A speaker found only as the subject of the sentence before the quote (no cue) speaks only when
 * it is a person: a name or he/she resolved to one, or a person's role ("the judge"). "Exports
 * fell in July.", "Officials gave no timetable.", "In Moscow, …", "The German carmaker is aiming
 * …" then a quote: nobody is credited.
 */
function dropSubjectsThatAreNotPeople(draft: Draft, quotes: Quote[], mentions: Mention[]): void {
  let named: Mention[] | null = null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.speaker?.subjectOnly || subjectSpeaks(q.speaker)) continue;
    q.attributedBy = null;
    q.speaker = null;
    q.cue = null;
    q.inheritedFrom = null;
    named ??= namedOutsideQuotes(mentions);
    const from = speakerGoingOn(quotes, i, named);
    if (from) copyFrom(q, from, 'previous-quote');
  }
}

/**
 * The quote before quotes[i] in its paragraph whose speaker goes on speaking in it: a quote
 * credited by its own words, with nobody else named in the writer's words between (`"…," Marsh
 * said. They also lie far from any city. "That's a tough area."`). Used only once the sentence
 * before the quote named no one who can speak. Not across paragraphs: a quote-only paragraph
 * leans only on the end of the paragraph before (`"…," Okafor said. Then the drivers waved.` ¶
 * `"…"` has no speaker).
 */
function speakerGoingOn(quotes: Quote[], i: number, named: Mention[]): Quote | null {
  const q = quotes[i];
  let k = i - 1;
  while (k >= 0 && quotes[k].kind !== 'direct' && quotes[k].kind !== 'partial') k--;
  const p = k >= 0 ? quotes[k] : null;
  if (!p || !p.attributedBy || !p.speaker || p.speaker.subjectOnly) return null;
  if (p.paragraph !== q.paragraph) return null;
  // Its own credit may follow it (`"…," Woolson said`): names count from after the credit.
  const after = Math.max(p.end, p.speaker.end, p.cue?.end ?? 0);
  const lo = partitionPoint(named.length, (x) => named[x].start < after);
  return lo < named.length && named[lo].start < q.start ? null : p;
}

function subjectSpeaks(sp: Speaker): boolean {
  const words = sp.text.toLowerCase().split(/\s+/);
  if (words.length >= 2 && DETERMINERS.has(words[0])) return PERSON_ROLE_NOUNS.has(bare(words[words.length - 1]));
  return sp.personId !== null;
}

/** Running quotes share one attribution along their chain (both ways). */
function shareAlongRunningQuotes(quotes: Quote[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    const prev = quotes[i - 1];
    if (!q.continuesRunning) continue;
    if (!q.attributedBy && prev.attributedBy) copyFrom(q, prev, 'running-quote');
  }
  for (let i = quotes.length - 1; i > 0; i--) {
    const q = quotes[i];
    const prev = quotes[i - 1];
    if (q.continuesRunning && !prev.attributedBy && q.attributedBy && q.speaker) copyFrom(prev, q, 'running-quote');
  }
}

function span(text: string, r: [number, number]): { start: number; end: number; text: string } {
  return { start: r[0], end: r[1], text: text.slice(r[0], r[1]) };
}

function speakerOf(text: string, r: [number, number], subjectOnly?: boolean, fragment?: boolean): Speaker {
  const sp: Speaker = { start: r[0], end: r[1], text: text.slice(r[0], r[1]), name: null, personId: null };
  if (subjectOnly) sp.subjectOnly = true;
  if (fragment) sp.fragmentOf = true;
  return sp;
}

function copyFrom(q: Quote, from: Quote, by: Quote['attributedBy']): void {
  q.attributedBy = by;
  q.inheritedFrom = from.paragraph !== q.paragraph ? (from.inheritedFrom ?? from.paragraph) : from.inheritedFrom;
  q.cue = from.cue ? { ...from.cue } : null;
  q.speaker = from.speaker ? { ...from.speaker } : null;
}

/** The first mention (sorted by start, not nested) overlapping [start, end), by binary search. */
function overlapping(sorted: Mention[], start: number, end: number): Mention | undefined {
  const from = partitionPoint(sorted.length, (k) => sorted[k].end <= start);
  for (let i = from; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) return sorted[i];
  return undefined;
}

type Gender = 'male' | 'female';

/** Words after which a title stops describing its own person ("spokesman for the Queen"). */
const TITLE_HEAD_END = /^(?:of|for|to|at|with|in|on|from|and|or|who|whose|which|that)$/;

/** Gender words in a title's head ("a spokeswoman for …" → female); null when none or both. */
function roleGender(title: string): Gender | null {
  let g: Gender | null = null;
  for (const w of title.toLowerCase().split(/[^\p{L}’'-]+/u)) {
    if (!w) continue;
    if (TITLE_HEAD_END.test(w)) break;
    const x = ROLE_GENDER.get(w);
    if (!x) continue;
    if (g && g !== x) return null;
    g = x;
  }
  return g;
}

/**
 * What the copy says about one person's gender, from the person's mentions (lazily, once per
 * person), in three tiers; the first tier with any evidence decides, and conflicting evidence
 * within it gives null (unknown):
 * 1. what the copy says next to a mention: a courtesy title ("Mrs", "Sir"), a gendered role or
 *    kinship word right before it ("actress Kim Lowe", "his wife, Ann", "widow Terry Cole") or
 *    leading an appositive after it ("Pat Rees, a spokesman");
 * 2. a given name the lexicon genders (Terry, Kim and the like can be either: tier 1 wins);
 * 3. a gendered word in the person's title (the role finder can give a person a title meant for
 *    someone else, so this counts last).
 */
function personGender(text: string, person: Person, mentions: Mention[]): Gender | null {
  // Bits per tier: 1 male, 2 female, shifted by 2 * (tier - 1).
  let bits = 0;
  const add = (g: Gender | null | undefined, tier: number) => {
    if (g) bits |= (g === 'male' ? 1 : 2) << (2 * (tier - 1));
  };
  for (const i of person.mentions) {
    const m = mentions[i];
    if (!m || m.kind === 'pronoun') continue;
    if (m.honorific) add(HONORIFIC_GENDER.get(text.slice(m.honorific.start, m.honorific.end).toLowerCase().replace(/\.$/, '')), 1);
    // The word right before the mention, a comma allowed between ("his wife, Ann Cole").
    // Capitalised only as a title of nobility ("Prince Harry", not "Big Brother Germaine Greer").
    const before = /(\p{L}+)\s*,?\s*$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const word = before ? before[1].toLowerCase() : '';
    if (before && (before[1] === word || TITLE_ROLE_WORDS.has(word))) add(ROLE_GENDER.get(word), 1);
    // An appositive right after: ", a/the/his … ROLE" within a few words.
    const after = /^(?:['’]s?)?\s*,\s+(?:a|an|the|his|her|their)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?![\p{L}'’-])/u.exec(
      text.slice(m.end, m.end + 80),
    );
    if (after) add(roleGender(after[1]), 1);
    const given = m.given ? text.slice(m.given.start, m.given.end) : '';
    if (given && !(bits & 3) && !UNISEX_GIVEN_NAMES.has(given.toLowerCase())) add(nameGender(given), 2);
  }
  if (person.title && !(bits & 15)) add(roleGender(person.title.text), 3);
  const b = bits & 3 || (bits >> 2) & 3 || bits >> 4;
  return b === 1 ? 'male' : b === 2 ? 'female' : null;
}

/**
 * The grammatical weight of each named mention as an antecedent: 0 the subject of its sentence
 * (its first name outside quotes that is not a possessive, nor the object of a preposition, nor
 * inside a leading clause), 1 an object or any other name, 2 a possessive or a modifier ("Holm's
 * rhetoric", "the Putin regime"). A leading clause runs from a sentence's first word, when it is a
 * subordinator, a preposition or a participle, to the first comma: "When asked about Khan, Trump
 * said", "Noting that Kirk voted no, he added", "After Beck asked him, he replied".
 */
function salienceOf(draft: Draft, named: Mention[]): number[] {
  const text = draft.text;
  let subjectOf = -1;
  const leads = new Map<number, number>();
  const leadEnd = (si: number) => {
    let e = leads.get(si);
    if (e === undefined) leads.set(si, (e = leadingClauseEnd(text, draft.sentences[si])));
    return e;
  };
  const pronounLed = new Map<number, boolean>();
  return named.map((m) => {
    if (m.possessive) return 2;
    let led = pronounLed.get(m.sentence);
    if (led === undefined) pronounLed.set(m.sentence, (led = pronounSubject(text, draft.sentences[m.sentence]) !== null));
    // "But he snubbed Lind": the sentence's subject is the pronoun, a name after it is not.
    if (led) return 1;
    // The object of a preposition ("asked by Stephanopoulos", "a rally for Ted Cruz").
    if (OBJECT_BEFORE.test(text.slice(Math.max(0, (m.honorific?.start ?? m.start) - 12), m.honorific?.start ?? m.start))) return 1;
    if (m.sentence === subjectOf || m.start < leadEnd(m.sentence)) return 1;
    subjectOf = m.sentence;
    return 0;
  });
}

const LEADING_WORD = /^(?:when|whenever|after|before|as|while|whilst|if|although|though|since|because|once|until|unless|whereas|despite|during|following|with|without|in|on|at|for|from|by|under|amid|among|upon|unlike|given|asked|\p{L}+ing)$/iu;

/** Where a sentence's leading clause ends (its first comma), or the sentence start when it has none. */
function leadingClauseEnd(text: string, sent: { start: number; end: number }): number {
  const head = /^[\s"“‘'(]*(\p{L}+)/u.exec(text.slice(sent.start, Math.min(sent.end, sent.start + 40)));
  if (!head || !LEADING_WORD.test(head[1])) return sent.start;
  const comma = text.indexOf(',', sent.start);
  return comma !== -1 && comma < sent.end ? comma : sent.start;
}

/** Indexes of names joined to another by "and" in one sentence ("Vicente Fox and Felipe Calderón"). */
function coordinatedNames(text: string, named: Mention[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < named.length; i++) {
    const a = named[i];
    const b = named[i + 1];
    if (a.sentence !== b.sentence || a.personId === b.personId || a.possessive) continue;
    if (!/^(?:\s*,)?\s+(?:and|&)\s+$/.test(text.slice(a.end, b.honorific?.start ?? b.start))) continue;
    out.add(i);
    out.add(i + 1);
  }
  return out;
}

/** He or she as the subject of a sentence, after a conjunction or sentence adverb at most (not inside a quote opening it). */
const PRONOUN_SUBJECT = /^[\s(]*(?:(?:but|and|so|yet|then|still|now|later|instead|meanwhile|also)\s+)?(he|she)\b/i;

/** The he/she a sentence opens with as its subject: where it stands and its gender. */
function pronounSubject(text: string, sent: { start: number; end: number }): { at: number; gender: Gender } | null {
  const x = PRONOUN_SUBJECT.exec(text.slice(sent.start, Math.min(sent.end, sent.start + 40)));
  if (!x) return null;
  return { at: sent.start + x[0].length - x[1].length, gender: x[1].toLowerCase() === 'he' ? 'male' : 'female' };
}

/** A preposition right before a name: the name is its object, not a subject. */
const OBJECT_BEFORE = /\b(?:by|to|with|for|of|on|at|from|against|about|than|toward|towards|like)\s+$/;

/** The end of quoted words right before a pronoun speaker: `…,” he said`. */
const QUOTE_CREDIT_BEFORE = /[,!?]["”’]\s*$/;

/** The end of reported speech right before a pronoun speaker: `Ryan and Trump will meet next week, he said`. */
const SPEECH_CREDIT_BEFORE = /[\p{L}\p{N})],\s*$/u;

/** How far back (UTF-16 units) a pronoun speaker looks for a person whose gender agrees. */
const PRONOUN_WINDOW = 2000;

/**
 * The person a pronoun at `at` stands for. Salience first: among people named in the pronoun's
 * sentence and the one before, a subject outranks an object, which outranks a possessive
 * ("Putin's"), nearer sentences first; gender must agree (or be unknown: then it counts as a
 * step down in salience); a he/she opening one of those sentences stands for whom it stood for.
 * Else the latest person named within the window whose gender does not disagree.
 */
function antecedentFinder(draft: Draft, people: Person[], mentions: Mention[], named: Mention[]): (at: number, want: Gender | undefined) => Person | undefined {
  const text = draft.text;
  // Gender per person id: undefined = not computed yet; learnt from pronouns resolved to them.
  const genders = new Map<number, Gender | null>();
  const genderOf = (id: number): Gender | null => {
    let g = genders.get(id);
    if (g === undefined) {
      g = personGender(text, people[id], mentions);
      genders.set(id, g);
    }
    return g;
  };
  const salience = salienceOf(draft, named);
  const coordinated = coordinatedNames(text, named);
  // He/she opening a sentence, resolved once: the subject a later pronoun may stand for too.
  const subjectPronouns = new Map<number, Person | undefined>();
  const antecedent = (at: number, want: Gender | undefined, depth = 0): Person | undefined => {
    const lo = partitionPoint(named.length, (i) => named[i].end <= at);
    if (lo === 0) return undefined;
    const fits = (id: number) => {
      const g = genderOf(id);
      return !want || g === null || g === want;
    };
    const here = sentenceAt(draft, at)?.index ?? 0;
    // `Yet Lind is also a "born fixer," he said.`: the pronoun crediting the words before it
    // is not a person named in those words.
    // Reported speech closing on a comma counts only when no leading clause opens the sentence
    // ("When Lind arrived, he said" may mean Lind).
    const before = text.slice(Math.max(0, at - 4), at);
    const credited = QUOTE_CREDIT_BEFORE.test(before) || (SPEECH_CREDIT_BEFORE.test(before) && leadingClauseEnd(text, draft.sentences[here]) === draft.sentences[here].start);
    let best: Person | undefined;
    let bestRank = Infinity;
    // The best is one of two people named together ("Fox and Calderón fired back"): he/she is nobody sure.
    let pair = false;
    // On a tie the one named later wins (candidates come latest first).
    const consider = (p: Person | undefined, rank: number, paired = false) => {
      if (!p || !fits(p.id) || rank >= bestRank) return;
      best = p;
      bestRank = rank;
      pair = paired;
    };
    for (let i = lo - 1, n = 0; i >= 0 && named[i].sentence >= here - 1 && named[i].start >= at - PRONOUN_WINDOW && n < 24; i--, n++) {
      const m = named[i];
      if (credited && m.sentence === here) continue;
      // A person whose gender the copy confirms outranks one it says nothing about, a step of salience.
      consider(people[m.personId], salience[i] * 2 + (here - m.sentence) + (want && genderOf(m.personId) === null ? 2 : 0), coordinated.has(i));
    }
    // "But he dropped his rule of never naming Lind. … Asked about it, he said": the
    // subject of the sentence before is a pronoun, standing for whom it stood for there.
    for (let si = here; si >= here - 1 && si >= 0 && depth < 3; si--) {
      const sub = pronounSubject(text, draft.sentences[si]);
      if (!sub || sub.at >= at || (want && sub.gender !== want)) continue;
      if (!subjectPronouns.has(sub.at)) subjectPronouns.set(sub.at, antecedent(sub.at, sub.gender, depth + 1));
      consider(subjectPronouns.get(sub.at), here - si);
    }
    if (pair && want && bestRank < 2) return undefined;
    let person: Person | undefined = people[named[lo - 1].personId];
    if (!want) return best ?? person;
    let pick: Person | undefined;
    // Another person in the window who could be meant (gender agrees or unknown).
    let rival = false;
    const seen = new Set<number>();
    for (let i = lo - 1; i >= 0 && named[i].start >= at - PRONOUN_WINDOW && seen.size < 12; i--) {
      const id = named[i].personId;
      if (seen.has(id)) continue;
      seen.add(id);
      if (fits(id)) {
        if (pick) {
          rival = true;
          break;
        }
        pick = people[id];
      }
    }
    if (best) pick = best;
    if (pick) {
      // The pronoun tells this person's gender only when nobody else in the window fits.
      if (!rival && genderOf(pick.id) === null) genders.set(pick.id, want);
      return pick;
    }
    // Nobody in the window agrees: a person whose gender disagrees is never the speaker.
    const g = genderOf(person.id);
    if (g !== null && g !== want) person = undefined;
    return person;
  };
  return antecedent;
}

/** Fill speaker.name / personId from the person index. */
function resolveNames(draft: Draft, quotes: Quote[], people: Person[], mentions: Mention[]): void {
  if (mentions.length === 0 || people.length === 0) return;
  // Names in bylines, credits, captions and promo lines are never antecedents.
  const inCopy = (m: Mention) => !isFurniture(draft.paragraphs[draft.sentences[m.sentence].paragraph]);
  const outside = mentions.filter((m) => m.inQuote === null && !m.inBrackets && inCopy(m)).sort((a, b) => a.start - b.start);
  const named = outside.filter((m) => m.kind !== 'pronoun');
  const resolved = new Map<string, { name: string; personId: number }>();
  const antecedent = antecedentFinder(draft, people, mentions, named);
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp) continue;
    const key = `${sp.start}:${sp.end}`;
    const known = resolved.get(key);
    if (known) {
      sp.name = known.name;
      sp.personId = known.personId;
      continue;
    }
    let person: Person | undefined;
    const over = overlapping(outside, sp.start, sp.end);
    const lower = sp.text.toLowerCase();
    if (over) person = people[over.personId];
    else if (PERSON_PRONOUNS.has(lower) || PRONOUN_GENDER.has(lower)) person = antecedent(sp.start, PRONOUN_GENDER.get(lower));
    if (person) {
      sp.name = person.name;
      sp.personId = person.id;
      resolved.set(key, { name: person.name, personId: person.id });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Why a quote counts as attributed (quote sheet, hover)
// ---------------------------------------------------------------------------------------------

/** How a quote's speaker was found, for a reporter reading the quote sheet. */
export interface AttributionHow {
  /**
   * `cue`: a reporting word names the speaker in the quote's sentence (or the sentence around it);
   * `pronoun`: as `cue`, with he/she standing for a person named before; `label`: a speaker label
   * or credit with no verb (`Lind: "…"`, `"…" ― Paul Lind`); `subject`: the person the sentence
   * before is about; `inherited`: taken from another paragraph (a quote-only paragraph, a running
   * quote); `previous-quote`: taken from an earlier quote of the same paragraph; `none`: nobody.
   */
  kind: 'cue' | 'pronoun' | 'label' | 'subject' | 'inherited' | 'previous-quote' | 'none';
  /** 1-based paragraph (counting from the top of the draft, headline included) for `inherited`. */
  fromParagraph: number | null;
  /** One line: "cue “said”", "pronoun “he” → Erik Berg", "inherited from paragraph 3", "none". */
  text: string;
}

/** Why `q` counts as attributed, or that it does not. */
export function attributionHow(q: Quote): AttributionHow {
  const sp = q.speaker;
  if (!q.attributedBy) return { kind: 'none', fromParagraph: null, text: 'none' };
  const pronoun = sp && sp.name && PRONOUNS.has(sp.text.toLowerCase()) ? `pronoun “${sp.text}” → ${sp.name}` : '';
  if (q.inheritedFrom !== null && q.inheritedFrom !== q.paragraph) {
    const from = q.inheritedFrom + 1;
    return { kind: 'inherited', fromParagraph: from, text: `inherited from paragraph ${from}${pronoun ? ` (${pronoun})` : ''}` };
  }
  if (q.attributedBy === 'previous-quote' || q.attributedBy === 'running-quote') {
    return { kind: 'previous-quote', fromParagraph: null, text: `previous quote in the paragraph${pronoun ? ` (${pronoun})` : ''}` };
  }
  if (pronoun) return { kind: 'pronoun', fromParagraph: null, text: pronoun };
  if (q.cue) return { kind: 'cue', fromParagraph: null, text: `cue “${q.cue.text}”` };
  if (sp?.subjectOnly) return { kind: 'subject', fromParagraph: null, text: 'the person the sentence before is about' };
  if (sp?.fragmentOf) return { kind: 'subject', fromParagraph: null, text: 'the subject of the sentence the quoted words are in' };
  return { kind: 'label', fromParagraph: null, text: q.attributedBy === 'colon' ? 'speaker label before a colon' : 'credit line' };
}
