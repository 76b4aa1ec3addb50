/**
 * Eval section "quotes": the quote sheet and `quote-attribution` on real edited copy.
 *
 * Gold (PolNeAR dev, one annotator per article): every piece of a relation's Content span that
 * opens with `"` or `“` is one gold direct quote. A split quote (`"We will," she said, "win."`) is
 * annotated as ONE Content span with two pieces; each piece is a quote of its own for the
 * scanner, so each piece is matched on its own (recall per piece), and both pieces share the
 * relation's Source for speaker accuracy. Pieces that do not open with a mark (the rest of a
 * sentence after a quote, indirect speech) are not gold quotes. Identical pieces annotated in two
 * relations count once.
 *
 * - recall: gold quotes overlapped by a scanned quote of kind direct or partial;
 * - precision: scanned direct quotes overlapping any gold Content piece (direct or indirect: a
 *   real quote inside reported speech is still a quote) over all scanned direct quotes;
 * - speaker accuracy: over recalled gold quotes whose relation has a Source, the share whose
 *   scanned quote has a speaker span overlapping a Source piece (PolNeAR marks the pronoun for
 *   "he said", which is what the speaker span holds too);
 * - wrongly flagged: gold quotes overlapped by a `quote-attribution` finding;
 * - BBC: quote-attribution flags per 100 articles, each printed with context for a person to judge.
 *
 * The corpus text is only read here at run time; nothing of it is stored in the project.
 */
import { polnearArticles, bbcSplitArticles, polnearSplitArticles, brownPressArticles, type Split } from './corpus';
import { emptyCounts, measureCopyCases, measurePolnear as measureAttribution, type Counts } from './attribution-cases';
import { excerpt } from './report';
// eslint-disable-next-line @typescript-eslint/no-require-imports
import type { Analysis, Quote, RuleFinding } from '../../../server/out/engine/index.js';
import { analyze } from '../../../server/out/engine/index.js';
import { quoteAttribution } from '../../../server/out/engine/rules/quote-attribution.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

export interface SectionResult {
  name: string;
  lines: string[];
  pass: boolean;
}

type Range = [number, number];
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

function flagsOf(analysis: Analysis): RuleFinding[] {
  const setting = { minWords: 4 };
  return quoteAttribution.check({ analysis, options: setting, config: defaultConfig() });
}

const context = (text: string, s: number, e: number, width = 80) => excerpt(text, s, e, width, width);

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

export interface QuoteCounts {
  gold: number;
  recalled: number;
  sysDirect: number;
  sysDirectMatched: number;
  withSource: number;
  speakerRight: number;
  flaggedGold: number;
  flagsOther: number;
}

