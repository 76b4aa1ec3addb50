/**
 * first-reference (warning): the first reference to a person in the body gives the full name and
 * a title or role; later references use the surname.
 *
 * Flags, per person of the shared person index:
 * 1. a surname-only mention before any full-name mention:
 *    "First reference to Lavrov gives no full name";
 * 2. a first full-name mention with no role (see roles.ts for what counts as a role):
 *    "Sergey Lavrov is introduced without a title or role".
 * A role may also come from the rest of the sentence (context-roles.ts): a team named in a match
 * report, an award won, a work after a possessive. Option `sentenceContext: false` counts only a
 * title, job, role noun or credit (the literal AP rule).
 * Not flagged: readers' letters and comments after a "Letters" or "Your comments" label; mentions
 * in direct quotes and block quotes (the speaker's words; a full name there
 * still counts as given), the headline, subheadings and a standfirst (the first paragraph after the
 * headline when set apart in emphasis; option `checkHeadline: true` checks them too), bylines and
 * credit lines, people listed in `config.people` with `noTitle: true`. An editorial insertion in
 * brackets (`[Ukrainian President Vladimir] Zelensky`) is a titled full reference. A person never
 * named in full whose first reference has a title before it ("Brazilian striker Ronaldinho") is
 * taken to be known by one name. A peer's title with the surname ("Lord Goldsmith") is a full
 * reference.
 *
 * Fixes: when a later mention carries the full name (and title), the safe fix moves that full
 * reference to the first mention and shortens the later one to the form the writer used first
 * (two edits in one fix), provided fix-safety.ts proves the moved words whole (an appositive
 * between a comma and the clause's verb or the sentence end, a title ending in a role word …);
 * otherwise the move is a suggestion and the safe fix only swaps the names. When `config.people`
 * gives the person's title, the safe fix inserts it (with the full name if needed); otherwise a
 * suggestion inserts "[title TK] " for the writer to fill in.
 */
import type { Analysis, Draft, Fix, Mention, Person, Rule, RuleFinding, Span, Suggestion, TextEdit } from '../types';
import {
  GIVEN_PLACEHOLDER,
  TITLE_PLACEHOLDER,
  atSentenceStart,
  attributive,
  configPerson,
  firstPerson,
  fitCase,
  headArea,
  nameSpan,
  organisation,
  partyTag,
  splitName,
  type MentionRole,
  type NameSpan,
  type Role,
} from '../roles';
import { insertableAfter, wholeAppositive, wholeTitle } from '../fix-safety';
import { WORK_BEFORE, isCourtesyTitle, isStopWord, isTitleAbbreviation, roleWord } from '../titles';
import { isCommonWord, isDemonym, isGivenName, isKnownSurname, isOrg, isPlace, nameGender } from '../names';
import { isRunInLabel, readPerson } from '../signals/reading';
import { HONORIFIC_GENDER } from '../lexicon/honorifics';

