import type { Rule } from '../types';

// Placeholder registered so the registry is complete; the rule is built in its issue.
export const titleCase: Rule = {
  id: 'title-case',
  description: 'Formal titles are capitalised before a name and lower case elsewhere.',
  defaultSeverity: 'info',
  fixable: true,
  check() {
    return [];
  },
};
