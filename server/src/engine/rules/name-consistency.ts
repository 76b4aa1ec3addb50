/**
 * `name-consistency` (warning, fixable): one person, one spelling.
 *
 * The person index groups spelling variants of one person (Zelensky/Zelenskyy, Vladimir/Volodymyr,
 * Gaddafi/Qaddafi); this rule reports every mention whose surname or given name is not spelled the
 * winning way (see spellings.ts) and offers the fix an editor would make.
 */
import type { Analysis, Fix, Mention, ResolvedConfig, Rule, RuleFinding, SuggestionRef, TextEdit } from '../types';
import { nameConfigSuggestions } from './name-consistency-config';
import { nameGender } from '../names';
import { allowedSpellings, countedMentions, houseSpelling, mentionParts, roleWords, rolesDiffer, slippedGivenBefore, unreadGivenSlips, type Part, type PartSpan } from '../spellings';

interface PartUse {
  mention: Mention;
  span: PartSpan;
}

export const nameConsistency: Rule = {
  id: 'name-consistency',
  description: 'One person, one spelling: flags a name spelled two ways in a draft (Zelensky/Zelenskyy).',
  defaultSeverity: 'warning',
  fixable: true,
  check({ analysis, config }) {
    const out: RuleFinding[] = [];
    for (const person of analysis.people) {
      out.push(...checkPerson(analysis, config, person.id, person.mentions));
    }
    return out;
  },
  resolveSuggestion({ analysis }, ref) {
    return resolveEverywhere(analysis, ref);
  },
  configSuggestions: nameConfigSuggestions,
};

