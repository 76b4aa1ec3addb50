import type { Rule, RuleFinding } from '../types';

/** A mark described for a copy editor: "straight opening \"", "curly closing ”", "“ used as closing mark". */
function label(mark: string, role: 'opening' | 'closing'): string {
  if (mark === '"') return `straight ${role} "`;
  if (mark === '“') return role === 'opening' ? 'curly opening “' : '“ used as closing mark';
  if (mark === '”') return role === 'closing' ? 'curly closing ”' : '” used as opening mark';
  return `${role} ${mark}`;
}

/**
 * `quote-marks`: an opening mark never closed (and not a running quote), a closing mark never
 * opened, and mixed pairs (a straight opening mark with a curly closing one, or the reverse).
 * Mixed pairs get a safe fix: the odd mark becomes the matching mark of the draft's dominant style.
 */
export const quoteMarks: Rule = {
  id: 'quote-marks',
  description: 'Quote marks must open and close, in one style.',
  defaultSeverity: 'warning',
  fixable: true,
  check({ analysis }) {
    const { text } = analysis.draft;
    const out: RuleFinding[] = [];
    for (const p of analysis.quoteMarkProblems) {
      const mark = text.slice(p.start, p.end);
      if (p.kind === 'unclosed') {
        out.push({ start: p.start, end: p.end, message: 'Quote mark opened here is never closed', data: { kind: p.kind, mark } });
      } else if (p.kind === 'unopened') {
        out.push({ start: p.start, end: p.end, message: 'Closing quote mark has no opening mark', data: { kind: p.kind, mark } });
      } else if (p.replace) {
        const want = p.replace.text;
        const q = analysis.quotes.find((x) => x.open.start === p.start || (x.close !== null && x.close.start === p.start));
        const message =
          q && q.close
            ? `Mixed quote marks: ${label(q.open.mark, 'opening')} with ${label(q.close.mark, 'closing')}`
            : `Mixed quote marks: replace ${mark} with ${want}`;
        out.push({
          start: p.start,
          end: p.end,
          message,
          fix: { edits: [{ start: p.replace.start, end: p.replace.end, text: want }], desc: `Use ${want} to match the draft's quote marks` },
          data: { kind: p.kind, mark, replacement: want },
        });
      }
    }
    return out;
  },
};
