/**
 * A run-in subhead or label: a bare surname among the first words of a paragraph, with the person
 * named in full later in the same paragraph ("Duren, Sheldon on hill  Ryne Duren and Roland
 * Sheldon …"). The bare word is a label for what follows, not the story's first reference.
 * A label is a fragment: no sentence ends between it and the full name. "Quaresma spoke first.
 * Later Dario Quaresma …" is a sentence about him, so its bare surname is a first reference.
 */
import type { Mention } from '../types';
import type { SignalInput } from './types';

export function runIn(x: SignalInput, m: Mention = x.first): number {
  if (m.kind !== 'surname') return 0;
  const para = x.draft.paragraphs[m.paragraph];
  if (!para) return 0;
  const lead = x.draft.prose.slice(para.start, m.start);
  if ((lead.match(/[\p{L}\p{N}]+/gu) ?? []).length > 3 || /[.!?]/.test(lead)) return 0;
  // (The index may hold the full name as another person: compare surnames as written.)
  const sur = surnameOf(x, m);
  const full = x.mentions.find((o) => o.paragraph === m.paragraph && o.start > m.end && o.kind === 'full' && surnameOf(x, o) === sur);
  return full && !/[.!?]/.test(x.draft.prose.slice(m.end, full.start)) ? 1 : 0;
}

function surnameOf(x: SignalInput, m: Mention): string {
  return m.surname ? x.draft.text.slice(m.surname.start, m.surname.end) : m.text;
}
