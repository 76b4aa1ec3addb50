import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FIRM_SAYING_VERBS, INVERTED_SAYING_VERBS, JUDGING_VERBS, PERSON_ACT_VERBS, PERSON_LIFE_VERBS, PERSON_VERBS,
  PLAIN_SAYING_VERBS, SAYING_FINITE_VERBS, SAYING_PARTICIPLES, SAYING_VERBS, VERBS_AFTER_A_NAME,
} from '../../../server/out/engine/lexicon/verbs.js';
import {
  COURTESY_TITLES, DOTTED_ONLY_HONORIFICS, HONORIFICS, SPEAKER_HONORIFICS, TITLE_ABBREVIATIONS,
} from '../../../server/out/engine/lexicon/honorifics.js';
import { honorificSex } from '../../../server/out/engine/spellings.js';
import {
  COMPANY_DESCRIPTORS, FIRM_OR_TEAM_DESCRIPTORS, FIRM_SUFFIXES, ORG_DESCRIPTORS,
} from '../../../server/out/engine/lexicon/organisations.js';
import * as names from '../../../server/out/engine/names.js';
import * as attributionLexicon from '../../../server/out/engine/attribution-lexicon.js';
import * as titles from '../../../server/out/engine/titles.js';
import fs from 'node:fs';
import path from 'node:path';


function assertSubset(sub: ReadonlySet<string>, sup: ReadonlySet<string>, what: string): void {
  const outside = [...sub].filter((w) => !sup.has(w));
  assert.deepEqual(outside, [], `${what}: not in the larger list`);
}

test('verbs: one source; the named subsets are subsets of it, and "won" is not a verb of saying', () => {
  assert.ok(SAYING_VERBS.has('said') && SAYING_VERBS.has('saying') && SAYING_VERBS.has('grumbled'));
  assert.equal(SAYING_VERBS.has('won'), false);
  assert.equal(PLAIN_SAYING_VERBS.has('won'), false);
  assert.ok(PERSON_ACT_VERBS.has('won') && VERBS_AFTER_A_NAME.has('won'));
  assertSubset(SAYING_FINITE_VERBS, SAYING_VERBS, 'finite forms');
  assertSubset(PLAIN_SAYING_VERBS, SAYING_FINITE_VERBS, 'plain saying verbs');
  assertSubset(JUDGING_VERBS, SAYING_VERBS, 'judging verbs');
  assertSubset(INVERTED_SAYING_VERBS, PLAIN_SAYING_VERBS, 'inverted');
  assertSubset(FIRM_SAYING_VERBS, SAYING_VERBS, 'firm verbs');
  assertSubset(PERSON_VERBS, new Set([...SAYING_VERBS, ...PERSON_LIFE_VERBS]), 'person verbs');
  assert.deepEqual([...SAYING_PARTICIPLES].filter((w) => !w.endsWith('ing')), []);
  // Finite forms only: no base form (except "say", listed on purpose), no participle in -ing.
  assert.equal(PLAIN_SAYING_VERBS.has('saying'), false);
  assert.equal(PLAIN_SAYING_VERBS.has('tell'), false);
  assert.ok(PLAIN_SAYING_VERBS.has('tells') && PLAIN_SAYING_VERBS.has('told'));
  assert.ok(VERBS_AFTER_A_NAME.has('say'));
});

/** Every compiled engine module (lexicon-data aside: it is the generated word store). */
function engineModules(): Array<[string, Record<string, unknown>]> {
  const root = path.resolve(__dirname, '../../../server/out/engine');
  const out: Array<[string, Record<string, unknown>]> = [];
  (function walk(dir: string) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.js') && e.name !== 'lexicon-data.js') out.push([path.relative(root, p), require(p)]);
    }
  })(root);
  return out;
}

