import { test } from 'node:test';
import assert from 'node:assert/strict';
import nlp from 'compromise';
import { lexiconCategories, LEXICON_CATEGORIES, isGivenName, isKnownSurname, isPlace, isCommonWord, isMultiwordPlace } from '../../../server/out/engine/names.js';
import { LEXICON_DATA, LEXICON_VERSION } from '../../../server/out/engine/lexicon-data.js';

test('the stored lexicon equals compromise\'s (else run server/scripts/build-lexicon.js)', () => {
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } }; version: string });
  assert.equal(LEXICON_VERSION, world.version);
  const cats = lexiconCategories(world.world().model.one.lexicon);
  for (const c of LEXICON_CATEGORIES) {
    assert.deepEqual(LEXICON_DATA[c].split('\n'), [...cats[c]].sort(), `category ${c}`);
  }
  assert.ok(cats.given.size > 3000 && cats.common.size > 10000);
});

test('lexicon look-ups work without loading compromise', () => {
  assert.deepEqual([isGivenName('Aaron'), isKnownSurname('Smith'), isPlace('Kenya'), isCommonWord('Budget'), isCommonWord('Okafor')], [true, true, true, true, false]);
  assert.equal(isMultiwordPlace(['Sri', 'Lanka']), true);
});
