import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText, lintText } from '../../../server/out/engine/index.js';
import type { Finding, ResolvedConfig } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

const H = 'Talks to resume\n\n';
const INTRO = 'Russian Foreign Minister Sergey Lavrov spoke.';

function config(patch: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { ...defaultConfig(), ...patch };
}
const bbc = config({ profiles: ['newslint:bbc'], style: { courtesyTitles: 'later-references', courtesyTitleStop: false } });
const nyt = config({ profiles: ['newslint:nyt'], style: { courtesyTitles: 'later-references', courtesyTitleStop: true } });

function findings(text: string, cfg: ResolvedConfig = config()): Finding[] {
  return lintText(text, { config: cfg }).findings.filter((f) => f.ruleId === 'later-reference');
}
const brief = (fs: Finding[]) => fs.map((f) => [f.start, f.end, f.message]);

test('a repeated full name: shortened to the surname by a safe fix', () => {
  const text = H + INTRO + ' Later Sergey Lavrov left.\n';
  const fs = findings(text);
  assert.deepEqual(brief(fs), [[69, 82, 'Later references use the surname: Lavrov']]);
  assert.equal(fs[0].severity, 'info');
  assert.deepEqual(fs[0].fix?.edits, [{ start: 69, end: 76, text: '' }]);
  const fixed = fixText(text, { config: config() }).text;
  assert.equal(fixed, H + INTRO + ' Later Lavrov left.\n');
  assert.deepEqual(findings(fixed), []);
});

test('a first name alone: a suggestion, not a safe fix', () => {
  const text = H + INTRO + ' Later Sergey was tired.\n';
  const fs = findings(text);
  assert.deepEqual(brief(fs), [[69, 75, 'Later references use the surname: Lavrov rather than Sergey']]);
  assert.equal(fs[0].fix, undefined);
  assert.deepEqual(fs[0].suggestions?.[0].fix.edits, [{ start: 69, end: 75, text: 'Lavrov' }]);
});

test('AP: no courtesy titles outside quotes; the fix removes the title', () => {
  const text = H + INTRO + ' Later Mr. Lavrov left. "Mr. Lavrov said no," an aide added.\n';
  const fs = findings(text);
  assert.deepEqual(brief(fs), [[69, 72, 'House style uses no courtesy titles: "Lavrov", not "Mr. Lavrov"']]);
  assert.equal(fixText(text, { config: config() }).text, H + INTRO + ' Later Lavrov left. "Mr. Lavrov said no," an aide added.\n');
});

test('BBC: "Mr" without a full stop; NYT: "Mr." with one', () => {
  const bbcText = H + INTRO + ' Later Mr. Lavrov left.\n';
  assert.deepEqual(brief(findings(bbcText, bbc)), [[69, 72, 'House style writes "Mr" without a full stop']]);
  assert.equal(fixText(bbcText, { config: bbc }).text, H + INTRO + ' Later Mr Lavrov left.\n');
  const nytText = H + INTRO + ' Later Mr Lavrov left.\n';
  assert.deepEqual(brief(findings(nytText, nyt)), [[69, 71, 'House style writes "Mr." with a full stop']]);
  assert.equal(fixText(nytText, { config: nyt }).text, H + INTRO + ' Later Mr. Lavrov left.\n');
});

test('BBC: a bare surname among the writer\'s own "Mr Lavrov" references gets the courtesy title', () => {
  const text = H + INTRO + ' Later Mr Lavrov left. Mr Lavrov was tired. Lavrov slept.\n';
  const fs = findings(text, bbc);
  assert.deepEqual(brief(fs), [[106, 112, 'Later references to Lavrov take a courtesy title in house style: Mr Lavrov']]);
  assert.equal(fixText(text, { config: bbc }).text, H + INTRO + ' Later Mr Lavrov left. Mr Lavrov was tired. Mr Lavrov slept.\n');
});

test('BBC: bare surnames are never flagged for someone the writer never gives a courtesy title', () => {
  assert.deepEqual(findings(H + INTRO + ' Later Lavrov left. Lavrov was tired.\n', bbc), []);
});

test('not flagged: two people sharing a surname, quotes, the first reference', () => {
  assert.deepEqual(
    findings(H + 'Labour leader Ed Miliband and Foreign Secretary David Miliband spoke. Later Ed Miliband left, and David Miliband stayed.\n'),
    [],
  );
  assert.deepEqual(findings(H + '"Sergey Lavrov is lying," said Foreign Secretary David Lammy. ' + INTRO + '\n'), []);
  assert.deepEqual(findings(H + INTRO + '\n'), []);
});

test('BBC: a courtesy title with the full name is dropped; compound surnames are not mistaken for one', () => {
  const text = H + INTRO + ' Later Mr Sergey Lavrov left.\n';
  const fs = findings(text, bbc);
  const courtesy = fs.filter((f) => f.message.startsWith('Courtesy'));
  assert.deepEqual(brief(courtesy), [[69, 71, 'Courtesy titles go with the surname on later references, not with the full name']]);
  assert.deepEqual(courtesy[0].fix?.edits, [{ start: 69, end: 72, text: '' }]);
  const camilla = H + 'The Duchess of Cornwall, Camilla Parker Bowles, spoke. Later Mrs Parker Bowles left.\n';
  assert.deepEqual(findings(camilla, bbc).filter((f) => f.message.startsWith('Courtesy')), []);
});
