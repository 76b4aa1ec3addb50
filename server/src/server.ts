/**
 * The newslint language server: every rule of the engine, in any editor that speaks LSP.
 *
 *   node server/out/server.js --stdio        (Neovim, Helix, Emacs, tests)
 *   node server/out/server.js --node-ipc     (the VS Code client)
 *
 * Tests drive `startServer(connection)` over in-memory streams.
 *
 * Speed: each open draft keeps a ParagraphCache, so an edit re-analyses only the paragraphs it
 * touched. The first change after a quiet period is linted at once (after the messages already
 * queued are read); changes arriving while one is pending are debounced (`debounceMs`) so a
 * burst of typing or a paste costs one analysis. A newer version supersedes pending work: the
 * analysis always reads the latest text, and results are published only for the version they
 * were computed from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText, ParagraphCache, fixAll } from './engine/index';
import { lintAcrossFiles, type AcrossFile } from './engine/across-files';
import { isIgnored } from './config-loader';
import { WorkspaceIndex, isDraftFile, DRAFT_EXTENSIONS, type Progress } from './lsp/workspace-index';
import type { Analysis, DraftFormat, Finding, TextEdit } from './engine/types';
import { diffEdits } from './lsp/diff';
import { applyConfigChange, disableFileEdit, disableLineEdit, type ConfigChange } from './lsp/edits';
import { documentSymbols, hoverAt, quoteSheet, toDiagnostic } from './lsp/present';
import { ServerLog, SERVER_VERSION } from './lsp/log';
import {
  ConfigCache,
  DEFAULT_SETTINGS,
  normalizeSettings,
  resolveDocumentConfig,
  type DocumentConfig,
  type ServerSettings,
  type ConfigError,
} from './lsp/settings';

export const FIX_ALL_KIND = 'source.fixAll.newslint';
export const COMMAND_FIX_ALL = 'newslint.applyFixAll';
export const COMMAND_EDIT_CONFIG = 'newslint.editConfig';
export const QUOTE_SHEET_REQUEST = 'newslint/quoteSheet';
export const STATS_REQUEST = 'newslint/stats';
const CONFIG_FILE = '.newslintrc.json';

interface LintResult {
  version: number;
  generation: number;
  analysis: Analysis | null;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

interface DocState {
  cache: ParagraphCache;
  /** Cross-file findings as last computed, and the text they were computed on. */
  across: { text: string; findings: Finding[]; timer: ReturnType<typeof setTimeout> | null; force: boolean } | null;
  result: LintResult | null;
  timer: ReturnType<typeof setTimeout> | null;
  immediate: ReturnType<typeof setImmediate> | null;
  waiters: Array<(r: LintResult | null) => void>;
}

export interface ServerOptions {
  /**
   * The engine entry point (default: the engine's `lintText`). Tests of the editor machinery
   * pass a stand-in with known findings; everything else uses the real rules.
   */
  lintText?: typeof lintText;
}

export interface ServerHandle {
  documents: TextDocuments<TextDocument>;
  /** Lints performed (for tests and benchmarks). */
  stats: { lints: number; lastLintMs: number; lastChangeToPublishMs: number };
}

