/**
 * Tokens: the one token model every stage reads (issue 16, "One token model").
 *
 * A text is cut once into contiguous tokens with UTF-16 offsets:
 * - `word`: a run of letters, combining marks and digits with at least one letter ("Lavrov", "3rd");
 * - `number`: a run of digits only ("2016");
 * - `punct`: one code point that is neither space nor letter, mark or digit (".", "’", "—", an emoji);
 * - `space`: a run of white space (JavaScript's `\s`).
 * Inner joiners ("U.S.", "Putin’s", "Smith-Jones") are punct tokens between word tokens: each
 * stage joins them into its own notion of a word through `wordAt` with the joiners it accepts, so
 * no stage runs a word pattern of its own over the text.
 *
 * `tokensOf` memoises the tokens of a text (a paragraph's prose, in practice) for the analysis
 * being run (`withTokenMemo`, bound by `analyze` and `lintText`): the quote scanner, the
 * attribution stage, the role finder and the rules of one lint read the same array. With the
 * editor's paragraph cache the tokens are kept in it, so the next analysis reuses every unchanged
 * paragraph's and a closed draft's go with its cache; without one they go when the lint ends.
 * Outside an analysis only the last text's tokens are kept (a stage called alone reads windows of
 * one text many times), so no draft's state outlives the next call.
 *
 * Part of speech (`tokenPos`): a word token's parts of speech from compromise's lexicon
 * (`lexicon/pos.ts`), computed when a stage first asks and kept beside the token array (so for the
 * lint, and with the editor's cache for as long as the paragraph's tokens); stages that never ask
 * pay nothing.
 */
import type { ParagraphCache } from './cache';
import { partitionPoint } from './lines';
import { posOf } from './lexicon/pos';

export type TokenKind = 'word' | 'number' | 'punct' | 'space';

export interface Token {
  /** UTF-16 offsets into the tokenised text: [s, e). */
  s: number;
  e: number;
  kind: TokenKind;
}

const CORE = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
const SPACE = /\s/u;

/** 0 punct, 1 letter or mark, 2 digit, 3 space, for the code point `cp`. */
function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return 1;
    if (cp >= 48 && cp <= 57) return 2;
    if (cp === 32 || (cp >= 9 && cp <= 13)) return 3;
    return 0;
  }
  const ch = String.fromCodePoint(cp);
  if (CORE.test(ch)) return DIGIT.test(ch) ? 2 : 1;
  return SPACE.test(ch) ? 3 : 0;
}

/** Cut `text` into tokens (see the module comment). Linear in the text. */
export function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    const cls = classOf(cp);
    const s = i;
    i += cp > 0xffff ? 2 : 1;
    if (cls === 0) {
      out.push({ s, e: i, kind: 'punct' });
      continue;
    }
    let letters = cls === 1;
    const space = cls === 3;
    while (i < n) {
      const c = text.codePointAt(i) as number;
      const k = classOf(c);
      if (space ? k !== 3 : k !== 1 && k !== 2) break;
      if (k === 1) letters = true;
      i += c > 0xffff ? 2 : 1;
    }
    out.push({ s, e: i, kind: space ? 'space' : letters ? 'word' : 'number' });
  }
  return out;
}

/** The memo of the lint being run (null outside one), and the editor's cache it keeps tokens in. */
let scope: Map<string, Token[]> | null = null;
let scopeCache: ParagraphCache | undefined;
let scans = 0;
/** Outside a lint: the last text cut, and its tokens. */
let lastText: string | null = null;
let lastToks: Token[] = [];

/**
 * Run `f` (an analysis, a lint) with one token memo: every `tokensOf` of equal texts inside it
 * returns the same array. Kept in `cache` when there is one. Nested calls share the outer memo.
 */
export function withTokenMemo<T>(cache: ParagraphCache | undefined, f: () => T): T {
  if (scope !== null) return f();
  scope = new Map();
  scopeCache = cache;
  try {
    return f();
  } finally {
    scope = null;
    scopeCache = undefined;
  }
}

function cut(text: string): Token[] {
  scans++;
  return scanTokens(text);
}

/** How many texts `tokensOf` has cut so far (the rest were memo hits): for tests and profiles. */
export function tokenScans(): number {
  return scans;
}

/** The tokens of `text`, memoised within a lint (the same array for equal texts: callers must not change it). */
export function tokensOf(text: string): Token[] {
  if (scope === null) {
    // (A stage called alone reads windows of one text many times: keep that one text's tokens.)
    if (text !== lastText) {
      lastToks = cut(text);
      lastText = text;
    }
    return lastToks;
  }
  if (scopeCache !== undefined) return scopeCache.get('tokens', text, () => cut(text), false);
  let toks = scope.get(text);
  if (toks === undefined) {
    toks = cut(text);
    scope.set(text, toks);
  }
  return toks;
}

/** Index of the first token of `toks` ending after `pos` (toks.length when none does). */
export function tokenIndexAt(toks: readonly Token[], pos: number): number {
  return partitionPoint(toks.length, (k) => toks[k].e <= pos);
}

/**
 * `pos`, or the start of the code point it falls inside (a position between the two halves of an
 * emoji reads as the emoji's start, as a Unicode regular expression's lastIndex does).
 */
