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
  const entries = files.flatMap((f, fi) => fileEntries(f, fi));
  joinVariants(entries);
  for (const cluster of groupBy(entries, root).values()) reportSurnames(files, cluster, out);
  givenNames(files, entries, out);
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** Items grouped by key, groups and items in first-seen order. */
function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A file's people, each spelled one way in it (the rule on, else none). */
function fileEntries(f: AcrossFile, fi: number): Entry[] {
  const setting = f.config.rules[RULE_ID];
  if (setting && setting.severity === 'off') return [];
  const entries: Entry[] = [];
  for (const person of f.analysis.people) {
    const e = personEntry(f.analysis, person, fi);
    if (e) entries.push(e);
  }
  return entries;
}

/** What one file says of a person: spelling, given names, titles, initials, roles; null when its own spelling is mixed. */
function personEntry(analysis: Analysis, person: Analysis['people'][number], fi: number): Entry | null {
  const text = analysis.draft.text;
  const mentions = countedMentions(analysis, person.mentions);
  const e: Entry = { file: fi, personId: person.id, surname: '', givens: new Set(), spans: [], givenSpans: [], sexes: new Set(), regnal: false, initials: new Set(), roles: [], parent: null };
  const spellings = new Set<string>();
  const bareRoles: Set<string>[] = [];
  for (const m of mentions) {
    const p = mentionParts(text, m);
    const words = introducingRole(analysis, m);
    if (words) e.roles.push(words);
    const bare = m.kind === 'full' ? null : roleWords(analysis.roles[m.index]?.role);
    if (bare) bareRoles.push(bare);
    const sex = m.honorific ? honorificSex(text.slice(m.honorific.start, m.honorific.end)) : null;
    if (sex) e.sexes.add(sex);
    if (regnalAfter(text, m.end)) e.regnal = true;
    if (p.surname) {
      e.spans.push({ span: p.surname, possessive: m.possessive });
      spellings.add(p.surname.text.replace(/’/g, "'"));
    }
    if (p.given && m.kind === 'full') e.givens.add(p.given.text);
    const initial = m.kind === 'full' && !p.given && m.given ? /^\p{Lu}(?=\.?$|\.?\s)/u.exec(text.slice(m.given.start, m.given.end)) : null;
    if (initial) e.initials.add(initial[0]);
    if (p.given && (m.kind === 'full' || m.kind === 'given')) e.givenSpans.push(p.given);
  }
  // Mixed spellings inside one file are the in-file rule's business.
  if (spellings.size !== 1) return null;
  if (!mentions.some((m) => m.kind === 'full')) e.roles.push(...bareRoles);
  e.surname = [...spellings][0];
  return e;
}

/**
 * Join entries of one person across files (union by `parent`). Spellings that can be variants
 * share the first letter of their transliteration key (c read as k), so only those are compared,
 * spelling by spelling; entries spelled alike never produce a finding and need no joining.
 */
