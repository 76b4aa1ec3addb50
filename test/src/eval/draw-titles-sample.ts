/**
 * Draw a held-out sample of current first-reference flags for a reviewer to judge (issue 4's
 * method: after changing the rule, judge flags no earlier sample saw before quoting a figure).
 *
 *   node test/out/eval/draw-titles-sample.js <out-dir> [--literal|--context]
 *                                            [--set bbc|polnear|validation|brown|brown-design|brown-held-out]
 *                                            [--seed N] [--count 150]
 *
 * `--set validation` draws from the frozen validation split (PolNeAR dev and BBC files numbered by
 * tens), `--set brown` from the Brown press sections, `brown-design` / `brown-held-out` from one
 * half of them (corpus.ts `brownSplit`: the held-out half is never read error by error). These two are sampled
 * whole, flags judged in earlier samples included.
 *
 * Writes <out-dir>/flags.txt (one "#n" block per flag: id, name, the linter's message, the
 * paragraph before and the sentence with the name marked <<like this>>) and <out-dir>/sample.json
 * (the same, for importing verdicts). Flags already in titles-judged.ts are left out. The corpus is
 * read from ../shared/corpus at run time; nothing is written into the project.
 *
 * The reviewer writes one line per flag: n, id, name, REAL or WRONG, a short note. Add the verdicts
 * to titles-judged.ts as a new batch (JUDGED for the strict reading, LITERAL_JUDGED for the narrow
 * one) and append the commit to JUDGED_BATCHES or LITERAL_BATCHES.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brownPressArticles, brownSplitArticles, devAndBbc, splitCopy, type Copy } from './corpus';
import { analyze } from '../../../server/out/engine/index.js';
import { sentenceAt } from '../../../server/out/engine/sentences.js';
import { JUDGED, LITERAL_JUDGED, judgedKey } from './titles-judged';
import { flags } from './titles';

function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The articles of a set: BBC, PolNeAR dev, the validation split, or the Brown press sections. */
function articlesOf(setName: string, sets: { pol: Copy[]; bbc: Copy[] }): Copy[] {
  if (setName === 'brown') return brownPressArticles();
  if (setName === 'brown-design') return brownSplitArticles('design');
  if (setName === 'brown-held-out') return brownSplitArticles('held-out');
  if (setName === 'validation') {
    const v = splitCopy('validation');
    return v ? [...v.pol, ...v.bbc] : [];
  }
  return setName === 'polnear' ? sets.pol : sets.bbc;
}

function main(argv: string[]): number {
  const outDir = argv.find((a) => !a.startsWith('--'));
  if (!outDir) {
    process.stderr.write('usage: draw-titles-sample <out-dir> [--literal|--context] [--set bbc|polnear] [--seed N] [--count 150]\n');
    return 2;
  }
  const opt = (name: string, dflt: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
  };
  const literal = !argv.includes('--context');
  const setName = opt('--set', 'bbc');
  const set = setName === 'polnear' ? 'polnear' : 'bbc';
  const seed = Number(opt('--seed', String(Date.now() % 100000)));
  const count = Number(opt('--count', '150'));
  const sets = devAndBbc();
  if (!sets) {
    process.stderr.write('corpus not found (../shared/corpus or $NEWSLINT_CORPUS)\n');
    return 2;
  }
  // (A held-out split is sampled whole: leaving out flags judged earlier would bias the sample.)
  const heldOut = setName.startsWith('brown') || setName === 'validation';
  const judged = new Set(heldOut ? [] : [...JUDGED, ...(literal ? LITERAL_JUDGED : [])].filter((j) => j.set === set).map((j) => judgedKey(j.id, j.text)));
  const sample: { id: string; name: string; msg: string; prev: string; text: string }[] = [];
  const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
  for (const a of articlesOf(setName, sets)) {
    const analysis = analyze(a.text);
    const { draft } = analysis;
    for (const f of flags(analysis, literal)) {
      const name = a.text.slice(f.start, f.end);
      if (judged.has(judgedKey(a.id, name))) continue;
      // The paragraph up to the end of the flagged sentence, and the paragraph before when the
      // name is in the paragraph's first sentence.
      const pi = draft.paragraphs.findIndex((p) => p.start <= f.start && f.start < p.end);
      const para = draft.paragraphs[pi];
      const sentence = sentenceAt(draft, f.start);
      const from = para ? Math.max(para.start, f.start - 600) : Math.max(0, f.start - 600);
      const to = sentence ? sentence.end : Math.min(a.text.length, f.end + 200);
      const prevPara = pi > 0 && para && (!sentence || sentence.start <= para.start) ? draft.paragraphs[pi - 1] : null;
      sample.push({
        id: a.id,
        name,
        msg: f.message,
        prev: prevPara ? oneLine(a.text.slice(Math.max(prevPara.start, prevPara.end - 300), prevPara.end)) : '',
        text: oneLine(`${a.text.slice(from, f.start)}<<${name}>>${a.text.slice(f.end, to)}`),
      });
    }
  }
  const rnd = mulberry32(seed);
  for (let i = sample.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [sample[i], sample[j]] = [sample[j], sample[i]];
  }
  const unjudged = sample.length;
  sample.length = Math.min(count, sample.length);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'sample.json'), JSON.stringify(sample));
  fs.writeFileSync(
    path.join(outDir, 'flags.txt'),
    sample.map((o, i) => `#${i + 1}\t${o.id}\tNAME: ${o.name}\n  LINTER SAYS: ${o.msg}\n  BEFORE: ${o.prev || '(start of paragraph)'}\n  SENTENCE: ${o.text}\n`).join('\n'),
  );
  process.stdout.write(`${sample.length} of ${unjudged} unjudged ${literal ? 'literal-mode' : 'sentenceContext'} ${set} flags (seed ${seed}) written to ${outDir}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
