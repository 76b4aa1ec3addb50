/**
 * The newslint command line: `newslint [options] <files|folders|globs>`, `newslint quotes`,
 * `newslint init`. A thin layer over the engine: it finds drafts, loads their configuration,
 * lints, fixes and reports. Exit codes: 0 clean (warnings allowed), 1 errors or too many
 * warnings, 2 usage, configuration or file problems (other drafts are still linted and reported).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, loadConfigForFile } from './config-loader';
import { HELP, parseArgs, UsageError, type CliOptions } from './cli/args';
import { runInit } from './cli/init';
import { quoteSheet, formatQuoteTable, type QuoteSheetEntry } from './cli/quotes';
import { formatOf, lineStartsOf, position, mergeFix, toMessage } from './cli/messages';
import { findInputs } from './cli/inputs';
import { finishJobs, lintPooled, readDrafts } from './cli/jobs';
import { checkAcrossFiles } from './cli/across';
import { report } from './cli/report';
import { configScope, Session, type Output } from './cli/session';
import type { LintFileResult } from './formatters/index';

export type { Output };

export interface MainOptions {
  argv: string[];
  cwd?: string;
  stdout?: Output;
  stderr?: Output;
  stdin?: NodeJS.ReadableStream;
  env?: Record<string, string | undefined>;
}

export function version(): string {
  for (const p of [path.join(__dirname, '..', '..', 'package.json'), path.join(__dirname, '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'newslint' && pkg.version) return pkg.version;
    } catch {
      /* try the next */
    }
  }
  return '0.0.0';
}

export { formatOf, lineStartsOf, position, mergeFix, toMessage };

let epipeGuard = false;

/** `newslint … | head` closes the pipe early: stop quietly instead of crashing. */
function guardEpipe(): void {
  if (epipeGuard) return;
  epipeGuard = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** --print-config FILE: the configuration in force for FILE, as JSON. */
function printConfig(opts: CliOptions, target: string, cwd: string, stdout: Output, stderr: Output): number {
  const file = path.resolve(cwd, target);
  try {
    const loaded = loadConfigForFile(file, {
      ...configScope(opts, cwd),
      overrides: Object.keys(opts.rules).length ? { rules: { ...opts.rules } } : undefined,
    });
    stdout.write(JSON.stringify({ configFile: loaded.configFile, ...loaded.config }, null, 2) + '\n');
    return 0;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    stderr.write(`newslint: ${err.message}\n`);
    return 2;
  }
}

/** The command line: `main({ argv, cwd, stdout, stderr, stdin, env })` resolves to the exit code (usage, help, version, --print-config, init, else a lint run). */
export async function main(options: MainOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const stdout: Output = options.stdout ?? process.stdout;
  const stderr: Output = options.stderr ?? process.stderr;
  const env = options.env ?? process.env;
  if (stdout === process.stdout) guardEpipe();
  let opts: CliOptions;
  try {
    opts = parseArgs(options.argv);
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`newslint: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (opts.help) {
    stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    stdout.write(`${version()}\n`);
    return 0;
  }
  if (opts.printConfig !== undefined) return printConfig(opts, opts.printConfig, cwd, stdout, stderr);
  if (opts.command === 'init') {
    const r = runInit(cwd, opts);
    stdout.write(r.out);
    stderr.write(r.err);
    return r.code;
  }
  return run(opts, cwd, stdout, stderr, env, options.stdin ?? process.stdin);
}

/** A lint run (also `newslint quotes`), step by step; resolves to the exit code. */
async function run(opts: CliOptions, cwd: string, stdout: Output, stderr: Output, env: Record<string, string | undefined>, stdin: NodeJS.ReadableStream): Promise<number> {
  const s = new Session(opts, cwd, stderr, env, version());
  // 1. What to lint: paths, folders and globs expanded; drafts named by git; standard input.
  const inputs = await findInputs(s, stdin);
  if (typeof inputs === 'number') return inputs;
  s.openCache();
  // 2. Each draft's configuration, ignore globs, its text, cache look-ups (in order).
  const { jobs, slots, sheets } = readDrafts(s, inputs);
  // 3. Lint (and fix in memory): on worker threads when there is a lot to do, else inline in 4.
  const computed = await lintPooled(s, jobs);
  // 4. Write fixes, assemble the results in order.
  const across = finishJobs(s, jobs, computed, slots);
  const results = slots.filter((r): r is LintFileResult => r !== null);
  // 5. Checks across drafts (names spelled differently in different files).
  if (opts.acrossFiles && across.length) checkAcrossFiles(s, across);
  s.stageFixed();
  s.saveCache();
  // 6. Report; the exit code.
  return report(s, results, sheets, stdout);
}

export type { QuoteSheetEntry };
export { quoteSheet, formatQuoteTable };