/** Wire every handler of the newslint language server onto a connection, and start listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): ServerHandle {
  const lintFn = options.lintText ?? lintText;
  const log = new ServerLog(connection);
  // A malformed didOpen (no URI or text) is refused here, so no half-made document is kept.
  const documents = new TextDocuments({
    create(uri: string, languageId: string, version: number, content: string): TextDocument {
      if (typeof uri !== 'string' || typeof content !== 'string') throw new Error('didOpen needs textDocument.uri and textDocument.text (strings)');
      return TextDocument.create(uri, languageId, version, content);
    },
    update: TextDocument.update,
  });
  const states = new Map<string, DocState>();
  const configCache = new ConfigCache();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const docConfigs = new Map<string, DocumentConfig>();
  /** Config file URI → the diagnostic shown on it. */
  const configProblems = new Map<string, Diagnostic>();
  const settingsProblems = new Set<string>();
  /** lastChangeToPublishMs: from the last didChange of a draft to its diagnostics being sent. */
  const stats = { lints: 0, lastLintMs: 0, lastChangeToPublishMs: 0 };
  const changedAt = new Map<string, number>();
  let generation = 0;
  /** Longer drafts are not checked as you type (the engine lints about 1 MB/s): one notice instead. */
  let maxDocumentChars = 2_000_000;
  /**
   * The cross-file check runs on every analysis while it costs less than this; in a large
   * workspace it runs after `acrossDelayMs` of quiet instead, and in between the last results are
   * moved along with the edits.
   */
  let acrossInlineMs = 15;
  let acrossDelayMs = 500;
  let acrossCostMs = 0;
  let baseSettings: ServerSettings = DEFAULT_SETTINGS;
  let folders: string[] = [];
  const index = new WorkspaceIndex({
    configFor: (file) => {
      const dc = resolveDocumentConfig(file, baseSettings, folderOf(file), configCache);
      if (!dc.error && isIgnored(file, { config: dc.config, configFile: dc.configFile }, folderOf(file) ?? path.dirname(file))) return null;
      return dc.config;
    },
  });
  const caps = { pull: false, configuration: false, documentChanges: false, refresh: false, watchDynamic: false, resolve: false, configDynamic: false };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    caps.pull = !!c.textDocument?.diagnostic;
    caps.configuration = !!c.workspace?.configuration;
    caps.documentChanges = !!c.workspace?.workspaceEdit?.documentChanges;
    caps.refresh = !!c.workspace?.diagnostics?.refreshSupport;
    caps.watchDynamic = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.configDynamic = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    caps.resolve = !!c.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; maxDocumentChars?: unknown; acrossInlineMs?: unknown; acrossDelayMs?: unknown };
    if (typeof init.acrossInlineMs === 'number') acrossInlineMs = init.acrossInlineMs;
    if (typeof init.acrossDelayMs === 'number') acrossDelayMs = init.acrossDelayMs;
    baseSettings = normalizeSettings(init.settings);
    if (typeof init.maxDocumentChars === 'number' && init.maxDocumentChars > 0) maxDocumentChars = init.maxDocumentChars;
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) folders = [p];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(caps.pull
          ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND],
          resolveProvider: caps.resolve,
        },
        hoverProvider: true,
        documentSymbolProvider: { label: 'newslint' },
        executeCommandProvider: { commands: [COMMAND_FIX_ALL, COMMAND_EDIT_CONFIG] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'newslint-language-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    log.started(folders);
    if (caps.watchDynamic) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          // Config files, files they extend (any .json), and drafts (for the cross-file index).
          watchers: [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/*.json' }, { globPattern: `**/*{${DRAFT_EXTENSIONS.join(',')}}` }],
        })
        .catch(() => undefined);
    }
    if (caps.configDynamic) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslint' }).catch(() => undefined);
    }
    if (folders.length > 0) {
      try {
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
          folders = folders.filter((f) => !removed.has(f));
          for (const f of e.added) {
            const p = uriToPath(f.uri);
            if (p) folders.push(p);
          }
          invalidate(true);
        });
      } catch {
        /* client without workspace folder notifications */
      }
    }
  });

  // ------------------------------------------------------------------------------------------
  // Settings and configuration, per resource
  // ------------------------------------------------------------------------------------------

  function settingsFor(uri: string): Promise<ServerSettings> {
    let p = settingsCache.get(uri);
    if (!p) {
      p = caps.configuration
        ? Promise.race([
            connection.workspace.getConfiguration({ scopeUri: uri, section: 'newslint' }).then(
              (raw) => normalizeSettings(raw, baseSettings),
              () => baseSettings,
            ),
            // A client that never answers must not stop the linting.
            new Promise<ServerSettings>((resolve) => setTimeout(() => resolve(baseSettings), 3000).unref()),
          ])
        : Promise.resolve(baseSettings);
      settingsCache.set(uri, p);
    }
    return p;
  }

  function folderOf(filePath: string | null): string | null {
    if (!filePath) return folders[0] ?? null;
    let best: string | null = null;
    for (const f of folders) {
      const rel = path.relative(f, filePath);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  function docConfig(uri: string, settings: ServerSettings): DocumentConfig {
    let dc = docConfigs.get(uri);
    if (!dc) {
      const file = uriToPath(uri);
      dc = resolveDocumentConfig(file, settings, folderOf(file), configCache);
      docConfigs.set(uri, dc);
      log.configFor(uri, file, dc.configFile, !!dc.error);
      if (dc.error) reportConfigProblem(dc.error);
      if (dc.settingsError) reportConfigProblem(dc.settingsError);
    }
    return dc;
  }

  function reportConfigProblem(err: ConfigError): void {
    log.configError(err);
    const isFile = path.isAbsolute(err.file);
    if (!isFile) {
      // The editor settings themselves are wrong: say so once, in the editor's words.
      if (!settingsProblems.has(err.message)) {
        settingsProblems.add(err.message);
        void connection.window.showWarningMessage(`newslint: ${err.message}. Drafts are checked with the default settings.`);
      }
      return;
    }
    const uri = pathToFileURL(err.file).href;
    if (configProblems.has(uri)) return;
    let line = err.line !== undefined ? Math.max(0, err.line - 1) : 0;
    let col = err.column !== undefined ? Math.max(0, err.column - 1) : 0;
    let endCol = col + 1;
    try {
      const lines = fs.readFileSync(err.file, 'utf8').split(/\r?\n/);
      if (line >= lines.length) line = Math.max(0, lines.length - 1);
      const text = lines[line] ?? '';
      if (err.line === undefined) {
        col = 0;
        endCol = text.length;
      } else endCol = Math.max(col + 1, text.length);
    } catch {
      /* the file may be gone: keep the position */
    }
    const diagnostic: Diagnostic = {
      range: { start: { line, character: col }, end: { line, character: endCol } },
      severity: DiagnosticSeverity.Error,
      source: 'newslint',
      code: 'config',
      message: `${err.key ? `${err.key}: ` : ''}${err.reason}. newslint uses its default settings until this is fixed.`,
    };
    configProblems.set(uri, diagnostic);
    connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
  }

  /** Settings or config files changed: forget every cached config and re-lint open drafts. */
  function invalidate(settingsToo: boolean): void {
    generation++;
    configCache.clear();
    docConfigs.clear();
    if (settingsToo) settingsCache.clear();
    for (const uri of configProblems.keys()) connection.sendDiagnostics({ uri, diagnostics: [] });
    configProblems.clear();
    settingsProblems.clear();
    for (const doc of documents.all()) schedule(doc.uri, true);
    if (caps.pull && caps.refresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { newslint?: unknown } | null)?.newslint;
    if (!caps.configuration && s) baseSettings = normalizeSettings(s, baseSettings);
    invalidate(true);
  });

  connection.onDidChangeWatchedFiles((params) => {
    const isConfig = (uri: string) => {
      if (uri.endsWith(CONFIG_FILE)) return true;
      const file = uriToPath(uri);
      return !!file && configCache.layers.has(file); // a file some config extends
    };
    if (params.changes.some((c) => isConfig(c.uri))) {
      invalidate(false);
      if (index.ready || index.isBuilding) {
        index.clear();
        startIndex();
      }
      return;
    }
    // Drafts changed on disk: keep the cross-file index current.
    if (!index.ready) return;
    let changed = false;
    for (const c of params.changes) {
      const file = uriToPath(c.uri);
      if (!file || !isDraftFile(file)) continue;
      if (c.type === FileChangeType.Deleted) index.remove(file);
      else index.update(file);
      changed = true;
    }
    if (changed) relintAcross();
  });

  // ------------------------------------------------------------------------------------------
  // Across files (newslint.acrossFiles)
  // ------------------------------------------------------------------------------------------

  /** Build the workspace index in the background, with a progress notification. */
  function startIndex(): void {
    if (index.ready || index.isBuilding) return;
    void (async () => {
      const reporter: Progress | null = await connection.window.createWorkDoneProgress().catch(() => null);
      await index.build(folders, reporter);
      if (index.ready) relintAcross();
    })();
  }

  /** Re-lint the open drafts that check names across files. */
  function relintAcross(): void {
    for (const doc of documents.all()) {
      const st = states.get(doc.uri);
      if (!st) continue;
      void settingsFor(doc.uri).then((s) => {
        if (!s.acrossFiles || states.get(doc.uri) !== st) return;
        if (st.across) st.across.force = true; // the other drafts changed: recompute now
        st.result = null;
        schedule(doc.uri, true);
      });
    }
    if (caps.pull && caps.refresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  function acrossFor(doc: TextDocument, st: DocState, analysis: Analysis, config: DocumentConfig['config']): Finding[] {
    const text = doc.getText();
    const a = st.across;
    if (!a || a.force || acrossCostMs <= acrossInlineMs) {
      const t0 = performance.now();
      const findings = acrossFindings(doc, analysis, config);
      acrossCostMs = performance.now() - t0;
      if (a?.timer) clearTimeout(a.timer);
      st.across = { text, findings, timer: null, force: false };
      return findings;
    }
    // Expensive: move the last results along with the edits, and recompute after a pause.
    if (a.timer) clearTimeout(a.timer);
    a.timer = setTimeout(() => {
      a.timer = null;
      if (states.get(doc.uri) !== st) return;
      a.force = true;
      st.result = null;
      schedule(doc.uri, true);
    }, acrossDelayMs);
    return shiftFindings(a.findings, a.text, text);
  }

  function acrossFindings(doc: TextDocument, analysis: Analysis, config: DocumentConfig['config']): Finding[] {
    const file = uriToPath(doc.uri);
    if (!file) return [];
    const files: AcrossFile[] = [{ path: file, analysis, config }];
    const open = new Set<string>();
    for (const other of documents.all()) {
      const p = uriToPath(other.uri);
      const r = states.get(other.uri)?.result;
      if (!p || p === file) continue;
      open.add(p);
      if (r?.analysis) files.push({ path: p, analysis: r.analysis, config: docConfigs.get(other.uri)?.config ?? config });
    }
    for (const [p, e] of index.files) if (p !== file && !open.has(p)) files.push({ path: p, analysis: e.analysis, config: e.config });
    if (files.length < 2) return [];
    try {
      return lintAcrossFiles(files).get(file) ?? [];
    } catch (err) {
      connection.console.error(`newslint: across-files check failed: ${(err as Error)?.stack ?? err}`);
      return [];
    }
  }

  // ------------------------------------------------------------------------------------------
  // Linting
  // ------------------------------------------------------------------------------------------

  function state(uri: string): DocState {
    let st = states.get(uri);
    if (!st) {
      st = { cache: new ParagraphCache(), across: null, result: null, timer: null, immediate: null, waiters: [] };
      states.set(uri, st);
    }
    return st;
  }

  function isFresh(st: DocState, doc: TextDocument): boolean {
    return !!st.result && st.result.version === doc.version && st.result.generation === generation;
  }

  /** Lint the document's current text now (or return the result already computed for it). */
  function lintNow(doc: TextDocument, settings: ServerSettings): LintResult {
    const st = state(doc.uri);
    if (isFresh(st, doc)) return st.result as LintResult;
    let analysis: Analysis | null = null;
    let findings: Finding[] = [];
    if (settings.enable && doc.getText().length > maxDocumentChars) {
      const mb = (n: number) => (n / 1_000_000).toFixed(1);
      const notice: Diagnostic = {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Information,
        source: 'newslint',
        code: 'too-long',
        message: `This draft is too long to check in the editor (${mb(doc.getText().length)} million characters; the limit is ${mb(maxDocumentChars)}). Run newslint on the command line.`,
      };
      st.result = { version: doc.version, generation, analysis: null, findings: [], diagnostics: [notice] };
      return st.result;
    }
    if (settings.enable) {
      const dc = docConfig(doc.uri, settings);
      const t0 = performance.now();
      try {
        const r = lintFn(doc.getText(), { config: dc.config, format: formatOf(doc), cache: st.cache });
        analysis = r.analysis;
        findings = r.findings;
        if (settings.acrossFiles) {
          if (!index.ready) startIndex();
          else {
            const seen = new Set(findings.filter((f) => f.ruleId === 'name-consistency').map((f) => `${f.start}:${f.end}`));
            const extra = acrossFor(doc, st, r.analysis, dc.config).filter((f) => !seen.has(`${f.start}:${f.end}`));
            if (extra.length) findings = [...findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
          }
        }
      } catch (err) {
        log.crashed(`analysis of ${doc.uri}`, err);
      }
      st.cache.sweep();
      stats.lints++;
      stats.lastLintMs = performance.now() - t0;
      log.analysed(doc.uri, doc.version, stats.lastLintMs, findings.length);
    }
    const diagnostics = findings.map((f, i) => toDiagnostic(doc, f, i));
    st.result = { version: doc.version, generation, analysis, findings, diagnostics };
    return st.result;
  }

  function clearTimers(st: DocState): void {
    if (st.timer) clearTimeout(st.timer);
    if (st.immediate) clearImmediate(st.immediate);
    st.timer = null;
    st.immediate = null;
  }

  /**
   * Schedule an analysis of the latest text. `now`: at once (open, save, config change, a pull
   * request waiting); otherwise the first change after a quiet period goes at once and changes
   * arriving while one is pending wait for `debounceMs` of quiet.
   */
  function schedule(uri: string, now: boolean, debounceMs = baseSettings.debounceMs): void {
    const st = state(uri);
    const pending = st.timer !== null || st.immediate !== null;
    clearTimers(st);
    if (now || !pending || debounceMs === 0) st.immediate = setImmediate(() => void run(uri));
    else st.timer = setTimeout(() => void run(uri), debounceMs);
  }

  async function run(uri: string): Promise<void> {
    const st = states.get(uri);
    if (!st) return;
    st.timer = null;
    st.immediate = null;
    const settings = await settingsFor(uri);
    const doc = documents.get(uri);
    if (!doc || states.get(uri) !== st) return; // closed meanwhile
    if (st.timer || st.immediate) return; // a newer change is scheduled: it will run
    let result: LintResult | null = null;
    try {
      result = lintNow(doc, settings);
    } catch (err) {
      connection.console.error(`newslint: ${(err as Error)?.stack ?? err}`);
    }
    const waiters = st.waiters;
    st.waiters = [];
    for (const w of waiters) w(result);
    if (result && !caps.pull) {
      connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
      const t = changedAt.get(uri);
      if (t !== undefined) stats.lastChangeToPublishMs = performance.now() - t;
    }
  }

  /** A result for the document's current version (waiting for the scheduled analysis). */
  async function current(doc: TextDocument): Promise<LintResult | null> {
    const settings = await settingsFor(doc.uri);
    const st = state(doc.uri);
    if (isFresh(st, doc)) return st.result;
    // onSave: typing keeps the last result, unless a save (or open) has scheduled a new one.
    if (settings.run === 'onSave' && st.result && st.result.generation === generation && !st.timer && !st.immediate) return st.result;
    return new Promise((resolve) => {
      st.waiters.push(resolve);
      if (!st.timer && !st.immediate) schedule(doc.uri, true);
    });
  }

  documents.onDidOpen((e) => {
    state(e.document.uri);
    schedule(e.document.uri, true);
  });
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    changedAt.set(uri, performance.now());
    // Opening fires this too: the first analysis, already scheduled, reads the latest text.
    const st = states.get(uri);
    if (st && st.result === null && (st.immediate || st.timer)) return;
    void settingsFor(uri).then((s) => {
      if (s.run === 'onType' && documents.get(uri)) schedule(uri, false, s.debounceMs);
    });
  });
  documents.onDidSave((e) => {
    void settingsFor(e.document.uri).then((s) => {
      if (s.run === 'onSave') schedule(e.document.uri, true);
      if (s.acrossFiles && index.ready) {
        const file = uriToPath(e.document.uri);
        if (file) index.update(file);
        relintAcross();
      }
    });
  });
  documents.onDidClose((e) => {
    const st = states.get(e.document.uri);
    if (st) {
      clearTimers(st);
      if (st.across?.timer) clearTimeout(st.across.timer);
      for (const w of st.waiters) w(null);
    }
    states.delete(e.document.uri);
    log.forget(e.document.uri);
    changedAt.delete(e.document.uri);
    docConfigs.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!caps.pull) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(docUri(params));
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const result = await current(doc);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded', { retriggerRequest: true });
    if (!result) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${result.version}:${result.generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: result.diagnostics };
  });

  // ------------------------------------------------------------------------------------------
  // Code actions
  // ------------------------------------------------------------------------------------------

  function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    const lsp: LspTextEdit[] = [...edits]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
    if (caps.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lsp }] };
    return { changes: { [doc.uri]: lsp } };
  }

  function fixAllEdits(doc: TextDocument, settings: ServerSettings, result: LintResult): TextEdit[] {
    if (!result.findings.some((f) => f.fix)) return [];
    const text = doc.getText();
    const dc = docConfig(doc.uri, settings);
    const format = formatOf(doc);
    // Later passes re-analyse a text that differs only where fixes went: the draft's paragraph
    // cache serves every untouched paragraph.
    const cache = states.get(doc.uri)?.cache;
    const fixed = fixAll(text, (t) => (t === text ? result.findings : lintFn(t, { config: dc.config, format, cache }).findings));
    return diffEdits(text, fixed.text);
  }

  function kindWanted(only: string[] | undefined, kind: string): boolean {
    return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  }

  connection.onCodeAction(async (params) => {
    range(params);
    const doc = documents.get(docUri(params));
    if (!doc) return null;
    const settings = await settingsFor(doc.uri);
    if (!settings.enable) return null;
    const result = lintNow(doc, settings);
    const only = params.context?.only;
    const actions: CodeAction[] = [];
    const fixable = result.findings.filter((f) => f.fix).length;

    if (kindWanted(only, FIX_ALL_KIND) && (only?.length ?? 0) > 0 && !kindWanted(only, CodeActionKind.QuickFix)) {
      // Source action (editor.codeActionsOnSave, "Fix all" menu): computed now.
      const edits = fixAllEdits(doc, settings, result);
      if (edits.length > 0) actions.push({ title: 'Fix all newslint problems', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits) });
      return actions;
    }
    if (!kindWanted(only, CodeActionKind.QuickFix)) return actions;

    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const text = doc.getText();
    const touched = result.findings
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.start <= end && f.end >= start);
    const disabledLine = new Set<string>();
    const disabledFile = new Set<string>();
    for (const { f, i } of touched) {
      const diagnostic = result.diagnostics[i];
      const diagnostics = diagnostic ? [diagnostic] : [];
      if (f.fix && f.fix.edits.length > 0) {
        const desc = f.fix.desc ?? (typeof f.data?.fixDescription === 'string' ? (f.data.fixDescription as string) : `Fix: ${f.message}`);
        actions.push({ title: desc, kind: CodeActionKind.QuickFix, diagnostics, isPreferred: true, edit: workspaceEdit(doc, f.fix.edits) });
      }
      for (const s of f.suggestions ?? []) {
        if (s.fix.edits.length === 0) continue;
        actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(doc, s.fix.edits) });
      }
      for (const change of configChanges(f, result.analysis)) {
        const title =
          change.kind === 'allow'
            ? `Add '${change.spelling}' as allowed for ${change.person}`
            : `Set '${change.spelling}' as the house spelling`;
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          command: { title, command: COMMAND_EDIT_CONFIG, arguments: [{ uri: doc.uri, change }] },
        });
      }
    }
    for (const { f, i } of touched) {
      const diagnostics = result.diagnostics[i] ? [result.diagnostics[i]] : [];
      if (!disabledLine.has(f.ruleId)) {
        disabledLine.add(f.ruleId);
        actions.push({
          title: `Disable ${f.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          edit: workspaceEdit(doc, [disableLineEdit(text, f.start, f.ruleId)]),
        });
      }
    }
    for (const { f, i } of touched) {
      const diagnostics = result.diagnostics[i] ? [result.diagnostics[i]] : [];
      if (!disabledFile.has(f.ruleId)) {
        disabledFile.add(f.ruleId);
        actions.push({
          title: `Disable ${f.ruleId} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          edit: workspaceEdit(doc, [disableFileEdit(text, f.ruleId)]),
        });
      }
    }
    if (touched.length > 0 && fixable > 1) {
      const action: CodeAction = { title: 'Fix all newslint problems', kind: CodeActionKind.QuickFix, data: { uri: doc.uri, version: doc.version } };
      if (!caps.resolve) action.edit = workspaceEdit(doc, fixAllEdits(doc, settings, result));
      actions.push(action);
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as { uri?: string; version?: number } | undefined;
    if (!data?.uri) return action;
    const doc = documents.get(data.uri);
    if (!doc || doc.version !== data.version) return action; // stale: nothing is applied
    const settings = await settingsFor(doc.uri);
    action.edit = workspaceEdit(doc, fixAllEdits(doc, settings, lintNow(doc, settings)));
    return action;
  });

  connection.onExecuteCommand(async (params) => {
    const arg = (params.arguments?.[0] ?? {}) as { uri?: string; version?: number; change?: ConfigChange };
    const doc = arg.uri ? documents.get(arg.uri) : undefined;
    if (params.command === COMMAND_FIX_ALL) {
      if (!doc) return { applied: false };
      if (arg.version !== undefined && arg.version !== doc.version) return { applied: false };
      const settings = await settingsFor(doc.uri);
      const edits = fixAllEdits(doc, settings, lintNow(doc, settings));
      if (edits.length === 0) return { applied: false, edits: 0 };
      const r = await connection.workspace.applyEdit({ label: 'Fix all newslint problems', edit: workspaceEdit(doc, edits) });
      return { applied: r.applied, edits: edits.length };
    }
    if (params.command === COMMAND_EDIT_CONFIG && arg.change && arg.uri) {
      const settings = await settingsFor(arg.uri);
      const file = configFileFor(arg.uri, settings);
      if (!file) {
        void connection.window.showErrorMessage('newslint: save the draft first, so the config file has a folder.');
        return { written: null };
      }
      try {
        let old = '';
        try {
          old = fs.readFileSync(file, 'utf8');
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
        const next = applyConfigChange(old, arg.change);
        fs.writeFileSync(file, next);
        invalidate(false);
        return { written: file };
      } catch (err) {
        void connection.window.showErrorMessage(`newslint: could not update ${file}: ${(err as Error).message}`);
        return { written: null, error: (err as Error).message };
      }
    }
    return null;
  });

  /** The config file a "house spelling" action writes: the one in force, else the folder's. */
  function configFileFor(uri: string, settings: ServerSettings): string | null {
    const file = uriToPath(uri);
    const dc = docConfigs.get(uri);
    if (dc?.configFile && path.isAbsolute(dc.configFile)) return dc.configFile;
    const folder = folderOf(file);
    if (settings.configPath) return path.resolve(folder ?? (file ? path.dirname(file) : '.'), settings.configPath);
    if (folder) return path.join(folder, CONFIG_FILE);
    return file ? path.join(path.dirname(file), CONFIG_FILE) : null;
  }

  // ------------------------------------------------------------------------------------------
  // Hover, symbols, quote sheet
  // ------------------------------------------------------------------------------------------

  async function analysisOf(uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const settings = await settingsFor(uri);
    if (!settings.enable) return null; // newslint is off for this draft
    const r = lintNow(doc, settings);
    return r.analysis ? { doc, analysis: r.analysis } : null;
  }

  connection.onHover(async (params) => {
    const at = position(params);
    const a = await analysisOf(docUri(params));
    return a ? hoverAt(a.doc, a.analysis, a.doc.offsetAt(at)) : null;
  });

  connection.onDocumentSymbol(async (params) => {
    const a = await analysisOf(docUri(params));
    return a ? documentSymbols(a.doc, a.analysis) : [];
  });

  connection.onRequest(QUOTE_SHEET_REQUEST, async (params: { uri: string }) => {
    const a = await analysisOf(params?.uri);
    if (!a) throw new ResponseError(ErrorCodes.InvalidParams, `no open draft ${params?.uri}`);
    return quoteSheet(a.doc, a.analysis);
  });

  /** Counters for benchmarks and stress tests; `gc: true` collects garbage first (node --expose-gc). */
  connection.onRequest(STATS_REQUEST, (params: { gc?: boolean } | undefined) => {
    const g = globalThis as { gc?: () => void };
    if (params?.gc && g.gc) g.gc();
    let cacheEntries = 0;
    for (const st of states.values()) cacheEntries += st.cache.size;
    return { ...stats, documents: states.size, uris: [...states.keys()], cacheEntries, memory: process.memoryUsage(), pid: process.pid };
  });

  documents.listen(connection);
  connection.listen();
  return { documents, stats };
}

/**
 * The config actions offered for a `name-consistency` finding, from its data
 * `{personId, spellings: {spelling: count}, canonical, written}`. `names` keys are canonical
 * spellings (never flagged) and values their variants; a key is a full name or a surname, so a
 * given-name variant is written with the surname as it stands in the mention.
 */
function configChanges(f: Finding, analysis: Analysis | null): ConfigChange[] {
  if (f.ruleId !== 'name-consistency' || !f.data || !analysis) return [];
  const d = f.data as Record<string, unknown>;
  const written = str(d.written) ?? analysis.draft.text.slice(f.start, f.end);
  const canonical = str(d.canonical);
  if (!canonical || !written) return [];
  const personId = typeof d.personId === 'number' ? d.personId : null;
  const person = personId !== null ? analysis.people[personId] : undefined;
  const mention = analysis.mentions.find((m) => m.start <= f.start && f.end <= m.end && (personId === null || m.personId === personId));
  // Which part differs: both (a space in the spelling), the surname (ends where the name ends), or the given name.
  const givenOnly = !written.includes(' ') && !!mention && f.end < mention.end;
  const surname = mention ? (mention.text.split(/\s+/).pop() ?? '') : '';
  const key = (spelling: string) => (givenOnly && surname ? `${spelling} ${surname}` : spelling);
  const spellings = d.spellings && typeof d.spellings === 'object' ? Object.keys(d.spellings as object) : [];
  const others = [...new Set([canonical, ...spellings])].filter((s) => s !== written).map(key);
  return [
    { kind: 'allow', person: person?.name ?? canonical, spelling: written, keys: [...new Set([key(canonical), key(written)])] },
    { kind: 'house', spelling: written, key: key(written), others },
  ];
}

/**
 * Findings computed on `oldText`, moved onto `newText`: those before the changed region stay,
 * those after it shift, those touching it are dropped (they come back with the next analysis).
 */
export function shiftFindings(findings: Finding[], oldText: string, newText: string): Finding[] {
  if (oldText === newText) return findings;
  let pre = 0;
  const min = Math.min(oldText.length, newText.length);
  while (pre < min && oldText.charCodeAt(pre) === newText.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < min - pre && oldText.charCodeAt(oldText.length - 1 - suf) === newText.charCodeAt(newText.length - 1 - suf)) suf++;
  const changedEnd = oldText.length - suf;
  const delta = newText.length - oldText.length;
  const move = (x: { start: number; end: number }) =>
    x.end <= pre ? { start: x.start, end: x.end } : x.start >= changedEnd ? { start: x.start + delta, end: x.end + delta } : null;
  const out: Finding[] = [];
  for (const f of findings) {
    const span = move(f);
    if (!span) continue;
    const edits = f.fix?.edits.map((e) => { const m = move(e); return m ? { ...e, ...m } : null; });
    if (edits && edits.some((e) => e === null)) continue;
    out.push({ ...f, ...span, suggestions: undefined, ...(edits ? { fix: { edits: edits as TextEdit[] } } : {}) });
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

/** The draft format, as the CLI decides it (by extension: only .txt is plain), else by language. */
export function formatOf(doc: { uri: string; languageId: string }): DraftFormat {
  const p = doc.uri.replace(/[?#].*$/, '');
  if (/\.txt$/i.test(p)) return 'plain';
  if (/\.(md|markdown|draft)$/i.test(p)) return 'markdown';
  return doc.languageId === 'plaintext' ? 'plain' : 'markdown';
}

function uriToPath(uri: string): string | null {
  if (!uri?.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** Entry point of the bin and of the bundled server: `--stdio`, `--node-ipc` or `--socket=N`. */
export function main(): void {
  const connection = createConnection();
  startServer(connection);
  process.on('uncaughtException', (err) => new ServerLog(connection).crashed('uncaught exception', err));
}

if (require.main === module) main();

/** The `textDocument.uri` of a request, or an InvalidParams error naming what is missing. */
function docUri(params: unknown): string {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  if (typeof uri !== 'string' || uri.length === 0) throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri (a string) is required');
  return uri;
}

/** The `position` of a request, or an InvalidParams error. */
function position(params: unknown): { line: number; character: number } {
  const p = (params as { position?: { line?: unknown; character?: unknown } } | null | undefined)?.position;
  // Out-of-range numbers are clamped to the draft, as the text model does; other shapes are refused.
  if (!p || !Number.isFinite(p.line) || !Number.isFinite(p.character)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'position {line, character} (numbers) is required');
  }
  return p as { line: number; character: number };
}

/** The `range` of a request, or an InvalidParams error. */
function range(params: unknown): void {
  const r = (params as { range?: { start?: unknown; end?: unknown } } | null | undefined)?.range;
  if (!r) throw new ResponseError(ErrorCodes.InvalidParams, 'range {start, end} is required');
  position({ position: r.start });
  position({ position: r.end });
}
