import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givenName } from '../../../../server/out/engine/signals/given-name.js';
import { honorific } from '../../../../server/out/engine/signals/honorific.js';
import { personVerb } from '../../../../server/out/engine/signals/person-verb.js';
import { knownSurname } from '../../../../server/out/engine/signals/known-surname.js';
import { repeated } from '../../../../server/out/engine/signals/repeated.js';
import { pronoun } from '../../../../server/out/engine/signals/pronoun.js';
import { inputFor } from './helpers';

test('given-name: a given name the lexicon knows starts the name', () => {
  assert.equal(givenName.read(inputFor('Mary Wexley said the vote was close.', 'Mary Wexley')), 1);
  assert.equal(givenName.read(inputFor('Mr Dravick said the vote was close.', 'Dravick')), 0);
});

test('honorific: a courtesy title at any mention', () => {
  assert.equal(honorific.read(inputFor('Mary Wexley spoke. Later Ms Wexley left.', 'Mary Wexley')), 1);
  assert.equal(honorific.read(inputFor('Mary Wexley spoke first.', 'Mary Wexley')), 0);
});

test('person-verb: a verb said of people right after a mention, past an aside of time', () => {
  assert.equal(personVerb.read(inputFor('Mary Wexley has also told the board.', 'Mary Wexley')), 1);
  assert.equal(personVerb.read(inputFor('Mary Wexley spoke in the debate.', 'Mary Wexley')), 0);
});

test('known-surname and repeated', () => {
  assert.equal(knownSurname.read(inputFor('Mary Johnson spoke first.', 'Mary Johnson')), 1);
  assert.equal(knownSurname.read(inputFor('Mary Wexley spoke first.', 'Mary Wexley')), 0);
  assert.equal(repeated.read(inputFor('Mary Wexley spoke. Wexley left. Wexley came back. Wexley sat.', 'Mary Wexley')), 1);
  assert.equal(repeated.read(inputFor('Mary Wexley spoke. Wexley left.', 'Mary Wexley')), 1 / 3);
});

test('pronoun: a he or she opening the next sentence, with no other full name between', () => {
  assert.equal(pronoun.read(inputFor('Mary Wexley spoke first. She said the vote was close.', 'Mary Wexley')), 1);
  assert.equal(pronoun.read(inputFor('Mary Wexley spoke before Tom Dravick. He said the vote was close.', 'Mary Wexley')), 0);
  assert.equal(pronoun.read(inputFor('Mary Wexley spoke first. The vote was close.', 'Mary Wexley')), 0);
});
