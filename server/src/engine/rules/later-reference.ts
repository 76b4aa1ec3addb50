/**
 * later-reference (info): after the first reference, use the surname — with courtesy titles as
 * the house style says (`config.style.courtesyTitles`, `config.style.courtesyTitleStop`).
 *
 * Flags, outside quotes, the headline, subheadings and credit lines:
 * - a repeated full name after the first full reference: "Later references use the surname:
 *   Lavrov" (safe fix: shorten to the surname). Not when another person in the draft shares the
 *   surname (Ed and David Miliband), nor when the repeated reference carries a title again;
 * - a first name alone for someone introduced by full name: suggestion to use the surname (a
 *   writer may mean it, e.g. for children); not when the surname is shared;
 * - courtesy titles: AP/Reuters/Guardian (`none`): "Mr. Lavrov" → "Lavrov" (safe fix).
 *   BBC/NYT (`later-references`): a courtesy title with the full name ("Mr Sergey Lavrov") is
 *   dropped; "Mr"/"Mr." follows `courtesyTitleStop` (safe fix); and where the writer gives a person a
 *   courtesy title on some later references, a bare surname in between gets one too (safe fix,
 *   using the writer's own title). A bare surname is never flagged for a person the writer never
 *   gives a courtesy title: BBC copy leaves them off for sportspeople and artists.
 */
import type { Mention, Rule, RuleFinding } from '../types';
import { attributive, headArea, nameSpan, organisation } from '../roles';
import { ATTRIBUTIVE_AFTER, isCourtesyTitle } from '../titles';

function norm(s: string): string {
  return s.normalize('NFC').replace(/[’]/g, "'").toLowerCase();
}

