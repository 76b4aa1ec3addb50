/** What every part of the language server shares, built once by `startServer`. */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { lintText } from '../engine/index';
import type { DocumentStates } from './document-state';
import type { Logger } from './log';
import type { ResourceSettings } from './resource-settings';

/** What the client said it can do (initialize). */
export interface Capabilities {
  /** Pull diagnostics (textDocument/diagnostic): the server never pushes. */
  pull: boolean;
  configuration: boolean;
  documentChanges: boolean;
  refresh: boolean;
  watchDynamic: boolean;
  /** codeAction/resolve of `edit`: heavy edits are computed when an action is picked. */
  resolve: boolean;
  configDynamic: boolean;
}

export interface Limits {
  /** Longer drafts are not checked as you type (the engine lints about 1 MB/s): one notice instead. */
  maxDocumentChars: number;
  /**
   * The cross-file check runs on every analysis while it costs less than this; in a large
   * workspace it runs after `acrossDelayMs` of quiet instead, and in between the last results are
   * moved along with the edits.
   */
  acrossInlineMs: number;
  acrossDelayMs: number;
}

export interface Counters {
  lints: number;
  lastLintMs: number;
  /** From the last didChange of a draft to its diagnostics being sent. */
  lastChangeToPublishMs: number;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  states: DocumentStates;
  settings: ResourceSettings;
  log: Logger;
  caps: Capabilities;
  limits: Limits;
  stats: Counters;
  /** The engine entry point (tests pass a stand-in). */
  lintFn: typeof lintText;
}