export function checkPerson(analysis: Analysis, config: ResolvedConfig, personId: number, mentionIdx: number[]): RuleFinding[] {
  const text = analysis.draft.text;
  const { mentions, parts, uses } = partUses(analysis, mentionIdx);
  if (mentions.length < 2) return [];
  const surnameSpellings = new Set(uses.surname.map((u) => text.slice(u.span.start, u.span.end))); // as written
  const canon: Partial<Record<Part, { spelling: string; house: boolean }>> = {};
  const counts: Record<Part, Map<string, number>> = { surname: new Map(), given: new Map() };
  for (const part of ['surname', 'given'] as Part[]) {
    for (const u of uses[part]) counts[part].set(u.span.text, (counts[part].get(u.span.text) ?? 0) + 1);
    if (counts[part].size < 2) continue;
    canon[part] = chooseCanonical(analysis, config, part, uses[part], counts[part], surnameSpellings);
  }
  if (!canon.surname && !canon.given) return [];
  const allowed: Record<Part, Set<string>> = { surname: allowedSpellings('surname', config), given: allowedSpellings('given', config) };

  const families = familyPlurals(text, uses.surname);
  const roles = { surname: rolesBySpelling(analysis, uses.surname), given: rolesBySpelling(analysis, uses.given) };
  // The identity a spelling is introduced with: roles at its full-name mentions.
  const introduced = rolesBySpelling(analysis, uses.surname, true);
  const findings: RuleFinding[] = [];
  let fullCounts: Map<string, number> | null = null;
  for (const m of mentions) {
    const p = parts.get(m)!;
    const diff: { part: Part; span: PartSpan; to: string }[] = [];
    for (const part of ['given', 'surname'] as Part[]) {
      const c = canon[part];
      const span = p[part];
      if (!c || !span || span.text === c.spelling) continue;
      // A word cut by an HTML character reference ("Pap&#233;") is not a spelling.
      if (allowed[part].has(span.text) || /^&#?\w+;/.test(text.slice(span.end, span.end + 10))) continue;
      if (part === 'surname' && familyPair(span.text, c.spelling, families)) continue;
      // A one-off bare surname introduced with a role of its own that shares no word with the
      // role the other spelling is introduced with: two people (Tom Jonas, the driver; Jones,
      // the judge). A role at a later bare mention describes; the full name's says who.
      if (part === 'surname' && m.kind === 'surname' && counts.surname.get(span.text) === 1 &&
        rolesDiffer(roles.surname.get(span.text), introduced.get(c.spelling))) continue;
      if (part === 'given' && counts.given.get(span.text) === 1 && givenOwnIdentity(analysis, m, uses.given, c.spelling, roles.given)) continue;
      diff.push({ part, span, to: c.spelling });
    }
    if (diff.length === 0) continue;
    const start = diff[0].span.start;
    const end = diff[diff.length - 1].span.end;
    const written = text.slice(start, end);
    const target = diff.length === 1 ? diff[0].to : `${diff[0].to}${text.slice(diff[0].span.end, diff[1].span.start)}${diff[1].to}`;
    let nWritten: number;
    let nTarget: number;
    const spellings: Record<string, number> = {};
    if (diff.length === 1) {
      const part = diff[0].part;
      nWritten = counts[part].get(written) ?? 1;
      nTarget = counts[part].get(target) ?? 0;
      for (const [k, v] of counts[part]) spellings[k] = v;
    } else {
      fullCounts ??= fullNameCounts(mentions, parts);
      nWritten = fullCounts.get(`${diff[0].span.text} ${diff[1].span.text}`) || 1;
      nTarget = fullCounts.get(`${diff[0].to} ${diff[1].to}`) ?? 0;
      for (const [k, v] of fullCounts) spellings[k] = v;
    }
    let message: string;
    if (nTarget > 0) {
      message = `'${asRead(written)}' (${nWritten}×) is also spelled '${asRead(target)}' (${nTarget}×) in this draft`;
    } else {
      // The house spelling is not in the draft: name the other spelling used, then the house one.
      const part = diff[diff.length - 1].part;
      let other: [string, number] | null = null;
      for (const [k, v] of counts[part]) if (k !== diff[diff.length - 1].span.text && (!other || v > other[1])) other = [k, v];
      message = other
        ? `'${asRead(written)}' (${nWritten}×) is also spelled '${asRead(other[0])}' (${other[1]}×) in this draft; the house spelling is '${asRead(target)}'`
        : `'${asRead(written)}' (${nWritten}×): the house spelling is '${asRead(target)}'`;
    }
    const edits: TextEdit[] = diff.map((d) => ({ start: d.span.start, end: d.span.end, text: d.to }));
    const poss = possessiveEdit(text, m, diff[diff.length - 1]);
    if (poss) edits.push(poss);
    const finding: RuleFinding = {
      start,
      end,
      message,
      fix: { edits, desc: `Change to '${asRead(rewrite(text, start, end, edits))}'` },
      data: { personId, spellings, canonical: target, written },
    };
    // Another spelling of each differing part is in the draft (a part differs only then), so the
    // reverse change always has edits: offered as data, resolved on demand (resolveEverywhere).
    finding.lazySuggestions = [{ desc: `Use '${asRead(written)}' everywhere instead`, ref: everywhereRef(personId, diff.map((d) => d.span), diff.map((d) => d.part)) }];
    findings.push(finding);
  }
  return findings;
}

/**
 * Surname spellings the draft uses as a family's plural: "the Burkes", "The Richard S. Burkes'
 * home". Miss Burke beside the Burkes is their name in the singular, not a misspelling of it.
 */
function familyPlurals(text: string, uses: PartUse[]): Set<string> {
  const out = new Set<string>();
  for (const u of uses) {
    if (/(?:s|es)$/.test(u.span.text) && /\bthe\s+$/i.test(text.slice(Math.max(0, u.mention.start - 5), u.mention.start))) out.add(u.span.text);
  }
  return out;
}

/** The roles given at the mentions (or only the full-name mentions) of each spelling of a name part (roleWords of each). */
function rolesBySpelling(analysis: Analysis, uses: PartUse[], fullOnly = false): Map<string, Set<string>[]> {
  const out = new Map<string, Set<string>[]>();
  for (const u of uses) {
    if (fullOnly && u.mention.kind !== 'full') continue;
    const words = roleWords(analysis.roles[u.mention.index]?.role);
    if (!words) continue;
    const l = out.get(u.span.text);
    if (l) l.push(words);
    else out.set(u.span.text, [words]);
  }
  return out;
}

const KIN_OF_SEX = {
  female: /\b(?:wife|daughter|sister|mother|widow|niece|aunt|granddaughter|grandmother|girlfriend|fianc[ée]e)s?\b/i,
  male: /\b(?:husband|son|brother|father|widower|nephew|uncle|grandson|grandfather|boyfriend|fianc[ée])s?\b/i,
};

/**
 * Under one surname, a given name written once has an identity of its own (a relative, not a
 * slip): it is listed with the other spelling ("Mark Oakes and Marc Oakes"); it is a name of the
 * other sex (Toni beside Tony) in a draft that speaks of a relative of that sex ("his wife"); or
 * each spelling is given a role and the roles share no word ("Mark Oakes, the striker … Marc
 * Oakes, the goalkeeper").
 */
function givenOwnIdentity(analysis: Analysis, m: Mention, uses: PartUse[], canonical: string, roles: Map<string, Set<string>[]>): boolean {
  const text = analysis.draft.text;
  const slip = uses.find((u) => u.mention === m)?.span.text ?? '';
  const sex = nameGender(slip);
  if (sex && sex !== nameGender(canonical) && KIN_OF_SEX[sex].test(text)) return true;
  const listed = (a: Mention, b: Mention) => a.end <= b.start && /^\s*(?:,|,?\s*and|&|or)\s+$/.test(text.slice(a.end, b.start));
  if (uses.some((u) => u.span.text === canonical && (listed(u.mention, m) || listed(m, u.mention)))) return true;
  const own = m.index >= 0 ? roleWords(analysis.roles[m.index]?.role) : null;
  return !!own && rolesDiffer([own], roles.get(canonical));
}

/** One spelling is the other's family plural (Burke / the Burkes). */
function familyPair(a: string, b: string, families: Set<string>): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return families.has(long) && (long === `${short}s` || long === `${short}es`);
}

