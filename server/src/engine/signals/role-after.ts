/**
 * A role noun opens an appositive right after a capitalised name: ", head of the grain
 * association,", ", spokesman for the ministry,", ", chief executive of X,". Evidence for the
 * person index (people.ts, stage 1) that an unfamiliar name ("Olena Kovalenko") is a person: a
 * firm or a place is not the head of something.
 */
import { roleWord } from '../titles';
import { appositiveAfter } from '../appositives';

const OPEN_RE = /^(?:(?:former|acting|deputy|interim|vice|co|senior|chief|executive|general|managing)[\s-]+){0,2}(\p{Ll}+)(?:\s+(?:of|for|at|to)\b|,)/u;

/** Offset `at` is right after a name; is what follows ", <role noun> of/for/at …"? */
export function roleAppositiveAfter(text: string, at: number): boolean {
  const ceil = Math.min(text.length, at + 60);
  const ap = appositiveAfter(text, at, ceil);
  if (!ap) return false;
  // The appositive's words, with the comma that closes them.
  const m = OPEN_RE.exec(text.slice(ap.start, ap.end < ceil && text[ap.end] === ',' ? ap.end + 1 : ap.end));
  if (!m) return false;
  // Followed by "of/for/at", even an everyday role word ("head of", "member of") is a role.
  const r = m[0].endsWith(',') ? roleWord(m[1], false) : roleWord(m[1]);
  return !!r && r.role && !r.plural;
}
