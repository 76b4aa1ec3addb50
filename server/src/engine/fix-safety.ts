/**
 * Delimiter checks for fixes that move words: a safe fix (applied by `--fix` and fix-all) may move
 * a description only when its edges are proven by tokens and punctuation. Anything less certain is
 * left to a suggestion.
 *
 * - `wholeAppositive`: ", who on Friday was awarded £150,000 by a court," after a name: opened by a
 *   comma, closed by a comma that is followed by the verb of the clause ("…, said") or by the end
 *   of the sentence; never a comma inside a number (150,000), never across a quote mark, bracket,
 *   dash, colon, semicolon or line break, nor past a full stop that may be an abbreviation
 *   ("Calif.").
 *   A description (not a relative clause) must say who the person is: an age, or a noun phrase
 *   with a role word ("a substitute on the day"), not ", according to a spokesman".
 * - `wholeTitle`: a title before a name ("former radio host and DJ (disc jockey) "): whole words
 *   (never the end of "5,000m"), no punctuation but apostrophes, hyphens, full stops inside words
 *   and paired round brackets; no article or possessive first; a role word last; not after "to".
 * - `insertableAfter`: a first mention that can take a moved appositive: not inside a list of names
 *   ("Saul Bellow, Milan Kundera") nor before a bracket or quote mark.
 */
import type { Draft, Span } from './types';
import { isCommonWord } from './names';
import { PERSON_VERBS, PLAIN_SAYING_VERBS, VERBS_AFTER_A_NAME } from './lexicon/verbs';
import { roleWord, titleModifier } from './titles';

