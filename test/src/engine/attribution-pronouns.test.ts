import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/out/engine/index.js';

// Issue 18, session 6: he/she by salience, in invented copy (people fictional).

function speakers(text: string): [string | null, string | null][] {
  return analyze(text).quotes.map((q) => [q.speaker?.text ?? null, q.speaker?.name ?? null]);
}

test('he after a pronoun subject stands for whom that pronoun stood for, not for a name after it', () => {
  const text =
    'Carson hits back\n\nBen Carson spoke on Sunday.\n\nBut he dropped for once his rule of never naming Tom Grady and took aim at the developer, who has mocked Carson for weeks. ' +
    'Asked by Paul Stone to respond to Grady’s criticism, he said, “What does it say about a man who does that?”\n';
  assert.deepEqual(speakers(text), [['he', 'Ben Carson']]);
});

test('he after two people named together as the subject resolves to nobody; "they" stays attributed', () => {
  const text =
    'Wall row\n\nFormer presidents Vicente Ortiz and Felipe Marin fired back at the plan. “We are not going to pay a single cent for that wall,” he said.\n\n' +
    'Ana Lind and Tom Reed met the mayor. “We will not back down on this one,” they said.\n';
  assert.deepEqual(speakers(text), [['he', null], ['they', null]]);
  const found = analyze(text).quotes.map((q) => q.attributedBy);
  assert.deepEqual(found, ['cue', 'cue']);
});

test('one of two people named together elsewhere still takes he when named alone as the subject', () => {
  const text = 'Wall row\n\nFormer president Vicente Ortiz fired back at the plan. “We are not going to pay a single cent for that wall,” he said.\n';
  assert.deepEqual(speakers(text), [['he', 'Vicente Ortiz']]);
});

test('he crediting reported speech after a comma is not a person named in that speech', () => {
  const text = 'Talks\n\nSean Price urged calm on Monday. Ryan Cole and Tom Reed will meet next week, he said, adding: "They will sort this out between them."\n';
  assert.deepEqual(speakers(text), [['he', 'Sean Price']]);
});

test('a name in a leading clause may still be the he that follows its comma', () => {
  const text = 'Talks\n\nWhen Ana Lind arrived, she said: "We are ready to sign the deal today."\n';
  assert.deepEqual(speakers(text), [['she', 'Ana Lind']]);
});

test('a pronoun opening a quote is not the subject of its sentence', () => {
  const text =
    'Race tightens\n\nGovernor Mary Hale attacked her rival, Kelly Ames, on Tuesday. "She is standing with the wrong people," Hale said in an interview. ' +
    '"I think she is trying to hide her own record," she said.\n';
  assert.deepEqual(speakers(text), [['Hale', 'Mary Hale'], ['she', 'Mary Hale']]);
});
