import type { ParagraphCache } from './cache';
import type { Draft, Quote, QuoteMarkProblem } from './types';

// Placeholder: the quote scanner is built in issue #2.
export function scanQuotes(_draft: Draft, _cache?: ParagraphCache): { quotes: Quote[]; problems: QuoteMarkProblem[] } {
  return { quotes: [], problems: [] };
}
