import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../../server/out/engine/draft.js';
import { scanQuotes } from '../../../server/out/engine/quotes.js';
import { ParagraphCache } from '../../../server/out/engine/cache.js';

type Row = [start: number, end: number, text: string, kind: string, flags?: string];

/** Quotes as [start, end, text, kind, flags] rows; flags: R running, C continues running, U unclosed. */
function rows(text: string, format: 'plain' | 'markdown' = 'plain'): Row[] {
  const d = parseDraft(text, format);
  return scanQuotes(d).quotes.map((q) => {
    const flags = (q.running ? 'R' : '') + (q.continuesRunning ? 'C' : '') + (q.close === null && !q.running ? 'U' : '');
    const r: Row = [q.start, q.end, text.slice(q.start, q.end), q.kind];
    if (flags) r.push(flags);
    return r;
  });
}

function problems(text: string, format: 'plain' | 'markdown' = 'plain') {
  return scanQuotes(parseDraft(text, format)).problems.map((p) => ({
    kind: p.kind,
    start: p.start,
    mark: text.slice(p.start, p.end),
    ...(p.replace ? { replace: p.replace } : {}),
  }));
}

const H = 'Headline\n\n'; // 10 characters

test('straight and curly quotes with their marks, content, paragraph and sentence', () => {
  const text = H + '"We will win," she said. “It is over,” he said.';
  const d = parseDraft(text, 'plain');
  const { quotes, problems: ps } = scanQuotes(d);
  assert.deepEqual(ps, []);
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes[0], {
    start: 10,
    end: 24,
    index: 0,
    open: { start: 10, end: 11, mark: '"' },
    close: { start: 23, end: 24, mark: '"' },
    content: { start: 11, end: 23 },
    paragraph: 1,
    sentence: 1,
    kind: 'direct',
    continuesRunning: false,
    running: false,
    speaker: null,
    cue: null,
    attributedBy: null,
    inheritedFrom: null,
  });
  assert.deepEqual([quotes[1].start, quotes[1].end, quotes[1].open.mark, quotes[1].close?.mark, quotes[1].sentence], [35, 48, '“', '”', 2]);
  assert.equal(text.slice(quotes[1].content.start, quotes[1].content.end), 'It is over,');
});

test('mixed pair: straight opening with curly closing is one quote and one mixed problem (tie goes to curly)', () => {
  const text = H + '"It is a lie, I can tell you that right here,” Lavrov said.';
  assert.deepEqual(rows(text), [[10, 56, '"It is a lie, I can tell you that right here,”', 'direct']]);
  assert.deepEqual(problems(text), [{ kind: 'mixed', start: 10, mark: '"', replace: { start: 10, end: 11, text: '“' } }]);
});

test('mixed pair in a draft dominated by straight marks: the curly mark is the odd one', () => {
  const text = H + '"We met," he said. "It is a lie,” Lavrov said.';
  assert.deepEqual(problems(text), [{ kind: 'mixed', start: 42, mark: '”', replace: { start: 42, end: 43, text: '"' } }]);
});

test('curly opening mark used as a closing mark is a mixed pair', () => {
  const text = H + '“Rates will rise,“ she said. “Soon,” she added.';
  assert.deepEqual(problems(text), [{ kind: 'mixed', start: 27, mark: '“', replace: { start: 27, end: 28, text: '”' } }]);
});

test('single quotes nested in double quotes are part of the outer quote', () => {
  const text = H + '"He told me \'never again\', and left." She nodded.';
  assert.deepEqual(rows(text), [[10, 47, '"He told me \'never again\', and left."', 'direct']]);
  assert.deepEqual(problems(text), []);
});

test('apostrophes are never quote marks', () => {
  const text = H + 'Putin’s aides recalled the ’90s, rock ’n’ roll, the Joneses\' dog, 5 o\'clock and don\'t. He left at 6\'2" tall.';
  assert.deepEqual(rows(text), []);
  assert.deepEqual(problems(text), []);
});

test('British single quotes at top level, with a plural possessive inside', () => {
  const text = H + "'We will win,' she said. 'The Smiths' house is safe,' he said.";
  assert.deepEqual(rows(text), [
    [10, 24, "'We will win,'", 'direct'],
    [35, 63, "'The Smiths' house is safe,'", 'direct'],
  ]);
  assert.deepEqual(problems(text), []);
});

test('an unmatched single mark is an apostrophe, never a problem', () => {
  const text = H + "The 'reform never came. The players' union met.";
  assert.deepEqual(rows(text), []);
  assert.deepEqual(problems(text), []);
});

