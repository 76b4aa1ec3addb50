/**
 * What the language server tells the editor's log (VS Code: the "newslint" output channel and
 * newslint.log; Neovim: `:LspLog`; Helix: `:log-open`):
 *   - always (window/logMessage): the version and start, the config file each draft uses, each
 *     config error, each crash;
 *   - with `newslint.trace.server` at "messages" or "verbose" ($/logTrace, which the client asks for
 *     through the trace setting): each analysis, with its time.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { ConfigError } from '../engine/config';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../../../package.json') as { version: string };

/** The version of newslint this server is (package.json: also in the bundled server). */
export const SERVER_VERSION: string = pkg.version;

/** A draft or config file as the log names it: its path, or the URI of an unsaved draft. */
function shown(uri: string, filePath: string | null): string {
  return filePath ?? uri;
}

export class ServerLog {
  /** config file (or "defaults") last logged for each draft, so each is said once. */
  private readonly said = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  started(folders: string[]): void {
    const where = folders.length > 0 ? `workspace ${folders.join(', ')}` : 'no workspace folder';
    this.connection.console.info(`newslint-language-server ${SERVER_VERSION} started (Node ${process.versions.node}, pid ${process.pid}, ${where})`);
  }

  /** The configuration a draft is linted with (said when it changes). */
  configFor(uri: string, filePath: string | null, configFile: string | null, failed: boolean): void {
    const what = configFile ? `${configFile}${failed ? ' (broken: using the defaults)' : ''}` : 'no .newslintrc.json: the defaults';
    if (this.said.get(uri) === what) return;
    this.said.set(uri, what);
    this.connection.console.info(`Config for ${shown(uri, filePath)}: ${what}`);
  }

  /** A config file or the editor settings could not be used (the message names which, and where). */
  configError(err: ConfigError): void {
    this.connection.console.error(`Config error: ${err.message}`);
  }

  /** The server hit an unexpected error and goes on (`what`: what it was doing). */
  crashed(what: string, err: unknown): void {
    this.connection.console.error(`newslint crashed (${what}): ${(err as Error)?.stack ?? err}`);
  }

  /** An analysis, for the trace (only sent when the client's trace setting asks for it). */
  analysed(uri: string, version: number, ms: number, findings: number): void {
    this.connection.tracer.log(`Checked ${uri} v${version}: ${findings} finding${findings === 1 ? '' : 's'} in ${ms.toFixed(1)} ms`);
  }

  forget(uri: string): void {
    this.said.delete(uri);
  }
}
