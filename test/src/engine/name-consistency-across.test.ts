import { test } from 'node:test';
import assert from 'node:assert/strict';
// first: operations are counted only in code compiled after it loads
import { growth } from '../ops-count';
import { analyze, applyFixesOnce } from '../../../server/out/engine/index.js';
import type { ResolvedConfig } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';
import { lintAcrossFiles } from '../../../server/out/engine/across-files.js';

function config(profiles: string[] = []): ResolvedConfig {
  const c = defaultConfig();
  c.profiles = profiles;
  return c;
}

const desk = (texts: Record<string, string>, profiles: string[] = []) =>
  Object.entries(texts).map(([path, text]) => ({ path, analysis: analyze(text), config: config(profiles) }));

test('across files: the odd spelling out is reported with the count of other files and the fix', () => {
  const files = desk({
    'a.md': 'Kyiv\n\nVolodymyr Zelenskyy spoke on Monday.',
    'b.md': 'Talks\n\nVolodymyr Zelenskyy met envoys. Zelenskyy left.',
    'c.md': 'Visit\n\nPresident Volodymyr Zelensky visited. Zelensky’s aide spoke.',
    'd.md': 'Other\n\nBoris Johnson spoke.',
  });
  const r = lintAcrossFiles(files);
  assert.deepEqual([...r.keys()], ['a.md', 'b.md', 'c.md', 'd.md']);
  assert.deepEqual(r.get('a.md'), []);
  assert.deepEqual(r.get('b.md'), []);
  assert.deepEqual(r.get('d.md'), []);
  const c = r.get('c.md')!;
  const text = files[2].analysis.draft.text;
  assert.deepEqual(
    c.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.message, f.ruleId, f.severity]),
    [
      [27, 35, 'Zelensky', "'Zelensky' here; 'Zelenskyy' in 2 other files", 'name-consistency', 'warning'],
      [45, 53, 'Zelensky', "'Zelensky' here; 'Zelenskyy' in 2 other files", 'name-consistency', 'warning'],
    ],
  );
  assert.deepEqual(c[0].data, { personId: 0, spellings: { Zelenskyy: 2, Zelensky: 1 }, canonical: 'Zelenskyy', acrossFiles: true });
  const fixed = applyFixesOnce(text, c.map((f) => f.fix!));
  assert.equal(fixed.text, 'Visit\n\nPresident Volodymyr Zelenskyy visited. Zelenskyy’s aide spoke.');
});

test('across files: the house style beats the majority; one other file is singular', () => {
  const files = desk(
    {
      'a.md': 'Kyiv\n\nVolodymyr Zelensky spoke on Monday.',
      'b.md': 'Talks\n\nVolodymyr Zelenskyy met envoys.',
    },
    ['newslint:ap'],
  );
  const r = lintAcrossFiles(files);
  assert.deepEqual(r.get('a.md')!.map((f) => f.message), ["'Zelensky' here; 'Zelenskyy' in 1 other file"]);
  assert.deepEqual(r.get('b.md'), []);
});

test('across files: a given name spelled differently under one surname (Vladimir/Volodymyr), brothers left alone', () => {
  const files = desk({
    'a.md': 'Kyiv\n\nVolodymyr Zelenskyy spoke on Monday.',
    'b.md': 'Talks\n\nVolodymyr Zelenskyy met envoys.',
    'c.md': 'Visit\n\nVladimir Zelenskyy visited.',
    'd.md': 'One\n\nEd Miliband spoke.',
    'e.md': 'Two\n\nDavid Miliband spoke.',
  });
  const r = lintAcrossFiles(files);
  const text = files[2].analysis.draft.text;
  assert.deepEqual(r.get('c.md')!.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.message, f.fix]), [
    [7, 15, 'Vladimir', "'Vladimir' here; 'Volodymyr' in 2 other files", { edits: [{ start: 7, end: 15, text: 'Volodymyr' }] }],
  ]);
  for (const p of ['a.md', 'b.md', 'd.md', 'e.md']) assert.deepEqual(r.get(p), [], p);
});

test('across files: different people and mixed in-file spellings are left alone', () => {
  const files = desk({
    'a.md': 'One\n\nEd Miliband spoke.',
    'b.md': 'Two\n\nDavid Milliband spoke.',
    'c.md': 'Three\n\nTom Clark spoke.',
    'd.md': 'Four\n\nAnn Clarke spoke.',
    'e.md': 'Five\n\nMuammar Gaddafi spoke. Qaddafi left.',
    'f.md': 'Six\n\nMuammar Gaddafi spoke.',
    'g.md': 'Seven\n\nSmith said so.',
    'h.md': 'Eight\n\nSmyth said no.',
  });
  const r = lintAcrossFiles(files);
  for (const [path, list] of r) assert.deepEqual(list, [], path);
});

