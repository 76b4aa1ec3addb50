/**
 * The newslint language server: every rule of the engine, in any editor that speaks LSP.
 *
 *   node server/out/server.js --stdio        (Neovim, Helix, Emacs, tests)
 *   node server/out/server.js --node-ipc     (the VS Code client)
 *   node server/out/server.js --socket=N     (clients that listen on a port; also --pipe=NAME)
 *
 * Tests drive `startServer(connection)` over in-memory streams. `startServer` only wires the
 * parts together: per-draft state (lsp/document-state.ts), settings per resource
 * (lsp/resource-settings.ts), analysis scheduling (lsp/linter.ts), names across files and the
 * workspace index (lsp/across.ts), code actions (lsp/code-actions.ts), and the protocol's names
 * (protocol.ts, shared with the client). It knows no rule by name.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  SocketMessageWriter,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import * as net from 'node:net';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lintText } from './engine/index';
import { CodeActions } from './lsp/code-actions';
import type { Capabilities, ServerContext } from './lsp/context';
import { DocumentStates } from './lsp/document-state';
import { Linter } from './lsp/linter';
import { connectionLogger, SERVER_VERSION, startLine, stderrLogger, type Logger } from './lsp/log';
import { documentSymbols, hoverAt, quoteSheet } from './lsp/present';
import { CONFIG_FILE, ResourceSettings } from './lsp/resource-settings';
import { normalizeSettings } from './lsp/settings';
import { ResyncingMessageReader } from './lsp/transport';
import { docUri, position, uriToPath } from './lsp/uri';
import { DRAFT_EXTENSIONS } from './lsp/workspace-index';
import { FIX_ALL_KIND, REQUEST, SECTION, SERVER_COMMAND } from './protocol';

export { FIX_ALL_KIND } from './protocol';
export { shiftFindings } from './lsp/shift';
export { formatOf } from './lsp/uri';
export const COMMAND_FIX_ALL = SERVER_COMMAND.applyFixAll;
export const COMMAND_EDIT_CONFIG = SERVER_COMMAND.editConfig;
export const QUOTE_SHEET_REQUEST = REQUEST.quoteSheet;
export const STATS_REQUEST = REQUEST.stats;

export interface ServerOptions {
  /**
   * The engine entry point (default: the engine's `lintText`). Tests of the editor machinery
   * pass a stand-in with known findings; everything else uses the real rules.
   */
  lintText?: typeof lintText;
  /** Where the server logs (default: the client's output channel, `window/logMessage`). */
  log?: Logger;
}

export interface ServerHandle {
  documents: TextDocuments<TextDocument>;
  /** Lints performed (for tests and benchmarks). */
  stats: { lints: number; lastLintMs: number; lastChangeToPublishMs: number };
}

/** Wire every handler of the newslint language server onto a connection, and start listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): ServerHandle {
  const log = options.log ?? connectionLogger(connection);
  const ctx: ServerContext = {
    connection,
    documents: new TextDocuments(documentModel(log)),
    states: new DocumentStates(),
    settings: new ResourceSettings(connection, log),
    log,
    caps: { pull: false, configuration: false, documentChanges: false, refresh: false, watchDynamic: false, resolve: false, configDynamic: false },
    limits: { maxDocumentChars: 2_000_000, acrossInlineMs: 15, acrossDelayMs: 500 },
    stats: { lints: 0, lastLintMs: 0, lastChangeToPublishMs: 0 },
    lintFn: options.lintText ?? lintText,
  };
  const linter = new Linter(ctx);
  const actions = new CodeActions(ctx, linter);
  connection.onInitialize((params) => initialize(ctx, params));
  connection.onInitialized(() => initialized(ctx, linter));
  watchConfiguration(ctx, linter);
  syncDocuments(ctx, linter);
  connection.languages.diagnostics.on(async (params, token) => {
    const doc = ctx.documents.get(docUri(params));
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const result = await linter.current(doc);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded', { retriggerRequest: true });
    if (!result) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = `${result.version}:${result.generation}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: result.diagnostics };
  });
  connection.onCodeAction((params) => actions.onCodeAction(params));
  connection.onCodeActionResolve((action) => actions.onResolve(action));
  connection.onExecuteCommand((params) => actions.onExecuteCommand(params));
  presentation(ctx, linter);
  ctx.documents.listen(connection);
  connection.listen();
  return { documents: ctx.documents, stats: ctx.stats };
}

/**
 * Documents as the client sends them. A malformed didOpen (no URI or text) is refused, so no
 * half-made document is kept; a change older than the document (or as old) would make results
 * and resultIds lie, so it is ignored and logged.
 */
