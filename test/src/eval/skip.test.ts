import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

// `npm run eval` and `npm run bench` must skip cleanly, exit 0, where the corpus is absent.
const out = path.resolve(__dirname, '..');
const env = { ...process.env, NEWSLINT_CORPUS: path.join(out, 'no-such-corpus') };

test('eval skips with a message and exits 0 without the corpus', () => {
  const r = spawnSync(process.execPath, [path.join(out, 'eval', 'eval.js')], { env, encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^newslint eval: skipped — corpus not found/);
});

test('bench skips with a message and exits 0 without the corpus', () => {
  const r = spawnSync(process.execPath, [path.join(out, 'bench', 'bench.js')], { env, encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^newslint bench: skipped — corpus not found/);
});
