// What a real --fix reports (ESLint's `output` on rewritten drafts, the findings left after the
// fix), and --staged --fix with --across-files. Drafts are invented for the tests; Zelensky is a
// public figure with made-up sentences (the AP profile spells the name Zelenskyy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cli, tree, rm, repo, validateSarif, UNATTRIBUTED, CLEAN, MIXED } from './helpers';

const NO_SPEAKER = 'Quote has no speaker';
const MIXED_MSG = 'Mixed quote marks: straight opening " with curly closing ”';
/** An unattributed quote, and a mixed pair further down (a same-length fix). */
const BOTH = UNATTRIBUTED.replace('"We will not back down,"', '"We will not back down,”');
const NOT_CLOSED = 'Quote mark opened here is never closed';

// Across files: the own fix (mixed pair) and the house spelling (one character longer) move the
// unclosed mark of the last paragraph by one UTF-16 unit.
const TALKS = '# Talks\n\n"The talks went well,” said Ukrainian President Volodymyr Zelensky on Monday.\n\nThe mayor added that the harbour "would reopen in May.\n';
const TALKS_FIXED = '# Talks\n\n"The talks went well," said Ukrainian President Volodymyr Zelenskyy on Monday.\n\nThe mayor added that the harbour "would reopen in May.\n';
const VISIT = '# Visit\n\nUkrainian President Volodymyr Zelenskyy visited the port on Tuesday.\n';
const PORT = '# Port\n\nUkrainian President Volodymyr Zelensky toured the docks.\n';
const PORT_FIXED = PORT.replace('Zelensky', 'Zelenskyy');

const quoteAttribution = { ruleId: 'quote-attribution', severity: 1, message: NO_SPEAKER, line: 3, column: 1, endLine: 3, endColumn: 52, offset: 34, endOffset: 85 };
const notClosedAfterFix = { ruleId: 'quote-marks', severity: 1, message: NOT_CLOSED, line: 5, column: 34, endLine: 5, endColumn: 35, offset: 122, endOffset: 123 };
const clean = (filePath: string) => ({ filePath, messages: [], errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });

