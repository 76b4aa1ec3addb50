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
}

/** Per-directory lookup cache and per-config-file resolution cache. */
export class ConfigCache {
  /** directory → config file found for it (null: none up to the root). */
  readonly dirs = new Map<string, string | null>();
  /** config file → parsed layer (or the error it raised). */
  readonly layers = new Map<string, ConfigLayer | ConfigError>();
  /** key → resolved config (or the error it raised). */
  readonly resolved = new Map<string, LoadedConfig | ConfigError>();
  clear(): void {
    this.dirs.clear();
    this.layers.clear();
    this.resolved.clear();
  }
}

/** Read and parse one config file. Throws ConfigError naming the file. */
export function readConfigFile(file: string, cache?: ConfigCache): ConfigLayer {
  const hit = cache?.layers.get(file);
  if (hit instanceof ConfigError) throw hit;
  if (hit) return hit;
  let layer: ConfigLayer | ConfigError;
  try {
    let text: string;
    try {
      const st = fs.statSync(file);
      if (st.isDirectory()) throw new ConfigError('is a directory, not a config file', file);
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      throw new ConfigError(ioReason(err), file);
    }
    layer = parseConfigText(file, text);
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

function extendsResolver(cache?: ConfigCache) {
  return (spec: string, from: string): ConfigLayer => {
    const base = path.dirname(path.resolve(from));
    const file = path.resolve(base, spec);
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
  const key = `${configFile ?? ''}\u0000${opts.defaultsSource ?? ''}\u0000${opts.defaults ? JSON.stringify(opts.defaults) : ''}\u0000${opts.overrides ? JSON.stringify(opts.overrides) : ''}`;
  const hit = cache?.resolved.get(key);
  if (hit instanceof ConfigError) throw hit;
  if (hit) return hit;
  let result: LoadedConfig | ConfigError;
  try {
    const layers: ConfigLayer[] = [];
    if (opts.defaults) layers.push({ source: opts.defaultsSource ?? 'default settings', raw: opts.defaults });
    if (configFile) layers.push(readConfigFile(configFile, cache));
    if (opts.overrides) layers.push({ source: 'command line', raw: opts.overrides });
    result = { config: resolveConfig(layers, extendsResolver(cache)), configFile };
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
