/**
 * Issue 16, precision: WordNet's person nouns, and lists holding names the index did not read.
 * Every sentence is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personNounIsAdjective, personNounIsVerb, personNounSense } from '../../../../server/out/engine/lexicon/person-nouns.js';
import { listUnderPluralNoun, nounBefore, personNoun } from '../../../../server/out/engine/signals/person-noun.js';
import { inList, listAround } from '../../../../server/out/engine/signals/list.js';
import { creditedBy, madeWork, possessiveWork } from '../../../../server/out/engine/signals/credit.js';
import { affiliated } from '../../../../server/out/engine/signals/affiliation.js';
import { relativeAfter } from '../../../../server/out/engine/signals/relative.js';
import { credited, describedAfter, describedBefore, predicated } from '../../../../server/out/engine/signals/appositive.js';
import { analyze } from '../../../../server/out/engine/index.js';
import { defaultConfig } from '../../../../server/out/engine/config.js';
import { firstReference } from '../../../../server/out/engine/rules/first-reference.js';
import { inputFor } from './helpers';

/** first-reference's flags (literal rule) on `Head\n\n<body>`: [flagged text, start in body, message]. */
function flagsOf(body: string): [string, number, string][] {
  const text = 'Head\n\n' + body;
  const fs = firstReference.check({ analysis: analyze(text), options: { checkHeadline: false, sentenceContext: false }, config: defaultConfig() });
  return fs.map((f) => [text.slice(f.start, f.end), f.start - 6, f.message]);
}

test('WordNet person nouns: a first sense or another one; verbs and adjectives too', () => {
  assert.equal(personNounSense('jeweller'), 'dominant');
  assert.equal(personNounSense('groomsmen', true), 'dominant');
  assert.equal(personNounSense('groomsmen', false), null);
  assert.equal(personNounSense('tenor'), 'other');
  assert.equal(personNounSense('british'), null); // written "British" in WordNet: a proper noun
  assert.equal(personNounIsVerb('watch'), true);
  assert.equal(personNounIsAdjective('blonde'), true);
  assert.equal(personNounIsAdjective('tenor'), false);
  assert.equal(personNoun('jeweller', false), true);
  assert.equal(personNoun('groomsmen', true), true);
  assert.equal(personNoun('blonde', false), false);
  assert.equal(personNoun('tenor', false), false);
  assert.equal(personNoun('tenor', false, true), true);
});

test('a noun of a person right before the name: at a sentence start, after a determiner and modifiers', () => {
  assert.equal(nounBefore(inputFor('The gifted young Welsh tenor Anna Pell sang first.', 'Anna Pell')), true);
  assert.equal(nounBefore(inputFor('End Tom Dravick caught two passes.', 'Tom Dravick')), true);
  assert.equal(nounBefore(inputFor('Halfback Joe Orrin ran for two scores.', 'Joe Orrin')), true);
  assert.equal(nounBefore(inputFor('Prices rose, jeweller Tom Dravick said.', 'Tom Dravick')), true);
});

test('not a noun of a person: a verb after a pronoun or modal, an adjective, a second sense without a determiner', () => {
  assert.equal(nounBefore(inputFor('Each night we watch Tom Dravick on the late news.', 'Tom Dravick')), false);
  assert.equal(nounBefore(inputFor('The champion will face Tom Dravick in the final.', 'Tom Dravick')), false);
  assert.equal(nounBefore(inputFor('She met the tall, blonde Anna Pell at noon.', 'Anna Pell')), false);
  assert.equal(nounBefore(inputFor('In this case Tom Dravick won.', 'Tom Dravick')), false);
});

test('a headline\'s last word does not run into a name opening the body', () => {
  const a = analyze('Talks with the union tenor\n\nTom Dravick said the talks would go on.');
  const first = a.mentions.find((m) => a.draft.text.slice(m.start, m.end) === 'Tom Dravick')!;
  assert.equal(nounBefore({ draft: a.draft, person: a.people[first.personId], mentions: a.mentions, first }), false);
});

