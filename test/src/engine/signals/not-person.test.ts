import { test } from 'node:test';
import assert from 'node:assert/strict';
import { place } from '../../../../server/out/engine/signals/place.js';
import { organisation } from '../../../../server/out/engine/signals/organisation.js';
import { time } from '../../../../server/out/engine/signals/time.js';
import { ordinaryWords } from '../../../../server/out/engine/signals/ordinary-words.js';
import type { SignalInput } from '../../../../server/out/engine/signals/types.js';
import { analyze } from '../../../../server/out/engine/index.js';
import { inputFor } from './helpers';

/** A hand-made input: the span [start, end) of `text` read as a full name (signals read spans). */
function span(text: string, name: string): SignalInput {
  const a = analyze(text);
  const start = text.indexOf(name);
  const first = { index: 0, personId: 0, kind: 'full' as const, text: name, start, end: start + name.length, given: { start, end: start + name.indexOf(' ') }, surname: null, honorific: null, possessive: null, paragraph: 0, sentence: 0, inQuote: null, inBrackets: false };
  return { draft: a.draft, person: { id: 0, name, surname: name, mentions: [0], title: null }, mentions: [first], first };
}

test('place: a street word, a house number, a preposition of place before an unknown first word', () => {
  assert.equal(place.read(span('He took a room at 1020 Harmon Av. that night.', 'Harmon Av')), 1);
  assert.equal(place.read(span('He lived at 88 Delbert Crane for years.', 'Delbert Crane')), 1);
  assert.equal(place.read(span('The talks in Villa Morosca ended.', 'Villa Morosca')), 0.5);
  // A year before a name is no house number; a known given name after "in" is a person.
  assert.equal(place.read(span('In 1961 Mary Wexley won.', 'Mary Wexley')), 0);
  assert.equal(place.read(span('The role went to Mary Wexley in the end.', 'Mary Wexley')), 0);
});

test('organisation: a word naming a body ends or follows the name, or the name is a modifier after "the"', () => {
  assert.equal(organisation.read(span('They dined at the Harlan Restaurant downtown.', 'Harlan Restaurant')), 1);
  assert.equal(organisation.read(span('The room has the Walter Brindle carpet in wool.', 'Walter Brindle')), 1);
  assert.equal(organisation.read(span('She met the Walter Brindle who had won.', 'Walter Brindle')), 0);
  assert.equal(organisation.read(inputFor('Mary Wexley said the vote was close.', 'Mary Wexley')), 0);
});

test('time: a day or month inside a name', () => {
  assert.equal(time.read(span('The series begins at St. Thomas Aquinas Monday with a talk.', 'Thomas Aquinas Monday')), 1);
  assert.equal(time.read(inputFor('Mary Wexley said the vote was close.', 'Mary Wexley')), 0);
});

test('ordinary-words: the share of ordinary words that are not also names', () => {
  assert.equal(ordinaryWords.read(span('They met Harlan Snow there.', 'Harlan Snow')), 0.5);
  assert.equal(ordinaryWords.read(span('They met Quiet Storm there.', 'Quiet Storm')), 1);
  assert.equal(ordinaryWords.read(inputFor('Mary Wexley said the vote was close.', 'Mary Wexley')), 0);
});

test('not a person: a firm "and Sons", one word after a name and "of", an expressway', () => {
  assert.equal(organisation.read(span('The bid from Adam Dravick and Sons was lower.', 'Adam Dravick')), 1);
  assert.equal(organisation.read(span('The bid from Adam Dravick and his wife was lower.', 'Adam Dravick')), 0);
  assert.equal(place.read(inputFor('A daughter, Mrs. J. M. Pell of Wexford, survives. Mr. Wexford is not here.', 'Wexford')), 1);
  assert.equal(place.read(span('I worked on the Harlan Expressway last year.', 'Harlan Expressway')), 1);
});
