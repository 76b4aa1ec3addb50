import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintText } from '../../../server/out/engine/index.js';
import { attributionHow } from '../../../server/out/engine/attribution.js';
import { parseDraft } from '../../../server/out/engine/draft.js';
import { scanQuotes } from '../../../server/out/engine/quotes.js';

// Issue 18, session 6: a speaker goes on speaking where a copy editor reads it so — under a
// headline written as a speaker label, along a running quote, past a sentence that names nobody
// else. Drafts are invented; people are fictional.

interface Row {
  quote: string;
  speaker: string | null;
  by: string | null;
  how: string;
}

function rows(text: string): Row[] {
  return analyze(text).quotes.map((q) => ({ quote: text.slice(q.start, q.end), speaker: q.speaker?.text ?? null, by: q.attributedBy, how: attributionHow(q).text }));
}

function flags(text: string): [number, number, string][] {
  return lintText(text).findings.filter((f) => f.ruleId === 'quote-attribution').map((f) => [f.start, f.end, f.message]);
}

test('the first quote-only paragraph under a headline written as a speaker label takes the label’s speaker', () => {
  const q = '"The new rules were rushed and they will close half the clinics in the county."';
  const text = `Maria Delgado: ‘We were never asked about this’\n\n${q}\n\nDelgado also spoke about the court case.\n`;
  assert.deepEqual(rows(text), [
    { quote: '‘We were never asked about this’', speaker: 'Maria Delgado', by: 'colon', how: 'speaker label before a colon' },
    { quote: q, speaker: 'Maria Delgado', by: 'colon', how: 'inherited from paragraph 1' },
  ]);
  assert.deepEqual(flags(text), []);
});

test('a headline that is no speaker label passes nothing on: the first quote-only paragraph is flagged', () => {
  const q = '"The new rules were rushed and they will close half the clinics in the county."';
  const text = `Clinics fear new rules\n\n${q}\n`;
  const start = text.indexOf(q);
  assert.deepEqual(rows(text).map((r) => [r.speaker, r.by]), [[null, null]]);
  assert.deepEqual(flags(text), [[start, start + q.length, 'Quote has no speaker']]);
});

test('a running quote holding a nested quote after an abbreviation continues into the next paragraphs', () => {
  const p1 = '"The U.S. agency is not about “fair play” any more. It is about control.';
  const p2 = '"The latest example is the lawsuit against the state.';
  const p3 = '"The answer is not politics. Let owners decide."';
  const text = `Ward on the lawsuit\n\nDr. Nora Ward stated:\n\n${p1}\n\n${p2}\n\n${p3}\n`;
  assert.deepEqual(rows(text), [
    { quote: p1, speaker: 'Dr. Nora Ward', by: 'colon', how: 'inherited from paragraph 2' },
    { quote: p2, speaker: 'Dr. Nora Ward', by: 'running-quote', how: 'inherited from paragraph 2' },
    { quote: p3, speaker: 'Dr. Nora Ward', by: 'running-quote', how: 'inherited from paragraph 2' },
  ]);
  assert.deepEqual(flags(text), []);
});

test('doubled opening marks around a passage that credits its own quote: the inner quote is the quote, credited by the cue', () => {
  const inner = '“You do not win the nomination by counting states,”';
  const text = `Senator on the race\n\nIt is an open question.\n\n"${inner} Paul Reyes responded before adding that he must win in March."\n`;
  assert.deepEqual(rows(text).map((r) => [r.quote, r.speaker, r.how]), [[inner, 'Paul Reyes', 'cue “responded”']]);
  assert.deepEqual(flags(text), []);
});

test('a quote that merely opens with a quoted phrase keeps its outer marks', () => {
  const q = '"“Fair play” is a slogan and not a policy,"';
  const text = `Senator on the race\n\n${q} Paul Reyes said.\n`;
  assert.deepEqual(rows(text).map((r) => [r.quote, r.speaker, r.how]), [[q, 'Paul Reyes', 'cue “said”']]);
});

