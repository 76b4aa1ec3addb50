// The editor's memos across keystrokes (issue 17): a draft linted with a ParagraphCache after each
// edit gives exactly what a fresh lint of the same text gives, and an edit re-reads only what it
// touched. Every name here is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, ParagraphCache, type Finding, type LintOptions, type ResolvedConfig } from '../../../server/out/engine/index.js';
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
