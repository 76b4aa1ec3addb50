import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/out/engine/index.js';

// Precision of the person index (issue 4): split names, surnames of several words, firms and bands
// named like people, acronyms and glued honorifics. Every person, firm and sentence here is
// invented, except the well-known brand names the index knows.

/** "kind:start-end:text:person" of every name mention in the body of `Head\n\n<body>`. */
function mentions(body: string): string[] {
  const a = analyze('Head\n\n' + body);
  return a.mentions.filter((m) => m.kind !== 'pronoun').map((m) => `${m.kind}:${m.start}-${m.end}:${m.text}:${m.personId}`);
}

test('a given name that is also a word ("Rod", "Miles", "Hazel", "Sandy") starts a full name before a name', () => {
  assert.deepEqual(mentions('Rod Pemberley, the airline boss, said profits fell.'), ['full:6-19:Rod Pemberley:0']);
  assert.deepEqual(mentions('Miles Tregothnan, commercial director at Homefind, said prices would fall.'), ['full:6-22:Miles Tregothnan:0']);
  assert.deepEqual(mentions('A minister has spoken. Hazel Quarmby said the rules were fair.'), ['full:29-42:Hazel Quarmby:0']);
  assert.deepEqual(mentions('Sandy Ventnor will now run the campaign. Ventnor said so.'), ['full:6-19:Sandy Ventnor:0', 'surname:47-54:Ventnor:0']);
  // Before an ordinary word, or after "the", the word stays a word.
  assert.deepEqual(mentions('Rich Tea biscuits sold well.'), []);
  assert.deepEqual(mentions('He topped the Rich List, said Pemberley.'), ['surname:36-45:Pemberley:0']);
});

test('Welsh, Irish and Scots given names the lexicon lacks start a full name (not "Rhian" as a demonym)', () => {
  assert.deepEqual(mentions('Rhian Pennant of the advice centre said the rules were unfair.'), ['full:6-19:Rhian Pennant:0']);
  assert.deepEqual(mentions('Aoife Trench took silver in the 800m.'), ['full:6-18:Aoife Trench:0']);
});

test('the end of a longer name met earlier is the same person ("Symmons Roberts", "Bin Laden")', () => {
  assert.deepEqual(mentions('The prize went to Alan Fettle Morgan, a poet. As well as poems, Fettle Morgan makes films.'),
    ['full:24-42:Alan Fettle Morgan:0', 'surname:70-83:Fettle Morgan:0']);
  assert.deepEqual(mentions('The hunt for Yusuf bin Tarek, the militia leader, went on. Bin Tarek judged the West weak.'),
    ['full:19-34:Yusuf bin Tarek:0', 'surname:65-74:Bin Tarek:0']);
  // Met first, the shorter name is a name of its own.
  assert.deepEqual(mentions('Fettle Morgan said no. Alan Fettle Morgan said yes.'), ['full:6-19:Fettle Morgan:0', 'full:29-47:Alan Fettle Morgan:1']);
});

test('a place with an article run into a surname is the place and the surname ("At La Scala Viotti")', () => {
  assert.deepEqual(mentions('Paolo Verrone, the conductor, died. At La Scala Verrone was widely acclaimed.'),
    ['full:6-19:Paolo Verrone:0', 'surname:54-61:Verrone:0']);
});

test('firms, bookmakers, brands and bands named like people are not people', () => {
  assert.deepEqual(mentions('William Hill and Ladbrokes have cut the odds.'), []);
  assert.deepEqual(mentions('Krispy Kreme said it would close ten stores in the north.'), []);
  assert.deepEqual(mentions('Laura Ashley is opening a shop on the high street.'), []);
  assert.deepEqual(mentions('The chart was topped by Franz Ferdinand\'s album.'), []);
  assert.deepEqual(mentions('Dresdner Kleinwort Wasserstein said it was early days.'), []);
  // A person with such a name is still a person when a courtesy title says so.
  assert.deepEqual(mentions('Mr William Hill, a retired vicar, said he was amused.'), ['full:9-21:William Hill:0']);
});

test('dotted letters that spell a body are no initials; an honorific glued to a name is not read as one', () => {
  assert.deepEqual(mentions('Members act under Article 21 of the U.N. Charter.'), []);
  assert.deepEqual(mentions('The novel is by J.R. Hartley, a fisherman.'), ['full:22-34:J.R. Hartley:0']);
  assert.deepEqual(mentions('It got to be Mr.Fogwell on the screen.'), []);
  assert.deepEqual(mentions('It got to be Mr.Fogwell. I would like Mr. Fogwell, the shopkeeper, back.'), ['surname:48-55:Fogwell:0']);
  assert.deepEqual(mentions('It got to be Mr. Fogwell, the shopkeeper.').map((m) => m.split(':').slice(0, 3).join(':')), ['surname:23-30:Fogwell']);
});

