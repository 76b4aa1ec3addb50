/**
 * Invariants of the draft model and the quote scanner on random text made of quote marks,
 * apostrophes, letters, punctuation, Markdown markup, CRLF, BOM, emoji and combining marks.
 * Fixed seed: reproducible; failures print the counterexample.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDraft } from '../../../server/out/engine/draft.js';
import { scanQuotes } from '../../../server/out/engine/quotes.js';
import { quoteMarks } from '../../../server/out/engine/rules/quote-marks.js';
import { fixAll } from '../../../server/out/engine/fixes.js';
import type { Analysis, DraftFormat, Finding } from '../../../server/out/engine/types.js';

const PIECES = [
  '"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n',
  'We', 'will', 'win', 'Mr.', 'Smith', 'said', 'he', 'U.S.', '3.5', '.', ',', '?', '!', ':', '—', '…',
  '😀', 'e\u0301', '\t', '# ', '- ', '> ', '*', '_', '`', '[a](b "c")', '<!-- x -->', '```', '---', 'title: T', '\uFEFF',
];
const draftText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const SEED = 20261127;

function lintMarks(text: string, format: DraftFormat): Finding[] {
  const draft = parseDraft(text, format);
  const { quotes, problems } = scanQuotes(draft);
  const analysis: Analysis = { draft, quotes, quoteMarkProblems: problems, people: [], mentions: [], roles: [] };
  return quoteMarks
    .check({ analysis, options: {}, config: {} as never })
    .map((f) => ({ ...f, ruleId: 'quote-marks', severity: 'warning' as const }));
}

test('prose keeps length and line breaks; paragraphs, sentences and quotes are ordered and in range', () => {
  fc.assert(
    fc.property(draftText, fc.constantFrom<DraftFormat>('plain', 'markdown'), (text, format) => {
      const d = parseDraft(text, format);
      assert.equal(d.prose.length, text.length);
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\n' || c === '\r') assert.equal(d.prose[i], c);
        else if (d.prose[i] !== ' ') assert.equal(d.prose[i], c);
      }
      let last = -1;
      for (const p of d.paragraphs) {
        assert.ok(p.start >= last && p.start < p.end && p.end <= text.length);
        last = p.end;
        for (const si of p.sentences) {
          const s = d.sentences[si];
          assert.equal(s.paragraph, p.index);
          assert.ok(s.start >= p.start && s.end <= p.end && s.start < s.end);
          assert.notEqual(d.prose[s.start].trim(), '');
        }
      }
      const { quotes, problems } = scanQuotes(d);
      let prevEnd = -1;
      for (const q of quotes) {
        assert.ok(q.start >= prevEnd, 'quotes do not overlap');
        prevEnd = q.end;
        assert.equal(text.slice(q.open.start, q.open.end), q.open.mark);
        if (q.close) assert.equal(text.slice(q.close.start, q.close.end), q.close.mark);
        assert.ok(q.start <= q.content.start && q.content.start <= q.content.end && q.content.end <= q.end);
        const p = d.paragraphs[q.paragraph];
        assert.ok(q.start >= p.start && q.end <= p.end);
        assert.ok(q.sentence === -1 || d.sentences[q.sentence].paragraph === q.paragraph);
      }
      for (const pr of problems) {
        assert.equal(pr.end - pr.start, 1);
        if (pr.replace) assert.deepEqual([pr.replace.start, pr.replace.end], [pr.start, pr.end]);
      }
    }),
    { seed: SEED, numRuns: 400 },
  );
});

test('a prefix paragraph shifts every quote and problem by its length', () => {
  fc.assert(
    fc.property(draftText, (body) => {
      const base = 'Headline\n\n' + body.replace(/\uFEFF/g, '');
      const prefix = '\uFEFF😀 Cafe\u0301\r\n\r\n';
      const a = scanQuotes(parseDraft('Headline\n\n' + base, 'plain'));
      const b = scanQuotes(parseDraft(prefix + 'Headline\n\n' + base, 'plain'));
      const shift = prefix.length;
      assert.deepEqual(b.quotes.map((q) => [q.start - shift, q.end - shift, q.kind, q.running]), a.quotes.map((q) => [q.start, q.end, q.kind, q.running]));
      assert.deepEqual(b.problems.map((p) => [p.kind, p.start - shift]), a.problems.map((p) => [p.kind, p.start]));
    }),
    { seed: SEED, numRuns: 200 },
  );
});

test('fixing quote marks changes only fixed marks, is idempotent and leaves no fixable finding', () => {
  fc.assert(
    fc.property(draftText, fc.constantFrom<DraftFormat>('plain', 'markdown'), (text, format) => {
      const fixed = fixAll(text, (t) => lintMarks(t, format));
      assert.equal(fixed.text.length, text.length);
      assert.deepEqual(lintMarks(fixed.text, format).filter((f) => f.fix), []);
      assert.equal(fixAll(fixed.text, (t) => lintMarks(t, format)).text, fixed.text);
      for (let i = 0; i < text.length; i++) {
        if (text[i] !== fixed.text[i]) assert.ok('"“”'.includes(text[i]) && '"“”'.includes(fixed.text[i]), `offset ${i}`);
      }
    }),
    { seed: SEED, numRuns: 300 },
  );
});
