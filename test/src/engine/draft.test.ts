import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft, splitSentences } from '../../../server/out/engine/draft.js';
import { ParagraphCache } from '../../../server/out/engine/cache.js';

function sentenceTexts(text: string, format: 'markdown' | 'plain' = 'plain'): string[] {
  const d = parseDraft(text, format);
  return d.sentences.map((s) => text.slice(s.start, s.end));
}

test('plain text: first line is the headline, blank lines separate paragraphs, CRLF and BOM keep offsets', () => {
  const text = '\uFEFFCouncil votes\r\n\r\nThe council met. It voted.\r\nThen it left.\r\n\r\nLast one.';
  const d = parseDraft(text, 'plain');
  assert.equal(d.prose.length, text.length);
  assert.equal(d.prose[0], ' ');
  assert.deepEqual(d.headline, { start: 1, end: 14 });
  assert.deepEqual(
    d.paragraphs.map((p) => [p.start, p.end, p.kind, p.sentences]),
    [
      [1, 14, 'headline', [0]],
      [18, 59, 'body', [1, 2, 3]],
      [63, 72, 'body', [4]],
    ],
  );
  assert.deepEqual(
    d.sentences.map((s) => text.slice(s.start, s.end)),
    ['Council votes', 'The council met.', 'It voted.', 'Then it left.', 'Last one.'],
  );
  assert.deepEqual(d.lineStarts, [0, 16, 18, 46, 61, 63]);
  assert.deepEqual(d.sentences[3], { start: 46, end: 59, index: 3, paragraph: 1 });
});

test('a headline followed directly by body text is its own paragraph', () => {
  const text = 'Headline\nBody line one. Body two.';
  const d = parseDraft(text, 'plain');
  assert.deepEqual(d.paragraphs.map((p) => [p.start, p.end, p.kind]), [
    [0, 8, 'headline'],
    [9, 33, 'body'],
  ]);
});

test('sentences do not break on abbreviations, initials, decimals, ellipses or quoted attribution', () => {
  const body =
    'Mr. Smith met Dr. Jones at St. Mary\'s on Jan. 5. ' +
    'Sen. Ray and Gov. Lee flew to the U.S. from the U.K. on Tuesday. ' +
    'John F. Kennedy and J.K. Rowling were not there. ' +
    'Prices rose 3.5 per cent... and then fell. ' +
    '"We will win," he said. ' +
    '"Can we?" she asked. ' +
    '"Never!" said Ms Smith. ' +
    '"Why now?" Mr Brown asked. ' +
    '"Enough." That was all.';
  assert.deepEqual(sentenceTexts('H\n\n' + body).slice(1), [
    'Mr. Smith met Dr. Jones at St. Mary\'s on Jan. 5.',
    'Sen. Ray and Gov. Lee flew to the U.S. from the U.K. on Tuesday.',
    'John F. Kennedy and J.K. Rowling were not there.',
    'Prices rose 3.5 per cent... and then fell.',
    '"We will win," he said.',
    '"Can we?" she asked.',
    '"Never!" said Ms Smith.',
    '"Why now?" Mr Brown asked.',
    '"Enough."',
    'That was all.',
  ]);
});

test('sentences end before an opening quote mark, a digit, and across soft line breaks', () => {
  assert.deepEqual(splitSentences('It rained. “Awful,” he said.\nAnother day! 20 people came. (Aside.)'), [0, 10, 11, 28, 29, 41, 42, 57, 58, 66]);
});

test('after ?/! and a closing quote, a reporting verb or a speaker of up to four words before one keeps the sentence', () => {
  const text = '"Why?" Jo Ann Lee Kerr said. "No!" Jo Ann Lee Kerr Moss said. "Now?" e-mailed Ola. "Yes!" Ola saidx. "Go!" Éva Ruiz wrote.';
  const r = splitSentences(text);
  assert.deepEqual(r, [0, 28, 29, 34, 35, 61, 62, 82, 83, 89, 90, 100, 101, 122]);
  assert.equal(text.slice(r[2], r[3]), '"No!"'); // '"No!"' ends: five words before the verb are too many
  assert.equal(text.slice(r[8], r[9]), '"Yes!"'); // "saidx" is no reporting verb
});

