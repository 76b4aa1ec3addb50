/**
 * The newslint command line: `newslint [options] <files|folders|globs>`, `newslint quotes`,
 * `newslint init`. A thin layer over the engine: it finds drafts, loads their configuration,
 * lints, fixes and reports. Exit codes: 0 clean (warnings allowed), 1 errors or too many
 * warnings, 2 usage, configuration or file problems (other drafts are still linted and reported).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { rules, type Analysis, type ResolvedConfig, type DraftFormat } from './engine/index';
import { ConfigCache, ConfigError, isIgnored, loadConfigForFile, type LoadedConfig, type LoadOptions, type RawConfig } from './config-loader';
import { HELP, parseArgs, UsageError, type CliOptions } from './cli/args';
import { displayPath, expandPaths } from './cli/files';
import { decode, formatSize, readDraft, whyNotText } from './cli/read';
import { writeAtomic } from './cli/write';
import * as gitOps from './cli/git';
import { ResultCache, buildFingerprint, sha1 } from './cli/cache';
import { runInit } from './cli/init';
import { formatters, type FormatContext, type LintFileResult, type LintMessage } from './formatters/index';
import { quoteSheet, formatQuoteTable, type QuoteSheetEntry } from './cli/quotes';
import { mapChangedLines } from './cli/line-map';
import { carryLazyEdits, formatOf, lineStartsOf, position, mergeFix, toMessage, lintJob, type JobResult } from './cli/messages';
import { lintInWorkers, workerCount, type PoolJob } from './cli/pool';
import { lintAcrossFiles } from './engine/across-files';
import { applyFixesOnce } from './engine/fixes';
import type { Fix } from './engine/types';

export interface Output {
  write(s: string): unknown;
  isTTY?: boolean;
}

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

/** A draft to lint: from the working tree, the git index or standard input. */
interface Input {
  abs: string;
  display: string;
  /** Text already in hand (stdin, staged blob); otherwise read from disk. */
  buffer?: Buffer;
  /** Root-relative path in the git repository (--staged, --diff-base). */
  gitPath?: string;
  stdin?: boolean;
}

export { formatOf, lineStartsOf, position, mergeFix, toMessage };

