/** Git plumbing for --staged, --diff-base and --changed-lines (one process per step, NUL-separated). */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export class GitError extends Error {}

function git(cwd: string, args: string[], input?: Buffer | string): Buffer {
  const r = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0) {
    const msg = r.stderr.toString('utf8').trim().split('\n')[0] || `git ${args[0]} failed`;
    throw new GitError(msg.replace(/^fatal: /, ''));
  }
  return r.stdout;
}

export function repoRoot(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').replace(/\n$/, '');
}

function splitZ(buf: Buffer): string[] {
  const s = buf.toString('utf8');
  return s.split('\0').filter((x) => x.length > 0);
}

/** Paths (relative to the repository root) of staged files: added, copied, modified, renamed. */
export function stagedPaths(root: string): string[] {
  return splitZ(git(root, ['diff', '--cached', '--name-only', '-z', '-M', '--diff-filter=ACMR', '--no-ext-diff']));
}

/** Paths of files changed in the working tree since `rev` (added, copied, modified, renamed). */
export function changedSince(root: string, rev: string): string[] {
  return splitZ(git(root, ['diff', '--name-only', '-z', '-M', '--diff-filter=ACMR', '--no-ext-diff', rev, '--']));
}

/** Staged blob ids of regular files (stage 0), by root-relative path. */
export function indexEntries(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of splitZ(git(root, ['ls-files', '-s', '-z']))) {
    const tab = entry.indexOf('\t');
    const [mode, oid, stage] = entry.slice(0, tab).split(' ');
    if (stage !== '0' || !(mode === '100644' || mode === '100755')) continue;
    out.set(entry.slice(tab + 1), oid);
  }
  return out;
}

/** Read blobs with one `git cat-file --batch`. */
export function readBlobs(root: string, oids: string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (oids.length === 0) return out;
  const unique = [...new Set(oids)];
  const buf = git(root, ['cat-file', '--batch'], unique.join('\n') + '\n');
  let pos = 0;
  for (const oid of unique) {
    const nl = buf.indexOf(10, pos);
    const header = buf.subarray(pos, nl).toString('utf8');
    const parts = header.split(' ');
    if (parts[1] === 'missing') {
      pos = nl + 1;
      continue;
    }
    const size = parseInt(parts[2], 10);
    out.set(oid, buf.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return out;
}

/** Undo git's C-style quoting of a path ("a\\303\\251.md" → "aé.md"). */
export function unquote(s: string): string {
  if (!s.startsWith('"')) return s;
  const bytes: number[] = [];
  const body = s.slice(1, s.lastIndexOf('"'));
  const esc: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      const n = body[i + 1];
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
        i += 3;
      } else {
        bytes.push(esc[n] ?? n.charCodeAt(0));
        i += 1;
      }
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** 1-based line numbers of added or changed lines per root-relative path, from `git diff -U0`. */
export function parseChangedLines(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = null;
    } else if (line.startsWith('+++ ')) {
      let name = line.slice(4).replace(/\t$/, '');
      if (name === '/dev/null') {
        current = null;
        continue;
      }
      name = unquote(name);
      if (name.startsWith('b/')) name = name.slice(2);
      current = new Set();
      out.set(name, current);
    } else if (current && line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = parseInt(m[1], 10);
      const count = m[2] === undefined ? 1 : parseInt(m[2], 10);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  return out;
}

export function changedLines(root: string, opts: { staged: true } | { base: string }): Map<string, Set<number>> {
  const args = ['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/'];
  if ('staged' in opts) args.push('--cached');
  else args.push(opts.base, '--');
  return parseChangedLines(git(root, args).toString('utf8'));
}

export function toAbs(root: string, rel: string): string {
  return path.join(root, ...rel.split('/'));
}

/** The hooks folder of the repository at `cwd` (honours core.hooksPath). */
export function hooksDir(cwd: string): string {
  const p = git(cwd, ['rev-parse', '--git-path', 'hooks']).toString('utf8').replace(/\n$/, '');
  return path.resolve(cwd, p);
}

/** `git add` the given root-relative paths (after --staged --fix). */
export function stage(root: string, rels: string[]): void {
  if (rels.length) git(root, ['--literal-pathspecs', 'add', '--', ...rels]);
}

/**
 * --staged --fix: the fixed text as the working file should hold it, when the working file is the
 * staged copy `staged` (byte for byte, or as git checks it out with core.autocrlf or eol=crlf:
 * every line ending CRLF); null when the working file has other changes.
 */
export function workingFix(work: Buffer, staged: string, fixed: string): string | null {
  if (work.equals(Buffer.from(staged, 'utf8'))) return fixed;
  const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');
  if (staged.includes('\n') && work.equals(Buffer.from(crlf(staged), 'utf8'))) return crlf(fixed);
  return null;
}
