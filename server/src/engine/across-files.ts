/**
 * Name consistency over all files of one run (`newslint --across-files`, a desk's batch of
 * stories; the language server's workspace index): a person spelled "Zelensky" in one story and
 * "Zelenskyy" in twelve others is reported in the odd one out, with the same fix as in-file.
 *
 * Pure: takes analyses, returns findings per path. Files whose own spelling of the person is mixed
 * are left to the in-file `name-consistency` rule.
 */
import type { Analysis, Finding, ResolvedConfig, TextEdit } from './types';
import { countedMentions, honorificSex, houseSpelling, introducingRole, mentionParts, regnalAfter, relativeOfOtherSex, roleWords, rolesDiffer, sexesDisagree, type PartSpan } from './spellings';
import { blockInitial, bothOrdinary, fold, givenSlip, givenVariant, isSlip, spellingVariant } from './variants';
import { applyDirectives } from './index';

export interface AcrossFile {
  path: string;
  analysis: Analysis;
  config: ResolvedConfig;
}

interface Entry {
  file: number;
  personId: number;
  surname: string;
  givens: Set<string>;
  /** Surname spans of the person's mentions, with their mention (for possessives). */
  spans: { span: PartSpan; possessive: { start: number; end: number } | null }[];
  /** Given-name spans (full and given-only mentions). */
  givenSpans: PartSpan[];
  /** Courtesy-title sexes and a regnal number: identity, as in the in-file person index. */
  sexes: Set<string>;
  regnal: boolean;
  /** Initials written for the given name ("J. Kowalsky": J), upper case: identity as in the in-file index. */
  initials: Set<string>;
  /**
   * The roles the person is introduced with in the file (introducingRole: at full-name mentions,
   * as in the in-file rule); a person never named in full there, the roles at the bare mentions.
   */
  roles: Set<string>[];
  parent: Entry | null;
}

const RULE_ID = 'name-consistency';

function root(e: Entry): Entry {
  while (e.parent) e = e.parent;
  return e;
}

/**
 * Two files' people are one person spelled two ways: the in-file rule's variant classes and gates.
 * A transliteration (Zelensky/Zelenskyy) joins unless given names differ; a desk slip
 * (Halvorsen/Halvarsen) only under a given name both files use, since two stories often name two
 * people. Never: courtesy titles of both sexes, a regnal number on one side, roles that share no
 * word, two ordinary surnames (Smith/Smyth) under different given names.
 */
function compatible(a: Entry, b: Entry): boolean {
  const v = spellingVariant(a.surname, b.surname);
  if (a.surname !== b.surname && !v) return false;
  if (sexesDisagree(a.sexes, b.sexes) || (a.regnal !== b.regnal && a.surname !== b.surname)) return false;
  if (initialsDisagree(a, b) || initialsDisagree(b, a)) return false;
  if (rolesDiffer(a.roles, b.roles)) return false;
  // Two ordinary surnames (Smith/Smyth) are one person only under the same given name.
  if (a.surname !== b.surname && fold(a.surname) !== fold(b.surname) && bothOrdinary(a.surname, b.surname)) {
    for (const x of a.givens) if (b.givens.has(x)) return true;
    return false;
  }
  const sharedGiven = [...a.givens].some((x) => [...b.givens].some((y) => givenVariant(x, y)));
  if (a.surname === b.surname || v === 'translit') return a.givens.size === 0 || b.givens.size === 0 || sharedGiven;
  return isSlip(v, a.surname, b.surname) && sharedGiven;
}

/** C, K and Q open one given name spelled two ways (Carl/Karl): one letter for initials. */
const initialKey = (c: string) => c.toUpperCase().replace(/[CQ]/, 'K');

/**
 * `a` writes an initial for the given name and every given name or initial of `b` opens on
 * another letter ("J. Kowalsky" and "T. Kowalski", or "Tomasz Kowalski"): two people, as in the
 * in-file index, where an initial must match the other given name's first letter.
 */
function initialsDisagree(a: Entry, b: Entry): boolean {
  if (a.initials.size === 0) return false;
  const other = new Set([...b.initials, ...[...b.givens].map((g) => g.charAt(0))].map(initialKey));
  if (other.size === 0) return false;
  return ![...a.initials].some((i) => other.has(initialKey(i)));
}

