import type { ParagraphCache } from './cache';
import type { Draft, Mention, Person, Quote } from './types';

// Placeholder: the person index is built in issue #3.
export function findPeople(_draft: Draft, _quotes: Quote[], _cache?: ParagraphCache): { people: Person[]; mentions: Mention[] } {
  return { people: [], mentions: [] };
}
