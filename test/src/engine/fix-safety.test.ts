import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, fixText, lint, settleFixes } from '../../../server/out/engine/index.js';
import { wholeTitle } from '../../../server/out/engine/fix-safety.js';
import type { Finding } from '../../../server/out/engine/index.js';
import { checkFix, fixAllChecked } from '../eval/garble.js';

const H = 'Council news\n\n';

function firstRef(text: string): Finding[] {
  return lint(text).filter((f) => f.ruleId === 'first-reference');
}

/** Fix-all with every applied fix checked: the fixed text, and no garbled fix. */
function fixedClean(text: string): string {
  const r = fixAllChecked(text, (t) => lint(t));
  for (const f of r.fixes) assert.deepEqual(f.garbles, [], `garbled ${f.ruleId} fix: ${JSON.stringify(f.fix.edits)}`);
  assert.equal(r.text, fixText(text).text);
  return r.text;
}

test('a relative clause with a number in it moves whole: no "£150," at the first mention, no "Galloway000"', () => {
  const text = H + 'Ada Rhys-Tan is to stand for the council.\n\nMs Rhys-Tan, who on Thursday won £30,000 in damages from a newspaper, said she would stand.\n';
  assert.equal(fixedClean(text), H + 'Ada Rhys-Tan, who on Thursday won £30,000 in damages from a newspaper, is to stand for the council.\n\nRhys-Tan said she would stand.\n');
});

test('the garble checker catches the fix that cut at the comma of £30,000 (what first-reference used to apply)', () => {
  const text = H + 'Ada Rhys-Tan is to stand.\n\nRhys-Tan, who won £30,000 in damages, said so.\n';
  const nameEnd = text.indexOf('Rhys-Tan, who') + 'Rhys-Tan'.length;
  const cut = text.indexOf('30,') + 3; // after "£30,"
  const old = { edits: [{ start: text.indexOf(' is to'), end: text.indexOf(' is to'), text: text.slice(nameEnd, cut) }, { start: nameEnd, end: cut, text: '' }] };
  assert.deepEqual(checkFix(text, old).map((g) => `${g.kind}: ${g.detail}`), ['split token: splits "30,000"', 'glued: glues "Rhys-Tan000"']);
  // The fix first-reference gives now is whole.
  const fix = firstRef(text)[0].fix;
  assert.ok(fix);
  assert.deepEqual(checkFix(text, fix), []);
  assert.equal(fix.edits[1].end, text.indexOf(' said'));
});

test('the garble checker: a name made by a deletion, a lost word, an unpaired quote mark; clean fixes pass', () => {
  const text = 'Tom Okoro, of Woodbridge, Suffolk, said so.';
  const falseName = { edits: [{ start: 9, end: 25, text: '' }] }; // "Tom Okoro Suffolk, said so."
  assert.deepEqual(checkFix(text, falseName).map((g) => g.kind), ['glued', 'lost word', 'lost word']);
  assert.match(checkFix(text, falseName)[0].detail, /"Okoro Suffolk"/);
  const unpaired = { edits: [{ start: 0, end: 0, text: '"Friend ' }] };
  assert.deepEqual(checkFix(text, unpaired).map((g) => g.kind), ['unbalanced']);
  // Shortening a name, respelling a word, a quote mark respelled, a title moved: all clean.
  assert.deepEqual(checkFix(text, { edits: [{ start: 0, end: 4, text: '' }] }), []);
  assert.deepEqual(checkFix(text, { edits: [{ start: 4, end: 9, text: 'Okoroh' }] }), []);
  assert.deepEqual(checkFix('He said "no".', { edits: [{ start: 8, end: 9, text: '“' }, { start: 11, end: 12, text: '”' }] }), []);
  assert.deepEqual(checkFix("Mr Ebber's lawyers", { edits: [{ start: 3, end: 8, text: 'Ebbers' }] }), []);
});

