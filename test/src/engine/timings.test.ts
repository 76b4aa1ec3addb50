/** `timings`: the cost of each analysis stage and each rule, for the benchmarks; findings unchanged. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, rules } from '../../../server/out/engine/index.js';

test('lintText adds the time of every stage and every enabled rule to timings, and finds the same', () => {
  const text = 'Pier to close\n\n"Nobody asked us about the pier, not once in ten years."\n\nMayor Ines Okafor spoke. Okafor and Okaffor left.\n';
  const timings: Record<string, number> = {};
  const timed = lintText(text, { timings });
  const enabled = rules.filter((r) => r.defaultSeverity !== 'off').map((r) => `rule ${r.id}`);
  assert.deepEqual(Object.keys(timings).sort(), ['attribution', 'draft', 'people', 'quotes', 'roles', 'titles', ...enabled].sort());
  assert.ok(Object.values(timings).every((v) => v >= 0));
  assert.deepEqual(timed.findings, lintText(text).findings);
  // Times add up over calls.
  const before = { ...timings };
  lintText(text, { timings });
  assert.ok(Object.keys(before).every((k) => timings[k] >= before[k]));
});
