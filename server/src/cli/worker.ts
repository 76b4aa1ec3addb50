/** A CLI worker thread: lints batches of drafts sent by the main thread (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig, DraftFormat } from '../engine/types';
import { lintJob } from './messages';

interface WorkerJob {
  id: number;
  text: string;
  configId: number;
  format: DraftFormat;
  fix: boolean;
  lazyEdits: boolean;
}

const configs = new Map<number, ResolvedConfig>();

parentPort?.on('message', (msg: { configs?: [number, ResolvedConfig][]; jobs?: WorkerJob[] }) => {
  for (const [id, c] of msg.configs ?? []) configs.set(id, c);
  const out = (msg.jobs ?? []).map((j) => {
    try {
      return { id: j.id, ...lintJob(j.text, configs.get(j.configId) as ResolvedConfig, j.format, j.fix, false, undefined, j.lazyEdits) };
    } catch (err) {
      return { id: j.id, error: String((err as Error)?.stack ?? err).split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ') };
    }
  });
  parentPort?.postMessage(out);
});
