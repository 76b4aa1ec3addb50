import type { Formatter, LintFileResult, LintMessage } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function label(m: LintMessage): string {
  return m.info ? 'info' : m.severity === 2 ? 'error' : 'warning';
}

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

/** One line per message, so that reports never break a terminal or a log. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** ESLint's stylish format: findings grouped by file, then a summary line. */
export const stylish: Formatter = (results, ctx) => {
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    fixableErrors += r.fixableErrorCount;
    fixableWarnings += r.fixableWarningCount;
    if (r.messages.length === 0) continue;
    out += `\n${paint(ctx.color, '4', r.displayPath)}\n`;
    const rows = r.messages.map((m) => [`${m.line}:${m.column}`, label(m), oneLine(m.message), m.ruleId]);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    r.messages.forEach((m, i) => {
      const [pos, sev, msg, rule] = rows[i];
      const sevText = paint(ctx.color, m.severity === 2 ? '31' : m.info ? '36' : '33', sev.padEnd(w1));
      out += `  ${paint(ctx.color, '2', pos.padEnd(w0))}  ${sevText}  ${msg.padEnd(w2)}  ${paint(ctx.color, '2', rule)}\n`;
    });
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos) parts.push(plural(infos, 'info'));
    out += `\n${paint(ctx.color, errors ? '31;1' : '33;1', `✖ ${plural(total, 'problem')} (${parts.join(', ')})`)}\n`;
    if (fixableErrors + fixableWarnings > 0) {
      out += `  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.\n`;
    }
  }
  out += dryRunDiffs(results);
  return out;
};

/** ESLint's compact format: one line per finding. */
export const compact: Formatter = (results) => {
  let out = '';
  let total = 0;
  for (const r of results) {
    for (const m of r.messages) {
      total++;
      const sev = m.info ? 'Info' : m.severity === 2 ? 'Error' : 'Warning';
      out += `${r.displayPath}: line ${m.line}, col ${m.column}, ${sev} - ${oneLine(m.message)} (${m.ruleId})\n`;
    }
  }
  if (total > 0) out += `\n${plural(total, 'problem')}\n`;
  return out + dryRunDiffs(results);
};

/** For --fix-dry-run: the lines that --fix would change, per file. */
export function dryRunDiffs(results: LintFileResult[]): string {
  let out = '';
  for (const r of results) {
    if (r.output === undefined || r.source === undefined) continue;
    out += `\n${r.displayPath}: --fix would change\n${lineDiff(r.source, r.output)}`;
  }
  return out;
}

function splitLines(s: string): string[] {
  return s.split(/\r\n|\r|\n/);
}

/** A minimal line diff: the changed region between the common head and tail, with line numbers. */
export function lineDiff(a: string, b: string): string {
  const x = splitLines(a);
  const y = splitLines(b);
  let out = '';
  if (x.length === y.length) {
    for (let i = 0; i < x.length; i++) {
      if (x[i] !== y[i]) out += `  ${i + 1}\n  - ${x[i]}\n  + ${y[i]}\n`;
    }
    return out;
  }
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  out += `  ${head + 1}\n`;
  for (const l of x.slice(head, x.length - tail)) out += `  - ${l}\n`;
  for (const l of y.slice(head, y.length - tail)) out += `  + ${l}\n`;
  return out;
}
