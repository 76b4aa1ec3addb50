import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, ParagraphCache } from '../../../server/out/engine/index.js';
import { attributeParagraph } from '../../../server/out/engine/attribution.js';

// Drafts below are invented; people are fictional or public figures with made-up words.
const HEAD = 'Talks in Geneva\n\n';

interface Seen {
  quote: string;
  speaker: string | null;
  speakerStart: number | null;
  cue: string | null;
  by: string | null;
  name: string | null;
}

function attrib(body: string): { text: string; quotes: Seen[] } {
  const text = HEAD + body;
  const a = analyze(text);
  return {
    text,
    quotes: a.quotes.map((q) => ({
      quote: text.slice(q.start, q.end),
      speaker: q.speaker ? q.speaker.text : null,
      speakerStart: q.speaker ? q.speaker.start : null,
      cue: q.cue ? q.cue.text : null,
      by: q.attributedBy,
      name: q.speaker ? q.speaker.name : null,
    })),
  };
}

/** Offset of the n-th (0-based) occurrence of `s` in `text`. */
function at(text: string, s: string, n = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(s, i + 1);
    assert.notEqual(i, -1, `${s} not found`);
  }
  return i;
}

test('cue after the quote: name, then verb', () => {
  const { text, quotes } = attrib('"We will not give in to pressure," Lavrov said.');
  assert.equal(quotes.length, 1);
  assert.deepEqual(quotes[0], {
    quote: '"We will not give in to pressure,"',
    speaker: 'Lavrov',
    speakerStart: at(text, 'Lavrov'),
    cue: 'said',
    by: 'cue',
    name: 'Lavrov',
  });
});

test('cue after the quote: inversion with a role', () => {
  const { text, quotes } = attrib('"The minister has left the building," said the spokesman.');
  assert.equal(quotes[0].speaker, 'the spokesman');
  assert.equal(quotes[0].speakerStart, at(text, 'the spokesman'));
  assert.equal(quotes[0].cue, 'said');
  assert.equal(quotes[0].by, 'cue');
});

test('colon form, with an opening phrase before the speaker', () => {
  const { text, quotes } = attrib('In a statement, the ministry said: "We regret the incident deeply."');
  assert.equal(quotes[0].speaker, 'the ministry');
  assert.equal(quotes[0].speakerStart, at(text, 'the ministry'));
  assert.equal(quotes[0].cue, 'said');
  assert.equal(quotes[0].by, 'colon');
});

test('split quote: both halves credited to the pronoun', () => {
  const { text, quotes } = attrib('"We will," she said, "win the vote in March."');
  assert.equal(quotes.length, 2);
  for (const q of quotes) {
    assert.equal(q.speaker, 'she');
    assert.equal(q.speakerStart, at(text, 'she'));
    assert.equal(q.cue, 'said');
  }
});

test('appositive between the name and the verb', () => {
  const { text, quotes } = attrib('"Trade figures are encouraging," Mr Hewitt, the trade secretary, said.');
  assert.equal(quotes[0].speaker, 'Mr Hewitt');
  assert.equal(quotes[0].speakerStart, at(text, 'Mr Hewitt'));
});

test('a name with a party tag in parentheses', () => {
  const { quotes } = attrib('"The hearing was a farce from start to finish," Rep. Jane Doyle (D-Ore.) said.');
  assert.equal(quotes[0].speaker, 'Rep. Jane Doyle (D-Ore.)');
});

test('reporting verbs of the whole family, and "according to"', () => {
  const cases: [string, string, string][] = [
    ['"Prices will keep rising this winter," warned Anna Berg.', 'Anna Berg', 'warned'],
    ['"Nobody asked us about the plan at all," the union complained.', 'the union', 'complained'],
    ['Officials told reporters that "the border will stay open for now".', 'Officials', 'told'],
    ['According to the ministry, "the talks have failed completely".', 'the ministry', 'According to'],
    ['"It was never about the money for me," Ms Okafor went on.', 'Ms Okafor', 'went on'],
  ];
  for (const [body, speaker, cue] of cases) {
    const { quotes } = attrib(body);
    assert.equal(quotes[0].speaker, speaker, body);
    assert.equal(quotes[0].cue, cue, body);
  }
});

test('participle clause takes the subject of the sentence', () => {
  const { text, quotes } = attrib('Petrov defended the plan on Tuesday, saying: "It will work if we let it."');
  assert.equal(quotes[0].speaker, 'Petrov');
  assert.equal(quotes[0].speakerStart, at(text, 'Petrov'));
  assert.equal(quotes[0].cue, 'saying');
  assert.equal(quotes[0].by, 'colon');
});