export const laterReference: Rule = {
  id: 'later-reference',
  description: 'Later references use the surname, with courtesy titles as the house style says.',
  defaultSeverity: 'info',
  fixable: true,
  defaultOptions: { repeatedFullName: true, givenName: true, courtesyTitles: true },
  check({ analysis, options, config }) {
    const { draft, people, mentions } = analysis;
    if (mentions.length === 0) return [];
    const text = draft.text;
    const roles = analysis.roles;
    const inHead = headArea(draft);
    const style = config.style ?? { courtesyTitles: 'none', courtesyTitleStop: true };
    const findings: RuleFinding[] = [];
    const surnameCount = new Map<string, number>();
    for (const p of people) surnameCount.set(norm(p.surname), (surnameCount.get(norm(p.surname)) ?? 0) + 1);
    const namesInSentence = new Map<number, number>();
    for (const m of mentions) if (m.kind !== 'pronoun') namesInSentence.set(m.sentence, (namesInSentence.get(m.sentence) ?? 0) + 1);
    const quoted = (m: Mention) => m.inQuote !== null || draft.paragraphs[m.paragraph]?.kind === 'blockquote';

    for (const person of people) {
      const refs: Mention[] = [];
      for (const mi of person.mentions) {
        const m = mentions[mi];
        if (!m || m.kind === 'pronoun' || roles[mi]?.credit || inHead(m.paragraph)) continue;
        if (!/\p{Ll}/u.test(m.text)) continue; // "U.S": an abbreviation, not a name
        if (organisation(draft, m)) {
          refs.length = 0; // a firm named like a person ("Deutsche Boerse", "Krispy Kreme")
          break;
        }
        if (attributive(draft, m)) continue;
        refs.push(m);
      }
      const firstFull = refs.findIndex((m) => m.kind === 'full' && !quoted(m));
      const shared = (surnameCount.get(norm(person.surname)) ?? 0) > 1;
      const courtesyUsed = refs.filter((m) => !quoted(m) && m.kind === 'surname' && m.honorific && isCourtesyTitle(text.slice(m.honorific.start, m.honorific.end)));
      const bare = refs.filter((m) => !quoted(m) && m.kind === 'surname' && !m.honorific && !roles[m.index].role);
      // The writer's predominant usage for this person: two courtesy titles for every bare surname.
      const courtesyHabit = courtesyUsed.length >= 2 && courtesyUsed.length >= 2 * bare.length;

      // Names in lists (team sheets, award shortlists) and names used as modifiers are not references.
      const inList = (m: Mention) => (namesInSentence.get(m.sentence) ?? 0) >= 3 || /^\s*[(;]/.test(text.slice(nameSpan(m).end, nameSpan(m).end + 3));
      refs.forEach((m, i) => {
        if (quoted(m) || m.inBrackets) return;
        const ns = nameSpan(m);
        const hon = m.honorific ? text.slice(m.honorific.start, m.honorific.end) : null;
        const courtesy = hon !== null && isCourtesyTitle(hon);
        const later = firstFull >= 0 && i > firstFull;
        const sur = m.surname ? text.slice(m.surname.start, m.surname.end) : person.surname;

        // Repeated full name.
        if (options.repeatedFullName !== false && later && m.kind === 'full' && !shared && m.surname && m.given && !inList(m) && !usedAsModifier(text, ns.end)) {
          const r = roles[m.index].role;
          if (!r || r.kind === 'sentence' || r.kind === 'list') {
            findings.push({
              start: ns.nameStart,
              end: ns.end,
              message: `Later references use the surname: ${sur}`,
              fix: { edits: [{ start: ns.nameStart, end: m.surname.start, text: '' }] },
              data: { personId: person.id },
            });
          }
        }
        // First name alone.
        if (options.givenName !== false && later && m.kind === 'given' && !shared && person.surname && norm(person.surname) !== norm(m.text) && !inList(m) && !usedAsModifier(text, ns.end)) {
          findings.push({
            start: ns.nameStart,
            end: ns.end,
            message: `Later references use the surname: ${person.surname} rather than ${m.text}`,
            suggestions: [{ desc: `Use "${person.surname}"`, fix: { edits: [{ start: ns.nameStart, end: ns.end, text: person.surname } ] } }],
            data: { personId: person.id },
          });
        }
        if (options.courtesyTitles === false) return;
        // Courtesy titles.
        if (courtesy && m.honorific) {
          const drop = { start: m.honorific.start, end: ns.nameStart, text: '' };
          if (style.courtesyTitles === 'none') {
            findings.push({
              start: m.honorific.start,
              end: m.honorific.end,
              message: `House style uses no courtesy titles: "${sur}", not "${hon} ${sur}"`,
              fix: { edits: [drop] },
              data: { personId: person.id },
            });
            return;
          }
          if (m.kind === 'full') {
            // "Mrs Parker Bowles", "Mr da Silva", "Mr Justice Sullivan" are surnames and titles, not
            // a given name: flag only a given name the person's other full reference also uses.
            const given = m.given ? text.slice(m.given.start, m.given.end) : null;
            const same = refs.some((o) => o !== m && o.kind === 'full' && o.given && !o.honorific && text.slice(o.given.start, o.given.end) === given);
            if (!same || !given || !/^\p{Lu}/u.test(given)) return;
            findings.push({
              start: m.honorific.start,
              end: m.honorific.end,
              message: `Courtesy titles go with the surname on later references, not with the full name`,
              fix: { edits: [drop] },
              data: { personId: person.id },
            });
            return;
          }
          const hasStop = hon.endsWith('.');
          if (style.courtesyTitleStop && !hasStop && !/^miss$/i.test(hon)) {
            findings.push({
              start: m.honorific.start,
              end: m.honorific.end,
              message: `House style writes "${hon}." with a full stop`,
              fix: { edits: [{ start: m.honorific.end, end: m.honorific.end, text: '.' }] },
              data: { personId: person.id },
            });
          } else if (!style.courtesyTitleStop && hasStop) {
            findings.push({
              start: m.honorific.start,
              end: m.honorific.end,
              message: `House style writes "${hon.slice(0, -1)}" without a full stop`,
              fix: { edits: [{ start: m.honorific.end - 1, end: m.honorific.end, text: '' }] },
              data: { personId: person.id },
            });
          }
          return;
        }
        // A courtesy title already written right before the name (even one the person index did
        // not attach, as in "Speaking in Dunford Mr Haddad") is never added a second time.
        const titled = /(\S+)[ \t\u00a0]+$/.exec(text.slice(Math.max(0, ns.nameStart - 12), ns.nameStart));
        if (style.courtesyTitles === 'later-references' && later && m.kind === 'surname' && !m.honorific && !(titled && isCourtesyTitle(titled[1])) && courtesyHabit && !shared && !roles[m.index].role && !usedAsModifier(text, ns.end)) {
          const h = mostCommon(courtesyUsed.map((c) => text.slice(c.honorific!.start, c.honorific!.end)));
          findings.push({
            start: ns.nameStart,
            end: ns.end,
            message: `Later references to ${sur} take a courtesy title in house style: ${h} ${sur}`,
            fix: { edits: [{ start: ns.nameStart, end: ns.nameStart, text: `${h} ` }] },
            data: { personId: person.id },
          });
        }
      });
    }
    return findings;
  },
};

function mostCommon(xs: string[]): string {
  const c = new Map<string, number>();
  let best = xs[0];
  for (const x of xs) {
    const n = (c.get(x) ?? 0) + 1;
    c.set(x, n);
    if (n > (c.get(best) ?? 0)) best = x;
  }
  return best;
}

/** "the Glazer bid", "Brown's Britain", "the Brown/Blair feud": a name used as a modifier or in a title. */
function usedAsModifier(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (/^[/-]/.test(after)) return true;
  if (/^(?:['’]s?)?\s+\p{Lu}/u.test(after) && !/^\s+(?:I|said|says)\b/.test(after)) return true;
  const w = /^\s+([\p{Ll}][\p{L}'’-]*)/u.exec(after);
  return !!w && ATTRIBUTIVE_AFTER.has(w[1]);
}
