/** `newslint init [--profile ID] [--hook] [--force]`: a starter config and, on request, a git hook. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { profiles, DEFAULT_PROFILE } from '../engine/profiles';
import { rules } from '../engine/rules';
import { CONFIG_FILE_NAME } from '../config-loader';
import { GitError, hooksDir } from './git';

export const HOOK_SCRIPT = `#!/bin/sh
# newslint: check the staged drafts before each commit (written by "newslint init --hook").
# Warnings block the commit too (--max-warnings 0). Skip once with: git commit --no-verify
if [ -x ./node_modules/.bin/newslint ]; then
  exec ./node_modules/.bin/newslint --staged --max-warnings 0
fi
exec npx --no-install newslint --staged --max-warnings 0
`;

export function starterConfig(profile: string): string {
  const ruleLines = rules.map((r) => `    // "${r.id}": "${r.defaultSeverity}", — ${r.description}`).join('\n');
  return `{
  // newslint configuration (see the README: Configuration).
  // House style: ${profiles.map((p) => p.id).join(', ')}
  "extends": ["${profile}"],
  "rules": {
${ruleLines}
  },
  // Drafts not to check (globs, relative to this file).
  "ignore": [],
  // Canonical spelling of a name → spellings to flag, e.g. "Volodymyr Zelensky": ["Zelenskyy"].
  "names": {},
  // People the desk knows: {"name": "…", "title": "…"} or {"name": "…", "noTitle": true}.
  "people": []
}
`;
}

export interface InitResult {
  code: number;
  out: string;
  err: string;
}

export function runInit(cwd: string, opts: { profile?: string; hook: boolean; force: boolean }): InitResult {
  let out = '';
  let err = '';
  const profile = opts.profile ? (opts.profile.startsWith('newslint:') ? opts.profile : `newslint:${opts.profile}`) : DEFAULT_PROFILE;
  if (!profiles.some((p) => p.id === profile)) {
    return { code: 2, out, err: `newslint init: unknown profile "${opts.profile}"; choose one of ${profiles.map((p) => p.id.slice('newslint:'.length)).join(', ')}\n` };
  }
  let code = 0;
  const write = (file: string, content: string, mode: number, what: string) => {
    const shown = path.relative(cwd, file) || file;
    if (fs.existsSync(file) && !opts.force) {
      err += `newslint init: ${shown} already exists; not overwritten (use --force to replace it)\n`;
      code = 2;
      return;
    }
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content, { mode });
      fs.chmodSync(file, mode);
      out += `Wrote ${shown} (${what})\n`;
    } catch (e) {
      err += `newslint init: cannot write ${shown}: ${(e as Error).message}\n`;
      code = 2;
    }
  };
  write(path.join(cwd, CONFIG_FILE_NAME), starterConfig(profile), 0o644, profile);
  if (opts.hook) {
    let dir: string | null = null;
    try {
      dir = hooksDir(cwd);
    } catch (e) {
      err += `newslint init --hook: ${e instanceof GitError ? e.message : String(e)} (run it inside a git repository)\n`;
      code = 2;
    }
    if (dir) write(path.join(dir, 'pre-commit'), HOOK_SCRIPT, 0o755, 'git pre-commit hook: newslint --staged --max-warnings 0');
  }
  return { code, out, err };
}
