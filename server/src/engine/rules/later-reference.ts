/**
 * later-reference (info): after the first reference, use the surname — with courtesy titles as
 * the house style says (`config.style.courtesyTitles`, `config.style.courtesyTitleStop`).
 *
 * Flags, outside quotes, the headline, subheadings and credit lines:
 * - a repeated full name after the first full reference: "Later references use the surname:
 *   Lavrov" (safe fix: shorten to the surname, only when something says the name is a person's: a
 *   role, a pronoun, a courtesy title, a person's verb or a speech verb bound to a mention, or a
 *   given name and surname both known; otherwise a suggestion, since "Mary Poppins" may be a
 *   musical). Not when another person in the draft shares the
 *   surname (Ed and David Miliband), nor when the repeated reference carries a title again;
 * - a first name alone for someone introduced by full name: suggestion to use the surname (a
 *   writer may mean it, e.g. for children); not when the surname is shared;
 * - courtesy titles: AP/Reuters/Guardian (`none`): "Mr. Lavrov" → "Lavrov" (safe fix).
 *   BBC/NYT (`later-references`): a courtesy title with the full name ("Mr Sergey Lavrov") is
 *   dropped; "Mr"/"Mr." follows `courtesyTitleStop` (safe fix); and where the writer gives a person a
 *   courtesy title on some later references, a bare surname in between gets one too (safe fix,
 *   using the writer's own title). A bare surname is never flagged for a person the writer never
 *   gives a courtesy title: BBC copy leaves them off for sportspeople and artists.
 *
 * Not flagged, because edited copy does it on purpose (measured on BBC and PolNeAR copy, see
 * test/src/eval/profile-rules.ts):
 * - lists and results: a name coordinated with another name ("A, B and C", "A and B"), team sheets
 *   ("G Murphy; B O'Driscoll"), list items after a colon, semicolon or dash, sentences with scores
 *   ("beat X 6-3 6-4");
 * - a new section: after a separator or time-stamp paragraph ("___", "6:05 p.m.") a live blog
 *   introduces people afresh;
 * - names chosen in someone's own voice: a paragraph with an unquoted "I"/"my" (readers' comments,
 *   first-person columns; the whole article when three paragraphs read so) is not checked for
 *   repeated full names or first names ("One of my favourite moments was Kelly's win"), nor for a
 *   missing courtesy title, nor for the full stop of one when the draft elsewhere writes the house
 *   form (a reader's "Mr. Forsyth" under BBC copy's "Mr Forsyth"); "no courtesy titles" (AP) is
 *   still checked there;
 * - a name used as a modifier or inside a title: after "the/a/new" ("the Blunkett affair", "a new
 *   Gordon Brown"), before a colon ("Bridget Jones: The Edge of Reason"), inside a capitalised title
 *   ("An Audience With Alastair Campbell"), a character played ("the role of Arthur Dent"); a person
 *   any of whose mentions names a work or brand ("drama Vera Drake", "bookmaker William Hill");
 * - a repeated full name of someone the writer never calls by the surname alone, never gives a
 *   role or a pronoun, and whose first name is no known given name (firms, brands, games: "Krispy
 *   Kreme", "Sun Interbrew"); any mention followed by ", which" or after "shares in" makes a firm;
 * - a first name the writer uses habitually (at least twice, and as often as the surname), a first
 *   name that is part of a longer name ("Ray Charles", "JP Morgan"), and "Saddam"/"Elvis", which
 *   house styles use alone.
 */
import type { Analysis, Draft, Mention, Person, ResolvedConfig, Rule, RuleFinding, RuleOptions } from '../types';
import { attributive, firstPerson, headArea, nameSpan, organisation, type NameSpan } from '../roles';
import { ATTRIBUTIVE_AFTER, WORK_BEFORE, isCourtesyTitle } from '../titles';
import { isGivenName, isKnownPerson, isKnownSurname } from '../names';
import { partitionPoint } from '../lines';
import { PERSON_VERBS, PLAIN_SAYING_VERBS } from '../lexicon/verbs';

