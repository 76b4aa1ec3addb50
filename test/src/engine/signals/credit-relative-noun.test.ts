import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asPart, creditedBy, ensemble } from '../../../../server/out/engine/signals/credit.js';
import { relativeAfter } from '../../../../server/out/engine/signals/relative.js';
import { listUnderPluralNoun, nounBefore, personNoun, predicateNoun } from '../../../../server/out/engine/signals/person-noun.js';
import { described } from '../../../../server/out/engine/signals/appositive.js';
import { inputFor } from './helpers';

test('credit "by": a making participle, a work noun, a copula, a quoted title; through a list', () => {
  assert.equal(creditedBy(inputFor('The new comedy was staged by Tom Dravick at the Lyric.', 'Tom Dravick')), true);
  assert.equal(creditedBy(inputFor('A weekly column by Anna Pell takes the mayor to task.', 'Anna Pell')), true);
  assert.equal(creditedBy(inputFor('The stark lighting is by Tom Dravick.', 'Tom Dravick')), true);
  assert.equal(creditedBy(inputFor('A suite called "Blue Harbor", by Tom Dravick, opened the night.', 'Tom Dravick')), true);
  assert.equal(creditedBy(inputFor('The old tunes were gathered and arranged by Anna Pell and Tom Dravick last spring.', 'Tom Dravick')), true);
});

test('no credit: the agent of an act or an ordinary passive still needs a role', () => {
  assert.equal(creditedBy(inputFor('The plan drew angry comments by Tom Dravick on Monday.', 'Tom Dravick')), false);
  assert.equal(creditedBy(inputFor('The bill was endorsed by Tom Dravick on Monday.', 'Tom Dravick')), false);
  assert.equal(described(inputFor('The bill was endorsed by Tom Dravick on Monday.', 'Tom Dravick')), 0);
});

test('ensemble and instrument: "X and his orchestra", "X on drums"', () => {
  assert.equal(ensemble(inputFor('Tom Dravick and his orchestra will play at the dance.', 'Tom Dravick')), true);
  assert.equal(ensemble(inputFor('The new faces are Anna Pell on piano and Tom Dravick on drums.', 'Tom Dravick')), true);
  assert.equal(ensemble(inputFor('Tom Dravick and his wife left early.', 'Tom Dravick')), false);
});

test('a part: ", as the only tenor," and "was moving as Odile"', () => {
  assert.equal(asPart(inputFor('Tom Dravick, as the only tenor, holds the stage well.', 'Tom Dravick')), true);
  assert.equal(asPart(inputFor('Anna Pell was delightful as poor Odile.', 'Anna Pell')), true);
  assert.equal(asPart(inputFor('Anna Pell was delightful in the second act.', 'Anna Pell')), false);
  // Any adjective before the part, by the part of speech: "as gentle Odile", not "as usual".
  assert.equal(asPart(inputFor('Anna Pell was moving as gentle Odile.', 'Anna Pell')), true);
  assert.equal(asPart(inputFor('Anna Pell was singing as usual tonight.', 'Anna Pell')), false);
});

test('relative clause: a present tense, a making or "is a <person noun>" describes; an event does not', () => {
  assert.equal(relativeAfter(inputFor('Tom Dravick, who runs the feed store, said he would wait.', 'Tom Dravick')), true);
  assert.equal(relativeAfter(inputFor('Tom Dravick, who designed the set, also lit it.', 'Tom Dravick')), true);
  assert.equal(relativeAfter(inputFor('Tom Dravick, who is a retired plumber, said no.', 'Tom Dravick')), true);
  assert.equal(relativeAfter(inputFor('Tom Dravick, who won twice, will start.', 'Tom Dravick')), false);
  assert.equal(relativeAfter(inputFor('Tom Dravick, who is running second, stuck to policy.', 'Tom Dravick')), false);
  assert.equal(relativeAfter(inputFor('Tom Dravick, who lives in Wexford, will start.', 'Tom Dravick')), false);
  assert.equal(relativeAfter(inputFor('Tom Dravick, who this week criticised the plan, left.', 'Tom Dravick')), false);
});

