import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintText } from '../../../server/out/engine/index.js';

// Issue 18: a speaker is someone who speaks, bound to a cue. Drafts are invented; people fictional.
const HEAD = 'Grain deal\n\n';

interface Seen {
  quote: string;
  speaker: string | null;
  speakerStart: number | null;
  name: string | null;
  cue: string | null;
  by: string | null;
  inheritedFrom: number | null;
}

function seen(body: string): { text: string; quotes: Seen[] } {
  const text = HEAD + body;
  return {
    text,
    quotes: analyze(text).quotes.map((q) => ({
      quote: text.slice(q.start, q.end),
      speaker: q.speaker?.text ?? null,
      speakerStart: q.speaker?.start ?? null,
      name: q.speaker?.name ?? null,
      cue: q.cue?.text ?? null,
      by: q.attributedBy,
      inheritedFrom: q.inheritedFrom,
    })),
  };
}

const QUOTE = '"The Kremlin will read this as a sign."';

for (const lead of ['Exports fell in July.', 'Officials gave no timetable.', 'Odesa was hit overnight.', 'In Moscow, the mood was grim.', 'The German carmaker is aiming for growth.']) {
  test(`a quote after "${lead}" has no speaker and is flagged`, () => {
    const body = `${lead}\n\n${QUOTE}\n`;
    const { text, quotes } = seen(body);
    assert.deepEqual(quotes.map((q) => [q.speaker, q.by]), [[null, null]]);
    const start = text.indexOf(QUOTE);
    const found = lintText(text).findings.filter((f) => f.ruleId === 'quote-attribution');
    assert.deepEqual(
      found.map((f) => [f.start, f.end, f.message]),
      [[start, start + QUOTE.length, 'Quote has no speaker']],
    );
  });
}

test('a person who is the subject of the paragraph before speaks the quote-only paragraph after it', () => {
  const { text, quotes } = seen(`Elena Vasquez, a nurse for 20 years, has watched the ward shrink.\n\n${QUOTE}\n`);
  assert.deepEqual(quotes, [
    { quote: QUOTE, speaker: 'Elena Vasquez', speakerStart: text.indexOf('Elena'), name: 'Elena Vasquez', cue: null, by: 'cue', inheritedFrom: 1 },
  ]);
});

test('a role phrase subject ("The judge") speaks; a thing does not', () => {
  assert.deepEqual(seen(`The judge then turned to the jury.\n\n${QUOTE}\n`).quotes.map((q) => [q.speaker, q.by]), [['The judge', 'cue']]);
  assert.deepEqual(seen(`The dispute has left 300 boats tied up.\n\n${QUOTE}\n`).quotes.map((q) => [q.speaker, q.by]), [[null, null]]);
});

test('a quote-only paragraph after prose that does not end with the attributed quote inherits nothing', () => {
  const body = `"We have waited a year," Ruth Okafor said. When the lorries finally came, the drivers waved.\n\n${QUOTE}\n`;
  assert.deepEqual(seen(body).quotes.map((q) => [q.speaker, q.by]), [['Ruth Okafor', 'cue'], [null, null]]);
});

test('"one said" and "another added" are attributed to an unnamed source and inherit no name', () => {
  const body = 'Tom Reed spoke to the villagers.\n\n"We lost everything in one night," one said. "Nothing is left," another added.\n';
  const { text, quotes } = seen(body);
  assert.deepEqual(
    quotes.map((q) => [q.speaker, q.speakerStart, q.name, q.cue, q.by]),
    [
      ['one', text.indexOf('one said'), null, 'said', 'cue'],
      ['another', text.indexOf('another added'), null, 'added', 'cue'],
    ],
  );
});

test('he goes to the subject, not to a possessive after it', () => {
  const body = 'Minister Erik Berg doubled down on President Karl Holm\'s hardening rhetoric. "We will not retreat from this," he said.\n';
  const { text, quotes } = seen(body);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerStart, q.name]), [['he', text.indexOf('he said'), 'Erik Berg']]);
});

test('she goes to a name with an appositive role and no article, not to the firm named before', () => {
  const body = 'Agrotrade Holdings said exports rose.\n\nOlena Kovalenko, head of the grain association, welcomed the deal. "The Kremlin will read this as a sign," she said.\n';
  const { text, quotes } = seen(body);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerStart, q.name]), [['she', text.indexOf('she said'), 'Olena Kovalenko']]);
});

test('an appositive role without an article makes a person only when the role names a person', () => {
  const people = (body: string) => analyze(HEAD + body).people.map((p) => p.name);
  assert.deepEqual(people('Maria Lenz, chief of staff at the port, said delays were long.\n'), ['Maria Lenz']);
  assert.deepEqual(people('Riverton, home of the fleet, was quiet.\n'), []);
});

