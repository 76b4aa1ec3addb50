/**
 * Input that must not hang, escape or exhaust the command line: config files that are devices,
 * pipes or huge; `extends` leaving the project; files that are no config; bad option values.
 * The hazards run the real binary as a child process, with a deadline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { BIN, cli, tree, rm, MIXED, UNATTRIBUTED, type Run } from './helpers';

const posix = process.platform !== 'win32';
const RULES = 'quote-attribution, quote-marks, name-consistency, first-reference, title-case, later-reference';
const NOT_REGULAR = 'not a config file; newslint reads configuration only from regular files';

/** Run the binary; its standard input stays open (a pipe nobody writes to) unless `stdin` is given. */
function bin(argv: string[], cwd: string, timeoutMs = 20_000): Promise<Run & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', BIN, ...argv], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code: code ?? -1, stdout, stderr, timedOut });
    });
  });
}

test('a config that is /dev/zero, a link to it, a FIFO, /dev/stdin or over 1 MB: exit 2 naming it, no hang', { skip: !posix, timeout: 120_000 }, async () => {
  const dir = tree({ 'a.md': UNATTRIBUTED, 'big.json': `{"rules": {}}${' '.repeat(1024 * 1024)}` });
  const rc = path.join(dir, '.newslintrc.json');
  const notLinted = 'newslint: a.md: not linted (configuration error above)\n';
  fs.symlinkSync('/dev/zero', rc);
  assert.deepEqual(await bin(['a.md'], dir), { code: 2, stdout: '', stderr: `newslint: ${rc}: is a device, ${NOT_REGULAR}\n${notLinted}`, timedOut: false });
  fs.rmSync(rc);
  const cases: [string, string][] = [
    ['/dev/zero', `is a device, ${NOT_REGULAR} (/dev/zero)`],
    // Standard input (a socket pair from spawn) stays open and silent: reading it would wait forever.
    ['/dev/stdin', `is a socket, ${NOT_REGULAR} (/dev/stdin)`],
    ['./pipe.json', `is a named pipe (FIFO), ${NOT_REGULAR} (${path.join(dir, 'pipe.json')})`],
    ['./big.json', `is larger than 1 MB, too large for a config file (${path.join(dir, 'big.json')})`],
  ];
  execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
  for (const [spec, reason] of cases) {
    fs.writeFileSync(rc, JSON.stringify({ extends: [spec] }));
    const r = await bin(['--allow-extends-outside', 'a.md'], dir);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: `newslint: ${rc}:1:13: extends[0]: cannot extend ${JSON.stringify(spec)}: ${reason}\n${notLinted}`, timedOut: false }, spec);
  }
  fs.rmSync(rc);
  assert.deepEqual(await bin(['--config', 'big.json', 'a.md'], dir), {
    code: 2,
    stdout: '',
    stderr: `newslint: ${path.join(dir, 'big.json')}: is larger than 1 MB, too large for a config file\n${notLinted}`,
    timedOut: false,
  });
  rm(dir);
});

test('the pre-commit hook refuses a config that is a link to /dev/zero, promptly', { skip: !posix, timeout: 60_000 }, async () => {
  const dir = tree({ 'a.md': UNATTRIBUTED });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', 'a.md'], { cwd: dir });
  fs.symlinkSync('/dev/zero', path.join(dir, '.newslintrc.json'));
  const rc = path.join(dir, '.newslintrc.json');
  const r = await bin(['--staged', '--max-warnings', '0'], dir);
  assert.deepEqual(r, { code: 2, stdout: '', stderr: `newslint: ${rc}: is a device, ${NOT_REGULAR}\nnewslint: a.md: not linted (configuration error above)\n`, timedOut: false });
  rm(dir);
});