test('guillemets and low-9 quotes', () => {
  const text = H + '«Nous gagnerons», a-t-il dit. „Wir schaffen das“, sagte sie. ‚Ja‘ und ‹non›. »Nein«, sagte er.';
  assert.deepEqual(rows(text), [
    [10, 26, '«Nous gagnerons»', 'direct'],
    [40, 58, '„Wir schaffen das“', 'direct'],
    [71, 75, '‚Ja‘', 'scare'],
    [80, 85, '‹non›', 'scare'],
    [87, 93, '»Nein«', 'direct'],
  ]);
  assert.deepEqual(problems(text), []);
});

test('running quote over paragraphs: first is running and unclosed, the next continues it', () => {
  const text = H + '"We will rebuild the school this year.\n\n"And we will open it in May," the mayor said.';
  assert.deepEqual(rows(text), [
    [10, 48, '"We will rebuild the school this year.', 'direct', 'R'],
    [50, 79, '"And we will open it in May,"', 'direct', 'C'],
  ]);
  const q = scanQuotes(parseDraft(text, 'plain')).quotes[0];
  assert.equal(q.close, null);
  assert.deepEqual(q.content, { start: 11, end: 48 });
  assert.deepEqual(problems(text), []);
});

test('running quote whose paragraph break was lost (BBC copy) is not an error', () => {
  const text = H + 'The strike lasted 26 weeks. "We are going to win this. "Nobody will stop us," said Mr Reed.';
  assert.deepEqual(rows(text), [
    [38, 64, '"We are going to win this.', 'direct', 'R'],
    [65, 87, '"Nobody will stop us,"', 'direct', 'C'],
  ]);
  assert.deepEqual(problems(text), []);
});

test('an opening mark at the very end, or never closed with nothing after, is unclosed', () => {
  assert.deepEqual(problems(H + 'She said "'), [{ kind: 'unclosed', start: 19, mark: '"' }]);
  const text = H + 'She said "we will win and left.\n\nThe vote is on Monday.';
  assert.deepEqual(problems(text), [{ kind: 'unclosed', start: 19, mark: '"' }]);
  assert.deepEqual(rows(text), [[19, 41, '"we will win and left.', 'direct', 'U']]);
});

test('an unclosed fragment followed by another quote is still unclosed when no full sentence follows the mark', () => {
  const text = H + 'He called it "a farce and then "Fine," he said.';
  assert.deepEqual(problems(text), [{ kind: 'unclosed', start: 23, mark: '"' }]);
});

test('a closing mark never opened', () => {
  const text = H + 'We will win," he said. The end.';
  assert.deepEqual(problems(text), [{ kind: 'unopened', start: 22, mark: '"' }]);
  assert.deepEqual(rows(text), []);
  assert.deepEqual(problems(H + 'It was over.” Then he left.'), [{ kind: 'unopened', start: 22, mark: '”' }]);
});

test('a quote left open across a broken paragraph and closed in the next is not reported', () => {
  const text = H + '"He wanted to look like a leader. I\n\nwas\n\nthe leader," says Mr Major.';
  assert.deepEqual(problems(text), []);
});

test('split quotes, colon introductions, partial, scare and title quotes', () => {
  const text =
    H +
    '"We will," she said, "win." ' + // 10
    'She said: "It is over." ' +
    'He called the plan "a total disgrace" and left. ' +
    'The so-called "reform" failed. ' +
    'She watched the film "Gone With The Wind" twice. ' +
    'He said the plan was "reckless and wrong."';
  assert.deepEqual(
    rows(text).map((r) => [r[2], r[3]]),
    [
      ['"We will,"', 'direct'],
      ['"win."', 'direct'],
      ['"It is over."', 'direct'],
      ['"a total disgrace"', 'partial'],
      ['"reform"', 'scare'],
      ['"Gone With The Wind"', 'title'],
      ['"reckless and wrong."', 'partial'],
    ],
  );
  assert.deepEqual(rows(text).slice(0, 2).map((r) => [r[0], r[1]]), [[10, 20], [31, 37]]);
});

test('a nested double quote inside a double quote (straight marks) is not a new quote', () => {
  const text = H + '"You stay home because you "had things to do", then lie," he wrote.';
  assert.deepEqual(rows(text), [[10, 67, '"You stay home because you "had things to do", then lie,"', 'direct']]);
  assert.deepEqual(problems(text), []);
});

