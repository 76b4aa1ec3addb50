/**
 * Lazy suggestions (issue 15 §2): "Use X everywhere" is a small ref on each finding, resolved on
 * demand to the same edits the rule used to copy onto every finding; reports stay linear.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText, resolveSuggestion } from '../../../server/out/engine/index.js';
import { lintJob } from '../../../server/out/cli/messages.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

type Expected = [number, number, string, [number, number, string][]];

/** Each name-consistency finding: range, the lazy suggestion's title and its resolved edits. */
function resolved(text: string): Expected[] {
  const { analysis, findings } = lintText(text);
  return findings
    .filter((f) => f.ruleId === 'name-consistency')
    .map((f) => {
      assert.equal(f.suggestions, undefined);
      assert.equal(f.lazySuggestions?.length, 1);
      const s = f.lazySuggestions![0];
      const fix = resolveSuggestion(f.ruleId, s.ref, analysis);
      return [f.start, f.end, s.desc, (fix?.edits ?? []).map((e) => [e.start, e.end, e.text] as [number, number, string])];
    });
}

// The edits below are those the rule computed eagerly, on every finding, before it turned lazy.
test('resolved "use everywhere" edits equal the eager ones: one part, three spellings', () => {
  const text = fs.readFileSync(path.join(__dirname, '../../fixtures/names/gaddafi.md'), 'utf8');
  assert.deepEqual(resolved(text), [
    [31, 38, "Use 'Gaddafi' everywhere instead", [[65, 72, 'Gaddafi'], [116, 123, 'Gaddafi'], [142, 149, 'Gaddafi']]],
    [65, 72, "Use 'Qaddafi' everywhere instead", [[31, 38, 'Qaddafi'], [116, 123, 'Qaddafi'], [142, 149, 'Qaddafi']]],
    [116, 123, "Use 'Kadhafi' everywhere instead", [[31, 38, 'Kadhafi'], [65, 72, 'Kadhafi'], [142, 149, 'Kadhafi']]],
  ]);
});

test('resolved edits equal the eager ones: given name and surname together, and surname alone', () => {
  const text = "Talks\n\nVolodymyr Zelenskyy spoke. Later Vladimir Zelensky left. Zelenskyy returned, and Zelensky's aide and Zelenskyy's wife waved.";
  assert.deepEqual(resolved(text), [
    [40, 57, "Use 'Vladimir Zelensky' everywhere instead", [[7, 16, 'Vladimir'], [17, 26, 'Zelensky'], [64, 73, 'Zelensky'], [108, 117, 'Zelensky']]],
    [88, 96, "Use 'Zelensky' everywhere instead", [[17, 26, 'Zelensky'], [64, 73, 'Zelensky'], [108, 117, 'Zelensky']]],
  ]);
});

test('resolved edits equal the eager ones: two people, given names only', () => {
  const text = 'Talks\n\nVolodymyr Zelenskyy met Mohammed bin Salman. Vladimir Zelenskyy and Muhammad bin Salman agreed. Volodymyr Zelenskyy left.';
  assert.deepEqual(resolved(text), [
    [52, 60, "Use 'Vladimir' everywhere instead", [[7, 16, 'Vladimir'], [103, 112, 'Vladimir']]],
    [75, 83, "Use 'Muhammad' everywhere instead", [[31, 39, 'Muhammad']]],
  ]);
});

test('findings offering the same change share one ref; a ref for an unknown rule or person resolves to null', () => {
  const text = 'Talks\n\nVolodymyr Zelenskyy spoke. Zelensky left. Zelensky came back. Zelensky waved.';
  const { analysis, findings } = lintText(text);
  const keys = findings.filter((f) => f.ruleId === 'name-consistency').map((f) => f.lazySuggestions![0].ref.key);
  assert.equal(keys.length, 3);
  assert.equal(new Set(keys).size, 1);
  const ref = findings.find((f) => f.ruleId === 'name-consistency')!.lazySuggestions![0].ref;
  assert.equal(resolveSuggestion('quote-marks', ref, analysis), null);
  assert.equal(resolveSuggestion('name-consistency', { key: 'x', data: { personId: 99, spell: { surname: 'Zelensky' } } }, analysis), null);
  assert.equal(resolveSuggestion('name-consistency', { key: 'x', data: {} }, analysis), null);
});

test('the JSON report grows linearly with the mentions of a name spelled two ways (bytes counted)', () => {
  const para = 'Sergey Lavrov said "we will win the war today" and Zelenskyy told reporters "nobody called us" as Zelensky left.\n\n';
  const size = (n: number) => {
    const r = lintJob('Talks\n\n' + para.repeat(n), defaultConfig(), 'markdown', false);
    assert.equal(r.messages.filter((m) => m.ruleId === 'name-consistency').length, n);
    return JSON.stringify(r.messages).length;
  };
  const small = size(50);
  const large = size(200);
  // Linear: four times the mentions, at most four times the bytes (plus the longer offsets).
  assert.ok(large <= small * 4.2, `${small} bytes for 50 paragraphs, ${large} for 200`);
  const m = lintJob('Talks\n\n' + para.repeat(2), defaultConfig(), 'markdown', false).messages.find((x) => x.ruleId === 'name-consistency')!;
  assert.deepEqual(m.lazySuggestions, [{ desc: "Use 'Zelensky' everywhere instead", key: '1:surname=Zelensky' }]);
  assert.equal(m.suggestions, undefined);
});
