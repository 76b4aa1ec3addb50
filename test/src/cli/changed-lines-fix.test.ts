/**
 * `--changed-lines` / `--diff-base` with `--fix`: git numbers the lines of the draft as it was
 * read; the findings left are placed in the fixed text. The changed lines are carried over to the
 * fixed text's lines (mapChangedLines), so a report names the fixed file's lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { commonLines, mapChangedLines } from '../../../server/out/cli/line-map.js';
import { cli, repo } from './helpers';

test('changed lines follow the lines a fix moves, splits or joins', () => {
  const before = 'head\n\nold one\nnew two\nold three\nnew four\n';
  // Unchanged by the fix: the marks stay on the same text.
  assert.deepEqual([...mapChangedLines(before, before, new Set([4, 6]))], [4, 6]);
  // The fix splits line 3 (not changed) in two: the changed lines 4 and 6 move down by one.
  const split = before.replace('old one\n', 'old\none\n');
  assert.deepEqual([...mapChangedLines(before, split, new Set([4, 6]))].sort((a, b) => a - b), [5, 7]);
  // The fix joins lines 4 and 5 (4 was changed): the joined line is changed; line 6 moves up.
  const joined = before.replace('new two\nold three\n', 'new two old three\n');
  assert.deepEqual([...mapChangedLines(before, joined, new Set([4, 6]))].sort((a, b) => a - b), [4, 5]);
  // A line the fix rewrote where nothing was changed stays unchanged; CRLF and lone CR count as line ends.
  assert.deepEqual([...mapChangedLines('a\r\nb\rc\n', 'a\r\nB\rc\n', new Set([3]))], [3]);
  assert.deepEqual([...mapChangedLines('a\nb\nc', 'a\nB\nc', new Set([1]))], [1]);
});

test('commonLines pairs equal lines in order, as many as a longest common subsequence has', () => {
  const lcs = (a: string[], b: string[]) => {
    const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
    return dp[a.length][b.length];
  };
  const lines = fc.array(fc.constantFrom('x', 'y', 'z', ''), { maxLength: 12 });
  fc.assert(
    fc.property(lines, lines, (a, b) => {
      const pairs = commonLines(a, b);
      assert.equal(pairs.length, lcs(a, b));
      pairs.forEach(([i, j], n) => {
        assert.equal(a[i], b[j]);
        if (n > 0) assert.ok(i > pairs[n - 1][0] && j > pairs[n - 1][1]);
      });
    }),
    { numRuns: 500, seed: 14 },
  );
});

test('--staged --changed-lines --fix: the findings left on changed lines, named by the fixed file\'s lines', async () => {
  const r = repo();
  const old = '# Bridge\n\n"The bridge opens in May,” said Mayor Ada Quill.\n';
  r.write('bridge.md', old);
  r.git('add', '.');
  r.git('commit', '-q', '--no-verify', '-m', 'old story with an old finding');
  // A new paragraph: a mixed closing mark (fixable) and a person introduced without a role.
  const staged = old + '\n"This is a disgrace.” Ben Ortiz said the bridge was late.\n';
  r.write('bridge.md', staged);
  r.git('add', '.');
  const out = await cli(['--staged', '--changed-lines', '--fix', '-f', 'json'], { cwd: r.dir });
  assert.equal(out.code, 0, out.stderr);
  const [result] = JSON.parse(out.stdout);
  const fixed = staged.replace(/"(The|This)/g, '“$1');
  assert.equal(fs.readFileSync(path.join(r.dir, 'bridge.md'), 'utf8'), fixed);
  assert.equal(result.output, fixed);
  assert.deepEqual(result.messages.map((m: { line: number; ruleId: string }) => [m.line, m.ruleId]), [[5, 'first-reference']]);
  r.done();
});