function joinVariants(entries: Entry[]): void {
  for (const list of groupBy(entries, (e) => blockInitial(e.surname)).values()) {
    const groups = [...groupBy(list, (e) => e.surname).values()];
    if (groups.length < 2) continue;
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
}

/** One person's surname spelled two or more ways across files: each odd spelling's mentions get a finding. */
function reportSurnames(files: AcrossFile[], cluster: Entry[], out: Map<string, Finding[]>): void {
  const byFiles = new Map<string, Set<number>>();
  const byMentions = new Map<string, number>();
  for (const e of cluster) {
    if (!byFiles.has(e.surname)) byFiles.set(e.surname, new Set());
    byFiles.get(e.surname)!.add(e.file);
    byMentions.set(e.surname, (byMentions.get(e.surname) ?? 0) + e.spans.length);
  }
  if (byFiles.size < 2) return;
  const canonical = houseSpelling('surname', byFiles.keys(), files[cluster[0].file].config)?.spelling || mostUsed(byFiles, byMentions);
  if (!canonical) return;
  const spellings: Record<string, number> = {};
  for (const [s, set] of byFiles) spellings[s] = set.size;
  for (const e of cluster) {
    if (e.surname === canonical) continue;
    const f = files[e.file];
    const severity = f.config.rules[RULE_ID]?.severity ?? 'warning';
    if (severity === 'off') continue;
    const tail = surnameTail(e, byFiles, canonical);
    const text = f.analysis.draft.text;
    const findings: Finding[] = e.spans.map(({ span, possessive }) => ({
      start: span.start,
      end: span.end,
      message: `'${text.slice(span.start, span.end)}' here; ${tail}`,
      fix: { edits: surnameEdits(text, span, possessive, canonical) },
      data: { personId: e.personId, spellings, canonical, acrossFiles: true },
      ruleId: RULE_ID,
      severity,
    }));
    const list = out.get(f.path)!;
    for (const k of applyDirectives(findings, f.analysis)) list.push(k);
  }
}

/** The spelling in most files, then with most mentions; null when there is none. */
function mostUsed(byFiles: Map<string, Set<number>>, byMentions: Map<string, number>): string | null {
  let canonical: string | null = null;
  let best = -1;
  for (const [s, set] of byFiles) {
    const score = set.size * 1e6 + (byMentions.get(s) ?? 0);
    if (score > best) {
      best = score;
      canonical = s;
    }
  }
  return canonical;
}

/** The end of the message: where the canonical spelling is used, or (in no other file) the spelling used most and the house one. */
function surnameTail(e: Entry, byFiles: Map<string, Set<number>>, canonical: string): string {
  const others = (byFiles.get(canonical)?.size ?? 0) - (byFiles.get(canonical)?.has(e.file) ? 1 : 0);
  const nFiles = (n: number) => `${n} other file${n === 1 ? '' : 's'}`;
  if (others > 0) return `'${canonical}' in ${nFiles(others)}`;
  // The house spelling is in no file: name the other spelling used most, then the house one.
  let alt: [string, number] | null = null;
  for (const [s2, set] of byFiles) if (s2 !== e.surname && (!alt || set.size > alt[1])) alt = [s2, set.size];
  return alt ? `'${alt[0]}' in ${nFiles(alt[1])}; the house spelling is '${canonical}'` : `the house spelling is '${canonical}'`;
}

/** The fix: the canonical spelling, and a bare possessive apostrophe given its s ("Zelenskyy'" → "Zelensky's"). */
function surnameEdits(text: string, span: PartSpan, possessive: { start: number; end: number } | null, canonical: string): TextEdit[] {
  const edits: TextEdit[] = [{ start: span.start, end: span.end, text: canonical }];
  if (possessive && span.end === possessive.start) {
    const p = text.slice(possessive.start, possessive.end);
    if (p.length === 1 && !/s$/i.test(canonical)) edits.push({ start: possessive.start, end: possessive.end, text: `${p}s` });
  }
  return edits;
}

/**
 * Given names spelled differently across files under one surname (Vladimir Zelensky here,
 * Volodymyr Zelensky elsewhere). Entries whose own file mixes given spellings are skipped.
 */
function givenNames(files: AcrossFile[], entries: Entry[], out: Map<string, Finding[]>): void {
  const bySurname = groupBy(
    entries.filter((e) => e.givens.size === 1),
    (e) => e.surname,
  );
  for (const [surname, list] of bySurname) {
    const spellingsUsed = [...new Set(list.map(givenOf))];
    if (spellingsUsed.length < 2) continue;
    const comp = givenComponents(files, list, spellingsUsed);
    for (const group of groupBy(list, (e) => comp.get(givenOf(e))!).values()) reportGivens(files, surname, group, out);
  }
}

const givenOf = (e: Entry) => [...e.givens][0];

/**
 * Components of given spellings that are one name (Ed and David stay apart): the in-file
 * given-name classes and gates between the files using each spelling. Gates: courtesy titles of
 * both sexes; roles the names are introduced with that share no word; a name of the other sex
 * (Toni beside Tony) where a file of the other spelling speaks of a relative of that sex ("his
 * wife"). (Two spellings listed together, "Mark and Marc Oakes", is a gate within one draft by nature.)
 */
function givenComponents(files: AcrossFile[], list: Entry[], spellingsUsed: string[]): Map<string, number> {
  const comp = new Map<string, number>();
  spellingsUsed.forEach((g, i) => comp.set(g, i));
  const filesOf = groupBy(list, givenOf);
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
  return comp;
}

/** One person's given name spelled two or more ways across files: each odd spelling's given-name mentions get a finding. */
function reportGivens(files: AcrossFile[], surname: string, group: Entry[], out: Map<string, Finding[]>): void {
  const byFiles = new Map<string, Set<number>>();
  for (const e of group) {
    const g = givenOf(e);
    if (!byFiles.has(g)) byFiles.set(g, new Set());
    byFiles.get(g)!.add(e.file);
  }
  if (byFiles.size < 2) return;
  const house = houseSpelling('given', byFiles.keys(), files[group[0].file].config, [surname]);
  let canonical = house?.spelling ?? null;
  if (!canonical) {
    let best = -1;
    for (const [g, set] of byFiles) if (set.size > best) [best, canonical] = [set.size, g];
  }
  if (!canonical) return;
  const others = byFiles.get(canonical)?.size ?? 0;
  const spellings: Record<string, number> = {};
  for (const [g, set] of byFiles) spellings[g] = set.size;
  const tail = others > 0 ? `'${canonical}' in ${others} other file${others === 1 ? '' : 's'}` : `the house spelling is '${canonical}'`;
  for (const e of group) {
    const g = givenOf(e);
    if (g === canonical) continue;
    const f = files[e.file];
    const severity = f.config.rules[RULE_ID]?.severity ?? 'warning';
    if (severity === 'off') continue;
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
