import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskedTokens, piecesOf, scanTokens, tokenIndexAt, tokenScans, tokensOf, withTokenMemo, wordAt } from '../../../server/out/engine/tokens.js';

const show = (text: string) => scanTokens(text).map((t) => `${t.kind}:${text.slice(t.s, t.e)}`);

test('scanTokens: words, numbers, single punctuation marks and runs of space, contiguous, with UTF-16 offsets', () => {
  assert.deepEqual(show('Ms Okafor’s 3rd bid, 2016.'), [
    'word:Ms', 'space: ', 'word:Okafor', 'punct:’', 'word:s', 'space: ', 'word:3rd', 'space: ',
    'word:bid', 'punct:,', 'space: ', 'number:2016', 'punct:.',
  ]);
  // An emoji is one punct token of two code units; accents and non-Latin letters are word letters.
  const text = 'Zoë 🎉 Ленин\u00a0\t—x';
  const toks = scanTokens(text);
  assert.deepEqual(show(text), ['word:Zoë', 'space: ', 'punct:🎉', 'space: ', 'word:Ленин', 'space:\u00a0\t', 'punct:—', 'word:x']);
  assert.deepEqual(toks[2], { s: 4, e: 6, kind: 'punct' });
  // Contiguous: every code unit belongs to exactly one token.
  for (let i = 1; i < toks.length; i++) assert.equal(toks[i].s, toks[i - 1].e);
  assert.equal(toks[toks.length - 1].e, text.length);
  // A zero-width space is not white space in JavaScript: a punct token, as the old word patterns read it.
  assert.deepEqual(show('a\u200bb'), ['word:a', 'punct:\u200b', 'word:b']);
  assert.deepEqual(scanTokens(''), []);
});

test('tokensOf: the same array for equal texts within one lint; outside one, only the last text is kept', () => {
  const a = 'The council met on Tuesday.';
  const b = ['The council', 'met on Tuesday.'].join(' ');
  withTokenMemo(undefined, () => {
    assert.equal(tokensOf(a), tokensOf(b));
    assert.notEqual(tokensOf(a), tokensOf(a + ' '));
    // Nested lints share the outer memo.
    assert.equal(withTokenMemo(undefined, () => tokensOf(b)), tokensOf(a));
  });
  // Outside a lint only the last text is kept.
  const ta = tokensOf(a);
  assert.equal(tokensOf(b), ta);
  tokensOf('Another text.');
  assert.notEqual(tokensOf(a), ta);
  assert.deepEqual(tokensOf(a), ta);
});

test('wordAt: a word joins the marks a stage accepts, starts inside a token when asked, and stops at the bound', () => {
  const text = 'U.S. envoy Ana Smith-Jones (R-Texas) met AT&T.';
  const toks = tokensOf(text);
  const word = (from: number, to: number, joiners: string) => {
    const w = wordAt(text, toks, tokenIndexAt(toks, from), from, to, joiners);
    return w && text.slice(w.s, w.e);
  };
  assert.equal(word(0, text.length, ".'’-&"), 'U.S.');
  assert.equal(word(0, text.length, ''), 'U');
  assert.equal(word(text.indexOf('Smith'), text.length, '-'), 'Smith-Jones');
  assert.equal(word(text.indexOf('Smith') + 2, text.length, '-'), 'ith-Jones');
  assert.equal(word(text.indexOf('Smith'), text.indexOf('Smith') + 3, '-'), 'Smi');
  // Skips space and punctuation to the next word; none before the bound gives null.
  assert.equal(word(text.indexOf('('), text.length, '-'), 'R-Texas');
  assert.equal(word(text.indexOf('AT'), text.length, '&'), 'AT&T');
  assert.equal(word(text.indexOf(' met'), text.indexOf(' met') + 1, '-'), null);
  assert.equal(word(text.length - 1, text.length, '.'), null);
});

test('piecesOf: the pieces between spaces and the given separators', () => {
  assert.deepEqual(piecesOf('  By Ann Lee,  BBC News; London ', ',;'), ['By', 'Ann', 'Lee', 'BBC', 'News', 'London']);
  assert.deepEqual(piecesOf('a,,b c', ','), ['a', 'b', 'c']);
  assert.deepEqual(piecesOf('a,b', ''), ['a,b']);
  assert.deepEqual(piecesOf(' , ', ','), []);
});

