/**
 * A stand-in for the engine's `lintText` with findings known in advance, so the editor machinery
 * (ranges, code actions, fix-all, directives, config actions, hover, symbols) is tested
 * independently of how good the real rules are. It uses the real draft model (directives) and
 * honours the config (severities, `names`) like the real engine.
 *
 * Findings:
 * - `teh` → rule `fake-typo` (fix: "the"; suggestion "Use 'ten'");
 * - `Ostrovskyy` → rule `name-consistency` (fix: "Ostrovsky"; data as the real rule's) unless the
 *   config allows it (a `names` key); a `Ostrovskyy` key alone makes it the house spelling;
 * - a `"…"` quote (straight marks) is a quote; `, NAME said` right after it names the speaker.
 */
import {
  analyze,
  applyDirectives,
  type Analysis,
  type Finding,
  type LintOptions,
  type LintResult,
  type Mention,
  type Person,
  type Quote,
} from '../../../server/out/engine/index.js';

export let calls = 0;
/** Extra busy time per lint (to make analyses slow on purpose). */
export const knobs = { busyMs: 0 };

export function fakeLintText(text: string, options: LintOptions = {}): LintResult {
  calls++;
  if (knobs.busyMs > 0) {
    const until = performance.now() + knobs.busyMs;
    while (performance.now() < until) {
      /* busy */
    }
  }
  const base = analyze(text, { format: options.format });
  const people: Person[] = [];
  const mentions: Mention[] = [];
  const quotes: Quote[] = [];
  const personByName = new Map<string, Person>();
  const addMention = (start: number, name: string, surname: string, full: string) => {
    let p = personByName.get(surname);
    if (!p) {
      p = { id: people.length, name: full, surname, mentions: [], title: null };
      people.push(p);
      personByName.set(surname, p);
    }
    const m: Mention = {
      start,
      end: start + name.length,
      index: mentions.length,
      personId: p.id,
      kind: name.includes(' ') ? 'full' : 'surname',
      text: name,
      given: null,
      surname: null,
      honorific: null,
      possessive: null,
      paragraph: 0,
      sentence: 0,
      inQuote: null,
      inBrackets: false,
    };
    mentions.push(m);
    p.mentions.push(m.index);
  };
  for (const m of text.matchAll(/(?:Taras )?Ostrovskyy?\b/g)) addMention(m.index!, m[0], 'Ostrovsky', 'Taras Ostrovsky');
  for (const m of text.matchAll(/(?:Ana )?Lopes\b/g)) addMention(m.index!, m[0], 'Lopes', 'Ana Lopes');
  const title = /President (?=Taras Ostrovsky)/.exec(text);
  if (title && people[0]) people[0].title = { text: 'President', span: { start: title.index, end: title.index + 9 } };
  for (const m of text.matchAll(/"([^"\n]*)"(,? (\w+) said)?/g)) {
    const start = m.index!;
    const end = start + m[1].length + 2;
    const speakerName = m[3];
    const speakerStart = speakerName ? end + m[2].indexOf(speakerName) : 0;
    const person = speakerName ? personByName.get(speakerName) : undefined;
    quotes.push({
      start,
      end,
      index: quotes.length,
      open: { start, end: start + 1, mark: '"' },
      close: { start: end - 1, end, mark: '"' },
      content: { start: start + 1, end: end - 1 },
      paragraph: 0,
      sentence: 0,
      kind: 'direct',
      continuesRunning: false,
      running: false,
      speaker: speakerName ? { start: speakerStart, end: speakerStart + speakerName.length, text: speakerName, name: person?.name ?? null, personId: person?.id ?? null } : null,
      cue: speakerName ? { start: speakerStart + speakerName.length + 1, end: speakerStart + speakerName.length + 5, text: 'said' } : null,
      attributedBy: speakerName ? 'cue' : null,
      inheritedFrom: null,
    });
  }
  const analysis: Analysis = { ...base, quotes, people, mentions };
  const config = options.config;
  const severity = (id: string) => config?.rules[id]?.severity ?? 'warning';
  const findings: Finding[] = [];
  if (severity('fake-typo') !== 'off') {
    for (const m of text.matchAll(/\bteh\b/g)) {
      const s = m.index!;
      findings.push({
        ruleId: 'fake-typo',
        severity: severity('fake-typo') as Finding['severity'],
        start: s,
        end: s + 3,
        message: "Misspelt 'teh'",
        fix: { edits: [{ start: s, end: s + 3, text: 'the' }] },
        suggestions: [{ desc: "Use 'ten'", fix: { edits: [{ start: s, end: s + 3, text: 'ten' }] } }],
      });
    }
  }
  // Like the real rule: `names` keys (or their last word) are canonical spellings, never flagged;
  // a key spelled in the draft is the house spelling.
  const keys = Object.keys(config?.names ?? {}).map((k) => k.split(' ').pop()!);
  const allowed = new Set(keys);
  const canonical = keys.includes('Ostrovskyy') && !keys.includes('Ostrovsky') ? 'Ostrovskyy' : 'Ostrovsky';
  if (severity('name-consistency') !== 'off') {
    const all = [...text.matchAll(/\bOstrovskyy?\b/g)];
    const spellings: Record<string, number> = {};
    for (const m of all) spellings[m[0]] = (spellings[m[0]] ?? 0) + 1;
    for (const m of all) {
      if (m[0] === canonical || allowed.has(m[0]) || !spellings[canonical]) continue;
      const s = m.index!;
      findings.push({
        ruleId: 'name-consistency',
        severity: severity('name-consistency') as Finding['severity'],
        start: s,
        end: s + m[0].length,
        message: `'${m[0]}' is also spelled '${canonical}' in this draft`,
        fix: { edits: [{ start: s, end: s + m[0].length, text: canonical }] },
        data: { personId: 0, spellings, canonical, written: m[0] },
      });
    }
  }
  const kept = applyDirectives(findings, analysis);
  kept.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  return { analysis, findings: kept, failures: [] };
}
