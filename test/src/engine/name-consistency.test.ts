import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, lintText, fixText, resolveSuggestion } from '../../../server/out/engine/index.js';
import type { Finding, ResolvedConfig } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';
import { getProfile, profiles } from '../../../server/out/engine/profiles/index.js';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/names', name), 'utf8');

/** Only name-consistency on, with the given profiles and names. */
function config(profileIds: string[] = ['newslint:ap'], names: Record<string, string[]> = {}): ResolvedConfig {
  const c = defaultConfig();
  for (const id of Object.keys(c.rules)) c.rules[id] = { ...c.rules[id], severity: id === 'name-consistency' ? 'warning' : 'off' };
  c.profiles = profileIds;
  c.names = names;
  return c;
}

function run(text: string, cfg = config()): Finding[] {
  return lint(text, { config: cfg }).filter((f) => f.ruleId === 'name-consistency');
}

const brief = (text: string, fs: Finding[]) => fs.map((f) => [f.start, f.end, text.slice(f.start, f.end), f.message]);

test('Zelensky/Zelenskyy: exact range, message with counts, safe fix, suggestion and data (AP profile)', () => {
  const text = fixture('zelensky.md');
  const fs = run(text);
  assert.equal(fs.length, 1);
  const f = fs[0];
  assert.deepEqual(
    { start: f.start, end: f.end, message: f.message, severity: f.severity, fix: f.fix },
    {
      start: 64,
      end: 72,
      message: "'Zelensky' (1×) is also spelled 'Zelenskyy' (1×) in this draft",
      severity: 'warning',
      fix: { edits: [{ start: 64, end: 72, text: 'Zelenskyy' }], desc: "Change to 'Zelenskyy'" },
    },
  );
  assert.deepEqual(f.lazySuggestions?.map((s) => s.desc), ["Use 'Zelensky' everywhere instead"]);
  const { analysis } = lintText(text, { config: config() });
  assert.deepEqual(resolveSuggestion(f.ruleId, f.lazySuggestions![0].ref, analysis), { edits: [{ start: 108, end: 117, text: 'Zelensky' }] });
  assert.deepEqual(f.data, { personId: 0, spellings: { Zelensky: 1, Zelenskyy: 1 }, canonical: 'Zelenskyy', written: 'Zelensky' });
});

test('which spelling wins: profile (BBC: Zelensky), else the first full-name reference, else config names first', () => {
  const text = fixture('zelensky.md');
  assert.deepEqual(brief(text, run(text, config(['newslint:bbc']))), [
    [108, 117, 'Zelenskyy', "'Zelenskyy' (1×) is also spelled 'Zelensky' (1×) in this draft"],
  ]);
  // No profile lists him: the first full-name reference ("Volodymyr Zelensky") wins.
  assert.deepEqual(brief(text, run(text, config([])))[0].slice(0, 3), [108, 117, 'Zelenskyy']);
  // The configuration beats the profile.
  assert.deepEqual(brief(text, run(text, config(['newslint:ap'], { 'Volodymyr Zelensky': ['Zelenskyy'] })))[0].slice(0, 3), [108, 117, 'Zelenskyy']);
});

test('a spelling the configuration allows is never flagged; the house spelling is named when the draft lacks it', () => {
  const text = 'Talks\n\nVolodymyr Zelenskiy spoke. Zelensky left.';
  // AP spells Zelenskyy: both spellings in the draft differ from it.
  assert.deepEqual(brief(text, run(text)), [
    [17, 26, 'Zelenskiy', "'Zelenskiy' (1×) is also spelled 'Zelensky' (1×) in this draft; the house spelling is 'Zelenskyy'"],
    [34, 42, 'Zelensky', "'Zelensky' (1×) is also spelled 'Zelenskiy' (1×) in this draft; the house spelling is 'Zelenskyy'"],
  ]);
  // The config allows Zelenskiy (its canonical key): only Zelensky is flagged, and fixed to Zelenskiy.
  const cfg = config(['newslint:ap'], { 'Volodymyr Zelenskiy': ['Zelensky'] });
  const fs = run(text, cfg);
  assert.deepEqual(brief(text, fs), [[34, 42, 'Zelensky', "'Zelensky' (1×) is also spelled 'Zelenskiy' (1×) in this draft"]]);
  assert.equal(fixText(text, { config: cfg }).text, 'Talks\n\nVolodymyr Zelenskiy spoke. Zelenskiy left.');
});

test('a user entry overrides the profile it extends (names merged as resolveConfig does)', () => {
  const text = 'Talks\n\nVolodymyr Zelenskyy spoke. Zelensky left.';
  // Resolved config: the AP profile's entries first, the user's after.
  const names = { ...getProfile('newslint:ap')!.names, 'Volodymyr Zelensky': ['Volodymyr Zelenskyy'] };
  assert.deepEqual(brief(text, run(text, config(['newslint:ap'], names))), [
    [17, 26, 'Zelenskyy', "'Zelenskyy' (1×) is also spelled 'Zelensky' (1×) in this draft"],
  ]);
  // Without the user entry the profile wins.
  assert.deepEqual(brief(text, run(text, config(['newslint:ap'], getProfile('newslint:ap')!.names)))[0].slice(0, 3), [34, 42, 'Zelensky']);
});

