// name-consistency: the one-off slip a copy editor catches (issue 13), and the gates that keep two
// people apart. Every name here is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, lintText, fixText } from '../../../server/out/engine/index.js';
import type { Finding, ResolvedConfig } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

function config(): ResolvedConfig {
  const c = defaultConfig();
  for (const id of Object.keys(c.rules)) c.rules[id] = { ...c.rules[id], severity: id === 'name-consistency' ? 'warning' : 'off' };
  c.profiles = [];
  c.names = {};
  return c;
}

const analyzeText = (text: string) => lintText(text, { config: config() }).analysis;
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
    "Arts\n\nBill Conway, the music director, spoke on Friday. Conway said the season was long.\n\nHe goes to the Governor's Ball each spring with his wife.\n",
    // Two short given names a slip apart are two names.
    'Match\n\nTim Oakes and Tom Oakes, brothers, both scored. Oakes said it was a family day.\n',
    // A word cut by an HTML character reference is no slip ("Pap&#233;" is Papé).
    'Rugby\n\nLucien Pape scored twice. Pape was named man of the match.\n\nHome side: Marc Dorval (Agen), Lucien Pap&#233; (Pau).\n',
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

test('a one-off slip of a given name under the same surname: a known name written once beside one written twice, a fragment, a slip before a bare surname', () => {
  const jon = 'Port\n\nJohn Hallorin opened the port. John Hallorin said trade would grow.\n\nLater Jon Hallorin added that the cranes were new.\n';
  assert.deepEqual(brief(jon), [[81, 84, 'Jon', "'Jon' (1×) is also spelled 'John' (2×) in this draft", "Change to 'John'"]]);
  // "Td" is no word the person index reads as a name: the slip is found before the bare surname.
  const td = 'Port\n\nTed Varga opened the port. Varga said trade would grow.\n\nLater Td Varga added that the cranes were new.\n';
  assert.deepEqual(brief(td), [[69, 71, 'Td', "'Td' (1×) is also spelled 'Ted' (1×) in this draft", "Change to 'Ted'"]]);
  assert.equal(fixText(td, { config: config() }).text, td.replace('Td Varga', 'Ted Varga'));
  const ery = 'Vote\n\nHillary Rendell spoke. Rendell said the vote was close.\n\n"I like Hillery Rendell," he said.\n';
  assert.deepEqual(brief(ery), [[71, 78, 'Hillery', "'Hillery' (1×) is also spelled 'Hillary' (1×) in this draft", "Change to 'Hillary'"]]);
});

test('given names that stay two people: both known and each written once, the other sex, an ordinary word opening a sentence', () => {
  const clean = [
    'Port\n\nTim Hallorin opened the port. Hallorin said trade would grow.\n\nLater Tom Hallorin added that the cranes were new.\n',
    'Court\n\nLuis Garcia and his wife spoke. Luis Garcia said the house was sold.\n\nLois Garcia said it was not.\n',
    'Port\n\nTed Varga opened the port. Varga said trade would grow. Tell Varga the truth.\n',
  ];
  for (const text of clean) assert.deepEqual(brief(text), [], text);
});

test('an ordinary word one slip from a surname, in a person\'s place, is a slip; in a list or after "the" it is not', () => {
  const text = 'Race\n\nDonald Trask won the primary. Trask said he was happy.\n\nLater Trusk said more.\n';
  const at = text.indexOf('Trusk');
  assert.deepEqual(brief(text), [[at, at + 5, 'Trusk', "'Trusk' (1×) is also spelled 'Trask' (2×) in this draft", "Change to 'Trask'"]]);
  const tramp = 'Race\n\nDonald Tromp won the primary. Tromp said he was happy.\n\nLater Tramp said more.\n';
  assert.deepEqual(brief(tramp), [[at, at + 5, 'Tramp', "'Tramp' (1×) is also spelled 'Tromp' (2×) in this draft", "Change to 'Tromp'"]]);
  const clean = [
    'Race\n\nDonald Tromp won the primary. Tromp said he was happy.\n\nHe met the Tramp, a film character.\n',
    'Race\n\nDonald Tromp won the primary. Tromp said he was happy.\n\nThe cast: Tramp, Barker, Cole.\n',
  ];
  for (const t of clean) assert.deepEqual(brief(t), [], t);
});

