/**
 * One lint run of the command line: its options, what it tells the user on the way (problems make
 * the exit code 2), the caches it shares across drafts, and how it writes fixed drafts. The steps
 * of the run (cli.ts `run`) all take this.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResolvedConfig } from '../engine/index';
import { ConfigCache, type LoadOptions, type RawConfig } from '../config-loader';
import type { LintFileResult, LintMessage } from '../formatters/index';
import type { CliOptions } from './args';
import { ResultCache, buildFingerprint, sha1 } from './cache';
import * as gitOps from './git';
import { mapChangedLines } from './line-map';
import { carryLazyEdits } from './messages';
import { writeAtomic } from './write';

export interface Output {
  write(s: string): unknown;
  isTTY?: boolean;
}

/** A draft to lint: from the working tree, the git index or standard input. */
export interface Input {
  abs: string;
  display: string;
  /** Text already in hand (stdin, staged blob); otherwise read from disk. */
  buffer?: Buffer;
  /** Root-relative path in the git repository (--staged, --diff-base). */
  gitPath?: string;
  stdin?: boolean;
}

/** Which config file, and where its `extends` may read: the options every config load shares. */
export function configScope(opts: CliOptions, cwd: string): LoadOptions {
  return {
    configPath: opts.config ? path.resolve(cwd, opts.config) : undefined,
    noConfig: opts.noConfig,
    workspace: cwd,
    allowExtendsOutside: opts.allowExtendsOutside,
    outsideHint: 'use --allow-extends-outside to read it',
  };
}

export class Session {
  /** A problem was reported (exit code 2). */
  failed = false;
  /** The git repository's root (--staged, --diff-base), else ''. */
  root = '';
  /** --changed-lines / --diff-base: the lines git reports changed, per root-relative path. */
  changed: Map<string, Set<number>> | null = null;
  resultCache: ResultCache | null = null;
  readonly configCache = new ConfigCache();
  readonly overrides: RawConfig | undefined;
  /** Configuration errors already reported (each once, however many drafts it stops). */
  readonly reportedConfigErrors = new Set<string>();
  /** --fix writes the drafts (never standard input). */
  readonly fixMode: boolean;
  /** --fix-dry-run, or --fix on standard input: fixed text reported, nothing written. */
  readonly dryRun: boolean;
  /** SARIF carries fixes: suggestions that edit every mention of a name get their edits there. */
  readonly lazyEdits: boolean;
  /** --staged --fix: root-relative paths whose working copy now holds the fixed staged copy. */
  private readonly toStage = new Set<string>();
  /** --staged --fix: drafts already reported as not fixed because of unstaged changes. */
  private readonly unstagedNoticed = new Set<string>();
  private readonly configPrints = new Map<ResolvedConfig, string>();

  constructor(
    readonly opts: CliOptions,
    readonly cwd: string,
    readonly stderr: Output,
    readonly env: Record<string, string | undefined>,
    /** The version of newslint (cache fingerprint, reports). */
    readonly tool: string,
  ) {
    this.overrides = Object.keys(opts.rules).length ? { rules: { ...opts.rules } } : undefined;
    this.fixMode = opts.fix && !opts.stdin;
    this.lazyEdits = opts.format === 'sarif';
    this.dryRun = opts.fixDryRun || (opts.fix && opts.stdin);
  }

  /** Lint with fixes applied in memory (to write them, or to show them). */
  get fixing(): boolean {
    return this.fixMode || this.dryRun;
  }

  /** A file or usage problem: reported, and the exit code becomes 2. */
  problem(file: string, reason: string): void {
    this.failed = true;
    this.stderr.write(`newslint: ${file}: ${reason}\n`);
  }

  /** A draft skipped for a reason that is no error (too large, not text). */
  notice(file: string, reason: string): void {
    this.stderr.write(`newslint: skipped ${file}: ${reason}\n`);
  }

  /** A bug in a rule must not hide the other drafts' results. */
  crashed(input: Input, err: unknown): void {
    this.problem(input.display, `newslint failed on this draft (please report it): ${String((err as Error)?.stack ?? err).split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ')}`);
  }

  /** --cache (not with --fix-dry-run): the cache file, read now. */
  openCache(): void {
    if (this.opts.cache && !this.opts.fixDryRun) this.resultCache = new ResultCache(path.resolve(this.cwd, this.opts.cacheLocation ?? '.newslintcache'), buildFingerprint(this.tool));
  }

