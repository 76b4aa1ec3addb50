/**
 * The draft model: headline, paragraphs, sentences, directives and the `prose` mask.
 *
 * `prose` has the length of the original text; every character that is not prose (BOM, front
 * matter, code, HTML comments, link targets, inline code, Markdown markup) is a space, line
 * breaks (`\r`, `\n`) are kept. Every offset is a UTF-16 index into the original text.
 */
import type { ParagraphCache } from './cache';
import { lineAt } from './lines';
import { memo } from './cache';
import { isWs, splitSentences } from './sentences';
import { classifyParagraphs, looksLikeHeadline, paragraphShape, type ParagraphShape } from './structure';
import type { Directive, Draft, DraftFormat, Paragraph, ParagraphKind, Sentence, Span } from './types';

export { isWs, splitSentences } from './sentences';

type LineKind = 'blank' | 'text' | 'heading' | 'list' | 'quote' | 'code';

interface Line {
  start: number;
  /** End of the line's content (before `\r\n` / `\n`). */
  end: number;
  kind: LineKind;
}

export function parseDraft(text: string, format: DraftFormat, cache?: ParagraphCache): Draft {
  const { lineStarts, lines } = splitLines(text);
  const md = format === 'markdown';
  const blanks: Span[] = [];
  if (text.charCodeAt(0) === 0xfeff) blanks.push({ start: 0, end: 1 });
  // Front matter and fenced code (Markdown only).
  const codeRanges: Span[] = [];
  const titleSpan = md ? blockStructure(text, lines, blanks, codeRanges) : null;
  // HTML comments, with directives (both formats), never inside code.
  const directives = htmlComments(text, codeRanges, lineStarts, blanks);
  // HTML-like tags with attributes (`<tweet author="…">`) in plain text; Markdown handles tags inline.
  if (!md) for (let m; (m = PLAIN_TAG_RE.exec(text)); ) blanks.push({ start: m.index, end: m.index + m[0].length });
  let prose = applyBlanks(text, blanks);
  if (md) {
    const more: Span[] = [];
    markdownLines(prose, lines, more);
    prose = applyBlanks(prose, more);
  }
  for (const l of lines) if (l.kind !== 'code' && isBlank(prose, l.start, l.end)) l.kind = 'blank';
  const { paragraphs, headline } = buildParagraphs(lines, prose, titleSpan);
  const { sentences, shapes, texts } = splitParagraphs(paragraphs, prose, cache);
  classifyParagraphs(paragraphs, shapes, text);
  const draft: Draft = { text, prose, format, headline, paragraphs, sentences, directives, lineStarts };
  PARAGRAPH_TEXTS.set(draft, texts);
  return draft;
}

