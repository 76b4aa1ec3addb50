import type { Draft, Quote, QuoteMarkProblem } from './types';

// Placeholder: the quote scanner is built in issue #2.
export function scanQuotes(_draft: Draft): { quotes: Quote[]; problems: QuoteMarkProblem[] } {
  return { quotes: [], problems: [] };
}