test('across files: scales to a big desk (one pass per spelling bucket)', (t) => {
  const deskOf = (n: number) => {
    const texts: Record<string, string> = {};
    for (let i = 0; i < n; i++) texts[`s${i}.md`] = `Story ${i}\n\nJohn Smith and Volodymyr Zelenskyy met. Smith left.`;
    texts['odd.md'] = 'Odd\n\nVolodymyr Zelensky met reporters.';
    return desk(texts);
  };
  const r = lintAcrossFiles(deskOf(400));
  assert.deepEqual(r.get('odd.md')!.map((f) => f.message), ["'Zelensky' here; 'Zelenskyy' in 400 other files"]);
  assert.deepEqual(r.get('s0.md'), []);
  // 8 times the files: about 8 times the operations (a pass per pair of files would be 64).
  const g = growth((n) => void lintAcrossFiles(deskOf(n)), 50);
  t.diagnostic(g.text);
  assert.ok(g.ok, g.text);
});

test('across files: a file that turns the rule off, or silences a line, gets nothing', () => {
  const files = desk({
    'a.md': 'Kyiv\n\nVolodymyr Zelenskyy spoke.',
    'b.md': 'Talks\n\nVolodymyr Zelenskyy met envoys.',
    'c.md': 'Visit\n\n<!-- newslint-disable-next-line name-consistency -->\nVolodymyr Zelensky visited.',
  });
  assert.deepEqual(lintAcrossFiles(files).get('c.md'), []);
  files[2].config.rules['name-consistency'] = { severity: 'off', options: {} };
  files[2].analysis = analyze('Visit\n\nVolodymyr Zelensky visited.');
  assert.deepEqual(lintAcrossFiles(files).get('c.md'), []);
});

test('across files: the gates of one file hold between files (a courtesy title of the other sex, a regnal number)', () => {
  const gated = desk({
    'a.md': 'Farm\n\nMr Haddad bought the farm. Mr Haddad said it was cheap.',
    'b.md': 'Shop\n\nMrs Hadad opened a shop. Mrs Hadad said trade was good.',
    'c.md': 'Palace\n\nSultan Mohamad V opened parliament. The crowd cheered.',
    'd.md': 'Vote\n\nMohammad said the vote was fair. Mohammad left.',
  });
  for (const [path, fs] of lintAcrossFiles(gated)) assert.deepEqual(fs, [], path);
  // The same spellings without those marks are one person: the odd one out is reported.
  const open = desk({
    'a.md': 'Farm\n\nMr Haddad bought the farm. Mr Haddad said it was cheap.',
    'b.md': 'Shop\n\nMr Hadad opened a shop. Mr Hadad said trade was good.',
    'c.md': 'Deal\n\nMr Haddad signed. Mr Haddad left.',
  });
  const b = lintAcrossFiles(open).get('b.md')!;
  assert.deepEqual(b.map((f) => f.message), ["'Hadad' here; 'Haddad' in 2 other files", "'Hadad' here; 'Haddad' in 2 other files"]);
});

test('across files: initials are identity, as in one file (J. and T., or Jan and T., are two people; J. and Jan one)', () => {
  const kept = [
    ['J. Kowalsky', 'T. Kowalski'],
    ['Jan Kowalsky', 'T. Kowalski'],
    ['J. Marek Kowalsky', 'T. Kowalski'],
  ];
  for (const [a, b] of kept) {
    const r = lintAcrossFiles(desk({ 'a.md': `Harbour\n\n${a} spoke on Monday. Kowalsky left.`, 'b.md': `Port\n\n${b} met envoys. Kowalski left.` }));
    for (const [path, fs] of r) assert.deepEqual(fs, [], `${a} / ${b}: ${path}`);
  }
  for (const a of ['J. Kowalsky', 'Jan Kowalsky']) {
    const files = desk({ 'a.md': `Harbour\n\n${a} spoke on Monday. Kowalsky left.`, 'b.md': 'Port\n\nJ. Kowalski met envoys. Kowalski left.' });
    const b = lintAcrossFiles(files).get('b.md')!;
    const text = files[1].analysis.draft.text;
    assert.deepEqual(
      b.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.message]),
      [
        [9, 17, 'Kowalski', "'Kowalski' here; 'Kowalsky' in 1 other file"],
        [30, 38, 'Kowalski', "'Kowalski' here; 'Kowalsky' in 1 other file"],
      ],
      a,
    );
  }
});

