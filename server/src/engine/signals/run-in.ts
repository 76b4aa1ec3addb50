/**
 * A run-in subhead or label: a bare surname among the first words of a paragraph, with the person
 * named in full later in the same sentence, as a label has no full stop ("Dravick, Pell on hill
 * Tom Dravick and Anna Pell …"). The bare word is a label for what follows, not the first reference.
 * A label is a fragment: no sentence ends between it and the full name; a bare surname that ends
 * its own sentence before the full name is a first reference.
 */
import type { Mention } from '../types';
import type { SignalInput } from './types';
import { laterInParagraph } from './types';

/** Characters that three words and their spacing may take before a label. */
const LEAD_MAX = 120;

export function runIn(x: SignalInput, m: Mention = x.first): number {
  if (m.kind !== 'surname') return 0;
  const para = x.draft.paragraphs[m.paragraph];
  if (!para) return 0;
  // At most three words come before a label; read no further (a long paragraph of mentions
  // would otherwise be re-read for every one of them).
  if (m.start - para.start > LEAD_MAX) return 0;
  const lead = x.draft.prose.slice(para.start, m.start);
  if ((lead.match(/[\p{L}\p{N}]+/gu) ?? []).length > 3 || /[.!?]/.test(lead)) return 0;
  // (The index may hold the full name as another person: compare surnames as written.)
  const sur = surnameOf(x, m);
  // In the same sentence: a label has no full stop of its own ("Quaresma spoke first. Later Dario
  // Quaresma …" is a surname before the full name, which the rule is there to flag).
  return laterInParagraph(x.mentions, m, (o) => o.kind === 'full' && o.sentence === m.sentence && surnameOf(x, o) === sur) ? 1 : 0;
}

function surnameOf(x: SignalInput, m: Mention): string {
  return m.surname ? x.draft.text.slice(m.surname.start, m.surname.end) : m.text;
}
