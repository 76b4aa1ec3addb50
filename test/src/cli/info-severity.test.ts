/**
 * What an info finding is in ESLint's JSON. ESLint's messages have severity 1 (warning) or 2
 * (error) only; 0 means "rule off", and tools that read ESLint JSON drop or reject it. So an info
 * finding is severity 1 marked `"info": true`: ESLint tools show it as a warning, tools that know
 * newslint read `info`; it is not in `warningCount`, not counted by `--max-warnings`, never fails
 * a run. SARIF gives it level "note", github a notice, checkstyle severity "info".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, rm, tree } from './helpers';

// Invented copy: a courtesy title on a later mention is an info finding of later-reference.
const DRAFT = 'Ferry talks\n\nMayor Elena Marsh opened the pier.\n\nMrs Marsh said the boat was late.\n';
const MESSAGE = 'House style uses no courtesy titles: "Marsh", not "Mrs Marsh"';

test('ESLint JSON: an info finding is severity 1 with "info": true, outside warningCount and --max-warnings', async () => {
  const dir = tree({ 'ferry.md': DRAFT });
  const r = await cli(['ferry.md', '-f', 'json', '--max-warnings', '0'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const [result] = JSON.parse(r.stdout);
  assert.deepEqual(result.messages, [
    { ruleId: 'later-reference', severity: 1, message: MESSAGE, line: 5, column: 1, endLine: 5, endColumn: 4, offset: 49, endOffset: 52, info: true, fix: { range: [49, 53], text: '' } },
  ]);
  assert.deepEqual([result.errorCount, result.warningCount, result.fixableErrorCount, result.fixableWarningCount], [0, 0, 0, 0]);
  const sarif = JSON.parse((await cli(['ferry.md', '-f', 'sarif'], { cwd: dir })).stdout);
  assert.equal(sarif.runs[0].results[0].level, 'note');
  const gh = await cli(['ferry.md', '-f', 'github'], { cwd: dir });
  assert.equal(gh.stdout, `::notice file=ferry.md,line=5,col=1,endLine=5,endColumn=4,title=newslint (later-reference)::${MESSAGE}\n`);
  rm(dir);
});