function norm(s: string): string {
  return s.normalize('NFC').replace(/[’]/g, "'").toLowerCase();
}

/** Given names house styles use alone on later references. */
const GIVEN_NAME_STYLE = new Set(['saddam', 'elvis']);

export const laterReference: Rule = {
  id: 'later-reference',
  description: 'Later references use the surname, with courtesy titles as the house style says.',
  defaultSeverity: 'info',
  fixable: true,
  defaultOptions: { repeatedFullName: true, givenName: true, courtesyTitles: true },
  check({ analysis, options, config }) {
    if (analysis.mentions.length === 0) return [];
    const v = draftView(analysis, options, config.style ?? { courtesyTitles: 'none', courtesyTitleStop: true });
    for (const person of analysis.people) {
      const pv = personView(v, person);
      pv.refs.forEach((m, i) => checkMention(v, pv, m, i));
    }
    return v.findings;
  },
};

type HouseStyle = ResolvedConfig['style'];

/** What the rule reads of the whole draft, shared by every person's check. */
interface DraftView {
  analysis: Analysis;
  draft: Draft;
  text: string;
  options: RuleOptions;
  style: HouseStyle;
  findings: RuleFinding[];
  inHead: (paragraph: number) => boolean;
  surnameCount: Map<string, number>;
  /** `norm(person.surname)` by person id (normalising is the costly part: once per person). */
  surnameKey: string[];
  namesInSentence: Map<number, number>;
  section: number[];
  voice: (paragraph: number) => boolean;
  /** Built the first time a list check asks for it. */
  names: NameList | null;
  /** Whether the draft writes a courtesy title in the house form anywhere (asked lazily). */
  house: boolean | null;
}

function draftView(analysis: Analysis, options: RuleOptions, style: HouseStyle): DraftView {
  const { draft, people, mentions } = analysis;
  const surnameCount = new Map<string, number>();
  const surnameKey: string[] = [];
  for (const p of people) {
    const k = (surnameKey[p.id] = norm(p.surname));
    surnameCount.set(k, (surnameCount.get(k) ?? 0) + 1);
  }
  const namesInSentence = new Map<number, number>();
  for (const m of mentions) if (m.kind !== 'pronoun') namesInSentence.set(m.sentence, (namesInSentence.get(m.sentence) ?? 0) + 1);
  return {
    analysis, draft, text: draft.text, options, style, findings: [], inHead: headArea(draft), surnameCount, surnameKey, namesInSentence,
    section: sections(draft), voice: writerVoice(analysis), names: null, house: null,
  };
}

function quoted(v: DraftView, m: Mention): boolean {
  return m.inQuote !== null || v.draft.paragraphs[m.paragraph]?.kind === 'blockquote';
}

/** Does the draft write a courtesy title in the house form anywhere ("Mr" at the BBC, "Mr." at the NYT)? */
function houseForm(v: DraftView): boolean {
  return (v.house ??= v.analysis.mentions.some((m) => {
    if (!m.honorific || m.inQuote !== null) return false;
    const h = v.text.slice(m.honorific.start, m.honorific.end);
    return isCourtesyTitle(h) && !/^miss$/i.test(h) && h.endsWith('.') === v.style.courtesyTitleStop;
  }));
}

/** What the rule reads of one person's references. */
interface PersonView {
  person: Person;
  /** The references checked (not pronouns, credits, the head, attributive uses). */
  refs: Mention[];
  /** Every mention looked at, attributive ones included. */
  seen: Mention[];
  /** Another person of the draft shares the surname. */
  shared: boolean;
  courtesyUsed: Mention[];
  courtesyHabit: boolean;
  pronoun: boolean;
  fullNameSlip: boolean;
  givenHabit: boolean;
  /** The first full reference outside quotes in each section (a live blog's items start afresh). */
  firstFullIn: Map<number, number>;
  thingKnown: boolean | null;
  personKnown: boolean | null;
}

