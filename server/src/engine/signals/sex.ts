/**
 * The sex the copy gives a bare surname: its courtesy title ("Mrs. Clinton"), else the first he or
 * she of its own sentence after it ("Clinton said she would win"). Used by the person index to
 * tell apart two people of one surname (Bill and Hillary Clinton): same surname, different given
 * names, two people; a bare surname goes to the one whose given name agrees.
 */
import { nameGender } from '../names';
import { honorificSex } from '../spellings';

export type Sex = 'male' | 'female';

const PRONOUN_RE = /^[^.!?;"“”]{0,80}?\b(he|him|his|himself|she|her|hers|herself)\b/iu;

/** The sex of a bare surname ending at `end`, with its courtesy title as written (or null). */
export function referenceSex(prose: string, end: number, honorific: string | null): Sex | null {
  if (honorific) {
    const s = honorificSex(honorific);
    return s === 'm' ? 'male' : s === 'f' ? 'female' : null;
  }
  const m = PRONOUN_RE.exec(prose.slice(end, end + 90));
  if (!m) return null;
  return /^(?:he|him|his|himself)$/i.test(m[1]) ? 'male' : 'female';
}

/**
 * The one candidate the sex leaves: a given name of the same sex, else the only one not of the
 * other sex ("Bill", whose sex the lexicon does not know, beside "Hillary" for "Mr. Clinton").
 * Null when none or several remain.
 */
export function agreeingOne<T>(candidates: readonly T[], given: (c: T) => string | null, sex: Sex | null): T | null {
  if (!sex) return null;
  const sexOf = (c: T) => {
    const g = given(c);
    return g ? nameGender(g) : null;
  };
  const same = candidates.filter((c) => sexOf(c) === sex);
  if (same.length === 1) return same[0];
  if (same.length > 1) return null;
  const open = candidates.filter((c) => sexOf(c) === null);
  return open.length === 1 ? open[0] : null;
}
