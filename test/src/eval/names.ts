/**
 * Eval section `names`: the name-consistency rule on real edited copy (read at run time from
 * ../shared/corpus, never copied).
 *
 * 1. Flags per 100 articles on BBC and PolNeAR dev, each printed with context for a person to
 *    judge. Edited copy spells a person one way, so every flag is either a real lapse in the copy
 *    or a false alarm. Flags a person has judged to be real lapses are listed below by article id
 *    and a hash of the spelling pair (no corpus text in the project); every other flag counts as
 *    wrong. Target: ≤ 1 wrong flag per 100 articles.
 * 2. Recall on injected variants: a seeded generator replaces one later surname mention of a person
 *    with a transliteration-style variant (y/i/iy/yy endings, doubled/single consonants, kh/h,
 *    ph/f, ks/x, ou/u, G/K/Q initials, an accent). Target: ≥ 95% found.
 *
 * Run on its own: `node test/out/eval/names.js` (after `npx tsc -b`).
 */
import { createHash } from 'node:crypto';
import { lintText } from '../../../server/out/engine/index.js';
import type { Analysis, Finding, Mention } from '../../../server/out/engine/index.js';
import { bbcArticles, corpusRoot, polnearArticles } from './corpus';
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
]);

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

const VOWEL = /[aeiou]/;

/** Transliteration-style variants of a surname that a careless copy might contain. */
export function variantsOf(name: string): string[] {
  const out = new Set<string>();
  const add = (v: string) => {
    if (v !== name && /^\p{Lu}/u.test(v)) out.add(v);
  };
  // Endings: y / i / iy / yy.
  if (/y$/.test(name)) ['i', 'iy', 'yy'].forEach((e) => add(name.slice(0, -1) + e));
  if (/[^aeiouy]i$/.test(name)) ['y', 'iy'].forEach((e) => add(name.slice(0, -1) + e));
  // kh/h, ph/f, ks/x, ou/u.
  const swaps: [RegExp, string][] = [[/kh/, 'h'], [/ph/, 'f'], [/ks/, 'x'], [/x/, 'ks'], [/ou/, 'u'], [/(?<=[a-z])f(?=[aeiou])/, 'ph']];
  for (const [re, to] of swaps) if (re.test(name)) add(name.replace(re, to));
  // G/K/Q initials.
  const first = name.charAt(0);
  if ('GKQ'.includes(first)) for (const c of 'GKQ') if (c !== first) add(c + name.slice(1));
  // Doubled consonant → single; a single consonant between vowels → doubled.
  for (let i = 1; i < name.length - 1; i++) {
    const c = name[i];
    if (VOWEL.test(c) || !/[a-z]/.test(c)) continue;
    if (name[i + 1] === c) add(name.slice(0, i) + name.slice(i + 1));
    else if (VOWEL.test(name[i - 1]) && VOWEL.test(name[i + 1] ?? '')) add(name.slice(0, i) + c + name.slice(i));
  }
  // An accent dropped or added: Erdoğan/Erdogan style.
  const accent: Record<string, string> = { e: 'é', o: 'ö', u: 'ü', c: 'ć', s: 'š' };
  const m = /[eoucs](?=[a-z]+$)/.exec(name.slice(1));
  if (m) {
    const i = m.index + 1;
    add(name.slice(0, i) + accent[name[i]] + name.slice(i + 1));
  }
  return [...out];
}

interface Injection {
  text: string;
  start: number;
  end: number;
  original: string;
  variant: string;
}