function documentModel(log: Logger) {
  return {
    create(uri: string, languageId: string, version: number, content: string): TextDocument {
      if (typeof uri !== 'string' || typeof content !== 'string') throw new Error('didOpen needs textDocument.uri and textDocument.text (strings)');
      return TextDocument.create(uri, languageId, version, content);
    },
    update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
      if (version <= doc.version) {
        log.warn(`ignored a stale change to ${doc.uri}: version ${version} arrived after version ${doc.version}`);
        return doc;
      }
      return TextDocument.update(doc, changes, version);
    },
  };
}

function initialize(ctx: ServerContext, params: InitializeParams): InitializeResult {
  const c = params.capabilities;
  const caps: Capabilities = ctx.caps;
  caps.pull = !!c.textDocument?.diagnostic;
  caps.configuration = !!c.workspace?.configuration;
  caps.documentChanges = !!c.workspace?.workspaceEdit?.documentChanges;
  caps.refresh = !!c.workspace?.diagnostics?.refreshSupport;
  caps.watchDynamic = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  caps.configDynamic = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
  caps.resolve = !!c.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
  ctx.settings.pull = caps.configuration;
  const init = (params.initializationOptions ?? {}) as { settings?: unknown; maxDocumentChars?: unknown; acrossInlineMs?: unknown; acrossDelayMs?: unknown; workspaceTrusted?: unknown };
  if (typeof init.acrossInlineMs === 'number') ctx.limits.acrossInlineMs = init.acrossInlineMs;
  if (typeof init.acrossDelayMs === 'number') ctx.limits.acrossDelayMs = init.acrossDelayMs;
  if (typeof init.maxDocumentChars === 'number' && init.maxDocumentChars > 0) ctx.limits.maxDocumentChars = init.maxDocumentChars;
  ctx.settings.base = { ...normalizeSettings(init.settings), workspaceTrusted: init.workspaceTrusted === true };
  let folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
  ctx.settings.folders = folders;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      ...(caps.pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND], resolveProvider: caps.resolve },
      hoverProvider: true,
      documentSymbolProvider: { label: SECTION },
      executeCommandProvider: { commands: [SERVER_COMMAND.applyFixAll, SERVER_COMMAND.editConfig] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'newslint-language-server', version: SERVER_VERSION },
  };
}

