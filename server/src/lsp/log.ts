/**
 * The server's log: one small interface the handlers receive, so where lines go (the client's
 * output channel through `window/logMessage`, or stderr before a connection exists) is decided in
 * one place. Every line starts with "newslint: ".
 */
import type { Connection } from 'vscode-languageserver/node';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const prefix = (m: string) => (m.startsWith('newslint: ') ? m : `newslint: ${m}`);

/** Lines on stderr (an editor shows a server's stderr in its log). */
export function stderrLogger(write: (s: string) => void = (s) => void process.stderr.write(s)): Logger {
  return {
    info: (m) => write(`${prefix(m)}\n`),
    warn: (m) => write(`${prefix(m)}\n`),
    error: (m) => write(`${prefix(m)}\n`),
  };
}

/** Lines in the client's output channel (`window/logMessage`). */
export function connectionLogger(connection: Connection): Logger {
  return {
    info: (m) => connection.console.info(prefix(m)),
    warn: (m) => connection.console.warn(prefix(m)),
    error: (m) => connection.console.error(prefix(m)),
  };
}