test('JSON after --fix: `output` on each rewritten draft only, with the findings left after the fix, as --fix-dry-run', async () => {
  const dir = tree({ 'both.md': BOTH, 'clean.md': CLEAN, 'mixed.md': MIXED, 'un.md': UNATTRIBUTED });
  const untouched = ['clean.md', 'un.md'].map((f) => fs.statSync(path.join(dir, f)));
  const dry = await cli(['.', '-f', 'json', '--fix-dry-run'], { cwd: dir });
  assert.equal(fs.readFileSync(path.join(dir, 'both.md'), 'utf8'), BOTH, 'a dry run writes nothing');
  const r = await cli(['.', '-f', 'json', '--fix'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, dry.stdout, '--fix reports what --fix-dry-run announced');
  assert.deepEqual(JSON.parse(r.stdout), [
    { filePath: path.join(dir, 'both.md'), messages: [quoteAttribution], errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, output: UNATTRIBUTED },
    clean(path.join(dir, 'clean.md')),
    { ...clean(path.join(dir, 'mixed.md')), output: MIXED.replace('"The', '“The') },
    { filePath: path.join(dir, 'un.md'), messages: [quoteAttribution], errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0 },
  ]);
  assert.equal(fs.readFileSync(path.join(dir, 'both.md'), 'utf8'), UNATTRIBUTED);
  assert.equal(fs.readFileSync(path.join(dir, 'mixed.md'), 'utf8'), MIXED.replace('"The', '“The'));
  ['clean.md', 'un.md'].forEach((f, i) => {
    const st = fs.statSync(path.join(dir, f));
    assert.deepEqual([st.ino, st.mtimeMs], [untouched[i].ino, untouched[i].mtimeMs], `${f} is not rewritten`);
  });
  // A second run has nothing left to fix: no draft is rewritten, so none has `output`.
  const again = JSON.parse((await cli(['.', '-f', 'json', '--fix'], { cwd: dir })).stdout) as Record<string, unknown>[];
  assert.deepEqual(again.map((x) => 'output' in x), [false, false, false, false]);
  // The stylish report of a real --fix shows what is left, never a "would change" diff.
  fs.writeFileSync(path.join(dir, 'mixed.md'), MIXED);
  assert.deepEqual(await cli(['mixed.md', '--fix'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  // With --quiet (errors only) the rewritten draft still carries `output`.
  fs.writeFileSync(path.join(dir, 'mixed.md'), MIXED);
  assert.deepEqual(JSON.parse((await cli(['mixed.md', '--fix', '--quiet', '-f', 'json'], { cwd: dir })).stdout), [{ ...clean(path.join(dir, 'mixed.md')), output: MIXED.replace('"The', '“The') }]);
  rm(dir);
});

test('JSON after --fix: a draft that could not be written has no `output`, and its findings are those of the file as it stays', async () => {
  const dir = tree({ 'blocked.md': MIXED, 'ok.md': MIXED });
  const tmp = path.join(dir, `.blocked.md.newslint-${process.pid}.tmp`);
  fs.mkdirSync(tmp);
  const r = await cli(['blocked.md', 'ok.md', '-f', 'json', '--fix'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `newslint: blocked.md: could not write the fixed file (${tmp} is in the way); the original is unchanged\n`);
  assert.deepEqual(JSON.parse(r.stdout), [
    {
      filePath: path.join(dir, 'blocked.md'),
      messages: [{ ruleId: 'quote-marks', severity: 1, message: MIXED_MSG, line: 3, column: 1, endLine: 3, endColumn: 2, offset: 10, endOffset: 11, fix: { range: [10, 11], text: '“' } }],
      errorCount: 0,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 1,
    },
    { ...clean(path.join(dir, 'ok.md')), output: MIXED.replace('"The', '“The') },
  ]);
  assert.equal(fs.readFileSync(path.join(dir, 'blocked.md'), 'utf8'), MIXED);
  rm(dir);
});

test('--across-files --fix: `output` holds the own and the cross-file fixes; findings left are placed in the fixed text; SARIF reports them alone', async () => {
  const dir = tree({ 'a.md': TALKS, 'b.md': VISIT, 'd.md': PORT });
  const dry = await cli(['.', '--across-files', '-f', 'json', '--fix-dry-run'], { cwd: dir });
  const drySarif = await cli(['.', '--across-files', '-f', 'sarif', '--fix-dry-run'], { cwd: dir });
  const r = await cli(['.', '--across-files', '-f', 'json', '--fix'], { cwd: dir });
  assert.deepEqual([r.code, r.stderr], [0, '']);
  assert.equal(r.stdout, dry.stdout);
  assert.deepEqual(JSON.parse(r.stdout), [
    { filePath: path.join(dir, 'a.md'), messages: [notClosedAfterFix], errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, output: TALKS_FIXED },
    clean(path.join(dir, 'b.md')),
    { ...clean(path.join(dir, 'd.md')), output: PORT_FIXED },
  ]);
  assert.equal(TALKS_FIXED.slice(122, 123), '"');
  assert.deepEqual(['a.md', 'b.md', 'd.md'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')), [TALKS_FIXED, VISIT, PORT_FIXED]);
  // SARIF has no member for a rewritten file's text (artifact.contents would repeat the file now on
  // disk): it reports the findings left, at their place in the fixed file, as the dry run does.
  fs.writeFileSync(path.join(dir, 'a.md'), TALKS);
  fs.writeFileSync(path.join(dir, 'd.md'), PORT);
  const s = await cli(['.', '--across-files', '-f', 'sarif', '--fix'], { cwd: dir });
  assert.equal(s.code, 0);
  assert.equal(s.stdout, drySarif.stdout);
  const log = JSON.parse(s.stdout);
  validateSarif(log);
  assert.deepEqual(
    log.runs[0].results.map((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[]; fixes?: unknown }) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region, x.fixes]),
    [['quote-marks', 'a.md', { startLine: 5, startColumn: 34, endLine: 5, endColumn: 35, charOffset: 122, charLength: 1 }, undefined]],
  );
  assert.deepEqual(log.runs[0].artifacts, [{ location: { uri: 'a.md', uriBaseId: '%SRCROOT%' } }, { location: { uri: 'b.md', uriBaseId: '%SRCROOT%' } }, { location: { uri: 'd.md', uriBaseId: '%SRCROOT%' } }]);
  assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), TALKS_FIXED);
  rm(dir);
});

test('--staged --fix --across-files fixes and re-stages drafts whose working copy is the staged one; partially staged drafts are left alone', async () => {
  const r = repo();
  r.write('a.md', TALKS);
  r.write('b.md', VISIT);
  r.write('c.md', TALKS.replace('Talks', 'Talks again'));
  r.write('d.md', PORT);
  r.write('e.md', PORT.replace('Port', 'Docks'));
  r.write('notes.md', '# Notes\n\nUnstaged Volodymyr Zelensky.\n');
  r.git('add', 'a.md', 'b.md', 'c.md', 'd.md', 'e.md');
  const unstaged = '\nAn unstaged paragraph.\n';
  r.write('c.md', TALKS.replace('Talks', 'Talks again') + unstaged);
  r.write('e.md', PORT.replace('Port', 'Docks') + unstaged);
  const out = await cli(['--staged', '--fix', '--across-files', '-f', 'json'], { cwd: r.dir });
  assert.equal(out.code, 0);
  assert.equal(
    out.stderr,
    'newslint: c.md: not fixed: the file has unstaged changes (fix it and stage it, or stage the changes first)\n' +
      'newslint: e.md: not fixed: the file has unstaged changes (fix it and stage it, or stage the changes first)\n',
    'one notice per draft, even when both its own and the cross-file fixes are held back',
  );
  const spelling = (line: number, column: number, offset: number, others: number) => ({
    ruleId: 'name-consistency',
    severity: 1,
    message: `'Zelensky' here; 'Zelenskyy' in ${others} other file${others === 1 ? '' : 's'}`,
    line,
    column,
    endLine: line,
    endColumn: column + 8,
    offset,
    endOffset: offset + 8,
    fix: { range: [offset, offset + 8], text: 'Zelenskyy' },
  });
  assert.deepEqual(JSON.parse(out.stdout), [
    { filePath: path.join(r.dir, 'a.md'), messages: [notClosedAfterFix], errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0, output: TALKS_FIXED },
    clean(path.join(r.dir, 'b.md')),
    {
      filePath: path.join(r.dir, 'c.md'),
      messages: [
        { ruleId: 'quote-marks', severity: 1, message: MIXED_MSG, line: 3, column: 22, endLine: 3, endColumn: 23, offset: 36, endOffset: 37, fix: { range: [36, 37], text: '"' } },
        spelling(3, 59, 73, 3),
        { ruleId: 'quote-marks', severity: 1, message: NOT_CLOSED, line: 5, column: 34, endLine: 5, endColumn: 35, offset: 127, endOffset: 128 },
      ],
      errorCount: 0,
      warningCount: 3,
      fixableErrorCount: 0,
      fixableWarningCount: 2,
    },
    { ...clean(path.join(r.dir, 'd.md')), output: PORT_FIXED },
    { filePath: path.join(r.dir, 'e.md'), messages: [spelling(3, 31, 39, 3)], errorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 1 },
  ]);
  const work = (f: string) => fs.readFileSync(path.join(r.dir, f), 'utf8');
  const index = (f: string) => r.git('show', `:${f}`).out;
  // Fixed drafts: the working copy and the index hold the same fixed text.
  assert.deepEqual([work('a.md'), index('a.md')], [TALKS_FIXED, TALKS_FIXED]);
  assert.deepEqual([work('d.md'), index('d.md')], [PORT_FIXED, PORT_FIXED]);
  assert.deepEqual([work('b.md'), index('b.md')], [VISIT, VISIT]);
  // Partially staged drafts: both copies exactly as they were.
  assert.deepEqual([work('c.md'), index('c.md')], [TALKS.replace('Talks', 'Talks again') + unstaged, TALKS.replace('Talks', 'Talks again')]);
  assert.deepEqual([work('e.md'), index('e.md')], [PORT.replace('Port', 'Docks') + unstaged, PORT.replace('Port', 'Docks')]);
  // An unstaged draft is neither linted nor touched.
  assert.equal(work('notes.md'), '# Notes\n\nUnstaged Volodymyr Zelensky.\n');
  assert.equal(r.git('status', '--porcelain').out, 'A  a.md\nA  b.md\nAM c.md\nA  d.md\nAM e.md\n?? .gitignore\n?? notes.md\n');
  assert.deepEqual(
    fs.readdirSync(r.dir).filter((f) => f.includes('newslint-')),
    [],
    'no temporary file left',
  );
  r.done();
});

test('--staged --fix --across-files: a cross-file fix that cannot be written leaves the draft and its index entry intact', async () => {
  const r = repo();
  r.write('b.md', VISIT);
  r.write('d.md', PORT + '\nThe docks reopen on Friday.\n');
  r.git('add', 'b.md', 'd.md');
  const tmp = path.join(r.dir, `.d.md.newslint-${process.pid}.tmp`);
  fs.mkdirSync(tmp);
  const out = await cli(['--staged', '--fix', '--across-files', '-f', 'compact'], { cwd: r.dir });
  assert.equal(out.code, 2);
  assert.equal(out.stderr, `newslint: d.md: could not write the fixed file (${tmp} is in the way); the original is unchanged\n`);
  assert.equal(out.stdout, "d.md: line 3, col 31, Warning - 'Zelensky' here; 'Zelenskyy' in 1 other file (name-consistency)\n\n1 problem\n");
  const text = PORT + '\nThe docks reopen on Friday.\n';
  assert.deepEqual([fs.readFileSync(path.join(r.dir, 'd.md'), 'utf8'), r.git('show', ':d.md').out], [text, text]);
  fs.rmdirSync(tmp);
  // Once the way is clear the same command fixes and stages it; the commit then holds the fix.
  const ok = await cli(['--staged', '--fix', '--across-files', '-f', 'json'], { cwd: r.dir });
  assert.equal(ok.code, 0, ok.stderr);
  assert.deepEqual(JSON.parse(ok.stdout), [clean(path.join(r.dir, 'b.md')), { ...clean(path.join(r.dir, 'd.md')), output: text.replace('Zelensky', 'Zelenskyy') }]);
  assert.equal(r.git('show', ':d.md').out, text.replace('Zelensky', 'Zelenskyy'));
  assert.equal(r.git('status', '--porcelain').out, 'A  b.md\nA  d.md\n?? .gitignore\n');
  r.done();
});

test('a finding whose fix --fix cannot apply is not counted as potentially fixable ("Sergei Lavrov foreign minister Lavrov")', async () => {
  const draft = 'Lavrov talks\n\nSergei Lavrov foreign minister Lavrov said the talks would go on.\n';
  const dir = tree({ 'l.md': draft });
  const r = await cli(['l.md'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '\nl.md\n  3:1  warning  Sergei Lavrov is introduced without a title or role  first-reference\n\n✖ 1 problem (0 errors, 1 warning)\n');
  const json = JSON.parse((await cli(['l.md', '-f', 'json'], { cwd: dir })).stdout) as { fixableWarningCount: number }[];
  assert.equal(json[0].fixableWarningCount, 0);
  assert.deepEqual(await cli(['l.md', '--fix'], { cwd: dir }), { code: 0, stdout: r.stdout, stderr: '' });
  assert.equal(fs.readFileSync(path.join(dir, 'l.md'), 'utf8'), draft);
  rm(dir);
});
