/**
 * Finding, reading and merging `.newslintrc.json` files (the file-system side of configuration;
 * validation and merging live in the pure engine/config.ts).
 *
 * The nearest `.newslintrc.json` walking up from a linted file wins (no merging of ancestors; use
 * "extends" for that). Lookups are cached per directory and resolved configs per config file, so
 * linting thousands of drafts does not re-walk the tree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from './engine/types';
import { ConfigError, parseConfigText, resolveConfig, type ConfigLayer, type RawConfig } from './engine/config';

export { ConfigError };
export type { RawConfig };

export const CONFIG_FILE_NAME = '.newslintrc.json';

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Absolute path of the config file in force, or null (defaults, --no-config). */
  configFile: string | null;
}

export interface LoadOptions {
  /** `--config FILE`: use this file instead of searching. */
  configPath?: string;
  /** `--no-config`: use no file at all. */
  noConfig?: boolean;
  /** A layer beneath the files (e.g. VS Code settings). */
  defaults?: RawConfig;
  /** How errors name the defaults layer (default "default settings"), e.g. "VS Code settings". */
  defaultsSource?: string;
  /** A layer above the files (e.g. `--rule id=severity`). */
  overrides?: RawConfig;
  cache?: ConfigCache;
  /** The folder newslint works in (CLI: the current directory; editor: the draft's workspace folder). */
  workspace?: string | null;
  /** Let `extends` read files outside the config file's project (CLI flag, trusted editor workspace). */
  allowExtendsOutside?: boolean;
  /** How to lift the restriction, told when an `extends` path leaves the project. */
  outsideHint?: string;
}

/** Per-directory lookup cache and per-config-file resolution cache. */
export class ConfigCache {
  /** directory → config file found for it (null: none up to the root). */
  readonly dirs = new Map<string, string | null>();
  /** config file → parsed layer (or the error it raised). */
  readonly layers = new Map<string, ConfigLayer | ConfigError>();
  /** key → resolved config (or the error it raised). */
  readonly resolved = new Map<string, LoadedConfig | ConfigError>();
  /** directory → the git work tree holding it (null: none). */
  readonly gitRoots = new Map<string, string | null>();
  clear(): void {
    this.dirs.clear();
    this.gitRoots.clear();
    this.layers.clear();
    this.resolved.clear();
  }
}

export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The largest config file newslint reads (a config is a few KB; anything near this is not one). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

function fileKind(st: fs.Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function notRegularReason(st: fs.Stats): string {
  return `is ${fileKind(st)}, not a config file; newslint reads configuration only from regular files`;
}

/** Why a path that could not be opened is no config file (a socket, a device), or null. */
function notRegular(file: string): string | null {
  try {
    const st = fs.statSync(file);
    return st.isFile() || st.isDirectory() ? null : notRegularReason(st);
  } catch {
    return null;
  }
}

function readSome(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) break;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The text of a config file, read safely: only a regular file (a FIFO, a device such as /dev/zero
 * or a socket is refused without waiting on it: it is opened non-blocking and checked first), and
 * never more than `limit` bytes. Throws ConfigError naming the file.
 */
export function readConfigText(file: string, limit = MAX_CONFIG_BYTES): string {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new ConfigError(notRegular(file) ?? ioReason(err), file);
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new ConfigError('is a directory, not a config file', file);
    if (!st.isFile()) throw new ConfigError(notRegularReason(st), file);
    const tooBig = () => new ConfigError(`is larger than ${formatSize(limit)}, too large for a config file`, file);
    if (st.size > limit) throw tooBig();
    const buf = readSome(fd, limit);
    if (buf.length > limit) throw tooBig(); // it grew, or reports no size (/proc)
    return buf.toString('utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(ioReason(err), file);
  } finally {
    fs.closeSync(fd);
  }
}

/** A config file's text before an edit: '' when it does not exist yet; throws an Error saying why it cannot be read. */
export function readConfigForEdit(file: string): string {
  try {
    return readConfigText(file);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    if (err.reason === ioReason({ code: 'ENOENT' })) return '';
    throw new Error(err.reason);
  }
}

/** Read and parse one config file. Throws ConfigError naming the file. */
export function readConfigFile(file: string, cache?: ConfigCache): ConfigLayer {
  const hit = cache?.layers.get(file);
  if (hit instanceof ConfigError) throw hit;
  if (hit) return hit;
  let layer: ConfigLayer | ConfigError;
  try {
    layer = parseConfigText(file, readConfigText(file));
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    layer = err;
  }
  cache?.layers.set(file, layer);
  if (layer instanceof ConfigError) throw layer;
  return layer;
}

export function ioReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return e?.message ?? String(err);
  }
}

