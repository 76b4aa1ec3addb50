/**
 * Reading LSP messages from a byte stream (stdio, sockets) without ever going deaf.
 *
 * vscode-jsonrpc's reader, after a framing error (a Content-Length shorter or longer than the body,
 * a header line without a colon, a negative or missing Content-Length), reads every later message
 * out of step and the server, alive, never answers again. This reader logs the error and
 * resynchronises: it skips to the next `Content-Length:` header and carries on. At most one
 * message is lost around each error.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-languageserver/node';
import type { Logger } from './log';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = 'content-length:';
/** A header block longer than this is garbage. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A larger body is refused (the editor never checks a draft over a few MB). */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;

export class ResyncingMessageReader extends AbstractMessageReader implements MessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** Chunks received while a long body is still arriving (joined once it is complete). */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The body length of the message being read, or null while reading headers. */
  private need: number | null = null;
  /** After a framing error: drop bytes until the next header. */
  private skipping = false;
  /** Framing errors so far (for tests and logs). */
  errors = 0;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly log: Logger,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, callback);
    const onError = (err: Error) => this.fireError(err);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    this.readable.on('end', onClose);
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('close', onClose);
      this.readable.off('end', onClose);
    });
  }

  private onData(chunk: Buffer, callback: DataCallback): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    // A long body arriving in many chunks is joined once, when it is complete.
    if (this.need !== null && this.buffer.length + this.pendingBytes < this.need) return;
    this.buffer = Buffer.concat([this.buffer, ...this.pending]);
    this.pending = [];
    this.pendingBytes = 0;
    for (;;) {
      const message = this.next();
      if (message === undefined) return;
      if (message !== null) callback(message);
    }
  }

  /** The next message; null when a frame was dropped; undefined when more bytes are needed. */
  private next(): Message | null | undefined {
    if (this.skipping && !this.skipToHeader(0)) return undefined;
    if (this.need === null) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buffer.length > MAX_HEADER_BYTES) return this.resync(`no end of header in ${this.buffer.length} bytes`);
        return undefined;
      }
      const length = contentLength(this.buffer.toString('latin1', 0, end));
      if (typeof length === 'string') return this.resync(length);
      this.buffer = this.buffer.subarray(end + HEADER_END.length);
      this.need = length;
    }
    if (this.buffer.length < this.need) return undefined;
    const body = this.buffer.subarray(0, this.need).toString('utf8');
    this.buffer = this.buffer.subarray(this.need);
    this.need = null;
    try {
      return JSON.parse(body) as Message;
    } catch (err) {
      // A Content-Length that does not match the body: what follows is out of step too.
      this.errors++;
      this.log.error(`framing error: a message body is not JSON (${(err as Error).message}); skipping to the next header`);
      this.skipping = true;
      return null;
    }
  }

  private resync(reason: string): null {
    this.errors++;
    this.log.error(`framing error: ${reason}; skipping to the next header`);
    this.need = null;
    this.skipping = true;
    this.skipToHeader(1);
    return null;
  }

  /** Drop bytes up to the next "Content-Length:" at or after `from`; false when none is there yet. */
  private skipToHeader(from: number): boolean {
    const at = this.buffer.toString('latin1').toLowerCase().indexOf(CONTENT_LENGTH, from);
    if (at < 0) {
      // Keep a tail that may be the start of a header cut by the chunk boundary.
      this.buffer = this.buffer.subarray(Math.max(0, this.buffer.length - CONTENT_LENGTH.length + 1));
      return false;
    }
    this.buffer = this.buffer.subarray(at);
    this.skipping = false;
    return true;
  }
}

/** The Content-Length of a header block, or what is wrong with it. */
export function contentLength(block: string): number | string {
  let length: number | string = 'a header without Content-Length';
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) return `a header line without a colon (${JSON.stringify(line.slice(0, 40))})`;
    const key = line.slice(0, colon);
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(key)) return `a malformed header name (${JSON.stringify(key.slice(0, 40))})`;
    if (key.toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d+$/.test(value)) return `Content-Length ${JSON.stringify(value.slice(0, 20))} is not a byte count`;
    const n = Number(value);
    if (n > MAX_BODY_BYTES) return `Content-Length ${n} is over the limit of ${MAX_BODY_BYTES} bytes`;
    length = n;
  }
  return length;
}
