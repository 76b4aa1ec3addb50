/**
 * Linting many drafts on every core: worker threads take batches of drafts from a queue. The
 * results are the same as linting inline (same function, lintJob); anything a worker could not
 * do (it failed to start or died) is done inline afterwards by the caller.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DraftFormat, ResolvedConfig } from '../engine/types';
import type { JobResult } from './messages';

export interface PoolJob {
  id: number;
  text: string;
  config: ResolvedConfig;
  format: DraftFormat;
  fix: boolean;
  /** Resolve the edits of lazy suggestions (SARIF). */
  lazyEdits: boolean;
}

export type PoolResult = JobResult | { error: string };

/**
 * How many workers to use for this much text: 0 means lint inline. `cores` and `load` default to
 * this machine's.
 *
 * Each worker is a cold engine: its thread plus V8's background compiler re-optimising the engine's
 * functions (about 0.5 s of compiler CPU for every 1 s of linting on a cold BBC run). So a worker
 * needs two idle cores: on 2 cores two workers took 15.1 s of CPU for the BBC set against 10.0-10.3 s
 * inline (same report), more than the two cores can give back.
 */
export function workerCount(jobs: number, bytes: number, env: Record<string, string | undefined>, cores = availableCores(), load = os.loadavg()[0]): number {
  const forced = env.NEWSLINT_WORKERS;
  if (forced !== undefined && forced !== '') return Math.max(0, Math.min(16, parseInt(forced, 10) || 0));
  // Starting a worker (engine + lexicon) costs a few hundred milliseconds: only worth it for big runs.
  if (jobs < 64 || bytes < 1024 * 1024) return 0;
  // On a machine already busy with other work, more threads only add start-up and contention.
  const workers = Math.min(4, Math.floor((cores - load) / 2));
  return workers >= 2 ? workers : 0;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export async function lintInWorkers(jobs: PoolJob[], size: number): Promise<Map<number, PoolResult>> {
  const results = new Map<number, PoolResult>();
  if (jobs.length === 0 || size <= 0) return results;
  const configIds = new Map<ResolvedConfig, number>();
  for (const j of jobs) if (!configIds.has(j.config)) configIds.set(j.config, configIds.size);
  const configs = [...configIds].map(([c, id]) => [id, c] as [number, ResolvedConfig]);
  // Batches of about 64 KB keep every worker busy to the end without chatty messaging.
  const batches: PoolJob[][] = [];
  let batch: PoolJob[] = [];
  let bytes = 0;
  for (const j of jobs) {
    batch.push(j);
    bytes += j.text.length;
    if (bytes >= 64 * 1024 || batch.length >= 64) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) batches.push(batch);
  let next = 0;
  const file = path.join(__dirname, 'worker.js');
  const runOne = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(file);
      } catch {
        resolve();
        return;
      }
      let sentConfigs = false;
      const send = () => {
        if (next >= batches.length) {
          void worker.terminate().then(() => resolve(), () => resolve());
          return;
        }
        const b = batches[next++];
        worker.postMessage({
          configs: sentConfigs ? undefined : configs,
          jobs: b.map((j) => ({ id: j.id, text: j.text, configId: configIds.get(j.config), format: j.format, fix: j.fix, lazyEdits: j.lazyEdits })),
        });
        sentConfigs = true;
      };
      worker.on('message', (out: ({ id: number } & PoolResult)[]) => {
        for (const r of out) {
          const { id, ...rest } = r;
          results.set(id, rest as PoolResult);
        }
        send();
      });
      worker.on('error', () => resolve());
      worker.on('exit', () => resolve());
      send();
    });
  await Promise.all(Array.from({ length: Math.min(size, batches.length) }, runOne));
  return results;
}
