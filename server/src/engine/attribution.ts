import type { ParagraphCache } from './cache';
import type { Draft, Mention, Person, Quote } from './types';

// Placeholder: attribution is built in issue #2. Fills quote.speaker / quote.cue in place.
export function attributeQuotes(_draft: Draft, _quotes: Quote[], _people: Person[], _mentions: Mention[], _cache?: ParagraphCache): void {}
