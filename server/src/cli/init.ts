/** `newslint init [--profile ID] [--hook] [--force]`: a starter config and, on request, a git hook. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { profiles, DEFAULT_PROFILE } from '../engine/profiles';
import { rules } from '../engine/rules';
import { CONFIG_FILE_NAME } from '../config-loader';
import { GitError, hooksDir } from './git';

/** The hooks `init --hook` writes: a commit, and a merge that commits without conflicts. */
export const HOOK_NAMES = ['pre-commit', 'pre-merge-commit'] as const;

/** Never a registry download: the repository's own newslint, else one on PATH, else how to install it. */
export const HOOK_SCRIPT = `#!/bin/sh
# newslint: check the staged drafts before each commit and merge (written by "newslint init --hook").
# Warnings block the commit too (--max-warnings 0). Skip once with: git commit --no-verify
if [ -x ./node_modules/.bin/newslint ]; then
  exec ./node_modules/.bin/newslint --staged --max-warnings 0
elif command -v newslint >/dev/null 2>&1; then
  exec newslint --staged --max-warnings 0
fi
echo "newslint is not installed in this repository. Install it with: npm install --save-dev newslint" >&2
echo "(or skip this check once with: git commit --no-verify)" >&2
exit 1
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
  const profile = opts.profile ? (opts.profile.startsWith('newslint:') ? opts.profile : `newslint:${opts.profile}`) : DEFAULT_PROFILE;
  if (!profiles.some((p) => p.id === profile)) {
    return { code: 2, out: '', err: `newslint init: unknown profile "${opts.profile}"; choose one of ${profiles.map((p) => p.id.slice('newslint:'.length)).join(', ')}\n` };
  }
  const r: InitResult = { code: 0, out: '', err: '' };
  // With --hook, an existing config is kept (init, then init --hook, adds the hook).
  writeOnce(r, cwd, path.join(cwd, CONFIG_FILE_NAME), starterConfig(profile), 0o644, profile, { force: opts.force, keep: opts.hook });
  if (opts.hook) writeHooks(r, cwd, opts.force);
  return r;
}

function writeHooks(r: InitResult, cwd: string, force: boolean): void {
  let dir: string;
  try {
    dir = hooksDir(cwd);
  } catch (e) {
    r.err += `newslint init --hook: ${e instanceof GitError ? e.message : String(e)} (run it inside a git repository)\n`;
    r.code = 2;
    return;
  }
  for (const name of HOOK_NAMES) {
    // A hook newslint wrote itself is rewritten freely (it may be an older version); another is kept.
    const ours = readOrNull(path.join(dir, name))?.includes('written by "newslint init --hook"') ?? false;
    writeOnce(r, cwd, path.join(dir, name), HOOK_SCRIPT, 0o755, `git ${name} hook: newslint --staged --max-warnings 0`, { force: force || ours, keep: false });
  }
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Write a file unless it exists (then: kept with a note when `keep`, an error otherwise). */
function writeOnce(r: InitResult, cwd: string, file: string, content: string, mode: number, what: string, o: { force: boolean; keep: boolean }): void {
  const shown = path.relative(cwd, file) || file;
  if (fs.existsSync(file) && !o.force) {
    if (o.keep) {
      r.out += `Kept ${shown} (already exists)\n`;
      return;
    }
    r.err += `newslint init: ${shown} already exists; not overwritten (use --force to replace it)\n`;
    r.code = 2;
    return;
  }
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content, { mode });
    fs.chmodSync(file, mode);
    r.out += `Wrote ${shown} (${what})\n`;
  } catch (e) {
    r.err += `newslint init: cannot write ${shown}: ${(e as Error).message}\n`;
    r.code = 2;
  }
}
