import type { ParagraphCache } from './cache';
import type { Draft, DraftFormat, Paragraph } from './types';

// Minimal draft model: blank-line paragraphs, no Markdown handling yet (issue #2 builds it out).
export function parseDraft(text: string, format: DraftFormat, _cache?: ParagraphCache): Draft {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const paragraphs: Paragraph[] = [];
  const re = /[^\r\n]+(?:\r?\n[^\r\n]+)*/g;
  for (let m; (m = re.exec(text)); ) {
    paragraphs.push({ start: m.index, end: m.index + m[0].length, index: paragraphs.length, kind: paragraphs.length ? 'body' : 'headline', sentences: [] });
  }
  return { text, prose: text, format, headline: paragraphs[0] ?? null, paragraphs, sentences: [], directives: [], lineStarts };
}
