/**
 * Roles and titles of person mentions: is the person introduced with a title or role?
 *
 * For each mention of the shared person index (people.ts) this finds, with hand-written scanners
 * over `draft.prose` (no NLP over whole texts, linear in the text):
 * - a title or job description before the name ("Russian Foreign Minister Sergey Lavrov",
 *   "Sen. Elizabeth Warren", "BA chairman Martin Broughton", "spokesperson Ned Price",
 *   "Secretary of State John Kerry", "The foreign minister, Sergey Lavrov,");
 * - an appositive after it (", a spokesman for the National Security Council,", ", 45, of Leeds,",
 *   " (R-Texas)"), a relative clause ("who heads …") or a predicate ("is a national security
 *   reporter", "heads the committee");
 * - a role given elsewhere in the same sentence ("As foreign minister, Lavrov …");
 * - a role shared over a list ("Presidents Barack Obama and Vladimir Putin");
 * - an editorial insertion in brackets ("[Ukrainian President Vladimir] Zelensky");
 * - credit lines (bylines, "Reporting by …", photo credits), whose names are not references.
 *
 * Paragraph-local: results are a pure function of the paragraph text and the mentions' relative
 * spans, memoised through the ParagraphCache.
 */
import type { ParagraphCache } from './cache';
import { paragraphText } from './draft';
import { isCommonWord, isGivenName, lookupKey } from './names';
import { memo } from './cache';
import { partitionPoint } from './lines';
import { codePointStart, tokenIndexAt, tokensOf, wordAt } from './tokens';
import { appositiveAfter, clauseEnd, sentenceClauseEnd } from './appositives';
import { sentenceAt } from './sentences';
import { PLAIN_SAYING_VERBS } from './lexicon/verbs';
import { isKnownAcronym } from './lexicon/acronyms';
import { predicativeAdjective } from './lexicon/pos';
import { FIRM_SUFFIXES, ORG_DESCRIPTORS, PERSON_LIKE_BRANDS } from './lexicon/organisations';
import { MONTHS, WEEKDAYS, capitalised } from './lexicon/time';
import { sentenceContextRole } from './context-roles';
import type { Analysis, Draft, Mention, Person, Quote, Span, Role, RoleKind, MentionRole } from './types';
export type { Role, RoleKind, MentionRole } from './types';
import {
  ATTRIBUTIVE_AFTER,
  CREDIT_LINE,
  DEMONYMS,
  ROLE_VERBS,
  isCourtesyTitle,
  isStopWord,
  isTitleAbbreviation,
  roleWord,
  titleModifier,
  type RoleWordInfo,
} from './titles';

interface Tok {
  s: number;
  e: number;
  t: string;
  word: boolean;
}

const ABBREV_WITH_DOT = /^(?:[A-Za-z]\.){1,4}$|^(?:[A-Z][a-z]{0,4}\.)$/;
/** Marks inside a word: "O'Brien", "U.S.", "AT&T", "Smith-Jones". */
const WORD_JOINERS = "'’.&-";

/**
 * Words (with inner apostrophes, hyphens, dots of abbreviations) and punctuation marks of
 * text[from, to): a view over the shared token model (tokens.ts), memoised per text.
 */
