/**
 * A stand-in for the engine's `lintText` with findings known in advance, so the editor machinery
 * (ranges, code actions, fix-all, directives, config actions, hover, symbols) is tested
 * independently of how good the real rules are. It uses the real draft model (directives) and
 * honours the config (severities, `names`) like the real engine.
 *
 * Findings:
 * - `teh` → rule `fake-typo` (fix: "the"; suggestion "Use 'ten'");
 * - `Zelenskyy` → rule `name-consistency` (fix: "Zelensky"; data for the config actions) unless
 *   the config allows it;
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
  for (const m of text.matchAll(/(?:Volodymyr )?Zelenskyy?\b/g)) addMention(m.index!, m[0], 'Zelensky', 'Volodymyr Zelensky');
  for (const m of text.matchAll(/(?:Ana )?Lopes\b/g)) addMention(m.index!, m[0], 'Lopes', 'Ana Lopes');
  const title = /President (?=Volodymyr Zelensky)/.exec(text);
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
  const allowed = new Set(Object.values(config?.names ?? {}).flat());
  const houseZelenskyy = Object.keys(config?.names ?? {}).includes('Zelenskyy');
  if (severity('name-consistency') !== 'off') {
    const flagged = houseZelenskyy ? /\bZelensky\b/g : /\bZelenskyy\b/g;
    const other = houseZelenskyy ? 'Zelenskyy' : 'Zelensky';
    for (const m of text.matchAll(flagged)) {
      if (allowed.has(m[0])) continue;
      const s = m.index!;
      findings.push({
        ruleId: 'name-consistency',
        severity: severity('name-consistency') as Finding['severity'],
        start: s,
        end: s + m[0].length,
        message: `'${m[0]}' is also spelled '${other}' in this draft`,
        fix: { edits: [{ start: s, end: s + m[0].length, text: other }] },
        data: { person: 'Volodymyr Zelensky', spelling: m[0], spellings: ['Zelensky', 'Zelenskyy'] },
      });
    }
  }
  const kept = applyDirectives(findings, analysis);
  kept.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  return { analysis, findings: kept };
}
