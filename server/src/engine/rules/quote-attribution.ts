/**
 * quote-attribution: a direct quote that nobody is credited with.
 *
 * Flags every quote with `attributedBy === null` (see attribution.ts for what counts as an
 * attribution), except
 * - scare quotes and titles of works;
 * - quotes in the headline and in headings (they never carry attribution);
 * - short quotes inside a sentence: fewer than `minWords` words (default 4) in a quote that is
 *   partial, does not open its sentence, or is followed by more of the writer's sentence
 *   (`the "special operation"`, `a "very good" plan`, `"Global warming" features high`);
 * - the later paragraphs of a running quote whose first paragraph is already flagged (one finding
 *   per quote, on the first paragraph).
 *
 * The finding covers the quote, marks included. Message: "Quote has no speaker".
 *
 * Suggestions (never a safe fix): "Attribute to <Full Name>" for up to three people most recently
 * named before the quote (outside quotes, newest first). Each inserts `<Surname> said` after the
 * closing mark so that the sentence reads like copy:
 * - `"We will win."` → `"We will win," Lavrov said.` (the final full stop inside the quote becomes
 *   a comma and ` Lavrov said.` follows the closing mark);
 * - `"Why?"`, `"Now!"`, `"And then…"` → `"Why?" Lavrov said.` (? ! … stay);
 * - `"We will win",` / `"We will win".` (punctuation outside the mark) or no punctuation →
 *   `"We will win", Lavrov said.` — `, Lavrov said` inserted right after the closing mark, before
 *   whatever followed;
 * - `"We will win,"` (already ends in a comma) → `"We will win," Lavrov said`;
 * - a quote whose closing mark is missing (an unclosed running quote) gets `Lavrov said: ` inserted
 *   before its opening mark instead.
 * All edits lie inside the finding's range or at its ends.
 */
import type { Mention, Person, Quote, Rule, RuleFinding, Suggestion, TextEdit } from '../types';

export const QUOTE_ATTRIBUTION_MESSAGE = 'Quote has no speaker';

export const quoteAttribution: Rule = {
  id: 'quote-attribution',
  description: 'Direct quotes must say who said them.',
  defaultSeverity: 'warning',
  fixable: false,
  defaultOptions: { minWords: 4 },
  optionRanges: { minWords: { min: 0, max: 1000, integer: true } },
  check({ analysis, options }) {
    const minWords = typeof options.minWords === 'number' && options.minWords >= 0 ? options.minWords : 4;
    const { draft, quotes, mentions, people } = analysis;
    const text = draft.text;
    const out: RuleFinding[] = [];
    const named = mentions.filter((m) => m.inQuote === null && !m.inBrackets && m.kind !== 'pronoun').sort((a, b) => a.start - b.start);
    let flaggedChain = false;
    for (const q of quotes) {
      if (q.continuesRunning && flaggedChain) continue;
      flaggedChain = false;
      if (q.attributedBy) continue;
      if (q.kind === 'scare' || q.kind === 'title') continue;
      // Headlines and headings carry no attribution by convention.
      const kind = draft.paragraphs[q.paragraph]?.kind;
      if (kind === 'headline' || kind === 'heading') continue;
      const words = countWords(text.slice(q.content.start, q.content.end));
      if (words === 0) continue;
      if (words < minWords && (q.kind === 'partial' || !opensSentence(analysis.draft, q) || sentenceGoesOn(analysis.draft, q))) continue;
      const suggestions = suggest(text, q, named, people);
      out.push({
        start: q.start,
        end: q.end,
        message: QUOTE_ATTRIBUTION_MESSAGE,
        ...(suggestions.length ? { suggestions } : {}),
        data: { quote: q.index },
      });
      flaggedChain = q.running || q.close === null;
    }
    return out;
  },
};

function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu);
  return m ? m.length : 0;
}

/** The quote starts its sentence: nothing but space and punctuation before it in the sentence. */
function opensSentence(draft: { prose: string; sentences: { start: number; end: number }[] }, q: Quote): boolean {
  const s = draft.sentences.find((x) => x.start <= q.start && q.start < x.end);
  const from = s ? s.start : Math.max(0, draft.prose.lastIndexOf('\n', q.start - 1) + 1);
  return !/[\p{L}\p{N}]/u.test(draft.prose.slice(from, q.start));
}

/** Words of the writer follow the quote in its sentence (`"Global warming" features high.`). */
function sentenceGoesOn(draft: { prose: string; sentences: { start: number; end: number }[] }, q: Quote): boolean {
  const s = draft.sentences.find((x) => x.start <= q.end - 1 && q.end - 1 < x.end);
  const end = s ? s.end : draft.prose.indexOf('\n', q.end) === -1 ? draft.prose.length : draft.prose.indexOf('\n', q.end);
  return /^[\s,;:—–-]*[\p{Ll}]/u.test(draft.prose.slice(q.end, Math.max(end, q.end)));
}

/** Up to three people named most recently before the quote, newest first. */
function recentPeople(q: Quote, named: Mention[], people: Person[]): Person[] {
  const out: Person[] = [];
  const seen = new Set<number>();
  for (let i = named.length - 1; i >= 0 && out.length < 3; i--) {
    const m = named[i];
    if (m.end > q.start) continue;
    if (seen.has(m.personId)) continue;
    seen.add(m.personId);
    const p = people[m.personId];
    if (p) out.push(p);
  }
  return out;
}

function suggest(text: string, q: Quote, named: Mention[], people: Person[]): Suggestion[] {
  return recentPeople(q, named, people).map((p) => ({
    desc: `Attribute to ${p.name}`,
    fix: { edits: attributionEdits(text, q, p.surname || p.name) },
  }));
}

/** The edits that credit `surname` with quote `q` (see the file comment for the cases). */
export function attributionEdits(text: string, q: Pick<Quote, 'start' | 'end' | 'close' | 'content'>, surname: string): TextEdit[] {
  const close = q.close;
  if (!close) return [{ start: q.start, end: q.start, text: `${surname} said: ` }];
  // Last character of the content, skipping trailing space.
  let i = close.start;
  while (i > q.content.start && /\s/.test(text[i - 1])) i--;
  const last = i > q.content.start ? text[i - 1] : '';
  if (last === '.' && !text.slice(q.content.start, i).endsWith('...')) {
    return [
      { start: i - 1, end: i, text: ',' },
      { start: close.end, end: close.end, text: ` ${surname} said.` },
    ];
  }
  if (last === '?' || last === '!' || last === '…' || last === '.') {
    return [{ start: close.end, end: close.end, text: ` ${surname} said.` }];
  }
  if (last === ',') return [{ start: close.end, end: close.end, text: ` ${surname} said` }];
  return [{ start: close.end, end: close.end, text: `, ${surname} said` }];
}
