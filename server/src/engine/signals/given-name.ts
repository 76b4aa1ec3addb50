/** A given name the lexicon knows starts the name ("Olena" may not; "Mary" does): evidence of a person. */
import { isGivenName } from '../names';
import type { Signal } from './types';

export const givenName: Signal = {
  id: 'given-name',
  says: 'person',
  read(x) {
    const g = x.first.given;
    if (!g) return 0;
    const first = /^[\p{L}\p{M}'’-]+/u.exec(x.draft.text.slice(g.start, g.end))?.[0] ?? '';
    return first.length > 1 && isGivenName(first) ? 1 : 0;
  },
};
