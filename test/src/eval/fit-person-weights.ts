/**
 * Fits the combiner's weights (server/src/engine/signals/combine.ts) on the TRAINING split and
 * checks them on the validation split (issue 16). Writes server/src/engine/signals/person-weights.ts.
 *
 *   node test/out/eval/fit-person-weights.js [--labels hand|tagger] [--every N] [--write]
 *
 * `--labels hand` (the default): the hand labels of person-labels.ts (Brown design half and one
 * training article in ten; 28 non-persons of 350), the random stratum weighed up to its share of the
 * copy; agreement is also given by 5-fold cross-validation. `--labels tagger`: compromise's entity
 * labels (below), which hold too few non-persons to fit (5 of 687). Without --write it only prints.
 *
 * Units: every person of the index, at its first reference in the body. Labels come from a tagger
 * independent of the signals: compromise's named-entity reading of the reference's sentence (a
 * Person match over the name: 1; a Place or Organization match and no Person: 0; else no label).
 * The model is a logistic regression (class-balanced, L2 0.01, batch gradient descent). The signals
 * are the features; the label never reads them. Corpus text is read at run time only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brownSplitArticles, splitCopy, type Copy } from './corpus';
import { LABEL_STRATA, PERSON_LABELS } from './person-labels';
import { analyze } from '../../../server/out/engine/index.js';
import { headArea } from '../../../server/out/engine/roles.js';
import { SIGNALS } from '../../../server/out/engine/signals/index.js';
import { features, personProbability } from '../../../server/out/engine/signals/combine.js';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const nlp = require('compromise') as (t: string) => any;

export interface Example {
  x: number[];
  y: 0 | 1;
  /** How many units of the copy this one stands for (1 unless drawn from a sampled stratum). */
  w?: number;
}

interface Match {
  start: number;
  end: number;
}

function matches(view: any): Match[] {
  return (view.out('offset') as { offset: { start: number; length: number } }[]).map((o) => ({ start: o.offset.start, end: o.offset.start + o.offset.length }));
}

/** compromise's label for [s, e) of `sentence`: 1 person, 0 place or organisation, null unknown. */
export function teacherLabel(sentence: string, s: number, e: number): 0 | 1 | null {
  const doc = nlp(sentence);
  const over = (ms: Match[]) => ms.some((m) => m.start < e && s < m.end);
  const person = over(matches(doc.people()));
  const other = over(matches(doc.places())) || over(matches(doc.organizations()));
  if (person && !other) return 1;
  if (other && !person) return 0;
  return null;
}

/** Labelled examples of one body of copy. */
export function examples(articles: Copy[]): Example[] {
  const out: Example[] = [];
  for (const a of articles) {
    const an = analyze(a.text);
    const inHead = headArea(an.draft);
    for (const person of an.people) {
      const first = person.mentions.map((i) => an.mentions[i]).find((m) => m && m.kind !== 'pronoun' && !inHead(m.paragraph));
      if (!first) continue;
      const sent = an.draft.sentences.find((s) => s.start <= first.start && first.start < s.end);
      if (!sent) continue;
      const y = teacherLabel(a.text.slice(sent.start, sent.end), first.start - sent.start, first.end - sent.start);
      if (y === null) continue;
      out.push({ x: features({ draft: an.draft, person, mentions: an.mentions, first }), y });
    }
  }
  return out;
}

/** Class-balanced logistic regression with L2, by batch gradient descent. */
export function fit(data: Example[], steps = 3000, rate = 0.5, l2 = 0.01, balance: boolean | number = true): { bias: number; w: number[] } {
  const d = SIGNALS.length;
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  const pos = data.filter((e) => e.y === 1).length;
  const neg = data.length - pos;
  // `balance`: true weighs the classes equally; a number weighs a non-person that many times a person
  // (the cost of a false alarm against a miss); false, as the data come.
  const cw = (y: number) => (typeof balance === 'number' ? (y === 1 ? 1 : balance) : !balance ? 1 : y === 1 ? data.length / (2 * Math.max(1, pos)) : data.length / (2 * Math.max(1, neg)));
  for (let t = 0; t < steps; t++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (const e of data) {
      let z = bias;
      for (let i = 0; i < d; i++) z += w[i] * e.x[i];
      const err = (1 / (1 + Math.exp(-z)) - e.y) * cw(e.y) * (e.w ?? 1);
      for (let i = 0; i < d; i++) g[i] += err * e.x[i];
      gb += err;
    }
    for (let i = 0; i < d; i++) w[i] -= rate * (g[i] / data.length + l2 * w[i]);
    bias -= rate * (gb / data.length);
  }
  return { bias, w };
}

/** How the fitted model agrees with the labels: accuracy, and precision/recall of "not a person". */
export function agreement(data: Example[], model: { bias: number; weights: Record<string, number> }): string {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  for (const e of data) {
    const p = personProbability(e.x, model) >= 0.5 ? 1 : 0;
    if (p === e.y) ok++;
    if (p === 0 && e.y === 0) tp++;
    if (p === 0 && e.y === 1) fp++;
    if (p === 1 && e.y === 0) fn++;
  }
  const pos = data.filter((e) => e.y === 1).length;
  return `${data.length} labelled (${pos} person, ${data.length - pos} not); accuracy ${(100 * ok / Math.max(1, data.length)).toFixed(1)}%; "not a person" answers ${tp + fp}, ${tp} right (precision ${(100 * tp / Math.max(1, tp + fp)).toFixed(1)}%), catching ${tp} of ${tp + fn} non-persons`;
}

