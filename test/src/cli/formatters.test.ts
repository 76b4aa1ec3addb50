import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatters, type FormatContext, type LintFileResult } from '../../../server/out/formatters/index.js';
import { lineStartsOf, mergeFix, position, toMessage } from '../../../server/out/cli.js';
import { validateSarif } from './helpers';

const cwd = '/desk';
const ctx: FormatContext = {
  cwd,
  version: '9.9.9',
  color: false,
  rules: [
    { id: 'quote-attribution', description: 'A direct quote needs a speaker.', defaultSeverity: 'warning', fixable: false },
    { id: 'quote-marks', description: 'Quote marks must open and close, in one style.', defaultSeverity: 'warning', fixable: true },
  ],
};

// A draft: `"Fine,” she said.\r\n\r\n“We won,” Quill said. "Really."` — two findings.
function sample(): LintFileResult[] {
  return [
    {
      filePath: '/desk/metro/council vote.md',
      displayPath: 'metro/council vote.md',
      messages: [
        { ruleId: 'quote-marks', severity: 1, message: 'Mixed quote marks: straight opening " with curly closing ”', line: 1, column: 1, endLine: 1, endColumn: 8, offset: 0, endOffset: 7, fix: { range: [0, 1], text: '“' } },
        { ruleId: 'quote-attribution', severity: 2, message: 'Quote has no speaker', line: 3, column: 22, endLine: 3, endColumn: 31, offset: 40, endOffset: 49, suggestions: [{ desc: 'Attribute to Ada Quill', fix: { range: [49, 49], text: ', Quill said' } }] },
      ],
      errorCount: 1,
      warningCount: 1,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 1,
    },
    { filePath: '/desk/clean.md', displayPath: 'clean.md', messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
  ];
}

test('stylish groups by file and ends with a summary line', () => {
  assert.equal(
    formatters.stylish(sample(), ctx),
    '\nmetro/council vote.md\n' +
      '  1:1   warning  Mixed quote marks: straight opening " with curly closing ”  quote-marks\n' +
      '  3:22  error    Quote has no speaker                                        quote-attribution\n' +
      '\n✖ 2 problems (1 error, 1 warning)\n' +
      '  0 errors and 1 warning potentially fixable with the `--fix` option.\n',
  );
  assert.equal(formatters.stylish([sample()[1]], ctx), '');
});

test('compact is one line per finding', () => {
  assert.equal(
    formatters.compact(sample(), ctx),
    'metro/council vote.md: line 1, col 1, Warning - Mixed quote marks: straight opening " with curly closing ” (quote-marks)\n' +
      'metro/council vote.md: line 3, col 22, Error - Quote has no speaker (quote-attribution)\n\n2 problems\n',
  );
});

test('json is ESLint JSON with offsets', () => {
  const out = JSON.parse(formatters.json(sample(), ctx));
  assert.deepEqual(out[1], { filePath: '/desk/clean.md', messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
  assert.deepEqual(out[0].messages[1], { ruleId: 'quote-attribution', severity: 2, message: 'Quote has no speaker', line: 3, column: 22, endLine: 3, endColumn: 31, offset: 40, endOffset: 49, suggestions: [{ desc: 'Attribute to Ada Quill', fix: { range: [49, 49], text: ', Quill said' } }] });
});

test('github annotations escape data and properties', () => {
  const r = sample();
  r[0].messages[1].message = 'Quote has no speaker: 50% sure\nreally';
  assert.equal(
    formatters.github(r, ctx),
    '::warning file=metro/council vote.md,line=1,col=1,endLine=1,endColumn=8,title=newslint (quote-marks)::Mixed quote marks: straight opening " with curly closing ”\n' +
      '::error file=metro/council vote.md,line=3,col=22,endLine=3,endColumn=31,title=newslint (quote-attribution)::Quote has no speaker: 50%25 sure%0Areally\n',
  );
});

test('checkstyle and junit are well-formed XML with escaped text', () => {
  const r = sample();
  r[0].messages[1].message = 'Quote <has> no "speaker" & more\u0001';
  assert.equal(
    formatters.checkstyle(r, ctx),
    '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n' +
      '  <file name="/desk/metro/council vote.md">\n' +
      '    <error line="1" column="1" severity="warning" message="Mixed quote marks: straight opening &quot; with curly closing ” (quote-marks)" source="newslint.rules.quote-marks" />\n' +
      '    <error line="3" column="22" severity="error" message="Quote &lt;has&gt; no &quot;speaker&quot; &amp; more (quote-attribution)" source="newslint.rules.quote-attribution" />\n' +
      '  </file>\n  <file name="/desk/clean.md">\n  </file>\n</checkstyle>\n',
  );
  assert.equal(
    formatters.junit(r, ctx),
    '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n' +
      '  <testsuite package="newslint" time="0" tests="2" errors="0" failures="2" name="metro/council vote.md">\n' +
      '    <testcase time="0" name="newslint.quote-marks" classname="metro/council vote.md">\n' +
      '      <failure message="Mixed quote marks: straight opening &quot; with curly closing ”" type="warning">line 1, col 1, Warning - Mixed quote marks: straight opening &quot; with curly closing ” (quote-marks)</failure>\n' +
      '    </testcase>\n' +
      '    <testcase time="0" name="newslint.quote-attribution" classname="metro/council vote.md">\n' +
      '      <failure message="Quote &lt;has&gt; no &quot;speaker&quot; &amp; more" type="error">line 3, col 22, Error - Quote &lt;has&gt; no &quot;speaker&quot; &amp; more (quote-attribution)</failure>\n' +
      '    </testcase>\n  </testsuite>\n' +
      '  <testsuite package="newslint" time="0" tests="1" errors="0" failures="0" name="clean.md">\n' +
      '    <testcase time="0" name="newslint" classname="clean.md" />\n  </testsuite>\n</testsuites>\n',
  );
});

test('sarif is a valid SARIF 2.1.0 log with rule metadata, locations and fixes', () => {
  const log = JSON.parse(formatters.sarif(sample(), ctx));
  validateSarif(log);
  const run = log.runs[0];
  assert.equal(log.version, '2.1.0');
  assert.deepEqual(run.tool.driver.rules[1], {
    id: 'quote-marks',
    name: 'QuoteMarks',
    shortDescription: { text: 'Quote marks must open and close, in one style.' },
    defaultConfiguration: { level: 'warning', enabled: true },
    properties: { fixable: true },
  });
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///desk/' } });
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.deepEqual(run.results[0], {
    ruleId: 'quote-marks',
    level: 'warning',
    message: { text: 'Mixed quote marks: straight opening " with curly closing ”' },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'metro/council%20vote.md', uriBaseId: '%SRCROOT%', index: 0 }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 8, charOffset: 0, charLength: 7 } } }],
    ruleIndex: 1,
    fixes: [{ description: { text: 'Safe fix (newslint --fix)' }, artifactChanges: [{ artifactLocation: { uri: 'metro/council%20vote.md', uriBaseId: '%SRCROOT%', index: 0 }, replacements: [{ deletedRegion: { charOffset: 0, charLength: 1 }, insertedContent: { text: '“' } }] }] }],
  });
  assert.equal(run.results[1].level, 'error');
  assert.deepEqual(run.results[1].fixes[0].description, { text: 'Attribute to Ada Quill' });
  // A path outside the working folder becomes an absolute file URI.
  const outside = JSON.parse(formatters.sarif([{ ...sample()[0], filePath: '/elsewhere/a b.md' }], ctx));
  validateSarif(outside);
  assert.equal(outside.runs[0].artifacts[0].location.uri, 'file:///elsewhere/a%20b.md');
});