export const firstReference: Rule = {
  id: 'first-reference',
  description: 'First references give the full name and a title; later ones the surname.',
  defaultSeverity: 'warning',
  fixable: true,
  defaultOptions: { checkHeadline: false, sentenceContext: false },
  check({ analysis, options, config }) {
    const { draft, people, mentions } = analysis;
    if (mentions.length === 0) return [];
    const roles = analysis.roles;
    const inHead = headArea(draft);
    const checkHeadline = options.checkHeadline === true;
    // With `sentenceContext: false` only a title, job, role noun or credit counts, not a team, an
    // award or a work the sentence ties to the person (roles marked `context`): the literal AP rule.
    const sentenceContext = options.sentenceContext !== false;
    const hasRole = (m: Mention) => {
      const r = roles[m.index].role;
      return !!r && (sentenceContext || !r.context);
    };
    const findings: RuleFinding[] = [];
    // Readers' letters after a "Letters" or "Your comments" label are not the writer's copy.
    const lettersFrom = draft.paragraphs.findIndex((p, i) => i > 0 && LETTERS_LABEL.test(draft.text.slice(p.start, p.end)));
    // A paragraph in the first person ("I think Robbie deserves it") is a reader's or a guest's
    // words, not the reporter's copy: news copy has no "I" outside quotes.
    const firstPersonMemo = new Map<number, boolean>();
    const inFirstPerson = (pi: number) => {
      let v = firstPersonMemo.get(pi);
      if (v === undefined) {
        const p = draft.paragraphs[pi];
        v = !!p && firstPerson(analysis, p.start, p.end);
        firstPersonMemo.set(pi, v);
      }
      return v;
    };
    // (Only when the story opens in the third person: an opinion column in the first person is its
    // writer's copy throughout.)
    const lede = draft.paragraphs.findIndex((p, i) => p.kind === 'body' && !inHead(i));
    const reporterLede = lede >= 0 && !inFirstPerson(lede);
    const quoted = (m: Mention) => m.inQuote !== null || draft.paragraphs[m.paragraph]?.kind === 'blockquote' || lettersFrom >= 0 && m.paragraph > lettersFrom || reporterLede && m.paragraph > lede && inFirstPerson(m.paragraph);
    const isFull = (m: Mention) => m.kind === 'full' || roles[m.index].bracketFull;

    // Ends of possessive names ("Mike Leigh's"), for works named like people ("Mike Leigh's Vera Drake").
    const possessiveEnds = new Set<number>();
    for (const m of mentions) if (m.possessive && m.kind !== 'pronoun') possessiveEnds.add(m.possessive.end);
    for (const person of people) {
      const cp = configPerson(config.people ?? [], person);
      if (cp?.noTitle) continue;
      const { refs, read } = referencesOf(analysis, person, (p) => !checkHeadline && inHead(p));
      if (refs.length === 0) continue;
      // A film, book or brand named like a person ("the drama Vera Drake", "Vera Drake star …") is
      // no person to flag: asked last, for the few people a finding is about to be made for.
      const work = () => !cp && read.some((m) => workTitle(draft, m, possessiveEnds));
      if (splitName(draft, refs[0])) continue; // "Rod Eddington" indexed as "Eddington": not ours to judge
      const firstFull = refs.findIndex(isFull);
      const upTo = firstFull < 0 ? refs.length : firstFull;
      let early: Mention | undefined;
      for (let i = 0; i < upTo; i++) {
        const m = refs[i];
        // First names alone are left to later-reference: "his wife Sharon", "Harry's story".
        if (!quoted(m) && m.kind === 'surname' && !roles[m.index].bracketFull) {
          early = m;
          break;
        }
      }
      if (early) {
        // A peer is named by the title: "Lord Goldsmith", "Baroness Scotland" are full references.
        if (early.honorific && PEERAGE.test(draft.text.slice(early.honorific.start, early.honorific.end))) continue;
        const r = roles[early.index].role;
        if (firstFull < 0 && r && (r.kind === 'before' || r.kind === 'before-appositive')) continue; // known by one name
        if (firstFull < 0 && !cp && !personEvidence(person, mentions)) continue; // a one-word name that may be a firm or place
        // The body already gave a full name ending in this surname ("spokesman Warren Lush … Mr Lush")
        // that the person index did not tie to this mention: not flagged (the index is unsure, not the copy).
        if (!cp && earlierFullName(draft, early, inHead)) continue;
        if (!cp && !judgedAlone(draft, person, mentions, early, roles)) continue;
        if (work()) continue;
        const f = noFullName(draft, person, early, refs, roles, quoted, cp);
        if (inHead(early.paragraph)) delete f.fix; // never rewrite a headline by moving body text into it
        findings.push(f);
        continue;
      }
      if (firstFull < 0) continue;
      const f0 = refs[firstFull];
      if (quoted(f0)) continue;
      if (refs.slice(0, firstFull + 1).some(hasRole)) continue;
      if (!cp && !judgedAlone(draft, person, mentions, f0, roles)) continue;
      if (work()) continue;
      const f = noTitle(draft, person, f0, refs.slice(firstFull + 1), roles, quoted, cp);
      if (inHead(f0.paragraph)) delete f.fix;
      findings.push(f);
    }
    return findings;
  },
};