test('the views read words as the word patterns they replaced did (seeded random texts, every range)', async () => {
  const { tokenize } = await import('../../../server/out/engine/roles.js');
  // What a word is, as a pattern: roles.ts's words and attribution.ts's words (with "/").
  const wordsByPattern = (re: RegExp, text: string, from: number, to: number) => {
    const out: string[] = [];
    re.lastIndex = from;
    for (let m; (m = re.exec(text)) && m.index < to; ) out.push(`${m.index}:${text.slice(m.index, Math.min(m.index + m[0].length, to))}`);
    return out;
  };
  const ROLE_WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&-]*|[^\s\p{L}\p{M}\p{N}]/gu;
  const ATTRIBUTION_WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-&/]*/gu;
  const alphabet = ['a', 'B', 'é', '\u0301', '7', '²', ' ', '\u00a0', '\n', '.', ',', ';', "'", '’', '&', '-', '/', '"', '(', '\u200b', '🎉', 'Ж', 'Sen', 'U'];
  let seed = 16;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let i = 0; i < 3000; i++) {
    let text = '';
    for (let j = 1 + rand(12); j > 0; j--) text += alphabet[rand(alphabet.length)];
    const from = rand(text.length + 1);
    const to = from + rand(text.length - from + 1);
    // roles.ts: the pattern's matches, before trailing marks are split off, joined back up.
    const joined: string[] = [];
    for (const t of tokenize(text, from, to)) {
      const last = joined.length ? joined[joined.length - 1] : null;
      const [ls, lt] = last ? [Number(last.slice(0, last.indexOf(':'))), last.slice(last.indexOf(':') + 1)] : [0, ''];
      if (last && ls + lt.length === t.s && /^[.'’&-]$/.test(t.t) && /[\p{L}\p{M}\p{N}.'’&-]$/u.test(lt) && /^[\p{L}\p{M}\p{N}]/u.test(lt)) joined[joined.length - 1] = `${ls}:${lt}${t.t}`;
      else joined.push(`${t.s}:${t.t}`);
    }
    assert.deepEqual(joined, wordsByPattern(ROLE_WORD, text, from, to), JSON.stringify([text, from, to]));
    const toks = tokensOf(text);
    const views: string[] = [];
    for (let k = tokenIndexAt(toks, from), pos = from, w; (w = wordAt(text, toks, k, pos, to, "'’.-&/")); k = w.next, pos = w.e) views.push(`${w.s}:${text.slice(w.s, w.e)}`);
    assert.deepEqual(views, wordsByPattern(ATTRIBUTION_WORD, text.slice(0, to), from, to), JSON.stringify([text, from, to]));
    assert.deepEqual(piecesOf(text, ',;'), text.split(/[\s,;]+/).filter((w) => w.length > 0));
  }
});

test('one analysis cuts each paragraph once; with the editor\'s cache, the next analysis cuts only what changed', async () => {
  const { analyze } = await import('../../../server/out/engine/analyze.js');
  const { lintText } = await import('../../../server/out/engine/index.js');
  const { ParagraphCache } = await import('../../../server/out/engine/cache.js');
  const paragraphs = [
    'Harbour vote delayed',
    'Port chairwoman Ines Varga said on Tuesday that the vote on the new quay, first planned for May, would wait.',
    '"We need another month," said Tomas Reyes, a spokesman for the dockers\' union. Varga agreed.',
    'The council\'s planning chief, Dana Holm, told reporters the plans were "nearly ready".',
  ];
  const text = paragraphs.join('\n\n') + '\n';
  // The body paragraphs the stages read word by word are cut during the analysis and found
  // memoised by the rest of the lint.
  withTokenMemo(undefined, () => {
    analyze(text);
    const before = tokenScans();
    for (const p of paragraphs.slice(1)) tokensOf(p);
    assert.equal(tokenScans(), before, 'a body paragraph was not tokenised during the analysis, or not memoised');
  });
  // Without a cache each lint cuts afresh; with one, an unchanged draft is not cut again and an
  // edit to one paragraph cuts only what the edit changed.
  const cache = new ParagraphCache();
  lintText(text, { cache });
  cache.sweep();
  const before = tokenScans();
  lintText(text, { cache });
  cache.sweep();
  assert.equal(tokenScans(), before);
  lintText(text.replace('nearly ready', 'almost ready'), { cache });
  // (The attribution stage's quote-masked copy of it is derived from its tokens, not cut again.)
  assert.equal(tokenScans() - before, 1, 'only the edited paragraph is cut again');
  const uncached = tokenScans();
  lintText(text);
  assert.ok(tokenScans() - uncached >= 3, 'without a cache a lint keeps nothing from the last');
});

test('masked tokens are the text\'s own outside the spans, one punct token per span, edge tokens cut again', () => {
  const text = 'Mayor Ana Lutz said "we wait"; then: abc’def 3rd.';
  // A span on a quote's marks, and one cutting a word ("abc’def") and a number-word ("3rd") inside.
  const q = [text.indexOf('"'), text.indexOf(';')] as const;
  const cut = [text.indexOf('c’'), text.indexOf('rd') ] as const;
  const toks = maskedTokens(text, [q, cut]);
  const masked = text.slice(0, q[0]) + '\u0001'.repeat(q[1] - q[0]) + text.slice(q[1], cut[0]) + '\u0002'.repeat(cut[1] - cut[0]) + text.slice(cut[1]);
  // What cutting the masked copy gives, each run of mask characters read as one token.
  const expected: { s: number; e: number; kind: string }[] = [];
  for (const t of scanTokens(masked)) {
    const last = expected[expected.length - 1];
    const m = /[\u0001\u0002]/.test(masked[t.s]);
    if (m && last && last.kind === 'punct' && last.e === t.s && /[\u0001\u0002]/.test(masked[last.s])) last.e = t.e;
    else expected.push({ s: t.s, e: t.e, kind: t.kind });
  }
  assert.deepEqual(toks.map((t) => ({ s: t.s, e: t.e, kind: t.kind })), expected);
  // "ab" before the cut and "rd" after it are words of their own; "Mayor" is the text's own token.
  assert.deepEqual(toks.filter((t) => t.kind === 'word').map((t) => text.slice(t.s, t.e)), ['Mayor', 'Ana', 'Lutz', 'said', 'then', 'ab', 'rd']);
  assert.equal(toks[0], tokensOf(text)[0]);
  assert.equal(maskedTokens(text, []), tokensOf(text));
  // A span inside one word: both ends of the word are kept.
  const inner = maskedTokens('go abcdef now', [[5, 7]]);
  assert.deepEqual(inner.map((t) => [t.s, t.e, t.kind]), [[0, 2, 'word'], [2, 3, 'space'], [3, 5, 'word'], [5, 7, 'punct'], [7, 9, 'word'], [9, 10, 'space'], [10, 13, 'word']]);
});
