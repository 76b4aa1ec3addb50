/** Reading drafts safely: binary files, invalid UTF-8 and oversized files are skipped with a notice. */
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { formatSize, ioReason } from '../config-loader';

export { formatSize };

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; skip: true; reason: string }
  | { ok: false; skip: false; reason: string };

/** Check a buffer's content: why it is not a text draft, or null. */
export function whyNotText(buf: Buffer): string | null {
  if (buf.indexOf(0) !== -1) return 'binary file (contains NUL bytes)';
  if (!isUtf8(buf)) return 'not valid UTF-8 text';
  return null;
}

export function decode(buf: Buffer): string {
  // toString keeps a BOM as U+FEFF: offsets stay those of the file.
  return buf.toString('utf8');
}

export function readDraft(file: string, maxSize: number): ReadResult {
  let fd: number;
  try {
    // Non-blocking: a FIFO put in a draft's place must not hang the run.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, skip: false, reason: ioReason(err) };
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { ok: false, skip: false, reason: 'is a folder' };
    if (!st.isFile()) return { ok: false, skip: false, reason: 'not a regular file' };
    if (st.size > maxSize) return { ok: false, skip: true, reason: `file is ${formatSize(st.size)}, over the ${formatSize(maxSize)} limit (--max-file-size)` };
    const buf = fs.readFileSync(fd);
    const why = whyNotText(buf);
    if (why) return { ok: false, skip: true, reason: why };
    return { ok: true, text: decode(buf) };
  } catch (err) {
    return { ok: false, skip: false, reason: ioReason(err) };
  } finally {
    fs.closeSync(fd);
  }
}
