/**
 * `npm run stress` in CI, bounded: a short budget with a fixed seed must finish cleanly, print
 * what it tried and exit 0; bad arguments exit 2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const SCRIPT = path.join(__dirname, 'stress.js');

test('npm run stress with an 8-second budget: every phase runs, the report names what was tried, exit 0', () => {
  // --no-time-bounds: npm test asserts no wall-clock time (`npm run stress` itself keeps the bounds)
  const r = spawnSync(process.execPath, [SCRIPT, '--budget-seconds', '8', '--seed', '20261127', '--no-time-bounds'], { encoding: 'utf8', timeout: 110_000 });
  const out = r.stdout;
  assert.equal(r.status, 0, `exit ${r.status}\n${out}\n${r.stderr}`);
  assert.match(out, /^newslint stress: seed 20261127, budget 8 s/);
  for (const phase of ['engine properties', 'corpus articles', 'pathological inputs', 'language server with faults', 'stdio server process']) {
    assert.match(out, new RegExp(`  ${phase}: \\d+\\.\\d s`), phase);
  }
  const inputs = /inputs generated: +([\d,]+) drafts/.exec(out);
  assert.ok(inputs && Number(inputs[1].replace(/,/g, '')) > 0, 'drafts were generated');
  assert.match(out, /edits replayed: +[\d,]+ \(/);
  assert.match(out, /faults injected: +[\d,]+ malformed or out-of-range requests/);
  assert.match(out, /burst: +10,000 edits in/);
  assert.match(out, /largest document: +10,000,000 characters \(10 MB draft\)/);
  assert.match(out, /peak memory: +this process heap [\d.]+ MB/);
  assert.match(out, /failures: +none/);
});

test('npm run stress rejects a bad budget with exit 2', () => {
  const r = spawnSync(process.execPath, [SCRIPT, '--budget-seconds', 'soon'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--budget-seconds needs a number, got "soon"/);
});
