import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintText } from '../../../server/out/engine/index.js';
import { paragraphRoles, roleAfter, roleBefore, mentionRoles } from '../../../server/out/engine/roles.js';
import { roleWord, formalTitleLength } from '../../../server/out/engine/titles.js';

/** Roles of the named people in a one-sentence paragraph. */
function roles(text: string, names: string[]) {
  const ns = names.map((n) => {
    const i = text.indexOf(n);
    return { start: i, nameStart: i, end: i + n.length, honorific: null, possessive: false, inBrackets: false, sentence: 0 };
  });
  return paragraphRoles({ text, sentences: [{ start: 0, end: text.length }], names: ns, quotes: [] });
}
const one = (text: string, name: string) => {
  const r = roles(text, [name])[0].role;
  return r ? [r.kind, r.text, r.removal ? text.slice(r.removal.start, r.removal.end) : null] : null;
};

test('titles and job descriptions before the name, with what a fix would remove', () => {
  assert.deepEqual(one('Russian Foreign Minister Sergey Lavrov said.', 'Sergey Lavrov'), ['before', 'Russian Foreign Minister', 'Russian Foreign Minister ']);
  assert.deepEqual(one('Trade and Industry Secretary Patricia Hale said.', 'Patricia Hale'), ['before', 'Trade and Industry Secretary', 'Trade and Industry Secretary ']);
  assert.deepEqual(one('Chancellor of the Exchequer Gordon Brown said.', 'Gordon Brown'), ['before', 'Chancellor of the Exchequer', 'Chancellor of the Exchequer ']);
  assert.deepEqual(one('said the company\'s chief executive John Smith.', 'John Smith'), ['before', 'company\'s chief executive', 'the company\'s chief executive ']);
  assert.deepEqual(one('Aston Villa manager Sir Alex Ferrier said.', 'Alex Ferrier'), ['before', 'Aston Villa manager', 'Aston Villa manager ']);
  assert.deepEqual(one('The foreign minister, Sergey Lavrov, said.', 'Sergey Lavrov'), ['before-appositive', 'The foreign minister', 'The foreign minister, ']);
  assert.deepEqual(one('added Ernst and Young\'s Sanjay Mehta.', 'Sanjay Mehta'), ['before', 'Ernst and Young\'s', 'Ernst and Young\'s ']);
  assert.deepEqual(one('Its “national enterprise reporter” Stephanie Ward wrote.', 'Stephanie Ward')?.[0], 'before');
  assert.equal(one('In London Andy Murray won.', 'Andy Murray'), null);
});

test('appositives, affiliations, party tags, relative clauses and predicates after the name', () => {
  assert.deepEqual(one('John Kirby, a spokesman for the NSC, said.', 'John Kirby'), ['appositive', 'a spokesman for the NSC', ', a spokesman for the NSC,']);
  assert.deepEqual(one('Sergey Lavrov, Russia\'s foreign minister, said.', 'Sergey Lavrov')?.[0], 'appositive');
  assert.deepEqual(one('Jane Roe, 45, of Leeds, said.', 'Jane Roe'), ['appositive', '45, of Leeds', ', 45, of Leeds,']);
  assert.deepEqual(one('said Isabelle Kronawitter at Hypovereinsbank.', 'Isabelle Kronawitter'), ['appositive', 'at Hypovereinsbank', ' at Hypovereinsbank']);
  assert.deepEqual(one('Ted Cruz (R-Texas) said.', 'Ted Cruz'), ['party', '(R-Texas)', ' (R-Texas)']);
  assert.deepEqual(one('Jane Roe, who heads the agency, said.', 'Jane Roe'), ['relative', 'who heads the agency', ', who heads the agency,']);
  assert.deepEqual(one('Mark Episkopos is a national security reporter.', 'Mark Episkopos'), ['predicate', 'is a national security reporter', null]);
  assert.equal(one('Jane Roe, who spoke at the rally, said.', 'Jane Roe'), null);
  // An age alone identifies an ordinary person, like "45-year-old Jane Roe".
  assert.deepEqual(one('Jane Roe, 45, said.', 'Jane Roe'), ['appositive', '45', ', 45,']);
  assert.equal(one('Sergey Lavrov said on Monday.', 'Sergey Lavrov'), null);
});

