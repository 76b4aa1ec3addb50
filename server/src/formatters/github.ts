import * as path from 'node:path';
import type { Formatter } from './types';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding on the changed file's line. */
export const github: Formatter = (results, ctx) => {
  let out = '';
  for (const r of results) {
    const rel = ctx.githubWorkspace ? path.relative(ctx.githubWorkspace, r.filePath) : '';
    const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : r.displayPath;
    const file = shown.split('\\').join('/');
    for (const m of r.messages) {
      const cmd = m.info ? 'notice' : m.severity === 2 ? 'error' : 'warning';
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`newslint (${m.ruleId})`)}`,
      ];
      out += `::${cmd} ${props.join(',')}::${escapeData(m.message)}\n`;
    }
  }
  return out;
};