  /** The cache key of a draft's text under a configuration. */
  cacheKey(format: string, text: string, config: ResolvedConfig): string {
    if (!this.resultCache) return '';
    let f = this.configPrints.get(config);
    if (!f) this.configPrints.set(config, (f = sha1(JSON.stringify(config))));
    return this.resultCache.key(`${format}\u0000${this.lazyEdits}\u0000${text}`, f);
  }

  saveCache(): void {
    if (!this.resultCache) return;
    const err = this.resultCache.save();
    if (err) this.stderr.write(`newslint: could not write the cache ${this.resultCache.file}: ${err}\n`);
  }

  /** Write a fixed draft (--fix): a staged draft's fix only where the working file is the staged copy. */
  writeFix(input: Input, current: string, next: string): boolean {
    // The staged copy is what gets committed: fix the working file only when it is that copy.
    if (input.gitPath && this.opts.staged) return this.writeStaged(input, current, next);
    return this.writeFixed(input, next);
  }

  /** Write a fixed draft; false (with a notice or a problem) when it was not written. */
  private writeFixed(input: Input, text: string): boolean {
    const failure = writeAtomic(input.abs, text, { cwd: this.cwd, outsideLinks: this.opts.fixOutsideLinks });
    if (!failure) return true;
    if (failure.notice) this.stderr.write(`newslint: ${input.display}: not fixed: ${failure.reason}\n`);
    else this.problem(input.display, failure.reason);
    return false;
  }

  /** --staged --fix: write `next` only when the working file is exactly the staged copy `current`. */
  private writeStaged(input: Input, current: string, next: string): boolean {
    let work: Buffer | null = null;
    try {
      work = fs.readFileSync(input.abs);
    } catch {
      work = null;
    }
    const text = work && gitOps.workingFix(work, current, next);
    if (!text) {
      if (!this.unstagedNoticed.has(input.abs)) {
        this.unstagedNoticed.add(input.abs);
        this.stderr.write(`newslint: ${input.display}: not fixed: the file has unstaged changes (fix it and stage it, or stage the changes first)\n`);
      }
      return false;
    }
    if (!this.writeFixed(input, text)) return false;
    this.toStage.add(input.gitPath as string);
    return true;
  }

  /** --staged --fix: stage the drafts whose fixes were written. */
  stageFixed(): void {
    if (!this.toStage.size) return;
    try {
      gitOps.stage(this.root, [...this.toStage]);
    } catch (err) {
      this.problem('git add', (err as Error).message);
    }
  }

  /** With --changed-lines / --diff-base, the messages on changed lines; else all (filterChanged). */
  onChangedLines(messages: LintMessage[], input: Input, before?: string, after?: string): LintMessage[] {
    return filterChanged(messages, input, this.changed, before, after);
  }

  /** A draft's result: its messages (on the changed lines only, with --changed-lines / --diff-base). */
  result(input: Input, messages: LintMessage[], before?: string, after?: string): LintFileResult {
    return makeResult(input, this.onChangedLines(messages, input, before, after));
  }
}

export function makeResult(input: Pick<Input, 'abs' | 'display'>, messages: LintMessage[]): LintFileResult {
  const r: LintFileResult = {
    filePath: input.abs,
    displayPath: input.display,
    messages,
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const m of messages) {
    if (m.severity === 2) {
      r.errorCount++;
      if (m.fix) r.fixableErrorCount++;
    } else if (m.info) r.infoCount++;
    else {
      r.warningCount++;
      if (m.fix) r.fixableWarningCount++;
    }
  }
  return r;
}

/**
 * Messages on the changed lines of a draft (`--changed-lines`, `--diff-base`). Git numbers the
 * lines of `before`, the text as it was read; the messages are placed in `after`, the text after
 * `--fix` (or `--fix-dry-run`): the changed lines are carried over to the fixed text's lines.
 */
function filterChanged(messages: LintMessage[], input: Input, changed: Map<string, Set<number>> | null, before?: string, after?: string): LintMessage[] {
  if (!changed || !input.gitPath) return messages;
  const read = changed.get(input.gitPath);
  if (!read) return [];
  const lines = before !== undefined && after !== undefined && before !== after ? mapChangedLines(before, after, read) : read;
  const kept = messages.filter((m) => {
    for (let l = m.line; l <= m.endLine; l++) if (lines.has(l)) return true;
    return false;
  });
  return carryLazyEdits(messages, kept);
}
