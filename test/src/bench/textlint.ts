/**
 * textlint with one term rule (textlint-rule-terminology), timed on the same folder in the same
 * run as newslint, for issue 17's ratio (newslint ≤ 0.25 of textlint's time).
 *
 * textlint is not a dependency of newslint: the bench installs it once, with npm, into a cache
 * folder outside the project (`~/.cache/newslint-bench/textlint`, or `NEWSLINT_TEXTLINT_DIR`),
 * and says so. Without npm or a registry it prints why and the bench goes on without the ratio.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const PACKAGES = ['textlint@15', 'textlint-rule-terminology@5'];

function textlintDir(): string {
  return process.env.NEWSLINT_TEXTLINT_DIR || path.join(os.homedir(), '.cache', 'newslint-bench', 'textlint');
}

/** The textlint entry script, installed on first use; or a reason why there is none. */
export function ensureTextlint(): { bin: string; dir: string } | { skipped: string } {
  const dir = textlintDir();
  const bin = path.join(dir, 'node_modules', 'textlint', 'bin', 'textlint.js');
  const rule = path.join(dir, 'node_modules', 'textlint-rule-terminology');
  if (fs.existsSync(bin) && fs.existsSync(rule)) return { bin, dir };
  console.log(`textlint: installing ${PACKAGES.join(' ')} into ${dir} (once; outside the project)`);
  fs.mkdirSync(dir, { recursive: true });
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, '{ "name": "newslint-bench-textlint", "private": true }\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', ...PACKAGES], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(bin)) return { skipped: `npm install failed (${(r.stderr || r.error?.message || '').trim().split('\n').pop()})` };
  return { bin, dir };
}

/** Seconds textlint + terminology takes over every .txt file under `folder` (JSON to /dev/null). */
export function timeTextlint(folder: string, tl: { bin: string; dir: string }): number | string {
  const args = [tl.bin, '--no-textlintrc', '--rule', 'terminology', '--format', 'json', '-o', process.platform === 'win32' ? 'NUL' : '/dev/null', path.join(folder, '**', '*.txt')];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: tl.dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const s = (performance.now() - t0) / 1000;
  return r.status === 0 || r.status === 1 ? s : `textlint failed (exit ${r.status}): ${(r.stderr || '').trim().slice(0, 300)}`;
}
