import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inList, listOf } from '../../../../server/out/engine/signals/list.js';
import { couple } from '../../../../server/out/engine/signals/couple.js';
import { runIn } from '../../../../server/out/engine/signals/run-in.js';
import { inputFor } from './helpers';

test('list: three or more names linked by commas, semicolons, "and" or a short affiliation', () => {
  const body = 'The delegates were Mary Wexley, Jefferson high; Tom Dravick, Lincoln high; and Anna Pell, Grant.';
  const x = inputFor(body, 'Tom Dravick');
  assert.deepEqual(listOf(x).map((m) => m.text), ['Mary Wexley', 'Tom Dravick', 'Anna Pell']);
  assert.equal(inList(x), 1);
  // Two names are a pair, not a list.
  assert.equal(inList(inputFor('Mary Wexley and Tom Dravick won the prize.', 'Tom Dravick')), 0);
  // Names in separate clauses are not linked.
  assert.equal(inList(inputFor('Mary Wexley scored twice, Tom Dravick was sent off and Anna Pell saved a penalty.', 'Tom Dravick')), 0);
});

test('list: a list whose other names carry roles of their own is introduced name by name', () => {
  const x = inputFor('The officers are Mary Wexley, Tom Dravick and Anna Pell.', 'Tom Dravick');
  assert.equal(inList({ ...x, ownRole: (m) => m.text === 'Mary Wexley' }), 0);
  assert.equal(inList({ ...x, ownRole: () => false }), 1);
});

test('couple: "Mr. and Mrs." before the name', () => {
  assert.equal(couple(inputFor('Mr. and Mrs. Tom Dravick will be honored at a supper.', 'Tom Dravick')), 1);
  assert.equal(couple(inputFor('Mrs. Tom Dravick will be honored at a supper.', 'Tom Dravick')), 0);
});

test('run-in: a bare surname among a paragraph\'s first words, the full name later in it', () => {
  assert.equal(runIn(inputFor('Dravick impressive Tom Dravick pitched six innings.', 'Dravick')), 1);
  // Later in the paragraph, or with no full name after it, the bare name is a reference.
  assert.equal(runIn(inputFor('The first three innings went to Dravick before Tom Dravick tired.', 'Dravick')), 0);
  assert.equal(runIn(inputFor('Dravick pitched six innings.\n\nTom Dravick tired in the seventh.', 'Dravick')), 0);
  // A sentence ends before the full name: the bare name opened a sentence about him, not a label.
  assert.equal(runIn(inputFor('Dravick pitched first. Later Tom Dravick tired.', 'Dravick')), 0);
});

test('couple: a title before "and Mrs." names the husband', () => {
  assert.equal(couple(inputFor('They will honor Italian Consul and Mrs. Tom Dravick at a party.', 'Tom Dravick')), 1);
  assert.equal(couple(inputFor('They will honor Harlan and Mrs. Tom Dravick at a party.', 'Tom Dravick')), 0);
});

test('list: a generational suffix does not break a list', () => {
  assert.equal(inList(inputFor('Guests were Mary Wexley, Tom Dravick III, and Anna Pell.', 'Anna Pell')), 1);
});
