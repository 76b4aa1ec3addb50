/**
 * An in-memory LSP client for the server tests: the server runs in this process on a pair of
 * PassThrough streams; every wait has a deadline (no fixed sleeps).
 */
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type ServerOptions, type ServerHandle } from '../../../server/out/server.js';

export interface ClientOptions {
  /** Advertise pull diagnostics (like VS Code); default false: the server pushes. */
  pull?: boolean;
  /** Answer `workspace/configuration` with these `newslint` settings (per scopeUri: a function). */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
  /** initializationOptions.settings (for clients without workspace/configuration). */
  initSettings?: Record<string, unknown>;
  /** Other initializationOptions. */
  initOptions?: Record<string, unknown>;
  workspaceFolders?: string[];
  documentChanges?: boolean;
  resolveSupport?: boolean;
  server?: ServerOptions;
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class TestClient {
  readonly docs = new Map<string, TextDocument>();
  readonly published: Published[] = [];
  /** workspace/applyEdit requests received (and applied). */
  readonly applied: WorkspaceEdit[] = [];
  private listeners: Array<() => void> = [];
  initializeResult!: InitializeResult;
  handle!: ServerHandle;
  rejectStaleEdits = true;

  private constructor(readonly conn: ProtocolConnection) {}

  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConn = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const handle = startServer(serverConn, options.server);
    const conn = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const client = new TestClient(conn);
    client.handle = handle;
    conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      client.published.push(p);
      client.notify();
    });
    conn.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string; section?: string }> }) =>
      p.items.map((item) => (typeof options.settings === 'function' ? options.settings(item.scopeUri) : options.settings ?? {})),
    );
    conn.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onNotification('$/progress', (p: { token: unknown; value: { kind: string; title?: string; message?: string } }) => {
      client.progress.push(p.value);
      client.notify();
    });
    conn.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshes++;
      client.notify();
      return null;
    });
    conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      const ok = client.applyWorkspaceEdit(p.edit);
      if (ok) client.applied.push(p.edit);
      return { applied: ok };
    });
    conn.onNotification('window/logMessage', (m: { message: string }) => {
      client.logs.push(m.message);
      client.notify();
    });
    conn.onRequest('window/showMessageRequest', (m: { message: string }) => {
      client.messages.push(m.message);
      client.notify();
      return null;
    });
    conn.onNotification('window/showMessage', (m: { message: string }) => {
      client.messages.push(m.message);
      client.notify();
    });
    conn.listen();
    const folders = options.workspaceFolders ?? [];
    client.initializeResult = (await conn.sendRequest('initialize', {
      processId: null,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri, i) => ({ uri, name: `folder${i}` })),
      initializationOptions: { settings: options.initSettings ?? { debounceMs: 0 }, ...options.initOptions },
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          configuration: !!options.settings,
          workspaceEdit: { documentChanges: options.documentChanges ?? true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          diagnostics: { refreshSupport: true },
        },
        textDocument: {
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { versionSupport: true },
          codeAction: options.resolveSupport ? { resolveSupport: { properties: ['edit'] }, dataSupport: true } : {},
        },
      },
    })) as InitializeResult;
    await conn.sendNotification('initialized', {});
    return client;
  }

  refreshes = 0;
  readonly registrations: unknown[] = [];
  readonly progress: Array<{ kind: string; title?: string; message?: string }> = [];
  readonly messages: string[] = [];
  /** Lines the server logged (`window/logMessage`). */
  readonly logs: string[] = [];

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Resolve when `check()` returns a value (re-checked on every message), or fail at the deadline. */
  waitFor<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 15000): Promise<T> {
    return new Promise((resolve, reject) => {
      const tryIt = () => {
        const v = check();
        if (v) {
          cleanup();
          resolve(v);
          return true;
        }
        return false;
      };
      const listener = () => void tryIt();
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
      };
      this.listeners.push(listener);
      tryIt();
    });
  }

  /** The first diagnostics published for `uri` at `version` (push mode). */
  diagnosticsFor(uri: string, version = this.docs.get(uri)?.version, timeoutMs = 15000): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${uri} v${version}`, () => {
      for (let i = this.published.length - 1; i >= 0; i--) {
        const p = this.published[i];
        if (p.uri === uri && (version === undefined || p.version === version)) return p.diagnostics;
      }
      return undefined;
    }, timeoutMs);
  }

  /** Diagnostics published for a URI after `since` (index into `published`), e.g. a config file. */
  nextPublished(uri: string, since: number, timeoutMs = 15000): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${uri}`, () => {
      for (let i = since; i < this.published.length; i++) if (this.published[i].uri === uri) return this.published[i].diagnostics;
      return undefined;
    }, timeoutMs);
  }

  async pull(uri: string, previousResultId?: string): Promise<{ kind: string; items?: Diagnostic[]; resultId?: string }> {
    return this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  open(uri: string, text: string, languageId = 'markdown'): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  /** Replace [start, end) (UTF-16 offsets) with `text`, as an incremental change. Returns the new version. */
  edit(uri: string, start: number, end: number, text: string): number {
    const doc = this.docs.get(uri)!;
    const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    return this.changeRanges(uri, [{ range, text }]);
  }

  changeRanges(uri: string, changes: Array<{ range: LspTextEdit['range']; text: string }>): number {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    const next = TextDocument.update(doc, changes, version);
    this.docs.set(uri, next);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Apply a workspace edit to the open documents, refusing a stale version (like VS Code). */
  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    const perDoc: Array<{ uri: string; version: number | null; edits: LspTextEdit[] }> = [];
    for (const dc of edit.documentChanges ?? []) {
      if ('textDocument' in dc) perDoc.push({ uri: dc.textDocument.uri, version: dc.textDocument.version, edits: dc.edits as LspTextEdit[] });
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perDoc.push({ uri, version: null, edits });
    for (const d of perDoc) {
      const doc = this.docs.get(d.uri);
      if (!doc) return false;
      if (this.rejectStaleEdits && d.version !== null && d.version !== doc.version) return false;
    }
    for (const d of perDoc) {
      const doc = this.docs.get(d.uri)!;
      const newText = TextDocument.applyEdits(doc, d.edits);
      this.changeRanges(d.uri, [{ range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, text: newText }]);
    }
    return true;
  }

  async shutdown(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
  }
}

/** Offset of the n-th (0-based) occurrence of `needle` in `text`; throws when absent. */
export function offsetOf(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${n}) not in text`);
  }
  return at;
}
