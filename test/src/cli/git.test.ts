import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli, rm, repo, env, UNATTRIBUTED, ATTRIBUTED, CLEAN, MIXED } from './helpers';

const NO_SPEAKER = 'Quote has no speaker';
const FIXED = ATTRIBUTED;

test('a real pre-commit hook refuses an unattributed quote, and lets the fixed draft through', async () => {
  const r = repo();
  const init = await cli(['init', '--hook'], { cwd: r.dir });
  assert.equal(init.code, 0, init.stderr);
  const hooks = `Wrote ${path.join('.git', 'hooks', 'pre-commit')} (git pre-commit hook: newslint --staged --max-warnings 0)\n` +
    `Wrote ${path.join('.git', 'hooks', 'pre-merge-commit')} (git pre-merge-commit hook: newslint --staged --max-warnings 0)\n`;
  assert.equal(init.stdout, `Wrote .newslintrc.json (newslint:ap)\n${hooks}`);
  for (const name of ['pre-commit', 'pre-merge-commit']) {
    assert.equal(fs.statSync(path.join(r.dir, '.git/hooks', name)).mode & 0o111, 0o111, `the ${name} hook is executable`);
  }
  // A second `init --hook` keeps the config and refreshes its own hooks.
  assert.deepEqual(await cli(['init', '--hook'], { cwd: r.dir }), { code: 0, stdout: `Kept .newslintrc.json (already exists)\n${hooks}`, stderr: '' });

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

test('init, then init --hook, adds the hooks; a hook that is not newslint\'s is never replaced without --force', async () => {
  const r = repo();
  assert.equal((await cli(['init'], { cwd: r.dir })).code, 0);
  const config = fs.readFileSync(path.join(r.dir, '.newslintrc.json'), 'utf8');
  fs.writeFileSync(path.join(r.dir, '.newslintrc.json'), config.replace('"ignore": []', '"ignore": ["archive/**"]'));
  const hook = await cli(['init', '--hook'], { cwd: r.dir });
  assert.deepEqual(hook, {
    code: 0,
    stdout: `Kept .newslintrc.json (already exists)\nWrote ${path.join('.git', 'hooks', 'pre-commit')} (git pre-commit hook: newslint --staged --max-warnings 0)\n` +
      `Wrote ${path.join('.git', 'hooks', 'pre-merge-commit')} (git pre-merge-commit hook: newslint --staged --max-warnings 0)\n`,
    stderr: '',
  });
  assert.match(fs.readFileSync(path.join(r.dir, '.newslintrc.json'), 'utf8'), /"ignore": \["archive\/\*\*"\]/, 'the edited config is kept');
  fs.writeFileSync(path.join(r.dir, '.git/hooks/pre-commit'), '#!/bin/sh\nexec make check\n');
  const foreign = await cli(['init', '--hook'], { cwd: r.dir });
  assert.equal(foreign.code, 2);
  assert.equal(foreign.stderr, `newslint init: ${path.join('.git', 'hooks', 'pre-commit')} already exists; not overwritten (use --force to replace it)\n`);
  assert.equal(fs.readFileSync(path.join(r.dir, '.git/hooks/pre-commit'), 'utf8'), '#!/bin/sh\nexec make check\n');
  r.done();
});

test('the hook in a repository without newslint installed names the install command (no registry lookup)', async () => {
  const r = repo();
  assert.equal((await cli(['init', '--hook'], { cwd: r.dir })).code, 0);
  fs.rmSync(path.join(r.dir, 'node_modules'), { recursive: true });
  r.write('story.md', CLEAN);
  r.git('add', '.');
  // PATH without any newslint and without network tools mattering: the hook must not reach for npx.
  const home = path.dirname(r.dir);
  const run = spawnSync('git', ['commit', '-q', '-m', 'story'], { cwd: r.dir, env: { ...env(home), PATH: '/usr/bin:/bin', npm_config_offline: 'true' }, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.equal(run.stderr, 'newslint is not installed in this repository. Install it with: npm install --save-dev newslint\n(or skip this check once with: git commit --no-verify)\n');
  r.done();
});

test('a merge that commits without conflicts is checked too (pre-merge-commit)', async () => {
  const r = repo();
  assert.equal((await cli(['init', '--hook'], { cwd: r.dir })).code, 0);
  r.write('story.md', CLEAN);
  r.git('add', '.');
  assert.equal(r.git('commit', '-q', '-m', 'story').code, 0);
  r.git('checkout', '-q', '-b', 'desk');
  r.write('late.md', UNATTRIBUTED);
  r.git('add', '.');
  assert.equal(r.git('commit', '-q', '--no-verify', '-m', 'late story, unchecked').code, 0);
  r.git('checkout', '-q', 'main');
  r.write('other.md', CLEAN);
  r.git('add', '.');
  assert.equal(r.git('commit', '-q', '-m', 'other').code, 0);
  const merge = r.git('merge', '--no-edit', 'desk');
  assert.notEqual(merge.code, 0);
  assert.match(merge.out, /late\.md\n {2}3:1 {2}warning {2}Quote has no speaker {2}quote-attribution/);
  assert.equal(r.git('rev-parse', '-q', '--verify', 'MERGE_HEAD').code, 0, 'the merge waits, uncommitted');
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

/** A git repository holding this checkout's hook definition and hook script, committed (for pre-commit). */
function hookRepository(home: string): { dir: string; rev: string } {
  const dir = path.join(home, 'newslint-hooks');
  const root = path.resolve(__dirname, '../../..');
  for (const rel of ['.pre-commit-hooks.yaml', 'server/bin/pre-commit-hook.sh']) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(path.join(root, rel), path.join(dir, rel));
    fs.chmodSync(path.join(dir, rel), fs.statSync(path.join(root, rel)).mode);
  }
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env: env(home), encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  assert.equal(git('commit', '-q', '-m', 'hooks').status, 0);
  return { dir, rev: git('rev-parse', 'HEAD').stdout.trim() };
}

test('the pre-commit framework: try-repo and an installed hook block a bad draft and pass a good one', async (t) => {
  if (spawnSync('pre-commit', ['--version']).status !== 0) {
    if (process.env.NEWSLINT_E2E === 'skip') return t.skip('pre-commit not installed (NEWSLINT_E2E=skip: test/e2e/install.sh not run)');
    assert.fail('pre-commit not installed: run "bash test/e2e/install.sh" (npm test does when it is missing)');
  }
  const manifest = path.resolve(__dirname, '../../../.pre-commit-hooks.yaml');
  const valid = spawnSync('pre-commit', ['validate-manifest', manifest], { encoding: 'utf8' });
  assert.equal(valid.status, 0, valid.stdout + valid.stderr);
  const r = repo();
  const home = path.dirname(r.dir);
  const hooks = hookRepository(home);
  const e = env(home);
  const pc = (...args: string[]) => spawnSync('pre-commit', args, { cwd: r.dir, env: e, encoding: 'utf8' });
  r.write('story.md', UNATTRIBUTED);
  r.write('data.json', '{"quote": "\\"Unattributed.\\""}');
  r.git('add', '.');
  const bad = pc('try-repo', hooks.dir, 'newslint', '--files', 'story.md', 'data.json');
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /newslint \(news drafts\)\.+Failed/);
  assert.match(bad.stdout, /\nstory\.md\n {2}3:1 {2}warning {2}Quote has no speaker {2}quote-attribution\n/);
  assert.doesNotMatch(bad.stdout, /data\.json/);
  r.write('story.md', FIXED);
  r.git('add', '.');
  const good = pc('try-repo', hooks.dir, 'newslint', '--files', 'story.md', 'data.json');
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.match(good.stdout, /newslint \(news drafts\)\.+Passed/);

  // Installed as a newsroom would: .pre-commit-config.yaml, `pre-commit install`, then git commit.
  r.write('.pre-commit-config.yaml', `repos:\n  - repo: ${hooks.dir}\n    rev: ${hooks.rev}\n    hooks:\n      - id: newslint\n`);
  assert.equal(pc('install').status, 0);
  r.write('story.md', UNATTRIBUTED);
  r.git('add', '.');
  const refused = r.git('commit', '-q', '-m', 'story');
  assert.equal(refused.code, 1, refused.out);
  assert.match(refused.out, /Quote has no speaker {2}quote-attribution/);
  r.write('story.md', FIXED);
  r.git('add', '.');
  const ok = r.git('commit', '-q', '-m', 'story');
  assert.equal(ok.code, 0, ok.out);
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
