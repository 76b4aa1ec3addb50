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

/** The rule with `sentenceContext: true`: what the rest of the sentence says counts (these tests' subject). */
function contextConfig() {
  const cfg = defaultConfig();
  cfg.rules = { ...cfg.rules, 'first-reference': { severity: 'warning', options: { checkHeadline: false, sentenceContext: true } } };
  return cfg;
}

/** Names first-reference flags in a one-paragraph draft, in order. */
function flagged(sentence: string): string[] {
  const text = H + sentence + '\n';
  return lintText(text, { config: contextConfig() }).findings.filter((f) => f.ruleId === 'first-reference').map((f) => text.slice(f.start, f.end));
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
  assert.deepEqual(flagged('Vera Mole scored best director for Tom Haskard while Ann Pryor took the keenly contested best actress award.'), []);
  assert.equal(roleOf('Vera Mole scored best director for Tom Haskard while Ann Pryor took the keenly contested best actress award.', 'Ann Pryor'), 'best actress');
  assert.deepEqual(flagged('Dan Ruick faces competition from Bo Ferris, Jim Calder and Lou Denton in the best actor category.'), []);
  // The award is Ann Pryor's, in her own clause: Dan Ruick, in another clause, is still flagged.
  assert.deepEqual(flagged('Dan Ruick watched on Sunday, while Ann Pryor took the best actress award.'), ['Dan Ruick']);
});

test('a list after a plural role shares it ("Other actors … are A, B and C"); a side taken ("critics, including") does not', () => {
  const s = 'Other actors expected at the biggest night in film are Bo Ferris, Imogen Stace, Dina Krull and former Bond star Pat Brosk.';
  assert.deepEqual(flagged(s), []);
  assert.equal(roleOf(s, 'Dina Krull'), 'actors expected at the biggest night in film are ');
  assert.deepEqual(flagged('The resignation was soon matched by those of five other barristers - Owen Tarrant QC, Lucy Ferrier QC, Dev Kapur and Anna Dellarue.'), []);
  assert.deepEqual(flagged('The plan angered critics, including Mitch Darnell and Ada Loring.'), ['Mitch Darnell', 'Ada Loring']);
});

test('what a list of people does next gives their role: finalists, performances, tipped for a part', () => {
  assert.deepEqual(flagged('Rowena Satchwell, Steve Brookes, Tabitha Callan and group G5 are the remaining finalists.'), []);
  assert.deepEqual(flagged('Nora Jonas, Diana Rosse and Eric Clapp will give musical performances during the broadcast.'), []);
  assert.deepEqual(flagged('Colin Farr, Jude Lawless and Troy star Eric Banner have also been tipped for the lead role.'), []);
  assert.deepEqual(flagged('Hugh Stevens, Ras Kwarme and Rob Dabney will each host the late-night slot.'), []);
  assert.deepEqual(flagged('Matt Dawlish, Jon Wilkes and Hill have all been named as contenders for the captaincy.'), []);
  // Doing something with no role in it is no role.
  assert.deepEqual(flagged('Nora Jonas and Diana Rosse will give evidence on Monday.'), ['Nora Jonas', 'Diana Rosse']);
});

test('a victim, an office held, a performer credit, a cast credit in brackets', () => {
  assert.deepEqual(flagged('Protesters called for answers about the fatal shooting of Keith Lamar Scotton.'), []);
  assert.deepEqual(flagged('The claim was lodged in 1998 by the administration of Bill Clanton.'), []);
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
  assert.deepEqual(flagged("Pascal Cygnet wasted Arsenal's best chance after 98 minutes."), []);
  assert.deepEqual(flagged('Robbie Keeney took his Republic tally to 26 with a late goal.'), []);
  // (The player beaten in a team match is identified as a player in it too.)
  assert.deepEqual(flagged('Daniela Hantova beat Mia Krajek 6-3 7-5 to give the Slovaks an early lead.'), []);
  assert.deepEqual(flagged('Thierry Hendry put Arsenal ahead but John Terrell levelled with a header.'), []);
  assert.deepEqual(flagged('John Terrell levelled with a header.'), ['John Terrell']);
  // A venue is not a team; the opponent beaten is not the player's team.
  assert.deepEqual(flagged('Roddick beat Andy Murrow 6-3 6-4 at the Open.'), ['Andy Murrow']);
  assert.deepEqual(flagged("Britain's Kathy Butt and Hayley Yell were no match for Benita Jonson in the Cross International at Amorebieta."), ['Benita Jonson']);
});

