import type { Rule } from '../types';

// Placeholder registered so the registry is complete; the rule is built in its issue.
export const nameConsistency: Rule = {
  id: 'name-consistency',
  description: 'One person, one spelling.',
  defaultSeverity: 'warning',
  fixable: true,
  check() {
    return [];
  },
};
