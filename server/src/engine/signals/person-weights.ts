/**
 * The combiner's weights (combine.ts), as data. HAND-SET, not fitted: the fitting script
 * (test/src/eval/fit-person-weights.ts) finds too few non-persons among the index's people on the
 * training split to fit them (compromise's entity labels: 5 of 687 labelled people at one article in
 * 20), so a fitted model only learns its noise. Until a labelled set of non-persons exists, the
 * weights say: the index's person is a person (bias) unless strong evidence of a place, firm or date
 * outweighs the person evidence; a courtesy title or a pronoun outweighs any one of those.
 * `node test/out/eval/fit-person-weights.js --write` replaces this file with fitted weights.
 */
export const PERSON_WEIGHTS = {
  bias: 1,
  weights: {
    'given-name': 1.5,
    honorific: 3,
    pronoun: 1.5,
    'person-verb': 1,
    'known-surname': 0.5,
    repeated: 0.5,
    'ordinary-words': -1.5,
    place: -4,
    organisation: -4,
    time: -3,
  },
} as { bias: number; weights: Record<string, number> };
