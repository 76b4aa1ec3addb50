/**
 * The drafts of a run, from configuration to result: read them (configuration, ignore globs, size
 * and text checks, cache look-ups, on the main thread in order), lint them (on worker threads when
 * there is a lot to do), then write fixes and assemble the results in order.
 */
import type { Analysis, DraftFormat, ResolvedConfig } from '../engine/index';
import { ConfigError, isIgnored, loadConfigForFile, type LoadedConfig } from '../config-loader';
import type { LintFileResult } from '../formatters/index';
import { quoteSheet, type formatQuoteTable } from './quotes';
import { decode, formatSize, readDraft, whyNotText } from './read';
import { formatOf, lineStartsOf, lintJob, position, type JobResult } from './messages';
import { lintInWorkers, workerCount, type PoolJob } from './pool';
import { configScope, type Input, type Session } from './session';

/** A draft read and configured, waiting to be linted; `slot` is its place among the results. */
export interface Job {
  input: Input;
  text: string;
  config: ResolvedConfig;
  format: DraftFormat;
  cacheKey: string;
  slot: number;
}

/** A draft kept for the checks across files (--across-files). */
export interface AcrossDraft {
  input: Input;
  /** The text as read, and as it now is (fixed, with --fix or --fix-dry-run). */
  original: string;
  text: string;
  analysis: Analysis;
  config: ResolvedConfig;
  result: LintFileResult;
  starts: number[];
}

export type QuoteSheets = Parameters<typeof formatQuoteTable>[0];

/** The drafts read: jobs to lint, results already known (cache hits; null for the jobs' places), quote sheets. */
export interface Prepared {
  jobs: Job[];
  slots: (LintFileResult | null)[];
  sheets: QuoteSheets;
}

export function readDrafts(s: Session, inputs: Input[]): Prepared {
  const out: Prepared = { jobs: [], slots: [], sheets: [] };
  for (const input of inputs) {
    try {
      prepare(s, input, out);
    } catch (err) {
      s.crashed(input, err);
    }
  }
  return out;
}

/** One draft: configured, not ignored, read as text; then a quote sheet, a cached result or a job. */
function prepare(s: Session, input: Input, out: Prepared): void {
  const loaded = loadConfig(s, input);
  if (!loaded) return;
  if (!input.stdin && isIgnored(input.abs, loaded, s.cwd)) return;
  const text = readText(s, input);
  if (text === null) return;
  const config = loaded.config;
  const format = formatOf(input.abs);
  if (s.opts.command === 'quotes') {
    const starts = lineStartsOf(text);
    out.sheets.push({ display: input.display, entry: quoteSheet(input.abs, text, format), position: (o) => position(text, starts, o) });
    return;
  }
  const cacheKey = s.cacheKey(format, text, config);
  const cached = s.resultCache && !s.opts.acrossFiles ? s.resultCache.get(input.abs, cacheKey) : null;
  if (cached && !(s.fixMode && cached.some((m) => m.fix))) {
    out.slots.push(s.result(input, cached));
    return;
  }
  out.jobs.push({ input, text, config, format, cacheKey, slot: out.slots.length });
  out.slots.push(null);
}

/** The draft's configuration; null (reported, each error once) when it cannot be loaded. */
function loadConfig(s: Session, input: Input): LoadedConfig | null {
  try {
    return loadConfigForFile(input.abs, { ...configScope(s.opts, s.cwd), overrides: s.overrides, cache: s.configCache });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    if (!s.reportedConfigErrors.has(err.message)) {
      s.reportedConfigErrors.add(err.message);
      s.failed = true;
      s.stderr.write(`newslint: ${err.message}\n`);
    }
    s.stderr.write(`newslint: ${input.display}: not linted (configuration error above)\n`);
    return null;
  }
}

/** The draft's text; null (with a notice or a problem) when it is too large, not text or unreadable. */
function readText(s: Session, input: Input): string | null {
  const max = s.opts.maxFileSize;
  if (input.buffer) {
    if (input.buffer.length > max) {
      s.notice(input.display, `file is ${formatSize(input.buffer.length)}, over the ${formatSize(max)} limit (--max-file-size)`);
      return null;
    }
    const why = whyNotText(input.buffer);
    if (why) {
      s.notice(input.display, why);
      return null;
    }
    return decode(input.buffer);
  }
  const r = readDraft(input.abs, max);
  if (r.ok) return r.text;
  if (r.skip) s.notice(input.display, r.reason);
  else s.problem(input.display, r.reason);
  return null;
}

/** Lint (and fix in memory) on worker threads when there is a lot to do: results by job index; the rest is linted inline. */
export async function lintPooled(s: Session, jobs: Job[]): Promise<Map<number, JobResult | { error: string }>> {
  const computed = new Map<number, JobResult | { error: string }>();
  const size = s.opts.acrossFiles ? 0 : workerCount(jobs.length, jobs.reduce((n, j) => n + j.text.length, 0), s.env);
  if (size > 0) {
    const pooled: PoolJob[] = jobs.map((j, id) => ({ id, text: j.text, config: j.config, format: j.format, fix: s.fixing, lazyEdits: s.lazyEdits }));
    for (const [id, r] of await lintInWorkers(pooled, size)) computed.set(id, r);
  }
  return computed;
}

/** Lint what the pool did not, write fixes, and put each job's result in its slot; the drafts kept for --across-files. */
export function finishJobs(s: Session, jobs: Job[], computed: Map<number, JobResult | { error: string }>, slots: (LintFileResult | null)[]): AcrossDraft[] {
  const across: AcrossDraft[] = [];
  jobs.forEach((job, id) => {
    try {
      finishJob(s, job, computed.get(id), slots, across);
    } catch (err) {
      s.crashed(job.input, err);
    }
  });
  return across;
}

function finishJob(s: Session, job: Job, pooled: JobResult | { error: string } | undefined, slots: (LintFileResult | null)[], across: AcrossDraft[]): void {
  const { input, text, config, format } = job;
  const { opts, resultCache, dryRun } = s;
  if (pooled && 'error' in pooled) throw new Error(pooled.error);
  let r = pooled ?? lintInline(s, job, s.fixing);
  const output = r.output;
  // What the messages describe: the fixed text when it was written (or in a dry run).
  let source = output ?? text;
  if (s.fixMode && output !== undefined && !s.writeFix(input, text, output)) {
    source = text;
    r = lintInline(s, job, false);
  }
  for (const f of r.failures ?? []) s.problem(input.display, `rule ${f.replace(': ', ' failed on this draft (please report it): ')}`);
  const all = r.messages;
  if (resultCache && !opts.acrossFiles && !dryRun && !r.failures) resultCache.set(input.abs, source === text ? job.cacheKey : s.cacheKey(format, source, config), all);
  const result = s.result(input, all, text, source);
  // `output` (as in ESLint's JSON): the fixed text of a draft --fix rewrote, or would rewrite.
  if (output !== undefined && source === output) result.output = output;
  if (dryRun && output !== undefined) result.source = text; // the --fix-dry-run diff
  slots[job.slot] = result;
  if (opts.acrossFiles && r.analysis) across.push({ input, original: text, text: source, analysis: r.analysis, config, result, starts: lineStartsOf(source) });
}

function lintInline(s: Session, j: Job, fix: boolean): JobResult {
  return lintJob(j.text, j.config, j.format, fix, s.opts.acrossFiles, undefined, s.lazyEdits);
}