const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might',
  'must', 'does', 'did', 'do', 'remains', 'remained', 'became', 'becomes',
]);
const ADVERBS = new Set(['also', 'now', 'then', 'still', 'later', 'recently', 'previously', 'once', 'never', 'already', 'yesterday', 'today', 'himself', 'herself', 'however']);
/** Marks an appositive may not cross: the fix cannot prove where it ends. */
const BARRIER = /[;:()[\]{}"“”‘—–\n\r]/;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;

/**
 * The span [nameEnd, end) of the appositive or relative clause right after a name, with its
 * opening comma and, when a comma closes it, that comma; null when its edges are not proven.
 */
export function wholeAppositive(draft: Draft, nameEnd: number, kind: 'appositive' | 'relative'): Span | null {
  const prose = draft.prose;
  const open = /^,[ \t]+/.exec(prose.slice(nameEnd, nameEnd + 8));
  if (!open) return null;
  const from = nameEnd + open[0].length;
  const close = closingMark(prose, from);
  if (!close || !/[\p{L}\p{N}]/u.test(prose.slice(from, close.at))) return null;
  const inner = prose.slice(from, close.at);
  if (kind === 'appositive' && !describesPerson(inner)) return null;
  // "Ada Rhys-Tan, who is its deputy leader,": a pronoun needs its antecedent before it, and
  // moved to an earlier mention it would come first.
  if (ANAPHOR.test(inner)) return null;
  // "Mr Ash and Mr Lowe, who have been councillors": a clause about two people stays put.
  if (kind === 'relative' && /^\S+\s+(?:have|are|were)\b/i.test(inner)) return null;
  // "Mr Lowe, who said the rival party was scared": what someone said is news of its moment, not who they are
  // ("who continues to run" is not speech: a verb before "to" takes an action).
  const [, verb, next] = inner.toLowerCase().split(/\s+/);
  if (kind === 'relative' && PLAIN_SAYING_VERBS.has(verb ?? '') && next !== 'to') return null;
  if (close.mark !== ',') return { start: nameEnd, end: close.at };
  return verbFollows(prose, close.at + 1) ? { start: nameEnd, end: close.at + 1 } : null;
}

/** A pronoun or possessive that points back to something named earlier. */
const ANAPHOR = /(?<![\p{L}\p{N}'’-])(?:its|it|his|him|her|hers|their|them|theirs|they|there)(?![\p{L}\p{N}'’-])/iu;

/** (Not "his", "her", "their": "Hillary Clinton, his Democratic opponent," needs its antecedent first.) */
const OPENERS = new Set(['a', 'an', 'the', 'one', 'both', 'now', 'then', 'formerly', 'currently', 'also', 'himself', 'herself', 'former', 'aged']);

/**
 * An appositive that says who the person is: an age (", 85,"), or a noun phrase opening like one
 * (an article, a possessive, a role word, a capitalised word) with a lower-case role word in it.
 * Not ", rather than as …", ", according to a spokesman", ", an unusual pattern in …": those say
 * something of the sentence, and moved to another mention they change its meaning.
 */
function describesPerson(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  if (ws.length === 1 && /^\p{N}{1,3}$/u.test(ws[0])) return true;
  const first = ws[0];
  if (/^(?:speaking|acting|writing) (?:on behalf of|for) /.test(ws.slice(0, 4).join(' ') + ' ')) return true; // a spokesperson
  if (/^(?:his|her|their|its|our)$/i.test(first)) return false;
  if (!OPENERS.has(first.toLowerCase()) && !/['’]s$/.test(first) && !/^\p{Lu}/u.test(first) && !roleWord(first)) return false;
  // (A verb makes it a clause: ", the two million members of the union would most likely …".)
  if (ws.some((w) => AUXILIARIES.has(w.toLowerCase()))) return false;
  return ws.some((w) => /^\p{Ll}/u.test(w) && (!!roleWord(w.replace(/[.,]+$/, '')) || /^\d+-year-old$/.test(w)));
}

/** The comma or sentence end that closes a clause starting at `from`, or null at a barrier. */
function closingMark(prose: string, from: number): { at: number; mark: string } | null {
  for (let i = from; i < prose.length && i < from + 400; i++) {
    const c = prose[i];
    if (BARRIER.test(c) || c === '-' && prose[i - 1] === ' ' && prose[i + 1] === ' ') return null;
    if ((c === "'" || c === '’') && !apostrophe(prose, i)) return null;
    if (c === ',' || c === '.') {
      if (DIGIT.test(prose[i - 1] ?? '') && DIGIT.test(prose[i + 1] ?? '')) continue; // 150,000 or 7.9
    }
    if (c === ',') return { at: i, mark: c };
    if (c === '!' || c === '?') return { at: i, mark: c };
    if (c === '.') {
      const next = prose.slice(i + 1, i + 3);
      if (!/^(?:\s|$)/.test(next)) continue; // "bit.ly", "U.S"
      if (mayBeAbbreviation(prose, i)) return null;
      return { at: i, mark: c };
    }
  }
  return null;
}

/** An apostrophe inside a word ("O'Neill", "Britain's") or closing a plural possessive ("players'"). */
function apostrophe(prose: string, i: number): boolean {
  const before = prose[i - 1] ?? '';
  const after = prose[i + 1] ?? '';
  return LETTER.test(before) && (LETTER.test(after) || before === 's' && /^(?:\s|$)/.test(after));
}

/** A full stop after an initial or a short capitalised word ("J.", "Calif.", "St.", "Inc."). */
function mayBeAbbreviation(prose: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(prose.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  return /^\p{Lu}[\p{Ll}.]{0,4}$/u.test(word) || /\./.test(word);
}

/** The clause's verb comes next (after an adverb at most): "said", "is", "has also resigned". */
function verbFollows(prose: string, from: number): boolean {
  const ws = /^[ \t]*([\p{L}'’-]+)(?:[ \t]+([\p{L}'’-]+))?/u.exec(prose.slice(from, from + 60));
  if (!ws) return false;
  const first = ws[1].toLowerCase();
  if (isVerb(first)) return true;
  return (ADVERBS.has(first) || /^\p{Ll}+ly$/u.test(ws[1])) && !!ws[2] && isVerb(ws[2].toLowerCase());
}

function isVerb(w: string): boolean {
  return AUXILIARIES.has(w) || VERBS_AFTER_A_NAME.has(w) || PERSON_VERBS.has(w) || /^\p{Ll}{3,}ed$/u.test(w) && isCommonWord(w);
}

/** A title before a name, `removal` = [start, nameStart): whole words with nothing to prove. */
export function wholeTitle(draft: Draft, removal: Span): boolean {
  const prose = draft.prose;
  const before = prose[removal.start - 1];
  if (before !== undefined && !/\s/.test(before)) return false; // "5,|000m finalist"
  const text = prose.slice(removal.start, removal.end);
  if (/[,;:[\]{}"“”‘—–\n\r]/.test(text) || !pairedBrackets(text)) return false;
  for (let i = 0; i < text.length; i++) if ((text[i] === "'" || text[i] === '’') && !apostrophe(text, i)) return false;
  const ws = text.trim().split(/\s+/);
  if (ws[0] === '' || DETERMINER.test(ws[0])) return false; // "for long-time target the 28-year-old X"
  // The word before the name is the title's head: a role word ("Ireland winger", not "world number
  // six", "secretary of state mocked", "deputy chief of staff to"), and no verb after "to" ("on to
  // partner X", "premature to back X").
  if (ws.some((w) => roleWord(w)?.plural)) return false; // "Republican presidential candidates Sen. X"
  const head = ws[ws.length - 1].replace(/^[(]+|[).]+$/g, '');
  if (!roleWord(head) && !HONOURS.test(head)) return false;
  return titleStartsAtBoundary(prose, removal.start, ws.length === 1 && !roleWord(head, false));
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'become', 'became', 'becomes', 'remains', 'remained', 'to']);
const BOUNDARY_WORDS = new Set([
  'and', 'or', 'but', 'while', 'when', 'as', 'if', 'that', 'then', 'before', 'after', 'from', 'by', 'with', 'for', 'of',
  'against', 'between', 'including', 'like', 'at', 'on', 'in', 'about', 'over', 'under', 'said', 'says', 'told', 'added', 'beat', 'beats',
]);

/**
 * The title starts where its noun phrase does: not after a word of the same title ("former academy
 * | director", "convicted | rapist", "presumptive | Democratic nominee", "Chelsea | director"),
 * a copula or "to" ("is | former president", "to | partner"), or a quote or bracket ("“Show” | star").
 * A lone everyday role word ("back", "star") needs a preposition or conjunction before it.
 */
function titleStartsAtBoundary(prose: string, start: number, lone: boolean): boolean {
  const before = prose.slice(Math.max(0, start - 40), start);
  if (/^\s*$/.test(before) || /(?:^|[\n\r])[ \t]*$/.test(before) || /[.!?]\s+$/.test(before) && !lone) return true;
  const prev = /([^\s]+)\s+$/.exec(before)?.[1] ?? '';
  if (!/^[\p{L}'’-]+$/u.test(prev)) return false;
  const w = prev.toLowerCase();
  if (lone) return BOUNDARY_WORDS.has(w);
  if (COPULAS.has(w) || /^\p{Lu}/u.test(prev) || /['’]s?$/.test(prev)) return false;
  if (BOUNDARY_WORDS.has(w)) return true;
  if (titleModifier(w) || roleWord(w) || /(?:ed|ive|ing)$/.test(w)) return false;
  // "former academy | director": a title modifier one word further back.
  const prev2 = /([^\s]+)\s+[^\s]+\s+$/.exec(before)?.[1] ?? '';
  if (titleModifier(prev2.toLowerCase())) return false;
  // Any other word may be part of the same noun phrase ("real estate | mogul", "the | mogul"):
  // only a verb before the title proves where it starts.
  return isVerb(w);
}

const HONOURS = /^(?:Sir|Dame)$/;
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)$/i;

/** Round brackets, if any, open before they close and close as often as they open ("VJ (video jockey)"). */
function pairedBrackets(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A moved appositive can follow the first mention ending at `at` without garbling its sentence:
 * the sentence ends there, or a lower-case word follows ("is to stand", "said", "and his wife").
 */
export function insertableAfter(draft: Draft, at: number): boolean {
  const after = draft.prose.slice(at, at + 40);
  if (/^['’]/.test(after)) return false;
  if (/^[ \t]*[.!?;:]/.test(after) || /^[ \t]*$/.test(after.split('\n')[0])) return true;
  // A lower-case word next ("is to stand", "said", "and his wife"); not a list of names
  // ("Saul Bellow, Milan Kundera"), a bracket, a quote or another capitalised word.
  // Not before a comma: it closes something ("Brannock, who will work beside Owen Tulley, has …")
  // or opens a description the mention already has ("Steve Dunwoody, a volunteer").
  return /^[ \t]+\p{Ll}/u.test(after);
}
