import type { Rule } from '../types';

// Placeholder registered so the registry is complete; the rule is built in its issue.
export const quoteAttribution: Rule = {
  id: 'quote-attribution',
  description: 'Direct quotes must say who said them.',
  defaultSeverity: 'warning',
  fixable: false,
  check() {
    return [];
  },
};