export function measurePolnear(split: 'train' | 'dev', verbose: string[] | null): QuoteCounts {
  const c: QuoteCounts = { gold: 0, recalled: 0, sysDirect: 0, sysDirectMatched: 0, withSource: 0, speakerRight: 0, flaggedGold: 0, flagsOther: 0 };
  const missed: string[] = [];
  const spurious: string[] = [];
  const wrongSpeaker: string[] = [];
  const flagged: string[] = [];
  for (const art of polnearArticles(split)) {
    const text = art.text;
    const analysis = analyze(text, { format: 'plain' });
    const quotes = analysis.quotes;
    const flags = flagsOf(analysis);
    const allContent: Range[] = [];
    const golds = new Map<string, { piece: Range; sources: Range[] }>();
    for (const r of art.relations) {
      if (!r.content) continue;
      for (const p of r.content.pieces) allContent.push(p);
      for (const p of r.content.pieces) {
        let s = p[0];
        while (s < p[1] && /\s/.test(text[s])) s++;
        if (text[s] !== '"' && text[s] !== '“') continue;
        const key = `${s}:${p[1]}`;
        const g = golds.get(key) ?? { piece: [s, p[1]] as Range, sources: [] };
        if (r.source) g.sources.push(...r.source.pieces);
        golds.set(key, g);
      }
    }
    for (const g of golds.values()) {
      c.gold++;
      const q = quotes.find((x: Quote) => (x.kind === 'direct' || x.kind === 'partial') && overlaps([x.start, x.end], g.piece));
      if (!q) {
        if (verbose && missed.length < 25) missed.push(`  ${art.id}@${g.piece[0]}: ${context(text, g.piece[0], g.piece[1], 50)}`);
      } else {
        c.recalled++;
        if (g.sources.length) {
          c.withSource++;
          const sp = q.speaker;
          if (sp && g.sources.some((s) => overlaps([sp.start, sp.end], s))) c.speakerRight++;
          else if (verbose && wrongSpeaker.length < 40) {
            const gs = g.sources.map((s) => JSON.stringify(text.slice(s[0], s[1]))).join('|');
            wrongSpeaker.push(`  ${art.id}@${q.start}: got ${sp ? JSON.stringify(sp.text) : 'none'} (${q.attributedBy}), gold ${gs}: ${context(text, q.start, q.end, 60)}`);
          }
        }
      }
      if (flags.some((f) => overlaps([f.start, f.end], g.piece))) {
        c.flaggedGold++;
        if (verbose && flagged.length < 40) flagged.push(`  ${art.id}@${g.piece[0]}: ${context(text, g.piece[0], g.piece[1], 80)}`);
      }
    }
    for (const q of quotes) {
      if (q.kind !== 'direct') continue;
      c.sysDirect++;
      if (allContent.some((p) => overlaps([q.start, q.end], p))) c.sysDirectMatched++;
      else if (verbose && spurious.length < 25) spurious.push(`  ${art.id}@${q.start}: ${context(text, q.start, q.end, 50)}`);
    }
    for (const f of flags) if (![...golds.values()].some((g) => overlaps([f.start, f.end], g.piece))) c.flagsOther++;
  }
  if (verbose) {
    if (missed.length) verbose.push('Missed gold quotes (first 25):', ...missed);
    if (spurious.length) verbose.push('Scanned direct quotes matching no gold Content (first 25):', ...spurious);
    if (wrongSpeaker.length) verbose.push('Wrong or missing speakers (first 40):', ...wrongSpeaker);
    if (flagged.length) verbose.push('Gold quotes flagged by quote-attribution (first 40):', ...flagged);
  }
  return c;
}

export function measureBbc(lines: string[], printLimit = 200): { articles: number; flags: number; quotes: number } {
  let flags = 0;
  let quotes = 0;
  let printed = 0;
  const arts = bbcSplitArticles('training');
  for (const art of arts) {
    const analysis = analyze(art.text, { format: 'plain' });
    quotes += analysis.quotes.filter((q: Quote) => q.kind === 'direct' || q.kind === 'partial').length;
    for (const f of flagsOf(analysis)) {
      flags++;
      if (printed++ < printLimit) lines.push(`  bbc/${art.id}@${f.start}: ${context(art.text, f.start, f.end, 80)}`);
    }
  }
  if (printed > printLimit) lines.push(`  … ${printed - printLimit} more`);
  return { articles: arts.length, flags, quotes };
}

const ratio = (a: number, b: number) => `${fmt(a / b)} (${a}/${b})`;

/** Both sides of attribution on one split (attribution-cases.ts). */
function measureSplit(split: Split, misses?: string[]): Counts {
  const c = emptyCounts();
  if (split === 'training') c.why = new Map();
  if (split === 'training' && misses) {
    c.misses = misses;
    c.pronounMisses = [];
  }
  measureAttribution(polnearSplitArticles(split), c);
  measureCopyCases(bbcSplitArticles(split), c, true);
  if (c.pronounMisses && misses) misses.push(...c.pronounMisses);
  return c;
}

/** Deleted-attribution cases on the Brown press sections (held out: nobody tuned on them). */
function measureBrown(): Counts {
  const c = emptyCounts();
  measureCopyCases(brownPressArticles(), c);
  return c;
}

