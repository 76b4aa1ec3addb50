/** In the editor, a rule that throws gives one diagnostic and one log line; the others still report. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './harness';
import { lintText, rules } from '../../../server/out/engine/index.js';
import { throwing } from '../engine/throwing-rule';

const DRAFT = 'Pier to close\n\n"Nobody asked us about the pier, not once in ten years."\n\nMayor Ines Okafor spoke. Okafor and Okaffor left.\n';

test('a rule that throws: one diagnostic naming it, logged once, every other rule still reports', async () => {
  const withThrowing = [...rules.filter((r) => r.id !== 'quote-marks'), throwing];
  const c = await TestClient.start({ server: { lintText: (text, options) => lintText(text, { ...options, rules: withThrowing }) } });
  try {
    c.open('untitled:pier.md', DRAFT);
    const d = await c.diagnosticsFor('untitled:pier.md', 1);
    assert.deepEqual(
      d.map((x) => [x.code, x.range.start.line, x.range.start.character, x.severity, x.message]),
      [
        ['quote-marks', 0, 0, 1, "newslint: rule quote-marks failed on this draft: Cannot read properties of undefined (reading 'start')"],
        ['quote-attribution', 2, 0, 2, 'Quote has no speaker'],
        ['name-consistency', 4, 36, 2, "'Okaffor' (1×) is also spelled 'Okafor' (2×) in this draft"],
      ],
    );
    const v = c.edit('untitled:pier.md', DRAFT.length, DRAFT.length, '\nMore.\n');
    await c.diagnosticsFor('untitled:pier.md', v);
    const logged = c.logs.filter((l) => l.includes('failed on'));
    assert.deepEqual(logged, ["newslint: rule quote-marks failed on untitled:pier.md: Cannot read properties of undefined (reading 'start')"]);
  } finally {
    await c.shutdown();
  }
});
