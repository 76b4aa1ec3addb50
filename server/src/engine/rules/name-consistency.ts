/**
 * `name-consistency` (warning, fixable): one person, one spelling.
 *
 * The person index groups spelling variants of one person (Zelensky/Zelenskyy, Vladimir/Volodymyr,
 * Gaddafi/Qaddafi); this rule reports every mention whose surname or given name is not spelled the
 * winning way (see spellings.ts) and offers the fix an editor would make.
 */
import type { Analysis, Fix, Mention, ResolvedConfig, Rule, RuleFinding, TextEdit } from '../types';
import { allowedSpellings, countedMentions, houseSpelling, mentionParts, type Part, type PartSpan } from '../spellings';

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
};

export function checkPerson(analysis: Analysis, config: ResolvedConfig, personId: number, mentionIdx: number[]): RuleFinding[] {
  const text = analysis.draft.text;
  const mentions = countedMentions(analysis, mentionIdx);
  if (mentions.length < 2) return [];
  const uses: Record<Part, PartUse[]> = { surname: [], given: [] };
  const parts = new Map<Mention, ReturnType<typeof mentionParts>>();
  for (const m of mentions) {
    const p = mentionParts(text, m);
    parts.set(m, p);
    if (p.surname) uses.surname.push({ mention: m, span: p.surname });
    if (p.given) uses.given.push({ mention: m, span: p.given });
  }
  const surnameSpellings = new Set(uses.surname.map((u) => u.span.text));
  const canon: Partial<Record<Part, { spelling: string; house: boolean }>> = {};
  const counts: Record<Part, Map<string, number>> = { surname: new Map(), given: new Map() };
  for (const part of ['surname', 'given'] as Part[]) {
    // O'Neill and O’Neill are one spelling (apostrophe style is the quote-marks rule's business).
    for (const u of uses[part]) {
      const k = sameApostrophes(u.span.text, uses[part]);
      u.span.text = k; // the same object as in `parts`
      counts[part].set(k, (counts[part].get(k) ?? 0) + 1);
    }
    if (counts[part].size < 2) continue;
    canon[part] = chooseCanonical(analysis, config, part, uses[part], counts[part], surnameSpellings);
  }
  if (!canon.surname && !canon.given) return [];
  const allowed: Record<Part, Set<string>> = { surname: allowedSpellings('surname', config), given: allowedSpellings('given', config) };

  const findings: RuleFinding[] = [];
  for (const m of mentions) {
    const p = parts.get(m)!;
    const diff: { part: Part; span: PartSpan; to: string }[] = [];
    for (const part of ['given', 'surname'] as Part[]) {
      const c = canon[part];
      const span = p[part];
      if (!c || !span || span.text === c.spelling) continue;
      if (allowed[part].has(span.text)) continue;
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
      const full = (x: Mention) => {
        const q = parts.get(x)!;
        return q.given && q.surname ? `${q.given.text} ${q.surname.text}` : null;
      };
      const fw = `${diff[0].span.text} ${diff[1].span.text}`;
      const ft = `${diff[0].to} ${diff[1].to}`;
      nWritten = mentions.filter((x) => full(x) === fw).length || 1;
      nTarget = mentions.filter((x) => full(x) === ft).length;
      for (const x of mentions) {
        const f = full(x);
        if (f) spellings[f] = (spellings[f] ?? 0) + 1;
      }
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
    const suggestion = everywhere(analysis, mentions, parts, diff.map((d) => d.part), m);
    if (suggestion) finding.suggestions = [{ desc: `Use '${asRead(written)}' everywhere instead`, fix: suggestion }];
    findings.push(finding);
  }
  return findings;
}

/** A name as a reader sees it: without editorial brackets, one space between words ("Vladimir] Zelensky"). */
function asRead(name: string): string {
  return name.replace(/[\[\]]/g, '').replace(/\s+/g, ' ').trim();
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

/** The first spelling written that differs from `t` only in apostrophe style, else `t`. */
function sameApostrophes(t: string, uses: PartUse[]): string {
  if (!/['’]/.test(t)) return t;
  const k = t.replace(/’/g, "'");
  for (const u of uses) if (u.span.text.replace(/’/g, "'") === k) return u.span.text;
  return t;
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
  const firstFull = uses.find((u) => u.mention.kind === 'full' && u.mention.start >= headlineEnd) ?? uses.find((u) => u.mention.kind === 'full');
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

/** The suggestion: spell every other mention the way this one is spelled. */
function everywhere(analysis: Analysis, mentions: Mention[], parts: Map<Mention, ReturnType<typeof mentionParts>>, which: Part[], self: Mention): Fix | null {
  const text = analysis.draft.text;
  const mine = parts.get(self)!;
  const edits: TextEdit[] = [];
  for (const m of mentions) {
    if (m === self) continue;
    const p = parts.get(m)!;
    for (const part of which) {
      const want = mine[part];
      const have = p[part];
      if (!want || !have || have.text === want.text) continue;
      edits.push({ start: have.start, end: have.end, text: want.text });
      const poss = possessiveEdit(text, m, { part, span: have, to: want.text });
      if (poss) edits.push(poss);
    }
  }
  return edits.length ? { edits } : null;
}
