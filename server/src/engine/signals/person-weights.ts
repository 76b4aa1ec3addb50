/**
 * The combiner's weights (combine.ts), as data. HAND-SET, not fitted, and kept so after a fit was
 * tried (issue 16). The fitting script (test/src/eval/fit-person-weights.ts) now fits on hand labels
 * (test/src/eval/person-labels.ts: 350 of the index's people on the Brown design half and training
 * copy, 28 of them not persons). No fit beats these weights on those labels or on the rule's figures:
 * in-sample, these weights answer "not a person" 27 times, 14 rightly; the class-balanced fit 82
 * times (21 rightly), a fit weighing a non-person 3 times a person 35 times (12 rightly), the plain
 * fit never. Put in the combiner, the 3-times fit left Brown design flags unchanged (195) and cost
 * recall on deleted titles (training PolNeAR / BBC one article in ten 82.4 / 81.7% → 81.1 / 77.6%,
 * Brown design 75.9 → 73.8%). Twenty-eight non-persons are too few to fit ten weights; half of them
 * carry no non-person signal at all (a film, a school, a group), which no weighting can catch.
 * The weights say: the index's person is a person (bias) unless strong evidence of a place, firm or
 * date outweighs the person evidence; a courtesy title or a pronoun outweighs any one of those.
 * `node test/out/eval/fit-person-weights.js --cost 3 --write` replaces this file with fitted weights.
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
