/**
 * Fixture drafts under test/fixtures/quotes/: each draft (.txt, .md, .draft) has a sibling .json
 * with the exact quotes, quote-marks findings and (when fixable) the fixed text. Offsets are
 * UTF-16 indices into the draft as stored (BOM and CRLF included).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDraft } from '../../../server/out/engine/draft.js';
import { scanQuotes } from '../../../server/out/engine/quotes.js';
import { quoteMarks } from '../../../server/out/engine/rules/quote-marks.js';
import { fixAll } from '../../../server/out/engine/fixes.js';
import type { Analysis, DraftFormat, Finding } from '../../../server/out/engine/types.js';

const dir = path.join(__dirname, '..', '..', 'fixtures', 'quotes');

interface Expected {
  format: DraftFormat;
  quotes: Array<[number, number, string, string, string?]>;
  findings: Array<{ start: number; end: number; text: string; message: string; fix?: Array<{ start: number; end: number; text: string }> }>;
  fixed?: string;
}

/** The quote stages and the quote-marks rule alone, so these fixtures test exactly this rule. */
function lintQuoteMarks(text: string, format: DraftFormat): { analysis: Analysis; findings: Finding[] } {
  const draft = parseDraft(text, format);
  const { quotes, problems } = scanQuotes(draft);
  const analysis: Analysis = { draft, quotes, quoteMarkProblems: problems, people: [], mentions: [], roles: [] };
  const findings = quoteMarks
    .check({ analysis, options: {}, config: {} as never })
    .map((f) => ({ ...f, ruleId: 'quote-marks', severity: 'warning' as const }));
  return { analysis, findings };
}

const drafts = fs.readdirSync(dir).filter((f) => /\.(txt|md|draft)$/.test(f)).sort();

test('every fixture draft has an expectation file', () => {
  assert.ok(drafts.length >= 5);
  for (const f of drafts) assert.ok(fs.existsSync(path.join(dir, f.replace(/\.\w+$/, '.json'))), f);
});

for (const f of drafts) {
  test(`fixture ${f}: quotes, findings and fixes`, () => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const exp: Expected = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.\w+$/, '.json')), 'utf8'));
    const { analysis, findings } = lintQuoteMarks(text, exp.format);
    const quotes = analysis.quotes.map((q) => {
      const flags = (q.running ? 'R' : '') + (q.continuesRunning ? 'C' : '') + (q.close === null && !q.running ? 'U' : '');
      const row: Array<number | string> = [q.start, q.end, text.slice(q.start, q.end), q.kind];
      if (flags) row.push(flags);
      return row;
    });
    assert.deepEqual(quotes, exp.quotes);
    for (const q of exp.quotes) assert.equal(text.slice(q[0], q[1]), q[2]);
    assert.deepEqual(
      findings.map((x) => ({ start: x.start, end: x.end, text: text.slice(x.start, x.end), message: x.message, ...(x.fix ? { fix: x.fix.edits } : {}) })),
      exp.findings,
    );
    const fixed = fixAll(text, (t) => lintQuoteMarks(t, exp.format).findings);
    assert.equal(fixed.text, exp.fixed ?? text);
    // Fixed output re-lints clean of fixable findings, and fixing again changes nothing.
    assert.deepEqual(lintQuoteMarks(fixed.text, exp.format).findings.filter((x) => x.fix), []);
    assert.equal(fixAll(fixed.text, (t) => lintQuoteMarks(t, exp.format).findings).text, fixed.text);
    // A fix never changes a character outside its range: same length, differences only at fixed marks.
    assert.equal(fixed.text.length, text.length);
    const edited = new Set(findings.filter((x) => x.fix).map((x) => x.start));
    for (let i = 0; i < text.length; i++) if (text[i] !== fixed.text[i]) assert.ok(edited.has(i), `changed offset ${i}`);
  });
}