test('across files: a desk slip in a surname joins under the same given name; the in-file gates keep people apart', () => {
  const files = desk({
    'a.md': 'Budget\n\nMaria Halvorsen, the finance minister, spoke on Monday. Halvorsen said the plan was fair.',
    'b.md': 'Tax\n\nMaria Halvorsen defended the tax. Halvorsen left.',
    'c.md': 'Vote\n\nMaria Halvarsen won the vote. Halvarsen thanked her party.',
    // Another given name, another sex, another role: other people.
    'd.md': 'Farm\n\nPeter Halversen bought a farm. Halversen said it was cheap.',
    'e.md': 'Court\n\nMr Halvorson, the judge, spoke. Mr Halvorson left.',
  });
  const r = lintAcrossFiles(files);
  const text = files[2].analysis.draft.text;
  assert.deepEqual(r.get('c.md')!.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.message]), [
    [12, 21, 'Halvarsen', "'Halvarsen' here; 'Halvorsen' in 2 other files"],
    [36, 45, 'Halvarsen', "'Halvarsen' here; 'Halvorsen' in 2 other files"],
  ]);
  for (const p of ['a.md', 'b.md', 'd.md', 'e.md']) assert.deepEqual(r.get(p), [], p);
});

test('across files: a one-off slip of a given name under one surname; roles that share no word keep two people apart', () => {
  const files = desk({
    'a.md': 'Port\n\nJohn Tallisker opened the port.',
    'b.md': 'Trade\n\nJohn Tallisker spoke on trade.',
    'c.md': 'Cranes\n\nJon Tallisker said the cranes were new.',
    'd.md': 'Court\n\nTom Brannagh, the driver, testified.',
    'e.md': 'Hearing\n\nTom Brannigh, the judge, adjourned the hearing.',
    'f.md': 'Appeal\n\nTom Brannagh, the driver, appealed.',
  });
  const r = lintAcrossFiles(files);
  assert.deepEqual(r.get('c.md')!.map((f) => f.message), ["'Jon' here; 'John' in 2 other files"]);
  for (const p of ['a.md', 'b.md', 'd.md', 'e.md', 'f.md']) assert.deepEqual(r.get(p), [], p);
});

test('across files: a role is compared with the one the full name is introduced with, not a later description', () => {
  const files = desk({
    'a.md': 'Court\n\nTom Brannagh, the driver, testified.',
    'b.md': 'Appeal\n\nTom Brannagh, the driver, appealed.',
    // Introduced with no role; "a father of two" at a later bare mention only describes him.
    'c.md': 'Hearing\n\nTom Brannigh testified on Monday. Brannigh, a father of two, wept.',
  });
  const r = lintAcrossFiles(files);
  const text = files[2].analysis.draft.text;
  assert.deepEqual(r.get('c.md')!.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.message, f.fix!.edits]), [
    [13, 21, 'Brannigh', "'Brannigh' here; 'Brannagh' in 2 other files", [{ start: 13, end: 21, text: 'Brannagh' }]],
    [43, 51, 'Brannigh', "'Brannigh' here; 'Brannagh' in 2 other files", [{ start: 43, end: 51, text: 'Brannagh' }]],
  ]);
  for (const p of ['a.md', 'b.md']) assert.deepEqual(r.get(p), [], p);
});

test('across files: a given name of the other sex that sounds the same is a slip unless a file speaks of a relative of that sex', () => {
  const tony = {
    'a.md': 'Club\n\nTony Marsh opened the club on Friday.',
    'b.md': 'Pool\n\nTony Marsh swam in the new pool.',
  };
  const slip = lintAcrossFiles(desk({ ...tony, 'c.md': 'Gym\n\nToni Marsh said the gym was full.' }));
  assert.deepEqual(slip.get('c.md')!.map((f) => [f.start, f.end, f.message, f.fix!.edits]), [
    [5, 9, "'Toni' here; 'Tony' in 2 other files", [{ start: 5, end: 9, text: 'Tony' }]],
  ]);
  // Tony's story mentions his wife, or Toni's mentions her husband: perhaps that relative.
  const wife = lintAcrossFiles(desk({ ...tony, 'a.md': 'Club\n\nTony Marsh opened the club on Friday with his wife.', 'c.md': 'Gym\n\nToni Marsh said the gym was full.' }));
  const husband = lintAcrossFiles(desk({ ...tony, 'c.md': 'Gym\n\nToni Marsh said the gym was full. Her husband agreed.' }));
  for (const r of [wife, husband]) for (const [path, fs] of r) assert.deepEqual(fs, [], path);
});
