import type { Rule } from '../types';

// Placeholder registered so the registry is complete; the rule is built in its issue.
export const laterReference: Rule = {
  id: 'later-reference',
  description: 'Later references use the surname, with courtesy titles as the house style says.',
  defaultSeverity: 'info',
  fixable: true,
  check() {
    return [];
  },
};
