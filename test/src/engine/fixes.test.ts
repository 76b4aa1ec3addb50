import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixesOnce } from '../../../server/out/engine/index.js';

test('applyFixesOnce applies sorted edits and skips an overlapping fix whole', () => {
  const text = 'abcdef';
  const r = applyFixesOnce(text, [
    { edits: [{ start: 4, end: 5, text: 'E' }] },
    { edits: [{ start: 0, end: 1, text: 'A' }] },
    { edits: [{ start: 0, end: 2, text: 'XX' }, { start: 5, end: 6, text: 'Z' }] },
  ]);
  assert.equal(r.text, 'AbcdEf');
  assert.equal(r.applied, 2);
});

test('applyFixesOnce keeps two insertions at different points and rejects a second at the same point', () => {
  const r = applyFixesOnce('ab', [
    { edits: [{ start: 1, end: 1, text: '1' }] },
    { edits: [{ start: 1, end: 1, text: '2' }] },
    { edits: [{ start: 2, end: 2, text: '3' }] },
  ]);
  assert.equal(r.text, 'a1b3');
  assert.equal(r.applied, 2);
});
