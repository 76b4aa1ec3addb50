/** The explicit rule registry: one file per rule, listed here in reporting order. */
import type { Rule } from '../types';
import { quoteAttribution } from './quote-attribution';
import { quoteMarks } from './quote-marks';
import { nameConsistency } from './name-consistency';
import { firstReference } from './first-reference';
import { titleCase } from './title-case';
import { laterReference } from './later-reference';

export const rules: readonly Rule[] = [
  quoteAttribution,
  quoteMarks,
  nameConsistency,
  firstReference,
  titleCase,
  laterReference,
];

const byId = new Map(rules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