export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const toks = tokensOf(text);
  from = codePointStart(text, from);
  for (let k = tokenIndexAt(toks, from); k < toks.length; ) {
    const tk = toks[k];
    if (tk.kind === 'space') {
      k++;
      continue;
    }
    const s = Math.max(from, tk.s);
    if (s >= to) break;
    if (tk.kind === 'punct') {
      const e = Math.min(tk.e, to);
      out.push({ s, e, t: text.slice(s, e), word: false });
      k++;
      continue;
    }
    const w = wordAt(text, toks, k, s, to, WORD_JOINERS) as { s: number; e: number; next: number };
    k = w.next;
    let t = text.slice(s, w.e);
    if (t.length === 1 && (t.charCodeAt(0) & 0xfc00) === 0xd800) {
      out.push({ s, e: w.e, t, word: false }); // half of a letter cut by `to`
      continue;
    }
    // Split trailing punctuation that is not part of an abbreviation or possessive.
    let trail = '';
    while (/[.'’&-]$/.test(t) && !(t.endsWith('.') && (ABBREV_WITH_DOT.test(t) || isTitleAbbreviation(t)))) {
      if (/s['’]$/.test(t)) break; // plural possessive "Jones'"
      trail = t.slice(-1) + trail;
      t = t.slice(0, -1);
    }
    out.push({ s, e: s + t.length, t, word: true });
    for (let j = 0; j < trail.length; j++) out.push({ s: s + t.length + j, e: s + t.length + j + 1, t: trail[j], word: false });
  }
  return out;
}

/**
 * A word with a full stop that is neither a title abbreviation ("Sen.", "Gov.") nor initials
 * ("U.S."): "Hadad." ends a sentence the splitter kept open (a lower-case word follows).
 */
function endsSentence(t: string): boolean {
  return t.endsWith('.') && !isTitleAbbreviation(t) && !/^(?:[A-Za-z]\.)+$/.test(t);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'whose']);

function isCap(t: string): boolean {
  return /^[\p{Lu}]/u.test(t);
}

function lower(t: string): string {
  return (t.includes('’') || t.includes('‘') ? t.replace(/[’‘]/g, "'") : t).toLowerCase();
}

const WHITE_SPACE = /\s/;

function isPossessiveWord(t: string): boolean {
  return /['’]s$/.test(t) || /s['’]$/.test(t);
}

/** Title or job description ending right before `nameStart` (within [floor, nameStart)). */
export function roleBefore(prose: string, floor: number, nameStart: number): Role | null {
  const from = Math.max(floor, nameStart - 160);
  const toks = tokenize(prose, from, nameStart);
  const edge: NameEdge = { i: toks.length - 1, nameStart };
  nameEdge(toks, edge);
  let i = edge.i;
  nameStart = edge.nameStart;
  if (i < 0) return null;
  let kind: RoleKind = 'before';
  if (toks[i].t === ',') {
    kind = 'before-appositive';
    i--;
    const c = clauseRole(toks, i, nameStart, prose);
    if (c) return c;
  }
  if (i < 0 || !toks[i].word) return null;
  const group = suchAsRole(toks, i);
  if (group) return group;
  if (kind === 'before') {
    const org = possessiveOrgRole(toks, i, prose, nameStart);
    if (org) return org;
  }
  const h = roleHeadAt(toks, i, prose, nameStart);
  if (h === null || 'kind' in h) return h;
  const { info, head, tailEnd } = h;
  if (kind === 'before-appositive' && !appositiveTitle(toks, head)) return null;
  const first = titleStart(toks, head);
  // An ambiguous word alone right after another name is its verb: "Sepp Blatter hopes Thierry Henry".
  if (first === 0 && head === 0 && tailEnd < 0 && VERBISH.has(toks[0].t) && from === floor && /\p{Lu}[\p{L}'’-]*\s*$/u.test(prose.slice(Math.max(0, floor - 30), floor))) return null;
  let remStart = toks[first].s;
  if (first - 1 >= 0 && toks[first - 1].word && DETERMINERS.has(lower(toks[first - 1].t))) remStart = toks[first - 1].s;
  const span = { start: toks[first].s, end: tailEnd > 0 ? tailEnd : toks[head].e };
  return {
    kind,
    text: prose.slice(span.start, span.end),
    span,
    removal: { start: remStart, end: nameStart },
    plural: info.plural,
  };
}

/** The last token before the name proper (`i`), and where the name starts once initials and honours join it. */
interface NameEdge {
  i: number;
  nameStart: number;
}

function nameEdge(toks: Tok[], edge: NameEdge): void {
  let i = edge.i;
  // A gloss in brackets before the name: "radio host and DJ (disc jockey) Adam Corry".
  if (i >= 2 && toks[i].t === ')') {
    let k = i - 1;
    while (k >= 0 && toks[k].t !== '(' && i - k < 8) k--;
    if (k > 0 && toks[k].t === '(') i = k - 1;
  }
  // Initials the person index left out belong to the name: "the Irish tycoons JP McManus".
  if (i >= 1 && toks[i].word && /^(?:[A-Z]{2,3}|(?:[A-Z]\.){1,3})$/.test(toks[i].t) && !isKnownAcronym(toks[i].t) && toks[i].e + 1 === edge.nameStart) {
    edge.nameStart = toks[i].s;
    i--;
  }
  // An honour is not a role and stays with the name: "Manchester United manager Sir Alex Ferguson".
  if (i >= 0 && toks[i].word && /^(?:sir|dame)$/i.test(toks[i].t)) {
    edge.nameStart = toks[i].s;
    i--;
  }
  // A scare-quoted role: its “national enterprise reporter” Jane Doe.
  if (i >= 1 && /^[”’"']$/.test(toks[i].t) && toks[i - 1].word) i--;
  edge.i = i;
}

/**
 * A plural role word of a group the name belongs to: "such Hollywood directors as Ridley Marsh",
 * "contemporary artists such as Norah Jones", "stars including Paul Simmons, Madonna and David Bower".
 */
function suchAsRole(toks: Tok[], i: number): Role | null {
  if (i >= 2 && lower(toks[i].t) === 'as') {
    for (let k = i - 1; k >= 1 && i - k <= 5; k--) {
      if (!toks[k].word) break;
      if (lower(toks[k - 1].t) === 'such') {
        for (let r = k; r < i; r++) {
          const w = roleWord(toks[r].t, false);
          if (w && w.plural && !LOOSE_GROUPS.has(lower(toks[r].t))) {
            return { kind: 'sentence', text: toks[r].t, span: { start: toks[r].s, end: toks[r].e }, removal: null, plural: true };
          }
        }
        break;
      }
    }
  }
  let j = i;
  if (j >= 1 && lower(toks[j].t) === 'as' && lower(toks[j - 1].t) === 'such') j -= 1;
  if (!/^(?:such|including|like|among|notably|especially)$/i.test(toks[j].t)) return null;
  // ("More than 30 singers recorded as the group Aid Chorus, including Lionel Brandt": the plural may be the subject.)
  for (let k = j - 1; k >= 0 && j - k <= 16; k--) {
    if (!toks[k].word) {
      if (/^[;:—–()"“”]$/.test(toks[k].t)) break;
      continue;
    }
    if (j - k > 6 && !/^\p{Ll}/u.test(toks[k].t)) continue;
    const w = roleWord(toks[k].t, false);
    const loose = (LOOSE_GROUPS.has(lower(toks[k].t)) || j - k > 6 && WEAK_GROUPS.has(lower(toks[k].t))) && !(k > 0 && lower(toks[k].t) === 'critics' && CRITIC_FIELDS.has(lower(toks[k - 1].t)));
    if (w && w.plural && !loose) {
      const span = { start: toks[k].s, end: toks[k].e };
      return { kind: 'sentence', text: toks[k].t, span, removal: null, plural: true };
    }
  }
  return null;
}

/** An organisation's possessive: "Ernst and Young's Sanjay Mehta", "the BBC's Jane Doe". */
function possessiveOrgRole(toks: Tok[], i: number, prose: string, nameStart: number): Role | null {
  if (!/^[\p{Lu}\d][\p{L}\p{M}\d.&-]*['’]s$/u.test(toks[i].t) || isStopWord(toks[i].t.slice(0, -2)) || (i > 0 && toks[i - 1].word && (isCourtesyTitle(toks[i - 1].t) || isTitleAbbreviation(toks[i - 1].t)))) return null;
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (!toks[k].word || !(isCap(toks[k].t) || /^(?:and|&|of)$/.test(toks[k].t)) || isStopWord(toks[k].t) && !/^(?:and|of)$/.test(toks[k].t) || endsSentence(toks[k].t)) break;
    first = k;
  }
  while (first < i && /^(?:and|&|of)$/.test(toks[first].t)) first++;
  let remStart = toks[first].s;
  if (first - 1 >= 0 && toks[first - 1].word && lower(toks[first - 1].t) === 'the') remStart = toks[first - 1].s;
  const span = { start: toks[first].s, end: toks[i].e };
  return { kind: 'before', text: prose.slice(span.start, span.end), span, removal: { start: remStart, end: nameStart } };
}

/** The role word a title before a name rests on (`head`), and the end of an "of" phrase after it. */
interface RoleHead {
  info: RoleWordInfo;
  head: number;
  tailEnd: number;
}

/**
 * The head of the title that ends at token `i`; or a whole role ("a fan named Jo Bloggs", a role of
 * a firm); or null.
 */
function roleHeadAt(toks: Tok[], i: number, prose: string, nameStart: number): RoleHead | Role | null {
  // "director of rugby Rob Andrew", "head of research Peter Kim": the "of" phrase belongs to the title
  // even when its last word is a role word too.
  let info = i >= 2 && toks[i - 1].word && /^(?:for|of)$/.test(lower(toks[i - 1].t)) && toks[i - 2].word && /^\p{Ll}/u.test(toks[i].t) && roleWord(toks[i - 2].t) ? null : roleWord(toks[i].t);
  if (!info && fixedPhraseRole(toks, i)) info = { role: true, plural: false };
  if (info) return { info, head: i, tailEnd: -1 };
  if (i >= 1 && /^(?:called|named)$/.test(lower(toks[i].t)) && toks[i - 1].word && roleWord(toks[i - 1].t)) {
    // "a shabby young Austrian called Adolf Hitler", "a fan named Jo Bloggs".
    const span = { start: toks[i - 1].s, end: toks[i - 1].e };
    return { kind: 'sentence', text: toks[i - 1].t, span, removal: null, plural: false };
  }
  const of = ofPhraseHead(toks, i);
  if (of) return of;
  // "Secretary of State John Kerry", "Chancellor of the Exchequer Gordon Brown".
  let k = i;
  let caps = 0;
  while (k >= 0 && toks[k].word && isCap(toks[k].t) && !isStopWord(toks[k].t) && caps < 3) {
    k--;
    caps++;
  }
  if (caps === 0) return null;
  if (k >= 0 && lower(toks[k].t) === 'the') k--;
  if (k >= 1 && (lower(toks[k].t) === 'of' || lower(toks[k].t) === 'for') && toks[k - 1].word) {
    const w = roleWord(toks[k - 1].t);
    return w ? { info: w, head: k - 1, tailEnd: toks[i].e } : null;
  }
  // "co-head of aerospace group EADS Philippe Carmel": a role of a firm
  // whose name ends right before the person's.
  return roleOfFirm(toks, k, prose, nameStart);
}

/** Phrases that identify a person without a role word, ending at token `i`. */
function fixedPhraseRole(toks: Tok[], i: number): boolean {
  // "world number one Lindsay Davenport", "former number one Ivan Lendl".
  if (i >= 1 && toks[i - 1].word && lower(toks[i - 1].t) === 'number' && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})$/i.test(toks[i].t)) return true;
  // "former FBI man Jeffrey Royer", "Offaly man James Nolan".
  if (i >= 1 && /^(?:man|woman)$/.test(toks[i].t) && toks[i - 1].word && (isCap(toks[i - 1].t) || /\d/.test(toks[i - 1].t) || /^right-hand$/i.test(toks[i - 1].t)) && !endsSentence(toks[i - 1].t)) return true;
  // "his alleged second in command Robert Hadley".
  if (i >= 2 && lower(toks[i].t) === 'command' && lower(toks[i - 1].t) === 'in' && lower(toks[i - 2].t) === 'second') return true;
  // "Argentine wild card Mariano Puerta".
  if (i >= 1 && lower(toks[i].t) === 'card' && lower(toks[i - 1].t) === 'wild') return true;
  // "former Miss Universe Alicia Machado": a contest's title.
  if (i >= 1 && /^(?:Miss|Mr|Ms|Mrs)\.?$/.test(toks[i - 1].t) && /^(?:Universe|World|America|England|Scotland|Wales|Ireland|Britain|UK|USA|Earth|International|Olympia)$/.test(toks[i].t)) return true;
  // "14-year-old Stefan Pakeerah": age identifies an ordinary person.
  return /^\d+-year-old$/.test(toks[i].t);
}

/** A role word with an "of"/"for" phrase of one or two lower-case words: "shadow spokesman for sport", "head of equity research". */
function ofPhraseHead(toks: Tok[], i: number): RoleHead | null {
  if (i >= 2 && toks[i - 1].word && /^(?:for|of)$/.test(lower(toks[i - 1].t)) && toks[i - 2].word && /^\p{Ll}/u.test(toks[i].t)) {
    // "shadow spokesman for sport Hugh Robertson", "head of research Peter Kim"
    const w = roleWord(toks[i - 2].t);
    if (w) return { info: w, head: i - 2, tailEnd: toks[i].e };
  }
  if (i >= 3 && toks[i - 1].word && toks[i - 2].word && /^(?:for|of)$/.test(lower(toks[i - 2].t)) && toks[i - 3].word && /^\p{Ll}/u.test(toks[i].t) && /^\p{Ll}/u.test(toks[i - 1].t) && !isStopWord(toks[i - 1].t)) {
    // "director of telecoms research Tony Lavender", "head of equity research Peter Kim"
    const w = roleWord(toks[i - 3].t, false);
    if (w) return { info: w, head: i - 3, tailEnd: toks[i].e };
  }
  return null;
}

/** "The foreign minister, Sergey Lavrov": an appositive title needs a determiner or possessive before the role. */
function appositiveTitle(toks: Tok[], head: number): boolean {
  let k = head - 1;
  while (k >= 0 && toks[k].word && !isStopWord(toks[k].t) && head - k < 5) k--;
  if (!(k >= 0 && toks[k].word && DETERMINERS.has(lower(toks[k].t))) && !(k + 1 < head && isPossessiveWord(toks[k + 1].t))) {
    if (!(k < 0 || !toks[k].word)) return false;
  }
  return descriptive(toks, Math.max(0, k), head);
}

/** The first token of the title whose head is `head`: back over capitalised words, title modifiers, role nouns, possessives. */
function titleStart(toks: Tok[], head: number): number {
  let first = head;
  for (let k = head - 1; k >= 0 && head - k <= 7; k--) {
    const tk = toks[k];
    if (!tk.word) {
      // (A spaced dash ends the title: "five members - president Konstantinos Panagopoulos".)
      if (tk.t === '&' || tk.t === '-' && toks[k + 1].s === tk.e && toks[k - 1]?.e === tk.s) continue;
      break;
    }
    const lw = lower(tk.t);
    if ((lw === 'of' || lw === 'and' || lw === '&') && k > 0 && toks[k - 1].word && isCap(toks[k - 1].t) && isCap(toks[first].t)) {
      continue; // "Trade and Industry Secretary", "Bank of England governor"
    }
    if (lw === 'and' && k > 0 && toks[k - 1].word && roleWord(toks[k - 1].t) && !roleWord(toks[k - 1].t)?.plural) {
      continue; // "former MTV host and VJ Adam Curry": one person's two roles
    }
    if (isStopWord(tk.t) && !/^\p{Lu}[\p{Lu}.]+$/u.test(tk.t) || isCourtesyTitle(tk.t)) break; // "US President": an acronym, not "us"
    if (endsSentence(tk.t)) break; // "… is Marta Hadad. senator Oluwaseun Nakamura": not part of the title
    if (isCap(tk.t) || titleModifier(tk.t) || roleWord(tk.t) || isPossessiveWord(tk.t) || tk.t.includes('-') || /^\d/.test(tk.t)) {
      first = k;
      continue;
    }
    // Any noun modifier right after a determiner: "the baseball player Willie Mays".
    if (k > 0 && toks[k - 1].word && (DETERMINERS.has(lower(toks[k - 1].t)) || isPossessiveWord(toks[k - 1].t)) && !/(?:ed|ing|ly)$/.test(tk.t)) {
      first = k;
      continue;
    }
    break;
  }
  // Do not start a title at a dangling "of"/"and".
  while (first < head && /^(?:of|and|&)$/i.test(toks[first].t)) first++;
  return first;
}

/** A role word, then "of/at" and a description of a firm ending at toks[k] (see roleBefore). */
function roleOfFirm(toks: Tok[], k: number, prose: string, nameStart: number): Role | null {
  for (let j = k, n = 0; j >= 0 && n < 10; j--, n++) {
    const t = toks[j];
    if (!t.word) {
      if (t.t === '-' || t.t === '&') continue;
      return null;
    }
    const lw = lower(t.t);
    if (lw === 'of' || lw === 'at') {
      const w = j > 0 && toks[j - 1].word ? roleWord(toks[j - 1].t, false) : null;
      if (!w) return null;
      const span = { start: toks[j - 1].s, end: toks[toks.length - 1].e };
      return { kind: 'before', text: prose.slice(span.start, span.end), span, removal: null, plural: w.plural };
    }
    if (isStopWord(t.t) && lw !== 'and' || endsSentence(t.t) || /(?:ed|ing)$/.test(lw) && !isCap(t.t)) return null;
  }
  return null;
}

/**
 * A clause before ", Name" that names a role: "The firm's founder and former chairman,
 * Mikhail Korolev", "The paper's correspondent in Lagos, Rachel Harte".
 */
function clauseRole(toks: Tok[], last: number, nameStart: number, prose: string): Role | null {
  // "spotted by a US music executive, Steve Greenway": a determined role phrase right before the comma.
  for (let j = last; j >= 0 && last - j < 4; j--) {
    if (!toks[j].word) break;
    // ("two friends, Donna Hale and Asha Omar,", "his friend, Quincy Jones": an everyday role word after a determiner.)
    const w = roleWord(toks[j].t, false) ?? (j === last && j > 0 && toks[j - 1].word && (DETERMINERS.has(lower(toks[j - 1].t)) || /^(?:two|three|four|five|six|both|several|close|old|longtime|childhood|best)$/i.test(toks[j - 1].t) || isPossessiveWord(toks[j - 1].t)) ? roleWord(toks[j].t) : null);
    if (!w) continue;
    for (let d = j - 1; d >= 0 && j - d <= 4; d--) {
      if (!toks[d].word) break;
      if (/^(?:other|another|fellow|former|ex|then|now|current|new|acting|interim|long-time|longtime)$/i.test(toks[d].t)) continue; // "three other ex-managers", "its then chief executive"

      if (DETERMINERS.has(lower(toks[d].t)) || isPossessiveWord(toks[d].t) || /^(?:two|three|four|five|six|seven|eight|nine|ten|both|several|\d+)$/i.test(toks[d].t)) {
        if (!descriptive(toks, d, last)) break;
        const span = { start: toks[d].s, end: toks[last].e };
        return { kind: 'before-appositive', text: prose.slice(span.start, span.end), span, removal: { start: span.start, end: nameStart }, plural: w.plural };
      }
      if (isStopWord(toks[d].t)) break;
    }
  }
  let k = last;
  // (Commas inside a title's list of portfolios: "The Secretary of State for Energy, Trade and Tourism,".)
  while (k >= 0 && last - k < 14 && (toks[k].word || toks[k].t === '-' || toks[k].t === '&' ||
    toks[k].t === ',' && k > 0 && toks[k - 1].word && isCap(toks[k - 1].t) && toks[k + 1]?.word && isCap(toks[k + 1].t))) k--;
  let first = k + 1;
  // "…, and EU envoy to the trade talks, Carlo Trevi": the conjunction joins clauses.
  if (first < last && k >= 0 && toks[k].t === ',' && /^(?:and|but)$/.test(toks[first].t) && toks[first + 1].word && isCap(toks[first + 1].t)) first++;
  if (first > last) return null;
  // "…," said EEF chief economist, Steve Radley": the speech verb is not part of the description.
  while (first < last && SPEECH_VERBS.has(lower(toks[first].t))) first++;
  let plural = false;
  let found = false;
  for (let j = first; j <= last; j++) {
    if (!toks[j].word) continue;
    // ("The head of that tribunal, Nikos Varvitsiotis": an everyday role word made a role by "of".)
    const w = roleWord(toks[j].t, false) ?? (j < last && /^(?:of|for|at)$/i.test(toks[j + 1].t) ? roleWord(toks[j].t) : null);
    if (w && !(j === first && isCap(toks[j].t) && FUNCTION_STARTS.has(lower(toks[j].t)))) {
      found = true;
      plural = w.plural;
    }
  }
  if (!found) return null;
  // A clause with a verb is a sentence, not a description: "Teachers could get more powers, Ruth Kelly said".
  if (!descriptive(toks, first, last)) return null;
  // Only a clause that reads as a description: starts with a determiner, possessive, "one of",
  // a modifier or a role word, not with a verb or preposition ("Speaking at …").
  const fw = lower(toks[first].t);
  if (!(DETERMINERS.has(fw) || isPossessiveWord(toks[first].t) || /^(?:one|both|two|three|four|fellow|former|formerly|another|other|then|now|ex)$/.test(fw) || roleWord(toks[first].t) || titleModifier(toks[first].t) || isCap(toks[first].t) && !FUNCTION_STARTS.has(fw))) return null;
  const span = { start: toks[first].s, end: toks[last].e };
  return { kind: 'before-appositive', text: prose.slice(span.start, span.end), span, removal: { start: span.start, end: nameStart }, plural };
}
/** Verbs that open a clause after "Name," when the appositive comma was never closed. */
const VERB_OPEN = /^(?:beat|beats|won|wins|lost|loses|scored|scores|took|takes|made|makes|went|goes|came|comes|left|leaves|told|tells|saw|sees|gave|gives|got|gets|hit|hits|kept|keeps|led|leads|ran|runs|met|meets|said|says|added|adds|insisted|insists|joined|joins|signed|signs|faces|face|became|becomes|will|would|could|should|can|may|might|must|has|have|had|is|are|was|were)$/i;

/** Tokens first..last read as a description, not a clause with a verb ("The firm nurtured contestants including Will Young"). */
function descriptive(toks: Tok[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    if (!toks[j].word) continue;
    const lw = lower(toks[j].t);
    if (CLAUSE_VERBS.has(lw) || /^(?:including|such|like)$/.test(lw)) return false;
    // A past tense that is no title word ("issued a statement", not "retired", "elected").
    // (After a determiner or an adverb it is an adjective: "a respected economist", "a highly qualified nurse".)
    const prev = j > first && toks[j - 1].word ? lower(toks[j - 1].t) : '';
    const adjective = DETERMINERS.has(prev) || /ly$/.test(prev) || /^(?:most|very|highly|well|much|more|less|newly|once|twice)$/.test(prev) || j > first && /-$/.test(toks[j - 1].t);
    if (/^\p{Ll}+ed$/u.test(toks[j].t) && !adjective && !titleModifier(toks[j].t) && !roleWord(toks[j].t) && !/^(?:ed|red|bed|shed)$/.test(toks[j].t)) return false;
  }
  return true;
}
const CLAUSE_VERBS = new Set(['could', 'would', 'should', 'will', 'shall', 'can', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'get', 'got', 'said', 'says']);
const FUNCTION_STARTS = new Set(['in', 'on', 'at', 'as', 'after', 'before', 'when', 'while', 'since', 'like', 'unlike', 'for', 'with', 'by', 'but', 'and', 'so', 'yet', 'if', 'although', 'though', 'however', 'meanwhile', 'speaking', 'asked', 'according', 'despite', 'during', 'under', 'to', 'from']);

/** A ranking as an appositive: ", top seed in the women's draw,", ", the world number one,". */
const SEED = /^(?:the\s+)?(?:top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|no\.?\s*\d+|number\s+\w+)\s+seeds?\b|^(?:the\s+)?(?:world|british|european|women's|men's)\s+number\s+(?:one|two|three|\d+)\b/i;
const PARTY = /^\s*\(\s*(?:[RDI]|Rep|Dem|Ind|Lab|Con|LD|Lib ?Dem|SNP|Plaid|DUP|UUP|SDLP|UKIP|Green|Ind)\.?(?:\s*[-–,]\s*[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?\.?)?\s*\)/u;
/**
 * A party tag or post-nominal after a name, as written after it (" (R-Texas)", ", D-N.Y.", " QC"):
 * a fixed form that reads the same after any mention. A club, country or work in brackets
 * (" (Perpignan)", " (UK)") is not one: in a team sheet or shortlist it belongs where it is.
 */
export function partyTag(after: string): boolean {
  return PARTY.test(after) || POST_NOMINAL.test(after) || /^,\s*[RDI]-[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?\.?$/u.test(after);
}
const AGE = /^,\s*\d{1,3}\s*,/;
/** " at the University of California", " at Lehman Brothers": an employer, not a venue ("at Wimbledon"). */
const AT_ORG = /^\s+at\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.&-]*\s+){0,4}(?:University|College|Institute|School|Bank|Group|Capital|Securities|Partners|Associates|Review|Times|Post|Journal|Foundation|Council|Agency|Commission|Ministry|Department|Corporation|Company|Trust|Society|Association|Union|Party|Brothers|Stanley|Sachs|Lynch|Research|Consulting|Economics|Insight|Markets|Holdings|Investments|Management|Media|News|Network|Press|Magazine|Observatory|Laboratory|Lab|Labs)\b/u;
const AGE_END = /^,\s*\d{1,3}(?=\s*(?:and\b|[.;]))/;
/** Positions a player is picked at: "at flanker", "at centre", "at scrum-half". */
const POSITIONS = /^(?:flanker|centre|center|wing|lock|prop|hooker|fly-half|scrum-half|full-back|fullback|stand-off|number|no|openside|blindside|winger|striker|midfield|midfielder|sweeper|keeper|goalkeeper|full-back|left-back|right-back|centre-back|centre-half|outside-half|inside-centre|outside-centre|loosehead|tighthead|tight-head|loose-head|back-row|second-row|quarterback|shortstop|catcher|pitcher|guard|forward)$/;
const POST_NOMINAL = /^,?\s+(QC|KC|SC|MP|MEP|MSP|MLA|MS|AM|TD|JP)(?![\p{L}\p{N}])(?!\s+\p{Lu}\p{Ll})/u;
/** Phrases that give a role without a role noun: "who was put in charge of election planning". */
const ROLE_PHRASE = /\b(?:in charge of|responsible for|at the helm of|the head of|head of)\b/;
const HOMETOWN = /^\s*(?:of|from)\s+[\p{Lu}]/u;
const APPOS_OPEN = /^(?:a|an|the|his|her|their|its|our|one|both|each|then|now|formerly|currently|himself|herself|also|once|long|who|whose|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[\p{Lu}][\p{L}\p{M}.&-]*['’]s)\b/u;
const PREDICATE = /^\s+(?:is|was|are|were|has been|had been|have been|remains|remained|became|becomes|will be|would be|serves as|served as|works as|worked as|acts as|acted as)\s+(?:now\s+|also\s+|currently\s+|still\s+|already\s+|formerly\s+|himself\s+|herself\s+|both\s+)?(?:a|an|the|his|her|their|its|one|[\p{Lu}][\p{L}\p{M}.&-]*['’]s)\b/u;
const PREDICATE_ROLE = /^\s+(?:is|was|are|were|has been|had been|remains|became)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
const DIRECT_ROLE_VERB = /^\s+(?:(?:are|is|were|was|will be)\s+(?:also\s+)?(?:co-)?starring|co-stars? in|co-starred in|heads|headed|leads|chairs|chaired|directs|directed|founded|co-founded|cofounded|owns|manages|coaches|represents|captains|edits|oversees|presides|commands|governs|runs|serves as|served as|works (?:as|for)|worked (?:as|for)|plays for|played for|writes for|wrote for|reports for|reported for|anchors|stars in|teaches|taught)\b/;

function hasRoleWord(prose: string, from: number, to: number, maxWords: number): boolean {
  const toks = tokenize(prose, from, to);
  let n = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word) continue;
    if (++n > maxWords) break;
    // ("who won for playing late film star Katharine Hale": the title of another name.)
    if (toks[i + 1]?.word && toks[i + 2]?.word && /^\p{Lu}\p{Ll}/u.test(toks[i + 1].t) && /^\p{Lu}\p{Ll}/u.test(toks[i + 2].t) && roleWord(t.t)) continue;
    if (roleWord(t.t, false)) return true;
    if (/^\d+-year-old$/.test(t.t)) return true; // "a 22-year-old black man"
    // An everyday role word at the end of its noun phrase: "a retired Belgian general who", "a senior official with".
    if (i > 0 && roleWord(t.t) && !DEMONYMS.has(lower(t.t)) && toks[i - 1].word && !isStopWord(toks[i - 1].t) && (titleModifier(toks[i - 1].t) || isCap(toks[i - 1].t) || roleWord(toks[i - 1].t)) &&
      (i + 1 >= toks.length || !toks[i + 1].word || /^(?:who|that|at|in|of|for|with|from|since|until|and)$/i.test(toks[i + 1].t))) return true;
    // "another IPCL board member", "a committee member".
    if (/^members?$/i.test(t.t) && i > 0 && /^(?:board|committee|cabinet|council|panel|staff|jury|band|cast|crew|party|faculty|club|team|parliament|congress|senate)$/i.test(toks[i - 1].t)) return true;
    // "head of equity research", "principal of the college": an everyday word made a role by "of".
    if (roleWord(t.t) && /^(?:of|for|at)$/i.test(toks[i + 1]?.t ?? '')) return true;
  }
  return false;
}

/** Appositive, relative clause, party tag or predicate right after the name. */
/** Nouns of time and manner that end a phrase before a name without describing it: "at the same time John Smith said". */
const NOT_DESCRIPTOR = /^(?:time|times|day|days|week|weeks|month|months|year|years|night|morning|evening|afternoon|moment|way|end|start|meantime|case|event|past|future|same|first|last|next|other|others|following|ago|later|earlier)$/;

/** A sentence opening with a preposition and a determiner: "After the ", "In a ". */
const OPENING_PREPOSITION = /^[\s"“‘'(]*(?:after|before|during|in|at|on|by|since|until|for|with|from|over|under|despite|throughout|within|into|through|amid)\s+\S+\s+$/iu;

/**
 * A noun phrase in lower case between a determiner and the name describes the person, whatever
 * the noun, even misspelt: "the prime minster Taras Boyko", "his longtime barber Joe Bloggs". Its
 * head is not a time noun, a stop word or an -ing/-ed/-ly form.
 */
function descriptorBefore(prose: string, floor: number, nameStart: number): Role | null {
  const before = prose.slice(Math.max(floor, nameStart - 60), nameStart);
  const m = /(?:^|[^\p{L}'’])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\s+((?:[\p{Ll}][\p{Ll}-]*\s+){0,2}([\p{Ll}][\p{Ll}-]{2,}))\s+$/u.exec(before);
  if (!m) return null;
  const head = m[2];
  if (NOT_DESCRIPTOR.test(head) || isStopWord(head) || /(?:ing|ed|ly)$/.test(head)) return null;
  // An opening adverbial before the subject describes nobody: "After the break Andy Grey missed".
  const start = nameStart - before.length + m.index + m[0].indexOf(m[1]);
  if (OPENING_PREPOSITION.test(prose.slice(floor, start))) return null;
  const span = { start, end: start + m[1].length };
  return { kind: 'before', text: m[1], span, removal: null };
}

/**
 * An appositive noun phrase after the name describes the person, whatever the noun, even
 * misspelt: "Alan Cobb, a senior campaign advise who …", "Ann Lee, the group's treasurer,". Its
 * head (the last word before a comma, a relative word or a preposition) is not a time noun, a
 * stop word or an -ing/-ed/-ly form.
 */
function descriptorAfter(prose: string, nameEnd: number, ceil: number): Role | null {
  const rest = prose.slice(nameEnd, Math.min(ceil, nameEnd + 80));
  const m = /^,\s+(?:a|an|the|[\p{Lu}][\p{L}.&-]*['’]s)\s+((?:[\p{L}'’-]+\s+){0,4}?([\p{Ll}][\p{Ll}-]{2,}))(?=\s*(?:[,.;)—–]|$)|\s+(?:who|whose|which|that|at|of|for|in|with|from|on)\s)/u.exec(rest);
  if (!m) return null;
  const head = m[2];
  if (NOT_DESCRIPTOR.test(head) || isStopWord(head) || /(?:ing|ed|ly)$/.test(head)) return null;
  const start = nameEnd + m[0].indexOf(m[1]);
  return { kind: 'appositive', text: m[1], span: { start, end: start + m[1].length }, removal: null };
}

/** A generational suffix after a name: "Brent Bozell III", "Martin Luther King Jr.", "John Doe, Sr.". */
const GENERATION = /^,?\s+(?:Jr|Sr|Jnr|Snr)\.?(?![\p{L}\p{N}])|^\s+(?:II|III|IV)(?![\p{L}\p{N}])/u;

export function roleAfter(prose: string, nameEnd: number, ceil: number): Role | null {
  // The role comes after a generational suffix: "Brent Bozell III, founder of the group".
  const gen = GENERATION.exec(prose.slice(nameEnd, nameEnd + 6));
  const r = roleAfterName(prose, nameEnd, ceil) ?? (gen ? roleAfterName(prose, nameEnd + gen[0].length, ceil) : null) ?? descriptorAfter(prose, nameEnd, ceil);
  if (r) return r;
  // An age identifies an ordinary person, like "14-year-old": "James Lomas, 15, George Maguire, 14".
  const age = AGE.exec(prose.slice(nameEnd, nameEnd + 8)) ?? AGE_END.exec(prose.slice(nameEnd, nameEnd + 8));
  if (!age) return null;
  const end = nameEnd + (/^,\s*\d{1,3}/.exec(age[0])?.[0].length ?? 0);
  const span = { start: nameEnd + 1 + (/^,\s*/.exec(age[0])?.[0].length ?? 1) - 1, end };
  // (", 45, said" loses both commas with the age; ", 45." keeps the full stop.)
  return { kind: 'appositive', text: prose.slice(span.start, span.end), span, removal: { start: nameEnd, end: closeComma(prose, end) } };
}

function roleAfterName(prose: string, nameEnd: number, ceil: number): Role | null {
  const limit = Math.min(ceil, nameEnd + 400);
  const rest = prose.slice(nameEnd, limit);
  const early = clauseOpenerAfter(prose, nameEnd, limit, rest) ?? partyAfter(prose, nameEnd, rest);
  if (early) return early;
  let off = 0;
  const age = AGE.exec(rest) ?? AGE_END.exec(rest);
  if (age) {
    off = age[0].length - 1; // keep the comma that closes the age as the appositive opener
    if (HOMETOWN.test(rest.slice(age[0].length))) {
      const end = clauseEnd(prose, nameEnd + age[0].length, limit);
      const span = { start: nameEnd + 1, end };
      return { kind: 'appositive', text: prose.slice(span.start, span.end).trim(), span, removal: { start: nameEnd, end: closeComma(prose, end) } };
    }
  }
  // " - the man appointed as the party's election supremo -", " — a former minister —".
  const dash = /^\s+[-–—]\s+(?=(?:a|an|the|his|her|their|its|now|then|formerly|another|fellow|former|one|[\p{Lu}][\p{L}.&-]*['’]s)\s)/u.exec(rest);
  if (dash) {
    const s = nameEnd + dash[0].length;
    const endDash = prose.slice(s, limit).search(/\s[-–—]\s|[.;!?](?=\s|$)/);
    const end = endDash < 0 ? limit : s + endDash;
    if (hasRoleWord(prose, s, end, 10) || end - s < 60) {
      const span = { start: s, end };
      return { kind: 'appositive', text: prose.slice(s, end), span, removal: null };
    }
  }
  const afterAge = rest.slice(off);
  const named = affiliationAfter(prose, nameEnd, limit, afterAge, off) ?? organisationAfter(prose, nameEnd, afterAge, off);
  if (named) return named;
  const ap = appositiveAfter(prose, nameEnd + off, limit);
  if (ap) return commaRole(prose, nameEnd, limit, ap);
  if (off > 0) return null;
  return predicateAfter(prose, nameEnd, limit, rest);
}

/** ", part of the family that owns the firm,", ", speaking on behalf of Mr Pitylak": an appositive clause. */
function clauseOpenerAfter(prose: string, nameEnd: number, limit: number, rest: string): Role | null {
  // ", part of the family that owns the firm,", ", one of the founders of X,".
  const partOf = /^,\s+(?:part|one|a member|members) of the (?:family|founders|team|group|board|dynasty|consortium|management)\b/.exec(rest);
  if (partOf) {
    const end = clauseEnd(prose, nameEnd + 2, limit);
    return { kind: 'appositive', text: prose.slice(nameEnd + 2, end), span: { start: nameEnd + 2, end }, removal: { start: nameEnd, end: closeComma(prose, end) } };
  }
  // ", speaking on behalf of Mr Pitylak": a spokesperson.
  const behalf = /^,\s+(speaking|acting|writing) (?:on behalf of|for)\s+/.exec(rest);
  if (behalf) {
    const end = clauseEnd(prose, nameEnd + 2, limit);
    return { kind: 'appositive', text: prose.slice(nameEnd + 2, end), span: { start: nameEnd + 2, end }, removal: { start: nameEnd, end: closeComma(prose, end) } };
  }
  return null;
}

/** Letters, a party or a team in brackets after the name: "Diane Abbott MP", "Nicolas Mas (Perpignan)", "(D-Ore.)". */
function partyAfter(prose: string, nameEnd: number, rest: string): Role | null {
  // Letters after the name that are a role: "Ian MacDonald QC", "Diane Abbott MP".
  const post = POST_NOMINAL.exec(rest);
  if (post) {
    const span = { start: nameEnd + post[0].length - post[1].length, end: nameEnd + post[0].length };
    return { kind: 'party', text: post[1], span, removal: { start: nameEnd, end: span.end } };
  }
  // A team sheet or shortlist: "Nicolas Mas (Perpignan)", "Imelda Staunton (Vera Drake)".
  const paren = /^\s+\(([\p{Lu}][^()]{1,40}|(?:hammer|discus|shot|javelin|pole vault|high jump|long jump|triple jump|heptathlon|decathlon|marathon|hurdles|\d+m(?: hurdles)?|capt|captain|c|wk|vocals|lead vocals|guitar|guitars|lead guitar|bass|bass guitar|drums|percussion|keyboards|keys|piano|saxophone|sax|violin|cello|trumpet|turntables|dj))\)/u.exec(rest);
  if (paren && !PARTY.test(rest)) {
    const span = { start: nameEnd + paren[0].indexOf('('), end: nameEnd + paren[0].length };
    return { kind: 'party', text: prose.slice(span.start, span.end), span, removal: { start: nameEnd, end: span.end } };
  }
  const bareParty = /^,\s*([RDI]-[A-Z][\p{L}.]*(?:\s[A-Z][\p{L}.]*)?)(?=[,;.\s])/u.exec(rest);
  if (bareParty) {
    const span = { start: nameEnd + bareParty[0].length - bareParty[1].length, end: nameEnd + bareParty[0].length };
    return { kind: 'party', text: bareParty[1], span, removal: { start: nameEnd, end: span.end } };
  }
  const p = PARTY.exec(rest);
  if (p) {
    const span = { start: nameEnd + p[0].indexOf('('), end: nameEnd + p[0].length };
    return { kind: 'party', text: prose.slice(span.start, span.end), span, removal: { start: nameEnd, end: span.end } };
  }
  return null;
}

/** The organisation or place a person is from or at, after the name (and an age). */
function affiliationAfter(prose: string, nameEnd: number, limit: number, afterAge: string, off: number): Role | null {
  // Affiliation: "Isabelle Kronawitter at Hypovereinsbank", "Simon Wheatley, from Goldman Sachs,",
  // "Stuart Stanton-Davies, in Huddersfield".
  const aff = /^(,?)\s+(?:of|from|at|with|in|for(?=\s+(?:the\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}))\s+(?:(?:the\s+)?[\p{Lu}\d]|the\s+(?:company|firm|group|bank|club|agency|ministry|department|union|charity|council|institute|university|school|hospital|campaign|party|government|team|band|board)\b|[\p{Ll}\d-]+\.(?:com|co\.uk|org|net|org\.uk)\b|(?:[\p{Ll}-]+\s+){0,3}(?:group|groups|charity|organisation|organization|union|party|firm|company|think[ -]tank|website|magazine|newspaper|band|club|campaign)\s+[\p{Lu}])/u.exec(afterAge);
  if (aff && (aff[1] === ',' || !/^\s+(?:in|with)\b/.test(afterAge)) &&
    (aff[1] === ',' || !/^\s+at\b/.test(afterAge) || AT_ORG.test(afterAge) || /\b(?:said|says|say|told|tells|added|adds|according|warned|warns|explained|noted|argued|predicted|believes|thinks|reckons)\b/.test(prose.slice(Math.max(0, nameEnd - 200), Math.min(limit, nameEnd + 200))))) {
    const s = nameEnd + off + aff[1].length + (/^\s+/.exec(afterAge.slice(aff[1].length))?.[0].length ?? 0);
    let end = clauseEnd(prose, s, limit);
    // Without a comma the affiliation is the organisation's name only: "Andy Roddick of the USA won the
    // second rubber" → "of the USA".
    if (!aff[1]) {
      const org = /^(?:of|from|at|with|in|for)\s+(?:the\s+)?[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*(?:\s+(?:(?:of|and|&|the|for|de|du|la)\s+)?[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*)*/u.exec(prose.slice(s, end));
      if (org) end = s + org[0].length;
    }
    const span = { start: s, end };
    return { kind: 'appositive', text: prose.slice(s, end), span, removal: { start: nameEnd, end: aff[1] ? closeComma(prose, end) : end } };
  }
  return null;
}

/** An organisation named right after the name and a comma. */
function organisationAfter(prose: string, nameEnd: number, afterAge: string, off: number): Role | null {
  // ", Blackpool Hotel Association said": an organisation named right after the name.
  const org = /^,\s+((?:the\s+)?(?:[\p{Lu}][\p{L}'’&.-]*\s+){0,4}(?:Association|Society|Council|Trust|Union|Federation|Institute|Foundation|Confederation|Chamber of Commerce|Party|Agency|Commission|Authority|Group|Bank|University|College|School|Hospital|Committee|Board|Campaign|Alliance|League|Network|Forum|Centre|Center|Club|Corporation|Company|Ltd|Plc|Inc))(?=\s*(?:,|said|says|told|added|warned|\())/u.exec(afterAge);
  if (org) {
    const s = nameEnd + off + org[0].length - org[1].length;
    const span = { start: s, end: s + org[1].length };
    return { kind: 'appositive', text: org[1], span, removal: { start: nameEnd, end: closeComma(prose, span.end) } };
  }
  return null;
}

/** After the name, the comma appositive `ap` (appositives.ts): a relative clause ("who heads …") or an appositive (", a spokesman for …,"). */
function commaRole(prose: string, nameEnd: number, limit: number, ap: Span): Role | null {
  const s = ap.start;
  const text = prose.slice(s, limit);
  const who = /^(who|whose)\s+/.exec(text);
  if (who) return relativeRole(prose, nameEnd, limit, ap, who[0].length);
  const cEnd = ap.end;
  // ", but the referee had blown …", ", the Mac mini is almost disposable,": clauses, not appositives.
  if (/^(?:but|and|or|so|yet|while|when|as|if|after|before|because|although|though|since|until|unless|where|which|that|then|however|meanwhile|alongside|along|with|without|despite|including|like|unlike|to|in|on|by|during|under|over|against|among|between|through|into|plus|not|who)\b/i.test(text)) return null;
  // (Only up to the role word: "an analyst at Harbour Securities told Reuters" has its verb after it.)
  const apTok = tokenize(prose, s, cEnd);
  let headAt = apTok.findIndex((t) => t.word && (roleWord(t.t) !== null || /^\d+-year-old$/.test(t.t)));
  if (headAt < 0) headAt = apTok.length;
  if (!descriptive(apTok, 0, headAt - 1)) return null;
  const short = prose.slice(s, cEnd).split(/\s+/).length <= 7;
  // (Without an article, the appositive must open like a noun phrase: "senior vice president Boeing",
  // not "beat his former co-star".)
  const fw0 = apTok.find((t) => t.word)?.t ?? '';
  const nounOpen = !(CLAUSE_VERBS.has(lower(fw0)) || VERB_OPEN.test(fw0) || /^\p{Ll}+ed$/u.test(fw0) && !titleModifier(fw0));
  if (APPOS_OPEN.test(text) && !/^(?:one|both|each|then|now|also|once|long)\b/i.test(text) && (short || hasRoleWord(prose, s, cEnd, 8) || ROLE_PHRASE.test(prose.slice(s, cEnd))) || nounOpen && hasRoleWord(prose, s, cEnd, 6) || SEED.test(text)) {
    if (cEnd > s) {
      const span = { start: s, end: cEnd };
      return { kind: 'appositive', text: prose.slice(s, cEnd), span, removal: { start: nameEnd, end: closeComma(prose, cEnd) } };
    }
  }
  if (/^(?:both|each|one of|now|then|formerly|currently|himself|herself|also|once|long)\b/i.test(text) && hasRoleWord(prose, s, cEnd, 8)) {
    const span = { start: s, end: cEnd };
    return { kind: 'appositive', text: prose.slice(s, cEnd), span, removal: { start: nameEnd, end: closeComma(prose, cEnd) } };
  }
  return null;
}

/** ", who heads the committee,": a relative clause that gives a role; or the predicate after it. */
function relativeRole(prose: string, nameEnd: number, limit: number, ap: Span, whoLen: number): Role | null {
  const s = ap.start;
  const cEnd = ap.end;
  const clause = prose.slice(s + whoLen, cEnd);
  const firstWord = /^[\p{L}'’-]+(?:\s+(?:as|for))?/u.exec(clause)?.[0] ?? '';
  const fw = firstWord.split(/\s+/)[0].toLowerCase();
  const firstWords = clause.split(/\s+/).slice(0, 4).map((w) => w.toLowerCase());
  if (
    ROLE_VERBS.has(fw) ||
    firstWords.some((w) => ROLE_VERBS.has(w)) ||
    PREDICATE.test(' ' + clause) ||
    PREDICATE_ROLE.test(' ' + clause) && hasRoleWord(prose, s + whoLen, cEnd, 8) ||
    hasRoleWord(prose, s + whoLen, cEnd, 6) ||
    ROLE_PHRASE.test(clause)
  ) {
    const span = { start: s, end: cEnd };
    return { kind: 'relative', text: prose.slice(s, cEnd), span, removal: { start: nameEnd, end: closeComma(prose, cEnd) } };
  }
  // "Kel Morgan, who switched to league in the 1970s, is currently Saints' football manager".
  if (prose[cEnd] === ',') {
    const after = prose.slice(cEnd + 1, limit);
    const pw = PREDICATE_ROLE.exec(after);
    if (pw && hasRoleWord(prose, cEnd + 1, cEnd + 1 + pw[0].length + 40, 8)) {
      const ps = cEnd + 1 + (/^\s+/.exec(after)?.[0].length ?? 0);
      const pe = sentenceClauseEnd(prose, ps, limit);
      return { kind: 'predicate', text: prose.slice(ps, pe), span: { start: ps, end: pe }, removal: null };
    }
  }
  return null;
}

/** What a sentence says the person is or does right after the name: "as producer", "in charge of", "is a reporter". */
function predicateAfter(prose: string, nameEnd: number, limit: number, rest: string): Role | null {
  // "with Quincy Jones as producer", "replacing the injured Mauro Bellini at flanker".
  const asRole = /^\s+(as|at)\s+(?:(?:the|its|their|his|her|a|an)\s+)?((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/u.exec(rest);
  if (asRole) {
    const ws = asRole[2].split(/\s+/);
    const strict = asRole[1] === 'as';
    if (ws.some((w) => /^\p{Ll}/u.test(w) && roleWord(w, !strict ? true : false) && (strict || POSITIONS.test(w)))) {
      const s = nameEnd + asRole[0].length - asRole[2].length;
      const span = { start: s, end: nameEnd + asRole[0].length };
      return { kind: 'appositive', text: asRole[2], span, removal: null };
    }
  }
  // "John Tolland has his first match in charge of Wales", "X takes charge of Fiat".
  const charge = /^\s+(?:has|had|is|was|takes|took|will take|remains|remained)\b[^.;:!?]{0,40}?\b(?:in charge of|charge of|at the helm of)\b/u.exec(rest);
  if (charge) {
    const s = nameEnd + (/^\s+/.exec(rest)?.[0].length ?? 0);
    const end = sentenceClauseEnd(prose, s, limit);
    return { kind: 'predicate', text: prose.slice(s, end), span: { start: s, end }, removal: null };
  }
  // "Alexander Payne won best director", "Javier Bardem was named best actor".
  const best = /^\s+(?:won|wins|was|is|took|takes|was named|is named|was voted|scooped)\s+(?:the\s+)?(?:award\s+for\s+)?best\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\b/u.exec(rest);
  if (best && best[1].split(/\s+/).some((w) => roleWord(w, false))) {
    const s = nameEnd + best[0].length - best[1].length;
    return { kind: 'predicate', text: best[1], span: { start: s, end: s + best[1].length }, removal: null };
  }
  const among = /^\s+(?:are|were|is|was)\s+(?:also\s+|all\s+)?among\s+/.exec(rest);
  if (among) {
    const end = sentenceClauseEnd(prose, nameEnd + among[0].length, limit);
    if (hasRoleWord(prose, nameEnd + among[0].length, end, 8)) {
      const s = nameEnd + (/^\s+/.exec(rest)?.[0].length ?? 0);
      return { kind: 'predicate', text: prose.slice(s, end), span: { start: s, end }, removal: null };
    }
  }
  // "is a national security reporter", not "was the one who started it" or "is also a doubt".
  const pp = PREDICATE.exec(rest);
  const pr = pp && (hasRoleWord(prose, nameEnd, Math.min(sentenceClauseEnd(prose, nameEnd, limit), nameEnd + pp[0].length + 80), 10) || /^\s+\S+\s+(?:[\p{L}]+\s+)?(?:[\p{Lu}][\p{L}\p{M}.&-]*['’]s)\s/u.test(pp[0] + ' ')) ? pp : DIRECT_ROLE_VERB.exec(rest);
  let ok = !!pr;
  if (!ok) {
    const pw = PREDICATE_ROLE.exec(rest);
    // ("is hopeful about the deal": an adjective by the part of speech, though "hopeful" is a role noun too.)
    if (pw && hasRoleWord(prose, nameEnd, nameEnd + pw[0].length, 6) && !predicativeAdjective(pw[1].split(/\s+/))) ok = true;
  }
  if (ok) {
    const s = nameEnd + (/^\s+/.exec(rest)?.[0].length ?? 0);
    const end = sentenceClauseEnd(prose, s, limit);
    const span = { start: s, end };
    return { kind: 'predicate', text: prose.slice(s, end), span, removal: null };
  }
  return null;
}

/**
 * What the person did for a film, book or show: "directed by Clint Eastwood", "a remake starring
 * Frank Sinatra and Dean Martin" (shared with the names listed after it).
 */
function workCreditRole(prose: string, floor: number, nameStart: number): Role | null {
  // ("Featuring the voices of John Calder, Halle Brandt": past other names of the list.)
  const listed = /(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,2},\s+){1,4}$/u.exec(prose.slice(Math.max(floor, nameStart - 120), nameStart));
  if (listed) nameStart -= listed[0].length;
  const from = Math.max(floor, nameStart - 30);
  // "works by Roy Calder, Andy Warhol and Henri Marsan", "a novel by Jane Doe": the maker.
  const madeBy = /(?:^|[^\p{L}])((?:works?|paintings?|songs?|music|novels?|books?|films?|plays?|poems?|poetry|sculptures?|photographs?|designs?|tracks?|albums?|operas?|compositions?|score|scores|duet|duets|lyrics|libretto|screenplay|script|study|studies|analysis|analyses|report|survey|research|paper|review|feature|documentary|short|biopic) by)[ \t]+(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{Lu}][\p{L}\p{M}'’.-]*){0,2},[ \t]+){0,4}$/iu.exec(prose.slice(Math.max(floor, nameStart - 120), nameStart));
  if (madeBy) {
    const start = Math.max(floor, nameStart - 120) + madeBy.index + madeBy[0].indexOf(madeBy[1]);
    return { kind: 'sentence', text: madeBy[1], span: { start, end: start + madeBy[1].length }, removal: null, plural: true };
  }
  // "The History Boys by Alan Bennett", "Martin Hollow and Mr Pike by Susanna Marsh": an author.
  const work = /(?:^|[^\p{L}])\p{Lu}[\p{L}\p{M}'’!?-]*(?:[ \t]+(?:of|the|and|in|a|an|to|for|on|at|with|is|or|are)?[ \t]*\p{Lu}[\p{L}\p{M}'’!?-]*)+[ \t]+(by)[ \t]+$/u.exec(prose.slice(Math.max(floor, nameStart - 60), nameStart));
  if (work && !DATE_WORD.test(prose.slice(0, nameStart).replace(/[ \t]+by[ \t]+$/, ''))) {
    const from = Math.max(floor, nameStart - 60);
    const start = from + work.index + work[0].lastIndexOf('by');
    return { kind: 'sentence', text: 'by', span: { start, end: start + 2 }, removal: null, plural: true };
  }
  // "voiced by the late Willie Rushden", "with choreography by Matthew Bourne".
  const credit = /(?:^|[^\p{L}])((?:choreography|music|lyrics|designs?|direction|words|costumes|sets|illustrations|photography|voiced|narrated|read) by)[ \t]+(?:the[ \t]+late[ \t]+)?$/iu.exec(prose.slice(Math.max(floor, nameStart - 40), nameStart));
  if (credit) {
    const start = Math.max(floor, nameStart - 40) + credit.index + credit[0].indexOf(credit[1]);
    return { kind: 'sentence', text: credit[1], span: { start, end: start + credit[1].length }, removal: null, plural: true };
  }
  const m = /(?:^|[^\p{L}])((?:co-)?(?:directed|written|produced|hosted|presented|narrated|composed|choreographed|illustrated|designed|scripted|run|led|headed|chaired|owned|founded|managed|coached|captained|edited|fronted|controlled|voiced|played|portrayed)(?:[ \t]+(?:in|on)[ \t]+\S+(?:[ \t]+\d{4})?)? by|(?:co-)?starring|(?:co-)?starred|(?:featuring )?the voices? of)[ \t]+$/iu.exec(prose.slice(from, nameStart));
  if (!m) return null;
  // A meeting or a dinner "hosted by" someone gives no role; a show, an award or a programme does.
  if (/^(?:hosted|presented) by$/i.test(m[1]) && !/\b(?:show|shows|programme|program|series|awards?|ceremony|quiz|festival|concert|gala|broadcast|podcast|documentary|edition)\b[^.;!?]*$/i.test(prose.slice(Math.max(floor, nameStart - 80), nameStart))) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  const span = { start, end: start + m[1].length };
  return { kind: 'sentence', text: m[1], span, removal: null, plural: true };
}

const DATE_WORD = new RegExp(`(?:${[...WEEKDAYS, ...MONTHS].map(capitalised).join('|')}|Christmas|Easter|GMT|BST)$`);

/** A list set off by a dash or colon after a plural role: "three MPs - Keith Vaz, …", "Forwards: Nicolas Mas, …". */
function dashListRole(prose: string, floor: number, nameStart: number): Role | null {
  const from = Math.max(floor, nameStart - 80);
  const before = prose.slice(from, nameStart);
  // (The pattern is tried from every position: most text before a name ends with no dash or colon.)
  if (before.length === 0 || !WHITE_SPACE.test(before[before.length - 1]) || !/[-–—:]/.test(before.trimEnd().slice(-1))) return null;
  const m = /([\p{L}-]+)(?:[ \t]*\([^()]{1,20}\))?[ \t]*[-–—:][ \t]*$/u.exec(before);
  if (!m) return null;
  // The plural may sit a few words before the dash: "principal dancers at the Northern Ballet - Carla Fenn".
  const toks = tokenize(prose, from, from + m.index + m[1].length);
  for (const { k, t, n } of wordsBack(toks, 12, /^['’]$/)) {
    // ("One member of the committee": an everyday role word made a role by "of".)
    const info = roleWord(t.t, false) ?? (lower(toks[k + 1]?.t ?? '') === 'of' ? roleWord(t.t) : null);
    const plural = !!info && (info.plural || /^\p{Lu}{2,}s$/u.test(t.t)); // "MPs", "QCs"
    if (plural && !LOOSE_GROUPS.has(lower(t.t)) && (n === 1 || !WEAK_GROUPS.has(lower(t.t)))) {
      return { kind: 'sentence', text: t.t, span: { start: t.s, end: t.e }, removal: null, plural: true };
    }
    // "One member of the Bank's interest rate panel (MPC) - Paul Tasker - voted": one name set off by dashes.
    if (info && !plural && /^(?:[ \t]*\([^()]{1,20}\))?[ \t]*[-–—][ \t]*$/.test(before.slice(m.index + m[1].length)) && ONE_NAME_DASH.test(prose.slice(nameStart, nameStart + 60))) {
      return { kind: 'sentence', text: t.t, span: { start: t.s, end: t.e }, removal: null, plural: false };
    }
    if (n > 1 && isStopWord(t.t) && !/^(?:of|at|for|the|in)$/i.test(t.t)) break;
  }
  return null;
}

/**
 * The word tokens of `toks` from the last backwards, at most `max` of them, passing over
 * punctuation that matches `skip` and stopping at any other (the clause ends there). `n` counts
 * the words seen so far, this one included.
 */
function* wordsBack(toks: Tok[], max: number, skip: RegExp): Generator<{ k: number; t: Tok; n: number }> {
  for (let k = toks.length - 1, n = 0; k >= 0 && n < max; k--) {
    const t = toks[k];
    if (!t.word) {
      if (skip.test(t.t)) continue;
      return;
    }
    n++;
    yield { k, t, n };
  }
}

const ONE_NAME_DASH = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[-–—]\s|^(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,2}[\p{Lu}][\p{L}\p{M}'’.-]*,\s+who\b/u;

/** Role nouns that are also verbs after a name: "Blatter hopes Thierry Henry", "The film stars Ada Loring". */
const VERBISH = new Set(['hope', 'hopes', 'backs', 'leads', 'heads', 'chairs', 'hosts', 'stars', 'guards', 'forwards', 'fears', 'rivals']);

/** Only title words between two names: "Clinton campaign spokesman", "William Hill spokesman". */
function titleGap(gap: string): boolean {
  const ws = tokenize(gap, 0, gap.length);
  // (An ambiguous word is no title here: "Sepp Blatter hopes Thierry Henry".)
  return ws.length > 0 && ws.every((t) => t.word && (isCap(t.t) || roleWord(t.t, false) || titleModifier(t.t) && !roleWord(t.t, true) || /^(?:former|ex|then)$/i.test(t.t)));
}

/** Posts held in a firm ("boss of Morgan Stanley"), as against relations to a person ("widow of", "ally of"). */
const FIRM_POSTS = /^(?:chief|executive|executives|boss|bosses|chairman|chairwoman|chair|head|director|directors|president|founder|co-founder|owner|owners|shareholder|shareholders|analyst|analysts|economist|economists|strategist|employee|employees|staff|staffer|worker|workers|officials|official|spokesman|spokeswoman|spokesperson|manager|managers|partner|partners|investor|investors|trader|traders|dealer|broker|brokers|banker|bankers|lawyer|lawyers|administrator|administrators|auditor|auditors|chief-executive)$/i;

/** Capitals before a name that are a role or an organisation, not initials. */

/** Honours and judicial titles that stand for a role before a name. */
const HONOUR = /^(?:Sir|Dame|(?:(?:Mr|Mrs|Ms|Lord|Lady)\.?\s+)?Justice)$/;

/**
 * A role noun and a copula or "include" right before the name: "The new chairman is John Smith",
 * "The ten former directors are Paul Okafor, Judith Hale, …", "Nominees include Jane Doe".
 */
function copulaRole(prose: string, floor: number, nameStart: number): Role | null {
  const from = Math.max(floor, nameStart - 100);
  const before = prose.slice(from, nameStart);
  const m = /[ \t]+(?:is|was|are|were|will be|would be|include|includes|included)[ \t]*:?[ \t]+$/u.exec(before);
  if (!m) return null;
  // The subject: a role noun in the words before the verb ("The ten former outside directors are",
  // "Artists who have decorated the tree in previous years include"), within the clause.
  const toks = tokenize(prose, from, from + m.index);
  for (const { t } of wordsBack(toks, 10, /^[-']$/)) {
    const info = roleWord(t.t, false);
    if (info && WEAK_GROUPS.has(lower(t.t))) return null;
    if (info && !LOOSE_GROUPS.has(lower(t.t))) {
      // The verb agrees with the role noun: "directors are", "the chairman is".
      if (info.plural !== /(?:are|were|include|included)[ \t]*:?[ \t]+$/.test(m[0]) && !/included/.test(m[0])) return null;
      return { kind: 'sentence', text: t.t, span: { start: t.s, end: t.e }, removal: null, plural: info.plural };
    }
  }
  return null;
}

/** "The critics named Rebecca Lenk their most promising playwright", "appointed Jane Doe chief executive". */
function appointedRole(prose: string, floor: number, nameStart: number, nameEnd: number, ceil: number): Role | null {
  if (!/(?:^|[^\p{L}])(?:named|appointed|elected|made|voted|crowned|nominated|declared|hired|installed|promoted|confirmed)[ \t]+$/u.test(prose.slice(Math.max(floor, nameStart - 16), nameStart))) return null;
  const m = /^[ \t]+(?:as[ \t]+)?(?:(?:its|their|the|his|her|a|an|our)[ \t]+)?((?:[\p{L}'’-]+[ \t]+){0,3}[\p{L}'’-]+)/u.exec(prose.slice(nameEnd, Math.min(ceil, nameEnd + 80)));
  if (!m) return null;
  const toks = tokenize(m[1], 0, m[1].length).filter((t) => t.word);
  for (const t of toks) {
    if (roleWord(t.t, false)) {
      const start = nameEnd + m[0].length - m[1].length;
      const span = { start, end: start + m[1].length };
      return { kind: 'sentence', text: m[1], span, removal: null };
    }
  }
  return null;
}

/** Plural nouns that say how people are grouped, not what they do: "Previous winners include Fred Goodwin". */
const WEAK_GROUPS = new Set([
  'winners', 'winner', 'newcomers', 'newcomer', 'speakers', 'candidates', 'guests', 'contributors', 'members', 'nominees',
  'finalists', 'recipients', 'victims', 'survivors', 'residents', 'people', 'names',
  'friends', 'colleagues', 'rivals', 'suspects', 'defendants', 'targets', 'absentees', 'casualties', 'inductees', 'honourees',
]);

/** Plurals that name a side, not a job: "critics including Mitch McConnell" gives him no role. */
const LOOSE_GROUPS = new Set([
  'critics', 'supporters', 'opponents', 'backers', 'allies', 'rivals', 'fans', 'admirers', 'detractors', 'sceptics', 'skeptics',
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives',
]);

/** "film critics", "theatre critics" are a job. */
const CRITIC_FIELDS = new Set(['film', 'theatre', 'theater', 'music', 'art', 'arts', 'food', 'restaurant', 'television', 'tv', 'literary', 'dance', 'wine', 'rock', 'jazz', 'movie', 'drama', 'fashion', 'architecture']);

/** Removal of an appositive keeps the sentence punctuation: ", a spokesman," → "", ", a spokesman." → ".". */
function closeComma(prose: string, end: number): number {
  return prose[end] === ',' ? end + 1 : end;
}

const SPEECH_NOUNS = new Set(['comments', 'comment', 'remarks', 'statement', 'words', 'warning', 'warnings', 'interview', 'speech', 'criticism', 'call', 'calls', 'claims', 'assurances', 'testimony', 'evidence']);
const SPEECH_VERBS = PLAIN_SAYING_VERBS;
const APPOINT = new Set([
  'as', 'named', 'appointed', 'elected', 'became', 'become', 'becomes', 'nominated', 'promoted', 'hired',
  'installed', 'made', 'succeeded', 'chosen', 'picked', 'tapped', 'confirmed', 'sworn', 'new', 'serving',
  'served', 'serves', 'role', 'job', 'post', 'position', 'stint', 'tenure', 'term', 'time',
]);
const SENTENCE_ROLE_EXCLUDE = new Set([
  'head', 'chair', 'star', 'member', 'fan', 'number', 'lock', 'prop', 'hooker', 'back', 'forward', 'guard',
  'centre', 'center', 'international', 'tennis', 'rugby', 'royal', 'lady', 'lord', 'justice', 'keeper',
  'host', 'worker', 'resident', 'citizen', 'voter', 'patient', 'customer', 'client', 'visitor', 'tourist', 'passenger',
  'general', 'major', 'private', 'principal', 'state', 'great', 'greats',
]);

/** A role word in the sentence introduced by "as"/"named"/"became" … ("As foreign minister, Lavrov"). */
function sentenceRole(prose: string, sentence: Span, blocked: Span[], name: Span, tokCache?: Map<number, Tok[]>): Role | null {
  let toks = tokCache?.get(sentence.start);
  if (!toks) {
    toks = tokenize(prose, sentence.start, sentence.end);
    tokCache?.set(sentence.start, toks);
  }
  if (!toks.some((t) => t.word && APPOINT.has(lower(t.t)))) return null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word) continue;
    if (blocked.some((b) => t.s < b.end && b.start < t.e)) continue;
    // ("as Burma's de facto leader": an everyday role word after a possessive or a determiner.)
    const info = roleWord(t.t, false) ?? (i > 0 && toks[i - 1].word && (isPossessiveWord(toks[i - 1].t) || /^(?:the|its|their|his|her|facto)$/i.test(toks[i - 1].t)) && /^(?:leader|head|chair|host|member|star)$/i.test(t.t) ? roleWord(t.t) : null);
    if (!info || info.plural || SENTENCE_ROLE_EXCLUDE.has(lower(t.t)) && !/^(?:leader)$/i.test(t.t)) continue;
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      if (!toks[k].word) break;
      if (APPOINT.has(lower(toks[k].t))) {
        // Close to the name, with no other name between: "As foreign minister, Lavrov …",
        // "Lavrov, named foreign minister in 2004, …".
        const between = t.e <= name.start ? toks.filter((x) => x.s >= t.e && x.e <= name.start) : toks.filter((x) => x.s >= name.end && x.e <= toks[k].s);
        if (between.filter((x) => x.word).length > 6) break;
        // "if Terry Malone appoints him as the first Latino senator": the role is the object's.
        if (between.some((x) => x.word && /^(?:him|her|them|it|himself|herself)$/i.test(x.t))) break;
        const gap = t.e <= name.start ? { start: t.e, end: name.start } : { start: name.end, end: toks[k].s };
        if (blocked.some((b) => b.start >= gap.start && b.end <= gap.end && !(b.start === name.start))) break;
        const span = { start: toks[k + 1].s, end: t.e };
        return { kind: 'sentence', text: prose.slice(span.start, span.end), span, removal: null };
      }
    }
  }
  return null;
}

/** Start of "the " right before `pos` ("the Rev. Al Sharpton"), else `pos`. */
function theBefore(prose: string, pos: number): number {
  const m = /(?:^|[^\p{L}])([Tt]he\s+)$/u.exec(prose.slice(Math.max(0, pos - 6), pos));
  return m ? pos - m[1].length : pos;
}

/** Capitalised words right before a title abbreviation: "Massachusetts Sen.", "Texas Gov.". */
function capsBefore(prose: string, floor: number, end: number): Role | null {
  const toks = tokenize(prose, Math.max(floor, end - 60), end);
  let k = toks.length - 1;
  while (k >= 0 && toks[k].word && isCap(toks[k].t) && !isStopWord(toks[k].t) && !isPossessiveWord(toks[k].t) && !endsSentence(toks[k].t) && toks.length - k <= 3) k--;
  if (k === toks.length - 1) return null;
  const span = { start: toks[k + 1].s, end: toks[toks.length - 1].e };
  return { kind: 'before', text: prose.slice(span.start, span.end), span, removal: { start: span.start, end } };
}

/** How far (characters) a credit line's start may lie before the name: credit lines are short. */
const CREDIT_LINE_REACH = 300;

/**
 * Offsets of the line containing `pos` (within the paragraph), its end cut at `reach` characters
 * after `pos`; null when the line starts more than `reach` characters before `pos` (each name of a
 * long line would otherwise rescan it).
 */
function lineAround(text: string, pos: number, floor: number, ceil: number, reach: number): Span | null {
  let s = pos;
  while (s > floor && text[s - 1] !== '\n') if (pos - --s > reach) return null;
  let e = pos;
  const stop = Math.min(ceil, pos + reach);
  while (e < stop && text[e] !== '\n' && text[e] !== '\r') e++;
  return { start: s, end: e };
}

const REPORTED_FROM = /^[\s*_(]*(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,4}(?:reported from|contributed reporting|contributed research|contributed to this (?:report|article))\b/u;

/** A byline or credit ("By Jane Doe", "Reporting by …", "Photo: …"). */
export function isCredit(prose: string, nameStart: number, floor: number, ceil: number): boolean {
  // (A line starting further back than a credit line runs is no credit line; only the phrase checks apply.)
  const line = lineAround(prose, nameStart, floor, ceil, CREDIT_LINE_REACH);
  const lt = line ? prose.slice(line.start, line.end) : '';
  if (CREDIT_LINE.test(lt)) {
    if (/^[\s*_>(\[]*by\s/i.test(lt)) return lt.trim().length <= 120 && !/\b(?:said|says|told)\b/.test(lt);
    return true;
  }
  // Credit phrases inside a line: "(Photo by Jane Doe/Getty Images)", "Reporting by Jane Doe; editing by …".
  const before = prose.slice(Math.max(line ? line.start : floor, nameStart - 60), nameStart);
  // A vox-pop signature after a quote: “… in serious trouble.” ― Edwin G. Monroy
  if (/[”"’][ \t\u00a0]*[―—–-][ \t\u00a0]*$/.test(before) || /^[ \t\u00a0]*[―—][ \t\u00a0]*$/.test(before)) return true;
  // "Julie Ostrander reported from Nome, and Peter Vane from Hilo."
  if (REPORTED_FROM.test(lt)) return true;
  if (!/ by\s|:|reporting from\s/i.test(before)) return false;
  return /(?:(?:reporting|writing|editing|edited|compiled|photos?|photographs?|pictures?|images?|video|graphics?) by|reporting from|photo:|picture:|image:|credit:)\s*(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,3}$/iu.test(before) ||
    /(?:reporting|editing)\s+by[^.;]*[;,]\s*(?:and\s+)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,3}$/iu.test(before);
}

const LIST_ITEM = String.raw`(?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|van|von|da|di|le|la)\s+){0,3}[\p{Lu}][\p{L}\p{M}'’.-]*`;
const UNINDEXED_LIST = new RegExp(String.raw`(?:^|[^\p{L}])(${LIST_ITEM}(?:\s*,\s*${LIST_ITEM}){0,3})\s*(?:,\s*and|,|and|&)\s+$`, 'u');

/**
 * A plural role before list items the person index did not take for names: "Irish horse racing
 * millionaires JP Carney and John Moran".
 */
function unindexedListRole(text: string, floor: number, nameStart: number): Role | null {
  const before = text.slice(Math.max(floor, nameStart - 120), nameStart);
  const m = UNINDEXED_LIST.exec(before);
  if (!m) return null;
  const at = nameStart - before.length + m.index + m[0].indexOf(m[1]);
  const r = roleBefore(text, floor, at) ?? dashListRole(text, floor, at);
  if (!r || !r.plural) return null;
  return { ...r, kind: 'list', removal: null };
}

/**
 * A signature: a sentence that is only the name, after another sentence ("… witch hunt! Vicki
 * Venhuizen. I'm not a fan …"), as under readers' letters and vox pops.
 */
function signature(text: string, sentence: Span, nm: { start: number; end: number }): boolean {
  if (sentence.start === 0) return false;
  const s = text.slice(sentence.start, sentence.end);
  const lead = s.length - s.trimStart().length;
  return sentence.start + lead === nm.start && /^[\s.,;]*$/.test(text.slice(nm.end, sentence.end)) && nm.end - nm.start <= 40;
}

/** "the first-choice midfield of A, B and C", "France's back-row combination of A, B and C": a line-up. */
function lineUpRole(text: string, floor: number, nameStart: number): Role | null {
  const m = /\b((?:midfield|defence|defense|attack|pack|front row|front-row|back row|back-row|combination|line-up|lineup|partnership|pairing|pair|trio|quartet|duo|squad|strikeforce|forward line|prospects|stars|co-stars|candidates|contenders)) (?:of|in|from [^,.;]{1,40},?)\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*){0,2},\s+)*$/u.exec(text.slice(Math.max(floor, nameStart - 120), nameStart));
  if (!m) return null;
  const start = Math.max(floor, nameStart - 120) + m.index;
  return { kind: 'sentence', text: m[1], span: { start, end: start + m[1].length }, removal: null, plural: true };
}

/** "David Mitchell's Booker-shortlisted novel": the maker of a work named with a possessive. */
function workOfRole(text: string, nameEnd: number, nameStart = -1): Role | null {
  // "conducted Vincenzo Bellini's Norma", "a cover of Kate Bush's Wuthering Heights", "X's The History Boys".
  if (nameStart >= 0 && /^['’]s?\s+(?:The\s+)?\p{Lu}/u.test(text.slice(nameEnd, nameEnd + 8)) &&
    (/\b(?:conducted|conducts|conducting|performed|performs|sang|sings|recorded|records|covered|covers|cover of|covers of|version of|works such as|staged|stages|revived|adapted|adaptation of|production of|performance of|recording of)\s+$/i.test(text.slice(Math.max(0, nameStart - 40), nameStart)) ||
     /^['’]s?\s+The\s+\p{Lu}/u.test(text.slice(nameEnd, nameEnd + 10)))) {
    const span = { start: nameEnd, end: nameEnd + 2 };
    return { kind: 'sentence', text: text.slice(span.start, span.end), span, removal: null };
  }
  const m = /^(?:['’]s?)?\s+((?:[\p{L}\d-]+\s+){0,3}?(?:novel|novels|book|books|album|albums|single|song|songs|film|films|movie|play|plays|opera|documentary|biopic|memoir|autobiography|poems|poetry|collection|recordings|sculpture|sculptures|painting|paintings|symphony|score|musical|sitcom|thriller|comedy|drama|debut))\b/u.exec(text.slice(nameEnd, nameEnd + 80));
  if (!m) return null;
  const start = nameEnd + m[0].length - m[1].length;
  return { kind: 'sentence', text: m[1], span: { start, end: start + m[1].length }, removal: null };
}

/** A real or birth name, not a reference: "The singer, whose real name is Marcus Lee Holloway". */
const REAL_NAME = /\b(?:real|birth|full|given|stage|maiden) name,?\s+(?:(?:is|was|of)\s+)?$|\bborn\s+$|\b(?:also|otherwise|better|formerly|commonly|widely) known as\s+$|\baka\s+$/;

/** A demonym read as a given name: "Scot Nick Smith". */
const DEMONYM_FIRST = /^(?:Scot|Briton|Welshman|Irishman|Englishman|Frenchman|Dutchman|Kenyan|Ethiopian|Australian|American|Spaniard|German|Italian|Russian)$/;

const SHEET_ITEM = /^\s*(?:and\s+)?(?:(?:[\p{Lu}]\.?\s*){1,2}\s+)?[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:de|van|von|da|di|le|la|du)?\s*[\p{Lu}][\p{L}\p{M}'’.-]*){0,2}\s*(?:\([^()]{0,30}\))?\s*(?:\d+(?:\s*og)?)?\s*$/u;

/**
 * A team sheet or results list, not prose: "Harper, Andrew Obi, Tallis, Cromer, …",
 * "Backs: Dimitri Lacoste, Pierre Morvan, …", "G Pryce (capt); K Ellis, T Rowlands, …". Names
 * listed there are not references that need a title.
 */
function teamSheet(text: string, sentence: Span): boolean {
  let end = Math.min(sentence.end, text.length);
  while (end > sentence.start && (text[end - 1] === '.' || WHITE_SPACE.test(text[end - 1]))) end--;
  let body = text.slice(sentence.start, end);
  const colon = /^[^,;:]{1,40}:/.exec(body);
  if (colon) body = body.slice(colon[0].length);
  const items = body.split(/[,;]/);
  if (items.length < 5) return false;
  let ok = 0;
  for (const it of items) if (SHEET_ITEM.test(it)) ok++;
  return ok >= items.length * 0.85;
}

/** Role inside an editorial insertion right before the name: "[Ukrainian President Vladimir] Zelensky". */
function bracketBefore(prose: string, nameStart: number, floor: number): { role: Role | null; full: boolean } | null {
  let i = nameStart - 1;
  while (i >= floor && /\s/.test(prose[i])) i--;
  if (i < floor || prose[i] !== ']') return null;
  const open = prose.lastIndexOf('[', i);
  if (open < floor || i - open > 120) return null;
  const toks = tokenize(prose, open + 1, i);
  const words = toks.filter((t) => t.word);
  if (words.length === 0) return null;
  const full = isCap(words[words.length - 1].t) && !roleWord(words[words.length - 1].t);
  const hasRole = words.some((w) => roleWord(w.t));
  const span = { start: open + 1, end: i };
  return { role: hasRole ? { kind: 'bracket', text: prose.slice(span.start, span.end), span, removal: null } : null, full };
}

export interface NameSpan {
  /** Start of the name as written, including a courtesy or title abbreviation before it. */
  start: number;
  /** Start of the name proper (given name or surname). */
  nameStart: number;
  /** End of the name proper (without possessive). */
  end: number;
  honorific: Span | null;
  possessive: boolean;
  inBrackets: boolean;
}

export function nameSpan(m: Mention): NameSpan {
  const nameStart = Math.min(m.given?.start ?? Infinity, m.surname?.start ?? Infinity, m.start);
  const start = m.honorific ? Math.min(m.honorific.start, nameStart) : nameStart;
  // Surname first ("Chen Jiulin", "Ban Ki-moon"): the name runs to the end of the given name.
  let end = Math.max(m.surname?.end ?? m.end, m.given?.end ?? 0);
  if (m.possessive && end > m.possessive.start) end = m.possessive.start;
  return { start, nameStart: Math.min(m.given?.start ?? Infinity, m.surname?.start ?? Infinity, m.given || m.surname ? Infinity : nameStart), end, honorific: m.honorific, possessive: !!m.possessive, inBrackets: m.inBrackets };
}

interface ParaInput {
  text: string;
  sentences: Span[];
  names: (NameSpan & { sentence: number })[];
  quotes: Span[];
}

/** The quotes (sorted, not overlapping) that overlap `sent`, found by binary search. */
function quotesIn(quotes: Span[], sent: Span): Span[] {
  const out: Span[] = [];
  for (let i = partitionPoint(quotes.length, (x) => quotes[x].end <= sent.start); i < quotes.length && quotes[i].start < sent.end; i++) out.push(quotes[i]);
  return out;
}

/** Characters: a sentence longer than this (a run-on list, a table pasted as one line) gets no roles from the rest of the sentence. */
const MAX_CONTEXT_SENTENCE = 1500;

type ParaName = NameSpan & { sentence: number };

/** The sentence of name `k` (the whole paragraph when it has none). */
function sentenceOfName(input: ParaInput, k: number): Span {
  return input.sentences[input.names[k].sentence] ?? { start: 0, end: input.text.length };
}

/**
 * Roles of the named mentions of one paragraph. Pure: all spans relative to the paragraph start.
 * Four passes, each its own function: what stands next to each name, lists forwards, lists
 * backwards, then what the rest of the sentence says.
 */
export function paragraphRoles(input: ParaInput): MentionRole[] {
  const { text, names } = input;
  const n = names.length;
  const out: MentionRole[] = names.map(() => ({ role: null, credit: false, bracketFull: false }));
  // Signatures come in runs (readers' letters, vox pops); one name alone as a sentence may be a caption.
  let signatures = 0;
  for (let k = 0; k < n; k++) if (signature(text, sentenceOfName(input, k), names[k])) signatures++;
  for (let k = 0; k < n; k++) nameRole(input, k, signatures, out[k]);
  carryListRoles(input, out);
  carryPluralBack(input, out);
  sentenceRoles(input, out);
  return out;
}

/** Where name `k`'s own context starts: after the name before it, when a title cannot reach over that one. */
function contextStart(text: string, names: ParaName[], k: number, sent0: Span): number {
  const nm = names[k];
  // A title never reaches back over another name: "Sen. Elizabeth Warren and Chancellor Olaf Scholz".
  // (Nor over another name in the same sentence: "Fifa president Sepp Blatter hopes Thierry Henry".)
  // (A possessive name is part of the role: "Mr Ebbers' lawyer Reid Weingarten".)
  const gap = k > 0 && names[k - 1].end <= nm.start ? text.slice(names[k - 1].end, nm.start) : '';
  // (But a name used as a modifier is part of the title: "Clinton campaign spokesman Brian Fallon".)
  // (Nor when that name belongs to the role: "An attorney for Pagliano, Mark MacDougall".)
  const ofPrev = k > 0 && /^,\s*$/.test(gap) && /\b(?:for|of|to)\s+$/.test(text.slice(Math.max(0, names[k - 1].start - 6), names[k - 1].start));
  let prevEnd = k > 0 && !ofPrev && names[k - 1].end <= nm.start && (/(?:\band\b|[,&;(])/.test(gap) || names[k - 1].sentence === nm.sentence && !/^['’]/.test(gap) && !titleGap(gap)) ? names[k - 1].end : 0;
  // (Nor over the letters after it: "Andrew Nicol QC, Rick Scannell".)
  if (prevEnd > 0) prevEnd += POST_NOMINAL.exec(text.slice(prevEnd, nm.end))?.[0].length ?? 0;
  return Math.max(sent0.start, prevEnd);
}

/** Is name `k` a byline, a credit, a signature or a team sheet rather than a reference? */
function isCreditName(text: string, nm: ParaName, sent0: Span, signatures: number): boolean {
  // (A paragraph that is only a name is a signature or a byline: "Michael Pravica." under a letter.)
  const alone = /^[\s*_>(\[-]*$/.test(text.slice(0, nm.start)) && /^['’]?[\s.,;)\]*_]*$/.test(text.slice(nm.end));
  return isCredit(text, nm.start, 0, text.length) || teamSheet(text, sent0) || REAL_NAME.test(text.slice(Math.max(0, nm.start - 40), nm.start)) || signatures >= 2 && signature(text, sent0, nm) || alone;
}

/** Name `k`'s credit flag, bracket flag and the role that stands next to it; fills `slot`. */
function nameRole(input: ParaInput, k: number, signatures: number, slot: MentionRole): void {
  const { text, names } = input;
  const nm = names[k];
  const sent0 = sentenceOfName(input, k);
  const sent = { start: contextStart(text, names, k, sent0), end: sent0.end };
  if (isCreditName(text, nm, sent0, signatures)) {
    slot.credit = true;
    return;
  }
  const br = bracketBefore(text, nm.nameStart, Math.max(0, sent0.start - 1));
  if (nm.inBrackets || br) {
    slot.bracketFull = nm.inBrackets || !!br?.full;
    if (br?.role) {
      slot.role = br.role;
      return;
    }
    if (nm.inBrackets) {
      const r = roleBefore(text, Math.max(0, sent.start), nm.start);
      slot.role = r ?? { kind: 'bracket', text: '', span: { start: nm.start, end: nm.start }, removal: null };
      return;
    }
  }
  slot.role = roleInName(text, nm) ?? adjacentRole(text, nm, sent, sent0);
}

/** A role word that opens the name span itself ("Coach Joe Smith"). */
function roleInName(text: string, nm: ParaName): Role | null {
  const firstWord = /^[\p{L}-]+/u.exec(text.slice(nm.nameStart, nm.end))?.[0] ?? '';
  if (firstWord && (roleWord(firstWord, false) || DEMONYM_FIRST.test(firstWord)) && (/\s\S+\s\S+/.test(text.slice(nm.nameStart, nm.end)) || firstWord.includes('-') && !isGivenName(firstWord))) {
    const span = { start: nm.nameStart, end: nm.nameStart + firstWord.length };
    return { kind: 'before', text: firstWord, span, removal: null, plural: !!roleWord(firstWord, false)?.plural };
  }
  return null;
}

/** A title abbreviation among the honorifics ("Lt. Gen. Michael Flynn"), with any role before it. */
function abbreviationRole(text: string, nm: ParaName, sent: Span): Role | null {
  // (Stacked abbreviations count too: "Lt. Gen. Michael Flynn".)
  if (!nm.honorific || !text.slice(nm.honorific.start, nm.honorific.end).split(/\s+/).some((w) => isTitleAbbreviation(w))) return null;
  const h = nm.honorific;
  const before = roleBefore(text, sent.start, h.start) ?? capsBefore(text, sent.start, h.start);
  const start = before && before.kind === 'before' ? before.span.start : h.start;
  const span = { start, end: h.end };
  return {
    kind: 'before',
    text: text.slice(span.start, span.end),
    span,
    removal: { start: before && before.kind === 'before' ? before.removal!.start : theBefore(text, h.start), end: nm.nameStart },
    // ("Sens. Jeff Merkel (D-Ore.), Sherrod Browne and Robert Menendes": a plural abbreviation.)
    plural: /^(?:sens|reps|govs|drs|profs|dels|cllrs|gens)\.$/i.test(text.slice(h.start, h.end).split(/\s+/).pop() ?? ''),
  };
}

/** The role next to a name: before it, after it, or given by its honorific, first found wins. */
function adjacentRole(text: string, nm: ParaName, sent: Span, sent0: Span): Role | null {
  let role = abbreviationRole(text, nm, sent);
  if (!role) role = roleBefore(text, sent.start, nm.start);
  if (!role) role = dashListRole(text, sent.start, nm.start);
  if (!role) role = copulaRole(text, sent.start, nm.start);
  if (!role) role = unindexedListRole(text, sent.start, nm.start);
  if (!role) role = lineUpRole(text, sent.start, nm.start);
  if (!role && nm.possessive) role = workOfRole(text, nm.end, nm.start);
  if (!role && !nm.possessive) role = appointedRole(text, sent.start, nm.start, nm.end, sent.end);
  if (!role) role = workCreditRole(text, sent0.start, nm.start);
  if (!role && !nm.possessive) role = roleAfter(text, nm.end, sent.end);
  if (!role && nm.honorific && HONOUR.test(text.slice(nm.honorific.start, nm.honorific.end))) {
    // A knighthood or a judge's title is a formal title: "Sir Richard Attenborough", "Mr Justice Forbes".
    const span = { start: nm.honorific.start, end: nm.honorific.end };
    role = { kind: 'before', text: text.slice(span.start, span.end), span, removal: { start: span.start, end: nm.nameStart } };
  }
  if (!role && !nm.honorific) role = descriptorBefore(text, sent.start, nm.start);
  return role;
}

/**
 * Lists of names share a role: "Presidents Barack Obama and Vladimir Putin", "Smith and Jones, both lawyers,".
 * (The plural reaches past items that carry their own role: "barristers - Owen Tarrant QC,
 * Lucy Ferrier QC, Dev Kapur and Anna de la Rue".)
 */
function carryListRoles(input: ParaInput, out: MentionRole[]): void {
  const { text, names } = input;
  let carry: Role | null = null;
  for (let k = 1; k < names.length; k++) {
    const gap = text.slice(names[k - 1].end, names[k].start);
    if (!LIST_GAP.test(gap) || names[k - 1].sentence !== names[k].sentence) {
      carry = null;
      continue;
    }
    const prev = out[k - 1].role;
    // ("stars including Cate Blanchett, Leonardo DiCaprio and Keanu Reeves": the plural reaches them all.)
    if (prev && (prev.kind === 'before' || prev.kind === 'before-appositive' || prev.kind === 'list' || prev.kind === 'sentence') && prev.plural) carry = prev;
    // ("Labour's Robin Cook and Tony Wright": an organisation's possessive reaches the name after "and".)
    if (!carry && prev && prev.kind === 'before' && /^\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*)*['’]s?$/u.test(prev.text.trim()) && /^\s*and\s+$/.test(gap)) carry = prev;
    // ("five members - president Kostas Andreou and Nikos Pavlou": the list's own plural.)
    if (!carry && prev && prev.kind === 'before') carry = dashListRole(text, sentenceOfName(input, k - 1).start, prev.span.start);
    if (!out[k].role && carry) out[k].role = { ...carry, kind: 'list', removal: null };
  }
}

/** A plural role after the last name of a list reaches back to the names before it. */
function carryPluralBack(input: ParaInput, out: MentionRole[]): void {
  const { text, names } = input;
  for (let k = names.length - 2; k >= 0; k--) {
    const gap = text.slice(names[k].end, names[k + 1].start);
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/.test(gap) || names[k].sentence !== names[k + 1].sentence) continue;
    const next = out[k + 1].role;
    if (!out[k].role && next && (next.kind === 'appositive' || next.kind === 'predicate' || next.kind === 'list' || next.kind === 'relative') && pluralRole(next.text)) {
      out[k].role = { ...next, kind: 'list', removal: null };
    }
  }
}

/** A role given elsewhere in the sentence, not attached to another name, not in a quote. */
function sentenceRoles(input: ParaInput, out: MentionRole[]): void {
  const { names } = input;
  const sentenceToks = new Map<number, Tok[]>();
  // The names of each sentence, so that each name looks only at its own sentence's (linear in a
  // paragraph of many short sentences).
  const namesOf = new Map<number, number[]>();
  for (let k = 0; k < names.length; k++) {
    const list = namesOf.get(names[k].sentence);
    if (list) list.push(k);
    else namesOf.set(names[k].sentence, [k]);
  }
  for (let k = 0; k < names.length; k++) {
    if (out[k].role || out[k].credit) continue;
    const sent = sentenceOfName(input, k);
    // (Not in a "sentence" longer than any prose sentence, a run-on list or a table pasted as one
    // line: each name would look at every other name and rescan all of it.)
    if (sent.end - sent.start > MAX_CONTEXT_SENTENCE) continue;
    out[k].role = sentenceRoleOf(input, out, k, sent, namesOf.get(names[k].sentence) ?? [], sentenceToks);
  }
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Name `k`'s role from its sentence `sent`, whose names are `inSentence` (indexes). */
function sentenceRoleOf(input: ParaInput, out: MentionRole[], k: number, sent: Span, inSentence: number[], sentenceToks: Map<number, Tok[]>): Role | null {
  const { text, names } = input;
  const quotes = quotesIn(input.quotes, sent);
  // Other names of the sentence, and the roles attached to them (theirs, not this person's; a
  // role the sentence gives a list is shared and stays visible to the context signals).
  const others: Span[] = [];
  const otherRoles: Role[] = [];
  const blocked: Span[] = [...quotes];
  let othersRoled = true;
  for (const j of inSentence) {
    const r = out[j].role;
    // (Names the sentence span does not reach are not blocked.)
    if (names[j].end >= sent.start && names[j].start <= sent.end) {
      blocked.push({ start: names[j].start, end: names[j].end });
      if (j !== k && r) {
        blocked.push(r.span);
        otherRoles.push(r);
      }
    }
    if (j === k) continue;
    others.push({ start: names[j].start, end: names[j].end });
    if (!r) othersRoled = false;
  }
  // A role the sentence gives a list is shared, and so is a title it was carried from ("Sens. A,
  // B and C"): only the roles attached to one other name alone are hidden from the context signals.
  const shared = otherRoles.filter((r) => r.kind === 'sentence' || r.kind === 'list');
  const attached = otherRoles.filter((r) => !shared.some((x) => sameSpan(x.span, r.span)) && !inSentence.some((j) => sameSpan(names[j], r.span))).map((r) => r.span);
  const name = { start: names[k].start, end: names[k].end };
  const role = sentenceRole(text, sent, blocked, name, sentenceToks);
  if (role) return role;
  // What the rest of the sentence says of the person (context-roles.ts).
  return sentenceContextRole({ text, sentence: sent, name: { start: names[k].start, end: names[k].end }, possessive: names[k].possessive, others, blocked: [...quotes, ...attached], othersRoled, quotes });
}

/** Between two names of a list: ", ", " and ", ", and ", after an optional post-nominal ("QC, "). */
const LIST_GAP = /^(?:\s+(?:QC|KC|MP|MEP|MSP|AM|JP))?(?:\s*\((?:[DRI]|Dem|Rep|Lab|Con|Ind)[-–.][^()]{1,16}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]*)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)){0,3}$/u;

/** "both lawyers", "are Labour MPs", "two former directors": a role shared by several names. */
function pluralRole(text: string): boolean {
  if (/^(?:both|all|two|three|four|five|are|were|who are|who were)\b/i.test(text.trim())) return true;
  return tokenize(text, 0, text.length).some((t) => t.word && roleWord(t.t, false)?.plural);
}

interface RoleSlot {
  key: string;
  roles: MentionRole[] | null;
}

function relSpan(s: Span | null, base: number): Span | null {
  return s ? { start: s.start + base, end: s.end + base } : null;
}

/** A role found at paragraph-relative offsets, moved to `base` (a fresh object: callers may keep it). */
function shiftRole(r: Role, base: number): Role {
  const o: Role = { kind: r.kind, text: r.text, span: { start: r.span.start + base, end: r.span.end + base }, removal: relSpan(r.removal, base) };
  if ('plural' in r) o.plural = r.plural;
  if (r.context) o.context = true;
  return o;
}

/**
 * Quote spans (not scare quotes or titles) per paragraph, clipped to it, in `quotes` order: one
 * pass over the quotes with a binary search over the paragraphs.
 */
function quotesByParagraph(draft: Draft, quotes: Quote[]): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  const ps = draft.paragraphs;
  for (const q of quotes) {
    if (q.kind === 'scare' || q.kind === 'title') continue;
    for (let i = partitionPoint(ps.length, (k) => ps[k].end <= q.start); i < ps.length && ps[i].start < q.end; i++) {
      const p = ps[i];
      if (q.end <= p.start || q.start >= p.end) continue;
      const span = { start: Math.max(q.start, p.start), end: Math.min(q.end, p.end) };
      const list = out.get(i);
      if (list) list.push(span);
      else out.set(i, [span]);
    }
  }
  return out;
}

/**
 * Roles of every mention of the analysis, indexed like `analysis.mentions`. Pronoun mentions get
 * no role. Computed once per analysis (and per changed paragraph with a cache).
 */
export function mentionRoles(analysis: Pick<Analysis, 'draft' | 'quotes' | 'mentions'>, cache?: ParagraphCache): MentionRole[] {
  const { draft, quotes, mentions } = analysis;
  const result: MentionRole[] = new Array(mentions.length);
  const byPara = new Map<number, Mention[]>();
  for (const m of mentions) {
    result[m.index] = { role: null, credit: false, bracketFull: false };
    if (m.kind === 'pronoun') continue;
    const list = byPara.get(m.paragraph);
    if (list) list.push(m);
    else byPara.set(m.paragraph, [m]);
  }
  for (let i = 0; i < mentions.length; i++) if (!result[i]) result[i] = { role: null, credit: false, bracketFull: false };
  const paraQuotes = quotesByParagraph(draft, quotes);
  for (const [pi, list] of byPara) paragraphMentionRoles(draft, pi, list, paraQuotes, cache, result);
  introRoles(draft, mentions, paraQuotes, cache, result);
  return result;
}

/** The roles of the named mentions `list` of paragraph `pi`, into `result` (memoised per paragraph with a cache). */
function paragraphMentionRoles(draft: Draft, pi: number, list: Mention[], paraQuotes: Map<number, Span[]>, cache: ParagraphCache | undefined, result: MentionRole[]): void {
  const para = draft.paragraphs[pi];
  if (!para) return;
  if (para.role !== 'story' && para.role !== 'deck') {
    // Bylines, credits, captions, promo lines, signatures: names there are credits, not references.
    for (const m of list) result[m.index].credit = true;
    return;
  }
  list.sort((a, b) => a.start - b.start);
  const base = para.start;
  const text = paragraphText(draft, para);
  const sentIdx = para.sentences.length ? para.sentences : [];
  const sentences = sentIdx.map((si) => ({ start: draft.sentences[si].start - base, end: draft.sentences[si].end - base }));
  const names = list.map((m) => paragraphName(m, base, sentIdx, sentences));
  const qs = (paraQuotes.get(pi) ?? []).map((q) => ({ start: q.start - base, end: q.end - base }));
  const input: ParaInput = { text, sentences, names, quotes: qs };
  const roles = cache ? cachedParagraphRoles(cache, input) : paragraphRoles(input);
  for (let i = 0; i < list.length; i++) {
    const r = roles[i];
    result[list[i].index] = { credit: r.credit, bracketFull: r.bracketFull, role: r.role ? shiftRole(r.role, base) : null };
  }
}

/** A mention's name span relative to its paragraph (at `base`), with the index of its sentence there. */
function paragraphName(m: Mention, base: number, sentIdx: number[], sentences: Span[]): NameSpan & { sentence: number } {
  const ns = nameSpan(m);
  let si = sentIdx.indexOf(m.sentence);
  if (si < 0) si = sentences.findIndex((s) => s.start <= ns.nameStart - base && ns.nameStart - base < s.end);
  return {
    start: ns.start - base,
    nameStart: ns.nameStart - base,
    end: ns.end - base,
    honorific: relSpan(ns.honorific, -base),
    possessive: ns.possessive,
    inBrackets: ns.inBrackets,
    sentence: si,
  };
}

/**
 * Keyed by the paragraph text alone (no long key string built per edit); the slot keeps the
 * spans the roles were computed for and recomputes when the person index or quotes differ.
 */
function cachedParagraphRoles(cache: ParagraphCache, input: ParaInput): MentionRole[] {
  let key = '';
  for (const n of input.names) key += `${n.start},${n.nameStart},${n.end},${n.honorific ? n.honorific.start + '-' + n.honorific.end : 'n'},${n.possessive ? 1 : 0}${n.inBrackets ? 1 : 0},${n.sentence};`;
  key += '\u0001';
  for (const s of input.sentences) key += `${s.start},${s.end};`;
  key += '\u0001';
  for (const q of input.quotes) key += `${q.start},${q.end};`;
  const slot = memo(cache, 'roles', input.text, (): RoleSlot => ({ key: '', roles: null }));
  if (slot.roles === null || slot.key !== key) {
    slot.roles = paragraphRoles(input);
    slot.key = key;
  }
  return slot.roles;
}

/**
 * A role described in the sentence before, which names nobody ("…, the Home
 * Secretary has said. Patricia Hale said …"): the BBC's intro style.
 */
function introRoles(draft: Draft, mentions: Mention[], paraQuotes: Map<number, Span[]>, cache: ParagraphCache | undefined, result: MentionRole[]): void {
  const sentencesWithNames = new Set<number>();
  for (const m of mentions) if (m.kind !== 'pronoun') sentencesWithNames.add(m.sentence);
  for (const m of mentions) {
    if (m.kind !== 'full' || result[m.index].role || result[m.index].credit) continue;
    const prev = m.sentence - 1;
    if (prev < 0 || sentencesWithNames.has(prev) || !draft.sentences[prev]) continue;
    const r = introRole(draft, m, draft.sentences[prev], paraQuotes, cache);
    if (r) result[m.index] = { ...result[m.index], role: r };
  }
}

/** The role the sentence `ps` before mention `m` describes, when `m` opens its sentence. */
function introRole(draft: Draft, m: Mention, ps: Draft['sentences'][number], paraQuotes: Map<number, Span[]>, cache: ParagraphCache | undefined): Role | null {
  if (draft.paragraphs[ps.paragraph]?.kind === 'headline' || draft.paragraphs[ps.paragraph]?.kind === 'heading') return null;
  if (m.paragraph - ps.paragraph > 1) return null;
  // The person must open the sentence ("Patricia Hewitt said …"), as in the BBC's intro style.
  const cur = draft.sentences[m.sentence];
  // (Or follow an opening clause: "Speaking at a BMW event, Helmut Panke predicted …".)
  if (cur && !/^[\s"“‘'(]*(?:(?:But|And|Meanwhile|However|Now|Earlier|Later|Yet),?\s+|[^.!?;:"“”]{0,120},\s+|[^.!?;:"“”]{0,80}\b(?:statement|speech|remarks|comments|interview|letter|lecture|address|evidence)\s+(?:by|from|with|of)\s+)?$/.test(draft.prose.slice(cur.start, nameSpan(m).start))) return null;
  const qs: Span[] = [];
  for (const q of paraQuotes.get(ps.paragraph) ?? []) {
    if (q.end <= ps.start || q.start >= ps.end) continue;
    qs.push({ start: Math.max(q.start, ps.start) - ps.start, end: Math.min(q.end, ps.end) - ps.start });
  }
  const stext = draft.prose.slice(ps.start, ps.end);
  const compute = () => describedRole(stext, { start: 0, end: stext.length }, qs);
  const r = cache ? memo(cache, 'roles-described', stext + '\u0001' + qs.map((q) => `${q.start},${q.end}`).join(';'), compute) : compute();
  if (!r) return null;
  // (Two sentences that each open with the one who speaks are two speakers: "The prime minister has
  // told … . Michael Howard has said …"; a description that opens its sentence reaches only a name further in.)
  if (!/\p{L}/u.test(stext.slice(0, r.span.start)) && !!cur && /^[\s"“‘'(]*(?:(?:But|And|Meanwhile|However|Yet),?\s+)?$/.test(draft.prose.slice(cur.start, nameSpan(m).start))) return null;
  return shiftRole(r, ps.start);
}

/** "the Trade and Industry Secretary", "BA's chief executive": a definite role description. */
function describedRole(prose: string, s: Span, quoted: Span[]): Role | null {
  const toks = tokenize(prose, s.start, s.end);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || quoted.some((q) => q.start <= t.s && t.s < q.end)) continue;
    const info = roleWord(t.t, false);
    if (!info || info.plural || SENTENCE_ROLE_EXCLUDE.has(lower(t.t))) continue;
    if (toks[i + 1]?.word && roleWord(toks[i + 1].t, false)) continue; // part of a longer title: look at its head
    // The description must be what speaks: "…, the Home Secretary has said."
    let speaks = false;
    // ("…, the Home Secretary has said.": the speech verb follows the description closely.)
    for (let j = i + 1; j < toks.length && j - i <= 6; j++) if (toks[j].word && SPEECH_VERBS.has(lower(toks[j].t))) speaks = true;
    // "… remarks on Tuesday from the oil minister of Nigeria. Adamu Bello said …".
    if (!speaks) {
      for (let j = i - 1; j >= 0 && i - j <= 10; j--) {
        if (!toks[j].word) continue;
        if (SPEECH_NOUNS.has(lower(toks[j].t))) {
          speaks = toks.slice(j, i).some((x) => x.word && /^(?:from|by)$/i.test(x.t));
          break;
        }
      }
    }
    if (!speaks) continue;
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      if (!toks[k].word) break;
      const lw = lower(toks[k].t);
      if (lw === 'the' || lw === 'its' || lw === 'their' || lw === 'a' || lw === 'an' || /^[\p{Lu}].*['’]s$/u.test(toks[k].t)) {
        const span = { start: toks[k].s, end: t.e };
        return { kind: 'sentence', text: prose.slice(span.start, span.end), span, removal: null };
      }
      if (isStopWord(toks[k].t)) break;
    }
  }
  return null;
}

/** Is the paragraph part of the headline area (headline, subheadings)? */
export function isHeadingParagraph(draft: Draft, paragraph: number): boolean {
  const p = draft.paragraphs[paragraph];
  return !!p && (p.kind === 'headline' || p.kind === 'heading');
}

/**
 * The analysis stage: fill `Person.title` with the first titled reference (hover shows it).
 * Runs after findPeople; leaves people untouched when nothing is found.
 */
export function assignTitles(people: Person[], roles: MentionRole[]): void {
  for (const p of people) {
    if (p.title) continue;
    for (const mi of p.mentions) {
      const r = roles[mi]?.role;
      if (!r || r.kind === 'list' || !r.text) continue;
      p.title = { text: r.text.replace(/\s+/g, ' ').trim(), span: r.span };
      break;
    }
  }
}


// ---------------------------------------------------------------------------------------------
// Helpers shared by first-reference, title-case and later-reference.
// ---------------------------------------------------------------------------------------------

const FIRST_PERSON = /(?<![\p{L}\p{N}'’.])(?<!(?:War|Elizabeth|Henry|James|Charles|George|Edward|William|Richard|Mary|Phase|Part|Chapter|Class|Title|Type|Grade|Stage|Level|Series|Vol\.?)\s)(?:I(?:['’](?:m|ve|d|ll))?|me|my|myself)(?![\p{L}\p{N}'’-]|\.\p{L})/u;

/**
 * The writer speaks in the first person ("I", "me", "my") in [start, end), outside quote marks (a
 * reader's comment, a guest's or a columnist's words). Not a regnal or ordinal numeral ("Elizabeth
 * I", "World War I", "Phase I").
 */
export function firstPerson(analysis: Pick<Analysis, 'draft' | 'quotes'>, start: number, end: number): boolean {
  const prose = analysis.draft.prose;
  if (!FIRST_PERSON.test(prose.slice(start, end))) return false;
  // Outside quote marks only.
  let from = start;
  for (const q of analysis.quotes) {
    if (q.end <= start || q.kind === 'title') continue;
    if (q.start >= end) break;
    if (q.start > from && FIRST_PERSON.test(prose.slice(from, q.start))) return true;
    from = Math.max(from, q.end);
  }
  return from < end && FIRST_PERSON.test(prose.slice(from, end));
}

/** Nothing but opening quote marks, brackets or markup between the sentence start and `pos`. */
export function atSentenceStart(draft: Draft, pos: number): boolean {
  const s = sentenceAt(draft, pos);
  if (!s) return true;
  return /^[\s"“‘'«(\[*_—–-]*$/.test(draft.prose.slice(s.start, pos));
}

/**
 * The standfirst: the paragraph structure.ts classified as the deck. -1 when there is none.
 */
export function standfirstParagraph(draft: Draft): number {
  return draft.paragraphs.findIndex((p) => p.role === 'deck');
}

/** Headline, subheadings and the standfirst: names there are not first references. */
export function headArea(draft: Draft): (paragraph: number) => boolean {
  const sf = standfirstParagraph(draft);
  return (pi: number) => pi === sf || isHeadingParagraph(draft, pi);
}

function normName(s: string): string {
  return s.normalize('NFC').replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The `config.people` entry for a person: same full name, or same surname when only the surname is known. */
export function configPerson<T extends { name: string }>(list: readonly T[], person: Person): T | undefined {
  if (!list || list.length === 0) return undefined;
  const full = normName(person.name);
  const exact = list.find((c) => normName(c.name) === full);
  if (exact) return exact;
  const sur = normName(person.surname);
  if (full !== sur) return undefined;
  const bySurname = list.filter((c) => normName(c.name).split(' ').pop() === sur);
  return bySurname.length === 1 ? bySurname[0] : undefined;
}

/** Capitalise or lower-case the first letter of an inserted phrase to fit where it goes. */
export function fitCase(phrase: string, sentenceStart: boolean): string {
  if (sentenceStart) return phrase.charAt(0).toUpperCase() + phrase.slice(1);
  const m = /^(The|A|An|His|Her|Their|Its|Our)\b/.exec(phrase);
  return m ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/** Placeholders a writer must fill in; obviously unfinished in print. */
export const TITLE_PLACEHOLDER = '[title TK]';
export const GIVEN_PLACEHOLDER = '[first name TK]';

// ---------------------------------------------------------------------------------------------
// Mentions that are not references to a person (shared by first-reference and later-reference).
// ---------------------------------------------------------------------------------------------

/**
 * A name used as a modifier or a name that is not a person's: "a Trump supporter", "the Obama
 * administration", "former Grange Hill actress", "Roman Catholics".
 */
export function attributive(draft: Draft, m: Mention): boolean {
  return perDraft(ATTRIBUTIVE, draft, m, attributiveNow);
}

/** first-reference and later-reference ask the same questions of every mention: answered once per draft. */
const ATTRIBUTIVE = new WeakMap<Draft, Map<Mention, boolean>>();
const ORGANISATION = new WeakMap<Draft, Map<Mention, boolean>>();
function perDraft(memo: WeakMap<Draft, Map<Mention, boolean>>, draft: Draft, m: Mention, f: (draft: Draft, m: Mention) => boolean): boolean {
  let known = memo.get(draft);
  if (!known) memo.set(draft, (known = new Map()));
  let v = known.get(m);
  if (v === undefined) known.set(m, (v = f(draft, m)));
  return v;
}

function attributiveNow(draft: Draft, m: Mention): boolean {
  if (m.possessive) return false;
  const ns = nameSpan(m);
  const next = /^[ \t]+([\p{Ll}][\p{L}'’-]*)/u.exec(draft.prose.slice(ns.end, ns.end + 40));
  if (next && (ATTRIBUTIVE_AFTER.has(next[1].toLowerCase().replace(/['’]s?$/, '')) || ORG_DESCRIPTORS.has(next[1].toLowerCase()) || m.kind === 'full' && roleWord(next[1], false))) return true;
  const before = draft.prose.slice(Math.max(0, ns.start - 5), ns.start);
  // "He has been dubbed the Dick Clark or Johnny Carson of blogging": a type, not the person.
  if (/(?:^|[^\p{L}])(?:the|a|an|or)\s+$/u.test(before) && /^[ \t]+(?:or[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3})?of[ \t]+\p{Ll}/u.test(draft.prose.slice(ns.end, ns.end + 50)) &&
    /\b(?:called|dubbed|named|like|become|becoming|became|be)\s+(?:the|a|an)\s+/.test(draft.prose.slice(Math.max(0, ns.start - 60), ns.start + 1) + draft.prose.slice(Math.max(0, ns.start - 60), ns.start))) return true;
  // "the Conlon and Maguire families": surnames as the name of a family.
  if (/^[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+famil(?:y|ies)\b/u.test(draft.prose.slice(ns.end, ns.end + 40)) ||
    /\b(?:the|and)\s+$/.test(before) && /^[ \t]+famil(?:y|ies)\b/.test(draft.prose.slice(ns.end, ns.end + 12))) return true;
  // "the Michael Jackson child abuse trial": a name inside a compound noun after "the".
  const before12 = draft.prose.slice(Math.max(0, ns.start - 12), ns.start);
  if (!m.honorific && (/(?:^|[^\p{L}])[Tt]he\s+$/u.test(before) || /(?:^|[^\p{L}])[Tt]he\s+(?:new|latest|next|first|last|annual|classic|original|late)\s+$/u.test(before12))) {
    const compound = /^[ \t]+([\p{Ll}-]+(?:[ \t]+[\p{Ll}-]+){0,2})/u.exec(draft.prose.slice(ns.end, ns.end + 50));
    if (compound && compound[1].split(/[ \t]+/).slice(1).some((w) => ATTRIBUTIVE_AFTER.has(w))) return true;
    // "the first Harry Potter DVD", "the Tony Blair years": a noun or an acronym right after the name
    // (not a verb form, a function word or a pronoun) makes the name a modifier.
    const head = /^[ \t]+([\p{Ll}][\p{Ll}-]+|\p{Lu}{2,5})(?![\p{L}'’])/u.exec(draft.prose.slice(ns.end, ns.end + 30));
    if (head && !isStopWord(head[1]) && !/(?:ed|ing|ly|s)$/.test(head[1]) && (isCommonWord(head[1]) || /^\p{Lu}+$/u.test(head[1])) && !/^(?:who|whom|whose|which|that|is|was|has|had|will|would|can|could|may|might|must|said|says)$/.test(head[1])) return true;
  }
  // "a Simon Schama one", "an Elvis song": a name after an article is a kind, not a person.
  if (!m.honorific && /(?:^|[^\p{L}])(?:a|an)\s+$/u.test(before)) return true;
  // "the Neath-Swansea Ospreys": a team or a group.
  if (/(?:^|[^\p{L}])[Tt]he\s+$/u.test(before) && /s$/.test(m.text)) return true;
  return m.kind === 'full' && GROUP_PLURALS.test(m.text);
}
const GROUP_PLURALS = /\b(?:Catholics|Protestants|Muslims|Christians|Jews|Hindus|Sikhs|Democrats|Republicans|Socialists|Conservatives|Liberals|Americans|Britons)$/;

/**
 * "parts maker Robert Bosch", "its maker, Eli Lilly", "Johnson & Johnson", "chief economist at
 * Bridgewell Securities", "Stanley Leisure": an organisation named like a person.
 */
export function organisation(draft: Draft, m: Mention): boolean {
  return perDraft(ORGANISATION, draft, m, organisationNow);
}

function organisationNow(draft: Draft, m: Mention): boolean {
  // "When asked whether she was a member of the panel, Ms Kelly said": a courtesy title names a person.
  if (m.honorific) return false;
  const ns = nameSpan(m);
  // (Within the paragraph: "Music mogul Fuller sells company" is a headline, not a descriptor.)
  const para = draft.paragraphs[m.paragraph];
  const beforeText = draft.prose.slice(Math.max(para ? para.start : 0, ns.start - 40), ns.start);
  // Both patterns end in whitespace after a word: look at the last word before running them.
  const trimmed = beforeText.trimEnd();
  if (trimmed.length < beforeText.length) {
    const t = trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
    if (/\p{Ll}$/u.test(t.slice(-2))) {
      // ("to leave the band, Gary Lightbody has said": after a comma the descriptor ends a clause.)
      const before = /([\p{Ll}]+)\s+$/u.exec(beforeText) ?? /\b(?:its|their)\s+([\p{Ll}]+),\s+$/u.exec(beforeText);
      if (before && ORG_DESCRIPTORS.has(before[1])) return true;
    }
    // "analyst Ruth Pell of Dresdner Kleinwort", "Birgit Kessler, from Sal Oppenheim": a firm.
    const ofName = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{L}'’-]+),?\s+(?:of|from|at)\s+$/u.exec(beforeText);
    const ofGiven = /(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+,?\s+(?:of|from|at)\s+$/u.exec(beforeText)?.[1] ?? '';
    if (ofName && !m.honorific && !roleWord(ofName[1]) && !isStopWord(ofName[1]) && (isGivenName(ofGiven) || !isCommonWord(ofGiven) && !/\b[Tt]he\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+,?\s+(?:of|from|at)\s+$/u.test(beforeText))) return true;
    // "the architect of Obama's campaign", "chairman of Mrs. Clinton's campaign": the person's own.
    if (/\s(?:at|with|of|from)$/.test(trimmed.slice(-5)) && !m.possessive && !m.honorific) {
      const aff = /([\p{L}-]+)\s+(?:at|with|of|from)\s+$/u.exec(beforeText);
      // (Only a post in a firm: "the widow of Kurt Cobain", "an associate of Mikhail Khodorkovsky" name people.)
      if (aff && roleWord(aff[1], false) && FIRM_POSTS.test(aff[1])) return true;
    }
  }
  const last = m.text.split(/\s+/).pop() ?? '';
  // "Merrill Lynch", "Morgan Stanley", "Goldman Sachs" are firms (data: lexicon/organisations.ts);
  // Peter Lynch and Tony Banks are people.
  if (m.kind === 'full' && PERSON_LIKE_BRANDS.has(m.text.split(/\s+/).map(lookupKey).join(' '))) return true;
  if (m.kind === 'full' && FIRM_SUFFIXES.has(last.toLowerCase()) && !isGivenName(m.text.split(/\s+/)[0])) return true;
  return /^\s*&/.test(draft.prose.slice(ns.end, ns.end + 4)) || /&\s*$/.test(draft.prose.slice(Math.max(0, ns.start - 4), ns.start));
}

/**
 * A name right after a capitalised word the index did not take as part of it ("Rod [Eddington]",
 * "Mani [Shankar Aiyar]", "Jimmy \"the Whirlwind\" [White]"): not ours to judge.
 */
export function splitName(draft: Draft, m: Mention): boolean {
  if (m.honorific || m.kind === 'pronoun') return false;
  const ns = nameSpan(m);
  const before = draft.prose.slice(Math.max(0, ns.nameStart - 50), ns.nameStart);
  if (m.kind === 'surname' && /[\p{Lu}][\p{L}]*\s+["“][^"”]{1,30}["”]\s+$/u.test(before)) return true; // a nickname
  const w = /([\p{Lu}][\p{L}\p{M}'’.-]*) $/u.exec(before);
  if (!w) return false;
  const word = w[1];
  if (/[^.]{2}\.$/.test(word)) return false; // the end of the previous sentence: "… in Boston. Kathleen Utgoff"
  if (atSentenceStart(draft, ns.nameStart - w[0].length)) return false; // "Later Sergey Lavrov …"
  // Capitalised in mid-sentence, "Will" or "May" is a given name here ("Will Wright"); "US",
  // "Wednesday" and "But" are not.
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(word) && (word.length > 3 || isKnownAcronym(word))) return false; // "US John Snow"; "JP McManus" is initials
  if (isStopWord(word) && !/^(?:Will|May|June|April|August|Bill|Joy|Hope|Rich|Grant)$/.test(word)) return false;
  return !(roleWord(word) || isCourtesyTitle(word) || isTitleAbbreviation(word) || /['’]s$/.test(word));
}


