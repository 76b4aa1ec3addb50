/** Turning command-line paths, folders and globs into the list of drafts to lint. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ioReason } from '../config-loader';

export interface FileProblem {
  /** The path or pattern as given (or the file found). */
  file: string;
  reason: string;
}

export interface Expanded {
  /** Absolute paths, in a stable order, without duplicates. */
  files: string[];
  problems: FileProblem[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export function isGlob(p: string): boolean {
  return /[*?[\]{}!]/.test(p) && picomatch.scan(p).isGlob;
}

/** What an expansion has found so far: files in order (each once) and problems. */
class Found {
  readonly files: string[] = [];
  readonly problems: FileProblem[] = [];
  private readonly seen = new Set<string>();

  add(f: string): void {
    if (!this.seen.has(f)) {
      this.seen.add(f);
      this.files.push(f);
    }
  }

  problem(file: string, reason: string): void {
    this.problems.push({ file, reason });
  }
}

/** Which files of a walk are drafts: by name (a folder's extensions) or by path (a glob's match). */
type Accept = (name: string, abs: string) => boolean;

/**
 * Expand paths: a file is taken whatever its extension; a folder is walked for drafts with one of
 * `extensions` (skipping node_modules and dot-folders); a glob is matched below its base folder.
 */
export function expandPaths(patterns: string[], cwd: string, extensions: string[]): Expanded {
  const found = new Found();
  for (const pattern of patterns) expandPattern(found, pattern, cwd, extensions);
  return { files: found.files, problems: found.problems };
}

function expandPattern(found: Found, pattern: string, cwd: string, extensions: string[]): void {
  const abs = path.resolve(cwd, pattern);
  let st: fs.Stats | null = null;
  let statErr: unknown = null;
  try {
    st = fs.statSync(abs);
  } catch (err) {
    statErr = err;
  }
  if (st?.isDirectory()) return expandFolder(found, abs, pattern, extensions);
  if (st) {
    if (st.isFile()) found.add(abs);
    else found.problem(pattern, 'not a regular file');
    return;
  }
  const code = (statErr as NodeJS.ErrnoException)?.code;
  if (code !== 'ENOENT' || !isGlob(pattern)) {
    found.problem(pattern, code === 'ENOENT' ? 'no such file or folder' : ioReason(statErr));
    return;
  }
  expandGlob(found, pattern, cwd);
}

/** A folder named: its drafts with one of the extensions, or a problem saying there are none. */
function expandFolder(found: Found, abs: string, pattern: string, extensions: string[]): void {
  const before = found.files.length;
  const problemsBefore = found.problems.length;
  const hasExt = (name: string) => {
    const lower = name.toLowerCase();
    return extensions.some((e) => lower.endsWith(e));
  };
  walk(found, abs, pattern, new Set(), (name) => hasExt(name));
  if (found.files.length === before && found.problems.length === problemsBefore) {
    found.problem(pattern, `no drafts (${extensions.join(', ')}) in this folder`);
  }
}

/** A glob: the files below its base folder that match it, or a problem saying none do. */
function expandGlob(found: Found, pattern: string, cwd: string): void {
  const scan = picomatch.scan(pattern.split(path.sep).join('/'));
  const base = path.resolve(cwd, scan.base || '.');
  const isMatch = picomatch(scan.glob, { dot: false });
  const before = found.files.length;
  if (fs.existsSync(base)) walk(found, base, scan.base || '.', new Set(), (_, p) => isMatch(path.relative(base, p).split(path.sep).join('/')));
  if (found.files.length === before) found.problem(pattern, 'no files match this pattern');
}

/** Walk a folder (`shown` is how the user sees it) for drafts; `realSeen` holds the folders above it, to stop link loops. */
function walk(found: Found, dir: string, shown: string, realSeen: Set<string>, accept: Accept): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (err) {
    found.problem(shown, ioReason(err));
    return;
  }
  if (realSeen.has(real)) {
    found.problem(shown, 'symbolic link loop (folder already visited), skipped');
    return;
  }
  realSeen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    found.problem(shown, ioReason(err));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) walkEntry(found, e, path.join(dir, e.name), path.join(shown, e.name), realSeen, accept);
}

function walkEntry(found: Found, e: fs.Dirent, p: string, s: string, realSeen: Set<string>, accept: Accept): void {
  let isDir = e.isDirectory();
  let isFile = e.isFile();
  if (e.isSymbolicLink()) {
    try {
      const st = fs.statSync(p);
      isDir = st.isDirectory();
      isFile = st.isFile();
    } catch (err) {
      found.problem(s, ioReason(err));
      return;
    }
  }
  if (isDir) {
    if (SKIP_DIRS.has(e.name) || e.name.startsWith('.')) return;
    walk(found, p, s, new Set(realSeen), accept);
  } else if (accept(e.name, p)) {
    // A draft's name on a FIFO, socket or device: never opened (it could block forever).
    if (isFile) found.add(p);
    else found.problem(s, 'not a regular file');
  }
}

/** Display form of a path: relative to the working directory when below it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel) ? rel : abs;
}
