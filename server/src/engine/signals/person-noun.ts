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
import { roleWord } from '../titles';
import type { Mention } from '../types';
import { listOf } from './list';
import type { SignalInput } from './types';
import { endAfter, startBefore } from './types';

const GENERIC = new Set(
  `man men woman women people person persons human humans being beings soul souls spirit spirits phrase phrases
  population populations nobody somebody anybody ghost ghosts boy boys girl girls child children baby babies
  lady ladies gentleman gentlemen guy guys lad lads fella fellas dude dudes friend friends user users`.split(/\s+/),
);

/** A noun that says what a person is: the role lexicon's or compromise's person nouns, not a general one. */
export function personNoun(w: string, plural?: boolean): boolean {
  const lower = w.toLowerCase();
  if (GENERIC.has(lower)) return false;
  // (A plural of a party or a nation heads a list: "four Democrats --", "the Americans as".)
  const r = roleWord(w, plural === true && /^\p{Lu}/u.test(w));
  if (r?.role) return plural === undefined || r.plural === plural;
  if (!isPersonNoun(lower)) return false;
  if (plural === undefined) return true;
  return plural === (/(?:s|men)$/.test(lower) && !/ss$/.test(lower));
}

/** Words that stop the walk back from the name: determiners, prepositions, conjunctions, verbs of speech. */
const STOP = /^(?:the|a|an|of|in|on|at|to|by|for|from|with|and|or|but|as|than|that|which|who|said|says|told|asked|is|was|are|were|be|been|has|had|have)$/i;

/** "philosopher Ada Morrow", "rookie southpaw Joe Orrin": a person noun among the ≤ 3 words running into the name. */
export function nounBefore(x: SignalInput, m: Mention = x.first): boolean {
  const s = startBefore(m);
  const lead = x.draft.prose.slice(Math.max(0, s - 60), s);
  if (/(?:^|[\s(])(?:[\p{L}]+-)+year-old\s+$/iu.test(lead) || /(?:^|[\s(])Ex-\p{Lu}\p{L}+\s+$/u.test(lead)) return true;
  // "a boy soprano named Ada Morrow": a lower-case noun phrase the name is given to describes the
  // person whatever its noun, as between a determiner and the name (not "a man named …").
  const named = /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:named|called)\s+$/u.exec(lead);
  if (named && !GENERIC.has(named[1])) return true;
  const words = /((?:[\p{L}][\p{L}'’-]*\s+){1,3})$/u.exec(lead)?.[1].trim().split(/\s+/) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (STOP.test(w) || /['’]s$/.test(w)) return false;
    // (A capital inside the run is another name or a title the role reader saw: "Rookie" may start the sentence.)
    const lower = i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && sentenceStartBefore(lead, words, i) ? w.toLowerCase() : w;
    // (Capitalised titles, "President Eisenhower", are the role reader's to judge.)
    if (!/^\p{Ll}/u.test(lower)) return false;
    if (personNoun(lower, false)) return true;
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
  const list = listOf(x);
  const head = list[0];
  const last = list[list.length - 1];
  const s = startBefore(head);
  const lead = x.draft.prose.slice(Math.max(0, s - 50), s);
  const before = LIST_BEFORE.exec(lead);
  if (before && listHead(lead.slice(0, before.index), before[1], before[0], list.length)) return true;
  const tail = x.draft.prose.slice(endAfter(last), endAfter(last) + 50);
  const other = /^,?\s+(?:and|or)\s+(?:many\s+|several\s+|a\s+few\s+)?other\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(tail)?.[1];
  return !!other && list.length >= 2 && other.split(/\s+/).some((w) => personNoun(w, true));
}
