import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, tree, rm, runAsNobody, validateSarif, UNATTRIBUTED, CLEAN, MIXED } from './helpers';

const NO_SPEAKER = 'Quote has no speaker';

test('--help, --version and usage errors', async () => {
  const dir = tree({});
  const help = await cli(['--help'], { cwd: dir });
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: newslint \[options\] <files\|folders\|globs>\n/);
  const v = await cli(['--version'], { cwd: dir });
  assert.deepEqual(v, { code: 0, stdout: '0.1.0\n', stderr: '' });
  assert.deepEqual(await cli(['--frobnicate'], { cwd: dir }), { code: 2, stdout: '', stderr: 'newslint: unknown option --frobnicate (see newslint --help)\n' });
  assert.deepEqual(await cli(['-f', 'xml', 'a.md'], { cwd: dir }), { code: 2, stdout: '', stderr: 'newslint: --format: "xml" is not a format; use stylish, json, compact, github, sarif, junit, checkstyle\n' });
  assert.deepEqual(await cli(['--rule', 'quote-marks=loud', 'a.md'], { cwd: dir }), { code: 2, stdout: '', stderr: 'newslint: --rule quote-marks: "loud" is not a severity; use off, info, warning or error\n' });
  assert.deepEqual(await cli([], { cwd: dir }), { code: 2, stdout: '', stderr: 'newslint: no drafts named: give files, folders or globs (e.g. newslint drafts/), or use --stdin or --staged. See newslint --help.\n' });
  rm(dir);
});

