/**
 * Fix-all's later passes re-analyse only the paragraphs its fixes touched (one paragraph cache
 * for all passes), and `--fix` reuses the last pass's lint of the fixed text instead of linting
 * it again. Counted in operations (ops-count.ts), never timed; same results as linting afresh.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
// first: operations are counted only in code compiled after it loads
import { countOps } from '../ops-count';
import { fixText, lint, lintText } from '../../../server/out/engine/index.js';
import { lintJob } from '../../../server/out/cli/messages.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

/** 60 paragraphs of invented copy; every tenth closes a curly quote with a straight mark. */
function draft(): string {
  const paras = ['Harbour vote delayed again'];
  for (let i = 1; i <= 60; i++) {
    const close = i % 10 === 0 ? '"' : '”';
    paras.push(`“The ferry timetable for ward ${i} is final${close}, Harbour Commissioner Ines Okafor said on Tuesday. The council in Portvale approved the budget after a long debate.`);
  }
  return paras.join('\n\n') + '\n';
}

test('fixText: the passes share one paragraph cache and return the lint of the fixed text', () => {
  const text = draft();
  const r = fixText(text);
  assert.equal(r.applied, 6);
  assert.equal(r.text, text.replace(/final"/g, 'final”'));
  assert.ok(r.final, 'the last pass linted the fixed text');
  assert.deepEqual(r.final.findings, lintText(r.text).findings);
  lint(text); // warm
  const once = countOps(() => lint(text));
  const fixing = countOps(() => fixText(text));
  // Two passes: a whole lint, then one that re-analyses 6 paragraphs of 61 (was 2 whole lints).
  assert.ok(fixing < 1.5 * once, `fixText ${fixing} operations, one lint ${once}`);
});

test('--fix lints the fixed draft once: the messages are those of a fresh lint of the output', () => {
  const text = draft();
  const config = defaultConfig();
  const job = lintJob(text, config, 'markdown', true);
  const fresh = lintJob(job.output as string, config, 'markdown', false);
  assert.equal(job.output, text.replace(/final"/g, 'final”'));
  assert.deepEqual(job.messages, fresh.messages);
  const once = countOps(() => lint(text, { config }));
  const fixing = countOps(() => lintJob(text, config, 'markdown', true));
  // Was three whole lints (fix pass, verifying pass, then the report's lint of the output).
  assert.ok(fixing < 1.6 * once, `lintJob --fix ${fixing} operations, one lint ${once}`);
});