test('identity gates: a family plural, a letter added to a name written once, a role of its own, a run-together list', () => {
  const clean = [
    // "the Burkes" is the family; Miss Burke is their daughter, not a misspelling.
    "Wedding\n\nThe Richard S. Burkes' home may be the setting. The Burkes met the groom last year.\n\nMiss Burke will arrive in December. Miss Burke is a graduate.\n",
    // One letter added to a name the draft writes once (Raine → Racine) is another name.
    'Theatre\n\nKathleen Raine wrote the poem. Many pages on, we see new productions of Racine\'s "Phedre".\n',
    // Each spelling has its own role, and the roles share no word.
    'Court\n\nTom Jonas, the driver, testified on Monday. Jonas said he saw the car. Later Jones, the judge, said the hearing would resume.\n',
    // A maiden name before the surname is no slip of the husband's given name.
    'Divorce\n\nWilliam B. Harrowby sued his wife, Pearl Williams Harrowby, for divorce. Harrowby said little.\n',
    // Two full names run together in a list are two people.
    'Rally\n\nMitt Ralston spoke first. Ralston said the vote was close.\n\nThe speakers were Rep. Rodney Dunmore Mitt Ralston and Gov. Ann Perle.\n',
  ];
  for (const text of clean) assert.deepEqual(brief(text), [], text);
  // The same role is no identity of its own: still a slip.
  const same = 'Court\n\nTom Jonas, the driver, testified on Monday. Jonas said he saw the car. Later Jones, the driver, said the hearing would resume.\n';
  assert.deepEqual(brief(same), [[84, 89, 'Jones', "'Jones' (1×) is also spelled 'Jonas' (2×) in this draft", "Change to 'Jonas'"]]);
});

test('a run of two full names is read as two people, and "George Herbert Walker Bush" as one', () => {
  const text = 'Rally\n\nRep. Rodney Dunmore spoke first. Dunmore said the vote was close. Mitt Ralston agreed.\n\nThe speakers were Rodney Dunmore Mitt Ralston and Ann Perle.\n';
  const an = analyzeText(text);
  const names = an.people.map((p) => p.name);
  assert.deepEqual(names, ['Rodney Dunmore', 'Mitt Ralston', 'Ann Perle']);
  const at = text.indexOf('Rodney Dunmore Mitt');
  assert.deepEqual(an.mentions.filter((m) => m.start >= at && m.start < at + 30).map((m) => [m.start, m.end, m.text]), [
    [at, at + 14, 'Rodney Dunmore'],
    [at + 15, at + 27, 'Mitt Ralston'],
  ]);
  const one = analyzeText('History\n\nGeorge Herbert Walker Bush was president. Bush served one term.\n');
  assert.deepEqual(one.people.map((p) => p.name), ['George Herbert Walker Bush']);
});

test('a given-name slip the person index reads as no name at all is found before the surname', () => {
  const text = 'Match\n\nStevie Crawbury scored twice. Crawbury said it was good.\n\nLater Steive Crawbury caught the ball.\n';
  const at = text.indexOf('Steive');
  assert.deepEqual(brief(text), [[at, at + 6, 'Steive', "'Steive' (1×) is also spelled 'Stevie' (1×) in this draft", "Change to 'Stevie'"]]);
  assert.equal(fixText(text, { config: config() }).text, text.replace('Steive', 'Stevie'));
});