export function lintAcrossFiles(files: AcrossFile[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of files) out.set(f.path, []);
  const entries: Entry[] = [];
  files.forEach((f, fi) => {
    const setting = f.config.rules[RULE_ID];
    if (setting && setting.severity === 'off') return;
    const text = f.analysis.draft.text;
    for (const person of f.analysis.people) {
      const mentions = countedMentions(f.analysis, person.mentions);
      const spans: Entry['spans'] = [];
      const givenSpans: PartSpan[] = [];
      const givens = new Set<string>();
      const spellings = new Set<string>();
      const sexes = new Set<string>();
      const roles: Set<string>[] = [];
      const bareRoles: Set<string>[] = [];
      let regnal = false;
      const initials = new Set<string>();
      for (const m of mentions) {
        const p = mentionParts(text, m);
        const words = introducingRole(f.analysis, m);
        if (words) roles.push(words);
        const bare = m.kind === 'full' ? null : roleWords(f.analysis.roles[m.index]?.role);
        if (bare) bareRoles.push(bare);
        const sex = m.honorific ? honorificSex(text.slice(m.honorific.start, m.honorific.end)) : null;
        if (sex) sexes.add(sex);
        if (regnalAfter(text, m.end)) regnal = true;
        if (p.surname) {
          spans.push({ span: p.surname, possessive: m.possessive });
          spellings.add(p.surname.text.replace(/’/g, "'"));
        }
        if (p.given && m.kind === 'full') givens.add(p.given.text);
        const initial = m.kind === 'full' && !p.given && m.given ? /^\p{Lu}(?=\.?$|\.?\s)/u.exec(text.slice(m.given.start, m.given.end)) : null;
        if (initial) initials.add(initial[0]);
        if (p.given && (m.kind === 'full' || m.kind === 'given')) givenSpans.push(p.given);
      }
      // Mixed spellings inside one file are the in-file rule's business.
      if (spellings.size !== 1) continue;
      if (!mentions.some((m) => m.kind === 'full')) roles.push(...bareRoles);
      entries.push({ file: fi, personId: person.id, surname: [...spellings][0], givens, spans, givenSpans, sexes, regnal, initials, roles, parent: null });
    }
  });
  // Group entries of one person across files. Spellings that can be variants share the first
  // letter of their transliteration key (c read as k), so only those are compared, spelling by
  // spelling.
  const buckets = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = blockInitial(e.surname);
    const list = buckets.get(k);
    if (list) list.push(e);
    else buckets.set(k, [e]);
  }
  for (const list of buckets.values()) {
    // Only different spellings need joining; entries spelled alike never produce a finding.
    const bySpelling = new Map<string, Entry[]>();
    for (const e of list) {
      const l = bySpelling.get(e.surname);
      if (l) l.push(e);
      else bySpelling.set(e.surname, [e]);
    }
    if (bySpelling.size < 2) continue;
    const groups = [...bySpelling.values()];
    for (let g = 0; g < groups.length; g++) {
      for (let h = g + 1; h < groups.length; h++) {
        if (!spellingVariant(groups[g][0].surname, groups[h][0].surname)) continue;
        for (const a of groups[g]) {
          for (const b of groups[h]) {
            if (a.file === b.file) continue;
            const ra = root(a);
            const rb = root(b);
            if (ra === rb || !compatible(a, b)) continue;
            rb.parent = ra;
          }
        }
      }
    }
  }
  const clusters = new Map<Entry, Entry[]>();
  for (const e of entries) {
    const r = root(e);
    const list = clusters.get(r);
    if (list) list.push(e);
    else clusters.set(r, [e]);
  }
  for (const cluster of clusters.values()) {
    const byFiles = new Map<string, Set<number>>();
    const byMentions = new Map<string, number>();
    for (const e of cluster) {
      if (!byFiles.has(e.surname)) byFiles.set(e.surname, new Set());
      byFiles.get(e.surname)!.add(e.file);
      byMentions.set(e.surname, (byMentions.get(e.surname) ?? 0) + e.spans.length);
    }
    if (byFiles.size < 2) continue;
    const first = files[cluster[0].file];
    const house = houseSpelling('surname', byFiles.keys(), first.config);
    let canonical = house?.spelling ?? null;
    if (!canonical) {
      let best = -1;
      for (const [s, set] of byFiles) {
        const score = set.size * 1e6 + (byMentions.get(s) ?? 0);
        if (score > best) {
          best = score;
          canonical = s;
        }
      }
    }
    if (!canonical) continue;
    const filesWithCanonical = byFiles.get(canonical)?.size ?? 0;
    const spellings: Record<string, number> = {};
    for (const [s, set] of byFiles) spellings[s] = set.size;
    for (const e of cluster) {
      if (e.surname === canonical) continue;
      const f = files[e.file];
      const severity = f.config.rules[RULE_ID]?.severity ?? 'warning';
      if (severity === 'off') continue;
      const others = filesWithCanonical - (byFiles.get(canonical)?.has(e.file) ? 1 : 0);
      const nFiles = (n: number) => `${n} other file${n === 1 ? '' : 's'}`;
      let tail: string;
      if (others > 0) tail = `'${canonical}' in ${nFiles(others)}`;
      else {
        // The house spelling is in no file: name the other spelling used most, then the house one.
        let alt: [string, number] | null = null;
        for (const [s2, set] of byFiles) if (s2 !== e.surname && (!alt || set.size > alt[1])) alt = [s2, set.size];
        tail = alt ? `'${alt[0]}' in ${nFiles(alt[1])}; the house spelling is '${canonical}'` : `the house spelling is '${canonical}'`;
      }
      const text = f.analysis.draft.text;
      const findings: Finding[] = [];
      for (const { span, possessive } of e.spans) {
        const edits: TextEdit[] = [{ start: span.start, end: span.end, text: canonical }];
        if (possessive && span.end === possessive.start) {
          const p = text.slice(possessive.start, possessive.end);
          if (p.length === 1 && !/s$/i.test(canonical)) edits.push({ start: possessive.start, end: possessive.end, text: `${p}s` });
        }
        findings.push({
          start: span.start,
          end: span.end,
          message: `'${text.slice(span.start, span.end)}' here; ${tail}`,
          fix: { edits },
          data: { personId: e.personId, spellings, canonical, acrossFiles: true },
          ruleId: RULE_ID,
          severity,
        });
      }
      const kept = applyDirectives(findings, f.analysis);
      const list = out.get(f.path)!;
      for (const k of kept) list.push(k);
    }
  }
  givenNames(files, entries, out);
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/**
 * Given names spelled differently across files under one surname (Vladimir Zelensky here,
 * Volodymyr Zelensky elsewhere). Entries whose own file mixes given spellings are skipped.
 */
