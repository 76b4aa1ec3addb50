/**
 * Seeds and run counts for the properties. `npm test` runs a fixed seed (reproducible in CI);
 * NEWSLINT_SEED=<n> replays a failure or explores other inputs, NEWSLINT_RUNS=<factor> scales
 * every run count. fast-check prints the seed and shrink path of a failure; `params` adds how to
 * replay it.
 */
import fc from 'fast-check';

export const SEED = process.env.NEWSLINT_SEED ? Number(process.env.NEWSLINT_SEED) : 20261127;
const FACTOR = process.env.NEWSLINT_RUNS ? Number(process.env.NEWSLINT_RUNS) : 1;

export function params<T>(numRuns: number): fc.Parameters<T> {
  return {
    seed: SEED,
    numRuns: Math.max(1, Math.round(numRuns * FACTOR)),
    reporter(details) {
      if (details.failed) {
        const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
        throw new Error(`${fc.defaultReportMessage(details)}\nCause: ${cause}\nReplay with NEWSLINT_SEED=${details.seed} (seed ${details.seed}, path "${details.counterexamplePath}").`);
      }
    },
  };
}
