import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, rm, repo, env, BIN, UNATTRIBUTED, ATTRIBUTED, CLEAN, MIXED } from './helpers';

const NO_SPEAKER = 'Quote has no speaker';
const FIXED = ATTRIBUTED;

test('a real pre-commit hook refuses an unattributed quote, and lets the fixed draft through', async () => {
  const r = repo();
  const init = await cli(['init', '--hook'], { cwd: r.dir });
  assert.equal(init.code, 0, init.stderr);
  assert.equal(init.stdout, `Wrote .newslintrc.json (newslint:ap)\nWrote ${path.join('.git', 'hooks', 'pre-commit')} (git pre-commit hook: newslint --staged --max-warnings 0)\n`);
  assert.equal(fs.statSync(path.join(r.dir, '.git/hooks/pre-commit')).mode & 0o111, 0o111, 'the hook is executable');
  // A second `init --hook` never overwrites the hook.
  const again = await cli(['init', '--hook'], { cwd: r.dir });
  assert.equal(again.code, 2);
  assert.match(again.stderr, /pre-commit already exists; not overwritten \(use --force to replace it\)/);

  r.write('stories/bridge vote.md', UNATTRIBUTED);
  r.git('add', '.');
  const refused = r.git('commit', '-q', '-m', 'bridge story');
  assert.equal(refused.code, 1);
  assert.equal(
    refused.out,
    `\n${path.join('stories', 'bridge vote.md')}\n  3:1  warning  ${NO_SPEAKER}  quote-attribution\n\n✖ 1 problem (0 errors, 1 warning)\n` +
      'newslint: too many warnings (1); at most 0 allowed (--max-warnings)\n',
  );
  assert.notEqual(r.git('rev-parse', '--verify', '-q', 'HEAD').code, 0, 'nothing was committed');

  // Fixed in the working tree only: the staged copy is still bad, so the commit is still refused.
  r.write('stories/bridge vote.md', FIXED);
  assert.equal(r.git('commit', '-q', '-m', 'bridge story').code, 1);
  // Once the fix is staged the commit goes through.
  r.git('add', '.');
  const ok = r.git('commit', '-q', '-m', 'bridge story');
  assert.equal(ok.code, 0, ok.out);
  assert.equal(ok.out, '');

  // The reverse: a good staged copy commits even while the working copy is bad.
  r.write('stories/second.md', CLEAN);
  r.git('add', 'stories/second.md');
  r.write('stories/second.md', UNATTRIBUTED);
  assert.equal(r.git('commit', '-q', '-m', 'second').code, 0);
  r.done();
});

test('--staged reads the index: renamed, deleted, spaces and non-ASCII names, staged vs working tree', async () => {
  const r = repo();
  r.write('old name.md', UNATTRIBUTED);
  r.write('gone.md', UNATTRIBUTED);
  r.write('notes.json', '{}');
  r.git('add', '.');
  // No commits yet: everything staged is linted.
  const first = await cli(['--staged', '-f', 'compact'], { cwd: r.dir });
  assert.deepEqual(first, {
    code: 0,
    stdout: `gone.md: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\nold name.md: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n2 problems\n`,
    stderr: '',
  });
  r.git('commit', '-q', '--no-verify', '-m', 'archive');
  r.git('mv', 'old name.md', 'Zürich café.md');
  r.git('rm', '-q', 'gone.md');
  r.write('sub/new.txt', CLEAN);
  r.git('add', '.');
  // The working copy of the renamed file differs from the staged one.
  r.write('Zürich café.md', CLEAN);
  const second = await cli(['--staged', '-f', 'compact'], { cwd: r.dir });
  assert.deepEqual(second, { code: 0, stdout: `Zürich café.md: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`, stderr: '' });
  // From a subfolder, paths are shown relative to where the user is; file arguments narrow the set.
  const sub = await cli(['--staged', '-f', 'compact', '.'], { cwd: path.join(r.dir, 'sub') });
  assert.deepEqual(sub, { code: 0, stdout: '', stderr: '' });
  const narrowed = await cli(['--staged', '-f', 'json', 'sub'], { cwd: r.dir });
  assert.deepEqual(JSON.parse(narrowed.stdout).map((x: { filePath: string }) => x.filePath), [path.join(r.dir, 'sub/new.txt')]);
  // Outside a repository: a clear error.
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-nogit-'));
  const no = await cli(['--staged'], { cwd: outside });
  assert.equal(no.code, 2);
  assert.match(no.stderr, /^newslint: git: not a git repository/);
  rm(outside);
  r.done();
});