/** The nearest `.newslintrc.json` at or above `dir`, or null. */
export function findConfigFile(dir: string, cache?: ConfigCache): string | null {
  const visited: string[] = [];
  let current = path.resolve(dir);
  let found: string | null = null;
  for (;;) {
    const known = cache?.dirs.get(current);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(current);
    const candidate = path.join(current, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) {
      found = candidate;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  if (cache) for (const d of visited) cache.dirs.set(d, found);
  return found;
}

function realOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** Is `p` the folder `root` or below it (paths compared as given)? */
export function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** The git work tree holding `dir` (a folder with a `.git` entry, walking up), or null. */
function gitRootOf(dir: string, cache?: ConfigCache): string | null {
  const visited: string[] = [];
  let found: string | null = null;
  for (let d = dir; ; d = path.dirname(d)) {
    const known = cache?.gitRoots.get(d);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(d);
    if (fs.existsSync(path.join(d, '.git'))) {
      found = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  for (const d of visited) cache?.gitRoots.set(d, found);
  return found;
}

/**
 * The project a file belongs to (for a config file, the folder its `extends` may read from): the
 * git work tree holding it; outside git, the workspace (when the file lies in it); else the file's
 * own folder. With `real` false, symbolic links in the file's path are not resolved.
 */
export function projectRootOf(file: string, workspace?: string | null, cache?: ConfigCache, real = true): string {
  const resolve = (p: string) => (real ? realOr(path.resolve(p)) : path.resolve(p));
  const dir = resolve(path.dirname(path.resolve(file)));
  const git = gitRootOf(dir, cache);
  if (git) return git;
  const ws = workspace ? resolve(workspace) : null;
  return ws && isInside(dir, ws) ? ws : dir;
}

function extendsResolver(opts: LoadOptions) {
  const cache = opts.cache;
  return (spec: string, from: string): ConfigLayer => {
    const base = path.dirname(path.resolve(from));
    const file = path.resolve(base, spec);
    // Layers that are not files (editor settings) are the user's own; files stay in their project.
    if (!opts.allowExtendsOutside && path.isAbsolute(from)) {
      const root = projectRootOf(from, opts.workspace, cache);
      if (!isInside(realOr(file), root)) {
        const hint = opts.outsideHint ?? 'not read without permission';
        throw new ConfigError(`${file} is outside the project folder ${root} (${hint})`, from);
      }
    }
    try {
      return readConfigFile(file, cache);
    } catch (err) {
      // A missing extended file is the extending file's problem; a broken one names itself.
      if (err instanceof ConfigError && err.line === undefined && err.file === file) {
        throw new ConfigError(`${err.reason} (${file})`, from);
      }
      throw err;
    }
  };
}

/** The configuration for one draft. Throws ConfigError naming the file at fault. */
export function loadConfigForFile(filePath: string, opts: LoadOptions = {}): LoadedConfig {
  const cache = opts.cache;
  let configFile: string | null = null;
  if (opts.configPath) configFile = path.resolve(opts.configPath);
  else if (!opts.noConfig) configFile = findConfigFile(path.dirname(path.resolve(filePath)), cache);
  const scope = opts.allowExtendsOutside ? '*' : opts.workspace ?? '';
  const key = `${configFile ?? ''}\u0000${scope}\u0000${opts.defaultsSource ?? ''}\u0000${opts.defaults ? JSON.stringify(opts.defaults) : ''}\u0000${opts.overrides ? JSON.stringify(opts.overrides) : ''}`;
  const hit = cache?.resolved.get(key);
  if (hit instanceof ConfigError) throw hit;
  if (hit) return hit;
  let result: LoadedConfig | ConfigError;
  try {
    const layers: ConfigLayer[] = [];
    if (opts.defaults) layers.push({ source: opts.defaultsSource ?? 'default settings', raw: opts.defaults });
    if (configFile) layers.push(readConfigFile(configFile, cache));
    if (opts.overrides) layers.push({ source: 'command line', raw: opts.overrides });
    result = { config: resolveConfig(layers, extendsResolver(opts)), configFile };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    result = err;
  }
  cache?.resolved.set(key, result);
  if (result instanceof ConfigError) throw result;
  return result;
}

const matchers = new Map<string, (p: string) => boolean>();

/**
 * True when a draft is excluded by the config's `ignore` globs. Patterns are relative to the
 * config file's directory (or `base`, when there is no config file); a pattern without a slash
 * matches a file or folder name anywhere below ("archive", "*.old.md").
 */
export function isIgnored(filePath: string, loaded: LoadedConfig, base: string = process.cwd()): boolean {
  const globs = loaded.config.ignore;
  if (globs.length === 0) return false;
  const root = loaded.configFile ? path.dirname(loaded.configFile) : path.resolve(base);
  const rel = path.relative(root, path.resolve(filePath)).split(path.sep).join('/');
  if (!rel || rel.startsWith('../') || rel === '..' || path.isAbsolute(rel)) return false;
  const key = globs.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    const ms = globs.map((g) => {
      const pattern = g.replace(/^\.\//, '').replace(/\/$/, '');
      return picomatch(pattern, { dot: true, basename: !pattern.includes('/') });
    });
    m = (p: string) => ms.some((x) => x(p));
    matchers.set(key, m);
  }
  // The file itself, or any folder it lies in.
  const parts = rel.split('/');
  for (let i = parts.length; i >= 1; i--) if (m(parts.slice(0, i).join('/'))) return true;
  return false;
}
