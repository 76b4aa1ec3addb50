import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { cli } from './helpers';

// The README's main job: `npx newslint examples/` on the sample drafts the team wrote.
const root = path.resolve(__dirname, '..', '..', '..');

test('newslint examples/: the wire story, the unattributed quote, and the clean draft', async () => {
  const r = await cli(['examples/', '-f', 'json'], { cwd: root });
  assert.equal(r.code, 0, r.stderr);
  const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] }[];
  const byFile = Object.fromEntries(results.map((f) => [path.relative(root, f.filePath), f.messages.map((m) => [m.ruleId, m.line, m.column, m.message])]));
  assert.deepEqual(byFile, {
    'examples/council-budget.txt': [],
    'examples/lavrov-wire.md': [
      ['name-consistency', 1, 46, "'Zelensky' (3×) is also spelled 'Zelenskyy' (1×) in this draft"],
      ['quote-marks', 5, 1, 'Mixed quote marks: straight opening " with curly closing ”'],
      ['quote-marks', 9, 118, 'Mixed quote marks: curly opening “ with straight closing "'],
      ['name-consistency', 11, 39, "'Zelensky' (3×) is also spelled 'Zelenskyy' (1×) in this draft"],
      ['name-consistency', 15, 1, "'Zelensky' (3×) is also spelled 'Zelenskyy' (1×) in this draft"],
    ],
    'examples/school-closure.draft': [['quote-attribution', 7, 1, 'Quote has no speaker']],
  });
});
