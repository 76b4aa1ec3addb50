import type { Analysis, DraftFormat } from './types';
import { parseDraft } from './draft';
import { scanQuotes } from './quotes';
import { findPeople } from './people';
import { attributeQuotes } from './attribution';
import { assignTitles, mentionRoles } from './roles';
import { bindCache, type ParagraphCache } from './cache';
import { withTokenMemo } from './tokens';

export interface AnalyzeOptions {
  /** Defaults to 'markdown' (plain text parses the same way, minus Markdown syntax). */
  format?: DraftFormat;
  /** Paragraph-level memo kept by an editor between analyses of one document. */
  cache?: ParagraphCache;
  /** When given, milliseconds spent in each stage (and, in lintText, each rule) are added here. */
  timings?: Record<string, number>;
}

/** Run one stage, adding its time to `timings` when there is one. */
export function timed<T>(timings: Record<string, number> | undefined, stage: string, f: () => T): T {
  if (!timings) return f();
  const t0 = performance.now();
  const r = f();
  timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
  return r;
}

/**
 * Analyse a draft once. Every rule reads the returned analysis; none re-parses the text.
 * Stages: draft model → quote marks/spans → person mentions (knowing which are quoted) → the
 * role given at each mention (and each person's title) → attribution of quotes to speakers.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return withTokenMemo(options.cache, () => analyzeOnce(text, options));
}

function analyzeOnce(text: string, options: AnalyzeOptions): Analysis {
  const { cache, timings: t } = options;
  const draft = timed(t, 'draft', () => parseDraft(text, options.format ?? 'markdown', cache));
  bindCache(draft, cache);
  const { quotes, problems } = timed(t, 'quotes', () => scanQuotes(draft, cache));
  const { people, mentions } = timed(t, 'people', () => findPeople(draft, quotes, cache));
  const roles = timed(t, 'roles', () => mentionRoles({ draft, quotes, mentions }, cache));
  timed(t, 'titles', () => assignTitles(people, roles));
  timed(t, 'attribution', () => attributeQuotes(draft, quotes, people, mentions, cache));
  return { draft, quotes, quoteMarkProblems: problems, people, mentions, roles };
}
