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

// False alarms measured on edited copy (npm run eval, section profile-rules): each pattern below is
// written the way edited copy does it on purpose, next to a control the rule still flags.

test('a name listed beside another is not a later reference; alone or after a clause and a comma it is', () => {
  assert.deepEqual(findings(H + INTRO + ' Later Sergey Lavrov and Wang Yi signed the deal.\n'), []);
  assert.deepEqual(findings(H + INTRO + ' Later Anna Holm, Sergey Lavrov, Wang Yi and others signed.\n'), []);
  assert.deepEqual(brief(findings(H + INTRO + ' Before meeting Anna Holm, Sergey Lavrov rested.\n')), [[89, 102, 'Later references use the surname: Lavrov']]);
  assert.deepEqual(brief(findings(H + INTRO + ' Later Sergey Lavrov signed the deal.\n')), [[69, 82, 'Later references use the surname: Lavrov']]);
});

test('team sheets and results: an initial for the given name, a sentence of scores', () => {
  assert.deepEqual(findings(H + 'Fly-half Ronan Tierney kicked well. Tierney was tired. Later R Tierney kicked a penalty.\n'), []);
  assert.deepEqual(findings(H + INTRO + ' Lavrov won. Sergey Lavrov won again on Tuesday, 6-3 6-4.\n'), []);
  assert.deepEqual(brief(findings(H + INTRO + ' Lavrov won. Sergey Lavrov won again on Tuesday.\n')), [[75, 88, 'Later references use the surname: Lavrov']]);
});

test('a live blog: after a separator or a time stamp people are introduced afresh', () => {
  assert.deepEqual(findings(H + INTRO + '\n\n___\n\n6:05 p.m.\n\nSergey Lavrov left Geneva.\n'), []);
  assert.deepEqual(findings(H + INTRO + '\n\n6:05 p.m.\n\nSergey Lavrov left Geneva.\n'), []);
  assert.deepEqual(brief(findings(H + INTRO + '\n\nSergey Lavrov left Geneva.\n')), [[64, 77, 'Later references use the surname: Lavrov']]);
});

test('a first-person paragraph (a reader, a columnist) chooses its own names; "we" alone does not make one', () => {
  assert.deepEqual(findings(H + INTRO + '\n\nI think Sergey was tired, and Sergey Lavrov knew it.\n'), []);
  assert.deepEqual(brief(findings(H + INTRO + '\n\nWe think Sergey was tired.\n')), [[73, 79, 'Later references use the surname: Lavrov rather than Sergey']]);
  // Abbreviations and nouns that look like "I" or "mine" are not first person.
  assert.equal(findings(H + INTRO + '\n\nThe I.R.S. and a coal mine saw Sergey.\n').length, 1);
  assert.equal(findings(H + INTRO + '\n\nA World War I museum hired Sergey.\n').length, 1);
});

test('a name inside a title or used as a modifier', () => {
  const text = H + INTRO + ' Critics saw a new Sergey Lavrov. Tickets for Sergey Lavrov: The Opera sold out. He hosted An Evening With Sergey Lavrov on Friday. He wrote The Diary of Sergey Lavrov in 2001.\n';
  assert.deepEqual(findings(text), []);
  assert.equal(findings(H + INTRO + ' Critics saw Sergey Lavrov on Friday.\n').length, 1);
});

test('BBC: "the Marsh affair" is a modifier and needs no courtesy title; a bare surname does', () => {
  const base = H + 'Home Secretary David Marsh spoke. Mr Marsh left. Mr Marsh returned. ';
  assert.deepEqual(findings(base + 'The Marsh affair grew.\n', bbc), []);
  const text = base + 'Marsh grew tired.\n';
  assert.deepEqual(brief(findings(text, bbc)), [[85, 90, 'Later references to Marsh take a courtesy title in house style: Mr Marsh']]);
  assert.equal(fixText(text, { config: bbc }).text, base + 'Mr Marsh grew tired.\n');
});

