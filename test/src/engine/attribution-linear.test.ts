import { test } from 'node:test';
import assert from 'node:assert/strict';
// first: operations are counted only in code compiled after it loads
import { growth } from '../ops-count';
import { analyze } from '../../../server/out/engine/index.js';
import { attributeParagraph } from '../../../server/out/engine/attribution.js';

// Invented copy. attributeParagraph must stay linear in the quotes of one long sentence/line, and
// the bounded windows that keep it so must not change what a normal sentence gets.

const HEAD = 'Port strike\n\n';
/** A long run of the writer's words with no sentence end (about 1,300 characters). */
const FILLER = 'the dockers and the drivers and the pilots of the harbour '.repeat(22).trim();

test('a cue right before a quote at the end of a sentence longer than the search window', () => {
  const text = `${HEAD}On the day ${FILLER} walked out, Amira Haddad said: "We will not go back."\n`;
  const [q] = analyze(text).quotes;
  const s = text.indexOf('Amira Haddad');
  assert.deepEqual(
    { by: q.attributedBy, speaker: q.speaker && [q.speaker.start, q.speaker.end], cue: q.cue && [q.cue.start, q.cue.text] },
    { by: 'colon', speaker: [s, s + 'Amira Haddad'.length], cue: [text.indexOf('said'), 'said'] },
  );
});

test('a credit right after a quote followed by a long clause', () => {
  const text = `${HEAD}"We will not go back," Amira Haddad said as ${FILLER} gathered at the gate.\n`;
  const [q] = analyze(text).quotes;
  const s = text.indexOf('Amira Haddad');
  assert.deepEqual(
    { by: q.attributedBy, speaker: q.speaker && [q.speaker.start, q.speaker.end], cue: q.cue && q.cue.start },
    { by: 'cue', speaker: [s, s + 'Amira Haddad'.length], cue: text.indexOf('said') },
  );
});

function attributeRun(unit: string, n: number, donor: boolean): void {
  const p = unit.repeat(n);
  const quotes = [];
  for (let k = 0; k < n; k++) {
    const start = k * unit.length + unit.indexOf('"');
    quotes.push({ start, end: unit.indexOf('"', unit.indexOf('"') + 1) + 1 + k * unit.length, donor });
  }
  const r = attributeParagraph(p, quotes, [0], true);
  assert.equal(r.quotes.length, n);
}

for (const [name, unit, donor] of [
  ['scare quotes in one sentence', 'the "so-called" plan and ', false],
  ['bare quotes in one sentence', '"x" ', true],
  ['quotes each followed by a comma and words', '"a," and ', true],
] as const) {
  test(`attributeParagraph is linear: ${name}`, (t) => {
    // 8 times the quotes: linear work is about 8 times the operations; quadratic would be 64.
    const g = growth((n) => attributeRun(unit, n, donor), 500);
    t.diagnostic(g.text);
    assert.ok(g.ok, g.text);
  });
}

test('a speaker before a run of quotes still reaches each of them (previous-quote)', () => {
  const text = `${HEAD}Amira Haddad said: ${'"No." '.repeat(300)}\n`;
  const qs = analyze(text).quotes;
  assert.equal(qs.length, 300);
  const s = text.indexOf('Amira Haddad');
  assert.deepEqual(qs[0].speaker && [qs[0].speaker.start, qs[0].speaker.end, qs[0].attributedBy], [s, s + 12, 'colon']);
  assert.ok(qs.every((q) => q.speaker?.start === s), 'every quote credited to Amira Haddad');
  assert.deepEqual([...new Set(qs.slice(1).map((q) => q.attributedBy))], ['previous-quote']);
});
