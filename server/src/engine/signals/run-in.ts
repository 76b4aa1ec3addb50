/**
 * A run-in subhead or label: a bare surname among the first words of a paragraph, with the person
 * named in full later in the same paragraph ("Duren, Sheldon on hill  Ryne Duren and Roland
 * Sheldon …"). The bare word is a label for what follows, not the story's first reference.
 */
import type { Mention } from '../types';
import type { SignalInput } from './types';
import { nameMentions } from './types';

export function runIn(x: SignalInput, m: Mention = x.first): number {
  if (m.kind !== 'surname' || m.honorific) return 0;
  const para = x.draft.paragraphs[m.paragraph];
  if (!para) return 0;
  const lead = x.draft.prose.slice(para.start, m.start);
  if ((lead.match(/[\p{L}\p{N}]+/gu) ?? []).length > 3 || /[.!?]/.test(lead)) return 0;
  return nameMentions(x).some((o) => o.paragraph === m.paragraph && o.start > m.end && o.kind === 'full') ? 1 : 0;
}
