/**
 * Honorifics: the courtesy and abbreviated titles written directly before a name ("Mr", "Dr",
 * "Gen."), and the sex some of them say. Lower-case, without a full stop.
 *
 * Source: written by hand for newslint from AP and BBC style (courtesy titles, military and
 * civil abbreviations) and the French forms seen in news copy (Mme, Mlle).
 */

/** Courtesy titles: they name a person but are not a role. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle']);

/**
 * Abbreviated titles that are honorifics too, without their full stop ("Dr", "Sen", "Gen"): the
 * part `HONORIFICS` and `TITLE_ABBREVIATIONS` share.
 */
const HONORIFIC_ABBREVIATIONS = [
  'dr', 'prof', 'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cmdr', 'rev', 'fr', 'insp', 'supt',
  'det', 'pres', 'hon',
];

/** Peers' titles written before a name: honorifics, and abbreviated titles as the role finder reads them. */
const PEERS = ['lord', 'lady'];

/** Abbreviated or courtesy titles written directly before a name (the `honorific` of a mention). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...COURTESY_TITLES, 'mrs.', ...HONORIFIC_ABBREVIATIONS, ...PEERS, 'sir', 'dame', 'cpt', 'sheikh', 'del',
]);

/**
 * Abbreviated titles written before names, with and without their full stop, as the role finder
 * reads them ("Sen.", "Lt. Gov.", "Rt Hon", "Lord"). Courtesy titles (Mr, Mrs, Ms, Miss, Mx) are not here.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...[...HONORIFIC_ABBREVIATIONS, 'cdr', 'cpl', 'pvt', 'msgr', 'amb', 'atty', 'brig'].flatMap((w) => [w, w + '.']),
  'sens.', 'reps.', 'govs.', 'lt.gov.', 'cllr', 'del.', 'dels.', 'rt', ...PEERS,
  'baroness', 'baron', 'viscount', 'earl', 'duke', 'duchess', 'marquess', 'countess', 'president-elect',
]);

/** Honorifics that are only honorifics when written with a full stop ("Gen." but "Gen Z"). */
export const DOTTED_ONLY_HONORIFICS: ReadonlySet<string> = new Set([
  'sen', 'gov', 'rep', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'rev', 'fr', 'insp', 'supt', 'det', 'pres', 'hon', 'del',
]);

/**
 * What may stand before a speaker's name: the honorifics and the titles written out in full
 * ("Senator", "Father", "Queen"), and "St"/"Saint".
 */
export const SPEAKER_HONORIFICS: ReadonlySet<string> = new Set([
  ...HONORIFICS, 'professor', 'revd', 'senator', 'representative', 'governor', 'general', 'president', 'judge', 'justice',
  'mayor', 'father', 'sister', 'brother', 'rabbi', 'imam', 'pope', 'king', 'queen', 'prince', 'princess', 'st', 'saint',
]);

/** Courtesy titles that carry a gender. */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['master', 'male'], ['monsieur', 'male'], ['senor', 'male'], ['señor', 'male'], ['herr', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'], ['baroness', 'female'],
  ['madame', 'female'], ['mme', 'female'], ['mademoiselle', 'female'], ['senora', 'female'], ['señora', 'female'], ['frau', 'female'],
]);
