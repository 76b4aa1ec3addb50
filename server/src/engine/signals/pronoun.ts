/**
 * A he or she opens the next sentence after a reference that opens its own (the index holds no
 * pronoun mentions, so the text is read): "Olena Kovalenko welcomed the deal. She said …".
 */
import type { Signal } from './types';
import { endAfter, nameMentions } from './types';

const NEXT_RE = /^[^.!?]{0,240}?[.!?]["”’]?[ \u00a0]+["“]?(?:He|She|His|Her)\b/u;

export const pronoun: Signal = {
  id: 'pronoun',
  says: 'person',
  read(x) {
    for (const m of nameMentions(x)) {
      const e = endAfter(m);
      const next = NEXT_RE.exec(x.draft.prose.slice(e, e + 260));
      // (Another name between them may be the one the pronoun means.)
      if (next && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(next[0].slice(1, -3))) return 1;
    }
    return 0;
  },
};