test('he goes to the subject of the sentence before, not to a person named earlier', () => {
  const body = 'Minister Paul Lind offered talks on Monday.\n\nSpokesman Tom Reed dismissed the minister\'s overture. "That is not a serious offer," he said.\n';
  assert.deepEqual(seen(body).quotes.map((q) => [q.speaker, q.name]), [['he', 'Tom Reed']]);
});

test('he goes to the subject, not to the object of a preposition', () => {
  const body = 'Asked by Tom Reed about the deal, Paul Lind shrugged. "It is done," he said.\n';
  assert.deepEqual(seen(body).quotes.map((q) => [q.speaker, q.name]), [['he', 'Paul Lind']]);
});

test('a quote-only paragraph after an attributed quote says which paragraph it inherits from', () => {
  const body = '"We will sign on Friday," Paul Lind said.\n\n"Nothing will stop it."\n';
  assert.deepEqual(seen(body).quotes.map((q) => [q.name, q.by, q.inheritedFrom]), [
    ['Paul Lind', 'cue', null],
    ['Paul Lind', 'previous-quote', 1],
  ]);
});

for (const lead of [
  'He then spoke to the pupils in a mock-stern voice.',
  'Based on those recent comments, the visit seemed odd.',
  'Shortly after the race was called, the hall emptied.',
  'The act set up a process for admitting refugees.',
]) {
  test(`a reporting word used as a noun or passive is no cue: "${lead}"`, () => {
    // No person is named, so the quote after it has nobody to lean on.
    const { quotes } = seen(`${lead}\n\n${QUOTE}\n`);
    assert.deepEqual(quotes.map((q) => [q.speaker, q.cue, q.by]), [[null, null, null]]);
  });
}

test('a modifier that is a noun leaves the verb a cue: "the suit claims"', () => {
  const body = '"That is wrong and always was," the suit claims.\n';
  const { text, quotes } = seen(body);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerStart, q.cue, q.by]), [['the suit', text.indexOf('the suit'), 'claims', 'cue']]);
});

test('"before adding" after a preposition-like word stays a cue', () => {
  const body = 'Paul Lind paused before adding: "We will not sign this week."\n';
  const { quotes } = seen(body);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.cue, q.by]), [['Paul Lind', 'adding', 'colon']]);
});

test('a name in a photo credit is never the antecedent of she/he', () => {
  const q1 = '"We have waited a long time for this day,"';
  const { text, quotes } = seen(`Minister Erik Berg welcomed the deal on Tuesday.\n\nPhoto: Anna Lind\n\n${q1} she said.\n`);
  assert.deepEqual(quotes, [
    { quote: q1, speaker: 'she', speakerStart: text.indexOf('she said'), name: null, cue: 'said', by: 'cue', inheritedFrom: null },
  ]);
});

test('a quote-only paragraph passes over a promo line and a subhead to the prose paragraph before', () => {
  const q1 = '"We have waited a long time for this day,"';
  const q2 = '"The ports will be busy again."';
  for (const between of ['READ MORE: Exports rise', '## The ports', 'WATCH: The first ship leaves Odesa']) {
    const { text, quotes } = seen(`Minister Erik Berg welcomed the deal.\n\n${q1} he said.\n\n${between}\n\n${q2}\n`);
    const last = quotes[quotes.length - 1];
    assert.deepEqual(last, {
      quote: q2,
      speaker: 'he',
      speakerStart: text.indexOf('he said'),
      name: 'Erik Berg',
      cue: 'said',
      by: 'previous-quote',
      inheritedFrom: 2,
    }, between);
  }
});

test('a quote-only paragraph after the headline alone inherits nothing', () => {
  const { quotes } = seen(`"The ports will be busy again."\n`);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.by, q.inheritedFrom]), [[null, null, null]]);
});

// Session 5: a reporting word is a cue for the sentence's subject only as that subject's verb, and
// the paragraph before passes on only a speaker that can speak.
const Q2 = '"We will not be moved by threats from anyone."';
for (const lead of [
  'A weaker pound made imports dearer, though this should help export demand.',
  'Seats for the final are expected to be sold from May.',
  'The boom in sales can continue.',
  'The blight, which began in 1998, led to the felling of many orchards.',
  'The crowd stayed home during the Grand Slam.',
  // A reporting word used as a noun is no cue: after a preposition, after the adjective opening
  // its sentence, or a bare base form after "but".
  'Rising numbers of attacks are worrying the growers.',
  'Continuing demand for grain in Asia means the firm expects growth.',
  'Bigger attacks on the silos were rarely seen.',
  'Costs are rising, but brand loyalty still matters to shoppers.',
  'The minister left without comment.',
]) {
  test(`no speaker passes from "${lead}" to the quote after it; the quote is flagged`, () => {
    const { text, quotes } = seen(`${lead}\n\n${Q2}\n`);
    assert.deepEqual(quotes.map((q) => [q.speaker, q.cue, q.by]), [[null, null, null]]);
    const start = text.indexOf(Q2);
    const found = lintText(text).findings.filter((f) => f.ruleId === 'quote-attribution');
    assert.deepEqual(found.map((f) => [f.start, f.end, f.message]), [[start, start + Q2.length, 'Quote has no speaker']]);
  });
}

