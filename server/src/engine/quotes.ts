/**
 * The quote scanner: finds every quote in `draft.prose` and the problems with its marks.
 *
 * One linear pass per paragraph pairs the marks (a pure function of the paragraph's prose,
 * memoised through the ParagraphCache); a document pass then decides running quotes, the
 * dominant mark style (for mixed pairs) and each quote's kind and sentence.
 */
import { paragraphText } from './draft';
import type { ParagraphCache } from './cache';
import { memo } from './cache';
import { sentenceAt, splitSentences } from './sentences';
import { partitionPoint } from './lines';
import { tokensOf } from './tokens';
import type { Draft, Paragraph, Quote, QuoteKind, QuoteMarkProblem, TextEdit } from './types';

/** Mark families: double, guillemet, single guillemet, single. */
type Family = 'dq' | 'gu' | 'sg' | 'sq';

interface Tok {
  pos: number;
  ch: string;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
  /** `s'` followed by a word: a plural possessive unless nothing else can close. */
  weak: boolean;
}

/** A pair of marks, or an opening mark left unclosed (close = -1), relative to the paragraph. */
interface LocalQuote {
  open: number;
  openCh: string;
  close: number;
  closeCh: string;
  family: Family;
  /** For unclosed marks: where the quoted segment ends (exclusive, untrimmed). */
  end: number;
  /** For unclosed marks: the segment was ended by another opening mark of the same family. */
  cutByOpener: boolean;
}

interface LocalScan {
  quotes: LocalQuote[];
  /** Closing double marks with nothing open: [pos, ch, pos, ch, …]. */
  unopened: Array<[number, string]>;
  straight: number;
  curly: number;
}

export interface QuoteScan {
  quotes: Quote[];
  problems: QuoteMarkProblem[];
}

export function scanQuotes(draft: Draft, cache?: ParagraphCache): QuoteScan {
  const { prose } = draft;
  const locals: LocalScan[] = [];
  let straight = 0;
  let curly = 0;
  for (const p of draft.paragraphs) {
    const ptext = paragraphText(draft, p);
    const local = hasMark(ptext) ? memo(cache, 'quotes', ptext, () => scanParagraph(ptext)) : EMPTY;
    locals.push(local);
    straight += local.straight;
    curly += local.curly;
  }
  const curlyStyle = curly >= straight && curly > 0;

  // A quote left open at the end of a paragraph and a closing mark with no opening mark in one of
  // the next paragraphs (before any other quote): one quote across a paragraph break. Neither is
  // reported.
  // Keyed by the absolute offset of the opening mark, not by the LocalQuote: with a cache, two
  // paragraphs with the same text share one LocalScan object.
  const bridged = new Set<number>();
  const suppressed = new Set<number>();
  for (let pi = 0; pi < locals.length; pi++) {
    const lq = locals[pi].quotes[locals[pi].quotes.length - 1];
    if (!lq || lq.close >= 0 || lq.cutByOpener) continue;
    for (let j = pi + 1; j < locals.length && j <= pi + 3; j++) {
      const l = locals[j];
      if (l.unopened.length > 0 && (l.quotes.length === 0 || l.unopened[0][0] < l.quotes[0].open)) {
        bridged.add(draft.paragraphs[pi].start + lq.open);
        suppressed.add(draft.paragraphs[j].start + l.unopened[0][0]);
        break;
      }
      if (l.quotes.length > 0) break;
    }
  }

  const quotes: Quote[] = [];
  const problems: QuoteMarkProblem[] = [];
  const continues = new Set<number>(); // absolute offsets of opening marks that continue a running quote
  for (let pi = 0; pi < draft.paragraphs.length; pi++) {
    const p = draft.paragraphs[pi];
    const local = locals[pi];
    if (local.quotes.length === 0 && local.unopened.length === 0) continue;
    for (let qi = 0; qi < local.quotes.length; qi++) {
      const lq = local.quotes[qi];
      const openAbs = p.start + lq.open;
      const open = { start: openAbs, end: openAbs + 1, mark: lq.openCh };
      let close = null;
      let end: number;
      let contentEnd: number;
      let running = false;
      if (lq.close >= 0) {
        close = { start: p.start + lq.close, end: p.start + lq.close + 1, mark: lq.closeCh };
        end = close.end;
        contentEnd = close.start;
        if (lq.family === 'dq') mixedProblems(lq, p.start, curlyStyle, problems);
      } else {
        contentEnd = trimEnd(prose, p.start + lq.open + 1, p.start + lq.end);
        end = contentEnd;
        const decision = bridged.has(openAbs) ? 'bridged' : decideUnclosed(draft, locals, pi, qi, lq, contentEnd);
        if (decision === 'bridged') running = true; // continued by a paragraph without an opening mark
        else if (decision === 'running') {
          running = true;
          const next = nextOpener(draft, locals, pi, qi);
          if (next !== null) continues.add(next);
        } else if (lq.family !== 'sq') {
          problems.push({ kind: 'unclosed', start: open.start, end: open.end });
        }
        if (end <= open.end) end = open.end;
      }
      const contentStart = Math.min(trimStart(prose, open.end, contentEnd), contentEnd);
      quotes.push({
        start: open.start,
        end,
        index: quotes.length,
        open,
        close,
        content: { start: contentStart, end: Math.max(contentStart, trimEnd(prose, contentStart, contentEnd)) },
        paragraph: p.index,
        sentence: sentenceAt(draft, open.start)?.index ?? -1,
        kind: 'direct',
        continuesRunning: false,
        running,
        speaker: null,
        cue: null,
        attributedBy: null,
        inheritedFrom: null,
      });
    }
    for (const [pos, ch] of local.unopened) if (!suppressed.has(p.start + pos)) problems.push({ kind: 'unopened', start: p.start + pos, end: p.start + pos + ch.length });
  }
  for (const q of quotes) {
    if (continues.has(q.open.start)) q.continuesRunning = true;
  }
  for (const q of quotes) q.kind = classify(draft, quotes, q);
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, problems };
}