test('--changed-lines and --diff-base report only findings on added or changed lines', async () => {
  const r = repo();
  r.write('archive.md', UNATTRIBUTED);
  r.git('add', '.');
  r.git('commit', '-q', '--no-verify', '-m', 'old story with an old finding');
  // A new unattributed quote above the old one: the old finding moves down two lines but is not new.
  r.write('archive.md', UNATTRIBUTED.replace('\n\n"This', '\n\n"Nobody asked the taxpayers what they wanted."\n\n"This'));
  r.git('add', '.');
  const all = await cli(['--staged', '-f', 'compact'], { cwd: r.dir });
  assert.equal(all.stdout, `archive.md: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\narchive.md: line 5, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n2 problems\n`);
  const changed = await cli(['--staged', '--changed-lines', '-f', 'compact'], { cwd: r.dir });
  assert.deepEqual(changed, { code: 0, stdout: `archive.md: line 3, col 1, Warning - ${NO_SPEAKER} (quote-attribution)\n\n1 problem\n`, stderr: '' });
  r.git('commit', '-q', '--no-verify', '-m', 'new paragraph');
  const base = await cli(['--diff-base', 'HEAD~1', '-f', 'compact'], { cwd: r.dir });
  assert.deepEqual(base, changed);
  assert.deepEqual(await cli(['--diff-base', 'HEAD', '-f', 'compact'], { cwd: r.dir }), { code: 0, stdout: '', stderr: '' });
  const bad = await cli(['--diff-base', 'no-such-rev'], { cwd: r.dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^newslint: git: /);
  r.done();
});

test('--staged --fix fixes and re-stages a draft whose working copy is the staged one', async () => {
  const r = repo();
  r.write('a.md', MIXED);
  r.write('b.md', MIXED);
  r.git('add', '.');
  r.write('b.md', MIXED + '\nAn unstaged paragraph.\n');
  const fixed = await cli(['--staged', '--fix', '-f', 'compact'], { cwd: r.dir });
  assert.equal(fixed.code, 0);
  assert.equal(fixed.stderr, 'newslint: b.md: not fixed: the file has unstaged changes (fix it and stage it, or stage the changes first)\n');
  assert.equal(fixed.stdout, 'b.md: line 3, col 1, Warning - Mixed quote marks: straight opening " with curly closing ” (quote-marks)\n\n1 problem\n');
  assert.equal(fs.readFileSync(path.join(r.dir, 'a.md'), 'utf8'), MIXED.replace('"The', '“The'));
  assert.equal(r.git('show', ':a.md').out, MIXED.replace('"The', '“The'), 'the fix is staged');
  assert.equal(r.git('show', ':b.md').out, MIXED, 'b.md untouched in the index');
  r.done();
});

test('the pre-commit framework runs the repository hook definition', async (t) => {
  if (spawnSync('pre-commit', ['--version']).status !== 0) {
    t.skip('pre-commit not installed: apt-get install pre-commit (Debian) or pip install pre-commit to run this test');
    return;
  }
  const manifest = path.resolve(__dirname, '../../../.pre-commit-hooks.yaml');
  const valid = spawnSync('pre-commit', ['validate-manifest', manifest], { encoding: 'utf8' });
  assert.equal(valid.status, 0, valid.stdout + valid.stderr);
  const r = repo();
  // The hook as defined in .pre-commit-hooks.yaml, run as a local hook so that the test installs
  // nothing from the network: same entry, file types and arguments; the command is this checkout's.
  const defs = fs.readFileSync(path.resolve(__dirname, '../../../.pre-commit-hooks.yaml'), 'utf8');
  const entry = /^\s*entry:\s*(.+)$/m.exec(defs)?.[1].trim() ?? '';
  const types = /^\s*types_or:\s*(.+)$/m.exec(defs)?.[1].trim() ?? '';
  assert.equal(entry, 'newslint --max-warnings 0');
  assert.equal(types, '[markdown, plain-text]');
  const config = `repos:\n  - repo: local\n    hooks:\n      - id: newslint\n        name: newslint\n        entry: '${process.execPath} ${BIN} ${entry.replace(/^newslint\s*/, '')}'\n        language: system\n        types_or: ${types}\n`;
  r.write('.pre-commit-config.yaml', config);
  r.write('story.md', UNATTRIBUTED);
  r.write('data.json', '{"quote": "\\"Unattributed.\\""}');
  r.git('add', '.');
  const install = r.git('-c', 'init.defaultBranch=main', 'status');
  assert.equal(install.code, 0);
  const e = env(path.dirname(r.dir));
  const run = spawnSync('pre-commit', ['run', '--files', 'story.md', 'data.json'], { cwd: r.dir, env: e, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /newslint\.+Failed/);
  assert.match(run.stdout, /story\.md\n {2}3:1 {2}warning {2}Quote has no speaker {2}quote-attribution/);
  assert.doesNotMatch(run.stdout, /data\.json/);
  r.write('story.md', FIXED);
  r.git('add', '.');
  const ok = spawnSync('pre-commit', ['run', '--files', 'story.md', 'data.json'], { cwd: r.dir, env: e, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /newslint\.+Passed/);
  r.done();
});

test('--staged --fix with core.autocrlf=true: a CRLF working copy of the staged draft is fixed, keeps CRLF, and is re-staged', async () => {
  const r = repo();
  assert.equal(r.git('config', 'core.autocrlf', 'true').code, 0);
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  r.write('a.md', crlf(MIXED));
  r.git('add', 'a.md');
  assert.equal(r.git('show', ':a.md').out, MIXED, 'git stores LF');
  const fixed = await cli(['--staged', '--fix', '-f', 'compact'], { cwd: r.dir });
  assert.deepEqual(fixed, { code: 0, stdout: '', stderr: '' });
  assert.equal(fs.readFileSync(path.join(r.dir, 'a.md'), 'utf8'), crlf(MIXED.replace('"The', '“The')));
  assert.equal(r.git('show', ':a.md').out, MIXED.replace('"The', '“The'), 'the fix is staged');
  assert.equal(r.git('status', '--porcelain').out, 'A  a.md\n?? .gitignore\n', 'nothing left unstaged');
  // A real unstaged change is still told apart from the line endings.
  r.write('a.md', crlf(MIXED) + '\r\nAn unstaged paragraph.\r\n');
  r.git('add', 'a.md');
  r.write('a.md', crlf(MIXED) + '\r\nAn unstaged paragraph, edited.\r\n');
  const unstaged = await cli(['--staged', '--fix', '-f', 'compact'], { cwd: r.dir });
  assert.equal(unstaged.stderr, 'newslint: a.md: not fixed: the file has unstaged changes (fix it and stage it, or stage the changes first)\n');
  r.done();
});
