/** The end of a run: the report (to standard output or --output-file) and the exit code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules } from '../engine/index';
import { formatters, type FormatContext, type LintFileResult } from '../formatters/index';
import { formatQuoteTable } from './quotes';
import { makeResult, type Output, type Session } from './session';
import type { QuoteSheets } from './jobs';

/** Write the report; the exit code: 2 after problems, 1 for errors or too many warnings, else 0. */
export function report(s: Session, results: LintFileResult[], sheets: QuoteSheets, stdout: Output): number {
  const text = reportText(s, results, sheets, stdout);
  if (s.opts.output !== undefined) {
    const out = path.resolve(s.cwd, s.opts.output);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, text);
    } catch (err) {
      s.stderr.write(`newslint: cannot write the report to ${s.opts.output}: ${(err as Error).message}\n`);
      return 2;
    }
  } else if (text) stdout.write(text);
  return exitCode(s, results);
}

function reportText(s: Session, results: LintFileResult[], sheets: QuoteSheets, stdout: Output): string {
  const { opts, env } = s;
  if (opts.command === 'quotes') return opts.format === 'json' ? JSON.stringify(sheets.map((q) => q.entry)) + '\n' : formatQuoteTable(sheets);
  const shown = opts.quiet ? results.map((r) => makeQuiet(r)) : results;
  const ctx: FormatContext = {
    cwd: s.cwd,
    version: s.tool,
    rules: rules.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, fixable: r.fixable })),
    color: opts.color ?? (opts.output === undefined && !!stdout.isTTY && !env.NO_COLOR),
    githubWorkspace: env.GITHUB_WORKSPACE || undefined,
  };
  return formatters[opts.format](shown, ctx);
}

function exitCode(s: Session, results: LintFileResult[]): number {
  let warnings = 0;
  let errors = 0;
  for (const r of results) {
    warnings += r.warningCount;
    errors += r.errorCount;
  }
  if (s.failed) return 2;
  if (errors > 0) return 1;
  if (s.opts.maxWarnings >= 0 && warnings > s.opts.maxWarnings) {
    s.stderr.write(`newslint: too many warnings (${warnings}); at most ${s.opts.maxWarnings} allowed (--max-warnings)\n`);
    return 1;
  }
  return 0;
}

/** --quiet: errors only. */
function makeQuiet(r: LintFileResult): LintFileResult {
  const q = makeResult({ abs: r.filePath, display: r.displayPath }, r.messages.filter((m) => m.severity === 2));
  if (r.output !== undefined) {
    q.output = r.output;
    q.source = r.source;
  }
  return q;
}
