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

/**
 * Expand paths: a file is taken whatever its extension; a folder is walked for drafts with one of
 * `extensions` (skipping node_modules and dot-folders); a glob is matched below its base folder.
 */
export function expandPaths(patterns: string[], cwd: string, extensions: string[]): Expanded {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: FileProblem[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  const hasExt = (name: string) => {
    const lower = name.toLowerCase();
    return extensions.some((e) => lower.endsWith(e));
  };
  const walk = (dir: string, shown: string, realSeen: Set<string>, match: ((rel: string) => boolean) | null, root: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (err) {
      problems.push({ file: shown, reason: ioReason(err) });
      return;
    }
    if (realSeen.has(real)) {
      problems.push({ file: shown, reason: 'symbolic link loop (folder already visited), skipped' });
      return;
    }
    realSeen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ file: shown, reason: ioReason(err) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      const s = path.join(shown, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          problems.push({ file: s, reason: ioReason(err) });
          continue;
        }
      }
      if (isDir) {
        if (SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
        walk(p, s, new Set(realSeen), match, root);
      } else if (match ? match(path.relative(root, p).split(path.sep).join('/')) : hasExt(e.name)) {
        // A draft's name on a FIFO, socket or device: never opened (it could block forever).
        if (isFile) add(p);
        else problems.push({ file: s, reason: 'not a regular file' });
      }
    }
  };
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    let st: fs.Stats | null = null;
    let statErr: unknown = null;
    try {
      st = fs.statSync(abs);
    } catch (err) {
      statErr = err;
    }
    if (st?.isDirectory()) {
      const before = files.length;
      const problemsBefore = problems.length;
      walk(abs, pattern, new Set(), null, abs);
      if (files.length === before && problems.length === problemsBefore) {
        problems.push({ file: pattern, reason: `no drafts (${extensions.join(', ')}) in this folder` });
      }
      continue;
    }
    if (st) {
      if (st.isFile()) add(abs);
      else problems.push({ file: pattern, reason: 'not a regular file' });
      continue;
    }
    const code = (statErr as NodeJS.ErrnoException)?.code;
    if (code !== 'ENOENT' || !isGlob(pattern)) {
      problems.push({ file: pattern, reason: code === 'ENOENT' ? 'no such file or folder' : ioReason(statErr) });
      continue;
    }
    const scan = picomatch.scan(pattern.split(path.sep).join('/'));
    const base = path.resolve(cwd, scan.base || '.');
    const isMatch = picomatch(scan.glob, { dot: false });
    const before = files.length;
    if (fs.existsSync(base)) walk(base, scan.base || '.', new Set(), (rel) => isMatch(rel), base);
    if (files.length === before) problems.push({ file: pattern, reason: 'no files match this pattern' });
  }
  return { files, problems };
}

/** Display form of a path: relative to the working directory when below it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel) ? rel : abs;
}