test('"by saying" is the subject\'s cue; a body that admits speaks', () => {
  const by = seen(`Ruth Okafor annoyed the board by saying she would stay on.\n\n${Q2}\n`);
  assert.deepEqual(by.quotes.map((q) => [q.speaker, q.speakerStart, q.cue, q.by, q.inheritedFrom]), [['Ruth Okafor', by.text.indexOf('Ruth'), 'saying', 'cue', 1]]);
  const body = seen(`The company admits that the launch was late.\n\n${Q2}\n`);
  assert.deepEqual(body.quotes.map((q) => [q.speaker, q.cue, q.by]), [['The company', 'admits', 'cue']]);
});

test('a cue whose nearest speaker cannot speak gives way to an earlier cue of the sentence', () => {
  const { text, quotes } = seen(`Ruth Okafor spoke first. Rather, she said, the delays in the port would continue.\n\n${Q2}\n`);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerStart, q.cue, q.name]), [['she', text.indexOf('she said'), 'said', 'Ruth Okafor']]);
});

test('a name inside a leading clause ("After X asked her about it, she replied") is not the subject she stands for', () => {
  const body = 'Ruth Okafor had been quiet all week. After Anna Lind asked her about the port, she replied: "We will reopen it in spring."\n';
  const { text, quotes } = seen(body);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerStart, q.name]), [['she', text.indexOf('she replied'), 'Ruth Okafor']]);
});

test('she goes to the woman named as the source, not to a subject whose gender the copy never gives', () => {
  const body = 'Kit Marlowe met the unions on Monday.\n\nMarlowe, however, has found no way out, according to spokeswoman Dana Price. "We saw no lawful route out of those leases," she told reporters.\n';
  const { text, quotes } = seen(body);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerStart, q.name]), [['she', text.indexOf('she told'), 'Dana Price']]);
});

test('a credit line after a quote beats a subject the quote would inherit from the paragraph before', () => {
  const body = `As is our practice, we give no points for style.\n\n${Q2}\n\n— Paul Lind.\n\nThe senator relies on old data.\n`;
  const { text, quotes } = seen(body);
  assert.deepEqual(quotes.map((q) => [q.speaker, q.speakerStart, q.by, q.inheritedFrom]), [['Paul Lind', text.indexOf('Paul Lind'), 'cue', null]]);
});

test('the same words as verbs stay cues ("Miller warns", "and said", "Speaking to …, X said")', () => {
  assert.deepEqual(seen(`Miller warns of hard times.\n\n${Q2}\n`).quotes.map((q) => [q.speaker, q.cue]), [['Miller', 'warns']]);
  assert.deepEqual(seen(`Tom Reed met the growers and said the deal was done.\n\n${Q2}\n`).quotes.map((q) => [q.speaker, q.cue]), [['Tom Reed', 'said']]);
  const sp = seen(`Speaking to growers, Tom Reed said: ${Q2}\n`);
  assert.deepEqual(sp.quotes.map((q) => [q.speaker, q.speakerStart, q.cue, q.by]), [['Tom Reed', sp.text.indexOf('Tom Reed'), 'said', 'colon']]);
});

test('"reacted" is a cue, inverted or not', () => {
  const body = 'The mayor spoke of the flooding. "The river will rise again," reacted Tom Reed. "We are ready," Anna Lind reacted.\n';
  const { text, quotes } = seen(body);
  assert.deepEqual(
    quotes.map((q) => [q.speaker, q.speakerStart, q.cue, q.by]),
    [
      ['Tom Reed', text.indexOf('Tom Reed'), 'reacted', 'cue'],
      ['Anna Lind', text.indexOf('Anna Lind'), 'reacted', 'cue'],
    ],
  );
});

test('a pronoun crediting the words before it is not a person named in those words', () => {
  const body = 'Tom Reed, an ally of the board, said on Monday his worry about Carl Dunmore is that he is "unpredictable." Yet Dunmore is also a "change agent," he said.\n';
  const { text, quotes } = seen(body);
  assert.deepEqual(
    quotes.map((q) => [q.quote, q.speaker, q.speakerStart, q.name]),
    [
      ['"unpredictable."', 'Tom Reed', text.indexOf('Tom Reed'), 'Tom Reed'],
      ['"change agent,"', 'he', text.indexOf('he said'), 'Tom Reed'],
    ],
  );
});
