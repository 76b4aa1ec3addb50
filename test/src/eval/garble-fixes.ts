/**
 * Eval section "garble": runs `--fix` (fix-all with the default configuration) over every draft of
 * the corpus, read at run time and never stored: the training split, the validation split (see
 * corpus.ts) and the Brown press sections (held out). Every applied fix goes through the garble
 * checker (garble.ts). Prints the fixes applied by rule and kind ("move description" takes a title
 * or description from one mention to another, "swap names" trades a full name and a surname,
 * "change" rewrites in place) and the number garbled per split. Target: 0 garbled.
 *
 * Training garbles are printed with their context for a person to read (validation ones never
 * are). `NEWSLINT_EVAL_SAMPLE=40` also prints a seeded random sample of 40 training descriptions
 * moved by first-reference ("move description"), before and after, for hand-reading.
 */
import { brownPressArticles, splitCopy, type Copy } from './corpus';
import { excerpt } from './report';
import { lint } from '../../../server/out/engine/index.js';
import { fixAllChecked, type CheckedFix } from './garble';

export interface SectionResult {
  name: string;
  lines: string[];
  pass: boolean;
}

interface Tally {
  drafts: number;
  applied: Map<string, number>;
  garbled: Map<string, number>;
  examples: string[];
  moves: { id: string; fix: CheckedFix }[];
}

function tallyOf(drafts: Copy[]): Tally {
  const t: Tally = { drafts: drafts.length, applied: new Map(), garbled: new Map(), examples: [], moves: [] };
  for (const d of drafts) {
    const r = fixAllChecked(d.text, (text) => lint(text));
    for (const f of r.fixes) {
      const key = `${f.ruleId} (${f.kind})`;
      t.applied.set(key, (t.applied.get(key) ?? 0) + 1);
      if (f.ruleId === 'first-reference' && f.kind === 'move description') t.moves.push({ id: d.id, fix: f });
      if (f.garbles.length === 0) continue;
      t.garbled.set(key, (t.garbled.get(key) ?? 0) + 1);
      t.examples.push(`${d.id}: ${f.garbles.map((g) => g.detail).join('; ')}\n      ${showFix(f)}`);
    }
  }
  return t;
}

/** Each edit of a fix as `…context⟦removed⟧context… → "inserted"`. */
export function showFix(f: CheckedFix): string {
  return f.fix.edits.map((e) => `${excerpt(f.before, e.start, e.end, 50, 40)} → "${e.text}"`).join('\n      ');
}

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/** A small seeded generator (mulberry32), so a sample can be drawn again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(xs: T[], n: number, seed: number): T[] {
  const rnd = random(seed);
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

function table(splits: [string, Tally][]): string[] {
  const keys = [...new Set(splits.flatMap(([, t]) => [...t.applied.keys()]))].sort();
  const lines = [`  ${'fixes applied (garbled)'.padEnd(40)}${splits.map(([n]) => n.padStart(18)).join('')}`];
  for (const k of keys) lines.push(`  ${k.padEnd(40)}${splits.map(([, t]) => `${t.applied.get(k) ?? 0} (${t.garbled.get(k) ?? 0})`.padStart(18)).join('')}`);
  lines.push(`  ${'all fixes'.padEnd(40)}${splits.map(([, t]) => `${sum(t.applied)} (${sum(t.garbled)})`.padStart(18)).join('')}`);
  lines.push(`  ${'drafts'.padEnd(40)}${splits.map(([, t]) => String(t.drafts).padStart(18)).join('')}`);
  return lines;
}

export async function run(): Promise<SectionResult> {
  const training = splitCopy('training');
  const validation = splitCopy('validation');
  const splits: [string, Tally][] = [];
  if (training) splits.push(['training', tallyOf([...training.bbc, ...training.pol])]);
  if (validation) splits.push(['validation', tallyOf([...validation.bbc, ...validation.pol])]);
  const brown = brownPressArticles();
  if (brown.length > 0) splits.push(['Brown (held out)', tallyOf(brown)]);
  const lines = table(splits);
  const train = splits.find(([n]) => n === 'training')?.[1];
  if (train && train.examples.length > 0) {
    lines.push('', '  Garbled fixes (training):');
    for (const x of train.examples.slice(0, Number(process.env.NEWSLINT_EVAL_PRINT ?? 60))) lines.push(`    ${x}`);
  }
  const n = Number(process.env.NEWSLINT_EVAL_SAMPLE ?? 0);
  if (train && n > 0) {
    lines.push('', `  Sample of ${Math.min(n, train.moves.length)} of ${train.moves.length} descriptions moved by first-reference (training, seed 15):`);
    sample(train.moves, n, 15).forEach((m, i) => lines.push(`    ${i + 1}. ${m.id}\n      ${showFix(m.fix)}`));
  }
  const garbled = splits.reduce((a, [, t]) => a + sum(t.garbled), 0);
  return { name: 'garble', lines, pass: garbled === 0 };
}
