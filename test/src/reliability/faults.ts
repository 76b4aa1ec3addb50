/**
 * Helpers for the fault tests and the stress run: deadlines on requests, forced garbage
 * collection for heap measurements, resident memory of a child process, a stdio server process.
 */
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import {
  createProtocolConnection,
  SocketMessageReader,
  SocketMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver/node';
import { newsDraft } from './gen';

v8.setFlagsFromString('--expose-gc');
const gcFn = vm.runInNewContext('gc') as () => void;

/** Heap in use after full collections (bytes). */
export function settledHeap(): number {
  for (let i = 0; i < 3; i++) gcFn();
  return process.memoryUsage().heapUsed;
}

export type Outcome = { ok: true; result: unknown } | { ok: false; code: number; message: string };

/** Send a request and settle it as a result or an error response, or fail at the deadline. */
export async function answer(conn: ProtocolConnection, method: string, params: unknown, timeoutMs = 10_000): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const result = await Promise.race([conn.sendRequest(method, params as object), deadline]);
    return { ok: true, result };
  } catch (err) {
    const e = err as { code?: unknown; message?: string };
    if (typeof e.code === 'number') return { ok: false, code: e.code, message: e.message ?? '' };
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** News paragraphs (generated, invented) joined up to `chars` characters. */
export function bigDraft(chars: number, seed = 11): string {
  const parts = fc
    .sample(newsDraft, { seed, numRuns: 200 })
    .filter((d) => !/```|~~~|<!--|\r|\ufeff/.test(d))
    .map((d) => d.trim());
  let text = 'Harbour plan approved\n\n';
  for (let i = 0; text.length < chars; i++) text += parts[i % parts.length] + '\n\n';
  return text.slice(0, chars);
}

/** Resident set size of a process, in bytes (Linux /proc). */
export function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

export interface StdioServer {
  child: cp.ChildProcess;
  conn: ProtocolConnection;
  published: Array<{ uri: string; version?: number; diagnostics: Array<{ code?: unknown; message: string }> }>;
  stderr: () => string;
  /** Lines the server logged (`window/logMessage`). */
  logs: string[];
  /** Write raw bytes to the server's input, stdin or socket (for malformed frames). */
  raw(s: string): void;
  /** Close the server's input, as a client that goes away does. */
  closeInput(): void;
  waitFor<T>(what: string, check: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

const BIN = path.join(__dirname, '..', '..', '..', 'server', 'bin', 'newslint-language-server.js');

/** Start `newslint-language-server --stdio` as a child process and initialise it. */
export function startStdioServer(initializationOptions: Record<string, unknown> = { settings: { debounceMs: 0 } }): Promise<StdioServer> {
  return startServerProcess('stdio', initializationOptions);
}

/**
 * The server's end of the protocol: the child's stdio, or a socket it connects to, on a port
 * (`--socket=PORT`) or a named pipe (`--pipe=PATH`), as clients using those transports do.
 */
async function transportTo(transport: Transport): Promise<{ child: cp.ChildProcess; input: NodeJS.WritableStream; conn: ProtocolConnection }> {
  // --expose-gc: `newslint/stats {gc: true}` then measures the heap after a full collection.
  const args = ['--expose-gc', BIN];
  if (transport === 'stdio') {
    const child = cp.spawn(process.execPath, [...args, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    return { child, input: child.stdin!, conn: createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
  }
  const listener = net.createServer();
  const pipe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-pipe-')), 'lsp.sock');
  await new Promise<void>((resolve) => (transport === 'pipe' ? listener.listen(pipe, resolve) : listener.listen(0, '127.0.0.1', resolve)));
  const flag = transport === 'pipe' ? `--pipe=${pipe}` : `--socket=${(listener.address() as net.AddressInfo).port}`;
  const child = cp.spawn(process.execPath, [...args, flag], { stdio: ['ignore', 'pipe', 'pipe'] });
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    listener.once('connection', resolve);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before connecting (${flag})`)));
  }).finally(() => {
    listener.close();
    fs.rmSync(path.dirname(pipe), { recursive: true, force: true });
  });
  return { child, input: socket, conn: createProtocolConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket)) };
}

export type Transport = 'stdio' | 'socket' | 'pipe';

/** Start the language server as a child process over `transport` and initialise it. */
export async function startServerProcess(
  transport: Transport,
  initializationOptions: Record<string, unknown> = { settings: { debounceMs: 0 } },
): Promise<StdioServer> {
  const { child, input, conn } = await transportTo(transport);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  // A killed server closes its pipes: a write still under way then fails with EPIPE, which is expected.
  input.on('error', () => undefined);
  const published: StdioServer['published'] = [];
  let listeners: Array<() => void> = [];
  const notify = () => {
    for (const l of [...listeners]) l();
  };
  conn.onNotification('textDocument/publishDiagnostics', (p: StdioServer['published'][number]) => {
    published.push(p);
    notify();
  });
  const logs: string[] = [];
  conn.onNotification('window/logMessage', (m: { message: string }) => {
    logs.push(m.message);
    notify();
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onError(() => undefined);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
  await conn.sendNotification('initialized', {});
  const server: StdioServer = {
    child,
    conn,
    published,
    stderr: () => err,
    logs,
    raw: (s) => void input.write(s),
    closeInput: () => void input.end(),
    waitFor<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 15_000): Promise<T> {
      return new Promise((resolve, reject) => {
        const listener = () => {
          const v = check();
          if (v) {
            cleanup();
            resolve(v);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${err.slice(-500)}`));
        }, timeoutMs);
        const onExit = () => {
          cleanup();
          reject(new Error(`the server exited while waiting for ${what}: ${err.slice(-500)}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          listeners = listeners.filter((l) => l !== listener);
          child.off('exit', onExit);
        };
        listeners.push(listener);
        if (child.exitCode !== null || child.signalCode !== null) return onExit();
        child.on('exit', onExit);
        listener();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          await answer(conn, 'shutdown', undefined, 3000);
          await conn.sendNotification('exit');
        } catch {
          /* gone already */
        }
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      conn.dispose();
    },
  };
  return server;
}

export interface ServerStats {
  lints: number;
  documents: number;
  cacheEntries: number;
  memory: NodeJS.MemoryUsage;
}

/** The server's own counters and memory, after a full garbage collection. */
export async function serverStats(conn: ProtocolConnection): Promise<ServerStats> {
  const r = await answer(conn, 'newslint/stats', { gc: true });
  if (!r.ok) throw new Error(`newslint/stats refused: ${r.message}`);
  return r.result as ServerStats;
}

/** Diagnostics of `uri` at `version` from a list of publications (latest first). */
export function latest<T extends { uri: string; version?: number }>(published: T[], uri: string, version?: number): T | undefined {
  for (let i = published.length - 1; i >= 0; i--) {
    const p = published[i];
    if (p.uri === uri && (version === undefined || p.version === version)) return p;
  }
  return undefined;
}