function givenNames(files: AcrossFile[], entries: Entry[], out: Map<string, Finding[]>): void {
  const bySurname = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.givens.size !== 1) continue;
    const l = bySurname.get(e.surname);
    if (l) l.push(e);
    else bySurname.set(e.surname, [e]);
  }
  for (const [surname, list] of bySurname) {
    const spellingsUsed = [...new Set(list.map((e) => [...e.givens][0]))];
    if (spellingsUsed.length < 2) continue;
    // Components of given spellings that are variants of each other (Ed and David stay apart).
    const comp = new Map<string, number>();
    spellingsUsed.forEach((g, i) => comp.set(g, i));
    // Files using each given spelling, and their people: the in-file given-name classes and gates.
    const filesOf = new Map<string, Entry[]>();
    for (const e of list) {
      const g = [...e.givens][0];
      filesOf.set(g, [...(filesOf.get(g) ?? []), e]);
    }
    // The in-file gates between two files' given names: courtesy titles of both sexes; roles the
    // names are introduced with that share no word; a name of the other sex (Toni beside Tony)
    // where a file of the other spelling speaks of a relative of that sex ("his wife"). (Two
    // spellings listed together, "Mark and Marc Oakes", is a gate within one draft by nature.)
    const textOf = (e: Entry) => files[e.file].analysis.draft.text;
    const oneName = (x: string, y: string): boolean => {
      const ex = filesOf.get(x)!;
      const ey = filesOf.get(y)!;
      if (ex.some((a) => ey.some((b) => sexesDisagree(a.sexes, b.sexes) || rolesDiffer(a.roles, b.roles)))) return false;
      if (ey.some((b) => relativeOfOtherSex(x, y, textOf(b))) || ex.some((a) => relativeOfOtherSex(y, x, textOf(a)))) return false;
      return givenVariant(x, y) || givenSlip(x, y, ex.length, ey.length) || givenSlip(y, x, ey.length, ex.length);
    };
    for (let i = 0; i < spellingsUsed.length; i++) {
      for (let j = i + 1; j < spellingsUsed.length; j++) {
        if (!oneName(spellingsUsed[i], spellingsUsed[j])) continue;
        const from = comp.get(spellingsUsed[j])!;
        const to = comp.get(spellingsUsed[i])!;
        for (const [g, c] of comp) if (c === from) comp.set(g, to);
      }
    }
    const groups = new Map<number, Entry[]>();
    for (const e of list) {
      const c = comp.get([...e.givens][0])!;
      const l = groups.get(c);
      if (l) l.push(e);
      else groups.set(c, [e]);
    }
    for (const group of groups.values()) {
      const byFiles = new Map<string, Set<number>>();
      for (const e of group) {
        const g = [...e.givens][0];
        if (!byFiles.has(g)) byFiles.set(g, new Set());
        byFiles.get(g)!.add(e.file);
      }
      if (byFiles.size < 2) continue;
      const house = houseSpelling('given', byFiles.keys(), files[group[0].file].config, [surname]);
      let canonical = house?.spelling ?? null;
      if (!canonical) {
        let best = -1;
        for (const [g, set] of byFiles) if (set.size > best) [best, canonical] = [set.size, g];
      }
      if (!canonical) continue;
      const others = byFiles.get(canonical)?.size ?? 0;
      const spellings: Record<string, number> = {};
      for (const [g, set] of byFiles) spellings[g] = set.size;
      for (const e of group) {
        const g = [...e.givens][0];
        if (g === canonical) continue;
        const f = files[e.file];
        const severity = f.config.rules[RULE_ID]?.severity ?? 'warning';
        if (severity === 'off') continue;
        const tail = others > 0 ? `'${canonical}' in ${others} other file${others === 1 ? '' : 's'}` : `the house spelling is '${canonical}'`;
        const findings: Finding[] = e.givenSpans
          .filter((sp) => sp.text === g)
          .map((sp) => ({
            start: sp.start,
            end: sp.end,
            message: `'${g}' here; ${tail}`,
            fix: { edits: [{ start: sp.start, end: sp.end, text: canonical! }] },
            data: { personId: e.personId, spellings, canonical, acrossFiles: true },
            ruleId: RULE_ID,
            severity,
          }));
        const list = out.get(f.path)!;
        for (const k of applyDirectives(findings, f.analysis)) list.push(k);
      }
    }
  }
}
