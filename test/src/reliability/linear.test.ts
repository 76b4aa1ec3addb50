/**
 * Work in proportion to the input, counted in operations (not timed: no wall-clock assertion in
 * `npm test`; `npm run bench` and `npm run stress` time the same shapes). A separate file because
 * counting slows every test of its process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
// first: operations are counted only in code compiled after it loads
import { growth } from '../ops-count';
import { lint, lintText, type LintOptions } from '../../../server/out/engine/index.js';
import { checkRanges, Violation } from './checks';
import { CONFIGS } from './configs';

function opts(ci: number, format: 'markdown' | 'plain'): LintOptions {
  return { config: CONFIGS[ci].config, format };
}

test('pathological inputs: work stays proportional to length (no quadratic blow-up)', () => {
  const patterns = [
    '"',
    '“',
    '« ',
    "'",
    '’s ',
    '‘a ',
    'Haddad ',
    'Mr Haddad said ',
    'Marta Kowalczyk, the mayor of Dunford, ',
    '[',
    '[a](',
    '<!-- ',
    '<!-- newslint-disable -->\n',
    '`',
    '```\n',
    '# ',
    '- ',
    '> ',
    '\r',
    '\n',
    '\r\n\r\n',
    '😀',
    'e\u0301',
    '\u0000',
    ', said ',
    '. ',
    'He said: “',
    'A B C D E F G H ',
    '“We will,” said Haddad. ',
    '“We will.\n\n',
  ];
  patterns.forEach((p, i) => {
    const fmt = i % 2 === 0 ? 'markdown' : 'plain';
    const repeated = (chars: number) => p.repeat(Math.ceil(chars / p.length));
    const text = repeated(10_000);
    let findings;
    try {
      findings = lintText(text, opts(2, fmt)).findings;
    } catch (err) {
      throw new Violation('engine never throws', `${JSON.stringify(p)} × ${text.length / p.length}: ${(err as Error).stack}`);
    }
    checkRanges(text, findings);
    // 8 times the characters: about 8 times the operations (a blow-up grows by far more).
    const g = growth((chars) => void lintText(repeated(chars), opts(2, fmt)), 1_250);
    assert.ok(g.ok, `${JSON.stringify(p)} (${fmt}) characters ${g.text}`);
  });
});

test('work grows linearly with one long line of attributed quotes', () => {
  const g = growth((n) => void lintText('“We will,” said Haddad. '.repeat(n), opts(0, 'markdown')), 250);
  assert.ok(g.ok, `quotes ${g.text}`);
});

test('a paragraph of 12,000 straight quotes is linted, in work linear in the quotes (nameColon backtracked: 133 s; timed in npm run bench)', () => {
  const text = '"'.repeat(12_000);
  const findings = lint(text);
  assert.ok(findings.every((f) => f.start >= 0 && f.end <= text.length));
  const g = growth((n) => void lint('"'.repeat(n)), 1_500);
  assert.ok(g.ok, `quotes ${g.text}`);
});