function makeResult(input: Input, messages: LintMessage[]): LintFileResult {
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

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Does a git path (root-relative) fall under one of the command-line paths or globs? */
function selector(patterns: string[], cwd: string, root: string): (rel: string) => boolean {
  if (patterns.length === 0) return () => true;
  const tests = patterns.map((p) => {
    const abs = path.resolve(cwd, p);
    const glob = picomatch(path.relative(root, abs).split(path.sep).join('/'), { dot: true });
    return (rel: string) => {
      const a = gitOps.toAbs(root, rel);
      return a === abs || a.startsWith(abs.endsWith(path.sep) ? abs : abs + path.sep) || glob(rel);
    };
  });
  return (rel) => tests.some((t) => t(rel));
}

/** Which config file, and where its `extends` may read: the options every config load shares. */
function configScope(opts: CliOptions, cwd: string): LoadOptions {
  return {
    configPath: opts.config ? path.resolve(cwd, opts.config) : undefined,
    noConfig: opts.noConfig,
    workspace: cwd,
    allowExtendsOutside: opts.allowExtendsOutside,
    outsideHint: 'use --allow-extends-outside to read it',
  };
}

let epipeGuard = false;

export async function main(options: MainOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const stdout: Output = options.stdout ?? process.stdout;
  const stderr: Output = options.stderr ?? process.stderr;
  const env = options.env ?? process.env;
  if (stdout === process.stdout && !epipeGuard) {
    // `newslint … | head` closes the pipe early: stop quietly instead of crashing.
    epipeGuard = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
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
  if (opts.printConfig !== undefined) {
    const file = path.resolve(cwd, opts.printConfig);
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
  if (opts.command === 'init') {
    const r = runInit(cwd, opts);
    stdout.write(r.out);
    stderr.write(r.err);
    return r.code;
  }
  return run(opts, cwd, stdout, stderr, env, options.stdin ?? process.stdin);
}

async function run(opts: CliOptions, cwd: string, stdout: Output, stderr: Output, env: Record<string, string | undefined>, stdin: NodeJS.ReadableStream): Promise<number> {
  let failed = false;
  const problem = (file: string, reason: string) => {
    failed = true;
    stderr.write(`newslint: ${file}: ${reason}\n`);
  };
  const notice = (file: string, reason: string) => stderr.write(`newslint: skipped ${file}: ${reason}\n`);

  // 1. What to lint.
  const inputs: Input[] = [];
  let root = '';
  let changed: Map<string, Set<number>> | null = null;
  const hasExt = (p: string) => opts.extensions.some((e) => p.toLowerCase().endsWith(e));
  try {
    if (opts.stdin) {
      const buffer = await readAll(stdin);
      const name = opts.stdinFilename;
      inputs.push({ abs: name ? path.resolve(cwd, name) : path.join(cwd, '<stdin>'), display: name ?? '<stdin>', buffer, stdin: true });
    } else if (opts.staged || opts.diffBase) {
      root = gitOps.repoRoot(cwd);
      const select = selector(opts.patterns, cwd, root);
      const rels = (opts.staged ? gitOps.stagedPaths(root) : gitOps.changedSince(root, opts.diffBase as string)).filter((r) => hasExt(r) && select(r));
      if (opts.staged) {
        const index = gitOps.indexEntries(root);
        const wanted = rels.filter((r) => index.has(r));
        const blobs = gitOps.readBlobs(root, wanted.map((r) => index.get(r) as string));
        for (const rel of wanted) {
          const abs = gitOps.toAbs(root, rel);
          inputs.push({ abs, display: displayPath(abs, cwd), buffer: blobs.get(index.get(rel) as string) ?? Buffer.alloc(0), gitPath: rel });
        }
      } else {
        for (const rel of rels) {
          const abs = gitOps.toAbs(root, rel);
          inputs.push({ abs, display: displayPath(abs, cwd), gitPath: rel });
        }
      }
      if (opts.changedLines || opts.diffBase) changed = gitOps.changedLines(root, opts.staged ? { staged: true } : { base: opts.diffBase as string });
    } else {
      if (opts.patterns.length === 0) {
        stderr.write('newslint: no drafts named: give files, folders or globs (e.g. newslint drafts/), or use --stdin or --staged. See newslint --help.\n');
        return 2;
      }
      const { files, problems } = expandPaths(opts.patterns, cwd, opts.extensions);
      for (const p of problems) problem(p.file, p.reason);
      for (const abs of files) inputs.push({ abs, display: displayPath(abs, cwd) });
    }
  } catch (err) {
    if (err instanceof gitOps.GitError) {
      stderr.write(`newslint: git: ${err.message}\n`);
      return 2;
    }
    throw err;
  }

  // 2. Configuration, reading, linting, fixing.
  const configCache = new ConfigCache();
  const overrides: RawConfig | undefined = Object.keys(opts.rules).length ? { rules: { ...opts.rules } } : undefined;
  const reportedConfigErrors = new Set<string>();
  const tool = version();
  const resultCache = opts.cache && !opts.fixDryRun ? new ResultCache(path.resolve(cwd, opts.cacheLocation ?? '.newslintcache'), buildFingerprint(tool)) : null;
  const configPrints = new Map<ResolvedConfig, string>();
  const fingerprint = (c: ResolvedConfig) => {
    let f = configPrints.get(c);
    if (!f) configPrints.set(c, (f = sha1(JSON.stringify(c))));
    return f;
  };
  const results: LintFileResult[] = [];
  const across: { input: Input; original: string; text: string; analysis: Analysis; config: ResolvedConfig; result: LintFileResult; starts: number[] }[] = [];
  // --staged --fix: root-relative paths whose working copy now holds the fixed staged copy.
  const toStage = new Set<string>();
  // --staged --fix: drafts already reported as not fixed because of unstaged changes.
  const unstagedNoticed = new Set<string>();
  /** Write a fixed draft; false (with a notice or a problem) when it was not written. */
  const writeFixed = (input: Input, text: string): boolean => {
    const failure = writeAtomic(input.abs, text, { cwd, outsideLinks: opts.fixOutsideLinks });
    if (!failure) return true;
    if (failure.notice) stderr.write(`newslint: ${input.display}: not fixed: ${failure.reason}\n`);
    else problem(input.display, failure.reason);
    return false;
  };
  /** --staged --fix: write `next` only when the working file is exactly the staged copy `current`. */
  const writeStaged = (input: Input, current: string, next: string): boolean => {
    let work: Buffer | null = null;
    try {
      work = fs.readFileSync(input.abs);
    } catch {
      work = null;
    }
    const text = work && gitOps.workingFix(work, current, next);
    if (!text) {
      if (!unstagedNoticed.has(input.abs)) {
        unstagedNoticed.add(input.abs);
        stderr.write(`newslint: ${input.display}: not fixed: the file has unstaged changes (fix it and stage it, or stage the changes first)\n`);
      }
      return false;
    }
    if (!writeFixed(input, text)) return false;
    toStage.add(input.gitPath as string);
    return true;
  };
  const sheets: Parameters<typeof formatQuoteTable>[0] = [];
  const fixMode = opts.fix && !opts.stdin;
  // SARIF carries fixes: suggestions that edit every mention of a name get their edits there.
  const lazyEdits = opts.format === 'sarif';
  const dryRun = opts.fixDryRun || (opts.fix && opts.stdin);

  // Phase 1: configuration, ignore globs, reading, cache look-ups (main thread, in order).
  interface Job {
    input: Input;
    text: string;
    config: ResolvedConfig;
    format: DraftFormat;
    cacheKey: string;
    slot: number;
  }
  const slots: (LintFileResult | null)[] = [];
  const jobs: Job[] = [];
  const crashed = (input: Input, err: unknown) =>
    // A bug in a rule must not hide the other drafts' results.
    problem(input.display, `newslint failed on this draft (please report it): ${String((err as Error)?.stack ?? err).split('\n').slice(0, 2).join(' ').replace(/\s+/g, ' ')}`);
  for (const input of inputs) {
    try {
      let loaded: LoadedConfig;
      try {
        loaded = loadConfigForFile(input.abs, { ...configScope(opts, cwd), overrides, cache: configCache });
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        if (!reportedConfigErrors.has(err.message)) {
          reportedConfigErrors.add(err.message);
          failed = true;
          stderr.write(`newslint: ${err.message}\n`);
        }
        stderr.write(`newslint: ${input.display}: not linted (configuration error above)\n`);
        continue;
      }
      if (!input.stdin && isIgnored(input.abs, loaded, cwd)) continue;

      let text: string;
      if (input.buffer) {
        if (input.buffer.length > opts.maxFileSize) {
          notice(input.display, `file is ${formatSize(input.buffer.length)}, over the ${formatSize(opts.maxFileSize)} limit (--max-file-size)`);
          continue;
        }
        const why = whyNotText(input.buffer);
        if (why) {
          notice(input.display, why);
          continue;
        }
        text = decode(input.buffer);
      } else {
        const r = readDraft(input.abs, opts.maxFileSize);
        if (!r.ok) {
          if (r.skip) notice(input.display, r.reason);
          else problem(input.display, r.reason);
          continue;
        }
        text = r.text;
      }

      const config = loaded.config;
      const format = formatOf(input.abs);
      if (opts.command === 'quotes') {
        const starts = lineStartsOf(text);
        const t = text;
        sheets.push({ display: input.display, entry: quoteSheet(input.abs, text, format), position: (o) => position(t, starts, o) });
        continue;
      }
      const cacheKey = resultCache ? resultCache.key(`${format}\u0000${lazyEdits}\u0000${text}`, fingerprint(config)) : '';
      const cached = resultCache && !opts.acrossFiles ? resultCache.get(input.abs, cacheKey) : null;
      if (cached && !(fixMode && cached.some((m) => m.fix))) {
        slots.push(makeResult(input, filterChanged(cached, input, changed)));
        continue;
      }
      jobs.push({ input, text, config, format, cacheKey, slot: slots.length });
      slots.push(null);
    } catch (err) {
      crashed(input, err);
    }
  }

  // Phase 2: lint (and fix in memory) — on worker threads when there is a lot to do.
  const fixing = fixMode || dryRun;
  const computed = new Map<number, JobResult | { error: string }>();
  const size = opts.acrossFiles ? 0 : workerCount(jobs.length, jobs.reduce((n, j) => n + j.text.length, 0), env);
  if (size > 0) {
    const pooled: PoolJob[] = jobs.map((j, id) => ({ id, text: j.text, config: j.config, format: j.format, fix: fixing, lazyEdits }));
    for (const [id, r] of await lintInWorkers(pooled, size)) computed.set(id, r);
  }
  const inline = (j: Job, text: string, fix: boolean): JobResult => lintJob(text, j.config, j.format, fix, opts.acrossFiles, undefined, lazyEdits);

  // Phase 3: write fixes, assemble results (main thread, in order).
  jobs.forEach((job, id) => {
    const { input, text, config, format } = job;
    try {
      let r = computed.get(id);
      if (r && 'error' in r) throw new Error(r.error);
      if (!r) r = inline(job, text, fixing);
      const output = r.output;
      // What the messages describe: the fixed text when it was written (or in a dry run).
      let source = output ?? text;
      if (fixMode && output !== undefined) {
        let written = false;
        if (input.gitPath && opts.staged) {
          // The staged copy is what gets committed: fix the working file only when it is that copy.
          written = writeStaged(input, text, output);
        } else {
          written = writeFixed(input, output);
        }
        if (!written) {
          source = text;
          r = inline(job, text, false);
        }
      }
      for (const f of r.failures ?? []) problem(input.display, `rule ${f.replace(': ', ' failed on this draft (please report it): ')}`);
      const all = r.messages;
      if (resultCache && !opts.acrossFiles && !dryRun && !r.failures) resultCache.set(input.abs, source === text ? job.cacheKey : resultCache.key(`${format}\u0000${lazyEdits}\u0000${source}`, fingerprint(config)), all);
      const result = makeResult(input, filterChanged(all, input, changed, text, source));
      // `output` (as in ESLint's JSON): the fixed text of a draft --fix rewrote, or would rewrite.
      if (output !== undefined && source === output) result.output = output;
      if (dryRun && output !== undefined) result.source = text; // the --fix-dry-run diff
      slots[job.slot] = result;
      if (opts.acrossFiles && r.analysis) across.push({ input, original: text, text: source, analysis: r.analysis, config, result, starts: lineStartsOf(source) });
    } catch (err) {
      crashed(input, err);
    }
  });
  for (const r of slots) if (r) results.push(r);

  // 3. Checks across drafts (names spelled differently in different files).
  if (opts.acrossFiles && across.length) {
    const runAcross = () => lintAcrossFiles(across.map((a) => ({ path: a.input.abs, analysis: a.analysis, config: a.config })));
    let extra = runAcross();
    if (fixMode || dryRun) {
      let fixedAny = false;
      for (const a of across) {
        const fixes = (extra.get(a.input.abs) ?? []).filter((f) => f.fix).map((f) => f.fix as Fix);
        if (!fixes.length) continue;
        const next = applyFixesOnce(a.text, fixes).text;
        if (next === a.text) continue;
        if (fixMode) {
          if (a.input.gitPath && opts.staged) {
            // As for the draft's own fixes: only a working copy that is the staged copy is fixed and re-staged.
            if (!writeStaged(a.input, a.text, next)) continue;
          } else {
            if (!writeFixed(a.input, next)) continue;
          }
        }
        try {
          const r = lintJob(next, a.config, formatOf(a.input.abs), false, true, undefined, lazyEdits);
          a.text = next;
          a.analysis = r.analysis as Analysis;
          a.starts = lineStartsOf(next);
          const res = makeResult(a.input, filterChanged(r.messages, a.input, changed, a.original, next));
          res.output = next !== a.original ? next : undefined;
          if (dryRun) res.source = res.output === undefined ? undefined : a.original;
          Object.assign(a.result, res);
          fixedAny = true;
        } catch (err) {
          crashed(a.input, err);
        }
      }
      // Report what is left after the fixes.
      if (fixedAny) extra = runAcross();
    }
    for (const a of across) {
      const more = extra.get(a.input.abs);
      if (!more?.length) continue;
      const msgs = filterChanged(more.map((f) => toMessage(f, a.text, a.starts)), a.input, changed, a.original, a.text);
      const merged = [...a.result.messages, ...msgs].sort((x, y) => x.offset - y.offset || x.endOffset - y.endOffset || x.ruleId.localeCompare(y.ruleId));
      const r = makeResult(a.input, merged);
      Object.assign(a.result, r, { output: a.result.output, source: a.result.source });
    }
  }
  if (toStage.size) {
    try {
      gitOps.stage(root, [...toStage]);
    } catch (err) {
      problem('git add', (err as Error).message);
    }
  }
  if (resultCache) {
    const err = resultCache.save();
    if (err) stderr.write(`newslint: could not write the cache ${resultCache.file}: ${err}\n`);
  }

  // 4. Report.
  let warnings = 0;
  let errors = 0;
  for (const r of results) {
    warnings += r.warningCount;
    errors += r.errorCount;
  }
  const shown = opts.quiet ? results.map((r) => makeQuiet(r)) : results;
  const toFile = opts.output !== undefined;
  const ctx: FormatContext = {
    cwd,
    version: tool,
    rules: rules.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, fixable: r.fixable })),
    color: opts.color ?? (!toFile && !!stdout.isTTY && !env.NO_COLOR),
    githubWorkspace: env.GITHUB_WORKSPACE || undefined,
  };
  const report =
    opts.command === 'quotes'
      ? opts.format === 'json'
        ? JSON.stringify(sheets.map((s) => s.entry)) + '\n'
        : formatQuoteTable(sheets)
      : formatters[opts.format](shown, ctx);
  if (toFile) {
    const out = path.resolve(cwd, opts.output as string);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, report);
    } catch (err) {
      stderr.write(`newslint: cannot write the report to ${opts.output}: ${(err as Error).message}\n`);
      return 2;
    }
  } else if (report) stdout.write(report);

  if (failed) return 2;
  if (errors > 0) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    stderr.write(`newslint: too many warnings (${warnings}); at most ${opts.maxWarnings} allowed (--max-warnings)\n`);
    return 1;
  }
  return 0;
}

function makeQuiet(r: LintFileResult): LintFileResult {
  const q = makeResult({ abs: r.filePath, display: r.displayPath }, r.messages.filter((m) => m.severity === 2));
  if (r.output !== undefined) {
    q.output = r.output;
    q.source = r.source;
  }
  return q;
}

/** With --changed-lines / --diff-base: keep findings touching an added or changed line. */
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

export type { QuoteSheetEntry };
export { quoteSheet, formatQuoteTable };
