// The editor's memos across keystrokes (issue 17): a draft linted with a ParagraphCache after each
// edit gives exactly what a fresh lint of the same text gives, and an edit re-reads only what it
// touched. Every name here is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintText, ParagraphCache, type Analysis, type Finding, type LintOptions, type ResolvedConfig } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';
import { paragraphText } from '../../../server/out/engine/draft.js';

function config(only?: string): ResolvedConfig {
  const c = defaultConfig();
  if (only) for (const id of Object.keys(c.rules)) c.rules[id] = { ...c.rules[id], severity: id === only ? 'warning' : 'off' };
  c.profiles = [];
  c.names = {};
  return c;
}

const brief = (text: string, fs: Finding[]) => fs.map((f) => [f.ruleId, f.start, f.end, text.slice(f.start, f.end), f.message]);

/** A ParagraphCache that counts what each stage computed (missed) at the last analysis. */
class CountingCache extends ParagraphCache {
  computed: Record<string, number> = {};
  get<T>(stage: string, key: string, compute: () => T): T {
    return super.get(stage, key, () => {
      this.computed[stage] = (this.computed[stage] ?? 0) + 1;
      return compute();
    });
  }
}

/** Lint each version with one cache (as the server does) and fresh; both must agree. Returns the cached findings. */
function typeThrough(versions: string[], options: LintOptions = {}): { findings: Finding[][]; cache: CountingCache } {
  const cache = new CountingCache();
  const findings: Finding[][] = [];
  for (const text of versions) {
    cache.computed = {};
    const cached = lintText(text, { ...options, cache });
    cache.sweep();
    const fresh = lintText(text, options);
    assert.deepEqual(brief(text, cached.findings), brief(text, fresh.findings));
    assert.deepEqual(cached.findings, fresh.findings);
    findings.push(cached.findings);
  }
  return { findings, cache };
}

/** Type `word` into `text` at `at` one character at a time: every intermediate version. */
function typing(text: string, at: number, word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= word.length; i++) out.push(text.slice(0, at) + word.slice(0, i) + text.slice(at));
  return out;
}

const SLIP_DRAFT =
  'Harbour vote\n\nStevie Crawbury, the harbour master, spoke on Monday. Crawbury said the pier would open.\n\n' +
  'The council met in the evening.\n\nLater Crawbury left the hall.\n';

test('a given-name slip the index does not read is found and lost as it is typed, line by line (unread pairs memo)', () => {
  // Retype "Later Crawbury" as "Later Steive Crawbury": the slip appears only when the word is whole.
  const at = SLIP_DRAFT.indexOf('Crawbury left');
  const versions = [SLIP_DRAFT, ...typing(SLIP_DRAFT, at, 'Steive ')];
  const { findings, cache } = typeThrough(versions, { config: config('name-consistency') });
  const final = versions[versions.length - 1];
  const slip = final.indexOf('Steive');
  assert.deepEqual(brief(final, findings[findings.length - 1]), [
    ['name-consistency', slip, slip + 6, 'Steive', "'Steive' (1×) is also spelled 'Stevie' (1×) in this draft"],
  ]);
  assert.deepEqual(findings[0], []);
  // The last keystroke re-read one line for capitalised pairs: the other lines' came from the cache.
  assert.equal(cache.computed['unread-pairs'], 1);
  // Deleting the slip again takes the finding away.
  const back = typeThrough([final, final.replace('Steive ', 'Steive'), final.replace('Steive ', '')], { config: config('name-consistency') });
  assert.equal(back.findings[2].length, 0);
});

test('the unread pairs memo gives the same findings in CRLF and CR-only drafts and at the start of a line (one line per memo entry)', () => {
  // (At the start of a line too: the pair's look-behind reads the line break.)
  for (const [eol, withSlip] of [['\r\n', SLIP_DRAFT.replace('Later Crawbury', 'Later Steive Crawbury')], ['\r', SLIP_DRAFT.replace('Later Crawbury', 'Steive Crawbury')], ['\n', SLIP_DRAFT.replace('Later Crawbury', 'Steive Crawbury')]]) {
    const text = withSlip.replace(/\n/g, eol);
    const { findings } = typeThrough([SLIP_DRAFT.replace(/\n/g, eol), text, text + 'More.' + eol], { config: config('name-consistency') });
    const slip = text.indexOf('Steive');
    assert.deepEqual(brief(text, findings[1]).map((f) => f.slice(1, 4)), [[slip, slip + 6, 'Steive']]);
  }
});