test('a list counts names the index did not read: nicknames in brackets, names at its ends', () => {
  const x = inputFor('Faces at the club: Tom Dravick, George (Pops) Harlow, Al Wexley, Joe Orrin, Ann Pell.', 'Joe Orrin');
  const list = listAround(x);
  assert.deepEqual(list.names.map((m) => x.draft.text.slice(m.start, m.end)), ['Tom Dravick', 'Joe Orrin', 'Ann Pell']);
  assert.equal(list.size, 5);
  assert.equal(x.draft.text.slice(list.start, list.end), 'Tom Dravick, George (Pops) Harlow, Al Wexley, Joe Orrin, Ann Pell');
  assert.equal(inList(x), 1);
  const chiefs = inputFor('His allies were three union bosses, Al (Red) Wexley, Tom Dravick, and Jimmy (Ace) Harlow.', 'Tom Dravick');
  assert.equal(listAround(chiefs).size, 3);
  assert.equal(listUnderPluralNoun(chiefs), true);
});

test('not names of a list: a date, a possessive, a demonym', () => {
  assert.equal(listAround(inputFor('In October, Tom Dravick and Joe Orrin agreed to meet.', 'Tom Dravick')).size, 2);
  assert.equal(listAround(inputFor('Instead, Tom Dravick and Reuters\' Ann Wexley argued.', 'Tom Dravick')).size, 1);
  assert.equal(listAround(inputFor('Struggling, Tom Dravick and Ohioans Joe Orrin and Ann Pell are racing.', 'Tom Dravick')).size, 1);
});

test('"X and the other <plural person noun>" describes X', () => {
  assert.equal(listUnderPluralNoun(inputFor('Anna Pell and the other dancers of the company were charming.', 'Anna Pell')), true);
  assert.equal(listUnderPluralNoun(inputFor('Anna Pell and the other day were both charming.', 'Anna Pell')), false);
});

test('first-reference: a position WordNet knows before the name is a role; the name without it is flagged', () => {
  assert.deepEqual(flagsOf('End Tom Dravick caught two passes. Joe Orrin dropped one.'), [['Joe Orrin', 35, 'Joe Orrin is introduced without a title or role']]);
  assert.deepEqual(flagsOf('Faces at the club: Tom Dravick, George (Pops) Harlow, Al Wexley, Joe Orrin, Ann Pell.'), []);
  assert.deepEqual(flagsOf('Tom Dravick met Joe Orrin.'), [['Tom Dravick', 0, 'Tom Dravick is introduced without a title or role'], ['Joe Orrin', 16, 'Joe Orrin is introduced without a title or role']]);
});

test('credit "by": a sentence-opening participle, a compound work noun, a bracket before "by", a name the index did not read', () => {
  assert.equal(creditedBy(inputFor('Choreographed by Tom Dravick, the piece closed the evening.', 'Tom Dravick')), true);
  assert.equal(creditedBy(inputFor('Mini-sculptures by Tom Dravick are on show until May.', 'Tom Dravick')), true);
  assert.equal(creditedBy(inputFor('A stirring pas de deux by Ann Wexley-Orr and Tom Dravick closed the night.', 'Tom Dravick')), true);
  assert.equal(creditedBy(inputFor('A duet (in silk veils) by Ann Pell and Tom Dravick came next.', 'Tom Dravick')), true);
  assert.equal(creditedBy(inputFor('Endorsed by Tom Dravick, the bill passed.', 'Tom Dravick')), false);
});

