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

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../../package.json') as { version: string };

/** The version of newslint this server is (package.json: also in the bundled server). */
export const SERVER_VERSION: string = pkg.version;

/** The line that opens the log: which server started, on what, for which folders. */
export function startLine(folders: string[]): string {
  const where = folders.length > 0 ? `workspace ${folders.join(', ')}` : 'no workspace folder';
  return `language server ${SERVER_VERSION} started (Node ${process.versions.node}, pid ${process.pid}, ${where})`;
}

/**
 * The configuration of each draft, as the log tells it: the config file a draft is linted with
 * (said once, and again when it changes) and each config error.
 */
export class ConfigLog {
  private readonly said = new Map<string, string>();

  constructor(private readonly log: Logger) {}

  configFor(uri: string, filePath: string | null, configFile: string | null, failed: boolean): void {
    const what = configFile ? `${configFile}${failed ? ' (broken: using the defaults)' : ''}` : 'no .newslintrc.json: the defaults';
    if (this.said.get(uri) === what) return;
    this.said.set(uri, what);
    this.log.info(`Config for ${filePath ?? uri}: ${what}`);
  }

  /** A config file or the editor settings could not be used (the message names which, and where). */
  configError(err: { message: string }): void {
    this.log.error(`Config error: ${err.message}`);
  }

  forget(uri: string): void {
    this.said.delete(uri);
  }
}

/** Each check, for the trace ($/logTrace: sent only when the client's trace setting asks for it). */
export function traceCheck(connection: Connection, uri: string, version: number, ms: number, findings: number): void {
  connection.tracer.log(`Checked ${uri} v${version}: ${findings} finding${findings === 1 ? '' : 's'} in ${ms.toFixed(1)} ms`);
}
