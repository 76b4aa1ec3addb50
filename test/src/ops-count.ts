/**
 * Counts the work newslint does, instead of timing it: V8's precise block coverage counts every
 * function call and every executed block (each loop iteration is one) in the compiled server code.
 * The count is the same on every run and on every machine, so a linear-time check can compare the
 * counts at n and 8n without wall-clock noise. Work done inside native code (a regular expression's
 * backtracking) is not counted: time it in `npm run bench`.
 *
 * V8 counts blocks only in code compiled after counting starts: import this module before any
 * server module (it throws otherwise).
 */
import * as inspector from 'node:inspector';
import * as path from 'node:path';

const SERVER_OUT = `${path.sep}server${path.sep}out${path.sep}`;
const session = new inspector.Session();
session.connect();
function post<T>(method: string, params: object = {}): T {
  let out: T | undefined;
  let error: Error | null = null;
  // An in-process inspector session answers synchronously.
  session.post(method, params, (err, result) => {
    error = err;
    out = result as T;
  });
  if (error) throw error;
  return out!;
}

const early = Object.keys(require.cache).filter((f) => f.includes(SERVER_OUT));
if (early.length > 0) throw new Error(`ops-count must be imported before the server modules (already loaded: ${early[0]})`);
post('Profiler.enable');
post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });

type Coverage = { result: Array<{ url: string; functions: Array<{ ranges: Array<{ count: number }> }> }> };

/** Blocks executed in server/out while `fn` runs. */
export function countOps(fn: () => void): number {
  post<Coverage>('Profiler.takePreciseCoverage'); // resets the counters
  fn();
  let n = 0;
  for (const script of post<Coverage>('Profiler.takePreciseCoverage').result) {
    if (!script.url.includes('/server/out/')) continue;
    for (const f of script.functions) for (const r of f.ranges) n += r.count;
  }
  return n;
}

/**
 * The counts of `run(n)` and `run(8n)` (after a warm-up, so one-time set-up is not counted) and
 * whether the larger stays within `factor` times the smaller: 8 for linear work, 64 for quadratic.
 */
export function growth(run: (n: number) => void, n: number, factor = 12): { small: number; large: number; ok: boolean; text: string } {
  run(n);
  const small = countOps(() => run(n));
  const large = countOps(() => run(8 * n));
  return { small, large, ok: large <= factor * small, text: `${n}: ${small} operations; ${8 * n}: ${large} (${(large / small).toFixed(1)}×, at most ${factor}×)` };
}