/** A person's references, or none when a mention shows the "person" is a firm. */
function referencesOf(v: DraftView, person: Person): { refs: Mention[]; seen: Mention[] } {
  const { analysis, draft } = v;
  const refs: Mention[] = [];
  const seen: Mention[] = [];
  for (const mi of person.mentions) {
    const m = analysis.mentions[mi];
    if (!m || m.kind === 'pronoun' || analysis.roles[mi]?.credit || v.inHead(m.paragraph)) continue;
    if (!/\p{Ll}/u.test(m.text)) continue; // "U.S": an abbreviation, not a name
    if (organisation(draft, m)) {
      refs.length = 0; // a firm named like a person ("Deutsche Boerse", "Krispy Kreme")
      break;
    }
    seen.push(m);
    if (attributive(draft, m)) continue;
    refs.push(m);
  }
  return { refs, seen };
}

function personView(v: DraftView, person: Person): PersonView {
  const { text, analysis } = v;
  const { refs, seen } = referencesOf(v, person);
  const shared = (v.surnameCount.get(v.surnameKey[person.id]) ?? 0) > 1;
  const courtesyUsed = refs.filter((m) => !quoted(v, m) && m.kind === 'surname' && m.honorific && isCourtesyTitle(text.slice(m.honorific.start, m.honorific.end)));
  const bare = refs.filter((m) => !quoted(v, m) && m.kind === 'surname' && !m.honorific && !analysis.roles[m.index].role);
  // The writer's predominant usage for this person: two courtesy titles for every bare surname.
  const courtesyHabit = courtesyUsed.length >= 2 && courtesyUsed.length >= 2 * bare.length;
  // A repeated full name is a slip of someone the writer calls by the surname elsewhere, gives a
  // role, refers to by a pronoun or names with a known given name; a name with none of these
  // ("Krispy Kreme", "Sun Interbrew", "Pacific Assault") is a firm, brand or game more often than not.
  const surnameUsed = refs.some((m) => m.kind === 'surname');
  const pronoun = person.mentions.some((mi) => analysis.mentions[mi]?.kind === 'pronoun');
  const knownGiven = refs.some((m) => m.kind === 'full' && m.given && isGivenName(text.slice(m.given.start, m.given.end)));
  const fullNameSlip = surnameUsed || person.title !== null || pronoun || knownGiven;
  // First names the writer uses on purpose: at least twice, and at least as often as the surname.
  const givenAlone = refs.filter((m) => !quoted(v, m) && m.kind === 'given').length;
  const surnameAlone = refs.filter((m) => !quoted(v, m) && m.kind === 'surname').length;
  const givenHabit = givenAlone >= 2 && givenAlone >= surnameAlone;
  const firstFullIn = new Map<number, number>();
  refs.forEach((m, i) => {
    if (m.kind === 'full' && !quoted(v, m) && !firstFullIn.has(v.section[m.paragraph])) firstFullIn.set(v.section[m.paragraph], i);
  });
  return { person, refs, seen, shared, courtesyUsed, courtesyHabit, pronoun, fullNameSlip, givenHabit, firstFullIn, thingKnown: null, personKnown: null };
}

/** "abortion drama Vera Drake", "bookmaker William Hill", "stars as Arthur Dent": not a person (asked lazily). */
function thing(v: DraftView, pv: PersonView): boolean {
  return (pv.thingKnown ??= pv.seen.some((m) => workOrBrand(v.draft, m)));
}

/** The safe fix shortens a name only with evidence that it names a person (asked lazily). */
function isPerson(v: DraftView, pv: PersonView): boolean {
  return (pv.personKnown ??= personEvidence(v.analysis, pv.refs, pv.pronoun));
}