/** Rows per measure; a column with no cases for a measure (Brown has no gold) shows n/a and is not judged. */
export function attributionLines(t: Counts, v: Counts, h: Counts = emptyCounts()): { lines: string[]; pass: boolean } {
  const row = (label: string, f: (c: Counts) => [number, number], target: string, ok: (x: number) => boolean) => {
    const cols = [t, v, h].map(f);
    const good = cols.every(([a, b]) => b === 0 || ok(a / b));
    const met = target ? `  ${target}: ${good ? 'met' : 'MISSED'}` : '';
    return `  ${label.padEnd(34)} ${cols.map(([a, b]) => ratio(a, b).padEnd(22)).join(' ')}${met}`;
  };
  const checks: [string, (c: Counts) => [number, number], string, (x: number) => boolean][] = [
    ['deleted attribution, isolated', (c) => [c.isolatedFlagged, c.isolated], 'recall target ≥ 0.90', (x) => x >= 0.9],
    ['deleted attribution, all cases', (c) => [c.casesFlagged, c.cases], '', () => true],
    ['attributed gold quotes flagged', (c) => [c.goldFlagged, c.gold], 'target ≤ 0.01', (x) => x <= 0.01],
    ['  …with no reporting verb in para', (c) => [c.noVerbFlagged, c.noVerbGold], 'target ≤ 0.03', (x) => x <= 0.03],
    ['speaker accuracy (PolNeAR)', (c) => [c.speakerRight, c.withSource], 'target ≥ 0.93', (x) => x >= 0.93],
    ['  …gold source a pronoun', (c) => [c.pronounSourceRight, c.pronounSource], '', () => true],
    ['name → he/she, resolved back', (c) => [c.pronounRight, c.pronounCases], 'target ≥ 0.90', (x) => x >= 0.9],
  ];
  const lines = [`  ${''.padEnd(34)} ${'training'.padEnd(22)} ${'validation'.padEnd(22)} ${'Brown (held out)'.padEnd(22)}`];
  let pass = true;
  for (const [label, f, target, ok] of checks) {
    const l = row(label, f, target, ok);
    if (l.includes('MISSED')) pass = false;
    lines.push(l);
  }
  return { lines, pass };
}

export async function run(): Promise<SectionResult> {
  const lines: string[] = [];
  const detail: string[] = [];
  const split = (process.env.NEWSLINT_EVAL_SPLIT as 'train' | 'dev') || 'dev';
  const c = measurePolnear(split, null);
  if (c.gold === 0) return { name: 'quotes', lines: ['PolNeAR not found: skipped'], pass: true };
  const recall = c.recalled / c.gold;
  const precision = c.sysDirectMatched / c.sysDirect;
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  lines.push(`Quote scanning, PolNeAR ${split}: ${c.gold} gold direct quotes (Content pieces opening with a mark)`);
  lines.push(`  direct-quote recall     ${fmt(recall)}  (${c.recalled}/${c.gold})  target ≥ 0.97: ${mark(recall >= 0.97)}`);
  lines.push(`  direct-quote precision  ${fmt(precision)}  (${c.sysDirectMatched}/${c.sysDirect} scanned direct quotes overlap a gold Content span)`);
  lines.push('Attribution, both sides (PolNeAR + BBC; training = PolNeAR train + 9/10 BBC, validation = PolNeAR dev + BBC files numbered by tens):');
  const misses: string[] | undefined = process.env.NEWSLINT_EVAL_MISSES ? [] : undefined;
  const only = process.env.NEWSLINT_EVAL_TRAINING_ONLY ? emptyCounts() : null;
  const tc = measureSplit('training', misses);
  const att = attributionLines(tc, only ?? measureSplit('validation'), only ?? measureBrown());
  if (misses) detail.push('Training misses:', ...misses);
  lines.push(...att.lines);
  if (tc.why) lines.push(`Training cases not isolated, by first reason: ${[...tc.why].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  lines.push(`Training isolated cases built by cutting the speaker's reporting clause from the paragraph before: ${tc.clauseCut}; by ending the paragraph at the quote: ${tc.truncated}`);
  const bbcLines: string[] = [];
  const bbc = measureBbc(bbcLines, Number(process.env.NEWSLINT_EVAL_PRINT ?? 0));
  const per100 = bbc.articles ? (100 * bbc.flags) / bbc.articles : NaN;
  if (bbc.articles) {
    lines.push(`BBC (training split): ${bbc.flags} quote-attribution flags in ${bbc.articles} articles = ${per100.toFixed(2)} per 100 articles, on ${fmt(bbc.flags / bbc.quotes)} of ${bbc.quotes} direct/partial quotes`);
  } else lines.push('BBC: not found, skipped');
  lines.push(...detail);
  if (bbcLines.length) lines.push('BBC flags (training split):', ...bbcLines);
  return { name: 'quotes', lines, pass: recall >= 0.97 && att.pass };
}
