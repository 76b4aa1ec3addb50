/**
 * The copy describes the person in an appositive even when its head noun is not in the role
 * lexicon: ", mezzo-soprano,", ", relief pitcher,", ", another restless sort," after the name, or
 * "the mayor's right-hand man, Tom Dravick," before it. A description is how a person is introduced,
 * so a flag there would be a false alarm. Not a description: an age, a place (", of Austin"), a
 * clause (", who …", ", held up by …", ", waving …"), a quantifier (", both of …").
 */
import { PERSON_VERBS, VERBS_AFTER_A_NAME } from '../lexicon/verbs';
import { roleWord } from '../titles';
import { CLAUSE_OPENERS, SCENE_PREPOSITIONS } from '../lexicon/function-words';
import { appositiveAfter } from '../appositives';
import type { SignalInput } from './types';
import { credit } from './credit';
import { listUnderPluralNoun, nounBefore, personNoun, predicateNoun } from './person-noun';
import { relativeAfter } from './relative';
import { affiliated } from './affiliation';
import { endAfter, mentionStartsIn, startBefore } from './types';

const DETERMINER = /^(?:a|an|the|another|his|her|their|its|our|this|that|one)$/;
const AFTER_RE = /^((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,6}?[\p{L}][\p{L}'’-]*)\s*(,|\.(?!\p{L})|;|\s--|\s[—–]|$|\s(?=(?:who|whose)\s))/u;
const BEFORE_RE = /(?:^|[^\p{L}])((?:[Aa]n?|[Tt]he|[Aa]nother|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\p{Lu}][\p{L}]*['’]s)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{Ll}][\p{Ll}-]+),\s+$/u;

/** ", another estate agent who …": a determiner's noun phrase, then its own relative clause. */
const DETERMINER_NP_WHO = /^(?:a|an|the|another|his|her|their|its|our|one)\s+(?:[\p{Ll}-]+\s+){0,4}\p{Ll}[\p{Ll}-]+\s+(?:who|whose|whom)\s/u;

/** ", <description>," right after the name. */
export function describedAfter(x: SignalInput): boolean {
  const e = endAfter(x.first);
  const ap = appositiveAfter(x.draft.prose, e, e + 80);
  // (A short phrase: read to its own end mark, which may come before the clause's end.)
  if (ap && DETERMINER_NP_WHO.test(x.draft.prose.slice(ap.start, e + 80))) return true;
  const m = ap && AFTER_RE.exec(x.draft.prose.slice(ap.start, e + 80));
  if (!ap || !m) return false;
  const words = m[1].split(/\s+/);
  const w0 = words[0].toLowerCase();
  if (CLAUSE_OPENERS.has(w0) || PERSON_VERBS.has(w0) || VERBS_AFTER_A_NAME.has(w0) || /^\p{N}/u.test(w0)) return false;
  // Closed by the sentence's end, only a determiner's noun phrase is sure to be a description:
  // ", beat her former co-star." is the verb of a clause the name ended.
  // (", the lanky reserve goalie who sat out …": a determiner's noun phrase closed by a relative pronoun.)
  if (m[2] !== ',' && m[2] !== ';' && !DETERMINER.test(w0) && words.length > 1) return false;
  // A participle opens a clause ("held up by", "waving a flag"), unless a determiner leads.
  if (!DETERMINER.test(w0) && /(?:ing|ed)$/.test(w0)) return false;
  // An agent after "by" makes a passive clause ("held up by the snow"), not a description.
  if (words.includes('by')) return false;
  // Another name inside is the next item of a list ("X, world champion Anna Pell, and …").
  const end = ap.start + m[0].length;
  if (mentionStartsIn(x.mentions, x.first, e, end)) return false;
  // A description opens in lower case ("high school senior from Wexford"); ", Lincoln high
  // school," is an affiliation, and a lone capitalised word is a name or a place.
  return /^\p{Ll}/u.test(words[0]);
}

/** "<determiner> … <noun>, Name," or "…, Name." before the name. */
export function describedBefore(x: SignalInput): boolean {
  const s = startBefore(x.first);
  // ("his bride, the former Miss Ann Pell,": a maiden name after the description.)
  const gap = x.first.honorific ? /,\s+the\s+former\s+$/.exec(x.draft.prose.slice(Math.max(0, s - 14), s)) : null;
  const at = gap ? s - gap[0].length + 2 : s;
  const m = BEFORE_RE.exec(x.draft.prose.slice(Math.max(0, at - 70), at));
  if (!m) return false;
  // "in the primary, Tom Dravick, said": a phrase of time or place, not a description.
  const lead = x.draft.prose.slice(Math.max(0, at - 70), at).slice(0, m.index + m[0].length - m[1].length - 2);
  if (SCENE_PREPOSITIONS.has((/(\p{L}+)\s*$/u.exec(lead)?.[1] ?? '').toLowerCase())) return false;
  return /^(?:,|\.(?!\p{L})|$)/u.test(x.draft.prose.slice(endAfter(x.first), endAfter(x.first) + 2).trimStart() || '.');
}

/** Words after "as" that make no role: "as well as", "as soon as", "as he left". */
const AS_NOT_ROLE = /^(?:well|soon|long|much|far|if|though|usual|expected|planned|such|of|to|for|in|he|she|it|they|we|i|you|his|her|their|its|part|was|is|a\s+result)\b/i;

/** After "as": a character's name ("as Odile") or a role noun within four words ("as captain", "as his father"). */
function asRole(after: string): boolean {
  if (/^\p{Lu}\p{Ll}/u.test(after)) return true;
  const words = after.split(/[\s,.;:!?]+/).slice(0, 4);
  return words.some((w) => /^\p{Ll}/u.test(w) && (!!roleWord(w, false)?.role || personNoun(w, false)));
}

/**
 * A credit in a cast or line-up: "Tom Dravick as Alvise", "Anna Pell as an innocent
 * bystander", "with Mary Wexley as captain"; and an actor in brackets after the character they
 * play ("Laura (Mary Wexley)").
 */
export function credited(x: SignalInput): boolean {
  const e = endAfter(x.first);
  const as = /^\s+as\s+(\S.{0,30})/u.exec(x.draft.prose.slice(e, e + 40));
  if (as && !AS_NOT_ROLE.test(as[1]) && asRole(as[1])) return true;
  const s = startBefore(x.first);
  return /\p{Lu}[\p{L}'’-]*\s+\($/u.test(x.draft.prose.slice(Math.max(0, s - 30), s)) && x.draft.prose.charAt(endAfter(x.first)) === ')';
}

/** ' -- poet and novelist at 23 --' or ' — the union's treasurer —': a dash appositive. */
export function describedByDash(x: SignalInput): boolean {
  const e = endAfter(x.first);
  const m = /^\s*(?:--|—|–)\s*(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*){0,7}?)\s*(?:--|—|–|,|\.(?!\p{L}))/u.exec(x.draft.prose.slice(e, e + 90));
  if (!m) return false;
  const w0 = m[1].split(/\s+/)[0].toLowerCase();
  return !CLAUSE_OPENERS.has(w0) && !PERSON_VERBS.has(w0) && !VERBS_AFTER_A_NAME.has(w0) && (DETERMINER.test(w0) || !/(?:ing|ed)$/.test(w0));
}

/** "<determiner or possessive> … <noun> is|was <Name>", or "<anyone> is the former <Name>". */
const PREDICATE_RE = /(?:(?:\n|[.!?;:,]["”’]?\s+)(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{L}-]*\s+(?:is|was|became|becomes)\s+(?:now\s+|also\s+)?)|(?:is|was)\s+the\s+former\s+)$/u;

/**
 * The name completes a predicate about someone or something already named: "His hero was Tom
 * Dravick", "A favourite is Anna Pell", "Mrs. Pell is the former Miss Anna Dravick" (the
 * same woman's maiden name). Not a cleft ("It was Tom Dravick who …") nor an inverted sentence
 * ("Also performing was X", "Also in the race are X and Y").
 */
export function predicated(x: SignalInput): boolean {
  const s = startBefore(x.first);
  const para = x.draft.paragraphs[x.first.paragraph];
  const from = Math.max(para ? para.start : 0, s - 60);
  // (A line break stands for the paragraph start; a cut mid-sentence matches nothing.)
  const before = (para && from === para.start ? '\n' : '\u0000') + x.draft.prose.slice(from, s);
  if (PREDICATE_RE.test(before)) return true;
  // "Miss Pell is Mrs. Tom Dravick": a woman's married name, said of her by another name.
  return !!x.first.honorific && /(?:^|[^\p{L}])(?:Miss|Mrs|Ms|Mme)\.?\s+\p{Lu}[\p{L}'’-]+\s+(?:is|was)\s+$/u.test(before);
}

export function described(x: SignalInput): number {
  return describedAfter(x) || describedBefore(x) || describedByDash(x) || credited(x) || predicated(x) ||
    relativeAfter(x) || nounBefore(x) || predicateNoun(x) || listUnderPluralNoun(x) || credit(x) || affiliated(x) ? 1 : 0;
}