/** The labelled units of person-labels.ts with their signals, the random stratum weighed up to its share. */
export function handExamples(every = 10): Example[] {
  const train = splitCopy('training');
  if (!train) return [];
  const pick = (xs: Copy[]) => xs.filter((_, k) => k % every === 0);
  const label = new Map(PERSON_LABELS.map(([stratum, id, text, y]) => [`${id}\u0000${text}`, { stratum, y }]));
  const up = LABEL_STRATA.random.units / LABEL_STRATA.random.labelled;
  const out: Example[] = [];
  for (const a of [...brownSplitArticles('design'), ...pick(train.pol), ...pick(train.bbc)]) {
    const an = analyze(a.text);
    const inHead = headArea(an.draft);
    for (const person of an.people) {
      const first = person.mentions.map((i) => an.mentions[i]).find((m) => m && m.kind !== 'pronoun' && !inHead(m.paragraph));
      const l = first && label.get(`${a.id}\u0000${a.text.slice(first.start, first.end)}`);
      if (!first || !l) continue;
      out.push({ x: features({ draft: an.draft, person, mentions: an.mentions, first }), y: l.y, w: l.stratum === 'random' ? up : 1 });
    }
  }
  return out;
}

type Model = { bias: number; weights: Record<string, number> };

function toModel(f: { bias: number; w: number[] }): Model {
  const weights: Record<string, number> = {};
  SIGNALS.forEach((s, k) => {
    weights[s.id] = Math.round(f.w[k] * 1000) / 1000;
  });
  return { bias: Math.round(f.bias * 1000) / 1000, weights };
}

/** 5-fold cross-validation: each unit judged by a model fitted without its fold. */
function crossValidated(data: Example[], balance: boolean | number): string {
  let tp = 0, fp = 0, fn = 0, ok = 0, all = 0;
  for (let k = 0; k < 5; k++) {
    const model = toModel(fit(data.filter((_, i) => i % 5 !== k), 3000, 0.5, 0.01, balance));
    data.forEach((e, i) => {
      if (i % 5 !== k) return;
      const w = e.w ?? 1;
      const p = personProbability(e.x, model) >= 0.5 ? 1 : 0;
      all += w;
      if (p === e.y) ok += w;
      if (p === 0 && e.y === 0) tp += w;
      if (p === 0 && e.y === 1) fp += w;
      if (p === 1 && e.y === 0) fn += w;
    });
  }
  return `5-fold cross-validated, units weighed as in the copy: accuracy ${(100 * ok / all).toFixed(1)}%; "not a person" precision ${(100 * tp / Math.max(1e-9, tp + fp)).toFixed(1)}%, recall ${(100 * tp / Math.max(1e-9, tp + fn)).toFixed(1)}%`;
}

function main(argv: string[]): number {
  const i = argv.indexOf('--every');
  const every = i >= 0 ? Number(argv[i + 1]) : argv.includes('tagger') ? 2 : 10;
  const hand = !argv.includes('tagger');
  const c = argv.indexOf('--cost');
  const balance: boolean | number = c >= 0 ? Number(argv[c + 1]) : !argv.includes('--unbalanced');
  const train = splitCopy('training');
  const valid = splitCopy('validation');
  if (!train || !valid) {
    process.stderr.write('corpus not found (../shared/corpus or $NEWSLINT_CORPUS)\n');
    return 2;
  }
  const pick = (xs: Copy[]) => xs.filter((_, k) => k % every === 0);
  const trainEx = hand ? handExamples(every) : examples([...pick(train.pol), ...pick(train.bbc)]);
  const model = toModel(fit(trainEx, 3000, 0.5, 0.01, balance));
  const validEx = examples([...valid.pol, ...valid.bbc]);
  const lines = hand
    ? [`hand labels (person-labels.ts, ${typeof balance === 'number' ? `a non-person weighed ${balance} times a person` : balance ? 'class-balanced' : 'unbalanced'}): ${agreement(trainEx, model)}`, `  ${crossValidated(trainEx, balance)}`, `validation, against compromise's entity labels: ${agreement(validEx, model)}`]
    : [`training (one article in ${every}): ${agreement(trainEx, model)}`, `validation: ${agreement(validEx, model)}`];
  for (const l of lines) process.stdout.write(l + '\n');
  process.stdout.write(JSON.stringify(model, null, 2) + '\n');
  if (!argv.includes('--write')) return 0;
  const out = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'engine', 'signals', 'person-weights.ts');
  fs.writeFileSync(out, [
    '// GENERATED by test/src/eval/fit-person-weights.ts (node test/out/eval/fit-person-weights.js --write): do not edit.',
    `// Logistic weights of the signals (combine.ts), fitted on ${hand ? 'the hand labels of test/src/eval/person-labels.ts (Brown design half, training split)' : "the training split against compromise's named-entity labels"}; agreement:`,
    ...lines.map((l) => `//   ${l}`),
    `export const PERSON_WEIGHTS = ${JSON.stringify(model, null, 2).replace(/"(\w+)":/g, (m, k) => (/^[a-z]\w*$/.test(k) ? `${k}:` : m))} as { bias: number; weights: Record<string, number> };`,
    '',
  ].join('\n'));
  process.stdout.write(`written ${out}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
