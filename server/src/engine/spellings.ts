/**
 * Spellings of a person's name parts, and which spelling wins: shared by the `name-consistency`
 * rule and the across-files check.
 *
 * Which spelling wins, in order: the configuration's `names` (canonical → variants; entries a user
 * adds come after a profile's, so they are read first), the active profiles' name lists, the
 * spelling of the first full-name reference in the body, the majority.
 */
import { getProfile } from './profiles';
import type { Analysis, Mention, ResolvedConfig, Role } from './types';
import { isCommonWord, isGivenName, lookupKey, nameGender } from './names';
import { SURNAME_FIRST } from './lexicon/people-names';
import { HONORIFIC_GENDER } from './lexicon/honorifics';
import { ROLE_GENDER } from './attribution-lexicon';
import { givenSlip } from './variants';
import { cacheOf, type ParagraphCache } from './cache';

export type Part = 'surname' | 'given';

export interface PartSpan {
  start: number;
  end: number;
  text: string;
}

const PREFIX_RE = /^(?:al|el|ul|ad|as|ash|at|an|ar|az|Al|El)[-‘'’](?=\p{Lu})/u;

/** The core surname (last word, without an `al-` prefix) and first given name of a mention. */
export function mentionParts(text: string, m: Mention): { surname: PartSpan | null; given: PartSpan | null } {
  let surname: PartSpan | null = null;
  let given: PartSpan | null = null;
  if (m.surname) {
    const s = text.slice(m.surname.start, m.surname.end);
    const lastWs = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\u00a0'), s.lastIndexOf('\n'));
    let start = m.surname.start + lastWs + 1;
    let w = text.slice(start, m.surname.end);
    const pre = PREFIX_RE.exec(w);
    if (pre) {
      start += pre[0].length;
      w = w.slice(pre[0].length);
    }
    surname = { start, end: m.surname.end, text: w };
  }
  if (m.given) {
    const s = text.slice(m.given.start, m.given.end);
    // Surname first (Kim Jong Un): the whole given name is one unit; else the first given name.
    const surnameFirst = m.surname !== null && m.surname.start < m.given.start;
    const w = surnameFirst ? s : /^[^\s\]\[.]+/u.exec(s)?.[0] ?? s;
    if (w.length > 1) given = { start: m.given.start, end: m.given.start + w.length, text: w };
  }
  return { surname, given };
}

const WORD_BEFORE_RE = /(?:^|[^\p{L}\p{M}'’.\-])(\p{Lu}\p{Ll}+)[ \u00a0]$/u;

/**
 * A one-off slip of the person's given name written right before a bare surname ("Td Cruz",
 * "Hillery Clinton" where the copy names Ted Cruz, Hillary Clinton): the person index reads only
 * the surname when the first word is no name it knows. `givens`: how often each given name of the
 * person is written. An ordinary word opening a sentence is that word ("Tell Cruz").
 */
export function slippedGivenBefore(text: string, m: Mention, givens: Map<string, number>): PartSpan | null {
  if (m.kind !== 'surname' || m.given || m.honorific || !m.surname || m.surname.start !== m.start) return null;
  const w = WORD_BEFORE_RE.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
  if (!w || givens.has(w)) return null;
  const start = m.start - 1 - w.length;
  if (isCommonWord(w) && /(?:^|[.!?:;])$/.test(text.slice(Math.max(0, start - 12), start).replace(/[\s"“”‘'(\[]+$/u, ''))) return null;
  for (const [g, n] of givens) if (givenSlip(w, g, 1, n)) return { start, end: m.start - 1, text: w };
  return null;
}

/** Capitalised word pairs that no mention covers, by their second word: where "Steive Crawford" hides. */
const unreadPairs = new WeakMap<Analysis, Map<string, { start: number; word: string }[]>>();

// (The second word in a lookahead: pairs overlap, "Later Steive Crawford".)
const PAIR_RE = /(?<![\p{L}\p{M}'’.\-])(\p{Lu}\p{Ll}+)[ \u00a0](?=(\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{M}]))/gu;

/** [offset, first word, second word] of each capitalised pair in a piece of text. */
type Pair = [number, string, string];

function pairsIn(text: string): Pair[] {
  const out: Pair[] = [];
  for (const m of text.matchAll(PAIR_RE)) out.push([m.index ?? 0, m[1], m[2]]);
  return out;
}

/**
 * Every capitalised pair of the draft, in text order. A pair holds no line break, and its
 * look-behind and look-ahead read one character each, which a line break satisfies as the ends of
 * a string do: so the text is read line by line, each line memoised in the editor's cache (an edit
 * re-reads one line), and the same pairs come out as from one pass over the whole text.
 */
function capitalisedPairs(draft: Analysis['draft']): Pair[] {
  const { text } = draft;
  const cache = cacheOf(draft);
  if (!cache) return pairsIn(text);
  const out: Pair[] = [];
  let from = 0;
  for (const br of text.matchAll(LINE_BREAKS)) {
    linePairs(cache, text, from, br.index ?? 0, out);
    from = (br.index ?? 0) + br[0].length;
  }
  linePairs(cache, text, from, text.length, out);
  return out;
}

const LINE_BREAKS = /[\r\n]+/g;

/**
 * The pairs of one line, memoised as offsets and lengths: the words are taken from the current
 * text, so no memo entry holds a string cut from an older version of the draft (which would keep
 * that whole version in memory).
 */
function linePairs(cache: ParagraphCache, text: string, from: number, to: number, out: Pair[]): void {
  if (to <= from) return;
  const line = text.slice(from, to);
  const spans = cache.get('unread-pairs', line, () => pairsIn(line).map(([rel, first, second]) => [rel, first.length, second.length] as const));
  for (const [rel, n1, n2] of spans) {
    const s = from + rel;
    // (One space or no-break space between the words.)
    out.push([s, text.slice(s, s + n1), text.slice(s + n1 + 1, s + n1 + 1 + n2)]);
  }
}

function pairsOutsideMentions(analysis: Analysis): Map<string, { start: number; word: string }[]> {
  const hit = unreadPairs.get(analysis);
  if (hit) return hit;
  const out = new Map<string, { start: number; word: string }[]>();
  const starts = analysis.mentions.map((m) => [m.start, m.end]).sort((a, b) => a[0] - b[0]);
  let j = 0;
  for (const [s, first, second] of capitalisedPairs(analysis.draft)) {
    const e = s + first.length + 1 + second.length;
    while (j < starts.length && starts[j][1] <= s) j++;
    if (j < starts.length && starts[j][0] < e) continue;
    const l = out.get(second);
    const entry = { start: s, word: first };
    if (l) l.push(entry);
    else out.set(second, [entry]);
  }
  unreadPairs.set(analysis, out);
  return out;
}

/**
 * One-off slips of a person's given name before their surname where the person index read no
 * name at all ("Steive Crawford", "Cive Owen" where the copy names Stevie Crawford, Clive Owen):
 * the word is no known given name and a desk slip of one the person uses. Each comes back as a
 * surname-less mention of its own (index -1) with its given-name span.
 */
export function unreadGivenSlips(analysis: Analysis, surnames: Set<string>, givens: Map<string, number>): { mention: Mention; given: PartSpan }[] {
  const out: { mention: Mention; given: PartSpan }[] = [];
  if (givens.size === 0) return out;
  const pairs = pairsOutsideMentions(analysis);
  for (const sur of surnames) {
    for (const { start, word } of pairs.get(sur) ?? []) {
      if (givens.has(word) || isGivenName(word)) continue;
      if (![...givens].some(([g, n]) => givenSlip(word, g, 1, n))) continue;
      const end = start + word.length + 1 + sur.length;
      const given = { start, end: start + word.length };
      const mention: Mention = {
        start, end, index: -1, personId: -1, kind: 'full', text: `${word} ${sur}`, given, surname: { start: end - sur.length, end },
        honorific: null, possessive: null, paragraph: -1, sentence: -1, inQuote: null, inBrackets: false,
      };
      out.push({ mention, given: { ...given, text: word } });
    }
  }
  return out;
}

/** "Volodymyr Zelenskyy" → { given: "Volodymyr", surname: "Zelenskyy" }; "Kim Jong Un" → surname "Kim". */
export function splitName(full: string): { given: string | null; surname: string } {
  const words = full.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return { given: null, surname: '' };
  if (words.length === 1) return { given: null, surname: stripPrefix(words[0]) };
  const first = lookupKey(words[0]);
  if (SURNAME_FIRST.has(first) && (words.length === 3 || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]) || ['xi', 'hu', 'li', 'wang', 'wen'].includes(first))) {
    return { given: words.slice(1).join(' '), surname: words[0] };
  }
  return { given: words[0], surname: stripPrefix(words[words.length - 1]) };
}

function stripPrefix(w: string): string {
  return w.replace(PREFIX_RE, '');
}

/** Canonical-spelling lists in priority order: config entries (user's last first), then profiles. */
export function nameLists(config: ResolvedConfig): { canonical: string; variants: string[]; source: 'config' | 'profile' }[] {
  const out: { canonical: string; variants: string[]; source: 'config' | 'profile' }[] = [];
  const entries = Object.entries(config.names ?? {});
  for (let i = entries.length - 1; i >= 0; i--) out.push({ canonical: entries[i][0], variants: entries[i][1], source: 'config' });
  const ids = config.profiles ?? [];
  for (let i = ids.length - 1; i >= 0; i--) {
    const p = getProfile(ids[i]);
    if (!p) continue;
    for (const [canonical, variants] of Object.entries(p.names)) out.push({ canonical, variants, source: 'profile' });
  }
  return out;
}

/**
 * The house spelling of one name part among the spellings used, from the configuration and the
 * profiles; null when no list names any of them.
 */
export function houseSpelling(
  part: Part,
  spellings: Iterable<string>,
  config: ResolvedConfig,
  /** For a given name: the person's surname spellings, which the entry must also know. */
  surnames: Iterable<string> = [],
): { spelling: string; source: 'config' | 'profile' } | null {
  const used = new Set(spellings);
  const surs = new Set(surnames);
  for (const entry of parsedNameLists(config)) {
    const canonPart = part === 'surname' ? entry.surname : entry.given;
    if (!canonPart) continue;
    const forms = part === 'surname' ? entry.surnameForms : entry.givenForms;
    if (part === 'given' && ![...surs].some((x) => entry.surForms.has(x))) continue;
    for (const u of used) if (forms.has(u)) return { spelling: canonPart, source: entry.source };
  }
  return null;
}

interface ParsedEntry {
  surname: string;
  given: string | null;
  /** The canonical part and the variants' parts. */
  surnameForms: Set<string>;
  givenForms: Set<string>;
  /** Surnames of the canonical name and every variant (a given-name entry must know the person). */
  surForms: Set<string>;
  source: 'config' | 'profile';
}

const parsedLists = new Map<string, ParsedEntry[]>();

/** `nameLists` split into name parts, once per configuration (profiles hold hundreds of entries). */
function parsedNameLists(config: ResolvedConfig): ParsedEntry[] {
  const key = `${(config.profiles ?? []).join(',')}\u0000${JSON.stringify(config.names ?? {})}`;
  const hit = parsedLists.get(key);
  if (hit) return hit;
  const out: ParsedEntry[] = [];
  for (const entry of nameLists(config)) {
    const canon = splitName(entry.canonical);
    const surnameForms = new Set<string>(canon.surname ? [canon.surname] : []);
    const givenForms = new Set<string>(canon.given ? [canon.given] : []);
    const surForms = new Set<string>([canon.surname]);
    for (const v of entry.variants) {
      const vs = splitName(v);
      if (vs.surname) surnameForms.add(vs.surname);
      if (vs.given) givenForms.add(vs.given);
      surForms.add(vs.surname);
    }
    out.push({ surname: canon.surname, given: canon.given, surnameForms, givenForms, surForms, source: entry.source });
  }
  if (parsedLists.size > 50) parsedLists.clear();
  parsedLists.set(key, out);
  return out;
}

/**
 * Spellings allowed by the configuration (the canonical keys' parts): never flagged. A key that a
 * later entry lists as a variant (a user overriding a profile's choice) is not allowed any more.
 */
export function allowedSpellings(part: Part, config: ResolvedConfig): Set<string> {
  const out = new Set<string>();
  const demoted = new Set<string>();
  const entries = Object.entries(config.names ?? {});
  for (let i = entries.length - 1; i >= 0; i--) {
    const [key, variants] = entries[i];
    const k = splitName(key);
    const p = part === 'surname' ? k.surname : k.given;
    if (p && !demoted.has(p)) out.add(p);
    for (const v of variants) {
      const vs = splitName(v);
      const vp = part === 'surname' ? vs.surname : vs.given;
      if (vp && vp !== p) demoted.add(vp);
    }
  }
  return out;
}

/** Mentions whose spelling counts: not inside the title of a work, not marked [sic]. */
export function countedMentions(analysis: Analysis, mentionIdx: number[]): Mention[] {
  const text = analysis.draft.text;
  return mentionIdx
    .map((i) => analysis.mentions[i])
    .filter((m) => m.kind !== 'pronoun' && !(m.inQuote !== null && analysis.quotes[m.inQuote]?.kind === 'title') && !markedSic(text, m));
}

/** A spelling the writer marked as the source's own: "Angela Correy's [sic]". */
function markedSic(text: string, m: Mention): boolean {
  const end = m.possessive ? m.possessive.end : m.end;
  // (Most names are followed by a printable ASCII character other than a bracket: no "[sic]" there.)
  const c = text.charCodeAt(end);
  if (c > 32 && c < 127 && c !== 91 && c !== 40) return false;
  return /^\s*[\[(]sic[\])]/i.test(text.slice(end, end + 8));
}

const REGNAL_RE = /^\s+(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})\b(?![.'’])/;

/** A Roman numeral after a name: "Muhammad V", "Henry VIII" (not the initial "V." of a name). */
export function regnalAfter(text: string, end: number): boolean {
  // (Called for every mention: most are followed by a printable ASCII character, never white space.)
  const c = text.charCodeAt(end);
  if (c > 32 && c < 127) return false;
  return REGNAL_RE.test(text.slice(end, end + 8));
}


/** 'm' or 'f' for a courtesy title that says it ("Mr", "Mrs.", "Dame"), else null. */
export function honorificSex(honorific: string): string | null {
  const g = HONORIFIC_GENDER.get(honorific.replace(/\.$/, '').toLowerCase());
  return g ? g.charAt(0) : null;
}

/** Two sets of courtesy-title sexes that name different people (Mr Pollard, Mrs Pallard). */
export function sexesDisagree(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((s) => b.has(s));
}

const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'in', 'at', 'on', 'to', 'who', 'is', 'was', 'has', 'its', 'his', 'her', 'their', 'former', 'then', 'now', 'also']);
const ROLE_ABBREV = new Map([['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['pres', 'president'], ['gen', 'general'], ['supt', 'superintendent'], ['insp', 'inspector'], ['det', 'detective']]);

/**
 * Roles that introduce someone: an appositive (", the judge,", "the judge, Ann Jones"). A title
 * before the name ("rival Marco Rubio", "Saints boss Redknapp") and a predicate ("is a candidate")
 * only describe: one person gets many of those in one story.
 */
const IDENTITY_ROLES = new Set<Role['kind']>(['before-appositive', 'appositive']);

/**
 * The words of a role that say who someone is ("the judge" → judge; "Ohio Gov." → ohio,
 * governor), or null for a role that is no identity of its own (a predicate, shared over a list,
 * an editor's bracket, the sentence's context).
 */
export function roleWords(role: Role | null | undefined): Set<string> | null {
  if (!role || !IDENTITY_ROLES.has(role.kind) || role.context || !identityPhrase(role.text)) return null;
  const out = new Set<string>();
  for (const w of role.text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (w.length < 3 && !ROLE_ABBREV.has(w)) continue;
    if (!ROLE_STOP.has(w)) out.add(ROLE_ABBREV.get(w) ?? w);
  }
  return out.size ? out : null;
}

/**
 * The role a mention introduces someone with: a role at a full-name mention. A role at a later
 * bare mention describes ("Jones, a father of two"); the full name's says who. Shared by the
 * in-file rule and the across-files check.
 */
export function introducingRole(analysis: Analysis, m: Mention): Set<string> | null {
  return m.kind === 'full' ? roleWords(analysis.roles[m.index]?.role) : null;
}

/** Words for a relative; their sex is the role lexicon's (`ROLE_GENDER`). */
const RELATIVES = new Set(`wife husband daughter son sister brother mother father widow widower niece nephew aunt
uncle granddaughter grandson grandmother grandfather girlfriend boyfriend fiancée fiancee fiancé fiance stepmother stepfather
stepdaughter stepson mum mom dad`.split(/\s+/));

/** "his wife", "her brothers": a relative of each sex, as one pattern built once. */
const KIN_OF_SEX = (() => {
  const words = { female: [] as string[], male: [] as string[] };
  for (const [w, sex] of ROLE_GENDER) if (RELATIVES.has(w)) words[sex].push(w);
  const pattern = (ws: string[]) => new RegExp(`\\b(?:${ws.join('|')})s?\\b`, 'i');
  return { female: pattern(words.female), male: pattern(words.male) };
})();

/**
 * Given name `name` is of the other sex than `other` (Toni beside Tony) and `text` speaks of a
 * relative of its sex ("his wife"): it may name that relative, not be a slip.
 */
export function relativeOfOtherSex(name: string, other: string, text: string): boolean {
  const sex = nameGender(name);
  return !!sex && sex !== nameGender(other) && KIN_OF_SEX[sex].test(text);
}

const CLAUSE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'says', 'said', 'told', 'adds', 'added']);
const LEAD_PREPOSITIONS = new Set(['of', 'with', 'from', 'in', 'at', 'for', 'by', 'on', 'to', 'after', 'before', 'like', 'as']);

/**
 * A role that names who someone is: a short noun phrase ("the judge", "Ohio's attorney general",
 * "a Labour MP for Leeds"). An age or a place ("23, from Croydon"), a phrase opening on a
 * preposition ("of the teachers' union"), a long description ("a fierce supporter of … and close
 * friend of …") or one holding a clause ("the men's solicitor says") describes the person, as a
 * story describes one person many ways: no identity of its own.
 */
function identityPhrase(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const first = words[0] ?? '';
  if (!first || words.length > 6 || /^\p{N}/u.test(first) || LEAD_PREPOSITIONS.has(first)) return false;
  return !words.some((w) => CLAUSE_WORDS.has(w));
}

/**
 * Two spellings have roles that make them two people: each is given a role somewhere and no role
 * of one shares a word with a role of the other (Jonas, the driver; Jones, the judge).
 */
export function rolesDiffer(a: Set<string>[] | undefined, b: Set<string>[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return !a.some((x) => b.some((y) => [...x].some((w) => y.has(w))));
}
