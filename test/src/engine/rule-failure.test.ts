/**
 * A rule that throws is contained (issue 17): it gives one finding saying so, the failure is
 * returned for the caller's log, and every other rule still reports. Engine and CLI job.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, lintText, rules } from '../../../server/out/engine/index.js';
import { throwing } from './throwing-rule';
import { lintJob } from '../../../server/out/cli/messages.js';
import { defaultConfig } from '../../../server/out/engine/config.js';


const DRAFT = 'Pier to close\n\n"Nobody asked us about the pier, not once in ten years."\n\nMayor Ines Okafor spoke. Okafor and Okaffor left.\n';
const others = rules.filter((r) => r.id !== 'quote-marks');
const MESSAGE = "newslint: rule quote-marks failed on this draft: Cannot read properties of undefined (reading 'start')";

test('a rule that throws gives one finding naming it; every other rule still reports', () => {
  const withThrowing = [...others, throwing];
  const r = lintText(DRAFT, { rules: withThrowing });
  assert.deepEqual(r.failures, [{ ruleId: 'quote-marks', error: "Cannot read properties of undefined (reading 'start')" }]);
  const failed = r.findings.filter((f) => f.ruleId === 'quote-marks');
  assert.deepEqual(failed, [{ start: 0, end: 0, message: MESSAGE, ruleId: 'quote-marks', severity: 'error' }]);
  // The other rules' findings are exactly those they give without the throwing rule.
  assert.deepEqual(r.findings.filter((f) => f.ruleId !== 'quote-marks'), lint(DRAFT, { rules: others }));
  assert.ok(r.findings.some((f) => f.ruleId === 'quote-attribution') && r.findings.some((f) => f.ruleId === 'name-consistency'));
  assert.deepEqual(lintText(DRAFT).failures, []);
});

test('the CLI job reports the failure as a message and returns it for the log', () => {
  const r = lintJob(DRAFT, defaultConfig(), 'markdown', true, false, [...others, throwing]);
  assert.deepEqual(r.failures, ["quote-marks: Cannot read properties of undefined (reading 'start')"]);
  const m = r.messages.filter((x) => x.ruleId === 'quote-marks');
  assert.deepEqual(m.map((x) => [x.line, x.column, x.severity, x.message]), [[1, 1, 2, MESSAGE]]);
  assert.ok(r.messages.some((x) => x.ruleId === 'quote-attribution'));
  // --fix still applied the other rules' safe fixes.
  assert.ok(r.output?.includes('Okafor and Okafor left.'), r.output);
});