test('extends outside the repository needs --allow-extends-outside; a file that is no config is never echoed', async () => {
  const home = tree({ 'private/secret.json': '{"SECRET_TOKEN_abc123": "hunter2"}', 'repo/desk/a.md': UNATTRIBUTED, 'repo/desk/notes.json': '["SECRET_TOKEN_abc123"]' });
  const repo = path.join(home, 'repo');
  fs.mkdirSync(path.join(repo, '.git'));
  const rc = path.join(repo, '.newslintrc.json');
  const secret = path.join(home, 'private', 'secret.json');
  fs.writeFileSync(rc, '{"extends": ["../private/secret.json"]}');
  const notLinted = `newslint: ${path.join('desk', 'a.md')}: not linted (configuration error above)\n`;
  const outside = await cli([path.join('desk', 'a.md')], { cwd: repo });
  assert.deepEqual(outside, {
    code: 2,
    stdout: '',
    stderr: `newslint: ${rc}:1:14: extends[0]: cannot extend "../private/secret.json": ${secret} is outside the project folder ${repo} (use --allow-extends-outside to read it)\n${notLinted}`,
  });
  const allowed = await cli(['--allow-extends-outside', path.join('desk', 'a.md')], { cwd: repo });
  assert.deepEqual(allowed, {
    code: 2,
    stdout: '',
    stderr: `newslint: ${secret}: none of its keys is a newslint setting (extends, rules, ignore, names, people): this is not a newslint config file\n${notLinted}`,
  });
  const inside = await cli(['--config', path.join('desk', 'notes.json'), path.join('desk', 'a.md')], { cwd: repo });
  assert.equal(inside.code, 2);
  assert.equal(inside.stderr, `newslint: ${path.join(repo, 'desk', 'notes.json')}: expected a JSON object at the top, not a list\n${notLinted}`);
  // --print-config takes the same flag.
  assert.equal((await cli(['--print-config', path.join('desk', 'a.md')], { cwd: repo })).code, 2);
  // A config inside the project may extend one above its folder.
  fs.writeFileSync(path.join(repo, 'house.json'), '{"rules": {"quote-attribution": "error"}}');
  fs.writeFileSync(path.join(repo, 'desk', '.newslintrc.json'), '{"extends": ["../house.json"]}');
  assert.equal((await cli(['a.md', '-f', 'compact'], { cwd: path.join(repo, 'desk') })).code, 1);
  rm(home);
});

test('bad option values are usage or config errors (exit 2) naming the option', async () => {
  const dir = tree({ 'a.md': UNATTRIBUTED });
  assert.deepEqual(await cli(['--rule', '__proto__=off', 'a.md'], { cwd: dir }), {
    code: 2,
    stdout: '',
    stderr: `newslint: --rule __proto__: unknown rule "__proto__"; known rules: ${RULES}\n`,
  });
  assert.deepEqual(await cli(['--rule', 'constructor=off', 'a.md'], { cwd: dir }), {
    code: 2,
    stdout: '',
    stderr: `newslint: --rule constructor: unknown rule "constructor"; known rules: ${RULES}\n`,
  });
  const rc = path.join(dir, '.newslintrc.json');
  const cases: [string, string][] = [
    ['{"rules": {"quote-attribution": ["warning", {"minWords": -5}]}}', `${rc}:1:58: rules.quote-attribution[1].minWords: expected a whole number from 0 to 1000, not -5`],
    ['{"rules": {"quote-attribution": ["warning", {"minWords": 2.5}]}}', `${rc}:1:58: rules.quote-attribution[1].minWords: expected a whole number from 0 to 1000, not 2.5`],
    ['{"rules": {"quote-attribution": ["warning", {"minWords": 1e9}]}}', `${rc}:1:58: rules.quote-attribution[1].minWords: expected a whole number from 0 to 1000, not 1000000000`],
    ['{"rules": {"title-case": ["warning", {"standalone": "yes"}]}}', `${rc}:1:53: rules.title-case[1].standalone: expected a boolean, not "yes"`],
    ['{"rules": {"__proto__": "off"}}', `${rc}:1:12: "__proto__" is not a name newslint accepts`],
    ['{"names": {"__proto__": ["x"]}}', `${rc}:1:12: "__proto__" is not a name newslint accepts`],
  ];
  for (const [text, message] of cases) {
    fs.writeFileSync(rc, text);
    assert.deepEqual(await cli(['a.md'], { cwd: dir }), { code: 2, stdout: '', stderr: `newslint: ${message}\nnewslint: a.md: not linted (configuration error above)\n` }, text);
  }
  fs.writeFileSync(rc, '{"rules": {"quote-attribution": ["error", {"minWords": 0}]}}');
  assert.equal((await cli(['a.md'], { cwd: dir })).code, 1, 'the ends of the range are accepted');
  rm(dir);
});

