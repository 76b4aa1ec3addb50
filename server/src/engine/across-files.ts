/**
 * Name consistency over all files of one run (`newslint --across-files`, a desk's batch of
 * stories; the language server's workspace index): a person spelled "Zelensky" in one story and
 * "Zelenskyy" in twelve others is reported in the odd one out, with the same fix as in-file.
 *
 * Pure: takes analyses, returns findings per path. Files whose own spelling of the person is mixed
 * are left to the in-file `name-consistency` rule.
 */
import type { Analysis, Finding, ResolvedConfig, TextEdit } from './types';
import { countedMentions, honorificSex, houseSpelling, mentionParts, regnalAfter, sexesDisagree, type PartSpan } from './spellings';
import { bothOrdinary, fold, givenVariant, spellingVariant, translitKey } from './variants';
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
  parent: Entry | null;
}

const RULE_ID = 'name-consistency';

function root(e: Entry): Entry {
  while (e.parent) e = e.parent;
  return e;
}

function compatible(a: Entry, b: Entry): boolean {
  if (a.surname !== b.surname && spellingVariant(a.surname, b.surname) !== 'translit') return false;
  // The person index's gates: Mr Pollard is not Mrs Pollard; Sultan Muhammad V is nobody else.
  if (sexesDisagree(a.sexes, b.sexes) || (a.regnal !== b.regnal && a.surname !== b.surname)) return false;
  // Two ordinary surnames (Smith/Smyth) are one person only under the same given name.
  if (a.surname !== b.surname && fold(a.surname) !== fold(b.surname) && bothOrdinary(a.surname, b.surname)) {
    for (const x of a.givens) if (b.givens.has(x)) return true;
    return false;
  }
  if (a.givens.size === 0 || b.givens.size === 0) return true;
  for (const x of a.givens) for (const y of b.givens) if (givenVariant(x, y)) return true;
  return false;
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
      let regnal = false;
      for (const m of mentions) {
        const p = mentionParts(text, m);
        const sex = m.honorific ? honorificSex(text.slice(m.honorific.start, m.honorific.end)) : null;
        if (sex) sexes.add(sex);
        if (regnalAfter(text, m.end)) regnal = true;
        if (p.surname) {
          spans.push({ span: p.surname, possessive: m.possessive });
          spellings.add(p.surname.text.replace(/’/g, "'"));
        }
        if (p.given && m.kind === 'full') givens.add(p.given.text);
        if (p.given && (m.kind === 'full' || m.kind === 'given')) givenSpans.push(p.given);
      }
      // Mixed spellings inside one file are the in-file rule's business.
      if (spellings.size !== 1) continue;
      entries.push({ file: fi, personId: person.id, surname: [...spellings][0], givens, spans, givenSpans, sexes, regnal, parent: null });
    }
  });
  // Group entries of one person across files. Spellings that are transliteration variants share a
  // transliteration key, so only entries with the same key are compared (near-linear).
  const buckets = new Map<string, Entry[]>();
  for (const e of entries) {
    const k = translitKey(e.surname);
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
    for (let i = 0; i < spellingsUsed.length; i++) {
      for (let j = i + 1; j < spellingsUsed.length; j++) {
        if (!givenVariant(spellingsUsed[i], spellingsUsed[j])) continue;
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
