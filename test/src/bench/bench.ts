/**
 * `npm run bench`: lints all BBC articles in `../shared/corpus/bbc` with every rule on, through
 * the CLI (a fresh process, as a pre-commit hook would run it) and through the engine in-process,
 * and prints wall time, MB/s and ms per article, beside textlint + one term rule on the same files.
 * Targets (issue 17): the whole set in ≤ 3 s wall on 2 cores, and ≤ 0.25 of textlint's time.
 * Skips with a message when the corpus is absent. Figures only: nothing here fails.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { bbcArticles, corpusRoot } from '../eval/corpus';
import { lint, rules, analyze } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';
import type { ResolvedConfig } from '../../../server/out/engine/index.js';
import { benchLargeDraft } from './large-draft';
import { ensureTextlint, timeTextlint } from './textlint';

const TARGET_S = 3;

/** The default configuration with every rule switched on (rules off by default become warnings). */
function everyRuleOn(): ResolvedConfig {
  const c = defaultConfig();
  for (const r of rules) {
    const cur = c.rules[r.id] ?? { severity: r.defaultSeverity, options: { ...(r.defaultOptions ?? {}) } };
    c.rules[r.id] = { severity: cur.severity === 'off' ? 'warning' : cur.severity, options: cur.options };
  }
  return c;
}

function cpuS(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

function line(label: string, seconds: number, bytes: number, articles: number, extra = ''): string {
  const mbps = bytes / 1e6 / seconds;
  const met = seconds <= TARGET_S ? 'met' : 'MISSED';
  return `${label.padEnd(28)} ${seconds.toFixed(2).padStart(6)} s  ${mbps.toFixed(2).padStart(6)} MB/s  ${((seconds * 1000) / articles).toFixed(2).padStart(6)} ms/article  target ≤ ${TARGET_S} s: ${met}${extra}`;
}

/**
 * Linear-time shapes whose operation counts `npm test` checks (test/src/reliability/linear.test.ts,
 * engine/attribution-linear.test.ts), timed here at n and 8n: wall-clock figures, never asserted.
 */
function shapes(): void {
  // Best of 5 after a warm-up: one run at the small size takes a few milliseconds, so a single
  // timing is mostly noise, and a major collection of the heap the BBC passes left behind lands
  // on whichever run happens to fill it (the work itself is linear: ops-count, linear.test.ts).
  const ms = (f: () => void) => {
    f();
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      f();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const rows: Array<[string, (n: number) => void, number]> = [
    ['straight quotes in one paragraph', (n) => void lint('"'.repeat(n)), 1_500],
    ['attributed quotes on one line', (n) => void lint('“We will,” said Haddad. '.repeat(n)), 250],
    ['bare quotes in one sentence', (n) => void lint(`Strike\n\n${'"x" '.repeat(n)}\n`), 500],
  ];
  for (const [label, run, n] of rows) {
    const small = ms(() => run(n));
    const large = ms(() => run(8 * n));
    console.log(`${label.padEnd(34)} ×${n}: ${small.toFixed(1).padStart(7)} ms  ×${8 * n}: ${large.toFixed(1).padStart(8)} ms  (${(large / small).toFixed(1)}×; linear ≈ 8×)`);
  }
}

async function main(): Promise<void> {
  await corpusBench();
  shapes();
}

/** The whole BBC set through the CLI and the engine (skipped, saying so, without the corpus). */
async function corpusBench(): Promise<void> {
  const root = corpusRoot();
  if (!root) {
    console.log('newslint bench: skipped — corpus not found (set NEWSLINT_CORPUS or provide ../shared/corpus).');
    return;
  }
  const arts = bbcArticles();
  if (arts.length === 0) {
    console.log(`newslint bench: skipped — no BBC articles under ${root}/bbc.`);
    return;
  }
  const bytes = arts.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const chars = arts.reduce((n, a) => n + a.text.length, 0);
  const load = os.loadavg()[0];
  console.log(`machine: ${os.cpus().length} cores, load average ${load.toFixed(2)}${load > os.cpus().length ? ' (busy: wall times are inflated; see CPU figures)' : ''}`);
  console.log(`newslint bench — ${arts.length} BBC articles, ${(bytes / 1e6).toFixed(2)} MB (${chars} UTF-16 units), every rule on: ${rules.map((r) => r.id).join(', ')}`);

  // 1. The CLI, as a user runs it: one process over the folder.
  const bin = path.resolve(__dirname, '..', '..', '..', 'server', 'bin', 'newslint.js');
  const ruleArgs = rules.flatMap((r) => ['--rule', `${r.id}=${everyRuleOn().rules[r.id].severity}`]);
  const args = [bin, path.join(root, 'bbc'), '--no-config', '--format', 'json', '-o', process.platform === 'win32' ? 'NUL' : '/dev/null', ...ruleArgs];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const cliS = (performance.now() - t0) / 1000;
  if (r.status === 0 || r.status === 1) console.log(line('CLI (json to /dev/null)', cliS, bytes, arts.length));
  else console.log(`CLI run failed (exit ${r.status}): ${(r.stderr || r.error?.message || '').trim().slice(0, 400)}`);
  compareTextlint(path.join(root, 'bbc'), cliS);

  // 2. The engine in-process: a cold pass (includes JIT warm-up, lexicons, first regex use), then
  // a warm pass; both with the cost of each analysis stage and each rule.
  const config = everyRuleOn();
  const pass = (label: string) => {
    const timings: Record<string, number> = {};
    let findings = 0;
    const t = performance.now();
    const c = process.cpuUsage();
    for (const a of arts) findings += lint(a.text, { config, format: 'plain', timings }).length;
    const s = (performance.now() - t) / 1000;
    console.log(line(`engine lint(), ${label}`, s, bytes, arts.length, `  cpu ${cpuS(c).toFixed(2)} s (${findings} findings)`));
    const stages = Object.entries(timings).sort((x, y) => y[1] - x[1]);
    console.log(`  stages, ${label} (wall): ${stages.map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(', ')}`);
  };
  pass('cold');
  pass('warm');

  // 3. Where the time goes: analysis alone (draft, quotes, people, attribution).
  const t3 = performance.now();
  for (const a of arts) analyze(a.text, { format: 'plain' });
  const anS = (performance.now() - t3) / 1000;
  console.log(line('engine analyze() only, warm', anS, bytes, arts.length));

  // 4. Issue 15's 1 MB draft (generated: runs alone with `node test/out/bench/large-draft.js`).
  await benchLargeDraft();
}

/** textlint + one term rule on the same folder, right after newslint's CLI: the ratio of issue 17 (≤ 0.25). */
function compareTextlint(folder: string, newslintS: number): void {
  const tl = ensureTextlint();
  if ('skipped' in tl) {
    console.log(`textlint comparison skipped: ${tl.skipped}`);
    return;
  }
  const s = timeTextlint(folder, tl);
  if (typeof s === 'string') {
    console.log(s);
    return;
  }
  const ratio = newslintS / s;
  console.log(`textlint + terminology        ${s.toFixed(2).padStart(6)} s  (same files, same run)  newslint/textlint = ${ratio.toFixed(2)}  target ≤ 0.25: ${ratio <= 0.25 ? 'met' : 'MISSED'}`);
}

void main();