test('markdown: front matter title is the headline, markup and code are blanked in prose', () => {
  const text = [
    '---',
    'title: "Port strike ends"',
    'date: 2026-01-02',
    '---',
    '# Port strike ends after talks',
    '',
    'The *union* said [in a statement](https://example.org/a?"x" "Title") that `"code"` was over.',
    '',
    '```',
    '"unclosed in code',
    '```',
    '',
    '- First item',
    '- Second "item"',
    '',
    '> A quoted',
    '> paragraph.',
    '',
    '## Second heading',
  ].join('\n');
  const d = parseDraft(text, 'markdown');
  assert.equal(d.prose.length, text.length);
  const hl = text.indexOf('Port strike ends"');
  assert.deepEqual(d.headline, { start: hl, end: hl + 'Port strike ends'.length });
  assert.deepEqual(
    d.paragraphs.map((p) => [p.kind, d.prose.slice(p.start, p.end)]),
    [
      ['headline', 'Port strike ends'],
      ['heading', 'Port strike ends after talks'],
      ['body', 'The  union  said  in a statement' + ' '.repeat(37) + 'that' + ' '.repeat(10) + 'was over.'],
      ['list-item', 'First item'],
      ['list-item', 'Second "item"'],
      ['blockquote', 'A quoted\n  paragraph.'],
      ['heading', 'Second heading'],
    ],
  );
  assert.ok(!d.prose.includes('unclosed'));
  assert.ok(!d.prose.includes('date'));
  assert.ok(!d.prose.includes('"code"'));
});

test('markdown: the first line is the headline when there is no front matter or heading', () => {
  const d = parseDraft('Storm hits coast\n\nWinds rose.', 'markdown');
  assert.deepEqual(d.headline, { start: 0, end: 16 });
  assert.equal(d.paragraphs[1].kind, 'body');
});

test('directives are parsed from HTML comments and blanked; other comments are blanked too', () => {
  const text =
    'Head\n\n<!-- newslint-disable quote-marks, name-consistency -->\nBody.\n<!-- newslint-enable -->\n' +
    'Text <!-- newslint-disable-line quote-attribution --> here.\n<!-- newslint-disable-next-line quote-marks first-reference -->\n<!-- a "note" -->';
  const d = parseDraft(text, 'plain');
  assert.deepEqual(
    d.directives.map((x) => [x.kind, x.rules, x.line, text.slice(x.start, x.end).slice(0, 8)]),
    [
      ['disable', ['quote-marks', 'name-consistency'], 2, '<!-- new'],
      ['enable', [], 4, '<!-- new'],
      ['disable-line', ['quote-attribution'], 5, '<!-- new'],
      ['disable-next-line', ['quote-marks', 'first-reference'], 6, '<!-- new'],
    ],
  );
  assert.ok(!d.prose.includes('note'));
  assert.ok(!d.prose.includes('newslint'));
  assert.equal(d.prose.length, text.length);
});

test('emoji and combining marks do not shift sentence offsets', () => {
  const text = 'Head\n\nCafe\u0301 owner 😀 spoke. She left.';
  const d = parseDraft(text, 'plain');
  const s = d.sentences[2];
  assert.equal(text.slice(s.start, s.end), 'She left.');
  assert.equal(s.start, 28);
});

test('sentence splitting is memoised per paragraph through the cache', () => {
  const cache = new ParagraphCache();
  parseDraft('Head\n\nOne. Two.\n\nThree.', 'plain', cache);
  cache.sweep();
  const before = cache.misses;
  const d = parseDraft('Head changed\n\nOne. Two.\n\nThree. Four.', 'plain', cache);
  assert.equal(cache.misses - before, 1);
  assert.deepEqual(d.sentences.map((s) => [s.start, s.end]), [[0, 12], [14, 18], [19, 23], [25, 31], [32, 37]]);
});

test('a line starting with a bullet starts a new sentence in plain text', () => {
  assert.deepEqual(splitSentences('Plans include:\n- more police\n - new courts and\n* faster trials'), [0, 14, 15, 28, 30, 46, 47, 62]);
});

test('a directive comment spanning lines: disable-next-line counts from its last line', () => {
  const text = 'Head\n\n<!-- newslint-disable-next-line\n     quote-marks -->\nIt was over," he said.';
  const d = parseDraft(text, 'markdown');
  assert.deepEqual(d.directives.map((x) => [x.kind, x.rules, x.line, x.start, x.end]), [['disable-next-line', ['quote-marks'], 3, 6, 58]]);
});
