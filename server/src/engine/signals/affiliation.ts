/**
 * The body a person speaks for or works at, said right after the name: "Tom Dravick of the
 * Wexford Growers' Association", "Ann Pell, from the league,", "Joe Orrin at the Harbour Trust", or
 * the paper a writer writes in: "Ann Pell, writing in the Wexford Courier,". An affiliation is how
 * copy introduces a spokesperson (the README's "affiliation"); the role reader knows a few forms
 * ("at Hypovereinsbank"), these are the rest. The body is known by its last word, a body's ending
 * from the lexicon (lexicon/organisations.ts: association, league, foundation, party …).
 */
import { ORG_SUFFIXES } from '../lexicon/organisations';
import { isTimeWord } from '../names';
import type { SignalInput } from './types';
import { endAfter } from './types';

/** "(,) of|from|at|with (the) <up to five words> <body ending>" closed by punctuation or a clause. */
const BODY_AFTER = /^,?\s+(of|from|at|with)\s+(?:the\s+)?((?:[\p{L}'’.&-]+\s+){0,5}?[\p{L}'’&-]+)(?=\s*[,.;:)]|\s+(?:said|says|told|who|and|has|had|was|is)\b)/u;

export function affiliated(x: SignalInput): boolean {
  const e = endAfter(x.first);
  const after = x.draft.prose.slice(e, e + 90);
  if (/^,\s+writing\s+(?:in|for)\s+(?:the\s+)?\p{Lu}/u.test(after)) return true;
  const m = BODY_AFTER.exec(after);
  if (!m) return false;
  const words = m[2].split(/\s+/);
  const head = words[words.length - 1].replace(/['’]s?$/, '').toLowerCase();
  // (Not a time, "at the ceremony next year"; a body after "at" is named: "at the Harbour Trust", not "at the club".)
  if (isTimeWord(head) || m[1] === 'at' && !/\p{Lu}/u.test(m[2])) return false;
  return ORG_SUFFIXES.has(head);
}