test('a role given elsewhere in the sentence, shared over a list, never taken from another name', () => {
  assert.deepEqual(one('As foreign minister, Sergey Lavrov has travelled.', 'Sergey Lavrov')?.slice(0, 2), ['sentence', 'foreign minister']);
  assert.deepEqual(roles('Presidents Barack Obama and Vladimir Putin met.', ['Barack Obama', 'Vladimir Putin']).map((r) => r.role?.kind), ['before', 'list']);
  assert.deepEqual(roles('Jane Roe and John Doe, both lawyers, said.', ['Jane Roe', 'John Doe']).map((r) => r.role?.kind), ['list', 'appositive']);
  assert.deepEqual(roles('Sen. Elizabeth Warren and Olaf Scholz met.', ['Elizabeth Warren', 'Olaf Scholz']).map((r) => r.role?.kind ?? null), ['before', null]);
  assert.deepEqual(roles('President Joe Biden met Olaf Scholz.', ['Joe Biden', 'Olaf Scholz']).map((r) => r.role?.kind ?? null), ['before', null]);
});

test('credit lines are recognised; a sentence starting "By" is not one', () => {
  assert.equal(roles('By Jane Doe', ['Jane Doe'])[0].credit, true);
  assert.equal(roles('(Reporting by Jane Doe; Editing by John Roe)', ['John Roe'])[0].credit, true);
  assert.equal(roles('Photo: Jane Doe/Harbour Press', ['Jane Doe'])[0].credit, true);
  assert.equal(roles('By Monday, Jane Doe had said nothing.', ['Jane Doe'])[0].credit, false);
});

test('roleBefore/roleAfter work on offsets of the original text', () => {
  const text = 'x\r\n🎉 said spokesperson Ned Price, a diplomat, today.';
  const at = text.indexOf('Ned');
  const b = roleBefore(text, 0, at);
  assert.deepEqual(b && [b.span.start, b.span.end, b.text], [text.indexOf('spokesperson'), text.indexOf('spokesperson') + 12, 'spokesperson']);
  const a = roleAfter(text, at + 9, text.length);
  assert.deepEqual(a && [a.kind, a.text], ['appositive', 'a diplomat']);
});

test('lexicon: role words, plurals, prefixes; formal title phrases', () => {
  assert.deepEqual(roleWord('Ministers'), { role: true, plural: true });
  assert.deepEqual(roleWord('ex-chairman'), { role: true, plural: false });
  assert.deepEqual(roleWord('economist'), { role: true, plural: false });
  assert.equal(roleWord('Monday'), null);
  assert.equal(roleWord('German', false), null);
  assert.equal(formalTitleLength(['Russian', 'foreign', 'minister']), 2);
  assert.equal(formalTitleLength(['secretary', 'of', 'state']), 3);
  assert.equal(formalTitleLength(['press', 'secretary']), 0);
});

test('mentionRoles on a whole analysis: bracket insertions count as titled full references', () => {
  const text = 'Talks\n\n"We will not accept this," [Ukrainian President Volodymyr] Zelensky said.\n';
  const a = analyze(text);
  const rs = mentionRoles(a);
  const m = a.mentions.find((x) => x.text.includes('Zelensky'));
  assert.ok(m);
  assert.equal(rs[m!.index].role?.text, 'Ukrainian President');
});

test('a role of two words after "of", a role clause after ", and", a title stopping at a sentence end', () => {
  assert.deepEqual(one('said director of telecoms research Omar Castellane.', 'Omar Castellane'), ['before', 'director of telecoms research', 'director of telecoms research ']);
  assert.equal(one('the birthday of his daughter Lucia Ferrante was.', 'Lucia Ferrante')?.[1], 'daughter');
  assert.deepEqual(
    one('Ministers objected, and Harbour Board envoy to the council, Ilse Marchetti, said no.', 'Ilse Marchetti'),
    ['before-appositive', 'Harbour Board envoy to the council', 'Harbour Board envoy to the council, '],
  );
  assert.equal(one('Ministers objected, and talks with the council, Ilse Marchetti said.', 'Ilse Marchetti'), null);
  assert.deepEqual(one('The mayor is Marta Hadad. senator Oluwaseun Nakamura said.', 'Oluwaseun Nakamura'), ['before', 'senator', 'senator ']);
});

test('a name used as a modifier of standards or stocks is not a reference; a firm ending in Tobacco is an organisation', () => {
  const first = (text: string) => lintText(text).findings.filter((f) => f.ruleId === 'first-reference').map((f) => f.message);
  assert.deepEqual(first('Songs\n\nThe band played Wendell Marsh standards all night.\n'), []);
  assert.deepEqual(first('Shares\n\nFirms rose. Tobacco stocks rose sharply after the ruling.\n\nHe said Tobacco firms would appeal, and Quarry Tobacco said so.\n'), []);
  assert.deepEqual(first('Ratings\n\nThe Wendell Marsh comedy led the chart, ahead of the Quinn Alvarado thriller.\n'), []);
  assert.deepEqual(first('Ratings\n\nHarbour Nights creator Wendell Marsh won.\n'), []);
  // Without the modifier, the same name is flagged.
  assert.deepEqual(first('Songs\n\nThe band played with Wendell Marsh all night.\n'), ['Wendell Marsh is introduced without a title or role']);
});
