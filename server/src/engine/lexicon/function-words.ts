/**
 * Function words that open a clause or a phrase, not a noun phrase: after a comma behind a name
 * they start no description of the person (signals/appositive.ts). Lower-case. Source: English
 * grammar (relative and personal pronouns, quantifiers, conjunctions, prepositions, auxiliaries).
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

export const AUXILIARIES: ReadonlySet<string> = new Set(words(`
  is was are were be been has had have will would can could may might shall should must do does did
`));

export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...words(`
  who whose whom which that both all each now then he she it they and but or nor as when where while also
  too however though although if because of in at on from for with by to after before since until during
  under over aged age not no yes please thanks again respectively jr sr
`), ...AUXILIARIES]);

/** Prepositions of a scene (time or place): a phrase after them is no description of a person. */
export const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(words(`
  in on at after before during since until from into across over under through throughout within around of
`));