/** Names in lists (team sheets, award shortlists, results) are not references. */
function inList(v: DraftView, m: Mention): boolean {
  const end = nameSpan(m).end;
  return (v.namesInSentence.get(m.sentence) ?? 0) >= 3 || /^\s*[(;]/.test(v.text.slice(end, end + 3)) || listed(v.draft, m, (v.names ??= nameSpans(v.analysis.mentions)));
}

/**
 * Not a reference of the copy's: a name chosen by a first-person contributor or a reader, a name
 * in a list, used as a modifier or in a title, an aside or an address.
 */
function notReference(v: DraftView, m: Mention, ns: NameSpan): boolean {
  return !v.voice(m.paragraph) || inList(v, m) || usedAsModifier(v.text, ns.end) || inTitle(v.draft, m) || asideOrAddress(v.draft, m);
}

/** One reference of a person: a repeated full name, a first name alone, and its courtesy title. */
function checkMention(v: DraftView, pv: PersonView, m: Mention, i: number): void {
  if (quoted(v, m) || m.inBrackets) return;
  const ns = nameSpan(m);
  const first = pv.firstFullIn.get(v.section[m.paragraph]);
  const later = first !== undefined && i > first;
  if (v.options.repeatedFullName !== false && later && m.kind === 'full') repeatedFullName(v, pv, m, ns);
  if (v.options.givenName !== false && later && m.kind === 'given') givenNameAlone(v, pv, m, ns);
  if (v.options.courtesyTitles === false) return;
  const hon = m.honorific ? v.text.slice(m.honorific.start, m.honorific.end) : null;
  if (hon !== null && isCourtesyTitle(hon)) courtesyTitle(v, pv, m, ns, hon);
  else if (later) missingCourtesyTitle(v, pv, m, ns);
}

function surnameOf(v: DraftView, pv: PersonView, m: Mention): string {
  return m.surname ? v.text.slice(m.surname.start, m.surname.end) : pv.person.surname;
}

/** A full name repeated after the first full reference: shorten it to the surname. */
function repeatedFullName(v: DraftView, pv: PersonView, m: Mention, ns: NameSpan): void {
  if (pv.shared || !pv.fullNameSlip || !m.surname || !m.given || initial(v.text, m) || notReference(v, m, ns) || thing(v, pv)) return;
  const r = v.analysis.roles[m.index].role;
  if (r && r.kind !== 'sentence' && r.kind !== 'list') return;
  const sur = surnameOf(v, pv, m);
  const shorten = { edits: [{ start: ns.nameStart, end: m.surname.start, text: '' }] };
  v.findings.push({
    start: ns.nameStart,
    end: ns.end,
    message: `Later references use the surname: ${sur}`,
    ...(isPerson(v, pv) ? { fix: shorten } : { suggestions: [{ desc: `Use "${sur}"`, fix: shorten }] }),
    data: { personId: pv.person.id },
  });
}

/** A first name alone for someone introduced in full: suggest the surname. */
function givenNameAlone(v: DraftView, pv: PersonView, m: Mention, ns: NameSpan): void {
  const { person } = pv;
  if (pv.shared || pv.givenHabit || !person.surname || v.surnameKey[person.id] === norm(m.text) || GIVEN_NAME_STYLE.has(norm(m.text)) ||
    partOfName(v.draft, ns.nameStart, ns.end) || notReference(v, m, ns) || thing(v, pv)) return;
  v.findings.push({
    start: ns.nameStart,
    end: ns.end,
    message: `Later references use the surname: ${person.surname} rather than ${m.text}`,
    suggestions: [{ desc: `Use "${person.surname}"`, fix: { edits: [{ start: ns.nameStart, end: ns.end, text: person.surname } ] } }],
    data: { personId: person.id },
  });
}

/** A courtesy title written: none in house style, none with the full name, or the wrong full stop. */
function courtesyTitle(v: DraftView, pv: PersonView, m: Mention, ns: NameSpan, hon: string): void {
  const { text, style } = v;
  const h = m.honorific!;
  const sur = surnameOf(v, pv, m);
  const drop = { start: h.start, end: ns.nameStart, text: '' };
  const data = { personId: pv.person.id };
  if (style.courtesyTitles === 'none') {
    v.findings.push({ start: h.start, end: h.end, message: `House style uses no courtesy titles: "${sur}", not "${hon} ${sur}"`, fix: { edits: [drop] }, data });
    return;
  }
  if (m.kind === 'full') {
    // "Mrs Parker Bowles", "Mr da Silva", "Mr Justice Sullivan" are surnames and titles, not
    // a given name: flag only a given name the person's other full reference also uses.
    const given = m.given ? text.slice(m.given.start, m.given.end) : null;
    const same = pv.refs.some((o) => o !== m && o.kind === 'full' && o.given && !o.honorific && text.slice(o.given.start, o.given.end) === given);
    if (!same || !given || !/^\p{Lu}/u.test(given)) return;
    v.findings.push({ start: h.start, end: h.end, message: `Courtesy titles go with the surname on later references, not with the full name`, fix: { edits: [drop] }, data });
    return;
  }
  const hasStop = hon.endsWith('.');
  // Readers' comments keep their own punctuation: in a first-person paragraph of a draft that
  // elsewhere writes the house form ("Mr Forsyth" … a reader's "I agree with Mr. Forsyth").
  if (!v.voice(m.paragraph) && houseForm(v)) return;
  if (style.courtesyTitleStop && !hasStop && !/^miss$/i.test(hon)) {
    v.findings.push({ start: h.start, end: h.end, message: `House style writes "${hon}." with a full stop`, fix: { edits: [{ start: h.end, end: h.end, text: '.' }] }, data });
  } else if (!style.courtesyTitleStop && hasStop) {
    v.findings.push({ start: h.start, end: h.end, message: `House style writes "${hon.slice(0, -1)}" without a full stop`, fix: { edits: [{ start: h.end - 1, end: h.end, text: '' }] }, data });
  }
}

/** A bare surname where the writer gives this person a courtesy title on most later references. */
function missingCourtesyTitle(v: DraftView, pv: PersonView, m: Mention, ns: NameSpan): void {
  const { text } = v;
  // A courtesy title already written right before the name (even one the person index did
  // not attach, as in "Speaking in Dunford Mr Haddad") is never added a second time.
  const titled = /(\S+)[ \t\u00a0]+$/.exec(text.slice(Math.max(0, ns.nameStart - 12), ns.nameStart));
  if (v.style.courtesyTitles !== 'later-references' || !v.voice(m.paragraph) || m.kind !== 'surname' || m.honorific || (titled && isCourtesyTitle(titled[1])) ||
    !pv.courtesyHabit || pv.shared || v.analysis.roles[m.index].role || usedAsModifier(text, ns.end) || inTitle(v.draft, m)) return;
  const sur = surnameOf(v, pv, m);
  const h = mostCommon(pv.courtesyUsed.map((c) => text.slice(c.honorific!.start, c.honorific!.end)));
  v.findings.push({
    start: ns.nameStart,
    end: ns.end,
    message: `Later references to ${sur} take a courtesy title in house style: ${h} ${sur}`,
    fix: { edits: [{ start: ns.nameStart, end: ns.nameStart, text: `${h} ` }] },
    data: { personId: pv.person.id },
  });
}

/**
 * Evidence that a name repeated in full names a person, not a show, film or firm named like one
 * ("while Mary Poppins won two"): a role, a pronoun tied to them, a courtesy title or title
 * abbreviation, a person's verb right after a mention ("Lane said", "Lane has resigned") or a
 * speech verb right before one ("said Nathan Lane"), or a given name and surname both known as a
 * person's.
 */
function personEvidence(analysis: Analysis, refs: Mention[], pronoun: boolean): boolean {
  const text = analysis.draft.text;
  if (pronoun) return true;
  for (const m of refs) {
    // (Not a role shared over a list or plural, "The Producers, Mary Poppins and …", nor one read from the
    // sentence alone, "won best musical".)
    const role = analysis.roles[m.index]?.role;
    if (m.honorific || role && role.kind !== 'list' && !role.plural && !role.context) return true;
    const ns = nameSpan(m);
    if (m.given && m.surname && isGivenName(text.slice(m.given.start, m.given.end)) && isKnownSurname(text.slice(m.surname.start, m.surname.end))) return true;
    if (isKnownPerson(text.slice(ns.nameStart, ns.end))) return true;
    if (m.possessive) continue;
    const verb = PERSON_VERB_AFTER.exec(text.slice(ns.end, ns.end + 40));
    if (verb && PERSON_VERBS.has(verb[1])) return true;
    if (SPEECH_BEFORE.test(text.slice(Math.max(0, ns.start - 20), ns.start))) return true;
  }
  return false;
}
const PERSON_VERB_AFTER = /^,?\s+(?:(?:has|had|have|also|later|then|previously|recently|would|will|could)\s+)?(\p{Ll}+)/u;
const SPEECH_BEFORE = new RegExp(`[,"”’']\\s*(?:${[...PLAIN_SAYING_VERBS].join('|')})\\s+$`, 'u');

/** Section number of each paragraph: a separator ("___", "* * *") or time-stamp paragraph ("6:05 p.m.") starts a new one. */
function sections(draft: Draft): number[] {
  const out: number[] = [];
  let n = 0;
  for (const p of draft.paragraphs) {
    if (p.end - p.start <= 24 && SECTION_BREAK.test(draft.prose.slice(p.start, p.end))) n++;
    out.push(n);
  }
  return out;
}
const SECTION_BREAK = /^\s*(?:[-_*=~#•·\s]{3,}\.?|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|GMT|BST|EDT|EST|ET)\.?|\d{1,2}:\d\d)\s*$/i;

/**
 * Whether a paragraph is in the writer's own voice. Readers' comments and first-person columns
 * say "I" and "my" outside quote marks; their names are the commenter's choice, not the copy's.
 * When three paragraphs of the body read so, the whole article is treated as such.
 */
function writerVoice(analysis: Analysis): (paragraph: number) => boolean {
  const { draft } = analysis;
  let known: boolean[] | null = null;
  let column = false;
  return (pi: number) => {
    if (!known) {
      known = draft.paragraphs.map((p) => !firstPerson(analysis, p.start, p.end));
      column = known.filter((v, i) => !v && draft.paragraphs[i].kind !== 'headline').length >= 3;
    }
    return !column && known[pi] !== false;
  };
}

/** Every name in the draft as [start, end) pairs sorted by start, to see names listed side by side. */
type NameList = Array<[number, number]>;
function nameSpans(mentions: Mention[]): NameList {
  const spans: NameList = mentions.filter((m) => m.kind !== 'pronoun').map((m) => {
    const ns = nameSpan(m);
    return [ns.start, m.possessive ? m.possessive.end : ns.end];
  });
  return spans.sort((x, y) => x[0] - y[0]);
}

/** What joins two neighbouring names: "and"/"or"/"&"/"/"/"beat"/"v", a comma alone, or nothing. */
function link(prose: string, end: number, start: number): 'and' | 'comma' | null {
  if (start < end || start - end > 24) return null;
  const gap = prose.slice(end, start);
  if (/^\s*,\s*$/.test(gap)) return 'comma';
  return /^\s*(?:,\s*(?:and|or)\s+|;\s*|&\s*|\/\s*|(?:and|or)(?:,\s*[\p{Ll} ]{2,15},)?\s+|(?:beat|beats|v|vs\.?|versus)\s+)$/u.test(gap) ? 'and' : null;
}

/**
 * A name listed beside another (team sheets, award lists, "A and B", "A, B, C"), an item after a
 * colon, semicolon or dash, or a name in a sentence of scores ("beat X 6-3 6-4"): a repeated full
 * name there is the list's form, not a later reference. A single comma between two names is a
 * clause boundary ("For Mr Blair, David Miliband …"), not a list.
 */
function listed(draft: Draft, m: Mention, names: NameList): boolean {
  const ns = nameSpan(m);
  const prose = draft.prose;
  const before = prose.slice(Math.max(0, ns.start - 30), ns.start);
  if (/(?:[:;]|(?:^|\s)[-–—])\s*$/.test(before)) return true;
  const k = indexOf(names, ns.start);
  if (k >= 0) {
    const at = (i: number, j: number) => (i >= 0 && j < names.length ? link(prose, names[i][1], names[j][0]) : null);
    const prev = at(k - 1, k);
    const next = at(k, k + 1);
    if (prev === 'and' || next === 'and') return true;
    if (prev === 'comma' && (next === 'comma' || at(k - 2, k - 1) !== null)) return true;
    if (next === 'comma' && at(k + 1, k + 2) !== null) return true;
    // The list goes on with names the index does not know: "A, B, Wang Yi and others".
    if (prev === 'comma' && LIST_GOES_ON.test(prose.slice(names[k][1], names[k][1] + 40))) return true;
  }
  const end = m.possessive ? m.possessive.end : ns.end;
  if (/^\s*(?:,\s*)?(?:and|&)\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+/u.test(prose.slice(end, end + 30))) return true; // "A and B", B not in the index
  const sentence = draft.sentences[m.sentence];
  return !!sentence && /\b\d{1,2}-\d{1,2}\b/.test(prose.slice(sentence.start, sentence.end));
}

const LIST_GOES_ON = /^\s*,\s*\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?\s*(?:,|and\s|&)/u;

/** Index of the name starting at `start` in the sorted list, or -1. */
function indexOf(names: NameList, start: number): number {
  const lo = partitionPoint(names.length, (i) => names[i][0] < start);
  return lo < names.length && names[lo][0] === start ? lo : -1;
}

/** "G Duffy", "R. O'Gara": an initial for the given name is a team sheet's or a byline's form. */
function initial(text: string, m: Mention): boolean {
  return !!m.given && /^\p{Lu}\.?$/u.test(text.slice(m.given.start, m.given.end));
}

/** A first name that is part of a longer name: "Ray Charles" for Charles Gant, "JP Morgan", "Oliver!". */
function partOfName(draft: Draft, start: number, end: number): boolean {
  const prose = draft.prose;
  const before = prose.slice(Math.max(0, start - 40), start);
  const prev = /([\p{Lu}][\p{L}\p{M}'’.-]*)[ \t]+$/u.exec(before);
  if (prev && prev.index > 0 && !SMALL_CAPS.has(prev[1])) {
    // A capitalised word right before the name, not the first word of a sentence.
    const pre = before.slice(0, prev.index);
    if (/[^\s]\s*$/.test(pre) && !/[.!?:;"“”(\[–—-]\s*$/.test(pre)) return true;
  }
  return /^(?:[ \t]+\p{Lu}\p{Ll}|!)/u.test(prose.slice(end, end + 4));
}
const SMALL_CAPS = new Set(['But', 'And', 'Or', 'So', 'Then', 'The', 'A', 'An', 'As', 'If', 'When', 'While', 'Yet', 'Now', 'I']);

/** Words before a name that make it a character rather than a reference to a person (works: titles.WORK_BEFORE). */
const CHARACTER_BEFORE = /(?:\b(?:role|roles|part|character|characters)\s+(?:of|as)|\b(?:plays|played|playing|portrays|portrayed|portraying)|\b(?:performance|turn|portrayal|cameo|starring|stars|starred|cast)\b[^.;:!?"“”]{0,40}\bas)\s+$/iu;

/** A mention that names a film, show, brand or character: the whole "person" is one. */
function workOrBrand(draft: Draft, m: Mention): boolean {
  if (m.honorific || m.possessive && m.kind !== 'full') return false;
  const ns = nameSpan(m);
  const para = draft.paragraphs[m.paragraph];
  const before = draft.prose.slice(Math.max(para ? para.start : 0, ns.start - 60), ns.start);
  if (CHARACTER_BEFORE.test(before)) return true;
  if (!m.possessive && /^,?\s+which\b/.test(draft.prose.slice(ns.end, ns.end + 10))) return true; // "Laura Ashley, which floated …"
  if (FIRM_BEFORE.test(before.slice(-30))) return true; // "shares in Krispy Kreme"
  if (m.kind === 'full' && !m.possessive && FIRM_AFTER.test(draft.prose.slice(ns.end, ns.end + 20))) return true; // "William Hill spokesman Rupert Adams"
  return !m.possessive && WORK_BEFORE.test(before.slice(-30));
}
const FIRM_AFTER = /^\s+(?:spokesman|spokeswoman|spokesperson|shares|shareholders|staff|customers|stores|shops|branches)\b/u;
const FIRM_BEFORE = /\b(?:shares|stake|stakes|shareholders|shareholding|takeover|acquisition)\s+(?:in|of)\s+$/iu;

/**
 * A name used inside a title or as a modifier: after "the/a/new" ("the Blunkett controversy", "The
 * Joshua Tree", "a new Gordon Brown"), before a colon and a capital ("Bridget Jones: The Edge of
 * Reason"), after a capitalised small word mid-sentence ("An Audience With Alastair Campbell",
 * "Freddy Vs Jason"), after "year's" ("last year's Janet Jackson 'wardrobe malfunction'").
 */
function inTitle(draft: Draft, m: Mention): boolean {
  const ns = nameSpan(m);
  const prose = draft.prose;
  const before = prose.slice(Math.max(0, ns.start - 30), ns.start);
  if (/(?:^|[^\p{L}])(?:the|a|an|new|this|another|year['’]s|week['’]s|season['’]s)\s+$/iu.test(before)) return true;
  if (/^(?:['’]s?)?\s*:\s*\p{Lu}/u.test(prose.slice(ns.end, ns.end + 6))) return true;
  const cap = /(\S+)\s+(?:With|Of|And|For|About|Vs\.?|Versus|Meets|Loves|In|On|To)\s+$/u.exec(before);
  if (cap && !/[.!?:;"“”]$/.test(cap[1])) return true;
  // "The Diary of Alicia Keys", "The Rise and Fall of Peter Marlowe": a capital "The" mid-sentence opens a title.
  const wide = prose.slice(Math.max(0, ns.start - 50), ns.start);
  return /[^.!?:;"“”\s]\s+The\s+(?:(?:\p{Lu}[\p{L}'’]*|and|&)\s+){1,4}(?:of|with|for)\s+$/u.test(wide);
}

/**
 * Not a later reference in the writer's own words: a name right after an opening quote mark the
 * quote scanner did not pair (`''Robbie has …`), a first name set off by commas as a vocative
 * ("Recruit the right colleagues, Robert, and …"), or a name after a description set off by a
 * comma ("the target of the mayor's praise, Vladimir Putin,").
 */
function asideOrAddress(draft: Draft, m: Mention): boolean {
  const ns = nameSpan(m);
  const prose = draft.prose;
  const before = prose.slice(Math.max(0, ns.start - 60), ns.start);
  if (/(?:["“‘]|'')$/.test(before)) return true;
  const after = prose.slice(ns.end, ns.end + 3);
  if (m.kind === 'given' && /,\s*$/.test(before) && /^\s*[,!?]/.test(after)) return true;
  return /(?:^|[.!?]\s+|,\s+)(?:the|a|an)\s+[^,.;:!?"“”]{1,45},\s*$/iu.test(before) && !/(?:^|[^\p{L}])(?:said|says|told)\s/u.test(before);
}

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
