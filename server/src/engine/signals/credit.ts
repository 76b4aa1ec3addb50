/**
 * A credit says what the person did for a work or a show, which is how reviews and listings
 * introduce people (the README's "credit"): the role reader knows "directed by"; these are the
 * rest of the shapes (issue 16, read on the Brown design half):
 * - "<a work or a making> by <Name>": "staged by", "danced by", "a column by", "the sets are by",
 *   '"Harbour Lights", by', and through a list ("collected by A and B");
 * - a band or company led: "<Name> and his orchestra", "<Name> on drums", "<Name> conducts",
 *   "with <Name> conducting", "under the editorship of <Name>";
 * - a part: "<Name>, as the youngest sister,", "<Name> was moving as Odile".
 * Not a credit: an agent of an ordinary passive ("was endorsed by", "appointed by"): a person
 * named there still needs a role.
 */
import { POS, posOf } from '../lexicon/pos';
import { listAround } from './list';
import type { SignalInput } from './types';
import { endAfter, startBefore } from './types';

/** Participles of making or performing a work. Source: the crafts of arts and listings copy. */
export const MAKING: ReadonlySet<string> = new Set(
  `staged conducted danced sung sang performed played composed written directed produced designed choreographed
  arranged collected edited compiled illustrated painted drawn photographed translated adapted narrated recorded
  created sculpted orchestrated devised hosted presented assembled scored read`.split(/\s+/),
);
/** Nouns of a work or a piece of one: "a column by", "the sets are by", "portraits by". Source: arts copy. */
const WORKS = new Set(
  `column columns article articles book books novel novels play plays poem poems painting paintings drawing drawings
  sculpture sculptures abstractions portrait portraits photograph photographs score music lyrics libretto decor costumes
  sets design designs choreography production staging retelling translation adaptation arrangement arrangements works
  sonata concerto symphony opera ballet solo duet deux song songs film films essay essays story stories biography`.split(/\s+/),
);
/** A noun of a work or a piece of one ("article", "portraits"): what a possessive name made. */
export function isWorkNoun(w: string): boolean {
  return WORKS.has(w.toLowerCase());
}

/** A lower-case word whose last part is a work's noun ("score", "semi-abstractions"). */
function endsInWorkNoun(w: string): boolean {
  return WORKS.has(w.slice(w.lastIndexOf('-') + 1));
}

/** Ensembles a person leads and instruments a person plays. Source: music listings' vocabulary. */
const ENSEMBLE = /^\s+(?:and|&)\s+(?:his|her|their)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(?:orchestra|band|trio|quartet|quintet|sextet|combo|company|troupe|ensemble|choir|chorus|players|singers|dancers|accordion|piano|guitar|violin)\b/u;
const ON_INSTRUMENT = /^,?\s+on\s+(?:the\s+)?(?:piano|drums|bass|guitar|trumpet|saxophone|sax|clarinet|violin|cello|organ|accordion|vibes|trombone|flute|harp|keyboards|vocals)\b/u;

