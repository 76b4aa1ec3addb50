import { test } from 'node:test';
import assert from 'node:assert/strict';
import { credited, described, describedAfter, describedBefore, describedByDash, predicated } from '../../../../server/out/engine/signals/appositive.js';
import { inputFor } from './helpers';

test('described after: a noun phrase between commas, whatever its head noun', () => {
  assert.equal(describedAfter(inputFor('Mary Wexley, soprano, sang first.', 'Mary Wexley')), true);
  assert.equal(describedAfter(inputFor('Then Tom Dravick, another all-out guy, came in.', 'Tom Dravick')), true);
  assert.equal(describedAfter(inputFor('Tom Dravick, a retired welder, said no.', 'Tom Dravick')), true);
});

test('not described: a clause, a quantifier, a place or an age after the comma', () => {
  assert.equal(described(inputFor('Tom Dravick, both of Houston, seated guests.', 'Tom Dravick')), 0);
  assert.equal(described(inputFor('Tom Dravick, set back by the flu, will start.', 'Tom Dravick')), 0);
  assert.equal(described(inputFor('Tom Dravick, who won twice, will start.', 'Tom Dravick')), 0);
  assert.equal(described(inputFor('Tom Dravick, 45, will start.', 'Tom Dravick')), 0);
  assert.equal(described(inputFor('Tom Dravick, of Houston, will start.', 'Tom Dravick')), 0);
});

test('described before: "<determiner> … <noun>, Name," and not a sentence-opening phrase', () => {
  assert.equal(describedBefore(inputFor('It was read out by the mayor\'s right-hand man, Tom Dravick, who smiled.', 'Tom Dravick')), true);
  assert.equal(describedBefore(inputFor('After the game, Tom Dravick said it was fine.', 'Tom Dravick')), false);
});

test('described before: a determiner with a capital at the sentence start', () => {
  assert.equal(describedBefore(inputFor('A 12-year-old girl, Mary Wexley, was hurt on Friday.', 'Mary Wexley')), true);
});

test('not described: the verb of the clause the name ends ("alongside X, has been …", "for X, beat his …")', () => {
  assert.equal(described(inputFor('Hoddle, who will work alongside Tom Dravick, has been out of the game.', 'Tom Dravick')), 0);
  assert.equal(described(inputFor('Anna Pell, a late replacement for Tom Dravick, beat her former co-star.', 'Tom Dravick')), 0);
});

test('credited: a part in a cast ("X as Odile"), a role after "as", an actor in brackets after the character', () => {
  assert.equal(credited(inputFor('Mary Wexley as Laura and Tom Dravick as Alvise were new.', 'Tom Dravick')), true);
  assert.equal(credited(inputFor('The side played with Tom Dravick as captain.', 'Tom Dravick')), true);
  assert.equal(credited(inputFor('Laura (Mary Wexley) and Alvise took their places.', 'Mary Wexley')), true);
  assert.equal(credited(inputFor('Tom Dravick as well as Anna Pell spoke.', 'Tom Dravick')), false);
  assert.equal(credited(inputFor('There were those (Tom Dravick) who favoured it.', 'Tom Dravick')), false);
});

test('described by dashes: a noun phrase between dashes, not a clause', () => {
  assert.equal(describedByDash(inputFor('The life of Tom Dravick -- poet and novelist at 23 -- is told well.', 'Tom Dravick')), true);
  assert.equal(describedByDash(inputFor('Tom Dravick -- who won twice -- will start.', 'Tom Dravick')), false);
});

test('not described: a phrase of time or place before the name, "as" without a role', () => {
  assert.equal(describedBefore(inputFor('After winning in the Republican primary, Tom Dravick, said he was ready.', 'Tom Dravick')), false);
  assert.equal(credited(inputFor('He described Tom Dravick as the best chance for peace.', 'Tom Dravick')), false);
});

test('predicated: the name completes a predicate about someone or something named; not a cleft', () => {
  assert.equal(predicated(inputFor('His hero was Tom Dravick, the old catcher.', 'Tom Dravick')), true);
  assert.equal(predicated(inputFor('Mrs. Pell is the former Miss Anna Dravick of Austin.', 'Anna Dravick')), true);
  assert.equal(predicated(inputFor('It was Tom Dravick who won.', 'Tom Dravick')), false);
});

test('described after: a lower-case description may end in a place ("high school senior from Verboort")', () => {
  assert.equal(describedAfter(inputFor('Mary Wexley, high school senior from Verboort, won.', 'Mary Wexley')), true);
  assert.equal(describedAfter(inputFor('Mary Wexley, Jefferson high school, won.', 'Mary Wexley')), false);
});

test('not predicated: an inverted sentence; not described: another name inside the "description"', () => {
  assert.equal(predicated(inputFor('Also performing at the ceremony was Tom Dravick, who sang.', 'Tom Dravick')), false);
  assert.equal(predicated(inputFor('Also in the race are Tom Dravick and Anna Pell.', 'Tom Dravick')), false);
  assert.equal(describedAfter(inputFor('He will face Tom Dravick, world champion Anna Pell, and Mary Wexley.', 'Tom Dravick')), false);
});