/** Replace one later surname mention of a person with a variant; null when the article has none. */
function inject(a: Analysis, next: () => number): Injection | null {
  const text = a.draft.text;
  const headlineEnd = a.draft.headline?.end ?? 0;
  const candidates: { m: Mention; surname: string }[] = [];
  for (const p of a.people) {
    const ms = p.mentions.map((i) => a.mentions[i]);
    const firstFull = ms.find((m) => m.kind === 'full' && m.start >= headlineEnd);
    if (!firstFull) continue;
    const spelled = new Set(ms.map((m) => (m.surname ? text.slice(m.surname.start, m.surname.end) : '')));
    if (spelled.size !== 1) continue; // already inconsistent
    for (const m of ms) {
      if (m.kind !== 'surname' || m.start <= firstFull.start || !m.surname) continue;
      if (m.inQuote !== null && a.quotes[m.inQuote]?.kind === 'title') continue;
      const s = text.slice(m.surname.start, m.surname.end);
      if (s.length < 4 || /[^\p{L}]/u.test(s)) continue;
      candidates.push({ m, surname: s });
    }
  }
  if (candidates.length === 0) return null;
  const pick = candidates[Math.floor(next() * candidates.length)];
  const variants = variantsOf(pick.surname).filter((v) => !text.includes(v));
  if (variants.length === 0) return null;
  const variant = variants[Math.floor(next() * variants.length)];
  const { start, end } = pick.m.surname!;
  return { text: text.slice(0, start) + variant + text.slice(end), start, end: start + variant.length, original: pick.surname, variant };
}

export async function run(): Promise<EvalSection> {
  const lines: string[] = [];
  const config = onlyNames();
  let pass = true;
  const sets: Array<[string, Array<{ id: string; text: string }>]> = [
    ['BBC', bbcArticles()],
    ['PolNeAR dev', polnearArticles('dev')],
  ];
  const shown: string[] = [];
  const missed: string[] = [];
  let allArticles = 0;
  let allWrong = 0;
  let injected = 0;
  let found = 0;
  const next = rng(20261127);
  for (const [name, articles] of sets) {
    if (articles.length === 0) {
      lines.push(`${name}: skipped (not found)`);
      continue;
    }
    let flags = 0;
    let wrong = 0;
    let bytes = 0;
    let ms = 0;
    for (const art of articles) {
      bytes += art.text.length;
      const t0 = process.hrtime.bigint();
      const r = lintText(art.text, { format: 'plain', config });
      ms += Number(process.hrtime.bigint() - t0) / 1e6;
      for (const f of r.findings) {
        flags++;
        const key = flagKey(art.id, f);
        const judged = JUDGED_REAL.has(key);
        if (!judged) wrong++;
        shown.push(`  ${judged ? 'real ' : 'judge'} ${name} ${art.id} @${f.start} ${f.message} ${context(art.text, f.start, f.end)} [${key}]`);
      }
      // Injected variant.
      const inj = inject(r.analysis, next);
      if (!inj) continue;
      injected++;
      const after = lintText(inj.text, { format: 'plain', config }).findings;
      const hit = after.some((f) => (f.start < inj.end && inj.start < f.end) || f.data?.written === inj.variant || f.data?.canonical === inj.variant);
      if (hit) found++;
      else missed.push(`  missed ${name} ${art.id}: ${inj.original} → ${inj.variant} ${context(inj.text, inj.start, inj.end)}`);
    }
    allArticles += articles.length;
    allWrong += wrong;
    lines.push(
      `${name}: ${flags} flags in ${articles.length} articles = ${((flags * 100) / articles.length).toFixed(2)} per 100; ` +
        `not judged real: ${wrong} = ${((wrong * 100) / articles.length).toFixed(2)} per 100; ${(bytes / 1e6).toFixed(2)} MB linted in ${ms.toFixed(0)} ms`,
    );
  }
  const wrongPer100 = allArticles ? (allWrong * 100) / allArticles : 0;
  const recall = injected ? found / injected : 1;
  lines.push(`wrong flags (every flag not judged a real lapse counts): ${wrongPer100.toFixed(2)} per 100 articles (target ≤ 1)`);
  lines.push(`injected variants found: ${found}/${injected} = ${(recall * 100).toFixed(1)}% (target ≥ 95%)`);
  if (wrongPer100 > 1 || recall < 0.95) pass = false;
  lines.push('flags (judge each: a real lapse in the copy, or a false alarm):', ...shown);
  if (missed.length) lines.push('injected variants missed:', ...missed);
  return { name: 'names', lines, pass };
}

if (require.main === module) {
  if (!corpusRoot()) {
    console.log('names eval: skipped — corpus not found (set NEWSLINT_CORPUS or provide ../shared/corpus).');
  } else {
    void run().then((s) => console.log(s.lines.join('\n')));
  }
}
