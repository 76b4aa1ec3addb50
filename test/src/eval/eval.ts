/**
 * `npm run eval`: measures newslint on real edited copy in `../shared/corpus/` (read at run time,
 * never copied). Sections run in order: quotes, then quote-marks, names, titles, profile-rules, garble-fixes and copied-text when their compiled modules
 * exist. Prints figures and whether each target is met; always exits 0 (a measurement, not a test).
 */
import { corpusRoot } from './corpus';

export interface EvalSection {
  name: string;
  lines: string[];
  pass: boolean;
}

type SectionModule = { run(): Promise<EvalSection> };

function load(name: string): SectionModule | null {
  try {
    require.resolve(`./${name}.js`);
  } catch {
    return null;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(`./${name}.js`) as Partial<SectionModule>;
  return typeof mod.run === 'function' ? (mod as SectionModule) : null;
}

async function main(): Promise<void> {
  const root = corpusRoot();
  if (!root) {
    console.log('newslint eval: skipped — corpus not found (set NEWSLINT_CORPUS or provide ../shared/corpus).');
    return;
  }
  console.log(`newslint eval — corpus: ${root}`);
  const results: EvalSection[] = [];
  for (const name of ['quotes', 'quote-marks', 'names', 'titles', 'profile-rules', 'garble-fixes', 'copied-text']) {
    const mod = load(name);
    if (!mod) {
      console.log(`\n== ${name}: skipped (no compiled ./${name}.js)`);
      continue;
    }
    const t0 = Date.now();
    let res: EvalSection;
    try {
      res = await mod.run();
    } catch (e) {
      res = { name, lines: [`section failed: ${(e as Error).stack ?? e}`], pass: false };
    }
    results.push(res);
    console.log(`\n== ${res.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    for (const l of res.lines) console.log(l);
    console.log(`-- ${res.name}: ${res.pass ? 'all targets met' : 'target(s) missed'}`);
  }
  console.log(`\nSummary: ${results.map((r) => `${r.name} ${r.pass ? 'met' : 'missed'}`).join(', ') || 'no sections'}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(0);
  },
);
