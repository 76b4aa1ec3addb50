/**
 * Writing fixed drafts safely: a temporary file in the same folder, then an atomic rename; in
 * place (through a backup copy) when the draft has other hard links. Read-only drafts are left
 * alone, and a symbolic link is not followed out of the project unless asked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioReason, isInside, projectRootOf } from '../config-loader';

export interface WriteOptions {
  /** The folder newslint runs in: outside git, the project a symbolic link must not lead out of. */
  cwd: string;
  /** Write through a symbolic link to a file outside the project (--fix-outside-links). */
  outsideLinks?: boolean;
}

/** Why a fix was not written; `notice`: the draft was left alone on purpose (not an error). */
export interface WriteFailure {
  reason: string;
  notice?: boolean;
}

/** A link (the file or a folder above it) leading out of the project the path lies in: why, or null. */
function linkOutside(file: string, target: string, cwd: string): string | null {
  const logical = path.resolve(file);
  const root = projectRootOf(logical, cwd, undefined, false);
  if (!isInside(logical, root)) return null; // named outside the project on purpose
  const realRoot = fs.realpathSync(root);
  if (isInside(target, realRoot)) return null;
  return `not fixed: it is a symbolic link to ${target}, outside the project folder ${root} (use --fix-outside-links to write through it)`;
}

function isReadOnly(target: string, st: fs.Stats): boolean {
  if ((st.mode & 0o222) === 0) return true; // nobody may write it, not even root by intent
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.newslint-${process.pid}.tmp`);
}

function removeQuietly(file: string): void {
  try {
    if (fs.lstatSync(file).isFile()) fs.unlinkSync(file);
  } catch {
    /* nothing to clean */
  }
}

function failed(err: unknown, tmp: string): WriteFailure {
  const e = err as NodeJS.ErrnoException;
  return { reason: `could not write the fixed file (${e.code === 'EEXIST' ? `${tmp} is in the way` : ioReason(err)}); the original is unchanged` };
}

/** Replace the content through a temporary file and a rename, keeping mode and owner. */
function replaceByRename(target: string, st: fs.Stats, text: string): WriteFailure | null {
  const mode = st.mode & 0o7777;
  const tmp = tempName(target);
  try {
    fs.writeFileSync(tmp, text, { encoding: 'utf8', mode, flag: 'wx' });
    fs.chmodSync(tmp, mode);
    if (typeof process.getuid === 'function' && process.getuid() === 0 && (st.uid !== 0 || st.gid !== 0)) {
      // Root fixing someone else's draft keeps it theirs.
      try {
        fs.chownSync(tmp, st.uid, st.gid);
      } catch {
        /* not allowed here: keep going */
      }
    }
    fs.renameSync(tmp, target);
    return null;
  } catch (err) {
    removeQuietly(tmp);
    return failed(err, tmp);
  }
}

function overwrite(fd: number, data: Buffer): void {
  let done = 0;
  while (done < data.length) done += fs.writeSync(fd, data, done, data.length - done, done);
  fs.ftruncateSync(fd, data.length);
  fs.fsyncSync(fd);
}

/**
 * Replace the content of the file's own inode (its other hard links see the fix). The original
 * is first copied beside it; if writing fails half-way the original is put back, and if even that
 * fails the copy stays, named in the message.
 */
function replaceInPlace(target: string, text: string): WriteFailure | null {
  const tmp = tempName(target);
  let old: Buffer;
  try {
    old = fs.readFileSync(target);
    fs.writeFileSync(tmp, old, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    removeQuietly(tmp);
    return failed(err, tmp);
  }
  let fd: number | null = null;
  try {
    fd = fs.openSync(target, 'r+');
    overwrite(fd, Buffer.from(text, 'utf8'));
    const done = fd;
    fd = null;
    fs.closeSync(done);
    removeQuietly(tmp);
    return null;
  } catch (err) {
    try {
      if (fd === null) throw err;
      overwrite(fd, old);
      removeQuietly(tmp);
      return failed(err, tmp);
    } catch {
      return { reason: `could not write the fixed file (${ioReason(err)}); a copy of the original is in ${tmp}` };
    } finally {
      if (fd !== null) fs.closeSync(fd);
    }
  }
}

/**
 * Replace `file`'s content with `text`, keeping its mode. On any failure the original is left
 * untouched and the reason is returned; null on success.
 */
export function writeAtomic(file: string, text: string, opts: WriteOptions = { cwd: process.cwd() }): WriteFailure | null {
  let target: string;
  let st: fs.Stats;
  try {
    target = fs.realpathSync(file); // write through a symlink, not over it
    st = fs.statSync(target);
  } catch (err) {
    return { reason: ioReason(err) };
  }
  if (!opts.outsideLinks) {
    const outside = linkOutside(file, target, opts.cwd);
    if (outside) return { reason: outside };
  }
  if (isReadOnly(target, st)) return { reason: 'the file is read-only; it was left untouched', notice: true };
  return st.nlink > 1 ? replaceInPlace(target, text) : replaceByRename(target, st, text);
}
