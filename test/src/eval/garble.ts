/**
 * The garble checker: does an applied fix keep the reporter's copy whole? Used by `npm test` on
 * our own drafts and by `npm run eval` (section "garble") on every draft of the corpus.
 *
 * For one fix applied to a text it checks each changed span:
 * - split token: an edit starts or ends inside a word or a number ("150,000", "pro-war");
 * - glued: the fixed text joins two tokens that were apart ("Galloway000"), or butts a capitalised
 *   word against another that punctuation kept apart, so that they read as one name
 *   ("Mubanga London");
 * - lost word: a word of the original that no edit puts back, unless the fix means to change it:
 *   a name shortened ("Mr Galloway" → "Galloway", "Sergey Lavrov" → "Lavrov") or one word
 *   respelled ("Zelensky" → "Zelenskyy"). Words are compared without case (title-case fixes);
 * - unbalanced: an edit that takes or puts words removes or inserts a bracket or a double quote
 *   mark without its partner (a quote-marks fix that only respells a mark is not checked).
 */
import type { Finding, Fix, TextEdit } from '../../../server/out/engine/index.js';
import { applyEdits, selectFixes } from '../../../server/out/engine/index.js';
import nlp from 'compromise';

export type GarbleKind = 'split token' | 'glued' | 'lost word' | 'unbalanced';

export interface Garble {
  kind: GarbleKind;
  /** What is wrong, in a few words ("splits "150,000"", "loses "Wembley""). */
  detail: string;
}

/**
 * A word or a number, with the joiners inside it: "150,000", "7.9", "pro-war", "O'Neill". A
 * possessive "'s" is a token of its own, so "Ebber" → "Ebbers" in "Ebber's" splits nothing.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:[.,-]|['’](?!s(?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*/gu;

