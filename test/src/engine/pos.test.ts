import { test } from 'node:test';
import assert from 'node:assert/strict';
import nlp from 'compromise';
import { POS, POS_CLASSES, posClasses, posOf, predicativeAdjective, suffixLines } from '../../../server/out/engine/lexicon/pos.js';
import { POS_DATA, POS_SUFFIXES, POS_VERSION } from '../../../server/out/engine/lexicon/pos-data.js';
import { scanTokens, tokenPos, tokensOf, withTokenMemo } from '../../../server/out/engine/tokens.js';

test('the stored parts of speech equal compromise\'s lexicon and suffix patterns (else run server/scripts/build-lexicon.js)', () => {
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> }; two: { suffixPatterns: Record<string, string>[] } } }; version: string });
  assert.equal(POS_VERSION, world.version);
  const classes = posClasses(world.world().model.one.lexicon);
  for (const c of POS_CLASSES) assert.deepEqual(POS_DATA[c.name].split('\n'), classes[c.name], `class ${c.name}`);
  assert.deepEqual(POS_SUFFIXES.split('\n'), suffixLines(world.world().model.two.suffixPatterns));
});

test('posOf: the lexicon, then "-ed" of a verb it has, then its suffix patterns, else nothing', () => {
  assert.equal(posOf('welcomed'), POS.PAST);
  assert.equal(posOf('Took'), POS.PAST);
  // "joined" is only an adjective in the lexicon; "join" is a verb there, so it is a past tense too.
  assert.equal(posOf('joined'), POS.ADJECTIVE | POS.PAST | POS.PARTICIPLE);
  assert.equal(posOf('hopeful'), POS.ADJECTIVE | POS.GUESSED);
  assert.equal(posOf('applauded'), POS.PAST | POS.GUESSED);
  assert.equal(posOf('is'), POS.PRESENT | POS.FUNCTION);
  assert.equal(posOf('Kovalenko'), 0);
  assert.equal(posOf('the'), POS.FUNCTION);
});

test('predicativeAdjective: an adjective phrase after a copula, not a role', () => {
  assert.equal(predicativeAdjective(['hopeful', 'about', 'the', 'deal']), true);
  assert.equal(predicativeAdjective(['still', 'hopeful']), true);
  assert.equal(predicativeAdjective(['chief', 'of', 'staff']), false);
  assert.equal(predicativeAdjective(['chief', 'executive']), false);
  assert.equal(predicativeAdjective(['a', 'hopeful']), false);
});

test('tokenPos: a word token\'s parts of speech, 0 for other tokens, the same within a lint', () => {
  const text = 'Boyko took the stand.';
  const toks = scanTokens(text);
  assert.deepEqual(toks.map((_, k) => tokenPos(text, toks, k)), [0, 0, POS.PAST, 0, POS.FUNCTION, 0, POS.NOUN, 0]);
  withTokenMemo(undefined, () => {
    const a = tokensOf(text);
    assert.equal(tokenPos(text, a, 2), POS.PAST);
    assert.equal(tokensOf(text), a);
  });
});
