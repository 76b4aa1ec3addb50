import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../../server/out/engine/draft.js';
import { sentenceAt } from '../../../server/out/engine/sentences.js';

test('sentenceAt: the last sentence starting at or before the offset, across paragraphs; null before the first', () => {
  const text = 'Vote held\n\nThe council met. It voted.\n\n🎉 Last one.';
  const d = parseDraft(text, 'plain');
  const at = (o: number) => {
    const s = sentenceAt(d, o);
    return s ? text.slice(s.start, s.end) : null;
  };
  assert.equal(at(0), 'Vote held');
  assert.equal(at(text.indexOf('council')), 'The council met.');
  assert.equal(at(text.indexOf('It voted')), 'It voted.');
  // Between two sentences (the space): the one before.
  assert.equal(at(text.indexOf(' It voted')), 'The council met.');
  // UTF-16 offsets: the emoji is two code units.
  assert.equal(at(text.indexOf('Last')), '🎉 Last one.');
  assert.equal(sentenceAt(d, text.indexOf('Last'))?.index, 3);
  const empty = parseDraft('', 'plain');
  assert.equal(sentenceAt(empty, 0), null);
});
