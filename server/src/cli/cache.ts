/**
 * `--cache`: results of unchanged drafts are reused. An entry is keyed by the draft's path and
 * valid only for the same content hash and the same configuration fingerprint (resolved config,
 * which carries the profiles' data, plus the newslint version and build).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintMessage } from '../formatters/types';

interface Entry {
  hash: string;
  messages: LintMessage[];
}

interface CacheFile {
  newslintCache: 1;
  tool: string;
  files: Record<string, Entry>;
}

export function sha1(s: string): string {
  return crypto.createHash('sha1').update(s).digest('hex');
}

/** Fingerprint of the engine build: its version and the compiled engine files' sizes and times. */
export function buildFingerprint(version: string): string {
  const parts = [version];
  const dir = path.join(__dirname, '..', 'engine');
  const walk = (d: string) => {
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) {
        const st = fs.statSync(p);
        parts.push(`${path.relative(dir, p)}:${st.size}:${st.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return sha1(parts.join('\n'));
}

/** A regular file's text; a FIFO or device in its place (a cloned repository's trap) throws, unopened. */
function readRegular(file: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile()) throw new Error(`${file} is not a regular file`);
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  constructor(readonly file: string, readonly tool: string) {
    this.data = { newslintCache: 1, tool, files: {} };
    try {
      const parsed = JSON.parse(readRegular(file)) as CacheFile;
      if (parsed && parsed.newslintCache === 1 && parsed.tool === tool && typeof parsed.files === 'object') this.data = parsed;
      else this.dirty = true;
    } catch {
      /* no cache yet, or unreadable: start afresh */
    }
  }

  key(text: string, configFingerprint: string): string {
    return sha1(`${configFingerprint}\u0000${text}`);
  }

  get(filePath: string, hash: string): LintMessage[] | null {
    const e = this.data.files[filePath];
    return e && e.hash === hash ? e.messages : null;
  }

  set(filePath: string, hash: string, messages: LintMessage[]): void {
    this.data.files[filePath] = { hash, messages };
    this.dirty = true;
  }

  /** Write the cache back (through a temporary file); returns an error reason or null. */
  save(): string | null {
    if (!this.dirty) return null;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, JSON.stringify(this.data));
      fs.renameSync(tmp, this.file);
      return null;
    } catch (err) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* ignore */
      }
      return (err as Error).message;
    }
  }
}
