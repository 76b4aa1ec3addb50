import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreeingOne, referenceSex } from '../../../../server/out/engine/signals/sex.js';
import { analyze } from '../../../../server/out/engine/index.js';

test('referenceSex: the courtesy title, else the first he or she of the sentence after the name', () => {
  assert.equal(referenceSex('Mrs. Wexley left.', 11, 'Mrs.'), 'female');
  assert.equal(referenceSex('Wexley said he would go.', 6, null), 'male');
  assert.equal(referenceSex('Wexley left. She was tired.', 6, null), null); // another sentence
});

test('agreeingOne: the candidate of that sex, else the only one of no known sex', () => {
  const given = (c: string) => c;
  assert.equal(agreeingOne(['Mary', 'John'], given, 'male'), 'John');
  assert.equal(agreeingOne(['Mary', 'Tambo'], given, 'male'), 'Tambo');
  assert.equal(agreeingOne(['John', 'Peter'], given, 'male'), null);
  assert.equal(agreeingOne(['Mary', 'John'], given, null), null);
});

test('two people of one surname: a bare surname goes to the one whose sex agrees, not the last named', () => {
  const a = analyze('Head\n\nMary Wexley spoke on Monday. Her husband, John Wexley, stood by.\n\nMrs. Wexley said she would win. Wexley said he agreed.\n');
  const owners = a.mentions.filter((m) => m.kind === 'surname').map((m) => `${m.start}:${a.people[m.personId].name}`);
  assert.deepEqual(owners, ['77:Mary Wexley', '104:John Wexley']);
});