const PLAIN_TAG_RE = /<\/?[A-Za-z][\w-]*(?:\s+[\w-]+(?:\s*=\s*(?:"[^"]{0,300}"|'[^']{0,300}'|[^\s"'<>]+))?)*\s*\/?>/g;

/** Lines end at LF, CRLF or a lone CR, as editors and LSP clients count them. */
function splitLines(text: string): { lineStarts: number[]; lines: Line[] } {
  const lineStarts = [0];
  const lines: Line[] = [];
  const breakRe = /\r\n?|\n/g;
  for (let m; (m = breakRe.exec(text)); ) {
    lines.push({ start: lineStarts[lineStarts.length - 1], end: m.index, kind: 'text' });
    lineStarts.push(m.index + m[0].length);
  }
  lines.push({ start: lineStarts[lineStarts.length - 1], end: text.length, kind: 'text' });
  return { lineStarts, lines };
}

/** HTML comments outside code: blanked, and read for `newslint-disable…` directives. */
function htmlComments(text: string, codeRanges: Span[], lineStarts: number[], blanks: Span[]): Directive[] {
  const directives: Directive[] = [];
  const commentRe = /<!--[\s\S]*?(?:-->|$)/g;
  let ci = 0;
  for (let m; (m = commentRe.exec(text)); ) {
    const s = m.index;
    while (ci < codeRanges.length && codeRanges[ci].end <= s) ci++;
    if (ci < codeRanges.length && codeRanges[ci].start <= s) {
      commentRe.lastIndex = Math.max(commentRe.lastIndex, codeRanges[ci].end);
      continue;
    }
    const e = s + m[0].length;
    blanks.push({ start: s, end: e });
    const d = /^<!--\s*newslint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)(?:-->)?$/.exec(m[0]);
    if (d) {
      const rules = d[2].split(/[\s,]+/).filter((r) => r.length > 0);
      const kind = d[1] as Directive['kind'];
      // disable-next-line counts from the line the comment ends on.
      const line = lineAt(lineStarts, kind === 'disable-next-line' ? Math.max(s, e - 1) : s);
      directives.push({ start: s, end: e, kind, rules, line });
    }
  }
  return directives;
}

/** The paragraphs being built, line by line: the one open (`cur`) grows until a line closes it. */
class ParagraphList {
  readonly paragraphs: Paragraph[] = [];
  headline: Span | null = null;
  private cur: { start: number; end: number; kind: ParagraphKind } | null = null;

  constructor(private readonly prose: string) {}

  get openKind(): ParagraphKind | null {
    return this.cur?.kind ?? null;
  }

  push(start: number, end: number, kind: ParagraphKind): void {
    const t = trimSpan(this.prose, start, end);
    if (t) this.paragraphs.push({ start: t.start, end: t.end, index: this.paragraphs.length, kind, role: 'story', sentences: [] });
  }

  /** The headline: a paragraph of its own. */
  pushHeadline(start: number, end: number): void {
    this.push(start, end, 'headline');
    const last = this.paragraphs[this.paragraphs.length - 1];
    this.headline = last ? { start: last.start, end: last.end } : null;
  }

  close(): void {
    if (this.cur) this.push(this.cur.start, this.cur.end, this.cur.kind);
    this.cur = null;
  }

  open(l: Line, kind: ParagraphKind): void {
    this.cur = { start: l.start, end: l.end, kind };
  }

  /** The line continues the open paragraph, or opens one of `kind`. */
  extend(l: Line, kind: ParagraphKind): void {
    if (this.cur) this.cur.end = l.end;
    else this.open(l, kind);
  }
}

/** Paragraphs from the classified lines: the headline (front-matter title, or a first line that is or looks like one), then blocks. */
function buildParagraphs(lines: Line[], prose: string, titleSpan: Span | null): ParagraphList {
  const list = new ParagraphList(prose);
  if (titleSpan) list.pushHeadline(titleSpan.start, titleSpan.end);
  let leadChecked = list.headline !== null;
  for (const l of lines) {
    if (l.kind === 'blank' || l.kind === 'code') list.close();
    else if (list.headline === null && !leadChecked) {
      leadChecked = true;
      firstLine(list, l, nextInParagraph(lines, l, prose), prose);
    } else addLine(list, l);
  }
  list.close();
  return list;
}

/**
 * The first line is the headline when it is a heading or looks like one (structure.ts);
 * otherwise the first paragraph is body copy, the lede.
 */
function firstLine(list: ParagraphList, l: Line, next: string | null, prose: string): void {
  if (l.kind !== 'heading' && !looksLikeHeadline(prose.slice(l.start, l.end), next)) {
    list.open(l, l.kind === 'list' ? 'list-item' : l.kind === 'quote' ? 'blockquote' : 'body');
    return;
  }
  list.close();
  list.pushHeadline(l.start, l.end);
}

/** A line after the first: a heading stands alone, a list item opens a paragraph, quote lines join quote lines, text joins what is open. */
function addLine(list: ParagraphList, l: Line): void {
  if (l.kind === 'heading') {
    list.close();
    list.push(l.start, l.end, 'heading');
  } else if (l.kind === 'list') {
    list.close();
    list.open(l, 'list-item');
  } else if (l.kind === 'quote') {
    if (list.openKind !== null && list.openKind !== 'blockquote') list.close();
    list.extend(l, 'blockquote');
  } else list.extend(l, 'body');
}

/**
 * Sentences, memoised per paragraph (relative offsets). The paragraph's shape (structure.ts) is
 * memoised with its sentences: one lookup per paragraph. `texts`: each paragraph's prose, sliced once.
 */
function splitParagraphs(paragraphs: Paragraph[], prose: string, cache: ParagraphCache | undefined): { sentences: Sentence[]; shapes: ParagraphShape[]; texts: string[] } {
  const sentences: Sentence[] = [];
  const shapes: ParagraphShape[] = [];
  const texts: string[] = [];
  for (const p of paragraphs) {
    let rel: number[];
    if (p.kind === 'headline' || p.kind === 'heading') {
      rel = [0, p.end - p.start];
      shapes.push('story');
    } else {
      const ptext = (texts[p.index] = prose.slice(p.start, p.end));
      const local = memo(cache, 'sentences', ptext, () => ({ rel: splitSentences(ptext), shape: paragraphShape(ptext.trim()) }));
      rel = local.rel;
      shapes.push(local.shape);
    }
    for (let i = 0; i < rel.length; i += 2) {
      p.sentences.push(sentences.length);
      sentences.push({ start: p.start + rel[i], end: p.start + rel[i + 1], index: sentences.length, paragraph: p.index });
    }
  }
  return { sentences, shapes, texts };
}

const PARAGRAPH_TEXTS = new WeakMap<Draft, string[]>();

/**
 * The prose of a paragraph, sliced once per draft. The stages that memoise by paragraph text
 * (sentences, quotes, people, roles, title case) look their entries up with this one string, so
 * its hash is computed once per analysis, not once per stage.
 */
export function paragraphText(draft: Draft, p: Paragraph): string {
  let texts = PARAGRAPH_TEXTS.get(draft);
  if (!texts) PARAGRAPH_TEXTS.set(draft, (texts = []));
  return (texts[p.index] ??= draft.prose.slice(p.start, p.end));
}

// ---------------------------------------------------------------------------------------------
// Markdown block structure
// ---------------------------------------------------------------------------------------------

/** Front matter and fenced code: marks lines as code, adds blank ranges. Returns the title span. */
function blockStructure(text: string, lines: Line[], blanks: Span[], codeRanges: Span[]): Span | null {
  let title: Span | null = null;
  let i = 0;
  const lineText = (l: Line) => text.slice(l.start, l.end);
  // Front matter: `---` on the first line (after an optional BOM) up to `---` or `...`.
  if (lines.length > 1 && /^\uFEFF?---[ \t]*$/.test(lineText(lines[0]))) {
    let j = 1;
    while (j < lines.length && !/^(?:---|\.\.\.)[ \t]*$/.test(lineText(lines[j]))) j++;
    if (j < lines.length) {
      for (let k = 1; k < j; k++) {
        const m = /^title:[ \t]*(.*?)[ \t]*$/.exec(lineText(lines[k]));
        if (m && m[1].length > 0 && !title) {
          let s = lines[k].start + lineText(lines[k]).indexOf(m[1], 6);
          let e = s + m[1].length;
          const q = text[s];
          if ((q === '"' || q === "'") && e - s >= 2 && text[e - 1] === q) {
            s++;
            e--;
          }
          title = { start: s, end: e };
        }
      }
      const range = { start: lines[0].start, end: lines[j].end };
      if (title) {
        blanks.push({ start: range.start, end: title.start }, { start: title.end, end: range.end });
      } else blanks.push(range);
      codeRanges.push(range);
      for (let k = 0; k <= j; k++) lines[k].kind = 'code';
      i = j + 1;
    }
  }
  // Fenced code blocks.
  for (; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(lineText(lines[i]));
    if (!m) continue;
    const fence = m[1];
    let j = i + 1;
    const closeRe = new RegExp('^ {0,3}' + (fence[0] === '`' ? '`' : '~') + '{' + fence.length + ',}[ \\t]*$');
    while (j < lines.length && !closeRe.test(lineText(lines[j]))) j++;
    const last = Math.min(j, lines.length - 1);
    const range = { start: lines[i].start, end: lines[last].end };
    blanks.push(range);
    codeRanges.push(range);
    for (let k = i; k <= last; k++) lines[k].kind = 'code';
    i = last;
  }
  return title;
}

const INLINE_RES: Array<[RegExp, (m: RegExpExecArray, add: (s: number, e: number) => void) => void]> = [
  // Inline code: blank whole.
  [/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (m, add) => add(m.index, m.index + m[0].length)],
  // Autolinks and HTML tags.
  [/<(?:https?:|mailto:|www\.)[^>\s]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, (m, add) => add(m.index, m.index + m[0].length)],
  // Links and images: keep the text, blank `[`, `](target)` / `][ref]`.
  [
    /(!?\[)([^\[\]\n]*)(\]\([^()\s]*(?:\([^()\s]*\))?[^()\s]*(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)|\]\[[^\]\n]*\])/g,
    (m, add) => {
      add(m.index, m.index + m[1].length);
      const e = m.index + m[1].length + m[2].length;
      add(e, e + m[3].length);
    },
  ],
  // Emphasis and strike-through: `*`, `~~`, and `_` that is not inside a word; backslash escapes.
  [/\*+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|\\(?=[!-/:-@[-`{-~])/gu, (m, add) => add(m.index, m.index + m[0].length)],
];

/** Where the Markdown line scan stands: after a blank line (or code), inside a list. */
interface MarkdownState {
  prevBlank: boolean;
  inList: boolean;
}

/** Markdown block markup and inline markup, line by line, on the text with comments blanked. */
function markdownLines(prose: string, lines: Line[], blanks: Span[]): void {
  const state: MarkdownState = { prevBlank: true, inList: false };
  for (let i = 0; i < lines.length; i++) i = markdownLine(prose, lines, i, state, blanks);
}

/** Line `i`'s markup blanked and its kind set; returns the last line it took (an indented code block takes several). */
function markdownLine(prose: string, lines: Line[], i: number, state: MarkdownState, blanks: Span[]): number {
  const l = lines[i];
  if (l.kind === 'code') {
    state.prevBlank = true;
    return i;
  }
  const s = prose.slice(l.start, l.end);
  if (/^\s*$/.test(s)) {
    l.kind = 'blank';
    state.prevBlank = true;
    return i;
  }
  // Indented code: four spaces or a tab after a blank line, outside lists.
  if (!state.inList && state.prevBlank && /^(?: {4}|\t)/.test(s)) {
    state.prevBlank = true;
    return indentedCode(prose, lines, i, blanks);
  }
  const add = (a: number, b: number) => {
    if (b > a) blanks.push({ start: l.start + a, end: l.start + b });
  };
  // Setext underline or thematic break.
  if (/^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$/.test(s)) {
    add(0, s.length);
    if (!state.prevBlank && /^ {0,3}[=-]+[ \t]*$/.test(s) && i > 0 && lines[i - 1].kind === 'text') lines[i - 1].kind = 'heading';
    l.kind = 'blank';
    state.prevBlank = true;
    return i;
  }
  const pos = blockMarkers(s, l, state, add);
  if (inlineMarkup(s.slice(pos), (a, b) => add(pos + a, pos + b))) {
    // A link reference definition: the line is blank.
    l.kind = 'blank';
    state.prevBlank = true;
    return i;
  }
  state.prevBlank = false;
  return i;
}

/** An indented code block from line `i`: its lines are code (trailing blank lines excepted); returns its last line. */
function indentedCode(prose: string, lines: Line[], i: number, blanks: Span[]): number {
  const text = (k: number) => prose.slice(lines[k].start, lines[k].end);
  let j = i;
  while (j + 1 < lines.length && lines[j + 1].kind !== 'code' && /^(?: {4}|\t)|^\s*$/.test(text(j + 1))) j++;
  while (j > i && /^\s*$/.test(text(j))) j--;
  for (let k = i; k <= j; k++) lines[k].kind = 'code';
  blanks.push({ start: lines[i].start, end: lines[j].end });
  return j;
}

/** Blockquote markers, an ATX heading's hashes, a list marker: blanked, the line's kind set; returns where its content starts. */
function blockMarkers(s: string, l: Line, state: MarkdownState, add: (a: number, b: number) => void): number {
  let pos = 0;
  let kind: LineKind = 'text';
  const bq = /^(?: {0,3}>[ \t]?)+/.exec(s);
  if (bq) {
    add(0, bq[0].length);
    pos = bq[0].length;
    kind = 'quote';
  }
  const rest = s.slice(pos);
  const h = /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(rest);
  const li = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.exec(rest);
  if (h) {
    add(pos, pos + h[0].length);
    const tail = /(?:[ \t]+#+)?[ \t]*$/.exec(rest);
    if (tail && tail[0].length > 0 && tail.index >= h[0].length) add(pos + tail.index, s.length);
    pos += h[0].length;
    kind = 'heading';
    state.inList = false;
  } else if (li) {
    add(pos, pos + li[0].length);
    pos += li[0].length;
    if (kind !== 'quote') kind = 'list';
    state.inList = true;
  } else if (state.prevBlank && !/^\s/.test(rest)) state.inList = false;
  l.kind = kind;
  return pos;
}

/** Inline markup of a line's content blanked (code, tags, link targets, emphasis); true when the line is a link reference definition. */
function inlineMarkup(body: string, add: (a: number, b: number) => void): boolean {
  if (!/[`<\[*_~\\]/.test(body)) return false;
  // Link reference definitions: blank the line.
  if (/^ {0,3}\[[^\]\n]+\]:[ \t]*\S/.test(body)) {
    add(0, body.length);
    return true;
  }
  let work = body;
  for (const [re, f] of INLINE_RES) {
    re.lastIndex = 0;
    const local: Span[] = [];
    for (let m; (m = re.exec(work)); ) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      f(m, (a, b) => local.push({ start: a, end: b }));
    }
    if (local.length) {
      for (const r of local) add(r.start, r.end);
      work = applyBlanks(work, local);
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** The prose of the line after `l` when it continues the same paragraph (not blank, code or a new block), else null. */
function nextInParagraph(lines: Line[], l: Line, prose: string): string | null {
  const n = lines[lines.indexOf(l) + 1];
  return n && n.kind === 'text' ? prose.slice(n.start, n.end) : null;
}

/** Replace every character of the ranges by a space, keeping `\r` and `\n`. */
function applyBlanks(text: string, ranges: Span[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const r of sorted) {
    const s = Math.max(r.start, pos);
    if (r.end <= s) continue;
    out += text.slice(pos, s) + text.slice(s, r.end).replace(/[^\r\n]/g, ' ');
    pos = r.end;
  }
  return out + text.slice(pos);
}

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWs(s.charCodeAt(i))) return false;
  return true;
}

function trimSpan(s: string, start: number, end: number): Span | null {
  while (start < end && isWs(s.charCodeAt(start))) start++;
  while (end > start && isWs(s.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