/** A name as a reader sees it: without editorial brackets, one space between words ("Vladimir] Zelensky"). */
function asRead(name: string): string {
  return name.replace(/[\[\]]/g, '').replace(/\s+/g, ' ').trim();
}

type MentionParts = ReturnType<typeof mentionParts>;

/**
 * The mentions of a person that count, their name parts, and each part's uses. O'Neill and
 * O’Neill are one spelling (apostrophe style is the quote-marks rule's business): every use is
 * written the way the first use of its apostrophe-free form is.
 */
function partUses(analysis: Analysis, mentionIdx: number[]): { mentions: Mention[]; parts: Map<Mention, MentionParts>; uses: Record<Part, PartUse[]> } {
  const text = analysis.draft.text;
  const mentions = countedMentions(analysis, mentionIdx);
  const uses: Record<Part, PartUse[]> = { surname: [], given: [] };
  const parts = new Map<Mention, MentionParts>();
  for (const m of mentions) {
    const p = mentionParts(text, m);
    parts.set(m, p);
    if (p.surname) uses.surname.push({ mention: m, span: p.surname });
    if (p.given) uses.given.push({ mention: m, span: p.given });
  }
  const givens = new Map<string, number>();
  for (const u of uses.given) givens.set(u.span.text, (givens.get(u.span.text) ?? 0) + 1);
  for (const m of mentions) {
    const p = parts.get(m)!;
    const slip = p.given ? null : slippedGivenBefore(text, m, givens);
    if (!slip) continue;
    p.given = slip;
    uses.given.push({ mention: m, span: slip });
  }
  for (const x of unreadGivenSlips(analysis, new Set(uses.surname.map((u) => u.span.text)), givens)) {
    mentions.push(x.mention);
    parts.set(x.mention, { surname: null, given: x.given });
    uses.given.push({ mention: x.mention, span: x.given });
  }
  for (const part of ['surname', 'given'] as Part[]) {
    const first = new Map<string, string>();
    for (const u of uses[part]) {
      if (!/['’]/.test(u.span.text)) continue;
      const k = u.span.text.replace(/’/g, "'");
      if (!first.has(k)) first.set(k, u.span.text);
      u.span.text = first.get(k)!; // the same object as in `parts`
    }
  }
  return { mentions, parts, uses };
}

/** How many mentions write each full name ("Vladimir Zelensky"), given name and surname as counted. */
function fullNameCounts(mentions: Mention[], parts: Map<Mention, MentionParts>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of mentions) {
    const q = parts.get(x)!;
    if (!q.given || !q.surname) continue;
    const f = `${q.given.text} ${q.surname.text}`;
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return counts;
}

/** The text of [start, end) with the edits inside it applied: what the name reads after the fix. */
function rewrite(text: string, start: number, end: number, edits: TextEdit[]): string {
  let out = '';
  let pos = start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < start || e.end > end) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos, end);
}

