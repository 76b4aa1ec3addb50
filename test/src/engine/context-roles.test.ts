/**
 * What the rest of a sentence says of a person named without a role word (context-roles.ts):
 * first-reference stays silent when the sentence already tells the reader who the person is, and
 * still flags the person when it does not. Drafts written by us; names invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintText } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

const H = 'Round-up\n\n';

/** Names first-reference flags in a one-paragraph draft, in order. */
function flagged(sentence: string): string[] {
  const text = H + sentence + '\n';
  return lintText(text, { config: defaultConfig() }).findings.filter((f) => f.ruleId === 'first-reference').map((f) => text.slice(f.start, f.end));
}

/** The role text the analysis gives a name's first mention. */
function roleOf(sentence: string, name: string): string | null {
  const text = H + sentence + '\n';
  const a = analyze(text);
  const m = a.mentions.find((x) => x.text === name);
  assert.ok(m, `no mention ${name}`);
  return a.roles[m.index].role?.text ?? null;
}

test('an award category in the person\'s clause identifies the person; another clause\'s award does not', () => {
  assert.deepEqual(flagged('Vera Mole scored best director for Tom Haskard while Ann Pryor took the hotly contested best actress award.'), []);
  assert.equal(roleOf('Vera Mole scored best director for Tom Haskard while Ann Pryor took the hotly contested best actress award.', 'Ann Pryor'), 'best actress');
  assert.deepEqual(flagged('Dan Ruick faces competition from Bo Ferris, Jim Calder and Lou Denton in the best actor category.'), []);
  // The award is Ann Pryor's, in her own clause: Dan Ruick, in another clause, is still flagged.
  assert.deepEqual(flagged('Dan Ruick watched on Sunday, while Ann Pryor took the best actress award.'), ['Dan Ruick']);
});

test('a list after a plural role shares it ("Other actors … are A, B and C"); a side taken ("critics, including") does not', () => {
  const s = 'Other actors expected at the biggest night in film are Bo Ferris, Imogen Stace, Dina Krull and former Bond star Pat Brosk.';
  assert.deepEqual(flagged(s), []);
  assert.equal(roleOf(s, 'Dina Krull'), 'actors expected at the biggest night in film are ');
  assert.deepEqual(flagged('The resignation was followed by those of five other barristers - Nick Blane QC, Andrew Nicoll QC, Rick Scanlon and Tom Dellamare.'), []);
  assert.deepEqual(flagged('The plan angered critics, including Mitch Darnell and Ada Loring.'), ['Mitch Darnell', 'Ada Loring']);
});

test('what a list of people does next gives their role: finalists, performances, tipped for a part', () => {
  assert.deepEqual(flagged('Rowena Satchwell, Steve Brookes, Tabitha Callan and group G5 are the remaining finalists.'), []);
  assert.deepEqual(flagged('Nora Jonas, Diana Rosse and Eric Clapp will give musical performances on the show.'), []);
  assert.deepEqual(flagged('Colin Farr, Jude Lawless and Troy star Eric Banner have also been tipped for the role.'), []);
  assert.deepEqual(flagged('Hugh Stevens, Ras Kwarme and Rob Dabney will each host the late-night slot.'), []);
  assert.deepEqual(flagged('Matt Dawlish, Jon Wilkes and Hill have all been mentioned as contenders for the captaincy.'), []);
  // Doing something with no role in it is no role.
  assert.deepEqual(flagged('Nora Jonas and Diana Rosse will give evidence on Monday.'), ['Nora Jonas', 'Diana Rosse']);
});

test('a victim, an office held, a performer credit, a cast credit in brackets', () => {
  assert.deepEqual(flagged('Protesters called for answers about the fatal shooting of Keith Lamar Scotton.'), []);
  assert.deepEqual(flagged('The claim was filed in 1999 by the administration of Bill Clanton.'), []);
  assert.deepEqual(flagged('A Very Long Summer, a war drama featuring Audrey Tautin, won five prizes.'), []);
  assert.deepEqual(flagged('His latest film explored the life of Sylvia (Kate Winsford) and her children.'), []);
  assert.deepEqual(flagged('The comedy, in which he stars with Ben Stillman and Dustin Huffman, topped the chart.'), []);
  assert.deepEqual(flagged('Protesters met Keith Lamar Scotton outside the court.'), ['Keith Lamar Scotton']);
});

test('an office or a work after the possessive ("Bill Clanton\'s presidency", "Bruce Springfield\'s Born In The Fields")', () => {
  assert.deepEqual(flagged("The fund was set up during Bill Clanton's presidency."), []);
  assert.deepEqual(flagged("Other albums recorded there include Bruce Springfield's Born In The Fields."), []);
  // A possessive with no office or work after it is no role.
  assert.deepEqual(flagged("Bill Clanton's dog was found on Monday."), ['Bill Clanton']);
});

test('sport: a team named in a match report\'s sentence identifies the player; a venue, an event or no team at all does not', () => {
  assert.deepEqual(flagged('Tries from Jon Thomasson, Tom Shanklyn and Martyn Willis gave the visitors a 19-5 lead.'), []);
  assert.deepEqual(flagged('Lauren, Patrick Vierra, Freddie Ljung and Ashley Coles scored for Arsenal, while Andy Grey was on target for the Blades.'), []);
  // A team named anywhere in a match report's sentence counts too (the reviewers read it so) …
  assert.deepEqual(flagged('Lauren, Patrick Vierra and Ashley Coles scored for Arsenal, while Andy Grey missed a penalty.'), []);
  // … but a match report's sentence with no team in it says nothing of the player.
  assert.deepEqual(flagged('After the break Andy Grey missed a penalty.'), ['Andy Grey']);
  assert.deepEqual(flagged("Pascal Cygnet missed Arsenal's best chance after 106 minutes."), []);
  assert.deepEqual(flagged('Robbie Keeney took his Republic record to 24 with a first-half goal.'), []);
  // (The player beaten in a team match is identified as a player in it too.)
  assert.deepEqual(flagged('Daniela Hantova defeated Mia Krajek 6-4 6-2 to give the Slovaks the perfect start.'), []);
  assert.deepEqual(flagged('Thierry Hendry put Arsenal ahead but John Terrell levelled with a header.'), []);
  assert.deepEqual(flagged('John Terrell levelled with a header.'), ['John Terrell']);
  // A venue is not a team; the opponent beaten is not the player's team.
  assert.deepEqual(flagged('Roddick beat Andy Murrow 6-3 6-4 at the Open.'), ['Andy Murrow']);
  assert.deepEqual(flagged("Britain's Kathy Butt and Hayley Yell were no match for Benita Jonson in the Cross International at Amorebieta."), ['Benita Jonson']);
});

test('a role word for the only person of the sentence, as its subject or owner; never an object\'s role', () => {
  assert.deepEqual(flagged("Donald Trumble's gains may fade if the Republican nominee's stance on Nato is hammered home."), []);
  assert.deepEqual(flagged('Bernice Sandler offered advice on Friday, as the Democratic nominee looks to shore up support.'), []);
  // "told the chairman": another person; "appoints him as the first senator": the object's role.
  assert.deepEqual(flagged('Dana Whitlock told the chairman that the vote was lost.'), ['Dana Whitlock']);
  assert.deepEqual(flagged('The seat would go quickly if Terry McAllister appoints him as the first black senator.'), ['Terry McAllister']);
});