test('an appositive after an age, an address or ", of <place>,"', () => {
  assert.equal(relativeAfter(inputFor('Anna Pell, of nearby Wexford, a 31-year-old nurse, came second.', 'Anna Pell')), true);
  assert.equal(relativeAfter(inputFor('Tom Dravick, 1200 Harmon Av., who runs the feed store, was fined.', 'Tom Dravick')), true);
  assert.equal(relativeAfter(inputFor('Anna Pell, of nearby Wexford, came second.', 'Anna Pell')), false);
});

test('person nouns: the role lexicon or compromise\'s person nouns, not a general noun', () => {
  assert.equal(personNoun('philosopher', false), true);
  assert.equal(personNoun('apprentices', true), true);
  assert.equal(personNoun('man', false), false);
  assert.equal(personNoun('friends', true), false);
});

test('a person noun running into the name, an age with hyphens, "Ex-<team>"; not a capitalised title', () => {
  assert.equal(nounBefore(inputFor('The steward said apprentice Tom Dravick is suspended.', 'Tom Dravick')), true);
  assert.equal(nounBefore(inputFor('Thirty-one-year-old Anna Pell won the heat.', 'Anna Pell')), true);
  assert.equal(nounBefore(inputFor('Ex-Ranger Tom Dravick now coaches at home.', 'Tom Dravick')), true);
  assert.equal(nounBefore(inputFor('The ball went to Tom Dravick at second.', 'Tom Dravick')), false);
  assert.equal(nounBefore(inputFor('It rained, and Tom Dravick left.', 'Tom Dravick')), false);
});

test('a predicate noun: "X is a master of the cello", "had in X a patient pianist"; not "a good man"', () => {
  assert.equal(predicateNoun(inputFor('Everyone knows that Anna Pell is a master of the cello.', 'Anna Pell')), true);
  assert.equal(predicateNoun(inputFor('Tom Dravick, back from a long tour, is a careful musician.', 'Tom Dravick')), true);
  assert.equal(predicateNoun(inputFor('The choir had in Anna Pell a patient conductor.', 'Anna Pell')), true);
  assert.equal(predicateNoun(inputFor('Tom Dravick was a good man to the end.', 'Tom Dravick')), false);
});

test('a list under a plural person noun, or followed by "and other <plural>"', () => {
  assert.equal(listUnderPluralNoun(inputFor('The ushers were Tom Dravick and Joe Orrin of Wexford.', 'Joe Orrin')), true);
  assert.equal(listUnderPluralNoun(inputFor('He has met Tom Dravick, Joe Orrin and other famous painters.', 'Tom Dravick')), true);
  assert.equal(listUnderPluralNoun(inputFor('The town welcomes refugees, Tom Dravick noted.', 'Tom Dravick')), false);
});

test('performers: "X conducts.", "with X conducting", "under the editorship of X", "danced stunningly by X"', () => {
  assert.equal(ensemble(inputFor('The second cycle opens in May. Tom Dravick conducts.', 'Tom Dravick')), true);
  assert.equal(ensemble(inputFor('The opera follows on Friday, with Tom Dravick conducting.', 'Tom Dravick')), true);
  assert.equal(ensemble(inputFor('Tom Dravick conducting a survey is a sight.', 'Tom Dravick')), false);
  assert.equal(creditedBy(inputFor('The letters appear under the general editorship of Anna Pell this year.', 'Anna Pell')), true);
  assert.equal(creditedBy(inputFor('The duet was danced stunningly by Anna Pell on Friday.', 'Anna Pell')), true);
});

test('a role participle or an adjective and a role noun after the comma', () => {
  assert.equal(relativeAfter(inputFor('Tom Dravick, representing the grocers, objected on Tuesday.', 'Tom Dravick')), true);
  assert.equal(relativeAfter(inputFor('Anna Pell, tireless founder of the choir, spoke first.', 'Anna Pell')), true);
  assert.equal(relativeAfter(inputFor('Anna Pell, tired of the wait, spoke first.', 'Anna Pell')), false);
});

test('a plural of a party or nation heads a list; a predicate noun after "and"', () => {
  assert.equal(listUnderPluralNoun(inputFor('The radio identified the Americans as Tom Dravick and Joe Orrin.', 'Tom Dravick')), true);
  assert.equal(predicateNoun(inputFor('Then Tom Dravick was still only a young and hungry senator.', 'Tom Dravick')), true);
});