test('firms, brands and characters named like people; a name never shortened and given no role', () => {
  assert.deepEqual(findings(H + 'Shares in Nora Vale fell 5% on Monday. Vale cut its forecast. Nora Vale, which has 300 shops, said sales fell.\n'), []);
  assert.deepEqual(brief(findings(H + 'Founder Nora Vale spoke on Monday. Vale cut her forecast. Nora Vale said sales fell.\n')), [[75, 84, 'Later references use the surname: Vale']]);
  assert.deepEqual(findings(H + 'Actor Tom Reed stars as Arthur Pell, a clerk. Pell is shy. Later Arthur Pell flies.\n'), []);
  assert.deepEqual(brief(findings(H + 'Clerk Arthur Pell flies. Pell is shy. Later Arthur Pell flies.\n')), [[61, 72, 'Later references use the surname: Pell']]);
  // Never shortened, no role, no pronoun and no known given name: a firm more often than a person.
  assert.deepEqual(findings(H + 'Sun Davies said sales fell. Later Sun Davies said sales rose.\n'), []);
  assert.deepEqual(brief(findings(H + 'Sun Davies said sales fell. Davies was pleased. Later Sun Davies said sales rose.\n')), [[71, 81, 'Later references use the surname: Davies']]);
  // A known given name is enough to make a person.
  assert.deepEqual(brief(findings(H + 'Anna Lund opened a shop in Leeds. Later Anna Lund opened another.\n')), [[57, 66, 'Later references use the surname: Lund']]);
});

test('first names: a habit of the writer, part of a longer name, a vocative, "Saddam"; a single slip is flagged', () => {
  assert.deepEqual(findings(H + INTRO + ' Sergey left. Sergey was tired.\n'), []);
  assert.deepEqual(brief(findings(H + INTRO + ' Lavrov left. Sergey was tired.\n')), [[76, 82, 'Later references use the surname: Lavrov rather than Sergey']]);
  assert.deepEqual(findings(H + 'Film editor Charles Gant spoke. Gant said the film about Ray Charles was a hit.\n'), []);
  assert.deepEqual(brief(findings(H + 'Film editor Charles Gant spoke. Gant said Charles was a hit.\n')), [[59, 66, 'Later references use the surname: Gant rather than Charles']]);
  assert.deepEqual(findings(H + INTRO + ' His aide wrote: come back soon, Sergey, we miss you.\n'), []);
  assert.deepEqual(findings(H + 'Iraqi President Saddam Hussein spoke. Hussein left. Later Saddam returned.\n'), []);
});

test('a full name after a description set off by a comma re-introduces the person', () => {
  assert.deepEqual(findings(H + INTRO + ' Meanwhile, the man in charge of the talks, Sergey Lavrov, left.\n'), []);
  assert.deepEqual(brief(findings(H + INTRO + ' Meanwhile, in Geneva, Sergey Lavrov left.\n')), [[85, 98, 'Later references use the surname: Lavrov']]);
});

test('BBC: a reader\'s "Mr." in a first-person paragraph is left alone when the copy writes "Mr" elsewhere', () => {
  assert.deepEqual(findings(H + 'Home Secretary David Marsh spoke. Mr Marsh left.\n\nI agree with Mr. Marsh.\n', bbc), []);
  const text = H + 'Home Secretary David Marsh spoke. Marsh left.\n\nI agree with Mr. Marsh.\n';
  assert.deepEqual(brief(findings(text, bbc)), [[77, 80, 'House style writes "Mr" without a full stop']]);
  assert.equal(fixText(text, { config: bbc }).text, H + 'Home Secretary David Marsh spoke. Marsh left.\n\nI agree with Mr Marsh.\n');
});

test('"A or, of course, B" is a list', () => {
  assert.deepEqual(findings(H + INTRO + ' Voters could picture Anna Holm or, of course, Sergey Lavrov in the job.\n'), []);
});

test('a name with a spokesman of its own is a firm: "William Hill spokesman Tom Adams"', () => {
  const firm = H + 'Ladbrokes and William Hill cut the odds. "It is odd," William Hill spokesman Tom Adams said. Hill was cautious. Later William Hill closed the book.\n';
  assert.deepEqual(findings(firm), []);
  // (A person's name: "William Hill" itself is the bookmaker, never a person, for the index.)
  const person = H + 'Ladbrokes and Wilfred Hill cut the odds. "It is odd," Wilfred Hill said. Hill was cautious. Later Wilfred Hill closed the book.\n';
  assert.deepEqual(brief(findings(person)), [
    [71, 83, 'Later references use the surname: Hill'],
    [115, 127, 'Later references use the surname: Hill'],
  ]);
});