const READING_DRAFT = (later: string) =>
  'Pier vote\n\nThe council approved the new pier on Monday after a long debate in the town hall.\n\n' +
  'Sunnivo Castellane opened the meeting at noon.\n\nThe budget was delayed by the council.\n\n' + later + '\n';

test("typing a later mention in another paragraph changes an earlier person's reading, as a fresh lint does", () => {
  const opts = { config: config('first-reference') };
  // One mention alone: the signals are unsure, no flag. "Castellane said" typed two paragraphs on
  // makes the reading sure (a second mention, a verb of speech): the first reference is flagged.
  const start = READING_DRAFT('The vote was fair.');
  const at = start.indexOf('The vote was fair.');
  const versions = [start, ...typing(start, at, 'Castellane said ')];
  const { findings } = typeThrough(versions, opts);
  const final = versions[versions.length - 1];
  const name = final.indexOf('Sunnivo Castellane');
  assert.deepEqual(findings[0], []);
  assert.deepEqual(brief(final, findings[findings.length - 1]), [
    ['first-reference', name, name + 18, 'Sunnivo Castellane', 'Sunnivo Castellane is introduced without a title or role'],
  ]);
  // Deleting the verb again takes the flag away.
  const back = typeThrough([final, final.replace('Castellane said The', 'The')], opts);
  assert.deepEqual(back.findings[1], []);
});

test('typing "family" after a surname makes it a modifier in the cached analysis as in a fresh one', () => {
  const opts = { config: config('first-reference') };
  const start =
    'Pier vote\n\nThe council approved the new pier on Monday after a long debate in the town hall.\n\n' +
    'Castellane said the pier was late.\n\nSunnivo Castellane, the harbour master, said the work would start in May.\n';
  const at = start.indexOf(' said the pier');
  const versions = [start, ...typing(start, at, ' family')];
  const { findings } = typeThrough(versions, opts);
  const surname = start.indexOf('Castellane said');
  assert.deepEqual(brief(start, findings[0]), [['first-reference', surname, surname + 10, 'Castellane', 'First reference to Castellane gives no full name']]);
  assert.equal(findings[findings.length - 2].length, 1); // "Castellane famil": still a person
  assert.deepEqual(findings[findings.length - 1], []); // "the Castellane family": a family, not the person
});

test('each paragraph is sliced once per analysis: the stages memoising by paragraph text share one string', () => {
  const text = READING_DRAFT('Castellane said the vote was fair.');
  const { draft } = lintText(text).analysis;
  for (const p of draft.paragraphs) {
    const t = paragraphText(draft, p);
    assert.equal(t, text.slice(p.start, p.end));
    assert.ok(Object.is(t, paragraphText(draft, p)));
  }
  assert.equal(draft.paragraphs.length, 5);
});

const HARBOUR =
  'Harbour vote\n\nThe harbour commissioner, Ines Brandvold, said the pier would open in May.\n\n' +
  'The council met on Monday.\n\n“We will see,” Brandvold said.\n\n' +
  'Opposition councillor Marek Tembo called it costly. Tembo said the vote was rushed.\n\nLater Brandvold left the hall.\n';

/** Each version analysed with one cache and fresh: the same people and mentions at the same offsets. */
function sameIndex(versions: string[]): void {
  const cache = new ParagraphCache();
  const strip = (a: Analysis) => ({
    people: a.people.map((p) => `${p.name}:${p.mentions.join(',')}`),
    mentions: a.mentions.map((m) => `${m.personId}:${m.kind}:${m.start}-${m.end}:${m.paragraph}:${m.sentence}:${m.inQuote}:${m.possessive?.start ?? ''}:${m.honorific?.start ?? ''}`),
  });
  for (const text of versions) {
    const cached = analyze(text, { cache });
    cache.sweep();
    assert.deepEqual(strip(cached), strip(analyze(text)));
  }
}

const cut = (text: string, part: string) => text.replace(part, '');

