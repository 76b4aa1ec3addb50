import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/out/engine/index.js';

// Names named once with an unfamiliar given name or an ordinary-word surname: the sentence has to
// say they are people. Every name and sentence here is invented.

/** "kind:start-end:text" of every mention in the body of `Head\n\n<body>`. */
function mentions(body: string): string[] {
  const a = analyze('Head\n\n' + body);
  return a.mentions.map((m) => `${m.kind}:${m.start}-${m.end}:${m.text}`);
}

test('an unfamiliar given name with a person\'s verb after it or a speech verb before it is a person', () => {
  assert.deepEqual(mentions('The index will climb, predicted Tomoko Haraguchi.'), ['full:38-54:Tomoko Haraguchi']);
  assert.deepEqual(mentions('Pravin Oduya has estimated the damage at 3bn rupees.'), ['full:6-18:Pravin Oduya']);
  assert.deepEqual(mentions('Kostas Karamanlis condemned it.'), ['full:6-23:Kostas Karamanlis']);
  assert.deepEqual(mentions('Sales at Fenwick Stores rose, said Gareth Plumber.'), ['full:41-55:Gareth Plumber']);
});

test('a sentence-initial given name in -eed is not taken for a verb (Rasheed is not "Agreed")', () => {
  assert.deepEqual(mentions('Rasheed Tumelo, said: "We argued."'), ['full:6-20:Rasheed Tumelo']);
  assert.deepEqual(mentions('Agreed Haraguchi left.'), []);
});

test('a known given name before an ordinary word: a person\'s verb, a pronoun or "resignation of" makes a person', () => {
  assert.deepEqual(mentions('Gareth Plumber called for calm.'), ['full:6-20:Gareth Plumber']);
  assert.deepEqual(mentions('Martin Hedge put a brave face on it. He said it was fine.'), ['full:6-18:Martin Hedge']);
  assert.deepEqual(mentions('But Martin Hedge put a brave face on it. He smiled.'), ['full:10-22:Martin Hedge']);
  assert.deepEqual(mentions('The row led to the resignation of Phil Kettles.'), ['full:40-52:Phil Kettles']);
  // Without such evidence the ordinary word stays a word.
  assert.deepEqual(mentions('Gareth Plumber put a brave face on it.'), []);
  // "He" in the next sentence is the subject of this one, not the name after "with".
  assert.deepEqual(mentions('He toured with Martin Hedge. He had only sung twice.'), []);
});

test('a first word known only as a place before a known surname, with a speech verb, is a given name', () => {
  assert.deepEqual(mentions('Digby Thompson told the BBC it was bad.'), ['full:6-20:Digby Thompson']);
});

test('firms, groups and possessives stay out', () => {
  assert.deepEqual(mentions('Standard Life said it would cut jobs.'), []);
  assert.deepEqual(mentions('Walter Energy said it would.'), []);
  assert.deepEqual(mentions('Sales rose at Eagle Outfitters. He said so.'), []);
  assert.deepEqual(mentions('Tamil Tigers attacked a post.'), []);
  assert.deepEqual(mentions('Franco Bellini Motors warned of losses.'), []);
  assert.deepEqual(mentions('Coffee-loving Curry has sold machines. He said so.'), []);
  assert.deepEqual(mentions('Jeweller Zale also felt little cheer.'), []);
  // "X's lawyer said": the verb is the lawyer's, not evidence for X.
  assert.deepEqual(mentions("Gareth Plumber's lawyer said he was innocent."), []);
});

test('a month after a preposition is not the surname of a person named like it', () => {
  const body = 'The vote is due in May. Theresa May, shadow home secretary, told the BBC. She said no.';
  assert.deepEqual(mentions(body), ['full:30-41:Theresa May']);
  assert.deepEqual(mentions(body + ' Mrs May left.'), ['full:30-41:Theresa May', 'surname:97-100:May']);
});
