/**
 * A bare LSP client over a child process's stdio, written from the protocol (no vscode-jsonrpc):
 * what Neovim's and Helix's clients do. Requests from the server are answered by `onRequest`
 * handlers (unhandled ones with null, as those clients do for methods they do not know); every wait
 * has a deadline.
 */
import { spawn, type ChildProcess } from 'node:child_process';

type Message = { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { message: string } };

export interface StdioSession {
  child: ChildProcess;
  /** Every message the server sent, in order. */
  received: Message[];
  /** Requests the server sent (method names), in order. */
  serverRequests: string[];
  onRequest(method: string, handler: (params: unknown) => unknown): void;
  request(method: string, params: unknown, timeoutMs?: number): Promise<unknown>;
  notify(method: string, params: unknown): void;
  /** The first notification `method` (matching `where`) not yet taken. */
  notification(method: string, where?: (params: any) => boolean, timeoutMs?: number): Promise<unknown>;
  stderr(): string;
  close(): Promise<void>;
}

export function stdioSession(cmd: string, args: string[], cwd: string): StdioSession {
  const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  child.stdin!.on('error', () => undefined);
  const received: Message[] = [];
  const taken = new Set<Message>();
  const handlers = new Map<string, (params: unknown) => unknown>();
  const serverRequests: string[] = [];
  let waiters: Array<() => void> = [];
  let nextId = 1;
  const send = (m: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...m });
    child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  let buf = Buffer.alloc(0);
  child.stdout!.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, end).toString())?.[1]);
      if (buf.length < end + 4 + len) return;
      const m = JSON.parse(buf.subarray(end + 4, end + 4 + len).toString('utf8')) as Message;
      buf = buf.subarray(end + 4 + len);
      received.push(m);
      if (m.method && m.id !== undefined) {
        serverRequests.push(m.method);
        send({ id: m.id, result: handlers.has(m.method) ? handlers.get(m.method)!(m.params) : null });
      }
      for (const w of [...waiters]) w();
    }
  });
  const waitFor = <T>(what: string, find: () => T | undefined, timeoutMs: number): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const v = find();
        if (v === undefined) return;
        done();
        resolve(v);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; server stderr: ${err.slice(-800)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        waiters = waiters.filter((w) => w !== check);
      };
      waiters.push(check);
      check();
    });
  return {
    child,
    received,
    serverRequests,
    onRequest: (method, handler) => void handlers.set(method, handler),
    async request(method, params, timeoutMs = 30_000) {
      const id = nextId++;
      send({ id, method, params });
      const m = await waitFor(`the answer to ${method}`, () => received.find((x) => x.id === id && !x.method), timeoutMs);
      if (m.error) throw new Error(`${method}: ${m.error.message}`);
      return m.result;
    },
    notify: (method, params) => send({ method, params }),
    async notification(method, where = () => true, timeoutMs = 30_000) {
      const m = await waitFor(method, () => received.find((x) => x.method === method && x.id === undefined && !taken.has(x) && where(x.params)), timeoutMs);
      taken.add(m);
      return m.params;
    },
    stderr: () => err,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
