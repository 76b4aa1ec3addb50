import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workerCount } from '../../../server/out/cli/pool.js';

const MB = 1024 * 1024;

test('worker threads only with two idle cores per worker: none on a 2-core machine', () => {
  // A cold worker keeps a second core busy with V8's background compiler.
  assert.equal(workerCount(2225, 5 * MB, {}, 2, 0), 0);
  assert.equal(workerCount(2225, 5 * MB, {}, 3, 0), 0);
  assert.equal(workerCount(2225, 5 * MB, {}, 4, 0), 2);
  assert.equal(workerCount(2225, 5 * MB, {}, 6, 0.5), 2);
  assert.equal(workerCount(2225, 5 * MB, {}, 6, 0), 3);
  assert.equal(workerCount(2225, 5 * MB, {}, 16, 0), 4);
  // A busy machine: the load takes the cores.
  assert.equal(workerCount(2225, 5 * MB, {}, 8, 5), 0);
});

test('small runs are linted inline; NEWSLINT_WORKERS overrides the count', () => {
  assert.equal(workerCount(63, 5 * MB, {}, 16, 0), 0);
  assert.equal(workerCount(2225, MB - 1, {}, 16, 0), 0);
  assert.equal(workerCount(10, 100, { NEWSLINT_WORKERS: '2' }, 2, 9), 2);
  assert.equal(workerCount(2225, 5 * MB, { NEWSLINT_WORKERS: '0' }, 16, 0), 0);
  assert.equal(workerCount(2225, 5 * MB, { NEWSLINT_WORKERS: '' }, 2, 0), 0);
});
