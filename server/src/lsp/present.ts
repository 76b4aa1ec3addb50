/**
 * What the editor shows of an analysis: diagnostics, hovers, outline symbols, the quote sheet.
 * Offsets from the engine are UTF-16 indices into the document text, which is exactly what
 * `TextDocument.positionAt` takes: no conversion, no normalisation.
 */
import { SECTION, type QuoteSheet } from '../protocol';
import {
  DiagnosticSeverity,
  DocumentSymbol,
  SymbolKind,
  type Diagnostic,
  type Hover,
  type Range,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, Person, Quote } from '../engine/types';
import { attributionHow } from '../engine/attribution';

export const RULE_DOCS_BASE = 'https://github.com/newslint/newslint/blob/main/server/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function toDiagnostic(doc: TextDocument, f: Finding, index: number): Diagnostic {
  return {
    range: rangeOf(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: SECTION,
    message: f.message,
    data: { index },
  };
}

function excerpt(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}

/** The person mentioned at `offset`, or the quote around it: a Markdown hover. */
export function hoverAt(doc: TextDocument, analysis: Analysis, offset: number): Hover | null {
  const mention = analysis.mentions.find((m) => m.start <= offset && offset < m.end);
  if (mention) {
    const person = analysis.people[mention.personId];
    if (person) return { contents: { kind: 'markdown', value: personHover(doc, analysis, person) }, range: rangeOf(doc, mention.start, mention.end) };
  }
  // Innermost quote containing the offset (marks included).
  let quote: Quote | null = null;
  for (const q of analysis.quotes) if (q.start <= offset && offset < q.end && (!quote || q.start >= quote.start)) quote = q;
  if (quote) return { contents: { kind: 'markdown', value: quoteHover(doc, quote) }, range: rangeOf(doc, quote.start, quote.end) };
  return null;
}

function md(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}

export function personSpellings(analysis: Analysis, person: Person): Array<{ text: string; count: number }> {
  const counts = new Map<string, number>();
  for (const i of person.mentions) {
    const m = analysis.mentions[i];
    if (!m || m.kind === 'pronoun') continue;
    counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count }));
}

function personHover(doc: TextDocument, analysis: Analysis, person: Person): string {
  const lines = [`**${md(person.name)}**`];
  if (person.title) lines[0] += ` — ${md(person.title.text)}`;
  const spellings = personSpellings(analysis, person);
  if (spellings.length) lines.push('', 'Spellings: ' + spellings.map((s) => `${md(s.text)} (${s.count}×)`).join(', '));
  const first = analysis.mentions[person.mentions[0]];
  if (first) {
    const pos = doc.positionAt(first.start);
    lines.push('', `First reference: line ${pos.line + 1}, “${md(first.text)}”`);
  }
  lines.push('', person.title ? `Title: ${md(person.title.text)}` : 'No title given in this draft');
  return lines.join('\n');
}

function quoteHover(doc: TextDocument, quote: Quote): string {
  const lines: string[] = [];
  if (quote.speaker) {
    const who = quote.speaker.name ?? quote.speaker.text;
    const as = quote.speaker.name && quote.speaker.name !== quote.speaker.text ? ` (as “${md(quote.speaker.text)}”)` : '';
    lines.push(`**Speaker:** ${md(who)}${as}`);
  } else {
    lines.push('**Speaker:** none found');
  }
  if (quote.cue) lines.push('', `**Cue:** ${md(quote.cue.text)}`);
  // How the speaker was found, when the cue line does not already say it.
  const how = attributionHow(quote);
  if (how.kind !== 'cue' && how.kind !== 'none') lines.push('', `**Found:** ${md(how.text)}`);
  if (quote.kind !== 'direct') lines.push('', `Kind: ${quote.kind} quote`);
  void doc;
  return lines.join('\n');
}

/** Outline: every person (with their mentions) and every quote with its speaker. */
export function documentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const person of analysis.people) {
    const mentions = person.mentions.map((i) => analysis.mentions[i]).filter(Boolean);
    if (mentions.length === 0) continue;
    const first = mentions[0];
    const children = mentions.map((m) =>
      DocumentSymbol.create(m.text, m.kind, SymbolKind.Field, rangeOf(doc, m.start, m.end), rangeOf(doc, m.start, m.end)),
    );
    out.push(
      DocumentSymbol.create(
        person.name,
        person.title?.text ?? `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`,
        SymbolKind.Class,
        rangeOf(doc, first.start, mentions[mentions.length - 1].end),
        rangeOf(doc, first.start, first.end),
        children,
      ),
    );
  }
  for (const q of analysis.quotes) {
    const who = q.speaker ? (q.speaker.name ?? q.speaker.text) : 'no speaker';
    out.push(
      DocumentSymbol.create(
        `“${excerpt(doc.getText().slice(q.content.start, q.content.end))}”`,
        who,
        SymbolKind.String,
        rangeOf(doc, q.start, q.end),
        rangeOf(doc, q.start, q.end),
      ),
    );
  }
  return out;
}

export type { QuoteSheet, QuoteSheetEntry } from '../protocol';

/** The `newslint/quoteSheet` answer: every quote, its speaker and cue (spans include the marks). */
export function quoteSheet(doc: TextDocument, analysis: Analysis): QuoteSheet {
  const text = doc.getText();
  return {
    uri: doc.uri,
    version: doc.version,
    quotes: analysis.quotes.map((q) => ({
      range: rangeOf(doc, q.start, q.end),
      offset: q.start,
      endOffset: q.end,
      text: text.slice(q.start, q.end),
      kind: q.kind,
      speaker: q.speaker ? { name: q.speaker.name, text: q.speaker.text, range: rangeOf(doc, q.speaker.start, q.speaker.end) } : null,
      cue: q.cue ? { text: q.cue.text, range: rangeOf(doc, q.cue.start, q.cue.end) } : null,
      how: attributionHow(q),
    })),
  };
}