test('a slip that makes another known name is flagged where it stands in a person\'s place and no one bears that name', () => {
  // Dropped letter making a known given name, as the subject of a verb of saying.
  const text = 'Squad\n\nKevin Kirwan picked the team. Kirwan said it was hard.\n\nKiran has recalled the veteran.\n';
  const at = text.indexOf('Kiran');
  assert.deepEqual(brief(text), [[at, at + 5, 'Kiran', "'Kiran' (1×) is also spelled 'Kirwan' (2×) in this draft", "Change to 'Kirwan'"]]);
  assert.equal(fixText(text, { config: config() }).text, text.replace('Kiran', 'Kirwan'));
  // A vowel slip making a known given name, with an appositive.
  const apposed = 'Final\n\nCarlos Moya won the final. Moya said he was happy.\n\nMya, the champion, returns next year.\n';
  const m = apposed.indexOf('Mya');
  assert.deepEqual(brief(apposed), [[m, m + 3, 'Mya', "'Mya' (1×) is also spelled 'Moya' (2×) in this draft", "Change to 'Moya'"]]);
  // The known name borne by someone in the draft is that person; one not in a person's place is left.
  const clean = [
    'Squad\n\nKevin Kirwan picked the team. Kirwan said it was hard. Kiran Patel agreed.\n\nKiran has recalled the veteran.\n',
    'Show\n\nTim Allen plays the father. Allen said the show was fun.\n\nThe father is played by Allan in the show.\n',
  ];
  for (const t of clean) assert.deepEqual(brief(t), [], t);
});

test('the person\'s own given name before an ordinary word one slip from the surname is the surname misspelled', () => {
  const text = 'Poll\n\nHarold Stump leads the race. Stump said he would win.\n\nVoting for anyone else means voting for Harold Stamp, she said.\n';
  const at = text.indexOf('Stamp');
  assert.deepEqual(brief(text), [[at, at + 5, 'Stamp', "'Stamp' (1×) is also spelled 'Stump' (2×) in this draft", "Change to 'Stump'"]]);
  assert.equal(fixText(text, { config: config() }).text, text.replace('Stamp', 'Stump'));
  // The surname written once, or the word written again, gives no such reading.
  const clean = [
    'Poll\n\nHarold Stump leads the race. He said he would win.\n\nVoting for anyone else means voting for Harold Stamp, she said.\n',
    'Poll\n\nHarold Stump leads the race. Stump said he would win.\n\nA vote for Harold Stamp is a vote for Mike Stamp, she said.\n',
  ];
  for (const t of clean) assert.deepEqual(brief(t), [], t);
});

test('an ordinary word one slip from a surname written three times is the slip anywhere mid-sentence, never in brackets', () => {
  const text = 'Trade\n\nHarold Trimp leads the race. Trimp said he would win. Trimp spoke for an hour.\n\nThe protectionism espoused by Tramp worries the markets.\n';
  const at = text.indexOf('Tramp');
  assert.deepEqual(brief(text), [[at, at + 5, 'Tramp', "'Tramp' (1×) is also spelled 'Trimp' (3×) in this draft", "Change to 'Trimp'"]]);
  // A possessive opening a sentence is the slip too.
  const poss = 'Trade\n\nHarold Trimp leads the race. Trimp said he would win. Trimp spoke for an hour.\n\nTramp\'s rally drew a crowd.\n';
  const p = poss.indexOf('Tramp');
  assert.deepEqual(brief(poss), [[p, p + 5, 'Tramp', "'Tramp' (1×) is also spelled 'Trimp' (3×) in this draft", "Change to 'Trimp'"]]);
  const clean = [
    // A plain ordinary word opening a sentence is that word.
    'Trade\n\nHarold Trimp leads the race. Trimp said he would win. Trimp spoke for an hour.\n\nTramp steamers once sailed here.\n',
    // The surname written twice: no person's place, no slip.
    'Trade\n\nHarold Trimp leads the race. Trimp said he would win.\n\nThe protectionism espoused by Tramp worries the markets.\n',
    // A gloss in brackets.
    'Trade\n\nHarold Trimp leads the race. Trimp said he would win. Trimp (rhymes with Tramp) spoke for an hour.\n',
  ];
  for (const t of clean) assert.deepEqual(brief(t), [], t);
});