/**
 * The person's references the rule reads (`refs`: none when a mention shows a firm), and every
 * mention it looks at (`read`: asked, before a finding only, whether one names a work or brand).
 */
function referencesOf(analysis: Analysis, person: Person, skipped: (paragraph: number) => boolean): { refs: Mention[]; read: Mention[] } {
  const { draft, mentions, roles } = analysis;
  const refs: Mention[] = [];
  const read: Mention[] = [];
  for (const mi of person.mentions) {
    const m = mentions[mi];
    if (!m || m.kind === 'pronoun' || roles[mi]?.credit) continue;
    if (!/\p{Ll}/u.test(m.text)) continue; // "U.S", "N.Y": abbreviations, not names
    read.push(m);
    if (attributive(draft, m)) continue; // "a Trump supporter", "the Obama administration"
    if (organisation(draft, m)) return { refs: [], read };
    if (skipped(m.paragraph)) continue;
    if (m.kind === 'surname' && isRunInLabel(draft, person, mentions, m)) continue; // "Dravick, Pell on hill  Tom Dravick …"
    refs.push(m);
  }
  return { refs, read };
}

/**
 * The signals' answer (signals/reading.ts): flag a reference only when the combiner is sure it is
 * a person, and it is not one of a list of names or a couple introduced together, nor described by
 * an appositive. When the signals disagree, no flag.
 */
function judgedAlone(draft: Draft, person: Person, mentions: Mention[], m: Mention, roles: MentionRole[]): boolean {
  const ownRole = (o: Mention) => {
    const r = roles[o.index]?.role;
    // (A "role" that is itself a courtesy-titled name is the index misreading a list: "Mrs. Ann Pell, Mrs. …".)
    // (Nor a nickname in brackets the role reader took for a party tag: "George (Pops) Pell".)
    return !!r && r.kind !== 'list' && r.kind !== 'sentence' && !r.context && !/^(?:Mr|Mrs|Ms|Miss|Messrs|Mmes)\.?\s+\p{Lu}/u.test(r.text) &&
      (r.kind !== 'party' || partyTag(` ${r.text}`));
  };
  const r = readPerson(draft, person, mentions, m, ownRole);
  return r.isPerson && !r.inList && !r.couple && !r.described;
}

