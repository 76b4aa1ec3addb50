import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, lint } from '../../../server/out/engine/index.js';

// A wire story written by the team (invented people and quotes) with the situations of real
// copy: a titled first reference, a partial quote, surname and pronoun attribution, a mixed pair,
// a colon lead-in, a running quote, a split quote, and one quote nobody is credited with.
const FIXTURE = path.resolve(__dirname, '..', '..', 'fixtures', 'attribution', 'wire-story.md');

test('wire story: every quote has the expected speaker, name, cue and method', () => {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const a = analyze(text);
  const got = a.quotes.map((q) => [text.slice(q.start, q.start + 12), q.speaker?.text ?? null, q.speaker?.name ?? null, q.cue?.text ?? null, q.attributedBy]);
  assert.deepEqual(got, [
    ['"walking awa', 'Fisheries Minister Helen Marsh', 'Helen Marsh', 'accused', 'cue'],
    ['"We came her', 'Marsh', 'Helen Marsh', 'told', 'cue'],
    ['"Nobody can ', 'Marsh', 'Helen Marsh', 'told', 'previous-quote'],
    ['"a step back', 'French Maritime Minister Luc Girard', 'Luc Girard', 'said', 'cue'],
    ['"It is a lie', 'Girard', 'Luc Girard', 'said', 'cue'],
    ['“The offer o', 'Girard', 'Luc Girard', 'said', 'previous-quote'],
    ['"Only if Lon', 'he', 'Luc Girard', 'replied', 'colon'],
    ['"Boats will ', 'the harbour authority', null, 'said', 'colon'],
    ['"Skippers sh', 'the harbour authority', null, 'said', 'running-quote'],
    ['"We will," M', 'Marsh', 'Helen Marsh', 'said', 'cue'],
    ['"keep talkin', 'Marsh', 'Helen Marsh', 'said', 'cue'],
    ['"Every week ', null, null, null, null],
  ]);
  // Speaker spans are offsets into the original text.
  for (const q of a.quotes) if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
});

test('wire story: only the last quote is flagged, with the two people named before it', () => {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const f = lint(text).filter((x) => x.ruleId === 'quote-attribution');
  const quote = '"Every week without a deal costs this town money we do not have."';
  assert.equal(f.length, 1);
  assert.equal(f[0].start, text.indexOf(quote));
  assert.equal(f[0].end, text.indexOf(quote) + quote.length);
  assert.deepEqual(
    (f[0].suggestions ?? []).map((s) => [s.desc, s.fix.edits]),
    [
      ['Attribute to Helen Marsh', [
        { start: f[0].end - 2, end: f[0].end - 1, text: ',' },
        { start: f[0].end, end: f[0].end, text: ' Marsh said.' },
      ]],
      ['Attribute to Luc Girard', [
        { start: f[0].end - 2, end: f[0].end - 1, text: ',' },
        { start: f[0].end, end: f[0].end, text: ' Girard said.' },
      ]],
    ],
  );
});