test('an appositive that a comma does not close (a place, a state, a clause) is never a safe move', () => {
  const cases = [
    H + 'Tom Okoro left the party last week.\n\nMr Okoro, of Marden, Kent, has also stepped down from the board.\n',
    H + 'Hale scored early.\n\nThe ball went to Tom Hale, the flanker showed his nous, Jones adding the conversion.\n',
    H + 'Dina Malik passed three checks.\n\nDina Malik, who works as a nurse in San Diego, Calif., passed a fourth.\n',
    H + 'Pell lost.\n\nVance leads Anna Pell, 2,310 to 1,947.\n',
  ];
  for (const text of cases) {
    for (const f of firstRef(text)) {
      const moves = (f.fix?.edits ?? []).some((e) => /[,(]/.test(e.text));
      assert.equal(moves, false, `${f.message}: ${JSON.stringify(f.fix)}`);
    }
    fixedClean(text);
  }
  // The move is still offered, as a suggestion.
  const [okoro] = firstRef(cases[0]);
  assert.equal(okoro.fix, undefined);
  assert.equal(okoro.suggestions?.[0].desc, 'Move the description at "Mr Okoro" here');
  assert.equal(fixText(cases[1]).text, H + 'Tom Hale scored early.\n\nThe ball went to Hale, the flanker showed his nous, Jones adding the conversion.\n');
});

test('a title crossing a quote mark or starting inside a number, or a club in brackets, stays where it is', () => {
  assert.equal(fixedClean(H + 'Vale spoke first.\n\nDunne says his "friend and colleague" Marco Vale ran well.\n'), H + 'Marco Vale spoke first.\n\nDunne says his "friend and colleague" Vale ran well.\n');
  assert.equal(fixedClean(H + 'Pavey will race.\n\nShe runs with Olympic 5,000m finalist Jo Pavey.\n'), H + 'Jo Pavey will race.\n\nShe runs with Olympic 5,000m finalist Pavey.\n');
  const list = H + 'Ian Marlow was nominated.\n\nThe list: Doris Lessing (UK) Ian Marlow (UK) Saul Bellow (Canada).\n';
  assert.equal(fixedClean(list), list);
  // A party tag moves as written.
  assert.equal(fixedClean(H + 'Kevin Brady said no.\n\nKevin Brady (R-Texas) said the bill would fail.\n'), H + 'Kevin Brady (R-Texas) said no.\n\nBrady said the bill would fail.\n');
});

test('overlapping fixes: a fix that changes nothing is dropped, and the CLI counts no fixable finding', () => {
  const text = H + 'Sergei Lavrov foreign minister Lavrov said the talks would go on.\n';
  const [f] = firstRef(text);
  assert.equal(f.message, 'Sergei Lavrov is introduced without a title or role');
  assert.equal(f.fix, undefined);
  assert.deepEqual(f.suggestions?.map((s) => s.desc), ['Add a title before Sergei Lavrov']);
});

test('settleFixes: the fix that loses to an overlapping one becomes a suggestion; a no-op fix is dropped', () => {
  const text = 'abcdef';
  const base = { ruleId: 'r', severity: 'warning' as const, message: 'm' };
  const findings: Finding[] = [
    { ...base, start: 0, end: 2, fix: { edits: [{ start: 0, end: 2, text: 'X' }] } },
    { ...base, start: 1, end: 3, message: 'loser', fix: { edits: [{ start: 1, end: 3, text: 'Y' }] } },
    { ...base, start: 4, end: 5, fix: { edits: [{ start: 4, end: 5, text: 'e' }] } },
  ];
  const out = settleFixes(text, findings);
  assert.deepEqual(out[0], findings[0]);
  assert.equal(out[1].fix, undefined);
  assert.deepEqual(out[1].suggestions, [{ desc: 'loser: suggested change', fix: findings[1].fix }]);
  assert.equal(out[2].fix, undefined);
  assert.equal(out[2].suggestions, undefined);
});

test('later-reference: a name with no person evidence ("while Molly Brannock won two", a show) gets a suggestion, not a safe fix', () => {
  const show = H + 'The Producers won three prizes, while Molly Brannock won two.\n\nBut The Producers, Molly Brannock and The Woman in White all opened late, and Molly Brannock won two.\n';
  const f = lint(show).filter((x) => x.ruleId === 'later-reference');
  assert.deepEqual(f.map((x) => [show.slice(x.start, x.end), x.fix, x.suggestions?.[0].desc]), [['Molly Brannock', undefined, 'Use "Brannock"']]);
  assert.equal(fixText(show).text, show);
  // A person's verb bound to the name is evidence: the safe fix shortens it.
  const person = H + 'Molly Brannock said the vote was lost.\n\nLater Molly Brannock said she would try again.\n';
  assert.equal(fixedClean(person), H + 'Molly Brannock said the vote was lost.\n\nLater Brannock said she would try again.\n');
});

test('fix-all garbles nothing in our own drafts (test fixtures and examples)', () => {
  const root = path.resolve(__dirname, '..', '..', '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:md|txt|draft)$/.test(e.name) && !/README/i.test(e.name)) files.push(p);
    }
  };
  walk(path.join(root, 'test', 'fixtures'));
  walk(path.join(root, 'examples'));
  assert.ok(files.length >= 10, `found ${files.length} drafts`);
  let applied = 0;
  for (const file of files) {
    const r = fixAllChecked(fs.readFileSync(file, 'utf8'), (t) => lint(t));
    applied += r.fixes.length;
    for (const f of r.fixes) assert.deepEqual(f.garbles, [], `${path.relative(root, file)}: ${f.ruleId} ${JSON.stringify(f.fix.edits)}`);
  }
  assert.ok(applied > 0, 'no fix applied at all: the check would prove nothing');
});

