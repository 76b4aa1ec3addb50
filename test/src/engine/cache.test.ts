import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParagraphCache } from '../../../server/out/engine/index.js';

test('ParagraphCache: one entry per stage and text, kept for one sweep after its last use', () => {
  const cache = new ParagraphCache();
  let computed = 0;
  const f = (v: string) => () => {
    computed++;
    return v;
  };
  assert.equal(cache.get('a', 'Para one.', f('a1')), 'a1');
  assert.equal(cache.get('b', 'Para one.', f('b1')), 'b1'); // same text, other stage
  assert.equal(cache.get('a', 'Para one.', f('never')), 'a1');
  assert.equal(cache.get('a', 'a\u0000Para one.', f('a2')), 'a2'); // no collision of stage and text
  assert.deepEqual([computed, cache.hits, cache.misses, cache.size], [3, 1, 3, 3]);
  cache.sweep();
  assert.equal(cache.get('a', 'Para one.', f('never')), 'a1'); // from the previous generation
  assert.equal(cache.size, 4);
  cache.sweep();
  // Unused for a whole sweep: 'b' and the second 'a' entry are gone.
  assert.equal(cache.get('b', 'Para one.', f('b again')), 'b again');
  assert.equal(cache.get('a', 'Para one.', f('never')), 'a1');
  assert.equal(cache.size, 3);
  assert.equal(cache.get('u', 'x', () => undefined), undefined);
  assert.equal(cache.get('u', 'x', f('not undefined')), undefined); // undefined results are cached too
});
