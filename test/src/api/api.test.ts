/** `require('newslint')`: lint(text, options) → findings, fix(text, options) → text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint, fix, rules, ConfigError } from '../../../server/out/api.js';

const QUOTE = 'Ferry strike\n\n"We will not go back to the pier."\n';

function desk(config: object): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-api-')));
  fs.writeFileSync(path.join(dir, '.newslintrc.json'), JSON.stringify(config));
  return dir;
}

test('lint: the findings of a draft, as -f json reports messages', () => {
  assert.deepEqual(lint(QUOTE), [
    { ruleId: 'quote-attribution', severity: 1, message: 'Quote has no speaker', line: 3, column: 1, endLine: 3, endColumn: 35, offset: 14, endOffset: 48 },
  ]);
  assert.deepEqual(lint('Ferry\n\n“We go,” Ada Quill, the harbour master, said.\n'), []);
});

test('lint: a fixable finding carries its fix as a range of the original text', () => {
  const [f] = lint('Ferry\n\n"We go,” she said.\n');
  assert.deepEqual([f.ruleId, f.offset, f.endOffset, f.fix], ['quote-marks', 7, 8, { range: [7, 8], text: '“' }]);
});

test('options.config replaces the config file; options.filePath finds the nearest .newslintrc.json', () => {
  assert.deepEqual(lint(QUOTE, { config: { rules: { 'quote-attribution': 'off' } } }), []);
  const dir = desk({ rules: { 'quote-attribution': 'error' } });
  try {
    assert.deepEqual(lint(QUOTE, { filePath: path.join(dir, 'sub', 'story.md') }).map((m) => [m.ruleId, m.severity]), [['quote-attribution', 2]]);
    assert.deepEqual(lint(QUOTE, { filePath: path.join(dir, 'story.md'), config: {} }).map((m) => m.severity), [1]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('fix: the text with every safe fix applied; unchanged without one', () => {
  assert.equal(fix('Ferry\n\n"We go,” she said.\n'), 'Ferry\n\n“We go,” she said.\n');
  assert.equal(fix(QUOTE), QUOTE);
});

test('a bad configuration throws a ConfigError naming the file and the key', () => {
  const dir = desk({ rules: { 'quote-atribution': 'error' } });
  try {
    assert.throws(() => lint(QUOTE, { filePath: path.join(dir, 'story.md') }), (e: unknown) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, /\.newslintrc\.json:1:\d+: rules\.quote-atribution: unknown rule "quote-atribution"/);
      return true;
    });
    assert.throws(() => fix(QUOTE, { config: { rules: { nope: 'off' } } }), /options\.config: rules\.nope: unknown rule "nope"/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('rules lists the rule ids', () => {
  assert.deepEqual(rules, ['quote-attribution', 'quote-marks', 'name-consistency', 'first-reference', 'title-case', 'later-reference']);
});
