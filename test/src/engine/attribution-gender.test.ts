import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintText } from '../../../server/out/engine/index.js';

// Pronoun speakers resolved with gender. Drafts are invented; the people are fictional.
const HEAD = 'Depot strike talks\n\n';

/** [quote as written, speaker span text, resolved person name] for every quote of the draft. */
function speakers(body: string): [string, string | null, string | null][] {
  const text = HEAD + body;
  return analyze(text).quotes.map((q) => [text.slice(q.start, q.end), q.speaker ? q.speaker.text : null, q.speaker ? q.speaker.name : null]);
}

test('she skips a nearer man for the woman named before him', () => {
  assert.deepEqual(speakers('Ann Cole met John Pratt on Monday. "We will win," she said.'), [['"We will win,"', 'she', 'Ann Cole']]);
  assert.deepEqual(speakers('Ann Cole met John Pratt on Monday. "We will win," said she.'), [['"We will win,"', 'she', 'Ann Cole']]);
});

test('he skips a nearer woman for the man named before her', () => {
  assert.deepEqual(speakers('John Pratt met Ann Cole on Monday. "We will win," he said.'), [['"We will win,"', 'he', 'John Pratt']]);
});

test('an agreeing antecedent that is also the latest stays the speaker; offsets are the pronoun', () => {
  const body = 'John Pratt met Ann Cole on Monday. "We will win," she said.';
  const text = HEAD + body;
  const q = analyze(text).quotes[0];
  assert.equal(q.speaker?.name, 'Ann Cole');
  assert.equal(q.speaker?.start, HEAD.length + body.indexOf('she said'));
  assert.equal(q.speaker?.end, HEAD.length + body.indexOf('she said') + 3);
});

test('courtesy titles give the gender', () => {
  assert.deepEqual(speakers('Mrs Cole met Mr Pratt at the depot. "We will win," she said.'), [['"We will win,"', 'she', 'Cole']]);
  assert.deepEqual(speakers('Mrs Cole met Mr Pratt at the depot. "We will win," he said.'), [['"We will win,"', 'he', 'Pratt']]);
  // "Mr" outweighs a given name borne by either sex.
  assert.deepEqual(speakers('The actress Pat Cole met Mr Lee Pratt on Monday. "It works," she said.'), [['"It works,"', 'she', 'Pat Cole']]);
});

test('gendered role words before or after the name give the gender', () => {
  assert.deepEqual(speakers('His wife, Pat Cole, met Mr Lee Pratt on Monday. "It works," she said.'), [['"It works,"', 'she', 'Pat Cole']]);
  assert.deepEqual(speakers('Pat Rees, a spokesman for the union, met Ann Cole on Monday. "It works," he said.'), [['"It works,"', 'he', 'Pat Rees']]);
  assert.deepEqual(speakers('Prince Harry met Ann Cole on Monday. "It was moving," he said.'), [['"It was moving,"', 'he', 'Harry']]);
});

test('the subject of the sentence before outranks a nearer object of unknown gender', () => {
  // Pat is a given name for men and women: Pat Pratt is nearer, but Ann Cole is the subject.
  assert.deepEqual(speakers('Ann Cole met Pat Pratt on Monday. "We will win," she said.'), [['"We will win,"', 'she', 'Ann Cole']]);
});

test('a nearer subject of unknown gender is chosen over an earlier sentence', () => {
  assert.deepEqual(speakers('Ann Cole left early. Pat Pratt stayed on. "We will win," she said.'), [['"We will win,"', 'she', 'Pat Pratt']]);
});

test('a pronoun resolved earlier tells a person of unknown gender', () => {
  assert.deepEqual(
    speakers('Pat Cole spoke first. "We are ready," she said. Later, Lee Pratt met Pat Cole on Monday. "It works," he said.'),
    [
      ['"We are ready,"', 'she', 'Pat Cole'],
      ['"It works,"', 'he', 'Lee Pratt'],
    ],
  );
});

test('nobody agrees: the pronoun stays the speaker, resolved to nobody, and the quote is not flagged', () => {
  const body = 'Ann Cole met Lisa Pratt on Monday. "It works for all of us," he said.';
  assert.deepEqual(speakers(body), [['"It works for all of us,"', 'he', null]]);
  const findings = lintText(HEAD + body).findings.filter((f) => f.ruleId === 'quote-attribution');
  assert.deepEqual(findings, []);
});

test('"they" is left as it was', () => {
  assert.deepEqual(speakers('Ann Cole met John Pratt on Monday. "It works," they said.'), [['"It works,"', 'they', null]]);
});

test('"according to him/her" credits the pronoun, resolved with gender; "her lawyer" is no pronoun', () => {
  assert.deepEqual(speakers('Ann Cole met John Pratt on Monday. "It works," according to her.'), [['"It works,"', 'her', 'Ann Cole']]);
  assert.deepEqual(speakers('John Pratt met Ann Cole on Monday. According to him, the plan "works".'), [['"works"', 'him', 'John Pratt']]);
  assert.deepEqual(speakers('Ann Cole met John Pratt on Monday. "It works," according to her lawyer.'), [['"It works,"', 'her lawyer', null]]);
});

test('a peeress is a woman: "Baroness" before the name gives the gender', () => {
  assert.deepEqual(speakers('Baroness Pat Rees met Lee Pratt on Monday. "We will win," she said.'), [['"We will win,"', 'she', 'Pat Rees']]);
  // "he" never goes to her (before, a peeress had no gender and took the quote).
  assert.deepEqual(speakers('Baroness Pat Rees spoke on Monday. "We will win," he said.'), [['"We will win,"', 'he', null]]);
});