test('a one-off slip before "said it" is the person misspelled, not a company; a word used so without a near person stays a company', () => {
  const text = 'Match\n\nJose Valverdino was happy. Valverdino said so.\n\nValvedino said it was important to win.\n';
  const at = text.indexOf('Valvedino');
  assert.deepEqual(brief(text), [[at, at + 9, 'Valvedino', "'Valvedino' (1×) is also spelled 'Valverdino' (2×) in this draft", "Change to 'Valverdino'"]]);
  const firm = analyzeText('Match\n\nJose Valverdino was happy. Valverdino said so.\n\nMarvelco said it would build the stadium.\n');
  assert.deepEqual(firm.people.map((p) => p.name), ['Jose Valverdino']);
});

test('a description after a name is no role of its own: an age and a town, a long appositive, a phrase opening on a preposition', () => {
  const cases: [string, string][] = [
    ['Court\n\nFeroz Amberley, the solicitor, spoke on Monday.\n\nMr Ambarley, 23, from Leeds, was freed in January.\n', 'Amberley'],
    ['Talks\n\nKenneth Ashdown, the envoy, spoke. Ashdown said the talks went well.\n\nLater Ashdwn, a fierce critic of the plan and close friend of the minister, said more.\n', 'Ashdown'],
    ['Union\n\nDrew Halloran, a committee member, spoke. "We will strike," said Halorran of the teachers\' union.\n', 'Halloran'],
  ];
  for (const [text, right] of cases) {
    const slip = ['Ambarley', 'Ashdwn', 'Halorran'].find((s) => text.includes(s))!;
    const at = text.indexOf(slip);
    const n = text.split(right).length - 1;
    assert.deepEqual(brief(text), [[at, at + slip.length, slip, `'${slip}' (1×) is also spelled '${right}' (${n}×) in this draft`, `Change to '${right}'`]], text);
  }
});

test('under one surname, two known given names that sound alike are a slip (Mark/Marc); listed together or each with a role of its own, two people', () => {
  const text = 'Match\n\nMark Tellwood scored twice. Tellwood said it was good.\n\nLater Marc Tellwood was replaced.\n';
  const at = text.indexOf('Marc');
  assert.deepEqual(brief(text), [[at, at + 4, 'Marc', "'Marc' (1×) is also spelled 'Mark' (1×) in this draft", "Change to 'Mark'"]]);
  assert.equal(fixText(text, { config: config() }).text, text.replace('Marc Tellwood', 'Mark Tellwood'));
  const curt = 'Music\n\nKurt Bellamy wrote the songs. Bellamy toured for a year.\n\nSongwriter Curt Bellamy died in April.\n';
  const c = curt.indexOf('Curt');
  assert.deepEqual(brief(curt), [[c, c + 4, 'Curt', "'Curt' (1×) is also spelled 'Kurt' (1×) in this draft", "Change to 'Kurt'"]]);
  const clean = [
    'Match\n\nMark Oakes and Marc Oakes, brothers, both scored. Oakes said it was a family day.\n',
    'Match\n\nMark Oakes, the striker, scored twice. Oakes said it was a family day. Marc Oakes, the goalkeeper, saved a penalty.\n',
  ];
  for (const t of clean) assert.deepEqual(brief(t), [], t);
});

test('a full name whose only bare reuse is the slip is still a person, and the slip is flagged', () => {
  // The name is confirmed by no other reuse: the one-off "Mr Keswod" in a person's place confirms it.
  const text = 'Music\n\nThe new show starts in spring. Station controller Roly Keswood: "It is a new era."\n\nMr Keswod called the channel the show\'s home.\n';
  const at = text.indexOf('Keswod');
  assert.deepEqual(brief(text), [[at, at + 6, 'Keswod', "'Keswod' (1×) is also spelled 'Keswood' (1×) in this draft", "Change to 'Keswood'"]]);
  // The person's own given name before a slip of the surname, after "of".
  const of = 'Budget\n\nBarack Ubanda spoke. Ubanda said the plan was fair. Ubanda left.\n\nThe sum was far below Barack Ubada’s request.\n';
  const u = of.indexOf('Ubada');
  assert.deepEqual(brief(of), [[u, u + 5, 'Ubada', "'Ubada' (1×) is also spelled 'Ubanda' (3×) in this draft", "Change to 'Ubanda'"]]);
  assert.equal(fixText(of, { config: config() }).text, of.replace('Ubada’s', 'Ubanda’s'));
});

