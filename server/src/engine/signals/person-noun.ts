/**
 * A noun for a person describes the name, though the role lexicon lacks it (issue 16): the signals
 * read compromise's person nouns (`isPersonNoun`: its `Actor` tag) beside the role lexicon.
 * - before the name, among the modifiers that run into it ("philosopher Ada Morrow",
 *   "apprentice Tom Dravick", "rookie southpaw Joe Orrin", "Twenty-one-year-old Anna Pell");
 * - as the predicate of the name ("Anna Pell is a master of the cello", "he had in Tom Dravick a
 *   patient teacher");
 * - as a plural noun the name's list stands for ("three sisters, Mrs. A, Mrs. B and Mrs. C",
 *   "identified the two men as A and B", "A, B and other bright young players").
 * General nouns of anyone ("man", "people", "friend") describe no one in particular.
 */
import { isPersonNoun } from '../names';
import { personNounIsAdjective, personNounIsVerb, personNounSense } from '../lexicon/person-nouns';
import { roleWord } from '../titles';
import type { Mention } from '../types';
import { listAround } from './list';
import type { SignalInput } from './types';
import { endAfter, startBefore } from './types';

const GENERIC = new Set(
  `man men woman women people person persons human humans being beings soul souls spirit spirits phrase phrases
  population populations nobody somebody anybody ghost ghosts boy boys girl girls child children baby babies
  lady ladies gentleman gentlemen guy guys lad lads fella fellas dude dudes friend friends user users`.split(/\s+/),
);

/**
 * A noun that says what a person is: the role lexicon's, compromise's or WordNet's person nouns
 * (lexicon/person-nouns.ts), not a general one. `loose`: also a noun whose person sense is not its
 * first ("tenor", "end"), for a slot where the syntax says a person is meant (right before a name).
 * `wordnet`: false to read the role lexicon and compromise only.
 */
export function personNoun(w: string, plural?: boolean, loose = false, verbSlot = false, wordnet = true): boolean {
  const lower = w.toLowerCase();
  if (GENERIC.has(lower)) return false;
  // (A plural of a party or a nation heads a list: "four Democrats --", "the Americans as".)
  const r = roleWord(w, plural === true && /^\p{Lu}/u.test(w));
  if (r?.role) return plural === undefined || r.plural === plural;
  if (isPersonNoun(lower) && (plural === undefined || plural === (/(?:s|men)$/.test(lower) && !/ss$/.test(lower)))) return true;
  if (!wordnet || !/^\p{Ll}/u.test(w)) return false;
  const sense = personNounSense(lower, plural);
  // (WordNet's nouns that are adjectives too describe no role: "pretty, blonde Ann Pell", "a private
  // company"; nor, where a verb may stand, those that are verbs too: "we watch John Kerry".)
  if (!sense || personNounIsAdjective(lower) || verbSlot && personNounIsVerb(lower)) return false;
  return sense === 'dominant' || loose;
}

/** Words after which the next word may be a verb: a pronoun, "to", a modal or auxiliary, a conjunction. */
const VERB_SLOT = /^(?:to|will|would|can|could|should|must|may|might|shall|i|we|you|they|he|she|it|who|did|does|do|not|never|and|or|also|then|just|only)$/i;

/** Words that stop the walk back from the name: determiners, prepositions, conjunctions, verbs of speech. */
const STOP = /^(?:the|a|an|of|in|on|at|to|by|for|from|with|and|or|but|as|than|that|which|who|said|says|told|asked|is|was|are|were|be|been|has|had|have)$/i;

