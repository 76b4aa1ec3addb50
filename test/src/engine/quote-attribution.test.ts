import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, applyFixesOnce, type Finding, type ResolvedConfig } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

// Invented drafts: fictional people, or public figures with made-up words.
const HEAD = 'Talks in Geneva\n\n';

function config(options?: Record<string, unknown>): ResolvedConfig {
  const c = defaultConfig();
  for (const id of Object.keys(c.rules)) c.rules[id] = { severity: 'off', options: {} };
  c.rules['quote-attribution'] = { severity: 'warning', options: options ?? {} };
  return c;
}

function flags(text: string, options?: Record<string, unknown>): Finding[] {
  return lint(text, { config: config(options) }).filter((f) => f.ruleId === 'quote-attribution');
}

test('an unattributed direct quote is flagged over the whole quote, marks included', () => {
  const text = HEAD + 'The weather in Geneva was grey all week.\n\n"We have no money left for repairs of any kind."';
  const f = flags(text);
  assert.equal(f.length, 1);
  const start = text.indexOf('"We have');
  assert.equal(f[0].start, start);
  assert.equal(f[0].end, text.length);
  assert.equal(f[0].message, 'Quote has no speaker');
  assert.equal(f[0].severity, 'warning');
  assert.equal(f[0].fix, undefined);
});

test('attributed quotes are not flagged', () => {
  const drafts = [
    '"We have no money left for repairs," the mayor said.',
    'Lavrov said: "We will not give in to pressure from anyone."',
    '"We will," she said, "win the vote in March next year."',
    'Lavrov said the talks had failed.\n\n"The other side knows exactly what it has to do."',
    '"We will not return to the table," Lavrov said.\n\n"The other side knows exactly what it has to do."',
  ];
  for (const d of drafts) assert.deepEqual(flags(HEAD + d), [], d);
});

test('scare quotes, titles and short quotes inside a sentence are not flagged', () => {
  const drafts = [
    'The weather was grey.\n\nThe so-called "special operation" went on.',
    'The weather was grey.\n\nShe read "War and Peace" twice that winter.',
    'The weather was grey.\n\nThe plan was "a bad deal" overall.',
  ];
  for (const d of drafts) assert.deepEqual(flags(HEAD + d), [], d);
});

test('headline quotes are not flagged', () => {
  assert.deepEqual(flags('"We will never give up on this city"\n\nThe mayor spoke on Monday.'), []);
});

test('minWords option: a four-word quoted fragment with no subject', () => {
  const text = HEAD + 'The weather was grey.\n\nOn Monday there was "no sign of any progress" at all.';
  const fragment = '"no sign of any progress"';
  const f = flags(text);
  assert.equal(f.length, 1);
  assert.equal(f[0].start, text.indexOf(fragment));
  assert.equal(f[0].end, text.indexOf(fragment) + fragment.length);
  assert.deepEqual(flags(text, { minWords: 6 }), []);
});

test('a short quote that is a sentence of its own is still flagged', () => {
  const text = HEAD + 'The weather was grey.\n\n"Never again."';
  const f = flags(text);
  assert.equal(f.length, 1);
  assert.equal(f[0].start, text.indexOf('"Never'));
});

test('suggestions name the people most recently named, newest first, and edit like copy', () => {
  const text =
    HEAD +
    'Sergey Lavrov met Antony Blinken on Monday. Defence minister Maria Stone stayed away.\n\nThe weather was grey.\n\n"We will win the argument in the end."';
  const f = flags(text);
  assert.equal(f.length, 1);
  const s = f[0].suggestions ?? [];
  assert.deepEqual(
    s.map((x) => x.desc),
    ['Attribute to Maria Stone', 'Attribute to Antony Blinken', 'Attribute to Sergey Lavrov'],
  );
  // The last sentence-final full stop becomes a comma; the credit follows the closing mark.
  const fixed = applyFixesOnce(text, [s[2].fix]).text;
  assert.ok(fixed.endsWith('"We will win the argument in the end," Lavrov said.'), fixed);
  assert.equal(fixed.slice(0, text.indexOf('"We will')), text.slice(0, text.indexOf('"We will')));
  // Every edit lies within the finding's range.
  for (const e of s[0].fix.edits) assert.ok(e.start >= f[0].start && e.end <= f[0].end);
});

test('suggestion text for ? ! and punctuation outside the marks', () => {
  const cases: [string, string][] = [
    ['"Who will pay for all of this?"', '"Who will pay for all of this?" Lavrov said.'],
    ['"Nobody will pay for any of it!"', '"Nobody will pay for any of it!" Lavrov said.'],
    ['"Nobody will pay for any of it".', '"Nobody will pay for any of it", Lavrov said.'],
  ];
  for (const [quote, want] of cases) {
    const text = HEAD + 'Sergey Lavrov was in town.\n\nThe weather was grey.\n\n' + quote;
    const f = flags(text);
    assert.equal(f.length, 1, quote);
    const s = f[0].suggestions ?? [];
    assert.equal(s[0].desc, 'Attribute to Sergey Lavrov');
    assert.ok(applyFixesOnce(text, [s[0].fix]).text.endsWith(want), quote);
  }
});

test('after applying a suggestion the quote is attributed', () => {
  const text = HEAD + 'Sergey Lavrov was in town.\n\nThe weather was grey.\n\n"We will win the argument in the end."';
  const s = flags(text)[0].suggestions ?? [];
  const fixed = applyFixesOnce(text, [s[0].fix]).text;
  assert.deepEqual(flags(fixed), []);
});

test('no suggestions when nobody is named before the quote', () => {
  const text = HEAD + 'The weather was grey.\n\n"We have no money left for repairs of any kind."';
  const f = flags(text);
  assert.equal(f.length, 1);
  assert.equal(f[0].suggestions, undefined);
});

test('default options are declared for configuration', async () => {
  const { ruleById } = await import('../../../server/out/engine/index.js');
  const rule = ruleById('quote-attribution');
  assert.deepEqual(rule?.defaultOptions, { minWords: 4 });
  assert.equal(rule?.defaultSeverity, 'warning');
  assert.equal(rule?.fixable, false);
});

test('a short quote followed by more of the sentence is a fragment, not flagged', () => {
  assert.deepEqual(flags(HEAD + 'The weather was grey.\n\n"Global warming" features high on the list.'), []);
});