test('a role word for the only person of the sentence, as its subject or owner; never an object\'s role', () => {
  assert.deepEqual(flagged("Donald Trumble's gains may fade if the Republican nominee's stance on Nato is hammered home."), []);
  assert.deepEqual(flagged('Bernice Sandler offered advice on Friday, as the Democratic nominee tries to win back wavering voters.'), []);
  // "told the chairman": another person; "appoints him as the first senator": the object's role.
  assert.deepEqual(flagged('Dana Whitlock told the chairman that the vote was lost.'), ['Dana Whitlock']);
  assert.deepEqual(flagged('The seat would go quickly if Terry McAllister appoints him as the first Latino senator.'), ['Terry McAllister']);
});

test('what a person or a list does or is given: title role, honours, among the stars, favourites, a squad, a place to fight for', () => {
  assert.deepEqual(flagged('It opened in the West End in 1971 with Gwen Verdan in the title role.'), []);
  assert.deepEqual(flagged('Jason Gardner, Darren Camden and Mark Lewis-Frank have all been awarded MBEs.'), []);
  assert.deepEqual(flagged('Michael Jaxon, Diana Rossi and Phil Colley are among the stars who have graced the stage.'), []);
  assert.deepEqual(flagged('Kevin Costly and Michael Keeton are among the other big names with films in the running.'), []);
  assert.deepEqual(flagged('He is 5/2 favourite to play the spy, with Hugh Jackmon and Ewan McGrath joint second favourite.'), []);
  assert.deepEqual(flagged('The inexperienced Nico Mastrel, Jimmy Marlow and Jean-Paul Grandier are also named in a 24-man squad.'), []);
  assert.deepEqual(flagged('Sir Cliff Richman, Russell Watkins and Boy Georgeson are expected to sing on the charity single.'), []);
  assert.deepEqual(flagged('He has Simon Eastbury, Anthony Foyle and Johnny Connor vying for the three positions.'), []);
  assert.deepEqual(flagged('Helen Clithero now travels to Madrid as the sole British competitor in the 1500m.'), []);
  assert.deepEqual(flagged('A union endorsed Hillary Clifton for president on Thursday.'), []);
  // "as the last World Cup qualifier" describes a game, not the person; guests are no role.
  assert.deepEqual(flagged('Brian Kerrigan has got his wish of a home tie as the last World Cup qualifier.'), ['Brian Kerrigan']);
  assert.deepEqual(flagged('They were joined by a few well-known guests, including Tim Kane.'), ['Tim Kane']);
});

test('where the person comes from or belongs: a magazine, fellow journalists, a panel, a possessive work or victory, a dash after a description', () => {
  assert.deepEqual(flagged('"It works," said Claudia Neuling from the magazine.'), []);
  assert.deepEqual(flagged('Arash Sigar was arrested after criticising the arrest of other online journalists.'), []);
  assert.deepEqual(flagged('He faced a panel consisting of chairman Robert Horne, Nigel Gilling and Jeff Probin.'), []);
  assert.deepEqual(flagged("The moment beat Matthew Pinsley's rowing victory at the Olympics."), []);
  assert.deepEqual(flagged('In a preview, Blige sings Bruce Springfield’s “American Skin” to the crowd.'), []);
  assert.deepEqual(flagged('Writing for a Chicago Tribune panel, Mark Barabek noted that the debate was won.'), []);
  assert.deepEqual(flagged('The officer who shot Scott - Brently Vinsen, who was placed on leave - was not wearing a camera.'), []);
  assert.deepEqual(flagged('Less divisive will be the knighthoods for Derek Wanlass and Mike Tomlin.'), []);
  assert.deepEqual(flagged('Hosted by Stephen Frey, the ceremony will be broadcast at 2010 GMT.'), []);
  assert.deepEqual(flagged('The dinner was hosted by deputy PM John Prescot in November.'), []);
  assert.deepEqual(flagged('Goal-kickers Charlie Hodgkin and Olly Barley missed six penalty attempts.'), []);
  assert.deepEqual(flagged('Mike Ruddick praised his Wales side after the game.'), []);
  assert.deepEqual(flagged('Tony Blare has promised that his planned Tory tax cuts will go ahead.'), []);
  // Only a violent death makes a victim; a plain death says nothing of the person.
  assert.deepEqual(flagged('The inquiry into the death of David Kellen sparked debate.'), ['David Kellen']);
});

