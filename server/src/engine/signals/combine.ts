/**
 * The one combiner: a logistic model over the signals. p(person) = σ(bias + Σ wᵢ·xᵢ), with the
 * weights fitted on the training split (test/src/eval/fit-person-weights.ts, written into
 * person-weights.ts as data). A reading below PERSON_THRESHOLD is "not sure it is a person".
 */
import { SIGNALS } from './index';
import { PERSON_WEIGHTS } from './person-weights';
import type { SignalInput } from './types';

/** Below this probability the person index's person is not trusted enough to flag. */
export const PERSON_THRESHOLD = 0.5;

/** The signals' strengths for one reference, in SIGNALS order. */
export function features(x: SignalInput): number[] {
  return SIGNALS.map((s) => s.read(x));
}

/** σ(bias + Σ wᵢ·xᵢ) for feature values in SIGNALS order. */
export function personProbability(values: readonly number[], model = PERSON_WEIGHTS): number {
  let z = model.bias;
  SIGNALS.forEach((s, i) => {
    z += (model.weights[s.id] ?? 0) * values[i];
  });
  return 1 / (1 + Math.exp(-z));
}