test('two ordinary surnames a slip apart: the one written once where a person stands is queried; introduced in full, or after "the", it is a name of its own', () => {
  const text = 'Energy\n\nNorman Baker spoke. Baker said the plan was weak.\n\nBakker said more on Monday.\n';
  const at = text.indexOf('Bakker');
  assert.deepEqual(brief(text), [[at, at + 6, 'Bakker', "'Bakker' (1×) is also spelled 'Baker' (2×) in this draft", "Change to 'Baker'"]]);
  const smyth = 'Poll\n\nAndy Smith spoke on Monday. Smith said the poll was close. "Nobody wins," Smyth said.\n';
  const s = smyth.indexOf('Smyth');
  assert.deepEqual(brief(smyth), [[s, s + 5, 'Smyth', "'Smyth' (1×) is also spelled 'Smith' (2×) in this draft", "Change to 'Smith'"]]);
  assert.equal(fixText(smyth, { config: config() }).text, smyth.replace('Smyth', 'Smith'));
  const clean = [
    'Energy\n\nNorman Baker spoke. Baker said the plan was weak.\n\nLater Frank Bakker said more on Monday. Bakker left.\n',
    'Energy\n\nBoris Johnson spoke. Johnson said the plan was weak.\n\nThe Johnston report said more.\n',
    'Energy\n\nNorman Baker spoke on Monday.\n\nBakker said more.\n',
  ];
  for (const t of clean) assert.deepEqual(brief(t), [], t);
});

test('a given name of the other sex that sounds the same is a slip (Toni for Tony), unless the draft speaks of a relative of that sex', () => {
  const text = 'Vote\n\nTony Blairwood spoke on Monday. Blairwood said the vote was close.\n\nVoters do not trust Toni Blairwood, she said.\n';
  const at = text.indexOf('Toni');
  assert.deepEqual(brief(text), [[at, at + 4, 'Toni', "'Toni' (1×) is also spelled 'Tony' (1×) in this draft", "Change to 'Tony'"]]);
  const clean = [
    'Court\n\nTony Marsh and his wife spoke. Tony Marsh said the house was sold.\n\nToni Marsh said it was not.\n',
    'Court\n\nTony Marsh and Toni Marsh spoke. Tony Marsh said the house was sold.\n',
  ];
  for (const t of clean) assert.deepEqual(brief(t), [], t);
});

test('an ordinary surname a slip from a name introduced once is queried under a courtesy title ("Mr Bakker")', () => {
  const text = 'Energy\n\nNorman Baker spoke on Monday.\n\nMr Bakker, the spokesman, said more.\n';
  const at = text.indexOf('Bakker');
  assert.deepEqual(brief(text), [[at, at + 6, 'Bakker', "'Bakker' (1×) is also spelled 'Baker' (1×) in this draft", "Change to 'Baker'"]]);
});

test('a role at a later bare mention only describes: the one-off slip is compared with the role the full name was introduced with', () => {
  const text = 'Campus\n\nWriter Jared Saxford spoke at the rally. Saxford, the organiser, said it was loud.\n\nSaxfrd, a history professor, said he was moved.\n';
  const at = text.indexOf('Saxfrd');
  assert.deepEqual(brief(text), [[at, at + 6, 'Saxfrd', "'Saxfrd' (1×) is also spelled 'Saxford' (2×) in this draft", "Change to 'Saxford'"]]);
  // Introduced with a role, the other spelling with one of its own: two people.
  const two = 'Campus\n\nJared Saxford, the driver, spoke at the rally. Saxford said it was loud.\n\nSaxfrd, a history professor, said he was moved.\n';
  assert.deepEqual(brief(two), [], two);
});
