import type { Rule } from '../types';

// Placeholder registered so the registry is complete; the rule is built in its issue.
export const quoteMarks: Rule = {
  id: 'quote-marks',
  description: 'Quote marks must open and close, in one style.',
  defaultSeverity: 'warning',
  fixable: true,
  check() {
    return [];
  },
};