const MIXED_FIXED = MIXED.replace('"The', '“The');

test('--fix leaves a read-only draft untouched, with a notice', async () => {
  const dir = tree({ 'ro.md': MIXED, 'rw.md': MIXED });
  fs.chmodSync(path.join(dir, 'ro.md'), 0o444);
  const before = fs.statSync(path.join(dir, 'ro.md'));
  const r = await cli(['ro.md', 'rw.md', '--fix', '-f', 'compact'], { cwd: dir });
  assert.deepEqual(r, {
    code: 0,
    stdout: 'ro.md: line 3, col 1, Warning - Mixed quote marks: straight opening " with curly closing ” (quote-marks)\n\n1 problem\n',
    stderr: 'newslint: ro.md: not fixed: the file is read-only; it was left untouched\n',
  });
  const after = fs.statSync(path.join(dir, 'ro.md'));
  assert.equal(fs.readFileSync(path.join(dir, 'ro.md'), 'utf8'), MIXED);
  assert.deepEqual([after.ino, after.mode, after.mtimeMs], [before.ino, before.mode, before.mtimeMs]);
  assert.equal(fs.readFileSync(path.join(dir, 'rw.md'), 'utf8'), MIXED_FIXED);
  rm(dir);
});

test('--fix writes a hard-linked draft in place: every link sees the fix, no temporary file is left', async () => {
  const dir = tree({ 'desk/a.md': MIXED });
  fs.linkSync(path.join(dir, 'desk/a.md'), path.join(dir, 'archive.md'));
  const ino = fs.statSync(path.join(dir, 'desk/a.md')).ino;
  const r = await cli([path.join('desk', 'a.md'), '--fix'], { cwd: dir });
  assert.deepEqual(r, { code: 0, stdout: '', stderr: '' });
  for (const f of ['desk/a.md', 'archive.md']) {
    assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), MIXED_FIXED, f);
    assert.equal(fs.statSync(path.join(dir, f)).ino, ino, f);
  }
  assert.equal(fs.statSync(path.join(dir, 'archive.md')).nlink, 2);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'desk')), ['a.md']);
  rm(dir);
});

