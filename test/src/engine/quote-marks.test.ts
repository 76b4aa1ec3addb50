import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, fixText, ruleById } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

/** Default configuration with every rule but quote-marks off. */
function onlyQuoteMarks(severity: 'warning' | 'error' = 'warning') {
  const config = defaultConfig();
  for (const id of Object.keys(config.rules)) config.rules[id] = { severity: 'off', options: {} };
  config.rules['quote-marks'] = { severity, options: {} };
  return config;
}

function findings(text: string, format: 'plain' | 'markdown' = 'plain') {
  return lintText(text, { format, config: onlyQuoteMarks() }).findings.map((f) => [f.start, f.end, f.message, f.ruleId, f.severity, f.fix?.edits ?? null]);
}

test('rule metadata', () => {
  const rule = ruleById('quote-marks');
  assert.ok(rule);
  assert.equal(rule.defaultSeverity, 'warning');
  assert.equal(rule.fixable, true);
});

test('unclosed, unopened and mixed marks with exact ranges, messages and fixes', () => {
  const text = 'Headline\n\n"It is a lie, I can tell you that right here,” Lavrov said.\n\nIt was over," he said.\n\nShe said: "';
  assert.deepEqual(findings(text), [
    [55, 56, 'Mixed quote marks: straight opening " with curly closing ”', 'quote-marks', 'warning', [{ start: 55, end: 56, text: '"' }]],
    [83, 84, 'Closing quote mark has no opening mark', 'quote-marks', 'warning', null],
    [105, 106, 'Quote mark opened here is never closed', 'quote-marks', 'warning', null],
  ]);
});

test('the mixed fix follows the dominant style: straight marks win when they are the majority', () => {
  const text = 'Headline\n\n"We met," he said. "It is a lie,” Lavrov said.';
  const f = lintText(text, { format: 'plain', config: onlyQuoteMarks() }).findings;
  assert.equal(f.length, 1);
  assert.equal(f[0].message, 'Mixed quote marks: straight opening " with curly closing ”');
  assert.deepEqual([f[0].start, f[0].end, f[0].fix?.edits], [42, 43, [{ start: 42, end: 43, text: '"' }]]);
  const fixed = fixText(text, { format: 'plain', config: onlyQuoteMarks() });
  assert.equal(fixed.text, 'Headline\n\n"We met," he said. "It is a lie," Lavrov said.');
  assert.deepEqual(findings(fixed.text), []);
});

test('a curly opening mark used to close is named as such, and fixed to the closing mark', () => {
  const text = 'Headline\n\n“Rates will rise,“ she said.';
  assert.deepEqual(findings(text), [
    [27, 28, 'Mixed quote marks: curly opening “ with “ used as closing mark', 'quote-marks', 'warning', [{ start: 27, end: 28, text: '”' }]],
  ]);
  assert.equal(fixText(text, { format: 'plain', config: onlyQuoteMarks() }).text, 'Headline\n\n“Rates will rise,” she said.');
});

test('running quotes, nested quotes and apostrophes raise nothing', () => {
  const text =
    'Headline\n\n"We will rebuild the school.\n\n"It opens in May," the mayor said. It took 26 weeks. "We are back. "Nobody stops us," he said.\n\n' +
    "Putin’s aides, the ’90s, rock ’n’ roll and the Joneses' dog. \"He said 'never again', and left.\"";
  assert.deepEqual(findings(text), []);
});

test('configured severity is used and inline directives silence the rule', () => {
  const text = 'Headline\n\n<!-- newslint-disable-next-line quote-marks -->\nIt was over," he said.\n\nIt was done," she said.';
  const f = lintText(text, { format: 'markdown', config: onlyQuoteMarks('error') }).findings;
  assert.deepEqual(f.map((x) => [x.start, x.severity]), [[text.lastIndexOf('"'), 'error']]);
});

test('quote marks in Markdown code, comments, link targets and front matter are never reported', () => {
  const text = '---\ntitle: Plan B\nsubtitle: "unclosed\n---\n\nSee [the plan](https://x.org/?a="1) and `"code` here. <!-- "note -->\n\n```\n"open\n```\n';
  assert.deepEqual(findings(text, 'markdown'), []);
});