test('a work the person made: the subject of a making with a work for object', () => {
  assert.equal(madeWork(inputFor('Tom Dravick also wrote the book and directed the revue.', 'Tom Dravick')), true);
  assert.equal(madeWork(inputFor('Ann Pell and Tom Dravick played music at the service.', 'Ann Pell')), true);
  assert.equal(madeWork(inputFor('Tom Dravick wrote a brisk and funny score for the revue.', 'Tom Dravick')), true);
  assert.equal(madeWork(inputFor('Tom Dravick wrote a letter to the council.', 'Tom Dravick')), false);
  assert.equal(madeWork(inputFor('Tom Dravick read a statement to reporters.', 'Tom Dravick')), false);
});

test('a work credited by the possessive: a work noun or a quoted title', () => {
  assert.equal(possessiveWork(inputFor('Tom Dravick\'s arrangement of the old tune is fresh.', 'Tom Dravick')), true);
  assert.equal(possessiveWork(inputFor('The film made from Tom Dravick\'s "Harbour Lights" is long.', 'Tom Dravick')), true);
  assert.equal(possessiveWork(inputFor('Tom Dravick\'s speech was long.', 'Tom Dravick')), false);
  assert.deepEqual(flagsOf('Tom Dravick\'s arrangement was fresh, and Joe Orrin\'s speech was long.'), [['Joe Orrin', 41, 'Joe Orrin is introduced without a title or role']]);
});

test('an affiliation after the name: a body by its ending, a paper written in; not a time or an unnamed place', () => {
  assert.equal(affiliated(inputFor('Tom Dravick of the Wexford Growers\' Association said prices fell.', 'Tom Dravick')), true);
  assert.equal(affiliated(inputFor('Ann Pell, from the league, said the fine was fair.', 'Ann Pell')), true);
  assert.equal(affiliated(inputFor('Ann Pell, writing in the Wexford Courier, noticed the shift.', 'Ann Pell')), true);
  assert.equal(affiliated(inputFor('An award will be handed to Tom Dravick at the ceremony next year.', 'Tom Dravick')), false);
  assert.equal(affiliated(inputFor('Tom Dravick at the club said little.', 'Tom Dravick')), false);
});

test('a post held at the time, a list\'s plural predicate, an appositive closed by "who", a part by a person noun', () => {
  assert.equal(relativeAfter(inputFor('Tom Dravick, when he was the chief of the fire service, promised more.', 'Tom Dravick')), true);
  assert.equal(relativeAfter(inputFor('Tom Dravick, when he was a boy, swam daily.', 'Tom Dravick')), false);
  assert.equal(listUnderPluralNoun(inputFor('Tom Dravick and Joe Orrin, a rookie who won twelve games, are the likely starting pitchers.', 'Tom Dravick')), true);
  assert.equal(listUnderPluralNoun(inputFor('Tom Dravick and Joe Orrin were in town.', 'Tom Dravick')), false);
  assert.equal(describedAfter(inputFor('A prize went to Tom Dravick, the lanky reserve goalie who sat out the spring.', 'Tom Dravick')), true);
  assert.equal(credited(inputFor('The cast is fine, with Ann Pell as his father and Tom Dravick as a nosy neighbour.', 'Tom Dravick')), true);
  assert.deepEqual(flagsOf('Tom Dravick, when he was a boy, swam daily. Ann Pell, when she was the chair, did not.'), [['Tom Dravick', 0, 'Tom Dravick is introduced without a title or role']]);
});

test('a maiden name after a description, a married name said of a woman named before', () => {
  assert.equal(describedBefore(inputFor('The couple will live in Wexford: Joe Orrin and his bride, the former Miss Ann Pell, married on Saturday.', 'Ann Pell')), true);
  assert.equal(describedBefore(inputFor('The former Miss Ann Pell left early.', 'Ann Pell')), false);
  assert.equal(predicated(inputFor('Away from the stage, Miss Wexley is Mrs. Tom Dravick and keeps a farm.', 'Tom Dravick')), true);
  assert.equal(predicated(inputFor('Away from the stage, Miss Wexley is with Mrs. Tom Dravick most days.', 'Tom Dravick')), false);
});
