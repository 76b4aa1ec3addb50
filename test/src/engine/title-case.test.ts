import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText, lintText } from '../../../server/out/engine/index.js';
import type { Finding, ResolvedConfig } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

const H = 'Talks to resume\n\n';

function config(patch: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { ...defaultConfig(), ...patch };
}
const bbc = config({ profiles: ['newslint:bbc'], style: { courtesyTitles: 'later-references', courtesyTitleStop: false } });
const guardian = config({ profiles: ['newslint:guardian'], style: { courtesyTitles: 'none', courtesyTitleStop: false } });

function findings(text: string, cfg: ResolvedConfig = config()): Finding[] {
  return lintText(text, { config: cfg }).findings.filter((f) => f.ruleId === 'title-case');
}
const brief = (fs: Finding[]) => fs.map((f) => [f.start, f.end, f.message, f.fix?.edits[0].text]);

test('a lower-case formal title directly before a name is capitalised', () => {
  const text = H + 'The talks were led by foreign minister Sergey Lavrov on Monday.\n';
  const fs = findings(text);
  assert.deepEqual(brief(fs), [[39, 55, 'Capitalise the formal title before a name: "Foreign Minister"', 'Foreign Minister']]);
  assert.equal(fs[0].severity, 'info');
  const fixed = fixText(text, { config: config() }).text;
  assert.equal(fixed, H + 'The talks were led by Foreign Minister Sergey Lavrov on Monday.\n');
  assert.deepEqual(findings(fixed), []);
});

test('"former" stays lower case, the title after it is capitalised', () => {
  const text = H + 'The hall was opened by former president Barack Obama.\n';
  assert.deepEqual(brief(findings(text)), [[47, 56, 'Capitalise the formal title before a name: "President"', 'President']]);
});

test('the same title after a name, set off by commas, is lower case', () => {
  const text = H + 'Sergey Lavrov, the Russian Foreign Minister, led the talks.\n';
  assert.deepEqual(brief(findings(text)), [[44, 60, 'Lower-case the title after a name: "foreign minister"', 'foreign minister']]);
  assert.equal(fixText(text, { config: config() }).text, H + 'Sergey Lavrov, the Russian foreign minister, led the talks.\n');
});

test('a title standing alone is lower case', () => {
  const text = H + 'The President said little on Monday.\n';
  assert.deepEqual(brief(findings(text)), [[21, 30, 'Lower-case a title used without a name: "president"', 'president']]);
});

test('job descriptions stay lower case before a name', () => {
  const text = H + 'The hall was opened by Astronaut John Glenn on Tuesday.\n';
  assert.deepEqual(brief(findings(text)), [[40, 49, 'Job descriptions stay lower case: "astronaut"', 'astronaut']]);
});

test('not flagged: correct AP style, job descriptions, sentence starts, compounds, royals, the headline, quotes', () => {
  const clean = [
    'The hall was opened by astronaut John Glenn and spokesperson Ned Price.',
    'Russian Foreign Minister Sergey Lavrov spoke on Monday.',
    'Astronaut John Glenn opened the hall on Monday.',
    'The company president John Smith spoke on Monday.',
    'The Queen and the Bishop of Durham attended on Monday.',
    'A report from the Office of the Deputy First Minister was published.',
    '"The President will decide," said Foreign Secretary David Lammy.',
  ];
  for (const s of clean) assert.deepEqual(brief(findings(H + s + '\n')), [], s);
  assert.deepEqual(brief(findings('The President decides\n\nThe talks went on.\n')), []);
});

test('silent under the BBC and Guardian profiles, which lower-case titles before names', () => {
  const text = H + 'The talks were led by foreign minister Sergey Lavrov. The President said little.\n';
  assert.equal(findings(text).length, 2);
  assert.deepEqual(findings(text, bbc), []);
  assert.deepEqual(findings(text, guardian), []);
});

// False alarms measured on edited copy (npm run eval, section profile-rules).

test('a bare "minister" or "judge" before a name is a description; a minister of a named office is a title', () => {
  const text = H + 'The hall was opened by former minister Jane Roe and Cabinet minister Tom Ash. Arts minister Ellen Mayo spoke. X Factor judge Sal Ortiz sang.\n';
  const fs = findings(text);
  assert.deepEqual(brief(fs), [[100, 108, 'Capitalise the formal title before a name: "Minister"', 'Minister']]);
  assert.equal(
    fixText(text, { config: config() }).text,
    H + 'The hall was opened by former minister Jane Roe and Cabinet minister Tom Ash. Arts Minister Ellen Mayo spoke. X Factor judge Sal Ortiz sang.\n',
  );
});

test('offices named after "of/for the" and titles of works are not titles standing alone', () => {
  assert.deepEqual(brief(findings(H + 'Staff at the Office for the Deputy First Minister were told. She starred in the comedy The American President in 1995.\n')), []);
  assert.deepEqual(brief(findings(H + 'Staff said the Deputy Prime Minister was told.\n')), [[32, 53, 'Lower-case a title used without a name: "deputy prime minister"', 'deputy prime minister']]);
});
