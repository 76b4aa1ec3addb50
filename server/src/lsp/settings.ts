/**
 * Editor settings (`newslint.*`) and the configuration of one document: the `.newslintrc.json`
 * found by the same loader as the CLI, with the editor settings as a layer beneath it.
 */
import * as path from 'node:path';
import { loadConfigForFile, ConfigCache, ConfigError, type RawConfig } from '../config-loader';
import { defaultConfig } from '../engine/config';
import type { ResolvedConfig } from '../engine/types';

export interface ServerSettings {
  enable: boolean;
  /** Lint as you type, or only when the draft is saved. */
  run: 'onType' | 'onSave';
  /** Language ids the client sends (the server lints whatever it is given). */
  languages: string[];
  /** A config file to use instead of searching (relative to the workspace folder). */
  configPath: string | null;
  /** Check name spellings across the drafts of the workspace. */
  acrossFiles: boolean;
  /** Quiet time after a burst of typing before re-linting, in ms. */
  debounceMs: number;
  /** Defaults beneath `.newslintrc.json`: profiles and rule severities from the editor settings. */
  extends: string[] | null;
  rules: Record<string, unknown> | null;
  /**
   * The workspace is trusted (initializationOptions.workspaceTrusted, from the client, never from
   * settings): only then may a config file's `extends` read files outside the workspace folder.
   */
  workspaceTrusted: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  run: 'onType',
  languages: ['markdown', 'plaintext', 'newsdraft'],
  configPath: null,
  acrossFiles: false,
  debounceMs: 30,
  extends: null,
  rules: null,
  workspaceTrusted: false,
};

/**
 * Settings as sent by a client, checked field by field (a bad value falls back to the default).
 * `workspaceTrusted` is kept from `base`: a workspace's own settings cannot declare it trusted.
 */
export function normalizeSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const s: ServerSettings = { ...base };
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (r.run === 'onType' || r.run === 'onSave') s.run = r.run;
  if (Array.isArray(r.languages) && r.languages.every((x) => typeof x === 'string')) s.languages = r.languages as string[];
  if (typeof r.configPath === 'string') s.configPath = r.configPath.trim() || null;
  else if (r.configPath === null) s.configPath = null;
  if (typeof r.acrossFiles === 'boolean') s.acrossFiles = r.acrossFiles;
  if (typeof r.debounceMs === 'number' && r.debounceMs >= 0 && r.debounceMs <= 5000) s.debounceMs = r.debounceMs;
  if (Array.isArray(r.extends) && r.extends.length > 0 && r.extends.every((x) => typeof x === 'string')) s.extends = r.extends as string[];
  if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules) && Object.keys(r.rules).length > 0) s.rules = r.rules as Record<string, unknown>;
  return s;
}

/** How config errors name the layer made of the editor settings. */
export const SETTINGS_SOURCE = 'editor settings (newslint.rules, newslint.extends)';

export interface DocumentConfig {
  config: ResolvedConfig;
  configFile: string | null;
  /** The config file's problem, when it could not be used: linting goes on without it. */
  error: ConfigError | null;
  /** The editor settings' problem (newslint.rules / newslint.extends), when they could not be used. */
  settingsError: ConfigError | null;
}

/**
 * Resolve the configuration of a draft on disk (`filePath` null for unsaved drafts).
 * `folder` is the workspace folder path, used for a relative `configPath`.
 */
export function resolveDocumentConfig(
  filePath: string | null,
  settings: ServerSettings,
  folder: string | null,
  cache: ConfigCache,
): DocumentConfig {
  const defaults: RawConfig | undefined =
    settings.extends || settings.rules
      ? { ...(settings.extends ? { extends: settings.extends } : {}), ...(settings.rules ? { rules: settings.rules } : {}) }
      : undefined;
  let configPath: string | undefined;
  if (settings.configPath) {
    configPath = path.isAbsolute(settings.configPath)
      ? settings.configPath
      : path.resolve(folder ?? (filePath ? path.dirname(filePath) : process.cwd()), settings.configPath);
  }
  // Unsaved drafts: search from the workspace folder.
  const target = filePath ?? (folder ? path.join(folder, 'untitled.md') : null);
  const where = target ?? path.join(process.cwd(), 'untitled.md');
  const noConfig = !target && !configPath;
  const scope = { workspace: folder, allowExtendsOutside: settings.workspaceTrusted, outsideHint: 'trust the workspace to read it', cache };
  const load = (withDefaults: boolean) =>
    loadConfigForFile(where, { configPath, noConfig, ...(withDefaults && defaults ? { defaults, defaultsSource: SETTINGS_SOURCE } : {}), ...scope });
  let settingsError: ConfigError | null = null;
  try {
    const loaded = load(true);
    return { config: loaded.config, configFile: loaded.configFile, error: null, settingsError: null };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    if (err.file !== SETTINGS_SOURCE) {
      // The file is broken: keep linting with the editor's defaults (when they are sound).
      let config = defaultConfig();
      if (defaults) {
        try {
          config = loadConfigForFile(where, { noConfig: true, defaults, defaultsSource: SETTINGS_SOURCE, ...scope }).config;
        } catch (e2) {
          if (e2 instanceof ConfigError) settingsError = e2;
        }
      }
      return { config, configFile: err.file, error: err, settingsError };
    }
    settingsError = err;
  }
  // The settings are broken: the config file alone.
  try {
    const loaded = load(false);
    return { config: loaded.config, configFile: loaded.configFile, error: null, settingsError };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return { config: defaultConfig(), configFile: err.file, error: err, settingsError };
  }
}

export { ConfigCache, ConfigError };
