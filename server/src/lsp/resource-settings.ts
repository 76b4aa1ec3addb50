/**
 * Settings and configuration, resolved per resource (as vscode-eslint does): the editor settings
 * of a draft (`workspace/configuration` with its URI as scope), the `.newslintrc.json` in force
 * for it, and the diagnostics shown on a broken config file.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { isIgnored, readConfigText } from '../config-loader';
import type { ResolvedConfig } from '../engine/types';
import { SECTION } from '../protocol';
import { ConfigCache, DEFAULT_SETTINGS, normalizeSettings, resolveDocumentConfig, type ConfigError, type DocumentConfig, type ServerSettings } from './settings';
import { ConfigLog, type Logger } from './log';
import { uriToPath } from './uri';

export const CONFIG_FILE = '.newslintrc.json';
/** A client that never answers `workspace/configuration` must not stop the linting. */
const SETTINGS_TIMEOUT_MS = 3000;

export class ResourceSettings {
  /** Settings from initializationOptions / didChangeConfiguration, beneath each resource's own. */
  base: ServerSettings = DEFAULT_SETTINGS;
  folders: string[] = [];
  /** The client answers `workspace/configuration`. */
  pull = false;
  readonly configCache = new ConfigCache();
  private readonly settings = new Map<string, Promise<ServerSettings>>();
  private readonly docConfigs = new Map<string, DocumentConfig>();
  /** Config file URI → the diagnostic shown on it. */
  private readonly problems = new Map<string, Diagnostic>();
  private readonly settingsProblems = new Set<string>();

  private readonly configLog: ConfigLog;

  constructor(private readonly connection: Connection, log: Logger) {
    this.configLog = new ConfigLog(log);
  }

  settingsFor(uri: string): Promise<ServerSettings> {
    let p = this.settings.get(uri);
    if (!p) {
      p = this.pull
        ? Promise.race([
            this.connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }).then(
              (raw) => normalizeSettings(raw, this.base),
              () => this.base,
            ),
            new Promise<ServerSettings>((resolve) => setTimeout(() => resolve(this.base), SETTINGS_TIMEOUT_MS).unref()),
          ])
        : Promise.resolve(this.base);
      this.settings.set(uri, p);
    }
    return p;
  }

  /** The workspace folder holding a file (the innermost), or the first folder. */
  folderOf(filePath: string | null): string | null {
    if (!filePath) return this.folders[0] ?? null;
    let best: string | null = null;
    for (const f of this.folders) {
      const rel = path.relative(f, filePath);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  /** The configuration of an open draft (a broken config file is reported on that file). */
  docConfig(uri: string, settings: ServerSettings): DocumentConfig {
    let dc = this.docConfigs.get(uri);
    if (!dc) {
      const file = uriToPath(uri);
      dc = resolveDocumentConfig(file, settings, this.folderOf(file), this.configCache);
      this.docConfigs.set(uri, dc);
      this.configLog.configFor(uri, file, dc.configFile, !!dc.error);
      if (dc.error) this.reportProblem(dc.error);
      if (dc.settingsError) this.reportProblem(dc.settingsError);
    }
    return dc;
  }

  /** The configuration already resolved for an open draft, if any. */
  openConfig(uri: string): ResolvedConfig | null {
    return this.docConfigs.get(uri)?.config ?? null;
  }

  /** The configuration of a draft on disk (the workspace index), or null when it is ignored. */
  fileConfig(file: string): ResolvedConfig | null {
    const folder = this.folderOf(file);
    const dc = resolveDocumentConfig(file, this.base, folder, this.configCache);
    if (!dc.error && isIgnored(file, { config: dc.config, configFile: dc.configFile }, folder ?? path.dirname(file))) return null;
    return dc.config;
  }

  /** The config file a config action writes: the one in force, else the folder's. */
  configFileFor(uri: string, settings: ServerSettings): string | null {
    const file = uriToPath(uri);
    const dc = this.docConfigs.get(uri);
    if (dc?.configFile && path.isAbsolute(dc.configFile)) return dc.configFile;
    const folder = this.folderOf(file);
    if (settings.configPath) return path.resolve(folder ?? (file ? path.dirname(file) : '.'), settings.configPath);
    if (folder) return path.join(folder, CONFIG_FILE);
    return file ? path.join(path.dirname(file), CONFIG_FILE) : null;
  }

  /** Settings or config files changed: forget every cached config and every problem shown. */
  clear(settingsToo: boolean): void {
    this.configCache.clear();
    this.docConfigs.clear();
    if (settingsToo) this.settings.clear();
    for (const uri of this.problems.keys()) this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.problems.clear();
    this.settingsProblems.clear();
  }

  /** A draft was closed. */
  forget(uri: string): void {
    this.configLog.forget(uri);
    this.docConfigs.delete(uri);
    this.settings.delete(uri);
  }

  /** A file some config extends (or a config file itself). */
  isConfigFile(uri: string): boolean {
    if (uri.endsWith(CONFIG_FILE)) return true;
    const file = uriToPath(uri);
    return !!file && this.configCache.layers.has(file);
  }

  private reportProblem(err: ConfigError): void {
    this.configLog.configError(err);
    if (!path.isAbsolute(err.file)) {
      // The editor settings themselves are wrong: say so once, in the editor's words.
      if (!this.settingsProblems.has(err.message)) {
        this.settingsProblems.add(err.message);
        void this.connection.window.showWarningMessage(`newslint: ${err.message}. Drafts are checked with the default settings.`);
      }
      return;
    }
    const uri = pathToFileURL(err.file).href;
    if (this.problems.has(uri)) return;
    const diagnostic = configDiagnostic(err);
    this.problems.set(uri, diagnostic);
    this.connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
  }
}

/** The diagnostic on a broken config file: at the error's line and column, else its first line. */
function configDiagnostic(err: ConfigError): Diagnostic {
  let line = err.line !== undefined ? Math.max(0, err.line - 1) : 0;
  let col = err.column !== undefined ? Math.max(0, err.column - 1) : 0;
  let endCol = col + 1;
  try {
    const lines = readConfigText(err.file).split(/\r?\n/); // never a FIFO or /dev/zero
    if (line >= lines.length) line = Math.max(0, lines.length - 1);
    const text = lines[line] ?? '';
    if (err.line === undefined) {
      col = 0;
      endCol = text.length;
    } else endCol = Math.max(col + 1, text.length);
  } catch {
    /* the file may be gone: keep the position */
  }
  return {
    range: { start: { line, character: col }, end: { line, character: endCol } },
    severity: DiagnosticSeverity.Error,
    source: SECTION,
    code: 'config',
    message: `${err.key ? `${err.key}: ` : ''}${err.reason}. newslint uses its default settings until this is fixed.`,
  };
}
