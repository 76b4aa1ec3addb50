import type { Rule } from '../types';

// Placeholder registered so the registry is complete; the rule is built in its issue.
export const firstReference: Rule = {
  id: 'first-reference',
  description: 'First references give the full name and a title; later ones the surname.',
  defaultSeverity: 'warning',
  fixable: true,
  check() {
    return [];
  },
};