test('a following quote of the same paragraph is credited to the previous speaker', () => {
  const { text, quotes } = attrib('"We have no money left," the mayor said. "We will have to cut jobs next year."');
  assert.equal(quotes[1].by, 'previous-quote');
  assert.equal(quotes[1].speaker, 'the mayor');
  assert.equal(quotes[1].speakerStart, at(text, 'the mayor'));
});

test('a quote before an attributed one with nothing between takes its credit', () => {
  const { quotes } = attrib('"We have no money left." "We will cut jobs next year," the mayor said.');
  assert.equal(quotes[0].speaker, 'the mayor');
  assert.equal(quotes[0].by, 'cue');
});

test('cue in the previous sentence of the paragraph', () => {
  const { quotes } = attrib('Lavrov said the talks had gone nowhere. "We are wasting our time here in Geneva."');
  assert.equal(quotes[0].speaker, 'Lavrov');
  assert.equal(quotes[0].cue, 'said');
  assert.equal(quotes[0].by, 'cue');
});

test('a byline-style credit after the quote', () => {
  const { quotes } = attrib('"Nobody on this street has seen a plumber in years." ― Pamela Doyle');
  assert.equal(quotes[0].speaker, 'Pamela Doyle');
  assert.equal(quotes[0].cue, null);
  assert.equal(quotes[0].by, 'cue');
});

test('paragraph after a colon lead-in', () => {
  const { text, quotes } = attrib('The ministry said in a statement:\n\n"We regret the incident and will investigate it fully."');
  assert.equal(quotes[0].by, 'colon');
  assert.equal(quotes[0].speaker, 'The ministry');
  assert.equal(quotes[0].speakerStart, at(text, 'The ministry'));
});

test('quote-only paragraph after a paragraph ending in an attributed quote', () => {
  const { quotes } = attrib('"We will not return to the table," Lavrov said.\n\n"The other side knows exactly what it has to do."');
  assert.equal(quotes[1].by, 'previous-quote');
  assert.equal(quotes[1].speaker, 'Lavrov');
});

test('quote-only paragraph after reported speech', () => {
  const { quotes } = attrib('Lavrov said the talks had failed.\n\n"The other side knows exactly what it has to do."');
  assert.equal(quotes[0].by, 'cue');
  assert.equal(quotes[0].speaker, 'Lavrov');
  assert.equal(quotes[0].cue, 'said');
});

test('running quote: later paragraphs share the first paragraph\'s speaker', () => {
  const { quotes } = attrib('Lavrov said: "We came here in good faith and we stayed for three days.\n\n"Nobody can say we did not try."');
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0].speaker, 'Lavrov');
  assert.equal(quotes[1].by, 'running-quote');
  assert.equal(quotes[1].speaker, 'Lavrov');
});

test('unattributed quotes stay unattributed', () => {
  const { quotes } = attrib('The weather in Geneva was grey all week.\n\n"We have no money left for repairs of any kind."');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].by, null);
  assert.equal(quotes[0].speaker, null);
  assert.equal(quotes[0].cue, null);
});

test('a reporting word used as a noun is not a cue', () => {
  const { quotes } = attrib('The weather was grey.\n\nThe report was "a complete whitewash of the facts".');
  assert.equal(quotes[0].cue, null);
});

test('pronoun speakers resolve to the latest person named before them', () => {
  const { quotes } = attrib(
    'Sergey Lavrov arrived in Geneva on Monday. Antony Blinken landed a day later.\n\n"We are ready to talk about everything," he said.',
  );
  assert.equal(quotes[0].speaker, 'he');
  assert.equal(quotes[0].name, 'Antony Blinken');
});

test('a surname speaker gets the full name of the person', () => {
  const { quotes } = attrib('Sergey Lavrov arrived in Geneva on Monday.\n\n"We came in good faith," Lavrov said.');
  assert.equal(quotes[0].speaker, 'Lavrov');
  assert.equal(quotes[0].name, 'Sergey Lavrov');
});

test('offsets stay original with CRLF, a BOM and emoji before the quote', () => {
  const text = '\uFEFFTalks 🎉 in Geneva\r\n\r\nÉmile 👍 arrived.\r\n\r\n"We will not give in to pressure," Lavrov said.';
  const a = analyze(text);
  const q = a.quotes[0];
  assert.equal(q.speaker?.start, text.indexOf('Lavrov'));
  assert.equal(q.speaker?.end, text.indexOf('Lavrov') + 6);
  assert.equal(q.cue?.start, text.indexOf('said'));
  assert.equal(q.cue?.end, text.indexOf('said') + 4);
});

