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

test('selectFixes (binary search) accepts exactly what a plain scan of the accepted edits accepts', async () => {
  const { selectFixes } = await import('../../../server/out/engine/index.js');
  const clash = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start === a.end && b.start === b.end ? a.start === b.start
      : a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (let round = 0; round < 300; round++) {
    const fixes = Array.from({ length: 1 + rnd(8) }, () => ({
      edits: Array.from({ length: 1 + rnd(2) }, () => {
        const start = rnd(text.length);
        return { start, end: Math.min(text.length, start + rnd(4)), text: 'X' };
      }),
    }));
    // The plain scan, in the same order selectFixes documents.
    const order = fixes.map((f, i) => ({ i, edits: [...f.edits].sort((a, b) => a.start - b.start || a.end - b.end) }))
      .sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[0].end - b.edits[0].end);
    const expected = fixes.map(() => false);
    const accepted: { start: number; end: number }[] = [];
    for (const { i, edits } of order) {
      if (edits.some((e, k) => k > 0 && clash(edits[k - 1], e))) continue;
      if (edits.every((e) => text.slice(e.start, e.end) === e.text)) continue;
      if (edits.some((e) => accepted.some((a) => clash(a, e)))) continue;
      accepted.push(...edits);
      expected[i] = true;
    }
    assert.deepEqual(selectFixes(text, fixes), expected, JSON.stringify(fixes));
  }
});