test('--fix does not write through a symbolic link out of the project, unless --fix-outside-links', async () => {
  const home = tree({ 'outside/x.md': MIXED, 'repo/inside.md': MIXED });
  const repo = path.join(home, 'repo');
  fs.mkdirSync(path.join(repo, '.git'));
  fs.mkdirSync(path.join(repo, 'drafts'));
  fs.symlinkSync(path.join(home, 'outside', 'x.md'), path.join(repo, 'drafts', 'out.md'));
  fs.symlinkSync('../inside.md', path.join(repo, 'drafts', 'in.md'));
  fs.symlinkSync(path.join(home, 'outside'), path.join(repo, 'drafts', 'dir'));
  const r = await cli(['drafts', '--fix', '-f', 'compact'], { cwd: repo });
  const mixed = (f: string) => `${f}: line 3, col 1, Warning - Mixed quote marks: straight opening " with curly closing ” (quote-marks)\n`;
  const outsideMsg = (f: string) => `newslint: ${f}: not fixed: it is a symbolic link to ${path.join(home, 'outside', 'x.md')}, outside the project folder ${repo} (use --fix-outside-links to write through it)\n`;
  assert.deepEqual(r, {
    code: 2,
    stdout: `${mixed(path.join('drafts', 'dir', 'x.md'))}${mixed(path.join('drafts', 'out.md'))}\n2 problems\n`,
    stderr: outsideMsg(path.join('drafts', 'dir', 'x.md')) + outsideMsg(path.join('drafts', 'out.md')),
  });
  assert.equal(fs.readFileSync(path.join(home, 'outside', 'x.md'), 'utf8'), MIXED);
  // A link inside the project is written through; the link stays a link.
  assert.equal(fs.readFileSync(path.join(repo, 'inside.md'), 'utf8'), MIXED_FIXED);
  assert.ok(fs.lstatSync(path.join(repo, 'drafts', 'in.md')).isSymbolicLink());
  const allowed = await cli([path.join('drafts', 'out.md'), '--fix', '--fix-outside-links'], { cwd: repo });
  assert.deepEqual(allowed, { code: 0, stdout: '', stderr: '' });
  assert.equal(fs.readFileSync(path.join(home, 'outside', 'x.md'), 'utf8'), MIXED_FIXED);
  assert.ok(fs.lstatSync(path.join(repo, 'drafts', 'out.md')).isSymbolicLink());
  // A file named outside the project on purpose (no link) is fixed as asked.
  fs.writeFileSync(path.join(home, 'outside', 'x.md'), MIXED);
  assert.deepEqual(await cli([path.join(home, 'outside', 'x.md'), '--fix'], { cwd: repo }), { code: 0, stdout: '', stderr: '' });
  assert.equal(fs.readFileSync(path.join(home, 'outside', 'x.md'), 'utf8'), MIXED_FIXED);
  rm(home);
});

test('a FIFO with a draft name inside a walked folder is reported (exit 2); the other drafts are linted', { skip: !posix, timeout: 30_000 }, async () => {
  const dir = tree({ 'drafts/a.md': UNATTRIBUTED, 'drafts/sub/b.md': UNATTRIBUTED });
  execFileSync('mkfifo', [path.join(dir, 'drafts', 'pipe.md')]);
  execFileSync('mkfifo', [path.join(dir, 'drafts', 'notes.fifo')]);
  fs.symlinkSync('pipe.md', path.join(dir, 'drafts', 'link.md'));
  const r = await bin(['drafts', '-f', 'compact'], dir);
  const found = (f: string) => `${f}: line 3, col 1, Warning - Quote has no speaker (quote-attribution)\n`;
  assert.deepEqual(r, {
    code: 2,
    stdout: `${found(path.join('drafts', 'a.md'))}${found(path.join('drafts', 'sub', 'b.md'))}\n2 problems\n`,
    stderr: `newslint: ${path.join('drafts', 'link.md')}: not a regular file\nnewslint: ${path.join('drafts', 'pipe.md')}: not a regular file\n`,
    timedOut: false,
  });
  // The same through a glob.
  const g = await bin(['drafts/**/*.md', '-f', 'compact'], dir);
  assert.equal(g.code, 2);
  assert.equal(g.stderr, `newslint: ${path.join('drafts', 'link.md')}: not a regular file\nnewslint: ${path.join('drafts', 'pipe.md')}: not a regular file\n`);
  rm(dir);
});

test('--cache with .newslintcache a FIFO or a link to /dev/zero: not read, replaced by a real cache', { skip: !posix, timeout: 60_000 }, async () => {
  const dir = tree({ 'a.md': UNATTRIBUTED });
  const cache = path.join(dir, '.newslintcache');
  const expected = { code: 0, stdout: 'a.md: line 3, col 1, Warning - Quote has no speaker (quote-attribution)\n\n1 problem\n', stderr: '', timedOut: false };
  for (const trap of ['fifo', 'zero']) {
    if (trap === 'fifo') execFileSync('mkfifo', [cache]);
    else fs.symlinkSync('/dev/zero', cache);
    assert.deepEqual(await bin(['a.md', '--cache', '-f', 'compact'], dir), expected, trap);
    assert.ok(fs.lstatSync(cache).isFile(), trap);
    assert.equal(JSON.parse(fs.readFileSync(cache, 'utf8')).newslintCache, 1);
    fs.rmSync(cache);
  }
  rm(dir);
});
