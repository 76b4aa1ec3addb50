import type { Analysis, DraftFormat } from './types';
import { parseDraft } from './draft';
import { scanQuotes } from './quotes';
import { findPeople } from './people';
import { attributeQuotes } from './attribution';
import { assignTitles, mentionRoles } from './roles';
import type { ParagraphCache } from './cache';

export interface AnalyzeOptions {
  /** Defaults to 'markdown' (plain text parses the same way, minus Markdown syntax). */
  format?: DraftFormat;
  /** Paragraph-level memo kept by an editor between analyses of one document. */
  cache?: ParagraphCache;
}

/**
 * Analyse a draft once. Every rule reads the returned analysis; none re-parses the text.
 * Stages: draft model → quote marks/spans → person mentions (knowing which are quoted) → the
 * role given at each mention (and each person's title) → attribution of quotes to speakers.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const draft = parseDraft(text, options.format ?? 'markdown', options.cache);
  const { quotes, problems } = scanQuotes(draft, options.cache);
  const { people, mentions } = findPeople(draft, quotes, options.cache);
  const roles = mentionRoles({ draft, quotes, mentions }, options.cache);
  assignTitles(people, roles);
  attributeQuotes(draft, quotes, people, mentions, options.cache);
  return { draft, quotes, quoteMarkProblems: problems, people, mentions, roles };
}