test('the paragraph cache gives the same attribution and is used', () => {
  const body = '"We will not give in to pressure," Lavrov said.\n\nThe weather was grey.\n\n"Nobody asked us," the union complained.';
  const cache = new ParagraphCache();
  const first = analyze(HEAD + body, { cache });
  cache.sweep();
  const hitsBefore = cache.hits;
  const second = analyze(HEAD + body, { cache });
  assert.ok(cache.hits > hitsBefore);
  assert.deepEqual(
    second.quotes.map((q) => [q.speaker?.text, q.cue?.text, q.attributedBy]),
    first.quotes.map((q) => [q.speaker?.text, q.cue?.text, q.attributedBy]),
  );
  assert.deepEqual(second.quotes.map((q) => q.speaker?.text), ['Lavrov', 'the union']);
});

test('attributeParagraph is a pure function of paragraph-relative input', () => {
  const p = 'He paused. "We will win," Petrov said.';
  const s = p.indexOf('"');
  const e = p.indexOf('"', s + 1) + 1;
  const r = attributeParagraph(p, [{ start: s, end: e, donor: true }], [0, s]);
  assert.deepEqual(r.quotes, [{ cue: [p.indexOf('said'), p.indexOf('said') + 4], speaker: [p.indexOf('Petrov'), p.indexOf('Petrov') + 6], by: 'cue' }]);
});

test('a credit closing the sentence after a quoted fragment', () => {
  const { text, quotes } = attrib('The "myth that age is a barrier to work" has to be exploded, the pensions minister said.');
  assert.equal(quotes[0].speaker, 'the pensions minister');
  assert.equal(quotes[0].speakerStart, at(text, 'the pensions minister'));
  assert.equal(quotes[0].cue, 'said');
});

test('a quote opening the paragraph after a sentence about a person leans on that person', () => {
  const { quotes } = attrib('Ellen Marsh looked tired after two days of talks.\n\n"We came here in good faith and we stayed."');
  assert.equal(quotes[0].speaker, 'Ellen Marsh');
  assert.equal(quotes[0].cue, null);
  assert.equal(quotes[0].by, 'cue');
});

test('a sentence about a thing lends no speaker', () => {
  const { quotes } = attrib('The dispute has left 300 boats tied up.\n\n"Every week without a deal costs this town money."');
  assert.equal(quotes[0].by, null);
});

test('a quoted fragment takes the subject of its sentence', () => {
  const { text, quotes } = attrib('The weather was grey.\n\nStandard Fisheries sees "the chance to rebuild the whole fleet" in the deal.');
  assert.equal(quotes[0].speaker, 'Standard Fisheries');
  assert.equal(quotes[0].speakerStart, at(text, 'Standard Fisheries'));
  assert.equal(quotes[0].cue, null);
});

test('courtesy title and surname resolve to the titled first reference (BBC style)', () => {
  const { text, quotes } = attrib('Trade Secretary Patricia Hewitt opened the fair.\n\n"Exports are up again this year," said Ms Hewitt.');
  assert.equal(quotes[0].speaker, 'Ms Hewitt');
  assert.equal(quotes[0].speakerStart, at(text, 'Ms Hewitt'));
  assert.equal(quotes[0].name, 'Patricia Hewitt');
});

test('a name alone before a colon', () => {
  const { quotes } = attrib('Lavrov: "We will not give in to pressure from anyone."');
  assert.equal(quotes[0].speaker, 'Lavrov');
  assert.equal(quotes[0].cue, null);
  assert.equal(quotes[0].by, 'colon');
});

test('a credit line in the next paragraph', () => {
  const { text, quotes } = attrib('The weather was grey.\n\n"Every week without a deal costs us money we do not have."\n\n— Pamela Doyle, harbour master');
  assert.equal(quotes[0].speaker, 'Pamela Doyle');
  assert.equal(quotes[0].speakerStart, at(text, 'Pamela Doyle'));
  assert.equal(quotes[0].by, 'cue');
});

test('a clause between commas is not an appositive; a name between commas beats a phrase before', () => {
  let r = attrib('It came at a rally in Leeds, when protesters interrupted her talk, shouting "if she wins, the town loses".');
  assert.equal(r.quotes[0].speaker, 'protesters');
  assert.equal(r.quotes[0].speakerStart, at(r.text, 'protesters'));
  r = attrib('Asked about the primary race, Gov. Alan Pryce (R-Ohio), said: "I am getting ready for a long summer."');
  assert.equal(r.quotes[0].speaker, 'Gov. Alan Pryce (R-Ohio)');
});