test('stylish report, exit codes, --quiet, --max-warnings, --rule and -o', async () => {
  const dir = tree({ 'drafts/bridge.md': UNATTRIBUTED, 'drafts/ok.md': CLEAN, 'drafts/notes.json': '{}' });
  const r = await cli(['drafts'], { cwd: dir });
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0, 'warnings alone exit 0');
  assert.equal(r.stdout, `\n${path.join('drafts', 'bridge.md')}\n  3:1  warning  ${NO_SPEAKER}  quote-attribution\n\n✖ 1 problem (0 errors, 1 warning)\n`);
  assert.deepEqual(await cli(['drafts', '--quiet'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  const mw = await cli(['drafts', '--max-warnings', '0'], { cwd: dir });
  assert.equal(mw.code, 1);
  assert.equal(mw.stderr, 'newslint: too many warnings (1); at most 0 allowed (--max-warnings)\n');
  const err = await cli(['drafts', '--rule', 'quote-attribution=error', '-f', 'compact'], { cwd: dir });
  assert.deepEqual(err, { code: 1, stdout: `${path.join('drafts', 'bridge.md')}: line 3, col 1, Error - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`, stderr: '' });
  assert.deepEqual(await cli(['drafts', '--rule', 'quote-attribution=off'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  const o = await cli(['drafts', '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
  assert.deepEqual(o, { code: 0, stdout: '', stderr: '' });
  const report = JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
  assert.deepEqual(report.map((x: { filePath: string }) => x.filePath), [path.join(dir, 'drafts/bridge.md'), path.join(dir, 'drafts/ok.md')]);
  assert.deepEqual(
    report[0].messages.map((m: Record<string, unknown>) => [m.ruleId, m.severity, m.message, m.line, m.column, m.endLine, m.endColumn, m.offset, m.endOffset]),
    [['quote-attribution', 1, NO_SPEAKER, 3, 1, 3, 52, 34, 85]],
  );
  assert.equal(UNATTRIBUTED.slice(34, 85), '"This is a disgrace and we will fight it in court."');
  rm(dir);
});

test('--stdin with --stdin-filename uses that name for config and messages', async () => {
  const dir = tree({ 'desk/.newslintrc.json': '{"rules": {"quote-attribution": "error"}}' });
  const r = await cli(['--stdin', '--stdin-filename', 'desk/new.md', '-f', 'compact'], { cwd: dir, stdin: UNATTRIBUTED });
  assert.deepEqual(r, { code: 1, stdout: `${path.join('desk', 'new.md')}: line 3, col 1, Error - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`, stderr: '' });
  const plain = await cli(['--stdin', '-f', 'compact'], { cwd: dir, stdin: UNATTRIBUTED });
  assert.equal(plain.stdout, `<stdin>: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`);
  // --stdin --fix never writes anywhere: it reports the fixed text in `output` (JSON).
  const fixed = await cli(['--stdin', '--fix', '-f', 'json'], { cwd: dir, stdin: MIXED });
  assert.equal(JSON.parse(fixed.stdout)[0].output, MIXED.replace('"The', '“The'));
  rm(dir);
});

test('bad input: missing paths, empty globs, binary, invalid UTF-8, oversized and special files', async () => {
  const dir = tree({
    'a.md': UNATTRIBUTED,
    'photo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    'latin1.txt': Buffer.from('caf\xe9 "quoted"', 'latin1'),
    'big.md': 'x'.repeat(3000),
  });
  spawnSync('mkfifo', [path.join(dir, 'pipe.md')]);
  const r = await cli(['a.md', 'photo.md', 'latin1.txt', 'big.md', 'gone.md', 'drafts/*.md', 'pipe.md', '--max-file-size', '2KB', '-f', 'compact'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, `a.md: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`, 'the good draft is still linted and reported');
  assert.equal(
    r.stderr,
    'newslint: gone.md: no such file or folder\n' +
      'newslint: drafts/*.md: no files match this pattern\n' +
      (fs.existsSync(path.join(dir, 'pipe.md')) ? 'newslint: pipe.md: not a regular file\n' : '') +
      'newslint: skipped photo.md: binary file (contains NUL bytes)\n' +
      'newslint: skipped latin1.txt: not valid UTF-8 text\n' +
      'newslint: skipped big.md: file is 2.9 KB, over the 2 KB limit (--max-file-size)\n',
  );
  // Skipped files alone are notices, not failures.
  const skipped = await cli(['photo.md'], { cwd: dir });
  assert.deepEqual(skipped, { code: 0, stdout: '', stderr: 'newslint: skipped photo.md: binary file (contains NUL bytes)\n' });
  rm(dir);
});

test('bad input: symlink loops are reported, other drafts still linted', async () => {
  const dir = tree({ 'drafts/a.md': UNATTRIBUTED });
  fs.symlinkSync('..', path.join(dir, 'drafts/up'));
  fs.symlinkSync('loop2.md', path.join(dir, 'drafts/loop1.md'));
  fs.symlinkSync('loop1.md', path.join(dir, 'drafts/loop2.md'));
  const r = await cli(['drafts', '-f', 'compact'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, `${path.join('drafts', 'a.md')}: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`);
  assert.equal(
    r.stderr,
    `newslint: ${path.join('drafts', 'loop1.md')}: symbolic link loop\n` +
      `newslint: ${path.join('drafts', 'loop2.md')}: symbolic link loop\n` +
      `newslint: ${path.join('drafts', 'up', 'drafts')}: symbolic link loop (folder already visited), skipped\n`,
  );
  rm(dir);
});

test('bad input: an unreadable file is an error naming it; the others are still linted', (t) => {
  const dir = tree({ 'secret.md': CLEAN, 'open.md': UNATTRIBUTED });
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(path.join(dir, 'secret.md'), 0);
  const r = runAsNobody(['secret.md', 'open.md', '-f', 'compact'], dir);
  if (!r) {
    t.skip('running as root without setpriv: permissions cannot make a file unreadable');
    rm(dir);
    return;
  }
  assert.deepEqual(r, { code: 2, stdout: `open.md: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`, stderr: 'newslint: secret.md: permission denied\n' });
  rm(dir);
});

test('bad config: invalid JSON (line and column), unknown rule/profile, a folder as --config; other folders still linted', async () => {
  const dir = tree({
    'metro/.newslintrc.json': '{\n  "rules": {\n    "quote-marks": "off",,\n  }\n}\n',
    'metro/a.md': CLEAN,
    'sport/.newslintrc.json': '{"extends": ["newslint:espn"]}',
    'sport/b.md': CLEAN,
    'world/.newslintrc.json': '{"rules": {"quote-attrib": "off"}}',
    'world/c.md': CLEAN,
    'world/d.md': CLEAN,
    'politics/e.md': UNATTRIBUTED,
  });
  const r = await cli(['.', '-f', 'compact'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, `${path.join('politics', 'e.md')}: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`);
  const m = path.join(dir, 'metro/.newslintrc.json');
  const s = path.join(dir, 'sport/.newslintrc.json');
  const w = path.join(dir, 'world/.newslintrc.json');
  assert.equal(
    r.stderr,
    `newslint: ${m}:3:26: invalid JSON: expected a property name in double quotes\n` +
      `newslint: ${path.join('metro', 'a.md')}: not linted (configuration error above)\n` +
      `newslint: ${s}:1:14: extends[0]: unknown profile "newslint:espn"; known profiles: newslint:ap, newslint:reuters, newslint:bbc, newslint:guardian, newslint:nyt\n` +
      `newslint: ${path.join('sport', 'b.md')}: not linted (configuration error above)\n` +
      `newslint: ${w}:1:12: rules.quote-attrib: unknown rule "quote-attrib" (did you mean "quote-attribution"?); known rules: quote-attribution, quote-marks, name-consistency, first-reference, title-case, later-reference\n` +
      `newslint: ${path.join('world', 'c.md')}: not linted (configuration error above)\n` +
      `newslint: ${path.join('world', 'd.md')}: not linted (configuration error above)\n`,
  );
  const d = await cli(['politics', '--config', 'metro'], { cwd: dir });
  assert.deepEqual(d, { code: 2, stdout: '', stderr: `newslint: ${path.join(dir, 'metro')}: is a directory, not a config file\nnewslint: ${path.join('politics', 'e.md')}: not linted (configuration error above)\n` });
  const unknownRule = await cli(['politics', '--rule', 'quote-attrib=off'], { cwd: dir });
  assert.equal(unknownRule.code, 2);
  assert.match(unknownRule.stderr, /^newslint: --rule quote-attrib: unknown rule "quote-attrib" \(did you mean "quote-attribution"\?\)/);
  // --no-config ignores the broken files.
  assert.deepEqual(await cli(['metro', 'sport', 'world', '--no-config'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  rm(dir);
});

test('ignore globs in the config skip drafts, relative to the config file', async () => {
  const dir = tree({ '.newslintrc.json': '{"ignore": ["archive/**", "*.old.md"]}', 'archive/2019/a.md': UNATTRIBUTED, 'b.old.md': UNATTRIBUTED, 'news/c.md': UNATTRIBUTED });
  const r = await cli(['.', 'archive/2019/a.md', '-f', 'compact'], { cwd: dir });
  assert.deepEqual(r, { code: 0, stdout: `${path.join('news', 'c.md')}: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`, stderr: '' });
  rm(dir);
});

test('globs pick drafts below their base folder', async () => {
  const dir = tree({ 'a/x.md': UNATTRIBUTED, 'a/b/y.md': UNATTRIBUTED, 'a/z.txt': UNATTRIBUTED });
  const r = await cli(['a/**/*.md', '-f', 'compact'], { cwd: dir });
  assert.equal(r.stdout, `${path.join('a', 'b', 'y.md')}: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n${path.join('a', 'x.md')}: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n2 problems\n`);
  rm(dir);
});

test('--fix writes the fixed draft, keeps BOM, CRLF and mode, and leaves clean files alone', async () => {
  const crlf = '\uFEFF' + MIXED.replace(/\n/g, '\r\n');
  const dir = tree({ 'mixed.md': crlf, 'clean.md': CLEAN });
  fs.chmodSync(path.join(dir, 'mixed.md'), 0o640);
  const cleanBefore = fs.statSync(path.join(dir, 'clean.md'));
  const dry = await cli(['mixed.md', 'clean.md', '--fix-dry-run'], { cwd: dir });
  assert.deepEqual(dry, {
    code: 0,
    stdout: '\nmixed.md: --fix would change\n  3\n  - "The bridge opens in May,” said Mayor Ada Quill.\n  + “The bridge opens in May,” said Mayor Ada Quill.\n',
    stderr: '',
  });
  assert.equal(fs.readFileSync(path.join(dir, 'mixed.md'), 'utf8'), crlf, 'a dry run writes nothing');
  const r = await cli(['mixed.md', 'clean.md', '--fix'], { cwd: dir });
  assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
  assert.equal(fs.readFileSync(path.join(dir, 'mixed.md'), 'utf8'), crlf.replace('"The', '“The'));
  assert.equal(fs.statSync(path.join(dir, 'mixed.md')).mode & 0o777, 0o640);
  const cleanAfter = fs.statSync(path.join(dir, 'clean.md'));
  assert.equal(cleanAfter.ino, cleanBefore.ino);
  assert.equal(cleanAfter.mtimeMs, cleanBefore.mtimeMs);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['clean.md', 'mixed.md'], 'no temporary file left');
  rm(dir);
});

test('--fix leaves the original intact when writing fails', async () => {
  const dir = tree({ 'mixed.md': MIXED });
  // Root ignores a read-only folder's permissions, so block the temporary path with a folder instead.
  fs.mkdirSync(path.join(dir, `.mixed.md.newslint-${process.pid}.tmp`));
  const r = await cli(['mixed.md', '--fix', '-f', 'compact'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stderr, `newslint: mixed.md: could not write the fixed file (${path.join(dir, `.mixed.md.newslint-${process.pid}.tmp`)} is in the way); the original is unchanged\n`);
  assert.equal(r.stdout, 'mixed.md: line 3, col 1, Warning - Mixed quote marks: straight opening " with curly closing ” (quote-marks)\n\n1 problem\n');
  assert.equal(fs.readFileSync(path.join(dir, 'mixed.md'), 'utf8'), MIXED);
  rm(dir);
});

test('--fix in a read-only folder fails cleanly and leaves the draft intact', (t) => {
  const dir = tree({ 'ro/mixed.md': MIXED });
  fs.chmodSync(dir, 0o755);
  // The draft itself may be written by anyone: only its folder stands in the way.
  fs.chmodSync(path.join(dir, 'ro/mixed.md'), 0o666);
  fs.chmodSync(path.join(dir, 'ro'), 0o555);
  const r = runAsNobody(['ro/mixed.md', '--fix', '-f', 'compact'], dir);
  if (!r) {
    t.skip('running as root without setpriv: a read-only folder does not stop root (the blocked temporary path test covers the failure)');
    rm(dir);
    return;
  }
  assert.deepEqual(r, {
    code: 2,
    stdout: `${path.join('ro', 'mixed.md')}: line 3, col 1, Warning - Mixed quote marks: straight opening " with curly closing ” (quote-marks)\n\n1 problem\n`,
    stderr: `newslint: ${path.join('ro', 'mixed.md')}: could not write the fixed file (permission denied); the original is unchanged\n`,
  });
  assert.equal(fs.readFileSync(path.join(dir, 'ro/mixed.md'), 'utf8'), MIXED);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'ro')), ['mixed.md']);
  fs.chmodSync(path.join(dir, 'ro'), 0o755);
  rm(dir);
});

test('--cache reuses results of unchanged drafts and is invalidated by a config change', async () => {
  const dir = tree({ 'a.md': UNATTRIBUTED });
  const first = await cli(['a.md', '--cache', '-f', 'compact'], { cwd: dir });
  assert.equal(first.stdout, `a.md: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`);
  const cacheFile = path.join(dir, '.newslintcache');
  const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  // Tamper with the cached message: a cache hit reports it as stored.
  data.files[path.join(dir, 'a.md')].messages[0].message = 'FROM CACHE';
  fs.writeFileSync(cacheFile, JSON.stringify(data));
  const second = await cli(['a.md', '--cache', '-f', 'compact'], { cwd: dir });
  assert.equal(second.stdout, 'a.md: line 3, col 1, Warning - FROM CACHE (quote-attribution)\n\n1 problem\n');
  fs.writeFileSync(path.join(dir, '.newslintrc.json'), '{"extends": ["newslint:bbc"]}');
  const third = await cli(['a.md', '--cache', '-f', 'compact'], { cwd: dir });
  assert.equal(third.stdout, first.stdout, 'a profile change invalidates the cache');
  fs.appendFileSync(path.join(dir, 'a.md'), '\nMore text.\n');
  const data2 = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  data2.files[path.join(dir, 'a.md')].messages[0].message = 'FROM CACHE';
  fs.writeFileSync(cacheFile, JSON.stringify(data2));
  assert.equal((await cli(['a.md', '--cache', '-f', 'compact'], { cwd: dir })).stdout, first.stdout, 'a content change invalidates the entry');
  rm(dir);
});

test('newslint quotes: the quote sheet as JSON and as a table', async () => {
  const dir = tree({ 'a.md': UNATTRIBUTED });
  const r = await cli(['quotes', '--format', 'json', 'a.md'], { cwd: dir });
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.stdout), [
    {
      filePath: path.join(dir, 'a.md'),
      quotes: [
        { offset: 34, endOffset: 85, text: '"This is a disgrace and we will fight it in court."', speaker: null, cue: null, how: { kind: 'none', fromParagraph: null, text: 'none' } },
        {
          offset: 87,
          endOffset: 111,
          text: '"We will not back down,"',
          speaker: { name: 'Ada Quill', text: 'Mayor Ada Quill', offset: 117, endOffset: 132 },
          cue: { text: 'said', offset: 112, endOffset: 116 },
          how: { kind: 'cue', fromParagraph: null, text: 'cue “said”' },
        },
      ],
    },
  ]);
  const table = await cli(['quotes', 'a.md'], { cwd: dir });
  assert.equal(
    table.stdout,
    '\na.md\n' +
      '  3:1  — no speaker —                          "This is a disgrace and we will fight it in court."\n' +
      '  5:1  Ada Quill (Mayor Ada Quill)  said  cue  "We will not back down,"\n' +
      '\n2 quotes, 1 without a speaker\n',
  );
  rm(dir);
});

test('newslint quotes says how each speaker was found: pronoun, inherited paragraph, none', async () => {
  const draft = 'Port talks\n\nMinister Erik Berg met the unions. "We will not retreat," he said.\n\n"Nothing will stop it."\n\nExports fell.\n\n"The port will reopen soon enough."\n';
  const dir = tree({ 'b.md': draft });
  const r = await cli(['quotes', 'b.md'], { cwd: dir });
  assert.equal(
    r.stdout,
    '\nb.md\n' +
      '  3:36  Erik Berg (he)  said  pronoun “he” → Erik Berg                            "We will not retreat,"\n' +
      '  5:1   Erik Berg (he)  said  inherited from paragraph 2 (pronoun “he” → Erik B…  "Nothing will stop it."\n' +
      '  9:1   — no speaker —                                                            "The port will reopen soon enough."\n' +
      '\n3 quotes, 1 without a speaker\n',
  );
  const json = JSON.parse((await cli(['quotes', '-f', 'json', 'b.md'], { cwd: dir })).stdout);
  assert.deepEqual(
    json[0].quotes.map((q: { how: unknown }) => q.how),
    [
      { kind: 'pronoun', fromParagraph: null, text: 'pronoun “he” → Erik Berg' },
      { kind: 'inherited', fromParagraph: 2, text: 'inherited from paragraph 2 (pronoun “he” → Erik Berg)' },
      { kind: 'none', fromParagraph: null, text: 'none' },
    ],
  );
  rm(dir);
});

test('init writes a starter config and never overwrites without --force', async () => {
  const dir = tree({});
  const r = await cli(['init', '--profile', 'bbc'], { cwd: dir });
  assert.deepEqual(r, { code: 0, stdout: 'Wrote .newslintrc.json (newslint:bbc)\n', stderr: '' });
  const written = fs.readFileSync(path.join(dir, '.newslintrc.json'), 'utf8');
  assert.match(written, /"extends": \["newslint:bbc"\]/);
  // The starter config is itself valid.
  fs.writeFileSync(path.join(dir, 'a.md'), CLEAN);
  assert.deepEqual(await cli(['a.md'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  assert.deepEqual(await cli(['init'], { cwd: dir }), { code: 2, stdout: '', stderr: 'newslint init: .newslintrc.json already exists; not overwritten (use --force to replace it)\n' });
  assert.deepEqual(await cli(['init', '--force'], { cwd: dir }), { code: 0, stdout: 'Wrote .newslintrc.json (newslint:ap)\n', stderr: '' });
  assert.deepEqual(await cli(['init', '--profile', 'espn', '--force'], { cwd: dir }), { code: 2, stdout: '', stderr: 'newslint init: unknown profile "espn"; choose one of ap, reuters, bbc, guardian, nyt\n' });
  rm(dir);
});

test('report formats through the CLI: sarif validates, github annotates, -o writes any format', async () => {
  const dir = tree({ 'desk/mixed.md': MIXED, 'desk/bridge.md': UNATTRIBUTED });
  const r = await cli(['desk', '-f', 'sarif', '-o', 'newslint.sarif'], { cwd: dir });
  assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
  const log = JSON.parse(fs.readFileSync(path.join(dir, 'newslint.sarif'), 'utf8'));
  validateSarif(log);
  const results = log.runs[0].results;
  assert.deepEqual(results.map((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: unknown } }[] }) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region]), [
    ['quote-attribution', 'desk/bridge.md', { startLine: 3, startColumn: 1, endLine: 3, endColumn: 52, charOffset: 34, charLength: 51 }],
    ['quote-marks', 'desk/mixed.md', { startLine: 3, startColumn: 1, endLine: 3, endColumn: 2, charOffset: 10, charLength: 1 }],
  ]);
  assert.deepEqual(results[1].fixes[0].artifactChanges[0].replacements, [{ deletedRegion: { charOffset: 10, charLength: 1 }, insertedContent: { text: '“' } }]);
  const gh = await cli(['desk', '-f', 'github'], { cwd: dir });
  assert.equal(
    gh.stdout,
    `::warning file=desk/bridge.md,line=3,col=1,endLine=3,endColumn=52,title=newslint (quote-attribution)::${NO_SPEAKER}\n` +
      '::warning file=desk/mixed.md,line=3,col=1,endLine=3,endColumn=2,title=newslint (quote-marks)::Mixed quote marks: straight opening " with curly closing ”\n',
  );
  assert.deepEqual(await cli(['desk', '--max-file-size', 'lots'], { cwd: dir }), { code: 2, stdout: '', stderr: 'newslint: --max-file-size: "lots" is not a size (examples: 5MB, 500KB, 1048576)\n' });
  rm(dir);
});

test('--print-config shows the configuration in force for a draft', async () => {
  const dir = tree({ 'desk/.newslintrc.json': '{"extends": ["newslint:guardian"], "rules": {"quote-marks": "error"}}', 'desk/a.md': CLEAN });
  const r = await cli(['--print-config', 'desk/a.md', '--rule', 'title-case=off'], { cwd: dir });
  assert.equal(r.code, 0);
  const c = JSON.parse(r.stdout);
  assert.equal(c.configFile, path.join(dir, 'desk/.newslintrc.json'));
  assert.deepEqual(c.profiles, ['newslint:guardian']);
  assert.equal(c.rules['quote-marks'].severity, 'error');
  assert.equal(c.rules['title-case'].severity, 'off');
  const bad = await cli(['--print-config', 'desk/a.md', '-c', 'desk'], { cwd: dir });
  assert.deepEqual(bad, { code: 2, stdout: '', stderr: `newslint: ${path.join(dir, 'desk')}: is a directory, not a config file\n` });
  rm(dir);
});

test('worker threads give the same report as linting inline, fixes included', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 12; i++) files[`d/${String(i).padStart(2, '0')}.md`] = i % 3 === 0 ? MIXED : i % 3 === 1 ? UNATTRIBUTED : CLEAN;
  const dir = tree(files);
  const inline = await cli(['d', '-f', 'json', '--fix-dry-run'], { cwd: dir, env: { NEWSLINT_WORKERS: '0' } });
  const pooled = await cli(['d', '-f', 'json', '--fix-dry-run'], { cwd: dir, env: { NEWSLINT_WORKERS: '2' } });
  assert.equal(pooled.stderr, '');
  assert.equal(pooled.stdout, inline.stdout);
  const parsed = JSON.parse(pooled.stdout);
  assert.equal(parsed.length, 12);
  assert.equal(parsed[0].output, MIXED.replace('"The', '“The'));
  assert.equal(parsed[1].messages[0].message, NO_SPEAKER);
  const fixed = await cli(['d', '--fix'], { cwd: dir, env: { NEWSLINT_WORKERS: '2' } });
  assert.equal(fixed.code, 0);
  assert.equal(fs.readFileSync(path.join(dir, 'd/09.md'), 'utf8'), MIXED.replace('"The', '“The'));
  rm(dir);
});

test('a folder with no drafts is an error naming it', async () => {
  const dir = tree({ 'empty/notes.json': '{}', 'a.md': CLEAN });
  assert.deepEqual(await cli(['empty', 'a.md'], { cwd: dir }), { code: 2, stdout: '', stderr: 'newslint: empty: no drafts (.md, .markdown, .txt, .draft) in this folder\n' });
  rm(dir);
});

test('--across-files compares spellings over all drafts of the run, and --fix applies the house spelling', async () => {
  // A public figure with sentences made up for the test; the AP profile spells the name Zelenskyy.
  const a = '# Talks\n\nUkrainian President Volodymyr Zelensky met the mayor on Monday.\n\nZelensky said the talks went well.\n';
  const b = '# Visit\n\nUkrainian President Volodymyr Zelenskyy visited the port on Tuesday.\n';
  const dir = tree({ 'desk/a.md': a, 'desk/b.md': b });
  assert.deepEqual(await cli(['desk', '-f', 'compact'], { cwd: dir }), { code: 0, stdout: '', stderr: '' }, 'each draft alone is consistent');
  const r = await cli(['desk', '--across-files', '-f', 'compact'], { cwd: dir });
  const msg = "'Zelensky' here; 'Zelenskyy' in 1 other file";
  assert.deepEqual(r, {
    code: 0,
    stdout: `${path.join('desk', 'a.md')}: line 3, col 31, Warning - ${msg} (name-consistency)\n${path.join('desk', 'a.md')}: line 5, col 1, Warning - ${msg} (name-consistency)\n\n2 problems\n`,
    stderr: '',
  });
  const json = JSON.parse((await cli(['desk', '--across-files', '-f', 'json'], { cwd: dir })).stdout);
  assert.deepEqual(json[0].messages[0].fix, { range: [39, 47], text: 'Zelenskyy' });
  assert.equal(a.slice(39, 47), 'Zelensky');
  const fixed = await cli(['desk', '--across-files', '--fix'], { cwd: dir });
  assert.deepEqual(fixed, { code: 0, stdout: '', stderr: '' });
  assert.equal(fs.readFileSync(path.join(dir, 'desk/a.md'), 'utf8'), a.replace(/Zelensky\b/g, 'Zelenskyy'));
  assert.equal(fs.readFileSync(path.join(dir, 'desk/b.md'), 'utf8'), b);
  rm(dir);
});

test('--fix keeps the owner of a draft fixed by root', async (t) => {
  if (!(typeof process.getuid === 'function' && process.getuid() === 0)) {
    t.skip('not running as root: ownership cannot change here');
    return;
  }
  const dir = tree({ 'mixed.md': MIXED });
  fs.chownSync(path.join(dir, 'mixed.md'), 65534, 65534);
  assert.equal((await cli(['mixed.md', '--fix'], { cwd: dir })).code, 0);
  const st = fs.statSync(path.join(dir, 'mixed.md'));
  assert.deepEqual([st.uid, st.gid], [65534, 65534]);
  assert.equal(fs.readFileSync(path.join(dir, 'mixed.md'), 'utf8'), MIXED.replace('"The', '“The'));
  rm(dir);
});