/** A label that opens readers' letters or comments: "LETTERS.", "Your comments:", "Letters to the editor". */
const LETTERS_LABEL = /^[\s*_#]*(?:(?:here (?:are|is) )?(?:a selection of |some of )?(?:your|readers'?|reader) (?:comments|views|letters|e-?mails|reaction)|letters(?: to the editor)?|your letters|have your say)\b[^.\n]{0,60}[.:]?[\s*_]*$/i;

const WORK_AFTER = /^\s+(?:star|stars|actor|actress|director|producer|co-star|cast|author|writer|screenwriter|sequel)\b/u;


/** A character played: "her performance as Katharine Hepburn", "starring Leonardo DiCaprio as Howard Hughes". */
const CHARACTER_BEFORE = /(?:\b(?:performance|role|turn|portrayal|part|cameo|starring|stars|starred|cast|plays|played|playing)\b[^.;:!?"“”]{0,40}\bas|\b(?:portrays|portrayed|portraying)|\b(?:portrayal|role|part) of)\s+$/iu;
/** Plural nouns for things, before a list of names: "Its top brands include Foster's, John Smith's". */
const THINGS_WORD = /\b(?:brands|labels|marques|titles|films|novels|albums|companies|firms|banks|insurers|lenders|carriers|chains|retailers)\b/iu;
const THINGS_LISTED = /\b(?:brands|labels|marques|titles|films|novels|albums|companies|firms|banks|insurers|lenders|carriers|chains|retailers)\b[^.;:!?]{0,30}\b(?:include|includes|included|including|such as|like|are|were)(?:[\s,&]+|[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*|(?:and|of|the|champagne|beer|lager|cider|vodka|whisky|cosmetics)(?!\p{L}))*$/u;
/** Head nouns of an appositive that describes a thing, not a person. */
const THING_NOUNS = new Set([
  'story', 'novel', 'book', 'film', 'movie', 'play', 'musical', 'album', 'song', 'single', 'company', 'firm', 'group',
  'band', 'brand', 'label', 'mine', 'bank', 'insurer', 'lender', 'chain', 'retailer', 'show', 'series', 'newspaper',
  'magazine', 'charity', 'hotel', 'restaurant', 'oilfield', 'project', 'drama', 'comedy', 'sitcom', 'opera',
  'programme', 'program', 'website', 'game', 'carrier', 'airline', 'maker', 'manufacturer', 'brewer', 'producer',
  'conglomerate', 'subsidiary', 'unit', 'division', 'fund', 'partnership', 'consortium', 'venture', 'stores', 'serial', 'soap',
  'sitcom', 'programme', 'documentary', 'cartoon', 'franchise', 'character',
]);

/** ", the country's biggest open-cast coal mine", ", a story about a boy": an appositive about a thing. */
function thingAppositive(after: string): boolean {
  const open = /^,\s+(?:a|an|the|its|their|[\p{Lu}][\p{L}\p{M}.&-]*['’]s)\s+/u.exec(after);
  if (!open) return false;
  // The head noun is the last word before a preposition, a relative word or the end of the clause.
  const words = after.slice(open[0].length).split(/(?=[,;.:()—–]|\s-\s)/)[0].split(/\s+/);
  let head = '';
  for (const w of words) {
    if (/^(?:about|of|in|on|at|that|which|who|with|from|for|by|to|and|or|based|owned|run)$/i.test(w)) break;
    head = w;
  }
  head = head.toLowerCase();
  if (!THING_NOUNS.has(head)) return false;
  // "producer" and "maker" head both ("a Hollywood producer"); only a maker of goods is a thing.
  if (head === 'producer' || head === 'maker') return /\b(?:oil|gas|steel|car|chip|drinks|food|wine|beer|copper|aluminium|software|drug|aircraft|phone|toy)s?\s+(?:producer|maker)$/iu.test(words.join(' ').split(/\s+(?:about|of|in)\b/)[0]);
  return true;
}

/**
 * A film, book, show or brand named like a person: "abortion drama Vera Drake", "his role in
 * Vera Drake", "Vera Drake star Imelda Staunton", "Clint Eastwood's Million Dollar Baby",
 * "bookmaker William Hill".
 */
export function workTitle(draft: Draft, m: Mention, possessiveEnds: Set<number>): boolean {
  const ns = nameSpan(m);
  // "Martin Hollow and Mr Pike by Susanna Marsh": a book's title, its author after "by".
  if (m.honorific && /^\s+by\s+\p{Lu}\p{Ll}/u.test(draft.prose.slice(ns.end, ns.end + 8))) return true;
  if ((m.honorific || m.kind !== 'full') && thingAppositive(draft.prose.slice(ns.end, ns.end + 90))) return true; // "Mr Norrell, a novel about …", "Standard Life, Europe's largest insurer"
  if (m.kind !== 'full' || m.honorific) return false;
  const para = draft.paragraphs[m.paragraph];
  const before = draft.prose.slice(Math.max(para ? para.start : 0, ns.start - 30), ns.start);
  const wide = draft.prose.slice(Math.max(para ? para.start : 0, ns.start - 90), ns.start);
  if (THINGS_LISTED.test(wide) && /^[^.;:!?]*$/.test(wide.slice(wide.search(THINGS_WORD)))) return true; // "brands including Moet & Chandon and Louis Vuitton"
  if (/(?:^|[^\p{L}])(?:remake|version|revival|staging|adaptation|sequel) (?:of|to)\s+$/iu.test(before)) return true; // "a remake of Tom Brown's Schooldays"
  if (/\b(?:which|that)\s+(?:makes|made|brews|brewed|sells|sold|produces|produced|owns|owned|markets|bought|distributes)\s+$/i.test(before)) return true; // "Inbev, which makes Stella Artois"
  // The subject of a programme or a biography: "programmes on The Wizard of Oz, Agatha Christie and …".
  if (/(?:^|[^\p{L}])(?:programmes?|programs?|documentar(?:y|ies)|biograph(?:y|ies)|biopics?) (?:on|of|about)\s+(?:[\p{Lu}][^,.;:!?]*,\s+){0,3}$/u.test(wide)) return true;
  if (m.possessive) return false; // "his role in Mike Nichols' Closer": the film-maker is a person
  if (WORK_BEFORE.test(before)) return true;
  if (WORK_AFTER.test(draft.prose.slice(ns.end, ns.end + 20))) return true;
  if (CHARACTER_BEFORE.test(wide)) return true; // "starring Leonardo DiCaprio as Howard Hughes"
  // "The main character, Robert Lantry,", "Kombou plays Vince Everly in Blue Suede Road".
  if (/\b(?:character|characters|hero|heroine|villain|protagonist|narrator)(?:\s+(?:like|such as|including|called|named))?,?\s+(?:[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*,\s+|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*\s+and\s+)*$/iu.test(wide) && !/\b(?:real|real-life)\s+\S+,?\s+$/i.test(before)) return true;
  if (/\b(?:plays|played|playing|portrays|portrayed)\s+$/i.test(before) && /^\s+in\s+(?:the\s+)?\p{Lu}/u.test(draft.prose.slice(ns.end, ns.end + 12))) return true;
  // "plays a jobless drunkard in Duane Hopwood": a film; "Judith Moritz, in Melton Mowbray,": a place.
  if (/\b(?:plays|played|playing|stars|starred|starring|appears|appeared|role|roles)\b[^.;:!?"“”]{0,50}\bin\s+$/i.test(wide)) return true;
  if (/,\s+in\s+$/.test(before) && /^\s*,/.test(draft.prose.slice(ns.end, ns.end + 3))) return true;
  // "The Journey of Romeo Dallaire", "The Ballad of Jed Clampett", "The Life of David Gale": a title.
  if (/(?:^|[^\p{L}])The\s+(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}of\s+(?:the\s+)?$/u.test(before)) return true;
  // A capital "The" inside a sentence starts a title: "12 years after The Joshua Tree sealed their fame".
  if (/[^.!?:;"“'‘\s][ \t]+The[ \t]+$/.test(before)) return true;
  if (thingAppositive(draft.prose.slice(ns.end, ns.end + 90))) return true; // "La Escondida, the world's largest copper mine"
  const gap = /\s+$/.exec(before);
  return !!gap && gap[0].length <= 2 && possessiveEnds.has(ns.start - gap[0].length);
}

/**
 * A capitalised "<Given> <Surname>" in the body before mention `m`, ending in its surname: a given
 * name or an unknown word before it, not a title, courtesy title, role or function word
 * ("President Bush", "Mr Blair", "But Morris" do not count).
 */
function earlierFullName(draft: Draft, m: Mention, inHead: (p: number) => boolean): boolean {
  const sur = surnameText(draft, m);
  if (!/^\p{Lu}/u.test(sur)) return false;
  let from = 0;
  for (const p of draft.paragraphs) {
    if (!inHead(p.index)) {
      from = p.start;
      break;
    }
  }
  if (from >= m.start) return false;
  const prose = draft.prose.slice(from, m.start);
  if (!prose.includes(sur)) return false;
  for (const g of wordsBefore(prose, sur)) {
    if (isStopWord(g) || isCourtesyTitle(g) || isTitleAbbreviation(g) || roleWord(g, true)) continue;
    if (/['’]s$/.test(g)) continue;
    if (isGivenName(g) || !isCommonWord(g)) return true;
  }
  return false;
}

/** A capitalised word and the white space after it (the word is group 1). */
const CAP_WORD_GAP = /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+/gu;
/** A middle initial and the white space after it ("A. ", "A "). */
const INITIAL_GAP = /\p{Lu}\.?\s+/uy;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * The capitalised words `g` of `prose` that stand before `sur` as in "<g> [<initial>] <sur>", in
 * the order and with the non-overlapping matches of the pattern
 * `(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(?:\p{Lu}\.?\s+)?<sur>(?![\p{L}\p{M}])` with the
 * `g` flag, without compiling a pattern per surname (1-3 ms each with its Unicode classes). Every
 * start that pattern can match at is a match of CAP_WORD_GAP, whose matches never overlap one.
 */
function* wordsBefore(prose: string, sur: string): Generator<string> {
  const ends = (q: number) => prose.startsWith(sur, q) && !LETTER_OR_MARK.test(String.fromCodePoint(prose.codePointAt(q + sur.length) ?? 32));
  CAP_WORD_GAP.lastIndex = 0;
  for (let x; (x = CAP_WORD_GAP.exec(prose)); ) {
    const w = x.index + x[0].length;
    INITIAL_GAP.lastIndex = w;
    const initial = INITIAL_GAP.exec(prose);
    // (The pattern tries the initial first, then none.)
    const q = initial && ends(INITIAL_GAP.lastIndex) ? INITIAL_GAP.lastIndex : ends(w) ? w : -1;
    if (q < 0) continue;
    const next = q + sur.length;
    yield x[1];
    CAP_WORD_GAP.lastIndex = next;
  }
}

const PEERAGE = /^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess|Marquess|(?:(?:Mr|Mrs|Ms|Lord|Lady)\.?\s+)?Justice)$/;

/**
 * Something says this one-word name is a person, not a firm, a place or a nickname: a courtesy or
 * title abbreviation, a pronoun the index tied to it. (A speech verb is not enough: firms "said"
 * things too.)
 */
function personEvidence(person: Person, mentions: Mention[]): boolean {
  for (const mi of person.mentions) {
    const m = mentions[mi];
    if (!m) continue;
    if (m.kind === 'pronoun' || m.honorific) return true;
  }
  return false;
}

function surnameText(draft: Draft, m: Mention): string {
  return m.surname ? draft.text.slice(m.surname.start, m.surname.end) : m.text;
}

function noOverlap(edits: TextEdit[]): boolean {
  const s = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < s.length; i++) if (s[i].start < s[i - 1].end) return false;
  return true;
}

/**
 * The later mention's description as a safe move: the span after the name to take away, or null
 * when its edges are not proven (fix-safety.ts). A party tag or post-nominal moves as written; a
 * comma-delimited description must end where the role found it, or further only past a comma
 * inside a number ("who won £150,000 in damages"), never for a bare number (", 1,428").
 */
function movableAfter(draft: Draft, lns: NameSpan, lr: Role): Span | null {
  const removal = lr.removal as Span;
  if (lr.kind === 'party') return partyTag(draft.text.slice(lns.end, removal.end)) ? removal : null;
  const whole = wholeAppositive(draft, lns.end, lr.kind === 'relative' ? 'relative' : 'appositive');
  // ("Mr Christie and Mr Bush, who …": the description may belong to both names.)
  if (/(?:\band|\bor|&)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/.test(draft.prose.slice(Math.max(0, lns.start - 12), lns.start))) return null;
  if (!whole || whole.end < removal.end) return null;
  if (whole.end === removal.end) return whole;
  const cut = draft.prose.slice(removal.end - 2, removal.end + 1);
  return /^\p{N},\p{N}$/u.test(cut) && /\p{L}/u.test(lr.text) ? whole : null;
}

/**
 * A title that opened its sentence ("Diminutive wing Shane Williams") keeps its capital only where
 * it lands at a sentence start too, or where its first word is a name ("Arizona senator"): else the
 * move is a suggestion.
 */
function caseFits(draft: Draft, titleStart: number, targetAtStart: boolean): boolean {
  if (targetAtStart || !atSentenceStart(draft, titleStart)) return true;
  const first = /^[\p{L}'’-]+/u.exec(draft.prose.slice(titleStart, titleStart + 40))?.[0] ?? '';
  return isPlace(first) || isDemonym(first) || isOrg(first) || isGivenName(first) || isKnownSurname(first);
}

/**
 * Two mentions the person index joined may still be two people: "Mr. Clinton" after "Hillary
 * Clinton" (a courtesy title of the other sex than the given name). And a surname after "the" or
 * "a" ("Despite the Trump name") is a modifier, not a reference to move words onto.
 */
function samePersonAndPlace(draft: Draft, first: Mention, later: Mention): boolean {
  const text = draft.text;
  if (/(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(text.slice(Math.max(0, nameSpan(first).start - 5), nameSpan(first).start))) return false;
  const given = [first, later].find((m) => m.given);
  const hon = [first, later].find((m) => m.honorific);
  if (!given?.given || !hon?.honorific) return true;
  const g = nameGender(text.slice(given.given.start, given.given.end));
  const h = text.slice(hon.honorific.start, hon.honorific.end).replace(/\.$/, '').toLowerCase();
  const hg = HONORIFIC_GENDER.get(h) ?? null;
  return !g || !hg || g === hg;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}

/** The appositive text moved next to another name, with its closing comma fitted to what follows. */
function fitAppositive(draft: Draft, appositive: string, insertAt: number): string {
  const next = /\S/.exec(draft.text.slice(insertAt, insertAt + 20));
  const punctuationNext = !next || /[.,;:!?)\]"”’—–]/.test(next[0]);
  let a = appositive;
  if (!a.startsWith(',')) return a; // party tag "(R-Texas)"
  if (punctuationNext) a = a.replace(/,\s*$/, '');
  else if (!/,\s*$/.test(a)) a = a + ',';
  return a;
}

function noFullName(
  draft: Draft,
  person: Person,
  s: Mention,
  refs: Mention[],
  roles: MentionRole[],
  quoted: (m: Mention) => boolean,
  cp: { name: string; title?: string } | undefined,
): RuleFinding {
  const text = draft.text;
  const sns = nameSpan(s);
  const sText = text.slice(sns.start, sns.end);
  const sStart = atSentenceStart(draft, sns.start);
  const later = refs.find((m) => m.start > s.start && !quoted(m) && (m.kind === 'full' || roles[m.index].bracketFull) && !m.inBrackets);
  let fix: Fix | undefined;
  let move: Suggestion | undefined;
  if (later) {
    const lns = nameSpan(later);
    const lr: Role | null = roles[later.index].role;
    const swap: TextEdit[] = [
      { start: sns.start, end: sns.end, text: text.slice(lns.start, lns.end) },
      { start: lns.start, end: lns.end, text: sText },
    ];
    let edits: TextEdit[] | null = null;
    let safe = true;
    if (lr && (lr.kind === 'before') && lr.removal && lr.removal.start >= sns.end && !lr.plural && !PEERAGE.test(lr.text)) {
      const moved = text.slice(lr.removal.start, lns.end);
      edits = [
        { start: sns.start, end: sns.end, text: fitCase(moved, sStart) },
        { start: lr.removal.start, end: lns.end, text: sText },
      ];
      safe = wholeTitle(draft, lr.removal) && !roles[s.index].role && caseFits(draft, lr.removal.start, sStart);
    } else if (lr && (lr.kind === 'appositive' || lr.kind === 'relative' || lr.kind === 'party') && lr.removal && !lr.plural && !s.possessive) {
      const span = movableAfter(draft, lns, lr);
      const removal = span ?? lr.removal;
      const appositive = fitAppositive(draft, text.slice(lns.end, removal.end), sns.end);
      edits = [
        { start: sns.start, end: sns.end, text: text.slice(lns.start, lns.end) + appositive },
        { start: lns.start, end: removal.end, text: sText },
      ];
      safe = !!span && insertableAfter(draft, sns.end) && !roles[s.index].role;
    } else if (cp?.title) {
      edits = [
        { start: sns.start, end: sns.end, text: fitCase(`${cp.title} ${text.slice(lns.start, lns.end)}`, sStart) },
        { start: lns.start, end: lns.end, text: sText },
      ];
    } else {
      edits = swap;
    }
    if (!noOverlap(edits)) edits = null;
    const sure = samePersonAndPlace(draft, s, later);
    if (edits && safe && sure) fix = { edits };
    else {
      // The description's edges are not proven: the names change places safely, the move is offered.
      if (edits) move = { desc: `Move the full reference at "${clip(text.slice(lns.start, lns.end))}" here`, fix: { edits } };
      if (noOverlap(swap) && sure) fix = { edits: swap };
    }
  } else if (cp?.title) {
    const full = person.name.includes(' ') ? person.name : cp.name;
    fix = { edits: [{ start: sns.start, end: sns.end, text: fitCase(`${cp.title} ${full}`, sStart) }] };
  }
  const sur = surnameText(draft, s);
  const suggestions: Suggestion[] = [
    {
      desc: `Give ${sur}'s title and first name`,
      fix: { edits: [{ start: sns.start, end: sns.end, text: `${TITLE_PLACEHOLDER} ${GIVEN_PLACEHOLDER} ${sur}` }] },
    },
  ];
  if (move) suggestions.unshift(move);
  const data = { personId: person.id, name: person.name, ...(later ? { fullReference: { start: later.start, end: later.end } } : {}) };
  return {
    start: sns.start,
    end: sns.end,
    message: `First reference to ${s.text} gives no full name`,
    ...(fix ? { fix } : {}),
    suggestions,
    data,
  };
}

function noTitle(
  draft: Draft,
  person: Person,
  f0: Mention,
  laterRefs: Mention[],
  roles: MentionRole[],
  quoted: (m: Mention) => boolean,
  cp: { name: string; title?: string } | undefined,
): RuleFinding {
  const text = draft.text;
  const ns = nameSpan(f0);
  const sStart = atSentenceStart(draft, ns.start);
  let fix: Fix | undefined;
  let move: Suggestion | undefined;
  if (cp?.title) {
    fix = { edits: [{ start: ns.start, end: ns.start, text: fitCase(`${cp.title} `, sStart) }] };
  } else {
    for (const l of laterRefs) {
      if (quoted(l)) continue;
      const lr = roles[l.index].role;
      // (A plural shared over a list, "stars A, B and C", is no title for one person; a peer's
      // "Lord" goes with the surname, never before a full name.)
      if (!lr || !lr.removal || lr.plural || PEERAGE.test(lr.text)) continue;
      const lns = nameSpan(l);
      let edits: TextEdit[] | null = null;
      let safe = false;
      if (lr.kind === 'before' && lr.removal.start >= ns.end) { // (a title found over the first mention itself moves nothing)
        const moved = text.slice(lr.removal.start, lr.removal.end).replace(/\s+$/, '') + ' ';
        edits = [
          { start: ns.start, end: ns.start, text: fitCase(moved, sStart) },
          { start: lr.removal.start, end: lr.removal.end, text: '' },
        ];
        safe = wholeTitle(draft, lr.removal) && caseFits(draft, lr.removal.start, sStart);
      } else if ((lr.kind === 'appositive' || lr.kind === 'relative' || lr.kind === 'party') && !f0.possessive) {
        const span = movableAfter(draft, lns, lr);
        const removal = span ?? lr.removal;
        edits = [
          { start: ns.end, end: ns.end, text: fitAppositive(draft, text.slice(lns.end, removal.end), ns.end) },
          { start: lns.end, end: removal.end, text: '' },
        ];
        safe = !!span && insertableAfter(draft, ns.end);
      }
      if (edits && noOverlap(edits)) {
        if (safe && samePersonAndPlace(draft, f0, l)) fix = { edits };
        else move = { desc: `Move the description at "${clip(text.slice(lns.start, lns.end))}" here`, fix: { edits } };
      }
      break;
    }
  }
  const suggestions: Suggestion[] = [
    {
      desc: `Add a title before ${f0.text}`,
      fix: { edits: [{ start: ns.start, end: ns.start, text: `${TITLE_PLACEHOLDER} ` }] },
    },
  ];
  if (move) suggestions.unshift(move);
  return {
    start: ns.start,
    end: ns.end,
    message: `${f0.text} is introduced without a title or role`,
    ...(fix ? { fix } : {}),
    suggestions,
    data: { personId: person.id, name: person.name },
  };
}

