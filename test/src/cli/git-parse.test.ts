import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChangedLines, unquote } from '../../../server/out/cli/git.js';
import { cli, tree, rm } from './helpers';

test('git C-quoted paths are decoded (UTF-8 octal escapes, quotes, tabs)', () => {
  assert.equal(unquote('"Z\\303\\274rich caf\\303\\251.md"'), 'Zürich café.md');
  assert.equal(unquote('"say \\"hi\\"\\tnow.md"'), 'say "hi"\tnow.md');
  assert.equal(unquote('plain name.md'), 'plain name.md');
});

test('changed lines come from the new side of each hunk; deletions add nothing', () => {
  const diff = [
    'diff --git a/a.md b/a.md',
    'index 1..2 100644',
    '--- a/a.md',
    '+++ b/a.md',
    '@@ -3 +3 @@ x',
    '-old',
    '+new',
    '@@ -10,2 +9,0 @@',
    '-gone',
    '-gone',
    '@@ -20,0 +19,3 @@',
    '+a',
    '+b',
    '+c',
    'diff --git a/old.md b/old.md',
    'deleted file mode 100644',
    '--- a/old.md',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-x',
    'diff --git "a/caf\\303\\251 x.md" "b/caf\\303\\251 x.md"',
    '--- /dev/null',
    '+++ "b/caf\\303\\251 x.md"\t',
    '@@ -0,0 +1,2 @@',
    '+1',
    '+2',
    '',
  ].join('\n');
  const m = parseChangedLines(diff);
  assert.deepEqual([...m.keys()], ['a.md', 'café x.md']);
  assert.deepEqual([...(m.get('a.md') as Set<number>)], [3, 19, 20, 21]);
  assert.deepEqual([...(m.get('café x.md') as Set<number>)], [1, 2]);
});

test('init --hook outside a git repository says so and exits 2', async () => {
  const dir = tree({});
  const r = await cli(['init', '--hook'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, 'Wrote .newslintrc.json (newslint:ap)\n');
  assert.match(r.stderr, /^newslint init --hook: not a git repository .*\(run it inside a git repository\)\n$/);
  rm(dir);
});