/** "philosopher Ada Morrow", "rookie southpaw Joe Orrin": a person noun among the ≤ 3 words running into the name. */
export function nounBefore(x: SignalInput, m: Mention = x.first): boolean {
  const s = startBefore(m);
  const wide = x.draft.prose.slice(Math.max(0, s - 60), s);
  // (Within the paragraph: a headline's last words run into no name.)
  const lead = wide.slice(wide.lastIndexOf('\n') + 1);
  if (/(?:^|[\s(])(?:[\p{L}]+-)+year-old\s+$/iu.test(lead) || /(?:^|[\s(])Ex-\p{Lu}\p{L}+\s+$/u.test(lead)) return true;
  // "a boy soprano named Ada Morrow": a lower-case noun phrase the name is given to describes the
  // person whatever its noun, as between a determiner and the name (not "a man named …").
  const tail = lead.trimEnd();
  const named = (tail.endsWith(' named') || tail.endsWith(' called')) && /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:named|called)\s+$/u.exec(lead);
  if (named && !GENERIC.has(named[1])) return true;
  const words = /((?:[\p{L}][\p{L}'’-]*\s+){1,3})$/u.exec(lead)?.[1].trim().split(/\s+/) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (STOP.test(w) || VERB_SLOT.test(w) || /['’]s$/.test(w)) return false;
    // (A capital inside the run is another name or a title the role reader saw: "Rookie" may start
    // the sentence, and the walk stops there, before the last sentence's or the headline's words.)
    const opens = /^\p{Lu}\p{Ll}+$/u.test(w) && sentenceStartBefore(lead, words, i);
    const lower = opens ? w.toLowerCase() : w;
    // (Capitalised titles, "President Eisenhower", are the role reader's to judge.)
    if (!/^\p{Ll}/u.test(lower)) return false;
    const before = lead.slice(0, lead.lastIndexOf(w));
    const prev = /([\p{L}]+)[^\p{L}]*$/u.exec(before)?.[1] ?? '';
    // (A noun with a person sense among others, "tenor", "end", counts right before the name only, at
    // the sentence start or after a determiner and one to three modifiers: "End Tom Dravick", "the
    // gifted young Welsh tenor Ann Pell"; not "in this case X", "the paper's image X".)
    const loose = i === words.length - 1 && (opens || /(?:^|\s)(?:the|a|an)\s+(?:\S+\s+){1,3}$/i.test(before));
    // (WordNet's nouns only right before the name: further back they more often modify another noun.)
    if (personNoun(lower, false, loose, !opens && VERB_SLOT.test(prev), i === words.length - 1)) return true;
    if (opens) return false;
  }
  return false;
}

function sentenceStartBefore(lead: string, words: string[], i: number): boolean {
  const rest = words.slice(i).join(' ');
  const at = lead.lastIndexOf(rest.split(' ')[0]);
  return at <= 0 || /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(lead.slice(0, at));
}

/** The predicate: "X is|was (still) (only) a|an … <person noun>", after an aside; or "had in X a patient teacher". */
const PREDICATE_AFTER = /^(?:,[^,.;!?"“”]{1,80},)?\s+(?:is|was|became|remains|remained)\s+(?:(?:still|only|also|now|not|clearly|already|simply)\s+)*(?:a|an)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;
const OBJECT_COMPLEMENT = /^\s+(?:a|an)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u;

export function predicateNoun(x: SignalInput): boolean {
  const e = endAfter(x.first);
  const after = x.draft.prose.slice(e, e + 160);
  const m = PREDICATE_AFTER.exec(after) ?? OBJECT_COMPLEMENT.exec(after);
  if (!m) return false;
  // The noun phrase's head: its last word before a preposition or the end ("a master of the cello").
  const words = m[1].split(/\s+/);
  const stop = words.findIndex((w) => /^(?:of|for|at|in|on|with|who|to|from)$/.test(w));
  const np = stop < 0 ? words : words.slice(0, stop);
  return np.some((w) => personNoun(w, false));
}

/** Before the list: "<plural person noun> (were|are|as|include|, |: |--|, among them) "; after it: "and other <plural>". */
const LIST_BEFORE = /([\p{L}-]+)\s*(?:(?:,|:|--|—|–)\s*|\s+(?:were|are|as|include|included)\s+|,\s+(?:among them|namely|notably)\s+)$/u;

/**
 * Whether `noun` heads the list after it. After a bare comma or dash the noun needs a number (or
 * "the" right) before it and two names after it ("three sisters, A and B"; not "nurtured singers, A and
 * B among them" nor "welcoming refugees, Ted Terry noted"). A list after "including" or "such as"
 * is the role reader's (roles.ts): "critics, including X" says what X thinks, not what X is.
 */
function listHead(lead: string, noun: string, link: string, names: number): boolean {
  if (/^[\p{L}-]+\s*(?:,|:|--|—|–)\s*$/u.test(link)) {
    return names >= 2 && personNoun(noun, true) && /(?:^|\s)(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\p{L}-]+\s+){0,2}|the\s+)$/iu.test(lead);
  }
  return personNoun(noun, true);
}

export function listUnderPluralNoun(x: SignalInput): boolean {
  // (With the names the index did not read: "three union bosses, Al (Red) Wexley, Tom Dravick, …".)
  const list = listAround(x);
  const s = list.start;
  const lead = x.draft.prose.slice(Math.max(0, s - 50), s);
  const before = LIST_BEFORE.exec(lead);
  if (before && listHead(lead.slice(0, before.index), before[1], before[0], list.size)) return true;
  // "A and B, <an aside>, are the likely starting pitchers": the list's predicate is a plural person noun.
  const pred = /^(?:,[^.;:!?"“”]{1,100},)?\s+(?:are|were)\s+(?:(?:the|both|all|also|among\s+the)\s+)*((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(x.draft.prose.slice(list.end, list.end + 170));
  if (pred && list.size >= 2) {
    const words = pred[1].split(/\s+/);
    const stop = words.findIndex((w) => /^(?:of|for|at|in|on|with|who|to|from)$/.test(w));
    if (words.slice(0, stop < 0 ? words.length : stop).some((w) => personNoun(w, true))) return true;
  }
  const tail = x.draft.prose.slice(list.end, list.end + 50);
  const other = /^,?\s+(?:and|or)\s+(?:many\s+|several\s+|a\s+few\s+)?(?:the\s+)?other\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(tail)?.[1];
  return !!other && list.size >= 1 && other.split(/\s+/).some((w) => personNoun(w, true));
}