function chooseCanonical(
  analysis: Analysis,
  config: ResolvedConfig,
  part: Part,
  uses: PartUse[],
  counts: Map<string, number>,
  surnames: Set<string>,
): { spelling: string; house: boolean } {
  const house = houseSpelling(part, counts.keys(), config, surnames);
  if (house) return { spelling: house.spelling, house: true };
  const headlineEnd = analysis.draft.headline?.end ?? -1;
  let best: string | null = null;
  let bestN = 0;
  for (const u of uses) {
    const n = counts.get(u.span.text) ?? 0;
    if (n > bestN) {
      best = u.span.text;
      bestN = n;
    }
  }
  const full = (u: PartUse) => u.mention.kind === 'full' && u.mention.index >= 0;
  const firstFull = uses.find((u) => full(u) && u.mention.start >= headlineEnd) ?? uses.find(full);
  // The full first reference wins, unless it is a one-off beside a spelling used throughout.
  if (firstFull && !(counts.get(firstFull.span.text) === 1 && bestN >= 2)) return { spelling: firstFull.span.text, house: false };
  return { spelling: best ?? uses[0].span.text, house: false };
}

/** "Jones'" becomes "Jone’s"-proof: a bare-apostrophe possessive needs an s when the new name lacks one. */
function possessiveEdit(text: string, m: Mention, d: { part: Part; span: PartSpan; to: string }): TextEdit | null {
  if (d.part !== 'surname' || !m.possessive || d.span.end !== m.end) return null;
  const p = text.slice(m.possessive.start, m.possessive.end);
  if (p.length === 1 && !/s$/i.test(d.to)) return { start: m.possessive.start, end: m.possessive.end, text: `${p}s` };
  return null;
}

/** "Use X everywhere": which person, and the spelling of each differing part; one per person and spelling. */
function everywhereRef(personId: number, spans: PartSpan[], which: Part[]): SuggestionRef {
  const spell: Partial<Record<Part, string>> = {};
  which.forEach((part, i) => (spell[part] = spans[i].text));
  return { key: `${personId}:${which.map((p) => `${p}=${spell[p]}`).join(',')}`, data: { personId, spell } };
}

/** The edits of "Use X everywhere": every mention of the person spelled the way the ref says. */
function resolveEverywhere(analysis: Analysis, ref: SuggestionRef): Fix | null {
  const { personId, spell } = ref.data as { personId?: unknown; spell?: Partial<Record<Part, unknown>> };
  const person = typeof personId === 'number' ? analysis.people[personId] : undefined;
  if (!person || !spell || typeof spell !== 'object') return null;
  const text = analysis.draft.text;
  const { mentions, parts } = partUses(analysis, person.mentions);
  const edits: TextEdit[] = [];
  for (const m of mentions) {
    const p = parts.get(m)!;
    for (const part of ['given', 'surname'] as Part[]) {
      const want = spell[part];
      const have = p[part];
      if (typeof want !== 'string' || !have || have.text === want) continue;
      edits.push({ start: have.start, end: have.end, text: want });
      const poss = possessiveEdit(text, m, { part, span: have, to: want });
      if (poss) edits.push(poss);
    }
  }
  return edits.length ? { edits } : null;
}
