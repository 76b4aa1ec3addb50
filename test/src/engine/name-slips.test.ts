// name-consistency: the one-off slip a copy editor catches (issue 13), and the gates that keep two
// people apart. Every name here is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, fixText } from '../../../server/out/engine/index.js';
import type { Finding, ResolvedConfig } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

function config(): ResolvedConfig {
  const c = defaultConfig();
  for (const id of Object.keys(c.rules)) c.rules[id] = { ...c.rules[id], severity: id === 'name-consistency' ? 'warning' : 'off' };
  c.profiles = [];
  c.names = {};
  return c;
}

const run = (text: string): Finding[] => lint(text, { config: config() }).filter((f) => f.ruleId === 'name-consistency');
const brief = (text: string) => run(text).map((f) => [f.start, f.end, text.slice(f.start, f.end), f.message, f.fix?.desc]);

test('a one-off vowel slip in a bare surname is flagged, with the spelling used throughout as the fix', () => {
  const text = 'Budget\n\nMaria Halvorsen, the finance minister, spoke on Monday. Halvorsen said the plan was fair.\n\nCritics of Halvarsen said it was not.\n';
  assert.deepEqual(brief(text), [
    [110, 119, 'Halvarsen', "'Halvarsen' (1×) is also spelled 'Halvorsen' (2×) in this draft", "Change to 'Halvorsen'"],
  ]);
  assert.equal(fixText(text, { config: config() }).text, text.replace('Halvarsen', 'Halvorsen'));
});

test('desk slips of each class are flagged: final vowel, ey/y ending, dropped and swapped letters, c/k initial', () => {
  const cases: [string, string][] = [
    ['Obenga', 'Obenge'], // vowel, also the last letter
    ['Tolley', 'Tolly'], // ey → y
    ['Drummond', 'Drumond'], // doubled consonant
    ['Whitcombe', 'Whitcmbe'], // dropped letter
    ['Pellegrin', 'Pellgerin'], // two letters swapped
    ['Castellan', 'Kastellan'], // c/k initial
  ];
  for (const [right, slip] of cases) {
    const text = `Port\n\nHarriet ${right} opened the port on Friday. ${right} said trade would grow.\n\nLater ${slip} added that the cranes were new.\n`;
    const at = text.lastIndexOf(slip);
    assert.deepEqual(brief(text), [
      [at, at + slip.length, slip, `'${slip}' (1×) is also spelled '${right}' (2×) in this draft`, `Change to '${right}'`],
    ], `${right}/${slip}`);
  }
});

test('a slip in a given name under the same surname, in a full name and alone', () => {
  const text = 'Bridge\n\nJacob Mertens, the mayor, opened the bridge. Mertens said it had cost too much.\n\nJacub added that the city would pay.\n\nLater Jacob Mertns spoke again.\n';
  assert.deepEqual(brief(text), [
    [89, 94, 'Jacub', "'Jacub' (1×) is also spelled 'Jacob' (2×) in this draft", "Change to 'Jacob'"],
    [139, 145, 'Mertns', "'Mertns' (1×) is also spelled 'Mertens' (2×) in this draft", "Change to 'Mertens'"],
  ]);
});

test('a given name of 5 letters or more a slip away under the same surname: one person (Marco/Marko)', () => {
  const text = 'Race\n\nMarco Delvecchio, the senator, spoke. Delvecchio said he would run.\n\nMarko Delvecchio is a candidate.\n';
  assert.deepEqual(brief(text), [
    [75, 80, 'Marko', "'Marko' (1×) is also spelled 'Marco' (1×) in this draft", "Change to 'Marco'"],
  ]);
});

test('the spelling used throughout wins over a one-off slip in the full first reference', () => {
  const text = 'Vote\n\nMargaret Kestrell, the senator, was re-elected. Kesterll thanked voters. Kesterll said turnout was high. Kesterll left.\n';
  assert.deepEqual(brief(text), [
    [15, 23, 'Kestrell', "'Kestrell' (1×) is also spelled 'Kesterll' (3×) in this draft", "Change to 'Kesterll'"],
  ]);
});

test('never one person: different given names, both introduced in full, another sex, a regnal number, an initial', () => {
  const clean = [
    // Two people with one surname (Josh/Dan), and two surnames a slip apart, each introduced in full.
    'Campaign\n\nJosh Schwerin wrote the memo. Dan Schwerin edited it. Schwerin said nothing.\n',
    'Court\n\nTom Jonas and Ann Jones testified on Monday. Jonas said he saw the car. Jones said she did not.\n',
    // A courtesy title of the other sex.
    'Farm\n\nMr Pollard bought the farm. Mr Pollard said it was cheap. Mrs Pallard, his neighbour, objected.\n',
    // A regnal number: the sultan is no spelling of the prime minister.
    'Palace\n\nPrime Minister Mahathir Mohamad met the king. Mahathir said the talks went well. Sultan Muhammad V agreed.\n',
    // An initial and a particle before the word: another player on a team sheet.
    'Rugby\n\nAndrea Masi scored twice. Masi was named man of the match.\n\nItaly: A Masi, S Perugini, D dal Maso, M Barbini.\n',
    // A word written twice is a word of its own, not a slip.
    'Trial\n\nRuth Calder gave evidence. Calder said the Caldor plant was closed. The Caldor site is empty.\n',
    // A capitalised possessive before the word names a thing (the Governor's Ball, not Bill).
    "Arts\n\nBill Conway, the music director, spoke on Friday. Conway said the season was long.\n\nHe attends the annual Governor's Ball with his family.\n",
    // Two short given names a slip apart are two names.
    'Match\n\nTim Oakes and Tom Oakes, brothers, both scored. Oakes said it was a family day.\n',
    // A word cut by an HTML character reference is no slip ("Pap&#233;" is Papé).
    'Rugby\n\nPascal Pape scored twice. Pape was named man of the match.\n\nFrance: Jerome Thion (Biarritz), Pascal Pap&#233; (Bourgoin).\n',
  ];
  for (const text of clean) assert.deepEqual(brief(text), [], text);
});

test('messages and labels show the name as written, without editorial brackets; the edit keeps them', () => {
  const text = 'Talks\n\nVolodymyr Zelenskyy met envoys on Monday. Zelenskyy said talks would go on.\n\n"We spoke to [Vladimir] Zelensky," the envoy said.\n';
  const fs = run(text);
  assert.equal(fs.length, 1);
  const f = fs[0];
  assert.equal(text.slice(f.start, f.end), 'Vladimir] Zelensky');
  assert.equal(f.message, "'Vladimir Zelensky' (1×) is also spelled 'Volodymyr Zelenskyy' (1×) in this draft");
  assert.equal(f.fix?.desc, "Change to 'Volodymyr Zelenskyy'");
  assert.equal(fixText(text, { config: config() }).text, text.replace('[Vladimir] Zelensky', '[Volodymyr] Zelenskyy'));
});