test('an adverb before the verb is not the head of the subject: "The union leader further related that …"', () => {
  const q = '“I knew then that the strike would have to end before the winter.”';
  const text = `Strike ends\n\nThe union leader further related that the vote had surprised him. ${q}\n`;
  assert.deepEqual(rows(text), [{ quote: q, speaker: 'The union leader', by: 'cue', how: 'the person the sentence before is about' }]);
  assert.deepEqual(flags(text), []);
});

test('the speaker goes on past a sentence whose subject cannot speak ("They also lie …") in the same paragraph', () => {
  const q1 = '“Oh, those are very small towns,”';
  const q2 = '“That is a hard area to cover.”';
  const text = `Tour of the north\n\n${q1} Ivo Marsh said. They also lie far from any big city. ${q2}\n`;
  assert.deepEqual(rows(text), [
    { quote: q1, speaker: 'Ivo Marsh', by: 'cue', how: 'cue “said”' },
    { quote: q2, speaker: 'Ivo Marsh', by: 'previous-quote', how: 'previous quote in the paragraph' },
  ]);
  assert.deepEqual(flags(text), []);
});

test('the speaker does not go on past a sentence naming someone else', () => {
  const q1 = '“Oh, those are very small towns,”';
  const q2 = '“That is a hard area to cover.”';
  const text = `Tour of the north\n\n${q1} Ivo Marsh said. They also voted for Lena Brandt last time. ${q2}\n`;
  const start = text.indexOf(q2);
  assert.deepEqual(rows(text).map((r) => [r.speaker, r.by]), [['Ivo Marsh', 'cue'], [null, null]]);
  assert.deepEqual(flags(text), [[start, start + q2.length, 'Quote has no speaker']]);
});

test('nor into a quote-only paragraph after a sentence that does not end with the attributed quote', () => {
  const q1 = '"We have sat quietly for a year and watched all of this,"';
  const q2 = '"They come up to me and ask whether they will be sent away."';
  const text = `Tour of the north\n\n${q1} Amir Sadiq said. The ban was signed in May.\n\n${q2}\n`;
  const start = text.indexOf(q2);
  assert.deepEqual(rows(text).map((r) => [r.speaker, r.by]), [['Amir Sadiq', 'cue'], [null, null]]);
  assert.deepEqual(flags(text), [[start, start + q2.length, 'Quote has no speaker']]);
});

test('scanner: a nested quote after an abbreviation stays inside the open quote; a new sentence after a full stop still cuts it', () => {
  const scan = (text: string) => scanQuotes(parseDraft(text, 'plain')).quotes.map((q) => [q.start, q.end, q.running, q.continuesRunning]);
  const t1 = 'Headline\n\n"The U.S. agency is not about “fair play” any more.\n\n"It is about control."\n';
  assert.deepEqual(scan(t1), [[10, 61, true, false], [63, 85, false, true]]);
  const t2 = 'Headline\n\nThe strike lasted 26 weeks. "We are going to win this. "Nobody will stop us," said Mr Reed.';
  assert.deepEqual(scan(t2), [[38, 64, true, false], [65, 87, false, true]]);
});

test('scanner: doubled opening marks drop the outer pair only when the inner quote ends with a comma and the outer closes the paragraph', () => {
  const scan = (text: string) => scanQuotes(parseDraft(text, 'plain')).quotes.map((q) => text.slice(q.start, q.end));
  assert.deepEqual(scan('Headline\n\n"“We will win,” Reyes said before leaving."\n'), ['“We will win,”']);
  assert.deepEqual(scan('Headline\n\n"“Fair play” is a slogan," Reyes said.\n'), ['"“Fair play” is a slogan,"']);
  assert.deepEqual(scan('Headline\n\n"“We will win,” he said to us," Reyes recalled.\n'), ['"“We will win,” he said to us,"']);
});