export function codePointStart(text: string, pos: number): number {
  if (pos <= 0 || pos >= text.length) return pos;
  const lo = text.charCodeAt(pos);
  const hi = text.charCodeAt(pos - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? pos - 1 : pos;
}

/** A letter, mark or digit token (what a word starts with). */
export function isCore(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number';
}

const NEXT_CORE = new WeakMap<readonly Token[], Int32Array>();

/**
 * For each token index, the index of the first word or number token at or after it (toks.length
 * when none): `wordAt` jumps over a run of punctuation in one step, so a window of quote marks
 * costs nothing per mark. Built once per token array.
 */
function nextCoreIndex(toks: readonly Token[]): Int32Array {
  let next = NEXT_CORE.get(toks);
  if (next) return next;
  next = new Int32Array(toks.length);
  let at = toks.length;
  for (let i = toks.length - 1; i >= 0; i--) {
    if (isCore(toks[i])) at = i;
    next[i] = at;
  }
  NEXT_CORE.set(toks, next);
  return next;
}

/**
 * The next word of `text` starting at or after `from` and before `to`: a letter, mark or digit,
 * then letters, marks, digits and the single-character `joiners` ("'’.&-"), cut at `to`. From the
 * token at index `k` on (its first token ending after `from`). Null when no word starts before `to`.
 */
export function wordAt(text: string, toks: readonly Token[], k: number, from: number, to: number, joiners: string): { s: number; e: number; next: number } | null {
  k = k < toks.length ? nextCoreIndex(toks)[k] : toks.length;
  if (k >= toks.length || toks[k].s >= to) return null;
  const s = Math.max(from, toks[k].s);
  if (s >= to) return null;
  let e = toks[k].e;
  k++;
  while (k < toks.length && e < to) {
    const t = toks[k];
    if (!isCore(t) && !(t.kind === 'punct' && t.e - t.s === 1 && joiners.includes(text[t.s]))) break;
    e = t.e;
    k++;
  }
  return { s, e: Math.min(e, to), next: k };
}

const POS_MEMO = new WeakMap<readonly Token[], Int16Array>();

/**
 * The parts of speech (bits of `POS`, lexicon/pos.ts) of token `k` of `toks`, the tokens of `text`:
 * 0 for a token that is not a word or a word the lexicon and its suffix patterns do not know.
 * Memoised beside the token array.
 */
export function tokenPos(text: string, toks: readonly Token[], k: number): number {
  let memo = POS_MEMO.get(toks);
  if (!memo) {
    memo = new Int16Array(toks.length).fill(-1);
    POS_MEMO.set(toks, memo);
  }
  let bits = memo[k];
  if (bits < 0) {
    const t = toks[k];
    bits = t.kind === 'word' ? posOf(text.slice(t.s, t.e)) : 0;
    memo[k] = bits;
  }
  return bits;
}

/**
 * The pieces of `text` between separators: runs of space and of the punctuation marks in
 * `separators` (`text.split(/[\s,;]+/)` without empty pieces, for separators ",;").
 */
export function piecesOf(text: string, separators: string): string[] {
  const out: string[] = [];
  let start = -1;
  let end = -1;
  for (const t of tokensOf(text)) {
    const sep = t.kind === 'space' || (t.kind === 'punct' && t.e - t.s === 1 && separators.includes(text[t.s]));
    if (sep) {
      if (start >= 0) out.push(text.slice(start, end));
      start = -1;
      continue;
    }
    if (start < 0) start = t.s;
    end = t.e;
  }
  if (start >= 0) out.push(text.slice(start, end));
  return out;
}

/**
 * The tokens of `masked`: `text` with each of `spans` (ascending, disjoint [s, e) ranges) overwritten
 * by characters that are neither space, letter, mark nor digit, derived from `tokensOf(text)`
 * without cutting the whole text again. Each span is one punct token (its length may exceed one:
 * `wordAt` reads it as the per-character punct tokens a cut of `masked` would give); a token of
 * `text` cut by a span's edge is cut again on its own, the rest are `text`'s own tokens.
 */
export function maskedTokens(text: string, spans: readonly (readonly [number, number])[]): Token[] {
  const toks = tokensOf(text);
  if (spans.length === 0) return toks;
  const out: Token[] = [];
  let pos = 0;
  for (const [s, e] of spans) {
    copyOutside(text, toks, pos, s, out);
    out.push({ s, e, kind: 'punct' });
    pos = e;
  }
  copyOutside(text, toks, pos, text.length, out);
  return out;
}

/** Push the tokens of text[from, to), cutting a token that runs over either edge. */
function copyOutside(text: string, toks: readonly Token[], from: number, to: number, out: Token[]): void {
  for (let k = tokenIndexAt(toks, from); k < toks.length && toks[k].s < to; k++) {
    const t = toks[k];
    if (t.s >= from && t.e <= to) out.push(t);
    else {
      const a = Math.max(t.s, from);
      for (const x of scanTokens(text.slice(a, Math.min(t.e, to)))) out.push({ s: x.s + a, e: x.e + a, kind: x.kind });
    }
  }
}