interface Tok {
  t: string;
  start: number;
  end: number;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ t: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

function words(text: string): string[] {
  return tokens(text).map((t) => t.t.toLowerCase().replace(/’/g, "'"));
}

/** The token of `toks` that position `p` falls strictly inside, if any. */
function tokenAround(toks: Tok[], p: number): Tok | undefined {
  return toks.find((t) => t.start < p && p < t.end);
}

function splitTokens(text: string, edits: TextEdit[]): Garble[] {
  const toks = tokens(text);
  const out: Garble[] = [];
  for (const e of edits) {
    for (const p of e.start === e.end ? [e.start] : [e.start, e.end]) {
      const t = tokenAround(toks, p);
      if (t) out.push({ kind: 'split token', detail: `splits "${t.t}"` });
    }
  }
  return out;
}

/** Where each edit's inserted text sits in the fixed text. */
function placed(edits: TextEdit[]): { e: TextEdit; at: number }[] {
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((e) => {
      const at = e.start + shift;
      shift += e.text.length - (e.end - e.start);
      return { e, at };
    });
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CAPITAL_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** Token-joined across the point between `a` (last char before) and `b` (first char after). */
function joined(a: string, b: string): boolean {
  return WORD_CHAR.test(a) && WORD_CHAR.test(b);
}

function glued(text: string, fixed: string, edits: TextEdit[]): Garble[] {
  const out: Garble[] = [];
  const newToks = tokens(fixed);
  for (const { e, at } of placed(edits)) {
    const junctions = [{ q: at, wasJoined: joined(text[e.start - 1] ?? '', text[e.start] ?? '') }];
    if (e.text.length > 0) junctions.push({ q: at + e.text.length, wasJoined: joined(text[e.end - 1] ?? '', text[e.end] ?? '') });
    for (const { q, wasJoined } of junctions) {
      if (joined(fixed[q - 1] ?? '', fixed[q] ?? '') && !wasJoined) {
        out.push({ kind: 'glued', detail: `glues "${tokenAround(newToks, q)?.t ?? fixed.slice(q - 8, q + 8)}"` });
        continue;
      }
      const name = falseName(text, fixed, newToks, q, e);
      if (name) out.push({ kind: 'glued', detail: `makes the name "${name}"` });
    }
  }
  return out;
}

/**
 * Two capitalised words made neighbours by a deletion ("Mubanga, from Wembley, north-west London"
 * → "Mubanga London") that the original kept apart with punctuation: they now read as one name.
 */
function falseName(text: string, fixed: string, newToks: Tok[], q: number, e: TextEdit): string | null {
  if (e.end === e.start) return null;
  const gap = /^[ \t]*/.exec(fixed.slice(q))?.[0].length ?? 0;
  const back = /[ \t]*$/.exec(fixed.slice(0, q))?.[0].length ?? 0;
  const left = newToks.find((t) => t.end === q - back);
  const right = newToks.find((t) => t.start === q + gap);
  if (!left || !right || back + gap === 0) return null;
  if (!CAPITAL_WORD.test(left.t) || !CAPITAL_WORD.test(right.t)) return null;
  if (nlp(right.t.toLowerCase()).has('#Verb')) return null; // "Murphy Tweeted on Friday"
  // Were they already neighbours in the original (the edit kept "George Galloway" together)?
  const removed = text.slice(e.start, e.end);
  if (!/[,;:()—–"“”]/.test(removed)) return null;
  return `${left.t} ${right.t}`;
}

/** Multiset difference a − b. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  const out: string[] = [];
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else out.push(w);
  }
  return out;
}

/** Words an edit means to change: the front of a shortened name, or one word respelled. */
function meantChanges(text: string, e: TextEdit): string[] {
  const removed = tokens(text.slice(e.start, e.end));
  const inserted = words(e.text);
  if (removed.length === 1 && inserted.length <= 1) return [removed[0].t.toLowerCase().replace(/’/g, "'")];
  const rw = removed.map((t) => t.t.toLowerCase().replace(/’/g, "'"));
  const tail = rw.slice(rw.length - inserted.length);
  const shortened = removed.length <= 5 && inserted.length < removed.length && tail.join(' ') === inserted.join(' ');
  if (shortened && removed.slice(0, removed.length - inserted.length).every((t) => /^\p{Lu}/u.test(t.t))) return rw.slice(0, rw.length - inserted.length);
  return [];
}

function lostWords(text: string, edits: TextEdit[]): Garble[] {
  const removed = edits.flatMap((e) => words(text.slice(e.start, e.end)));
  const inserted = edits.flatMap((e) => words(e.text));
  const meant = edits.flatMap((e) => meantChanges(text, e));
  return minus(minus(removed, inserted), meant).map((w) => ({ kind: 'lost word' as const, detail: `loses "${w}"` }));
}

const PAIRS: [RegExp, RegExp, string][] = [
  [/\(/g, /\)/g, '()'],
  [/\[/g, /\]/g, '[]'],
  [/“/g, /”/g, '“”'],
];

function balanced(s: string): boolean {
  for (const [open, close] of PAIRS) if ((s.match(open)?.length ?? 0) !== (s.match(close)?.length ?? 0)) return false;
  return (s.match(/"/g)?.length ?? 0) % 2 === 0;
}

function unbalanced(text: string, edits: TextEdit[]): Garble[] {
  const out: Garble[] = [];
  for (const e of edits) {
    const removed = text.slice(e.start, e.end);
    if (words(removed).length === 0 && words(e.text).length === 0) continue; // a quote mark respelled
    if (!balanced(removed)) out.push({ kind: 'unbalanced', detail: `removes an unpaired mark in "${removed.slice(0, 40)}"` });
    if (!balanced(e.text)) out.push({ kind: 'unbalanced', detail: `inserts an unpaired mark in "${e.text.slice(0, 40)}"` });
  }
  return out;
}

/** Everything wrong with applying `fix` to `text` (empty when the fix keeps the copy whole). */
export function checkFix(text: string, fix: Fix): Garble[] {
  const edits = fix.edits;
  const fixed = applyEdits(text, edits);
  return [...splitTokens(text, edits), ...glued(text, fixed, edits), ...lostWords(text, edits), ...unbalanced(text, edits)];
}

export type FixKind = 'move description' | 'swap names' | 'change';

export interface CheckedFix {
  ruleId: string;
  /**
   * "move description" when words taken out by one edit are put back by another and they include
   * a description (lower-case words or punctuation), "swap names" when only names trade places,
   * else "change".
   */
  kind: FixKind;
  /** The text the fix was applied to (its pass's text). */
  before: string;
  fix: Fix;
  garbles: Garble[];
}

export interface CheckedFixAll {
  text: string;
  fixes: CheckedFix[];
}

function kindOf(text: string, fix: Fix): FixKind {
  if (fix.edits.length < 2) return 'change';
  let moves = false;
  for (const e of fix.edits) {
    const taken = words(text.slice(e.start, e.end));
    if (taken.length === 0) continue;
    if (fix.edits.some((o) => o !== e && minus(taken, words(o.text)).length < taken.length)) moves = true;
  }
  if (!moves) return 'change';
  // Names trading places ("Galloway" ↔ "George Galloway") move only capitalised words.
  const described = fix.edits.some((e) => /[,()]/.test(e.text) || tokens(e.text).some((t) => /^\p{Ll}/u.test(t.t)));
  return described ? 'move description' : 'swap names';
}

/**
 * `fixAll` (the `--fix` loop) with every applied fix checked: lint, apply the fixes one pass
 * accepts, repeat until nothing changes (at most `maxPasses`).
 */
export function fixAllChecked(text: string, lintFn: (text: string) => Finding[], maxPasses = 10): CheckedFixAll {
  let current = text;
  const fixes: CheckedFix[] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const withFix = lintFn(current).filter((f) => f.fix);
    const chosen = selectFixes(current, withFix.map((f) => f.fix as Fix));
    const applied = withFix.filter((_, i) => chosen[i]);
    if (applied.length === 0) break;
    for (const f of applied) {
      const fix = f.fix as Fix;
      fixes.push({ ruleId: f.ruleId, kind: kindOf(current, fix), before: current, fix, garbles: checkFix(current, fix) });
    }
    const next = applyEdits(current, applied.flatMap((f) => (f.fix as Fix).edits));
    if (next === current) break;
    current = next;
  }
  return { text: current, fixes };
}