test('a verb of saying that needs an object is a noun with punctuation after it: "the Acme and Zenith brands, which …" credits nobody', () => {
  const q = '"We are very pleased with this year."';
  const text = `Sales rise\n\nThe Acme and Zenith brands, which are sold in Asia, also grew. ${q}\n`;
  const start = text.indexOf(q);
  assert.deepEqual(rows(text).map((r) => [r.speaker, r.by]), [[null, null]]);
  assert.deepEqual(flags(text), [[start, start + q.length, 'Quote has no speaker']]);
  const verb = `Sales rise\n\nThe union leader brands such claims as "absolutely false from start to end".\n`;
  assert.deepEqual(rows(verb).map((r) => [r.speaker, r.how]), [['The union leader', 'cue “brands”']]);
});

test('"continued to host" and "continued his attacks" are no cue; "he continued" is', () => {
  const q = '"The gala raised more money than ever before."';
  const text = `Museum gala\n\nThe trust continued to host the gala every spring. ${q}\n`;
  const start = text.indexOf(q);
  assert.deepEqual(rows(text).map((r) => [r.speaker, r.by]), [[null, null]]);
  assert.deepEqual(flags(text), [[start, start + q.length, 'Quote has no speaker']]);
  const said = `Museum gala\n\n${q.slice(0, -2)}," Ana Lind continued.\n`;
  assert.deepEqual(rows(said).map((r) => [r.speaker, r.how]), [['Ana Lind', 'cue “continued”']]);
});

test('a phrase opening the sentence after a preposition is not its subject: "On the same day, Lind …"', () => {
  const text = 'Museum gala\n\nOn the same day, Ana Lind hoped "to thank every donor by name".\n';
  assert.deepEqual(rows(text).map((r) => r.speaker), ['Ana Lind']);
});

test('after a preposition and a time word the subject follows ("On Wednesday they …"); a name after a preposition may lead in with a colon', () => {
  const text = 'Poster row\n\nOn Wednesday they put up a banner bearing the slogan "Who will mend the roads while they argue all day?"\n\nFor Henry Ross, this is progress: "That is the whole point of the thing, and I like it."\n';
  assert.deepEqual(rows(text).map((r) => [r.speaker, r.by]), [['they', 'cue'], ['Henry Ross', 'colon']]);
  assert.deepEqual(flags(text), []);
});

test('"issued a statement" is a cue: the quote-only paragraph after it takes the body that issued it', () => {
  const q = '“On behalf of everyone at the ministry, we offer a full apology to the players.”';
  const text = `Ministry apologises\n\nAt the minister’s request, the ministry issued a statement apologising to the players.\n\n${q}\n`;
  assert.deepEqual(rows(text), [{ quote: q, speaker: 'the ministry', by: 'cue', how: 'inherited from paragraph 2' }]);
  assert.deepEqual(flags(text), []);
});

test('a quote answering a question about a person is that person’s: "Why was he out in the heat?"', () => {
  const q = '"My aunt wants me to put money aside for school."';
  const text = `Water sellers\n\nTomas Ruiz, 13, sold water on Broad Street.\n\nWhy was he out in the heat? ${q}\n`;
  assert.deepEqual(rows(text), [{ quote: q, speaker: 'he', by: 'cue', how: 'pronoun “he” → Tomas Ruiz' }]);
  assert.deepEqual(flags(text), []);
});

test('a question about a thing credits nobody: "Why was the road closed?"', () => {
  const q = '"Nobody told us anything about it for three days."';
  const text = `Water sellers\n\nWhy was the road closed? ${q}\n`;
  const start = text.indexOf(q);
  assert.deepEqual(flags(text), [[start, start + q.length, 'Quote has no speaker']]);
});

test('a quoted fragment credited to its own sentence\'s subject is said to be so, not a credit line', () => {
  const text = 'Bank results\n\nHarbour Bank sees "a chance to grow the business" in the new rules.\n';
  assert.deepEqual(rows(text), [
    { quote: '"a chance to grow the business"', speaker: 'Harbour Bank', by: 'cue', how: 'the subject of the sentence the quoted words are in' },
  ]);
  assert.equal(attributionHow(analyze(text).quotes[0]).kind, 'subject');
});