test('sport: another person\'s side, a team in another person\'s title, teams in their places; politics with "set" or "victory" is no match report', () => {
  assert.deepEqual(flagged("Neil Warnock's side almost snatched victory when Derek Geery's cross found the far post."), ['Neil Warnock']);
  const coach = 'England coach Andy Robins lambasted the referee after disallowing tries from Mark Cueta and Josh Lewis.';
  assert.deepEqual(flagged(coach), []);
  assert.equal(roleOf(coach, 'Mark Cueta'), 'England');
  assert.deepEqual(flagged('Exeter began brightly with Steve Flacks seeing plenty of the ball, but they were soon a goal down.'), []);
  assert.deepEqual(flagged('They then took control with tries from Pat Sanders and Kai Horst for England.'), []);
  assert.deepEqual(flagged('It might clear the path for new faces Danny Collier and Dave Partner to make their Wales debuts.'), []);
  assert.deepEqual(flagged('Ireland, despite having Gordon Darcy still injured, have been lifted by the news.'), []);
  // A surname's possessive is no team: "Hodgkin's cross-kick was fumbled by Ben Kaye".
  assert.deepEqual(flagged("The home fans groaned when Hodgkin's cross-kick was fumbled by Ben Kaye near the line."), ['Ben Kaye']);
  assert.deepEqual(flagged('Barack Obana said he had set about persuading Xi Jinpin to match the United States in setting targets.'), ['Barack Obana', 'Xi Jinpin']);
  assert.deepEqual(flagged("The court ruled against Ohio's procedure, dealing a blow to Jon Hustad and handing a victory to campaigners."), ['Jon Hustad']);
});

test('a plural title reaches names with party tags; a study is its author\'s work; "Del." is a title', () => {
  assert.deepEqual(flagged('Sens. Jeff Merkel (D-Ore.), Sherrod Browne and Robert Menendes all suggested a fraud case.'), []);
  assert.deepEqual(flagged('A 2014 study by Justin Levit found 31 incidents of voter impersonation.'), []);
  assert.deepEqual(flagged('"This is a waste of time," said Del. Stacey Plaskit.'), []);
  // Without the plural title the names in the list have no role.
  assert.deepEqual(flagged('Jeff Merkel (D-Ore.), Sherrod Browne and Robert Menendes all suggested a fraud case.'), ['Sherrod Browne', 'Robert Menendes']);
});

test('athletics events, titles won, teams represented or joined, instruments in brackets, lists joined by "or"', () => {
  assert.deepEqual(flagged('Sarah Jowell won the 800m title in Birmingham.'), []);
  assert.deepEqual(flagged('Kelly Sotheran will compete in the pole vault on Sunday.'), []);
  assert.deepEqual(flagged('Jo Pavey will represent Team GB in Athens.'), []);
  assert.deepEqual(flagged('Tom Fletch (bass) left the group last year.'), []);
  assert.deepEqual(flagged('The festival invited directors Pedro Almodavar or Alejandro Amenabel.'), []);
  assert.deepEqual(flagged('Luis Garcie volleyed Liverpool ahead after ten minutes.'), []);
  // Money is no race ("35m euros"), and joining calls is no team.
  assert.deepEqual(flagged('Stephen Schecter said the club needed fresh capital of 35m euros.'), ['Stephen Schecter']);
  assert.deepEqual(flagged('Shami Chakrabarty joined calls for phone-tap evidence to be used in court. Chakrabarty said the law was wrong.'), ['Shami Chakrabarty']);
});

test('sport: a team opening a later clause ("but Middlesbrough peppered …"), a team\'s goal, a start against a side', () => {
  assert.deepEqual(flagged('But Middlesbrough peppered the Fulham goal in the second half and Chris Riggatt slotted home the equaliser.'), []);
  assert.deepEqual(flagged('England coach Sven Eriksen has revealed Shaun Wright-Philips will start against the Netherlands.'), []);
  // A given name and a surname the index missed are no team ("and Hayley Yelling were").
  assert.deepEqual(flagged("England's Kathy Butler and Hayley Yelling were well beaten by Benita Jonson in the Cross International."), ['Benita Jonson']);
});

test('a role between dashes, "his first-choice kicker", hosting a programme, the works of an author, goalscorers and midfield pairs', () => {
  assert.deepEqual(flagged("Clive Griffin - Wales' defensive coach - once played for St Helens."), []);
  assert.deepEqual(flagged('Mike Ruddy may make Gavin Hensley his first-choice kicker in Rome.'), ['Mike Ruddy']);
  assert.deepEqual(flagged('The station confirmed that Chris Tarrent will be hosting a one-off programme.'), []);
  assert.deepEqual(flagged('The festival shows films based on the works of Jules Vernet.'), []);
  assert.deepEqual(flagged('Goalscorer Jimmy Hasselbank added that it was hard.'), []);
  assert.deepEqual(flagged('The inexperienced midfield pair of Mathieu Flamine and Cesc Fabrega will line up tonight.'), []);
  // A dash with no role word between is no role: "Tom Pike - again - scored".
  assert.deepEqual(flagged('Tom Pike - again - was late for the meeting.'), ['Tom Pike']);
});