test('Gaddafi, Qaddafi, Kadhafi, Gadhafi: one person; fixes keep the possessive; fix-all is idempotent', () => {
  const text = fixture('gaddafi.md');
  const fs = run(text);
  assert.deepEqual(brief(text, fs), [
    [31, 38, 'Gaddafi', "'Gaddafi' (1×) is also spelled 'Gadhafi' (1×) in this draft"],
    [65, 72, 'Qaddafi', "'Qaddafi' (1×) is also spelled 'Gadhafi' (1×) in this draft"],
    [116, 123, 'Kadhafi', "'Kadhafi' (1×) is also spelled 'Gadhafi' (1×) in this draft"],
  ]);
  const fixed = fixText(text, { config: config() });
  assert.equal(
    fixed.text,
    "# Libya's long shadow\n\nMuammar Gadhafi ruled Libya for 42 years. Gadhafi's sons held key posts.\n\n" +
      'After the uprising Gadhafi fled Tripoli, and Gadhafi died in October 2011.\n',
  );
  assert.equal(fixed.applied, 3);
  assert.deepEqual(run(fixed.text), []);
  assert.equal(fixText(fixed.text, { config: config() }).text, fixed.text);
  // NYT spells Qaddafi.
  assert.deepEqual(run(text, config(['newslint:nyt'])).map((f) => f.fix?.edits[0].text), ['Qaddafi', 'Qaddafi', 'Qaddafi']);
});

test('given names that are variants under one surname: Vladimir/Volodymyr, Mohammed/Muhammad', () => {
  const text = 'Talks\n\nVolodymyr Zelenskyy met Mohammed bin Salman. Vladimir Zelenskyy and Muhammad bin Salman agreed. Volodymyr Zelenskyy left.';
  assert.deepEqual(brief(text, run(text)), [
    [52, 60, 'Vladimir', "'Vladimir' (1×) is also spelled 'Volodymyr' (2×) in this draft"],
    [75, 83, 'Muhammad', "'Muhammad' (1×) is also spelled 'Mohammed' (1×) in this draft"],
  ]);
});

test('surname-first names: Kim Jong Un (AP) and Kim Jong-un (BBC) are one person; the given name is one unit', () => {
  const text = 'Korea\n\nKim Jong Un met Moon Jae-in. Later Kim Jong-un left, and Kim smiled.';
  assert.deepEqual(brief(text, run(text)), [[46, 53, 'Jong-un', "'Jong-un' (1×) is also spelled 'Jong Un' (1×) in this draft"]]);
  assert.deepEqual(run(text)[0].fix, { edits: [{ start: 46, end: 53, text: 'Jong Un' }], desc: "Change to 'Jong Un'" });
  assert.deepEqual(brief(text, run(text, config(['newslint:bbc']))), [[11, 18, 'Jong Un', "'Jong Un' (1×) is also spelled 'Jong-un' (1×) in this draft"]]);
});

test('given name and surname both different: one finding, two edits, the text between kept', () => {
  const text = 'Talks\n\nVolodymyr Zelenskyy spoke. Later Vladimir Zelensky left.';
  const fs = run(text);
  assert.deepEqual(brief(text, fs), [[40, 57, 'Vladimir Zelensky', "'Vladimir Zelensky' (1×) is also spelled 'Volodymyr Zelenskyy' (1×) in this draft"]]);
  assert.deepEqual(fs[0].fix, { edits: [{ start: 40, end: 48, text: 'Volodymyr' }, { start: 49, end: 57, text: 'Zelenskyy' }], desc: "Change to 'Volodymyr Zelenskyy'" });
});

test('Clark/Clarke is flagged when the given names match', () => {
  const text = 'Talks\n\nCharles Clarke spoke. Later Charles Clark left, and Clarke smiled.';
  assert.deepEqual(brief(text, run(text)), [[43, 48, 'Clark', "'Clark' (1×) is also spelled 'Clarke' (2×) in this draft"]]);
});

test('Johnson/Johnston is flagged when the given names match; a small typo (Daveport) is flagged', () => {
  const text = 'Talks\n\nBoris Johnson met the press. Boris Johnston said no. Lindsay Davenport won, and Davenport left. Daveport said so.';
  assert.deepEqual(brief(text, run(text)), [
    [42, 50, 'Johnston', "'Johnston' (1×) is also spelled 'Johnson' (1×) in this draft"],
    [103, 111, 'Daveport', "'Daveport' (1×) is also spelled 'Davenport' (2×) in this draft"],
  ]);
});

