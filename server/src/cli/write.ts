/** Writing fixed drafts safely: a temporary file in the same folder, then an atomic rename. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ioReason } from '../config-loader';

/**
 * Replace `file`'s content with `text`, keeping its mode. On any failure the original is left
 * untouched and the reason is returned; null on success.
 */
export function writeAtomic(file: string, text: string): string | null {
  let mode: number;
  let target: string;
  let st: fs.Stats;
  try {
    target = fs.realpathSync(file); // write through a symlink, not over it
    st = fs.statSync(target);
    mode = st.mode & 0o7777;
  } catch (err) {
    return ioReason(err);
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.newslint-${process.pid}.tmp`);
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
    try {
      if (fs.lstatSync(tmp).isFile()) fs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    const e = err as NodeJS.ErrnoException;
    return `could not write the fixed file (${e.code === 'EEXIST' ? `${tmp} is in the way` : ioReason(err)}); the original is unchanged`;
  }
}