test('sentenceContext: false (the default) counts only a title, job, role noun or credit: the literal AP rule', () => {
  const literal = defaultConfig();
  const flaggedWith = (sentence: string, cfg = contextConfig()) => {
    const text = H + sentence + '\n';
    return lintText(text, { config: cfg }).findings.filter((f) => f.ruleId === 'first-reference').map((f) => text.slice(f.start, f.end));
  };
  // Context alone: a team, an award, an event, a work after a possessive.
  for (const s of [
    'Tries from Jon Thomasson and Martyn Willis gave the visitors a 19-5 lead.',
    'Ann Pryor took the keenly contested best actress award.',
    'Sarah Jowell won the 800m title in Birmingham.',
    'Luis Garcie volleyed Liverpool ahead after ten minutes.',
  ]) {
    assert.deepEqual(flaggedWith(s), [], s);
    assert.ok(flaggedWith(s, literal).length > 0, s);
  }
  // A role noun or a credit counts either way.
  for (const s of [
    'Other actors expected at the ceremony are Bo Ferris and Imogen Stace.',
    'A Very Long Summer, a war drama featuring Audrey Tautin, won five prizes.',
    "Clive Griffin - Wales' defensive coach - once played for St Helens.",
    // A work or an office after a possessive is a credit of sorts ("X's presidency", "X's hit show").
    "The fund was set up during Bill Clanton's presidency.",
  ]) {
    assert.deepEqual(flaggedWith(s), [], s);
    assert.deepEqual(flaggedWith(s, literal), [], s);
  }
});

test('readers\' letters after a "Letters" label are not the writer\'s copy; a descriptor like "immigrant" is a role', () => {
  const text = 'Laws apply to all\n\nLETTERS.\n\nI cannot fathom how Hillary Clifton has escaped charges.\n';
  assert.deepEqual(lintText(text, { config: defaultConfig() }).findings.filter((f) => f.ruleId === 'first-reference'), []);
  // Without the label the same sentence is the writer's copy.
  const body = 'Laws apply to all\n\nI cannot fathom how Hillary Clifton has escaped charges.\n';
  assert.deepEqual(lintText(body, { config: defaultConfig() }).findings.filter((f) => f.ruleId === 'first-reference').map((f) => body.slice(f.start, f.end)), ['Hillary Clifton']);
  assert.deepEqual(flagged('The song was written after the shooting of Guinea immigrant Amadou Diallon.'), []);
});

test('predicates and pronouns with a role noun, "a manager in X", positions played; first-person paragraphs after a reporter\'s lede are not the writer\'s copy', () => {
  assert.deepEqual(flagged('Nor does it cover Andrew Fastoe, who admitted fraud while he was chief financial officer of the firm.'), []);
  assert.deepEqual(flagged('They have great players and an outstanding manager in Jose Mourinhe.'), []);
  assert.deepEqual(flagged('Up front, Mefin Davis plays at hooker and Rob Sidolo replaces Gareth Llewellin.'), ['Rob Sidolo', 'Gareth Llewellin']);
  assert.deepEqual(flagged('Sprinters Kostas Kenteras and Katerina Thanu have been cleared.'), []);
  assert.deepEqual(flagged('Rain in April is a feature by Marcel Peake competing for the prize.'), []);
  const cfg = defaultConfig();
  const lint = (t: string) => lintText(t, { config: cfg }).findings.filter((f) => f.ruleId === 'first-reference').map((f) => t.slice(f.start, f.end));
  // A reader's comment in the first person after a news lede: not flagged.
  assert.deepEqual(lint('Awards row\n\nThe awards were handed out on Tuesday night in London.\n\nI think Robbie deserves it, he is the biggest star since John Lenon.\n'), []);
  // A column written in the first person throughout is its writer's copy: flagged.
  assert.deepEqual(lint('My view\n\nI know all about Donald Trumble and what he is doing.\n'), ['Donald Trumble']);
});

test('the word check before the award pattern reads ſ as s, as the pattern does', () => {
  // "beſt" (long s) is "best" to a case-insensitive Unicode pattern: the award is still found,
  // though no other word of the sentence is one the award pattern needs.
  assert.equal(roleOf('The beſt singer nod went to Nell Brody on Sunday.', 'Nell Brody'), 'beſt singer');
  assert.equal(roleOf('The best singer nod went to Nell Brody on Sunday.', 'Nell Brody'), 'best singer');
  // With no award word at all, the sentence says nothing of her.
  assert.equal(roleOf('The singer nod went to Nell Brody on Sunday.', 'Nell Brody'), null);
});
