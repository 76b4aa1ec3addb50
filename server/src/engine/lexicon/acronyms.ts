/**
 * Acronyms of roles and of organisations as news copy writes them before or beside a name
 * ("MP Jo Smith", "BBC presenter", "US John Snow" is not a name "US John"). Case-sensitive.
 *
 * Source: written by hand for newslint from UK and US news copy (roles from BBC style, bodies
 * and firms that stand before names).
 */

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Roles written as acronyms: "MP", "QC", "CEO". */
export const ROLE_ACRONYMS: ReadonlySet<string> = new Set(words(`
  MP MPs MEP MSP AM QC KC PM DJ MC CEO CFO COO CTO GP PC DC DI DS
`));

/** Organisations and countries written as acronyms: "BBC", "FBI", "US". */
export const ORG_ACRONYMS: ReadonlySet<string> = new Set(words(`
  US UK EU UN USA BBC ITV NHS IMF WTO FBI CIA GOP TV AC FC RAF NYPD LA NY AP AFP CNN NBC ABC CBS ANC PLO IRA
  SNP DUP SDLP UKIP EA IBM HP BA BP BT GM VW ECB SEC FA UEFA FIFA IAAF IOC RFU WRU NFL NBA
`));

/** A role or organisation acronym ("MP", "BBC"; a full stop after it is allowed: "U.S" is not). */
export function isKnownAcronym(word: string): boolean {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  return ROLE_ACRONYMS.has(w) || ORG_ACRONYMS.has(w);
}