function initialized(ctx: ServerContext, linter: Linter): void {
  const { connection, caps, settings } = ctx;
  ctx.log.info(startLine(settings.folders));
  if (caps.watchDynamic) {
    // Config files, files they extend (any .json), and drafts (for the cross-file index).
    const watchers = [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/*.json' }, { globPattern: `**/*{${DRAFT_EXTENSIONS.join(',')}}` }];
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
  }
  if (caps.configDynamic) void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(() => undefined);
  if (settings.folders.length === 0) return;
  try {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
      settings.folders = settings.folders.filter((f) => !removed.has(f));
      for (const f of e.added) {
        const p = uriToPath(f.uri);
        if (p) settings.folders.push(p);
      }
      linter.invalidate(true);
    });
  } catch {
    /* client without workspace folder notifications */
  }
}

/** Settings and config files changed: re-resolve and re-lint; drafts changed on disk: the index. */
function watchConfiguration(ctx: ServerContext, linter: Linter): void {
  ctx.connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as { newslint?: unknown } | null)?.newslint;
    if (!ctx.caps.configuration && s) ctx.settings.base = normalizeSettings(s, ctx.settings.base);
    linter.invalidate(true);
  });
  ctx.connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => ctx.settings.isConfigFile(c.uri))) {
      linter.invalidate(false);
      linter.across.restart();
      return;
    }
    linter.across.filesChanged(params.changes);
  });
}

/** Open, change, save, close: schedule analyses and keep per-draft state. */
function syncDocuments(ctx: ServerContext, linter: Linter): void {
  const { documents, states, settings, caps, connection } = ctx;
  documents.onDidOpen((e) => {
    states.ensure(e.document.uri);
    linter.schedule(e.document.uri, true);
  });
  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    const st = states.get(uri);
    if (st) st.changedAt = performance.now();
    // Opening fires this too: the first analysis, already scheduled, reads the latest text.
    if (st && st.result === null && (st.immediate || st.timer)) return;
    void settings.settingsFor(uri).then((s) => {
      if (s.run === 'onType' && documents.get(uri)) linter.schedule(uri, false, s.debounceMs);
    });
  });
  documents.onDidSave((e) => {
    void settings.settingsFor(e.document.uri).then((s) => {
      if (s.run === 'onSave') linter.schedule(e.document.uri, true);
      if (s.acrossFiles) linter.across.saved(e.document.uri);
    });
  });
  documents.onDidClose((e) => {
    states.delete(e.document.uri);
    settings.forget(e.document.uri);
    if (!caps.pull) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
}

/** Hover, symbols, the quote sheet and the stats request. */
function presentation(ctx: ServerContext, linter: Linter): void {
  const { connection, documents, states, stats } = ctx;
  const analysisOf = async (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const settings = await ctx.settings.settingsFor(uri);
    if (!settings.enable) return null; // newslint is off for this draft
    const r = linter.lintNow(doc, settings);
    return r.analysis ? { doc, analysis: r.analysis } : null;
  };
  connection.onHover(async (params) => {
    const at = position(params);
    const a = await analysisOf(docUri(params));
    return a ? hoverAt(a.doc, a.analysis, a.doc.offsetAt(at)) : null;
  });
  connection.onDocumentSymbol(async (params) => {
    const a = await analysisOf(docUri(params));
    return a ? documentSymbols(a.doc, a.analysis) : [];
  });
  connection.onRequest(REQUEST.quoteSheet, async (params: { uri: string }) => {
    const a = await analysisOf(params?.uri);
    if (!a) throw new ResponseError(ErrorCodes.InvalidParams, `no open draft ${params?.uri}`);
    return quoteSheet(a.doc, a.analysis);
  });
  /** Counters for benchmarks and stress tests; `gc: true` collects garbage first (node --expose-gc). */
  connection.onRequest(REQUEST.stats, (params: { gc?: boolean } | undefined) => {
    const g = globalThis as { gc?: () => void };
    if (params?.gc && g.gc) g.gc();
    let cacheEntries = 0;
    for (const st of states.values()) cacheEntries += st.cache.size;
    const maxRssKb = process.resourceUsage().maxRSS;
    return { ...stats, documents: states.size, uris: states.uris(), cacheEntries, memory: process.memoryUsage(), maxRssKb, pid: process.pid };
  });
}

/** Entry point of the bin and of the bundled server: `--stdio`, `--node-ipc`, `--socket=N` or `--pipe=NAME`. */
export function main(): void {
  const socket = socketArg(process.argv.slice(2));
  const connection = process.argv.includes('--stdio')
    ? stdioConnection()
    : socket
      ? socketConnection(socket)
      : createConnection();
  startServer(connection);
  process.on('uncaughtException', (err) => connection.console.error(`newslint: ${err?.stack ?? err}`));
}

/** The port (`--socket=N`, `--socket N`) or pipe (`--pipe=NAME`, `--pipe NAME`) to connect to, if any. */
export function socketArg(argv: string[]): { port: number } | { pipe: string } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = inline ?? argv[i + 1];
    if (flag === '--socket' && value !== undefined && /^\d+$/.test(value)) return { port: Number(value) };
    if (flag === '--pipe' && value) return { pipe: value };
  }
  return undefined;
}

/**
 * A connection whose reader survives framing errors (lsp/transport.ts) on `input`, writing to
 * `output`. The process ends when the input ends: with 0 after a `shutdown` request, else 1.
 */
function resyncingConnection(input: NodeJS.ReadableStream, output: NodeJS.WritableStream | net.Socket, socket: boolean): Connection {
  let log: Logger = stderrLogger();
  const reader = new ResyncingMessageReader(input, { info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) });
  const writer = socket ? new SocketMessageWriter(output as net.Socket) : new StreamMessageWriter(output);
  const connection = createConnection(reader, writer);
  log = connectionLogger(connection);
  let shutdown = false;
  connection.onShutdown(() => void (shutdown = true));
  const end = () => process.exit(shutdown ? 0 : 1);
  input.on('end', end);
  input.on('close', end);
  return connection;
}

/**
 * `--socket=N` / `--pipe=NAME`: the server connects to the client's port or pipe, as
 * vscode-languageserver does, but reads with the resynchronising reader, as over stdio.
 */
function socketConnection(target: { port: number } | { pipe: string }): Connection {
  const socket = 'port' in target ? net.createConnection(target.port, '127.0.0.1') : net.createConnection(target.pipe);
  socket.on('error', (err) => {
    process.stderr.write(`newslint: the language server could not use its socket: ${err.message}\n`);
    process.exit(1);
  });
  return resyncingConnection(socket, socket, true);
}

/**
 * A connection over stdin/stdout. As the library does for `--stdio`, console output goes to the
 * client's log, never into the protocol stream.
 */
function stdioConnection(): Connection {
  const connection = resyncingConnection(process.stdin, process.stdout, false);
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = (...a: unknown[]) => connection.console.info(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
  return connection;
}

if (require.main === module) main();