test('the person index from cached paragraphs: moved, repeated and edited paragraphs give the mentions a fresh analysis gives', () => {
  const tembo = 'Opposition councillor Marek Tembo called it costly. Tembo said the vote was rushed.\n\n';
  const later = 'Later Brandvold left the hall.\n';
  // Typing in the first paragraph moves every paragraph after it (cached candidates re-based).
  const typed = typing(HARBOUR, HARBOUR.indexOf('pier'), 'new ');
  const edited = typed[typed.length - 1];
  // The Tembo paragraph moved up: its candidates change paragraph index as well as offsets.
  const moved = cut(edited, tembo).replace('The council met', tembo + 'The council met');
  // A paragraph written twice: two places, one cache entry.
  const twice = moved.replace(later, later + '\n' + later);
  const versions = [HARBOUR, ...typed, moved, twice, twice.replace(later + '\n', ''), edited];
  sameIndex(versions);
  const { findings } = typeThrough(versions);
  // The same text after the round trip: the same findings as before it.
  assert.deepEqual(findings[findings.length - 1], findings[typed.length]);
  const brandvold = (text: string) => {
    const a = analyze(text, {});
    return a.people.find((p) => p.name === 'Ines Brandvold')!.mentions.map((i) => a.mentions[i].start);
  };
  const copies = [twice.indexOf(later), twice.lastIndexOf(later)].map((x) => x + 'Later '.length);
  assert.deepEqual(brandvold(twice).slice(-2), copies);
});

test("the person index from cached paragraphs: a first mention's given name deleted and typed back, a surname retyped", () => {
  // Deleting the given name letter by letter, then typing it back: the person is named by the surname alone, then in full again.
  const at = HARBOUR.indexOf('Ines Brandvold');
  const deleting = [4, 3, 2, 1, 0].map((k) => HARBOUR.slice(0, at) + 'Ines '.slice(5 - k) + HARBOUR.slice(at + 5));
  const noGiven = deleting[deleting.length - 1];
  const versions = [HARBOUR, ...deleting, ...typing(noGiven, at, 'Ines ')];
  sameIndex(versions);
  typeThrough(versions);
  const names = (text: string) => analyze(text).people.map((p) => p.name);
  assert.deepEqual(names(noGiven), ['Brandvold', 'Marek Tembo']);
  assert.deepEqual(names(versions[versions.length - 1]), ['Ines Brandvold', 'Marek Tembo']);
  // The first "Tembo" retyped as "Tembe" letter by letter, then back: the bare Tembo is read as a spelling of that name.
  const first = HARBOUR.indexOf('Tembo');
  const tembe = HARBOUR.slice(0, first + 4) + 'e' + HARBOUR.slice(first + 5);
  const retyped = [HARBOUR, HARBOUR.slice(0, first + 4) + HARBOUR.slice(first + 5), tembe, HARBOUR.slice(0, first + 4) + HARBOUR.slice(first + 5), HARBOUR];
  sameIndex(retyped);
  typeThrough(retyped);
  assert.deepEqual(names(tembe), ['Ines Brandvold', 'Marek Tembe']);
});

test('a work named like a person is found and lost as it is typed, as in a fresh lint', () => {
  const opts = { config: config('first-reference') };
  const start =
    'Pier vote\n\nThe council approved the new pier on Monday after a long debate in the town hall.\n\n' +
    'Ada Fennick said the budget was delayed by the harbour board and the regional council on Tuesday evening.\n\n' +
    'Fennick said the vote was fair.\n';
  const at = start.indexOf(' said the budget');
  // " star" after the name makes it a film's title; the name is no person to introduce.
  const versions = [start, ...typing(start, at, ' star')];
  const { findings } = typeThrough(versions, opts);
  const name = start.indexOf('Ada Fennick');
  assert.deepEqual(brief(start, findings[0]), [['first-reference', name, name + 11, 'Ada Fennick', 'Ada Fennick is introduced without a title or role']]);
  assert.deepEqual(findings[findings.length - 1], []);
  // Typing in the next paragraph, within 90 characters of a name that ends its paragraph.
  const near = 'Pier vote\n\nThe council approved it, said Ada Fennick\n\nStar pupils sang.\n';
  typeThrough([near, near.replace('Star pupils', 'star pupils'), near.replace('Star pupils', 'stars pupils')], opts);
});
