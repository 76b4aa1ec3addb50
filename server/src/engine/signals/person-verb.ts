/**
 * A verb said of people right after a mention ("Taras Boyko welcomed", "Jones, 45, said"): evidence
 * of a person. Firms "say" too, so the combiner weighs it against the other signals.
 */
import { PERSON_VERBS, VERBS_AFTER_A_NAME } from '../lexicon/verbs';
import type { Signal } from './types';
import { endAfter, nameMentions } from './types';

const AFTER_RE = /^,?\s+(?:(?:has|had|also|then|later|quickly|publicly|once|again)\s+)*(\p{Ll}+)/u;

export const personVerb: Signal = {
  id: 'person-verb',
  says: 'person',
  read(x) {
    for (const m of nameMentions(x)) {
      const e = endAfter(m);
      const v = AFTER_RE.exec(x.draft.prose.slice(e, e + 50))?.[1];
      if (v && (PERSON_VERBS.has(v) || VERBS_AFTER_A_NAME.has(v))) return 1;
    }
    return 0;
  },
};