test('the SARIF check rejects a broken log', () => {
  const log = JSON.parse(formatters.sarif(sample(), ctx));
  log.runs[0].results[0].fixes[0].artifactChanges[0].replacements = [];
  assert.throws(() => validateSarif(log));
  const log2 = JSON.parse(formatters.sarif(sample(), ctx));
  log2.runs[0].results[0].level = 'warn';
  assert.throws(() => validateSarif(log2));
});

test('positions: 1-based UTF-16 columns over CRLF, lone CR, BOM and emoji', () => {
  const text = '\uFEFF“A” 😀 x\r\nsecond\rthird\n';
  const starts = lineStartsOf(text);
  assert.deepEqual(starts, [0, 11, 18, 24]);
  assert.deepEqual(position(text, starts, 0), { line: 1, column: 1 });
  assert.deepEqual(position(text, starts, 1), { line: 1, column: 1 }, 'the BOM is not a visible column');
  assert.deepEqual(position(text, starts, 8), { line: 1, column: 8 }, 'the emoji counts two UTF-16 units');
  assert.deepEqual(position(text, starts, 12), { line: 2, column: 2 });
  assert.deepEqual(position(text, starts, 19), { line: 3, column: 2 });
});

test('a fix of several edits becomes one ESLint fix covering them', () => {
  const text = '"Yes,” he said. "No.”';
  assert.deepEqual(mergeFix(text, [{ start: 20, end: 21, text: '"' }, { start: 5, end: 6, text: '"' }]), { range: [5, 21], text: '" he said. "No."' });
  const m = toMessage({ ruleId: 'quote-marks', severity: 'info', message: 'm', start: 0, end: 6, fix: { edits: [{ start: 5, end: 6, text: '"' }] } }, text, lineStartsOf(text));
  assert.deepEqual(m, { ruleId: 'quote-marks', severity: 1, info: true, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 7, offset: 0, endOffset: 6, fix: { range: [5, 6], text: '"' } });
});

test('github paths are relative to GITHUB_WORKSPACE when it is set', () => {
  const out = formatters.github([sample()[0]], { ...ctx, cwd: '/desk/metro', githubWorkspace: '/desk' });
  assert.match(out, /^::warning file=metro\/council vote\.md,line=1,/);
});

test('a draft rewritten by --fix: json carries output; the other formats report the findings left and nothing more', () => {
  const fixedText = '“Fine,” she said.\r\n';
  const fixed: LintFileResult = { filePath: '/desk/fixed.md', displayPath: 'fixed.md', messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, output: fixedText };
  const plain = { ...fixed };
  delete plain.output;
  assert.deepEqual(JSON.parse(formatters.json([...sample(), fixed], ctx))[2], { filePath: '/desk/fixed.md', messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, output: fixedText });
  for (const name of ['stylish', 'compact', 'github', 'sarif', 'junit', 'checkstyle']) {
    assert.equal(formatters[name]([...sample(), fixed], ctx), formatters[name]([...sample(), plain], ctx), name);
  }
  // Only --fix-dry-run (output and source) adds the changed lines to stylish and compact.
  const dry = { ...fixed, source: '"Fine,” she said.\r\n' };
  assert.equal(formatters.compact([dry], ctx), '\nfixed.md: --fix would change\n  1\n  - "Fine,” she said.\n  + “Fine,” she said.\n');
});