test('what a move may not take: part of a title, a speech reported in a relative clause, a description next to a comma, words onto a modifier', () => {
  const unchanged = [
    // "former academy | director": only the head would move, leaving "former academy Tanley".
    H + 'The club replaces Rob Tanley this week.\n\nThe board gave former academy director Tanley a new post.\n',
    // "Brannock, who will work beside Owen Tulley, has …": the comma after the first mention closes a clause.
    H + 'Brannock, who will work beside Owen Tulley, has not coached for a year.\n\nTulley, who has been acting manager, was assistant coach.\n',
    // "who is its deputy leader": "its" needs the party named first; moved up, it would point at nothing.
    H + 'Ada Rhys-Tan is to stand for the council.\n\nThe party met on Monday. Rhys-Tan, who is its deputy leader, said she would stand.\n',
    // "his Democratic opponent" needs "his" to come first.
    H + 'Hilda Clark and Don Trent enter the final weeks.\n\nTrent faced questions. Hilda Clark, his Democratic opponent, has had her own troubles.\n',
  ];
  for (const text of unchanged) {
    const [f] = firstRef(text);
    assert.equal(f.fix, undefined, f.message);
    assert.match(f.suggestions?.[0].desc ?? '', /^Move the (?:description|full reference) at /);
    assert.equal(fixedClean(text), text);
  }
  // "Despite the Trump name": a surname used as a modifier takes no full name.
  const modifier = H + 'Despite the Trump name, the resort failed.\n\nThe owners licensed it from presidential candidate Donald Trump on Monday.\n';
  assert.deepEqual(firstRef(modifier).filter((f) => f.fix), []);
  assert.equal(fixedClean(modifier), modifier);
  // "who said …" is the news of its moment: not moved; the courtesy title still goes (AP style).
  const said = H + 'The charge was made by Peter Mandel on Monday.\n\nIt was denied by Mr Mandel, who said the rivals were afraid.\n';
  assert.equal(firstRef(said)[0].fix, undefined);
  assert.equal(fixedClean(said), H + 'The charge was made by Peter Mandel on Monday.\n\nIt was denied by Mandel, who said the rivals were afraid.\n');
  // Any plain verb of saying (lexicon/verbs.ts), not only "said".
  const warned = H + 'The charge was made by Peter Mandel on Monday.\n\nIt was denied by Mr Mandel, who warned the rivals were afraid.\n';
  assert.equal(firstRef(warned)[0].fix, undefined);
});

test('a verb of saying before "to" takes an action: "who continues to run the firm" is a description and moves', () => {
  const text = H + 'Ada Rhys-Tan is to stand for the council.\n\nMs Rhys-Tan, who continues to run the family firm, said she would stand.\n';
  assert.equal(fixedClean(text), H + 'Ada Rhys-Tan, who continues to run the family firm, is to stand for the council.\n\nRhys-Tan said she would stand.\n');
});

test('a title before a name moves only when its start is proven: after a preposition or at a paragraph or sentence start, never after a noun that may belong to it', () => {
  const moves = (sentence: string, title: string) => {
    const draft = analyze(H + sentence + '\n').draft;
    const start = draft.text.indexOf(title);
    return wholeTitle(draft, { start, end: start + title.length + 1 });
  };
  assert.equal(moves('The deal made real estate developer Vance richer.', 'developer'), false); // "real estate | developer"
  assert.equal(moves('The deal made the developer Vance richer.', 'developer'), false); // "the | developer"
  assert.equal(moves('The bank lent former academy director Vance a fortune.', 'director'), false);
  assert.equal(moves('The deal was signed by property developer Vance on Monday.', 'property developer'), true);
  assert.equal(moves('Property developer Vance signed the deal.', 'Property developer'), true);
  assert.equal(moves('The deal was signed by developer Vance on Monday.', 'developer'), true);
});