const EMPTY: LocalScan = { quotes: [], unopened: [], straight: 0, curly: 0 };
const MARK_RE = /["“”„«»‹›'‘’‚]/;

function hasMark(s: string): boolean {
  return MARK_RE.test(s);
}

// ---------------------------------------------------------------------------------------------
// Paragraph scan
// ---------------------------------------------------------------------------------------------

/** Whitespace, and invisible format characters (bidi marks, zero-width spaces) that stand next to it. */
function isSpaceCh(c: string | undefined): boolean {
  if (c === undefined) return true;
  const n = c.charCodeAt(0);
  return (
    n === 32 || n === 9 || n === 10 || n === 13 || n === 0xa0 || n === 0x3000 || n === 0xfeff || n === 0x2060 ||
    (n >= 0x2000 && n <= 0x200f) || (n >= 0x2028 && n <= 0x202f)
  );
}
const OPEN_PUNCT = new Set(['(', '[', '{', '—', '–', '-', '/', '"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚', '…']);
const CLOSE_PUNCT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…', '"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚']);
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/** Elisions and decades that start with an apostrophe. */
const ELISION = /^(?:\d\d(?:s\b|\b)|em\b|n['’]|til\b|cause\b|tis\b|twas\b|bout\b|round\b|s\b|Tis\b|Twas\b|Cause\b|Til\b)/;

/** Quote marks and apostrophes: the punctuation tokens the scanner reads. */
const MARKS = '"“”„«»‹›\'‘’‚';

/** The paragraph's quote marks (punct tokens of the shared token model), each with what it can do. */
function quoteMarks(p: string): Tok[] {
  const toks: Tok[] = [];
  for (const t of tokensOf(p)) {
    if (t.kind !== 'punct' || t.e - t.s !== 1 || !MARKS.includes(p[t.s])) continue;
    const i = t.s;
    const ch = p[i];
    const prev = i > 0 ? p[i - 1] : undefined;
    const next = i + 1 < p.length ? p[i + 1] : undefined;
    const prevSpace = isSpaceCh(prev);
    const nextSpace = isSpaceCh(next);
    let canOpen = !nextSpace && (prevSpace || OPEN_PUNCT.has(prev as string));
    let canClose = !prevSpace && (nextSpace || CLOSE_PUNCT.has(next as string));
    // Heights and measurements: 6'2", 5’2”.
    if ((ch === '"' || ch === '”') && /\d['’]\d{1,2}$/.test(p.slice(Math.max(0, i - 4), i))) continue;
    let family: Family;
    let weak = false;
    if (ch === '"' || ch === '“' || ch === '”' || ch === '„') family = 'dq';
    else if (ch === '«' || ch === '»') family = 'gu';
    else if (ch === '‹' || ch === '›') family = 'sg';
    else {
      family = 'sq';
      const prevWord = prev !== undefined && WORDISH.test(prev);
      const nextWord = next !== undefined && WORDISH.test(next);
      if (prevWord && nextWord) continue; // don't, Putin’s, o'clock
      if (ch === '’' || ch === "'") {
        if (canOpen && ELISION.test(p.slice(i + 1, i + 6))) continue; // ’90s, 'em, rock ’n’ roll
        if (ch === '’') canOpen = false;
        if (canClose && prev !== undefined && /[nN]/.test(prev) && i >= 2 && /['’]/.test(p[i - 2])) continue; // ’n’
        if (canClose && (prev === 's' || prev === 'S') && next !== undefined && nextSpace) {
          const after = /^\s+(\S)/.exec(p.slice(i + 1, i + 4));
          if (after && /[\p{L}\p{N}]/u.test(after[1])) weak = true;
        }
        if (canClose && prev !== undefined && /\d/.test(prev)) continue; // 6'2", feet
      } else if (ch === '‘') {
        if (canOpen && /^\d\d/.test(p.slice(i + 1, i + 3))) continue; // ‘90s typed with an opening mark
      }
      if (!canOpen && !canClose) continue;
    }
    toks.push({ pos: i, ch, family, canOpen, canClose, weak });
  }
  return toks;
}

function scanParagraph(p: string): LocalScan {
  const toks = quoteMarks(p);
  const quotes: LocalQuote[] = [];
  const unopened: Array<[number, string]> = [];
  let straight = 0;
  let curly = 0;
  const stack: Tok[] = [];
  const findOpen = (family: Family): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].family === family) return k;
      // A single mark never closes across an open double quote (it is an apostrophe there).
      if (family === 'sq') return -1;
    }
    return -1;
  };
  const pair = (k: number, close: Tok) => {
    const o = stack[k];
    stack.length = k;
    quotes.push({ open: o.pos, openCh: o.ch, close: close.pos, closeCh: close.ch, family: o.family, end: close.pos + 1, cutByOpener: false });
  };
  const openTok = (t: Tok) => {
    const k = findOpen(t.family);
    if (k >= 0 && t.family !== 'sq' && cutsRunning(p, stack[k].pos, t.pos)) {
      // A second opening mark after a full sentence, opening a new sentence: the first quote never
      // closed (a running quote whose paragraph break was lost, or a missing closing mark).
      const o = stack[k];
      quotes.push({ open: o.pos, openCh: o.ch, close: -1, closeCh: '', family: o.family, end: t.pos, cutByOpener: true });
      stack.length = k;
    } else if (k >= 0 && t.family === 'sq') stack.length = k; // an unclosed single mark was an apostrophe
    // Otherwise a double mark inside an open double quote is a nested quote.
    stack.push(t);
  };
  for (let ti = 0; ti < toks.length; ti++) {
    const t = toks[ti];
    if (t.family === 'dq') {
      if (t.ch === '"') straight++;
      else if (t.ch === '“' || t.ch === '”') curly++;
    }
    const k = findOpen(t.family);
    const openCh = k >= 0 ? stack[k].ch : '';
    let role: 'open' | 'close' | 'skip';
    switch (t.ch) {
      case '"':
        if (k >= 0) role = t.canClose || !t.canOpen ? 'close' : 'open';
        else if (t.canOpen) role = 'open';
        else if (t.canClose) role = /\d/.test(p[t.pos - 1] ?? '') ? 'skip' : 'close';
        else role = 'open';
        break;
      case '“':
        if (k >= 0 && t.canClose && (!t.canOpen || openCh === '„')) role = 'close';
        else role = 'open';
        break;
      case '„':
        role = 'open';
        break;
      case '”':
        role = k < 0 && ((t.canOpen && !t.canClose) || t.pos === 0) ? 'open' : 'close';
        break;
      case '«':
        role = k >= 0 && openCh === '»' && t.canClose && !t.canOpen ? 'close' : 'open';
        break;
      case '»':
        role = k < 0 && t.canOpen && !t.canClose ? 'open' : 'close';
        break;
      case '‹':
        role = k >= 0 && openCh === '›' && t.canClose && !t.canOpen ? 'close' : 'open';
        break;
      case '›':
        role = k < 0 && t.canOpen && !t.canClose ? 'open' : 'close';
        break;
      case '‘':
        role = k >= 0 && t.canClose && (!t.canOpen || openCh === '‚') ? 'close' : t.canOpen ? 'open' : 'skip';
        break;
      case '‚':
        role = t.canOpen ? 'open' : 'skip';
        break;
      default: // ’ and '
        if (k >= 0 && t.canClose) {
          role = 'close';
          if (t.weak) role = 'skip'; // the Smiths' house: a plural possessive
        } else role = t.canOpen ? 'open' : 'skip';
    }
    if (role === 'skip') continue;
    if (role === 'open') openTok(t);
    else if (k >= 0) pair(k, t);
    else if (t.family !== 'sq') unopened.push([t.pos, t.ch]);
  }
  // Opening marks left at the end of the paragraph (the outermost of each family; unclosed
  // nested marks inside it are not reported).
  const seen = new Set<Family>();
  for (const o of stack) {
    if (o.family === 'sq' || seen.has(o.family)) continue;
    seen.add(o.family);
    quotes.push({ open: o.pos, openCh: o.ch, close: -1, closeCh: '', family: o.family, end: p.length, cutByOpener: false });
  }
  quotes.sort((a, b) => a.open - b.open);
  return { quotes: outermost(unwrapDoubled(p, quotes)), unopened, straight, curly };
}

/** A new opening mark at `at` ends the quote opened at `open` when a full sentence lies between and the new one starts a sentence. */
function cutsRunning(p: string, open: number, at: number): boolean {
  if (!/^[(\[]?[\p{Lu}\p{N}]/u.test(p.slice(at + 1, at + 3))) return false;
  const seg = p.slice(open + 1, at);
  // A full stop after an initial or inside an abbreviation ("U.S. Department", "J. Smith") ends
  // no sentence: `"The U.S. agency is not about “fair play” …` holds a nested quote.
  return /(?:[?!…]|(?<!(?:^|[\s.])\p{Lu})\.)["'”’)\]]*\s+\S/u.test(seg + 'X') && /\S\s+\S/.test(seg);
}

/**
 * Doubled opening marks around a passage of copy that quotes and credits someone itself
 * (`"“You don’t win that way,” Lind replied before adding that …"`): the outer pair wraps the
 * whole paragraph, the inner quote ends with a comma, question or exclamation mark (its credit
 * follows). The inner quote is the quote and the credit is prose; the outer pair is dropped.
 */
function unwrapDoubled(p: string, quotes: LocalQuote[]): LocalQuote[] {
  let drop: Set<LocalQuote> | null = null;
  for (let k = 0; k + 1 < quotes.length; k++) {
    const q = quotes[k];
    const n = quotes[k + 1];
    if (q.family !== 'dq' || n.family !== 'dq' || n.open !== q.open + 1 || n.close < 0 || q.close <= n.close) continue;
    if (!/[,!?]$/.test(p.slice(n.open + 1, n.close).trimEnd()) || /\S/.test(p.slice(q.close + 1))) continue;
    (drop ??= new Set()).add(q);
  }
  return drop ? quotes.filter((q) => !drop.has(q)) : quotes;
}

/** Keep only quotes not nested inside another (nested single quotes are part of the outer quote). */
function outermost(quotes: LocalQuote[]): LocalQuote[] {
  const out: LocalQuote[] = [];
  let maxEnd = -1;
  for (const q of quotes) {
    const end = q.close >= 0 ? q.close + 1 : q.end;
    if (q.open < maxEnd) continue;
    out.push(q);
    maxEnd = end;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Document decisions
// ---------------------------------------------------------------------------------------------

const OK_PAIRS = new Set(['""', '“”', '„“', '„”', '«»', '»«', '‹›', '›‹', '‚‘', '‚’', '‘’', "''", '»»', '””']);

function mixedProblems(lq: LocalQuote, base: number, curlyStyle: boolean, problems: QuoteMarkProblem[]): void {
  const pairKey = lq.openCh + lq.closeCh;
  if (OK_PAIRS.has(pairKey) || lq.openCh === '„') return;
  const fix = (pos: number, ch: string, want: string) => {
    if (ch === want) return;
    const replace: TextEdit = { start: base + pos, end: base + pos + 1, text: want };
    problems.push({ kind: 'mixed', start: base + pos, end: base + pos + 1, replace });
  };
  if (curlyStyle) {
    fix(lq.open, lq.openCh, '“');
    fix(lq.close, lq.closeCh, '”');
  } else {
    fix(lq.open, lq.openCh, '"');
    fix(lq.close, lq.closeCh, '"');
  }
}

const TERMINAL_RE = /[.?!…](?:["'”’»)\]]*)(?:\s|$)/;

/** Offset of the opening mark of the quote that continues quote `qi` of paragraph `pi`, if any. */
function nextOpener(draft: Draft, locals: LocalScan[], pi: number, qi: number): number | null {
  const p = draft.paragraphs[pi];
  const here = locals[pi].quotes[qi + 1];
  if (here) return p.start + here.open;
  if (pi + 1 < draft.paragraphs.length) {
    const n = locals[pi + 1].quotes[0];
    if (n) return draft.paragraphs[pi + 1].start + n.open;
  }
  return null;
}

/**
 * An opening mark that is never closed: a running quote (legitimately unclosed) or an error.
 * A false alarm costs more than a miss, so only clear cases are errors.
 */
function decideUnclosed(draft: Draft, locals: LocalScan[], pi: number, qi: number, lq: LocalQuote, contentEnd: number): 'running' | 'error' {
  const p = draft.paragraphs[pi];
  const contentStart = p.start + lq.open + 1;
  const content = draft.prose.slice(contentStart, contentEnd);
  if (!/\S/.test(content)) return 'error'; // the mark is at the very end
  const next = pi + 1 < draft.paragraphs.length ? draft.paragraphs[pi + 1] : null;
  const nextLocal = next ? locals[pi + 1] : null;
  const fullSentence = TERMINAL_RE.test(content) && /\S+\s+\S+/.test(content);
  // Classic running quote: a quoted paragraph (the mark opens the paragraph, follows a colon or
  // comma, or a full sentence follows it) and the next paragraph opens with a quote mark.
  const before = draft.prose.slice(p.start, p.start + lq.open);
  const quotedParagraph = lq.open === 0 || /[:,]\s*$/.test(before) || fullSentence;
  if (!lq.cutByOpener && quotedParagraph && nextLocal && nextLocal.quotes.length > 0 && nextLocal.quotes[0].open === 0) return 'running';
  if (!fullSentence) return 'error';
  // Paragraph breaks lost: cut by a later opening mark in the paragraph, or followed by a quote
  // in the same or the next paragraph.
  if (lq.cutByOpener) return 'running';
  if (locals[pi].quotes.length > qi + 1) return 'running';
  if (nextLocal && nextLocal.quotes.length > 0) return 'running';
  return 'error';
}

function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isSpaceCh(s[end - 1])) end--;
  return end;
}

function trimStart(s: string, start: number, end: number): number {
  while (start < end && isSpaceCh(s[start])) start++;
  return start;
}

// ---------------------------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------------------------

const TITLE_CUE =
  /\b(?:film|movie|book|novel|memoir|song|single|album|record|show|series|sitcom|drama|programme|program|play|musical|opera|report|documentary|titled|entitled|called|named|dubbed|poem|article|column|essay|episode|exhibition|podcast|game|track|hit|newsletter|paper|study|manifesto|campaign|slogan|headline|ballad|anthem|painting|tour)\s*,?\s*$/i;
const REPORTING_NEAR =
  /(?:(?<![-\w])(?:called|calls|described|describes|branded|brands|labelled|labeled|termed|dismissed|condemned|praised|hailed|promised|promises|vowed|vows|urged|urges)(?:\s+[\w’'-]+){0,3}|(?<![-\w])(?:said|says|say|saying|told|tells|added|adds|asked|asks|wrote|writes|warned|warns|insisted|insists|claimed|claims|accused)(?:\s+(?:it|him|her|them|this|that|us|me|you))?|\b(?:as|of|to be|was|were|is|are|being))\s*,?\s*$/i;
const REPORTING_INTRO =
  /\b(?:said|says|say|saying|told\s+\S+(?:\s+\S+)?|tells\s+\S+|added|adds|asked|asks|wrote|writes|replied|replies|declared|declares|stated|states|tweeted|posted|insisted|insists|warned|warns|announced|announces|explained|explains|shouted|yelled|chanted|cried|screamed|continued|concluded)\s*,?\s*$/i;

const DETERMINER_END = /\b(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those)$/i;

function classify(draft: Draft, quotes: Quote[], q: Quote): QuoteKind {
  if (q.running || q.continuesRunning || q.close === null) return 'direct';
  const { prose } = draft;
  const content = prose.slice(q.content.start, q.content.end);
  const s = q.sentence >= 0 ? draft.sentences[q.sentence] : null;
  const sStart = s ? Math.min(s.start, q.start) : q.start;
  const sEnd = s ? Math.max(s.end, q.end) : q.end;
  // Bounded look-around: the tests below only read the ends next to the quote.
  const rawBefore = prose.slice(Math.max(sStart, q.start - 300), q.start);
  const before = rawBefore.trim();
  const after = prose.slice(q.end, Math.min(sEnd, q.end + 200)).trim();
  const words = content.split(/\s+/).filter((w) => w.length > 0).length;
  const firstCh = content.charAt(0);
  const upper = /[\p{Lu}\p{Lt}\p{N}]/u.test(firstCh);
  const lastCh = content.charAt(content.length - 1);
  const endsTerminal = /[.?!…]/.test(lastCh);
  const endsPunct = endsTerminal || /[,—–:;-]/.test(lastCh);
  const sentenceInside = /[.?!…]\s+\S/.test(content) && splitSentences(content).length > 2;

  if (upper && words <= 12 && !sentenceInside && TITLE_CUE.test(before)) {
    const capitalised = content.split(/\s+/).filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
    if (capitalised * 2 >= words) return 'title';
  }
  // At the start of the sentence, or of a line (lists of quotes, transcripts).
  const lineBefore = rawBefore.slice(rawBefore.lastIndexOf('\n') + 1).trim();
  const atStart = before.length === 0 || lineBefore.length === 0 || /^[(\[—–-]+$/.test(before);
  if (atStart) return words >= 2 || endsPunct || /^,/.test(after) ? 'direct' : 'scare';
  if (sentenceInside) return 'direct';
  if (/:$/.test(before)) return 'direct';
  // Second part of a split quote: `"We will," she said, "win."`
  const prev = q.index > 0 ? quotes[q.index - 1] : null;
  if (prev && prev.sentence === q.sentence && prev.paragraph === q.paragraph && /,$/.test(before) && prev.close) {
    const prevContent = prose.slice(prev.content.start, prev.content.end);
    const between = prose.slice(prev.end, q.start).trim();
    if (/[,?!—–-]$/.test(prevContent) && between.split(/\s+/).length <= 8) return 'direct';
  }
  if (upper && /,$/.test(before) && (words >= 2 || endsPunct)) return 'direct';
  if (/,$/.test(before) && REPORTING_INTRO.test(before) && words >= 2) return 'direct';
  // "fear a “Putin Pact.”": a quoted noun phrase after a determiner.
  if (DETERMINER_END.test(before)) return words <= 3 && !REPORTING_NEAR.test(before) ? 'scare' : 'partial';
  if (upper && endsTerminal && words >= 2 && (after.length === 0 || /^[,;]/.test(after) || REPORTING_INTRO.test(before))) return 'direct';
  if (upper && words >= 4 && REPORTING_INTRO.test(before)) return 'direct';
  if (words >= 4 && endsPunct && (after.length === 0 || /^(?:\p{Ll})/u.test(after)) && /[,.?!]$/.test(content) && /^,?\s*(?:\p{Ll}+\s+)?(?:said|says|added|asked|told|wrote)\b/u.test(after)) return 'direct';
  if (words <= 3 && !REPORTING_NEAR.test(before)) return 'scare';
  return 'partial';
}