test('markdown: quote marks in front matter, code, comments, link targets and inline code are never scanned', () => {
  const text = [
    '---',
    'title: Council "votes"',
    'note: "unclosed',
    '---',
    '',
    'The [report](https://example.org/?q="x" "A title") said `"no` and <!-- "draft --> more.',
    '',
    '```',
    'He said "never closed',
    '```',
    '',
    '    indented "code',
    '',
    '"We are ready," she said.',
  ].join('\n');
  const at = text.indexOf('"We are');
  assert.deepEqual(rows(text, 'markdown'), [
    [text.indexOf('"votes"'), text.indexOf('"votes"') + 7, '"votes"', 'scare'],
    [at, at + 15, '"We are ready,"', 'direct'],
  ]);
  assert.deepEqual(problems(text, 'markdown'), []);
});

test('CRLF, BOM, emoji and combining marks before quotes do not shift ranges', () => {
  const text = '\uFEFFCafe\u0301 news 😀\r\n\r\nThe chef 👩‍🍳 said: “We open today.”\r\n\r\nIt was over,” he said.';
  const open = text.indexOf('“');
  assert.deepEqual(rows(text), [[open, open + 16, '“We open today.”', 'direct']]);
  assert.deepEqual(problems(text), [{ kind: 'unopened', start: text.indexOf('”', open + 16), mark: '”' }]);
  assert.equal(open, 39);
});

test('quote scanning is memoised per paragraph', () => {
  const cache = new ParagraphCache();
  const a = H + '"One," he said.\n\n"Two," she said.';
  scanQuotes(parseDraft(a, 'plain', cache), cache);
  cache.sweep();
  const misses = cache.misses;
  const b = H + '"One," he said.\n\n"Two!" she said.';
  const r = scanQuotes(parseDraft(b, 'plain', cache), cache);
  assert.equal(cache.misses - misses, 2); // the changed paragraph: sentences + quotes
  assert.deepEqual(r.quotes.map((q) => [q.start, q.end]), [[10, 16], [27, 33]]);
});

test('a running quote over three paragraphs chains, and only its last paragraph closes', () => {
  const text = H + 'She said:\n\n"First we fix the roads.\n\n"Then we fix the schools.\n\n"Then we rest."';
  assert.deepEqual(rows(text), [
    [21, 45, '"First we fix the roads.', 'direct', 'R'],
    [47, 72, '"Then we fix the schools.', 'direct', 'RC'],
    [74, 89, '"Then we rest."', 'direct', 'C'],
  ]);
  assert.deepEqual(problems(text), []);
});

test('Polish „…” and Swedish ”…” pairs are not mixed; elisions are not opening marks', () => {
  const text = H + '„Nie ma mowy”, powiedział. ”Ja”, sade hon. \'Tis the season, \'em all, \'til dawn.';
  assert.deepEqual(rows(text).map((r) => r[2]), ['„Nie ma mowy”', '”Ja”']);
  assert.deepEqual(problems(text), []);
});

test('single quotes in a headline are quotes', () => {
  const text = "Minister calls report 'a lie'\n\nBody.";
  assert.deepEqual(rows(text), [[22, 29, "'a lie'", 'partial']]);
});

test('titles after "the report titled" and "the album", and partial quotes after "described it as"', () => {
  const text = H + 'The report titled "Roads To Nowhere" was published. He described it as "deeply flawed and late" on Monday.';
  assert.deepEqual(rows(text).map((r) => [r[2], r[3]]), [
    ['"Roads To Nowhere"', 'title'],
    ['"deeply flawed and late"', 'partial'],
  ]);
});

test('a quote after a colon introducing it is direct even in lower case', () => {
  const text = H + 'Her answer was short: "no comment, and no deal."';
  assert.deepEqual(rows(text), [[32, 58, '"no comment, and no deal."', 'direct']]);
});

test('inches after digits are not quote marks, and a height inside a quote does not close it', () => {
  const text = H + 'The screen is 55" wide. “He is 6’2”, and fast,” the coach said.';
  assert.deepEqual(rows(text).map((r) => r[2]), ['“He is 6’2”, and fast,”']);
  assert.deepEqual(problems(text), []);
});

test('invisible bidi marks before a quote mark count as space', () => {
  const text = H + '\u202a”We will stay,” she posted.';
  assert.deepEqual(problems(text), []);
  assert.deepEqual(rows(text).map((r) => r[2]), ['”We will stay,”']);
});

test('a quote bridged over a broken paragraph does not mark the next quote as continuing it', () => {
  const text = H + '"We lost the\n\nfinal," he said. "Next year," he added.';
  assert.deepEqual(rows(text), [
    [10, 22, '"We lost the', 'direct', 'R'],
    [41, 53, '"Next year,"', 'direct'],
  ]);
  assert.deepEqual(problems(text), []);
});