/** The text before the name's list ends in a credit "by". */
export function creditedBy(x: SignalInput): boolean {
  // (From the list's start, names the index did not read included: "a pas de deux by Ann Wexley-Orr and X".)
  const s = listAround(x).start;
  const lead = x.draft.prose.slice(Math.max(0, s - 40), s);
  if (/(?:ship|direction|baton)\s+of\s+$/u.test(lead)) return true; // "under the editorship of"
  // (A bracket may stand between the work and "by": "two adagios (in Greek veils) by".)
  const m = /(?:(["”])\s*,?|([\p{L}-]+))(?:\s*\([^()]{0,40}\))?(?:\s+\p{Ll}+ly)?\s+by\s+$/u.exec(lead);
  if (!m) return false;
  if (m[1]) return true; // '"Harbour Lights", by': a work's title
  // ("semi-abstractions by": the last part of a compound.)
  let w = m[2].slice(m[2].lastIndexOf('-') + 1);
  // ("Choreographed by X," opening the sentence.)
  if (/^\p{Lu}\p{Ll}+$/u.test(w) && /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(lead.slice(0, m.index + (m[0].length - m[0].trimStart().length)))) w = w.toLowerCase();
  if (/^\p{Lu}/u.test(w)) return false;
  if (MAKING.has(w) || /^(?:is|are|was|were)$/.test(w)) return true;
  // "comments by", "upsets by", "nomination by": an act, not a work; the person still needs a role.
  return endsInWorkNoun(w);
}

/** Finite past tenses of making a work that are not its participle ("wrote", not "written"). Source: English irregular verbs. */
const MADE = new Set(['wrote', 'drew', 'sang', 'made', 'composed', 'built', 'shot', 'led']);

/**
 * The name (or its list) is the subject of a making whose object is a work: "Tom Dravick wrote the
 * book and directed the revue", "A and B played music", "X wrote a brisk and funny score for …".
 */
export function madeWork(x: SignalInput): boolean {
  const e = listAround(x).end;
  const m = /^\s+(?:(?:also|has|have|had|then|once|later|first)\s+)*(\p{Ll}+)\s+((?:[\p{L}-]+\s+){0,5}[\p{L}-]+)/u.exec(x.draft.prose.slice(e, e + 90));
  if (!m || !(MAKING.has(m[1]) || MADE.has(m[1]))) return false;
  // The object's words up to a preposition: "a witty and lively score (for the show)".
  const words = m[2].split(/\s+/);
  const stop = words.findIndex((w) => /^(?:for|of|in|at|to|on|with|from|by|about|that|which)$/.test(w));
  return words.slice(0, stop < 0 ? words.length : stop).some((w) => endsInWorkNoun(w));
}

/** A work credited by the possessive: "Tom Dravick's arrangement", "Anna Pell's "Harbour Lights"". */
export function possessiveWork(x: SignalInput): boolean {
  if (!x.first.possessive) return false;
  const after = x.draft.prose.slice(endAfter(x.first), endAfter(x.first) + 60);
  if (/^\s+["“]\p{Lu}/u.test(after)) return true;
  const m = /^\s+(?:[\p{L}-]+,?\s+){0,3}?(\p{Ll}[\p{Ll}-]*)(?=\s+(?:of|for|from|in|at|on|is|was|and|with)\b|[\s,.;:!?]*$|[,.;:!?)])/u.exec(after);
  return !!m && endsInWorkNoun(m[1]);
}

/** What a performer does, said after the name: "X conducts.", "with X conducting". */
const PERFORMS = /^,?\s+(?:conducts|conducting|sings|singing|dances|dancing|narrates|narrating|accompanies|accompanying|presides|presiding)\b/u;

export function ensemble(x: SignalInput): boolean {
  const e = endAfter(x.first);
  const after = x.draft.prose.slice(e, e + 60);
  if (ENSEMBLE.test(after) || ON_INSTRUMENT.test(after)) return true;
  const m = PERFORMS.exec(after);
  if (!m) return false;
  // ("with X conducting"; the finite "X conducts" only as the verb of the name.)
  const s = startBefore(x.first);
  return /ing$/.test(m[0]) ? /(?:^|\s)with\s+$/u.test(x.draft.prose.slice(Math.max(0, s - 6), s)) : true;
}

/**
 * ", as the youngest sister," or "was moving as Odile", "is touching as poor Tess": a part the
 * person plays (a name, a determiner or an adjective by the part of speech after "as").
 */
export function asPart(x: SignalInput): boolean {
  const e = endAfter(x.first);
  const after = x.draft.prose.slice(e, e + 60);
  if (/^,\s+as\s+(?:a|an|the|his|her)\s+/u.test(after)) return true;
  const m = /^\s+(?:is|was|were|are)\s+\p{Ll}+\s+as\s+(?:\p{Lu}|(a|an|the)\s|(\p{Ll}+)\s+(\p{L}+))/u.exec(after);
  if (!m || !m[2]) return !!m;
  // (An adjective before the part's name: "as poor Tess", "as gentle Odile"; not "as usual tonight".)
  return (posOf(m[2]) & POS.ADJECTIVE) !== 0 && /^\p{Lu}/u.test(m[3]);
}

export function credit(x: SignalInput): boolean {
  return creditedBy(x) || ensemble(x) || asPart(x) || madeWork(x) || possessiveWork(x);
}
