import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FIRM_SAYING_VERBS, INVERTED_SAYING_VERBS, JUDGING_VERBS, PERSON_ACT_VERBS, PERSON_LIFE_VERBS, PERSON_VERBS,
  PLAIN_SAYING_VERBS, SAYING_FINITE_VERBS, SAYING_PARTICIPLES, SAYING_VERBS, VERBS_AFTER_A_NAME,
} from '../../../server/out/engine/lexicon/verbs.js';
import {
  COURTESY_TITLES, DOTTED_ONLY_HONORIFICS, HONORIFICS, SPEAKER_HONORIFICS,
} from '../../../server/out/engine/lexicon/honorifics.js';
import { honorificSex } from '../../../server/out/engine/spellings.js';
import * as names from '../../../server/out/engine/names.js';
import * as attributionLexicon from '../../../server/out/engine/attribution-lexicon.js';

function assertSubset(sub: ReadonlySet<string>, sup: ReadonlySet<string>, what: string): void {
  const outside = [...sub].filter((w) => !sup.has(w));
  assert.deepEqual(outside, [], `${what}: not in the larger list`);
}

test('verbs: one source; the named subsets are subsets of it, and "won" is not a verb of saying', () => {
  assert.ok(SAYING_VERBS.has('said') && SAYING_VERBS.has('saying') && SAYING_VERBS.has('grumbled'));
  assert.equal(SAYING_VERBS.has('won'), false);
  assert.equal(PLAIN_SAYING_VERBS.has('won'), false);
  assert.ok(PERSON_ACT_VERBS.has('won') && VERBS_AFTER_A_NAME.has('won'));
  assertSubset(SAYING_FINITE_VERBS, SAYING_VERBS, 'finite forms');
  assertSubset(PLAIN_SAYING_VERBS, SAYING_FINITE_VERBS, 'plain saying verbs');
  assertSubset(JUDGING_VERBS, SAYING_VERBS, 'judging verbs');
  assertSubset(INVERTED_SAYING_VERBS, PLAIN_SAYING_VERBS, 'inverted');
  assertSubset(FIRM_SAYING_VERBS, SAYING_VERBS, 'firm verbs');
  assertSubset(PERSON_VERBS, new Set([...SAYING_VERBS, ...PERSON_LIFE_VERBS]), 'person verbs');
  assert.deepEqual([...SAYING_PARTICIPLES].filter((w) => !w.endsWith('ing')), []);
  // Finite forms only: no base form (except "say", listed on purpose), no participle in -ing.
  assert.equal(PLAIN_SAYING_VERBS.has('saying'), false);
  assert.equal(PLAIN_SAYING_VERBS.has('tell'), false);
  assert.ok(PLAIN_SAYING_VERBS.has('tells') && PLAIN_SAYING_VERBS.has('told'));
  assert.ok(VERBS_AFTER_A_NAME.has('say'));
});

test('verbs: the old export names read the lexicon (one list, not a copy)', () => {
  assert.equal(names.REPORTING_VERBS, VERBS_AFTER_A_NAME);
  assert.equal(names.PERSON_VERBS, PERSON_VERBS);
  assert.equal(attributionLexicon.REPORTING_VERBS, SAYING_VERBS);
  assert.equal(attributionLexicon.PARTICIPLES, SAYING_PARTICIPLES);
});

test('honorifics: courtesy titles are honorifics; speaker honorifics add titles written in full', () => {
  assertSubset(COURTESY_TITLES, HONORIFICS, 'courtesy');
  assertSubset(DOTTED_ONLY_HONORIFICS, HONORIFICS, 'dotted only');
  assertSubset(HONORIFICS, SPEAKER_HONORIFICS, 'speaker honorifics');
  assert.ok(SPEAKER_HONORIFICS.has('senator') && !HONORIFICS.has('senator'));
  assert.equal(names.HONORIFICS, HONORIFICS);
  assert.equal(attributionLexicon.HONORIFICS, SPEAKER_HONORIFICS);
  assert.equal(honorificSex('Mrs.'), 'f');
  assert.equal(honorificSex('Lord'), 'm');
  assert.equal(honorificSex('Mme'), 'f');
  assert.equal(honorificSex('Dr'), null);
});

test('given names: the surnames and titles once in the list are not given names', () => {
  for (const w of ['Mnuchin', 'Kristersson', 'Ayatollah', 'Mullah']) assert.equal(names.isGivenName(w), false, w);
  for (const w of ['Volodymyr', 'Keir', 'Jacinda']) assert.equal(names.isGivenName(w), true, w);
  assert.ok(names.isKnownSurname('Smith'));
});

test('named entities are data: a club ending makes a club, a person-like brand a firm, a surname still a person', async () => {
  const { lint } = await import('../../../server/out/engine/index.js');
  const messages = (t: string) => lint(t).filter((f) => f.ruleId === 'first-reference').map((f) => f.message);
  assert.deepEqual(messages('Rugby history\n\nKendal Town met Kendal College on 14 May, 1870, and won by two goals.\n'), []);
  assert.deepEqual(messages('Market news\n\nGoldman Sachs and Lehman Brothers said profits rose.\n'), []);
  assert.deepEqual(messages('Market news\n\nShares in Lehman Brothers fell, and Bill Lynch said he was worried.\n'), ['Bill Lynch is introduced without a title or role']);
});

test('time words: one list of days and months; "May" is kept out of the months that are never names', async () => {
  const time = await import('../../../server/out/engine/lexicon/time.js');
  assert.equal(time.WEEKDAYS.length, 7);
  assert.equal(time.MONTHS.length, 12);
  assert.deepEqual(time.MONTHS.filter((m: string) => !time.MONTHS_NOT_NAMES.includes(m)), ['may']);
  assert.ok(attributionLexicon.NOT_NAME_WORDS.has('march') && !attributionLexicon.NOT_NAME_WORDS.has('may'));
  assert.ok(attributionLexicon.NOT_NAME_WORDS.has('sunday'));
});