test('not flagged: Miliband brothers, Johnson/Johnston and Clark/Clarke with different given names, titles of works, non-names', () => {
  assert.deepEqual(run(fixture('brothers.md')), []);
  assert.deepEqual(run(fixture('not-flagged.md')), []);
  assert.deepEqual(run(fixture('people.md')), []);
});

test('a spelling inside the title of a work is indexed but never flagged or counted', () => {
  const text = 'Libya\n\nMuammar Gaddafi ruled Libya. The film "Gadhafi" opened in 2011, and Gaddafi was angry.';
  const r = lintText(text, { config: config() });
  const inTitle = r.analysis.mentions.find((m) => m.text === 'Gadhafi');
  assert.ok(inTitle && inTitle.inQuote !== null);
  assert.equal(r.analysis.quotes[inTitle.inQuote!].kind, 'title');
  assert.equal(inTitle.personId, r.analysis.mentions[0].personId);
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'name-consistency'), []);
  // The same word outside a title is a variant.
  const plain = 'Libya\n\nMuammar Gaddafi ruled Libya. Then Gadhafi spoke, and Gaddafi was angry.';
  assert.deepEqual(run(plain).map((f) => plain.slice(f.start, f.end)), ['Gaddafi', 'Gaddafi']);
});

test('not flagged: a spelling marked [sic], a name in a list beside a similar one, Latino/Latina', () => {
  const sic = 'Court\n\nProsecutor Angela Corey spoke. A protester wrote that Angela Correy’s [sic] case would fail. Corey left.';
  assert.deepEqual(run(sic), []);
  const list = 'Staff\n\nThe team: Sylvia Larsen, Joel Maiola, Kate Malloy, Tory Mazzola, Jim Merrill and Jayne Millerick.';
  assert.deepEqual(run(list), []);
  const words = 'Awards\n\nAmerica Ferrera was the first Latina to take the prize. Critics asked what Latino means, said Gina Rodriguez.';
  assert.deepEqual(run(words), []);
  // Without [sic] the same misspelling is flagged.
  const plain = 'Court\n\nProsecutor Angela Corey spoke. A protester wrote that Angela Correy’s case would fail. Corey left.';
  assert.deepEqual(run(plain).map((f) => plain.slice(f.start, f.end)), ['Correy']);
});

test('a titled bare name matches a transliteration (Senator Léahy); an ordinary word does not (the Scot)', () => {
  const text = 'Senate\n\nPatrick Leahy spoke. Later Senator Léahy’s aide called. Tom Scott ran; the 22-year-old Scot won.';
  assert.deepEqual(brief(text, run(text)), [[43, 48, 'Léahy', "'Léahy' (1×) is also spelled 'Leahy' (1×) in this draft"]]);
});

test('O\'Neill and O’Neill are one spelling (apostrophe style is not a name variant)', () => {
  const text = 'Police\n\nJames O\'Neill spoke. O’Neill said the device was found.';
  assert.deepEqual(run(text), []);
});

test('profiles: every outlet lists at least 40 names with its own spellings', () => {
  assert.deepEqual(profiles.map((p) => p.id), ['newslint:ap', 'newslint:reuters', 'newslint:bbc', 'newslint:guardian', 'newslint:nyt']);
  for (const p of profiles) assert.ok(Object.keys(p.names).length >= 40, `${p.id}: ${Object.keys(p.names).length}`);
  assert.ok('Volodymyr Zelenskyy' in getProfile('newslint:ap')!.names);
  assert.ok(getProfile('newslint:ap')!.names['Volodymyr Zelenskyy'].includes('Volodymyr Zelensky'));
  assert.ok('Volodymyr Zelenskiy' in getProfile('newslint:reuters')!.names);
  assert.ok('Volodymyr Zelensky' in getProfile('newslint:bbc')!.names);
  assert.ok('Muammar el-Qaddafi' in getProfile('newslint:nyt')!.names);
  assert.ok('al-Qaida' in getProfile('newslint:ap')!.names);
  assert.ok('al-Qaeda' in getProfile('newslint:bbc')!.names);
  assert.ok('Kim Jong-un' in getProfile('newslint:bbc')!.names);
  assert.ok('Kim Jong Un' in getProfile('newslint:ap')!.names);
});

test('the house spelling follows the configuration of each run, also when one config object is changed', () => {
  const text = 'Talks\n\nVolodymyr Zelensky met the press. Zelenskyy said no.';
  const cfg = config([], { 'Volodymyr Zelenskyy': ['Volodymyr Zelensky'] });
  assert.deepEqual(brief(text, run(text, cfg)).map((x) => x.slice(0, 3)), [[17, 25, 'Zelensky']]);
  cfg.names = { 'Volodymyr Zelensky': ['Volodymyr Zelenskyy'] };
  assert.deepEqual(brief(text, run(text, cfg)).map((x) => x.slice(0, 3)), [[41, 50, 'Zelenskyy']]);
  assert.deepEqual(brief(text, run(text, config([], {}))).map((x) => x.slice(0, 3)), [[41, 50, 'Zelenskyy']]);
});
