import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appositiveAfter, clauseEnd } from '../../../server/out/engine/appositives.js';
import { roleAppositiveAfter } from '../../../server/out/engine/signals/role-after.js';

const span = (text: string, at: number, ceil = text.length) => {
  const s = appositiveAfter(text, at, ceil);
  return s && text.slice(s.start, s.end);
};

test('appositiveAfter: from after the comma and its space to the end of the clause', () => {
  const t = 'Ana Ruiz, a spokeswoman for the Harbour Board, said the pier would close.';
  const at = t.indexOf(',');
  assert.deepEqual(appositiveAfter(t, at, t.length), { start: at + 2, end: t.indexOf(', said') });
  assert.equal(span(t, at), 'a spokeswoman for the Harbour Board');
  // An abbreviation's full stop ends no clause; a sentence's does.
  assert.equal(span('Lee Tan, a U.S. envoy. He left.', 7), 'a U.S. envoy');
  assert.equal(span('Lee Tan, 45; his wife', 7), '45');
  assert.equal(span('Lee Tan, the owner (since 2019)', 7), 'the owner ');
  // Read no further than the ceiling.
  assert.equal(span('Lee Tan, head of the grain association, said', 7, 20), 'head of the');
  // No comma and space right there: no appositive.
  assert.equal(appositiveAfter('Lee Tan said', 7, 12), null);
  assert.equal(appositiveAfter('Lee Tan,said', 7, 12), null);
  assert.equal(appositiveAfter('Lee Tan,', 7, 8), null);
  // Opened at the ceiling: an empty span, whose words each reader then finds missing.
  assert.deepEqual(appositiveAfter('Lee Tan, ', 7, 9), { start: 9, end: 9 });
  assert.equal(clauseEnd('a chair — and', 0, 13), 8);
});

test('roleAppositiveAfter reads the finder\'s words: a role noun then of/for/at/to or the closing comma', () => {
  const at = (t: string) => roleAppositiveAfter(t, t.indexOf(','));
  assert.equal(at('Olena Bilyk, head of the grain association, said'), true);
  assert.equal(at('Olena Bilyk, former deputy spokeswoman, said'), true);
  assert.equal(at('Olena Bilyk, spokeswoman; the ministry said'), false);
  assert.equal(at('Olena Bilyk, a spokeswoman for the ministry, said'), false);
  assert.equal(at('Olena Bilyk, of Kyiv, said'), false);
});
