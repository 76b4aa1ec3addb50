/**
 * Days and months, lower-case: the time words the stages read before or inside a name ("on
 * Monday", "Thomas Aquinas Monday"). Source: the English calendar.
 */

export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Months that are not also a common given name or surname ("May" is Theresa May too). */
export const MONTHS_NOT_NAMES: readonly string[] = MONTHS.filter((m) => m !== 'may');

/** The word with a capital first letter ("monday" → "Monday"). */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
