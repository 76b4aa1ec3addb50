/**
 * Engine properties over generated drafts (gen.ts): never throws, time proportional to length,
 * sound ranges, fixes change only their ranges and keep line endings and the BOM, fix-all is
 * idempotent, and a ParagraphCache reused across edits gives what a fresh analysis gives.
 * Seeded (seed.ts); a failure prints the seed and the shrunk counterexample.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
// first: operations are counted only in code compiled after it loads
import { countOps, growth } from '../ops-count';
import fc from 'fast-check';
import { analyze, lint, lintText, type LintOptions } from '../../../server/out/engine/index.js';
import { anyDraft, edits, markdownSoup, newsDraft, quoteSoup, resolveEdit, applyEdit, unicodeText, type GenEdit } from './gen';
import { checkCacheSequence, checkFixAll, checkLint, checkRanges, Violation } from './checks';
import { CONFIGS } from './configs';
import { params } from './seed';
import { bbcArticles } from '../eval/corpus';

const configIndex = fc.nat(CONFIGS.length - 1);
const format = fc.constantFrom<'markdown' | 'plain'>('markdown', 'markdown', 'plain');

function opts(ci: number, fmt: 'markdown' | 'plain'): LintOptions {
  return { config: CONFIGS[ci].config, format: fmt };
}

// Load compromise's lexicon and the rules once, so the first property's time bound is fair.
lint('“Warm up,” said Marta Kowalczyk, the mayor of Dunford.\n\nMs Kowalczyk said: “Yes.”');

test('the engine never throws, stays within a time bound proportional to length, and gives sound ranges', () => {
  fc.assert(
    fc.property(anyDraft, configIndex, format, (text, ci, fmt) => {
      checkLint(text, opts(ci, fmt));
    }),
    params(300),
  );
});

test('random Unicode, quote-mark soup and Markdown soup: never throws, sound ranges', () => {
  fc.assert(
    fc.property(fc.oneof(unicodeText, quoteSoup, markdownSoup), configIndex, format, (text, ci, fmt) => {
      checkLint(text, opts(ci, fmt));
    }),
    params(300),
  );
});

test('fixes change only their ranges, keep line endings and the BOM; fix-all is idempotent', () => {
  fc.assert(
    fc.property(anyDraft, configIndex, format, (text, ci, fmt) => {
      checkFixAll(text, opts(ci, fmt));
    }),
    params(200),
  );
});

test('fix-all on news drafts written in CRLF and with a BOM keeps both', () => {
  fc.assert(
    fc.property(newsDraft, configIndex, (text, ci) => {
      const crlf = '\ufeff' + text.replace(/^\ufeff/, '').replace(/\r\n|\r|\n/g, '\r\n');
      const r = checkFixAll(crlf, opts(ci, 'markdown'));
      assert.equal(r.text.charCodeAt(0), 0xfeff);
      assert.doesNotMatch(r.text, /[^\r]\n|\r(?!\n)/, 'every line ending is still CRLF');
    }),
    params(100),
  );
});

test('a ParagraphCache reused across random edits gives the same findings and analysis as a fresh lint', () => {
  fc.assert(
    fc.property(anyDraft, edits(8), configIndex, format, (text, es: GenEdit[], ci, fmt) => {
      const versions = [text];
      let t = text;
      for (const e of es) {
        t = applyEdit(t, resolveEdit(t, e));
        versions.push(t);
      }
      checkCacheSequence(versions, opts(ci, fmt));
    }),
    params(60),
  );
});

test('the cache property holds for edits that only retype one paragraph (cache hits elsewhere)', () => {
  let hits = 0;
  fc.assert(
    fc.property(newsDraft, fc.array(fc.tuple(fc.nat(), fc.constantFrom('“', '”', '"', "'", ' said Haddad.', 'x', '')), { minLength: 1, maxLength: 10 }), (text, typing) => {
      // Type into the middle of the second paragraph (or wherever), one keystroke at a time.
      const versions = [text];
      let t = text;
      const para = Math.max(0, t.indexOf('\n\n') + 2);
      for (const [n, s] of typing) {
        const at = Math.min(t.length, para + (n % 40));
        t = t.slice(0, at) + s + t.slice(at);
        versions.push(t);
      }
      hits += checkCacheSequence(versions, opts(0, 'markdown')).hits;
    }),
    params(30),
  );
  assert.ok(hits > 0, 'the cache was used (untouched paragraphs hit)');
});

test('CR-only line endings (classic Mac) separate lines and paragraphs as they do in the editor', () => {
  const a = analyze('Headline\r\rBody said Haddad.\r');
  assert.deepEqual(a.draft.lineStarts, [0, 9, 10, 28]);
  assert.equal(a.draft.paragraphs.length, 2);
});

test('the cache property holds for drafts whose paragraphs repeat (cached scans shared between paragraphs)', () => {
  fc.assert(
    fc.property(newsDraft, fc.integer({ min: 2, max: 4 }), edits(6), configIndex, (text, copies, es: GenEdit[], ci) => {
      const body = text.replace(/^\ufeff/, '');
      const versions = [body.repeat(copies)];
      let t = versions[0];
      for (const e of es) {
        t = applyEdit(t, resolveEdit(t, e));
        versions.push(t);
      }
      checkCacheSequence(versions, opts(ci, 'markdown'));
    }),
    params(80),
  );
});

test('real corpus articles (read at run time when ../shared/corpus is present) with random edits', (t) => {
  const articles = bbcArticles();
  if (articles.length === 0) {
    t.skip('../shared/corpus not found: the corpus cases are skipped');
    return;
  }
  fc.assert(
    fc.property(fc.nat(articles.length - 1), edits(6), fc.boolean(), configIndex, (ai, es: GenEdit[], crlf, ci) => {
      const text = crlf ? articles[ai].text.replace(/\r?\n/g, '\r\n') : articles[ai].text;
      const o = opts(ci, 'markdown');
      checkLint(text, o);
      checkFixAll(text, o);
      const versions = [text];
      let cur = text;
      for (const e of es) {
        cur = applyEdit(cur, resolveEdit(cur, e));
        versions.push(cur);
      }
      checkCacheSequence(versions, o);
    }),
    params(25),
  );
});
