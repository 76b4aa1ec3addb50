/**
 * A relative clause right after the name that says what the person does ("Eldon Elder, who designed
 * the stage,"; "Anna Pell, 9230 Harmon Av, who runs the shop"): the copy introduces the person there,
 * so a flag would be a false alarm (issue 16: the role reader accepts only clauses with a role
 * word or one of a few verbs in them). An age, a house address or ", of <Place>," may come first.
 * Also an appositive after such a place ("Ann Pell, of nearby Wexford, a 27-year-old housewife"), a
 * participle of a role (", representing the union,") and a role noun after an adjective without a
 * determiner (", impassioned founder of the festival,").
 */
import { roleWord } from '../titles';
import { MAKING } from './credit';
import { personNoun } from './person-noun';
import type { SignalInput } from './types';
import { endAfter } from './types';

/**
 * The clause's verb says what the person does as a rule, not one event: a present tense ("who heads",
 * "who shares top billing"), a making ("who designed the lighting"), or "is a <person noun>".
 * ("Ted Cruz, who is running second" or "who helped launch" is an event: the person still needs a role.)
 */
function describes(verb: string, det: string | undefined, np: string | undefined): boolean {
  if (/^(?:is|was)$/.test(verb)) return !!det && !!np && np.split(/\s+/).some((w) => personNoun(w, false));
  if (MAKING.has(verb)) return true;
  // (Where one lives or what one thinks is no role: "who lives in the Bronx", "who says", "who hopes".)
  if (/^(?:lives|resides|remains|seems|appears|says|thinks|believes|wants|hopes|feels|knows|likes|loves|needs|faces)$/.test(verb)) return false;
  return /[^s]s$/.test(verb) && !/^(?:has|does|was|is|this|his|its|hers|us|yes|always|perhaps|thus|plus|less|unless|across|various|previous|serious|famous|numerous)$/.test(verb);
}

/** ", 45," / ", of Austin," / ", 1200 Harmon Av," / ", Jr.": what may stand between the name and the clause. */
const ASIDE = /^(?:,?\s+(?:Jr|Sr|II|III)\.?)?(?:,\s+(?:\d{1,3}(?=,)|of\s+(?:nearby\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*)?|\d{1,5}\s+[^,;.]{2,30}\.?))?/u;

export function relativeAfter(x: SignalInput): boolean {
  const e = endAfter(x.first);
  const after = x.draft.prose.slice(e, e + 120);
  const aside = ASIDE.exec(after)?.[0] ?? '';
  const rest = after.slice(aside.length);
  const rel = /^,\s+who\s+(?:(?:also|now|still|currently|often|usually)\s+)?(\p{Ll}+)(?:\s+(a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+))?/u.exec(rest);
  if (rel && describes(rel[1], rel[2], rel[3])) return true;
  // ", when she was the chair of the board,": the person's post at the time.
  const when = /^,\s+(?:when|while)\s+(?:he|she)\s+(?:was|is)\s+(?:(?:still|then|also)\s+)?(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(rest);
  // (After "was the", even an everyday role word is a post: "the chief of", "the chair".)
  if (when && (describes('is', 'the', when[1]) || when[1].split(/\s+/).some((w) => !!roleWord(w)?.role))) return true;
  // ", representing the hotel association,"; ", impassioned founder of the festival,": a role without a determiner.
  if (/^,\s+(?:representing|heading|leading|chairing|running|managing|coaching|owning|directing|captaining|editing|hosting)\s/u.test(rest)) return true;
  const head = /^,\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}?(\p{Ll}+)\s+(?:of|for|at|to)\s/u.exec(rest);
  if (head && personNoun(head[1], false)) return true;
  // After a place or address, a noun phrase with a determiner describes the person.
  return aside.length > 0 && /,\s+of\s|,\s+\d{2,}/u.test(aside) && /^,\s+(?:a|an|the)\s+[\p{L}\p{N}-]+/u.test(rest);
}