test('a capitalised descriptor before the surname of a person named elsewhere is a surname mention ("Goalscorer Toure")', () => {
  assert.deepEqual(mentions('Matchplayer Tamba was also at fault. Later Ibou Tamba scored again.'), ['surname:18-23:Tamba:0', 'full:49-59:Ibou Tamba:0']);
  assert.deepEqual(mentions('Ibou Tamba scored. Man-of-the-match Tamba said it was easy.'), ['full:6-16:Ibou Tamba:0', 'surname:42-47:Tamba:0']);
});

test('adjectives the lexicon lacks do not start a name; "added X" needs a comma or quote to be speech', () => {
  assert.deepEqual(mentions('The firm has added Coastal Assault to its catalogue.'), []);
  assert.deepEqual(mentions('Its director, Technology and Intellectual Property, declined to comment.'), []);
  assert.deepEqual(mentions('"It will sell," added Tomoko Haraguchi.'), ['full:28-44:Tomoko Haraguchi:0']);
  assert.deepEqual(mentions('Bookmaker Ladbrokes said it would still take bets.'), []);
});

test('a nickname in quotes inside a name belongs to the name (Robert C. "Bobby" Scott)', () => {
  assert.deepEqual(mentions('Rep. Rupert C. "Rusty" Pellow threw open his yard. Pellow said so.'),
    ['full:11-35:Rupert C. "Rusty" Pellow:0', 'surname:57-63:Pellow:0']);
  assert.deepEqual(mentions('Thomas "Tip" Quarrie was there.'), ['full:6-26:Thomas "Tip" Quarrie:0']);
  // A quoted title after a name is no nickname.
  assert.deepEqual(mentions('Fans of "Gone" Fishing cheered.'), []);
});

test('firm words end a firm\'s name (Stanley Leisure, Man Utd); "of" before an ambiguous given name is no determiner', () => {
  assert.deepEqual(mentions('Casino operators Rank Group and Stanley Leisure had hoped for more.'), []);
  assert.deepEqual(mentions('Middlesbrough v Man Utd, Exeter v Plymouth.'), []);
  assert.deepEqual(mentions('The film, a portrait of Ray Pemberley, did well.'), ['full:30-43:Ray Pemberley:0']);
});

test('a courtesy title before a named person\'s surname less its final s is a slip for that person ("Mr Gate")', () => {
  assert.deepEqual(mentions('Software chief Dave Pargates spoke. During Mr Pargate\'s speech he smiled.'),
    ['full:21-34:Dave Pargates:0', 'surname:52-59:Pargate:0']);
  // Without the courtesy title the shorter word is left alone.
  assert.deepEqual(mentions('Software chief Dave Pargates spoke. Pargate is a village.'), ['full:21-34:Dave Pargates:0']);
});

test('"that" before a name with "who" is a conjunction, not a determiner', () => {
  assert.deepEqual(mentions('Chris Stone will host. There are fears that Stone, who jokes a lot, may offend.'),
    ['full:6-17:Chris Stone:0', 'surname:50-55:Stone:0']);
  // Without either the ordinary word stays a word.
  assert.deepEqual(mentions('Chris Stone will host.'), []);
});

test('a full name the copy uses like a firm ("Harvey Nicks shares", "a stake in Ted Bakerman") is not a person', () => {
  assert.deepEqual(mentions('Harvey Nicks said trading was good. Harvey Nicks shares rose 5%.'), []);
  assert.deepEqual(mentions('Ted Bakerman said so. The group bought a stake in Ted Bakerman.'), []);
  // A person's own name is left alone.
  assert.deepEqual(mentions('Harvey Nicks said trading was good. Harvey Nicks smiled.'), ['full:6-18:Harvey Nicks:0', 'full:42-54:Harvey Nicks:0']);
});

test('spans stay offsets into the original text with a BOM, CRLF and emoji before the name', () => {
  const text = '\uFEFFHead\r\n\r\n😀 Rep. Rupert C. "Rusty" Pellow met Rod Pemberley. Pellow spoke.\r\n';
  const a = analyze(text);
  const got = a.mentions.filter((m) => m.kind !== 'pronoun').map((m) => [text.slice(m.start, m.end), m.kind]);
  assert.deepEqual(got, [['Rupert C. "Rusty" Pellow', 'full'], ['Rod Pemberley', 'full'], ['Pellow', 'surname']]);
  assert.equal(a.mentions[0].start, text.indexOf('Rupert'));
});

test('a courtesy title before "… Man" is a title ("Mr Tambourine Man"), not a person', () => {
  assert.deepEqual(mentions('He also produced Mr Lollipop Man for the band.'), []);
  assert.deepEqual(mentions('He also met Mr Lollman for the band.'), ['surname:21-28:Lollman:0']);
});

test('a band named like a person links a list of people without becoming one', () => {
  assert.deepEqual(mentions('The song will feature Alicia Locks, Velvet Revolver and Tim McGrath.'),
    ['full:28-40:Alicia Locks:0', 'full:62-73:Tim McGrath:1']);
  // The band is a bridge, not an anchor: next to it alone the ordinary word stays a word.
  assert.deepEqual(mentions('The song will feature Alicia Locks and Velvet Revolver.'), []);
  // A brand alone vouches for nobody.
  assert.deepEqual(mentions('William Hill and Dunkin Donuts agreed.'), []);
});
