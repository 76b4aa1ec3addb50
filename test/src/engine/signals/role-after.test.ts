import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleAppositiveAfter } from '../../../../server/out/engine/signals/role-after.js';
import { analyze } from '../../../../server/out/engine/index.js';

test('role-after: a role noun opening an appositive after the name', () => {
  const t = 'Olena Kovalenko, head of the grain association, welcomed the deal.';
  assert.equal(roleAppositiveAfter(t, t.indexOf(',')), true);
  const s = 'Ivan Dorosh, former deputy minister of trade, said no.';
  assert.equal(roleAppositiveAfter(s, s.indexOf(',')), true);
  const u = 'Kyiv Grain, owner of the silos, said no.';
  assert.equal(roleAppositiveAfter(u, u.indexOf(',')), true); // evidence only: the index weighs it with the name's words
  const v = 'Marlow Marine, the syndicate, said no.';
  assert.equal(roleAppositiveAfter(v, v.indexOf(',')), false);
});

test('an unfamiliar name with a role appositive is a person of the index, and introduced', () => {
  const a = analyze('Head\n\nOlena Kovalenko, head of the grain association, welcomed the deal.\n');
  assert.deepEqual(a.mentions.map((m) => `${m.kind}:${m.start}-${m.end}:${m.text}`), ['full:6-21:Olena Kovalenko']);
});
