/**
 * Shrunk cases of failures the properties and `npm run stress` found, kept as exact tests.
 * (Invented text; the stress run found them on generated drafts and corpus articles.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText, lint, lintText, resolveConfig, ParagraphCache } from '../../../server/out/engine/index.js';
import { checkCacheSequence, checkFixAll } from './checks';

const bbc = resolveConfig([{ source: 'regressions', raw: { extends: ['newslint:bbc'] } }]);
const nyt = resolveConfig([{ source: 'regressions', raw: { extends: ['newslint:nyt'] } }]);

test('BBC/NYT courtesy titles: a "Mr" the person index did not attach is not added again (was "Mr Mr Mr … Haddad")', () => {
  const text = 'Ferry cuts\n\nTomasz Haddad, the mayor, spoke.\n\nMr Haddad left early. Later Mr Haddad came back.\n\nSpeaking in Dunford Mr Haddad said it.\n';
  for (const config of [bbc, nyt]) {
    const at = text.indexOf('Haddad said');
    assert.deepEqual(
      lint(text, { config }).filter((f) => f.ruleId === 'later-reference' && f.start === at),
      [],
    );
    const r = checkFixAll(text, { config });
    assert.doesNotMatch(r.text, /Mr\.? Mr/);
  }
  assert.equal(fixText(text, { config: bbc }).text, text);
});

test('a first-reference fix never carries another name across a sentence end (roles took "Marta Hadad. senator" as a title)', () => {
  const text = 'Ferry cuts\n\nOluwaseun Nakamura spoke.\n\nThe mayor is Marta Hadad. senator Oluwaseun Nakamura said no.\n';
  assert.equal(fixText(text).text, 'Ferry cuts\n\nSenator Oluwaseun Nakamura spoke.\n\nThe mayor is Marta Hadad. Nakamura said no.\n');
  checkFixAll(text);
});

test('with a cache, two paragraphs with the same text do not share a bridged quote (the unclosed one was missed)', () => {
  // Paragraph 0 "“We go" is bridged by the closing mark of `h"`; the heading "“We go" is not.
  // (The first line runs on in lower case: a lede, not a headline, so its quote is checked too.)
  const text = '“We go\nh"\n“We go\n-';
  const want = [
    { start: 0, end: 9, message: 'Quote has no speaker', data: { quote: 0 }, ruleId: 'quote-attribution', severity: 'warning' },
    {
      start: 8, end: 9, message: 'Mixed quote marks: curly opening “ with straight closing "',
      fix: { edits: [{ start: 8, end: 9, text: '”' }], desc: "Use ” to match the draft's quote marks" },
      data: { kind: 'mixed', mark: '"', replacement: '”' }, ruleId: 'quote-marks', severity: 'warning',
    },
    { start: 10, end: 11, message: 'Quote mark opened here is never closed', data: { kind: 'unclosed', mark: '“' }, ruleId: 'quote-marks', severity: 'warning' },
  ];
  assert.deepEqual(lint(text), want);
  assert.deepEqual(lint(text, { cache: new ParagraphCache() }), want);
  checkCacheSequence(['x', text, text + ' ']);
});
