/**
 * Appositives: the one finder of the comma appositive after a name (", a spokesman for the
 * ministry,", ", 45,", ", who heads the union,"). Three readers ask it different questions:
 * - roles.ts: what role the appositive gives (and the span a fix removes);
 * - signals/role-after.ts: does a role noun open it (evidence that an unfamiliar name is a person);
 * - signals/appositive.ts: is the person described at all (a short phrase, whatever its noun).
 * The finder says where the appositive opens (after the comma and its space) and where its
 * clause ends (the next comma, semicolon, colon, dash, bracket, quote mark or sentence end); each
 * reader reads the words in between. Pure; offsets are UTF-16 indices into `text`.
 */
import type { Span } from './types';

/** Abbreviations whose full stop ends no clause: "U.S.", "Mr.", "Inc.", a single initial. */
const ABBREV_BEFORE = /(?:\b[A-Z]|\bSt|\bNo|\bMr|\bMrs|\bMs|\bDr|\bJr|\bSr|\bInc|\bCo|\bCorp|\bLtd|\bGov|\bSen|\bRep|\bGen|\bCol|\bLt|\bSt|\bU\.S|\bU\.K|\bvs?|\bi\.e|\be\.g)\.$/;

/** The first offset in [from, ceil) where `re` finds a mark that is not an abbreviation's stop, else ceil. */
function endAt(re: RegExp, prose: string, from: number, ceil: number): number {
  re.lastIndex = from;
  for (let m; (m = re.exec(prose)) && m.index < ceil; ) {
    if (m[0] === '.' && ABBREV_BEFORE.test(prose.slice(Math.max(from, m.index - 6), m.index + 1))) continue;
    return m.index;
  }
  return ceil;
}

const CLAUSE_END = /[,;:—–()]|[.!?](?=\s|$)|["“”]/g;
const SENTENCE_CLAUSE_END = /[;:—–]|[.!?](?=\s|$)|["“”]/g;

/** End of the clause starting at `from`: its next comma, semicolon, colon, dash, bracket, quote mark or sentence end. */
export function clauseEnd(prose: string, from: number, ceil: number): number {
  return endAt(CLAUSE_END, prose, from, ceil);
}

/** End of the clause starting at `from`, reading on over commas ("is a lawyer, and a poet."). */
export function sentenceClauseEnd(prose: string, from: number, ceil: number): number {
  return endAt(SENTENCE_CLAUSE_END, prose, from, ceil);
}

function isSpace(c: string): boolean {
  return /\s/.test(c);
}

/**
 * The comma appositive opening at `at` (right after a name): ", " then its words up to the end of
 * their clause, read no further than `ceil`. `start` is its first word, `end` its clause's end.
 * Null when no comma and space open there.
 */
export function appositiveAfter(text: string, at: number, ceil: number): Span | null {
  if (at >= ceil || text[at] !== ',') return null;
  let s = at + 1;
  while (s < ceil && isSpace(text[s])) s++;
  if (s === at + 1) return null;
  return { start: s, end: clauseEnd(text, s, ceil) };
}
