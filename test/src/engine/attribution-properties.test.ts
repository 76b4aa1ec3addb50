import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, lint } from '../../../server/out/engine/index.js';

// Drafts assembled from the pieces attribution reacts to: marks, cues, names, line breaks,
// CRLF, emoji and combining marks. Invariants only; exact behaviour is in attribution.test.ts.
const PIECES = [
  '"', '“', '”', '«', '»', '„', "'", '’', ' ', '\n', '\n\n', '\r\n', ',', '.', ':', '?', '!', '—', '(', ')',
  'said', 'Lavrov', 'he', 'the spokesman', 'according to', 'Mr', 'Smith', 'told', 'reporters', ' and ', '🎉',
  'é', 'e\u0301', '\t', 'We will win', 'saying', ', adding', 'Officials', 'The report', '\uFEFF',
];
const draft = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));

test('speaker and cue spans are original offsets and match their text', () => {
  fc.assert(
    fc.property(draft, (text) => {
      for (const q of analyze(text).quotes) {
        if (q.attributedBy === null) assert.ok(q.speaker === null && q.cue === null);
        for (const s of [q.speaker, q.cue]) {
          if (!s) continue;
          assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length);
          assert.equal(text.slice(s.start, s.end), s.text);
        }
      }
    }),
    { seed: 20261127, numRuns: 400 },
  );
});

test('quote-attribution suggestions edit only inside the finding', () => {
  fc.assert(
    fc.property(draft, (text) => {
      for (const f of lint(text)) {
        if (f.ruleId !== 'quote-attribution') continue;
        assert.equal(f.fix, undefined);
        for (const s of f.suggestions ?? []) for (const e of s.fix.edits) assert.ok(e.start >= f.start && e.end <= f.end);
      }
    }),
    { seed: 20261127, numRuns: 400 },
  );
});
