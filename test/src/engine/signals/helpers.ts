import { analyze } from '../../../../server/out/engine/index.js';
import type { SignalInput } from '../../../../server/out/engine/signals/types.js';

/** The signal input for the first mention of `name` in `Head\n\n<body>` (every sentence invented). */
export function inputFor(body: string, name: string): SignalInput {
  const a = analyze('Head\n\n' + body);
  const first = a.mentions.find((m) => m.kind !== 'pronoun' && a.draft.text.slice(m.start, m.end) === name);
  if (!first) throw new Error(`${name} is not a mention of the person index in: ${body}`);
  return { draft: a.draft, person: a.people[first.personId], mentions: a.mentions, first };
}
