/** `newslint quotes`: the quote sheet — every quote with its speaker and cue. */
import { analyze, attributionHow, type AttributionHow, type DraftFormat } from '../engine/index';

export interface QuoteSheetQuote {
  offset: number;
  endOffset: number;
  text: string;
  speaker: null | { name: string | null; text: string; offset: number; endOffset: number };
  cue: null | { text: string; offset: number; endOffset: number };
  /** How the speaker was found: cue, pronoun → name, inherited from paragraph N, … or none. */
  how: AttributionHow;
}

export interface QuoteSheetEntry {
  filePath: string;
  quotes: QuoteSheetQuote[];
}

/** Quote spans include their marks; offsets are 0-based UTF-16 into the original text. */
export function quoteSheet(filePath: string, text: string, format: DraftFormat): QuoteSheetEntry {
  const analysis = analyze(text, { format });
  return {
    filePath,
    quotes: analysis.quotes.map((q) => ({
      offset: q.start,
      endOffset: q.end,
      text: text.slice(q.start, q.end),
      speaker: q.speaker ? { name: q.speaker.name, text: q.speaker.text, offset: q.speaker.start, endOffset: q.speaker.end } : null,
      cue: q.cue ? { text: q.cue.text, offset: q.cue.start, endOffset: q.cue.end } : null,
      how: attributionHow(q),
    })),
  };
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= n ? one : one.slice(0, n - 1) + '…';
}

/** A readable table for editors checking sourcing. */
export function formatQuoteTable(sheets: { display: string; entry: QuoteSheetEntry; position: (offset: number) => { line: number; column: number } }[]): string {
  let out = '';
  let total = 0;
  let unattributed = 0;
  for (const { display, entry, position } of sheets) {
    if (entry.quotes.length === 0) continue;
    out += `\n${display}\n`;
    const rows = entry.quotes.map((q) => {
      const p = position(q.offset);
      const speaker = q.speaker ? (q.speaker.name && q.speaker.name !== q.speaker.text ? `${q.speaker.name} (${q.speaker.text})` : q.speaker.text) : '— no speaker —';
      return [`${p.line}:${p.column}`, clip(speaker, 32), q.cue ? clip(q.cue.text, 20) : '', clip(q.how.kind === 'none' ? '' : q.how.kind === 'cue' ? 'cue' : q.how.text, 50), clip(q.text, 60)];
    });
    const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const r of rows) out += `  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3].padEnd(widths[3])}  ${r[4]}\n`;
    total += entry.quotes.length;
    unattributed += entry.quotes.filter((q) => !q.speaker).length;
  }
  out += `\n${total} quote${total === 1 ? '' : 's'}, ${unattributed} without a speaker\n`;
  return out;
}
