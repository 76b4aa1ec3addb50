/**
 * Sentences: the one sentence splitter (run once per paragraph by the draft model, memoised with
 * the paragraph) and the one `sentenceAt` every stage uses to find the sentence holding an offset.
 * Offsets are UTF-16 indices.
 */
import { partitionPoint } from './lines';
import type { Draft, Sentence } from './types';
import { SAYING_FINITE_VERBS } from './lexicon/verbs';

/**
 * The sentence holding `offset`: the last sentence of the draft starting at or before it (for an
 * offset between two sentences, the one before). Null before the first sentence.
 */
export function sentenceAt(draft: Draft, offset: number): Sentence | null {
  const ss = draft.sentences;
  const i = partitionPoint(ss.length, (k) => ss[k].start <= offset) - 1;
  return i >= 0 ? ss[i] : null;
}


/** Abbreviations after which a full stop does not end a sentence (case-sensitive). */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'St', 'Sen', 'Sens', 'Gov', 'Rep', 'Reps', 'Gen', 'Lt', 'Col', 'Capt', 'Cpt', 'Sgt',
  'Maj', 'Adm', 'Cmdr', 'Cdr', 'Prof', 'Rev', 'Revd', 'Hon', 'Pres', 'Supt', 'Det', 'Insp', 'Cpl', 'Pvt', 'Fr',
  'Messrs', 'Mme', 'Mlle', 'Sr', 'Jr', 'Ald', 'Atty', 'Brig', 'Cmdr', 'Comdr', 'Gens', 'Lieut', 'Sec', 'Supt',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'No', 'Nos', 'Vol', 'Fig', 'Ft', 'Mt', 'Pt', 'Ave', 'Rd', 'Blvd', 'approx', 'vs', 'v', 'cf', 'ca',
  'Calif', 'Conn', 'Fla', 'Ill', 'Mass', 'Mich', 'Minn', 'Penn', 'Tenn', 'Wash', 'Wis', 'Ariz', 'Ark', 'Colo', 'Del',
  'Ga', 'Kan', 'Ky', 'La', 'Md', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Va', 'Vt', 'Wyo',
]);

/** ASCII letters, digits and underscore: the word characters of a `\\b` in a `u`-mode pattern. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Reporting verbs with a mark inside ("e-mailed"): matched whole rather than as one run of word characters. */
const JOINED_REPORTING = [...SAYING_FINITE_VERBS].filter((v) => !/^\w+$/.test(v));

/** A reporting verb starts at `pos` of `s` and ends at a word boundary ("said", "told,"; not "saidx"). */
function reportingAt(s: string, pos: number): boolean {
  let e = pos;
  while (e < s.length && isAsciiWordChar(s.charCodeAt(e))) e++;
  if (e > pos && SAYING_FINITE_VERBS.has(s.slice(pos, e))) return true;
  for (const v of JOINED_REPORTING) if (s.startsWith(v, pos) && !isAsciiWordChar(s.charCodeAt(pos + v.length))) return true;
  return false;
}

const UPPER_START = /^\p{Lu}/u;
const WORD_RUN = /[\p{L}\p{M}'’.-]+/uy;
const SPACE_RUN = /\s+/uy;

/**
 * After `?`/`!` + closing quote: a reporting verb, or a capitalised speaker and up to three more
 * words before one ("Smith said", "Jane Holt of Acme told"), keep the sentence together. Read word by
 * word with a set lookup: the same test as one pattern holding the verb list twice, which took V8
 * 200-330 ms to compile.
 */
function trailingAttribution(s: string): boolean {
  if (reportingAt(s, 0)) return true;
  if (!UPPER_START.test(s)) return false;
  let pos = 0;
  for (let k = 0; ; k++) {
    if (k > 0 && reportingAt(s, pos)) return true;
    if (k === 4) return false;
    WORD_RUN.lastIndex = pos;
    if (!WORD_RUN.test(s)) return false;
    pos = WORD_RUN.lastIndex;
    SPACE_RUN.lastIndex = pos;
    if (!SPACE_RUN.test(s)) return false;
    pos = SPACE_RUN.lastIndex;
  }
}

const CLOSERS = new Set(['"', '”', '’', "'", '»', '›', '“', '‘', ')', ']', '«', '‹']);
const OPENERS = new Set(['"', '“', '‘', "'", '«', '„', '‚', '‹', '»', '›', '(', '[']);

/** Whitespace, and invisible format characters (zero-width spaces, bidi marks, a stray BOM). */
export function isWs(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x2060 || c === 0x0b || c === 0x0c ||
    (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f)
  );
}

const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{N}]/u;

/**
 * Split one paragraph's prose into sentences. Returns flat [start, end, start, end, …] offsets
 * relative to the paragraph start, trimmed of whitespace.
 */
export function splitSentences(p: string): number[] {
  const out: number[] = [];
  let sentStart = 0;
  const n = p.length;
  const emit = (end: number) => {
    let s = sentStart;
    let e = end;
    while (s < e && isWs(p.charCodeAt(s))) s++;
    while (e > s && isWs(p.charCodeAt(e - 1))) e--;
    if (e > s) out.push(s, e);
  };
  for (let i = 0; i < n; i++) {
    const ch = p[i];
    if (ch === '\n') {
      // A line starting with a bullet starts a sentence (lists inside plain-text paragraphs).
      if (/^[ \t]*[-*•–—][ \t]/.test(p.slice(i + 1, i + 8))) {
        emit(i);
        sentStart = i + 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '?' && ch !== '!' && ch !== '…') continue;
    const termStart = i;
    let j = i;
    while (j < n && (p[j] === '.' || p[j] === '?' || p[j] === '!' || p[j] === '…')) j++;
    const term = p.slice(termStart, j);
    const ellipsis = term.includes('…') || term.includes('..');
    let k = j;
    while (k < n && CLOSERS.has(p[k])) k++;
    const closed = k > j;
    i = k - 1;
    if (k >= n || !isWs(p.charCodeAt(k))) continue;
    let w = k;
    while (w < n && isWs(p.charCodeAt(w))) w++;
    if (w >= n) continue;
    const next = p[w];
    if (!(UPPER_OR_DIGIT.test(next) || OPENERS.has(next))) continue;
    if (ellipsis && !closed) continue;
    if (term === '.') {
      // Word before the full stop.
      let b = termStart;
      while (b > 0 && /[\p{L}\p{M}.]/u.test(p[b - 1])) b--;
      const word = p.slice(b, termStart);
      if (word.length > 0) {
        const lastPart = word.slice(word.lastIndexOf('.') + 1);
        if (ABBREVIATIONS.has(lastPart) && !closed) continue;
        // Initials and dotted abbreviations: "F.", "J.K.", "U.S.", "e.g."
        if (!closed && /^[\p{L}]$/u.test(lastPart)) continue;
      }
    }
    if (closed && (term.includes('?') || term.includes('!')) && trailingAttribution(p.slice(w, w + 80))) continue;
    emit(k);
    sentStart = k;
  }
  emit(n);
  return out;
}
