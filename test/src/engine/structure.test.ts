import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDraft } from '../../../server/out/engine/draft.js';
import { looksLikeHeadline, paragraphShape } from '../../../server/out/engine/structure.js';

/** [role, text] of every paragraph of a plain draft. */
function roles(text: string, format: 'markdown' | 'plain' = 'plain'): [string, string][] {
  const d = parseDraft(text, format);
  return d.paragraphs.map((p) => [p.kind === 'headline' ? 'headline' : p.role, text.slice(p.start, p.end)]);
}

test('paragraph shapes: bylines, credits, captions, promo lines, datelines, signatures', () => {
  const cases: [string, string][] = [
    ['By Mara Velt', 'byline'],
    ['BY MARA VELT AND TOMAS RIIS, Harbour Gazette', 'byline'],
    ['By Mara Velt | Harbour Gazette', 'byline'],
    ['Photo: Tomas Riis/Harbour Press', 'credit'],
    ['(Photo by Tomas Riis/Harbour Press)', 'credit'],
    ['Reporting by Mara Velt; Editing by Tomas Riis', 'credit'],
    ['With files from the Harbour Press', 'credit'],
    ['Additional reporting by Mara Velt in Oslo.', 'credit'],
    ['Mara Velt contributed to this report.', 'credit'],
    ['(Harbour Press)', 'credit'],
    ['Image caption Councillor Mara Velt at the count', 'caption'],
    ['Mara Velt waves to supporters in Tarnby on Friday. (Harbour Press Photo/Tomas Riis)', 'caption'],
    ['WATCH: Mara Velt on the harbour vote', 'promo'],
    ['READ MORE: Council backs new ferry route', 'promo'],
    ['Related: Tarnby ferry plan', 'promo'],
    ['Click here to see the full list of candidates.', 'promo'],
    ['TARNBY, March 3', 'dateline'],
    ['Updated: 10:32 GMT, Monday 3 March 2025', 'dateline'],
    ['— Mara Velt (@maravelt) March 3, 2025', 'signature'],
    ['— Mara Velt', 'signature'],
    ['On Twitter follow Mara Velt https://example.com/mvelt and Tomas Riis at @triis', 'signature'],
    ['Follow Mara Velt on Twitter: @maravelt', 'signature'],
    ['Mara Velt, Tarnby', 'name-line'],
    ['Mara Velt', 'name-line'],
  ];
  for (const [t, want] of cases) assert.equal(paragraphShape(t), want, t);
});

test('paragraph shapes: story copy stays story', () => {
  const story = [
    'By Monday the council had voted to close the harbour.',
    'Mara Velt, the harbour master, said the vote was close.',
    'Photographs of the ferry were shown to the council.',
    'The ratio was close to even (50/50) in both wards.',
    'Mara Velt welcomed the deal.',
    'Related parties must declare their interest, the council said.',
    'Watch the harbour closely, she said.',
    'He read more than 40 reports before the vote.',
    'Follow the money, Mara Velt told the council.',
  ];
  for (const t of story) assert.equal(paragraphShape(t), 'story', t);
});

test('the first line is a headline only when it looks like one', () => {
  assert.equal(looksLikeHeadline('Council votes to close harbour', null), true);
  assert.equal(looksLikeHeadline('Is the ferry doomed?', null), true);
  assert.equal(looksLikeHeadline('U.S. backs the ferry plan', null), true);
  assert.equal(looksLikeHeadline('Harbour master says the vote was close.', null), true);
  assert.equal(looksLikeHeadline('Mara Velt, the harbour master, said on Friday that the vote to close the old harbour had been far closer than the council expected.', null), false);
  assert.equal(looksLikeHeadline('Mara Velt resigned. The council meets today', null), false);
  // A hard-wrapped lede: the next line of the paragraph goes on in lower case.
  assert.equal(looksLikeHeadline('Mara Velt, the harbour master, said on', 'Friday that the vote was close.'), false);
  assert.equal(looksLikeHeadline('Mara Velt, the harbour master, told the', 'council that the vote was close.'), false);
  assert.equal(looksLikeHeadline('Mara Velt, the harbour master, said', 'the vote was close.'), false);
});

test('a draft without a headline line: the first paragraph is the lede, body copy', () => {
  const lede = 'Mara Velt, the harbour master, said the vote was close. The council will meet again on Friday.';
  const text = lede + '\n\nThe council met on Friday.\n';
  const d = parseDraft(text, 'plain');
  assert.equal(d.headline, null);
  assert.deepEqual(roles(text), [
    ['story', lede],
    ['story', 'The council met on Friday.'],
  ]);
  assert.equal(d.paragraphs[0].kind, 'body');
  assert.equal(d.sentences.length, 3);
});

test('a headline line, a deck and a byline; credits, captions and signatures below', () => {
  const text =
    'Harbour to close\r\n\r\nThe council voted on Friday to shut the old harbour.\r\n\r\nBy Mara Velt\r\n\r\n' +
    'TARNBY, March 3\r\n\r\nThe vote was close, said councillor Tomas Riis.\r\n\r\n' +
    'READ MORE: Ferry plan backed\r\n\r\nPhoto: Tomas Riis/Harbour Press\r\n\r\nTomas Riis, Tarnby\r\n';
  assert.deepEqual(roles(text), [
    ['headline', 'Harbour to close'],
    ['deck', 'The council voted on Friday to shut the old harbour.'],
    ['byline', 'By Mara Velt'],
    ['dateline', 'TARNBY, March 3'],
    ['story', 'The vote was close, said councillor Tomas Riis.'],
    ['promo', 'READ MORE: Ferry plan backed'],
    ['credit', 'Photo: Tomas Riis/Harbour Press'],
    ['signature', 'Tomas Riis, Tarnby'],
  ]);
});

test('a name line near the top is a byline; Markdown emphasis under the headline marks the deck', () => {
  const text = '# Harbour to close\n\n*The council votes to shut the old harbour*\n\nMara Velt, Harbour Gazette\n\nThe vote was close.\n';
  assert.deepEqual(roles(text, 'markdown'), [
    ['headline', 'Harbour to close'],
    ['deck', 'The council votes to shut the old harbour'],
    ['byline', 'Mara Velt, Harbour Gazette'],
    ['story', 'The vote was close.'],
  ]);
});