const isWordList = (v: unknown): v is Iterable<string> =>
  (v instanceof Set && v.size > 0 && [...v].every((x) => typeof x === 'string')) ||
  (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'));

test('word lists: each is defined once and exported under one name from one module (no aliases, no copies)', () => {
  const names = new Map<unknown, string[]>();
  for (const [file, mod] of engineModules()) {
    for (const [name, v] of Object.entries(mod)) {
      if (!isWordList(v)) continue;
      const list = names.get(v);
      if (list) list.push(`${file}:${name}`);
      else names.set(v, [`${file}:${name}`]);
    }
  }
  assert.ok(names.size > 50, `only ${names.size} word lists found`);
  assert.deepEqual([...names.values()].filter((ns) => ns.length > 1), [], 'one list exported under several names');
  const byContent = new Map<string, string[]>();
  for (const [v, ns] of names) {
    const key = [...new Set(v as Iterable<string>)].sort().join('\n');
    byContent.set(key, [...(byContent.get(key) ?? []), ns[0]]);
  }
  assert.deepEqual([...byContent.values()].filter((ns) => ns.length > 1), [], 'two lists with the same words');
  // The lists the issue found defined twice now have one home each.
  assert.equal(names.get(VERBS_AFTER_A_NAME)?.[0], 'lexicon/verbs.js:VERBS_AFTER_A_NAME');
  assert.equal(names.get(SAYING_VERBS)?.[0], 'lexicon/verbs.js:SAYING_VERBS');
  assert.equal(names.get(FIRM_SUFFIXES)?.[0], 'lexicon/organisations.js:FIRM_SUFFIXES');
  assert.equal(names.get(ORG_DESCRIPTORS)?.[0], 'lexicon/organisations.js:ORG_DESCRIPTORS');
  assert.equal(names.get(TITLE_ABBREVIATIONS)?.[0], 'lexicon/honorifics.js:TITLE_ABBREVIATIONS');
  for (const gone of ['REPORTING_VERBS', 'PARTICIPLES', 'HONORIFICS', 'ORG_SUFFIXES']) {
    assert.equal(gone in attributionLexicon || gone in names || gone in titles, false, gone);
  }
});

test('word lists: no word list is written out twice in the engine source, even unexported', () => {
  const root = path.resolve(__dirname, '../../../server/src/engine');
  const seen = new Map<string, string>();
  const twice: string[] = [];
  (function walk(dir: string) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && e.name !== 'lexicon-data.ts') {
        const src = fs.readFileSync(p, 'utf8');
        const lists = [
          ...[...src.matchAll(/\bwords\(`([^`]*)`\)/g)].map((m) => m[1].trim().split(/\s+/)),
          ...[...src.matchAll(/\[\s*('[^'\n]*'(?:\s*,\s*'[^'\n]*'){2,})\s*,?\s*\]/g)].map((m) => [...m[1].matchAll(/'([^'\n]*)'/g)].map((x) => x[1])),
        ];
        for (const l of lists) {
          const key = [...new Set(l)].sort().join(' ');
          const where = path.relative(root, p);
          if (seen.has(key)) twice.push(`${seen.get(key)} and ${where}: ${key.slice(0, 60)}`);
          else seen.set(key, where);
        }
      }
    }
  })(root);
  assert.ok(seen.size > 100, `only ${seen.size} word lists found`);
  assert.deepEqual(twice, []);
});

test('honorifics and title abbreviations share their abbreviations; organisation descriptors share their nouns', () => {
  for (const w of ['dr', 'sen', 'gen', 'lt', 'hon']) {
    assert.ok(HONORIFICS.has(w) && TITLE_ABBREVIATIONS.has(w) && TITLE_ABBREVIATIONS.has(w + '.'), w);
  }
  // Courtesy titles are honorifics, never title abbreviations (not a role).
  for (const w of COURTESY_TITLES) assert.equal(TITLE_ABBREVIATIONS.has(w), false, w);
  assert.ok(TITLE_ABBREVIATIONS.has('cpl.') && !HONORIFICS.has('cpl'));
  assert.ok(HONORIFICS.has('sheikh') && !TITLE_ABBREVIATIONS.has('sheikh'));
  assertSubset(COMPANY_DESCRIPTORS, FIRM_OR_TEAM_DESCRIPTORS, 'company descriptors');
  assert.ok(ORG_DESCRIPTORS.has('firm') && ORG_DESCRIPTORS.has('charity') && !ORG_DESCRIPTORS.has('rivals'));
  assert.ok(FIRM_OR_TEAM_DESCRIPTORS.has('rivals') && !FIRM_OR_TEAM_DESCRIPTORS.has('charity'));
  assert.ok(COMPANY_DESCRIPTORS.has('band') && !COMPANY_DESCRIPTORS.has('producer'));
});

test('honorifics: courtesy titles are honorifics; speaker honorifics add titles written in full', () => {
  assertSubset(COURTESY_TITLES, HONORIFICS, 'courtesy');
  assertSubset(DOTTED_ONLY_HONORIFICS, HONORIFICS, 'dotted only');
  assertSubset(HONORIFICS, SPEAKER_HONORIFICS, 'speaker honorifics');
  assert.ok(SPEAKER_HONORIFICS.has('senator') && !HONORIFICS.has('senator'));
  assert.equal(honorificSex('Mrs.'), 'f');
  assert.equal(honorificSex('Lord'), 'm');
  assert.equal(honorificSex('Mme'), 'f');
  assert.equal(honorificSex('Dr'), null);
});

test('given names: the surnames and titles once in the list are not given names', () => {
  for (const w of ['Mnuchin', 'Kristersson', 'Ayatollah', 'Mullah']) assert.equal(names.isGivenName(w), false, w);
  for (const w of ['Volodymyr', 'Keir', 'Jacinda']) assert.equal(names.isGivenName(w), true, w);
  assert.ok(names.isKnownSurname('Smith'));
});

test('named entities are data: a club ending makes a club, a person-like brand a firm, a surname still a person', async () => {
  const { lint } = await import('../../../server/out/engine/index.js');
  const messages = (t: string) => lint(t).filter((f) => f.ruleId === 'first-reference').map((f) => f.message);
  assert.deepEqual(messages('Rugby history\n\nKendal Town met Kendal College on 14 May, 1870, and won by two goals.\n'), []);
  assert.deepEqual(messages('Market news\n\nGoldman Sachs and Lehman Brothers said profits rose.\n'), []);
  assert.deepEqual(messages('Market news\n\nShares in Lehman Brothers fell, and Bill Lynch said he was worried.\n'), ['Bill Lynch is introduced without a title or role']);
});

test('time words: one list of days and months; "May" is kept out of the months that are never names', async () => {
  const time = await import('../../../server/out/engine/lexicon/time.js');
  assert.equal(time.WEEKDAYS.length, 7);
  assert.equal(time.MONTHS.length, 12);
  assert.deepEqual(time.MONTHS.filter((m: string) => !time.MONTHS_NOT_NAMES.includes(m)), ['may']);
  assert.ok(attributionLexicon.NOT_NAME_WORDS.has('march') && !attributionLexicon.NOT_NAME_WORDS.has('may'));
  assert.ok(attributionLexicon.NOT_NAME_WORDS.has('sunday'));
});
