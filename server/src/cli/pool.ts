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

/** How many workers to use for this much text: 0 means lint inline. */
export function workerCount(jobs: number, bytes: number, env: Record<string, string | undefined>): number {
  const forced = env.NEWSLINT_WORKERS;
  if (forced !== undefined && forced !== '') return Math.max(0, Math.min(16, parseInt(forced, 10) || 0));
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // Starting a worker (engine + lexicon) costs a few hundred milliseconds: only worth it for big runs.
  if (cores < 2 || jobs < 64 || bytes < 1024 * 1024) return 0;
  // On a machine already busy with other work, more threads only add start-up and contention.
  const idle = cores - os.loadavg()[0];
  if (idle < 1) return 0;
  return Math.max(2, Math.min(cores, 4, Math.floor(idle) + 1));
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
