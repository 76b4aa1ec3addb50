/**
 * What the newslint language server and its VS Code client both say: command ids, request and
 * notification names, the code action kind, the settings section and keys, and the shape of the
 * quote sheet. Defined once here; `server.ts` and `client/src/extension.ts` import it (the client
 * bundle inlines it). Pure data: imports nothing.
 */

/** The settings section (`newslint.*`) and the diagnostic source. */
export const SECTION = 'newslint';

/** Keys of the settings section, as in package.json (`newslint.<key>`). */
export const SETTING = {
  enable: 'enable',
  run: 'run',
  languages: 'languages',
  configPath: 'configPath',
  acrossFiles: 'acrossFiles',
  debounceMs: 'debounceMs',
  extends: 'extends',
  rules: 'rules',
} as const;

/** `newslint.<key>`, as `affectsConfiguration` takes it. */
export function settingId(key: (typeof SETTING)[keyof typeof SETTING]): string {
  return `${SECTION}.${key}`;
}

/** The code action kind of "Fix all newslint problems" (editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.newslint';

/** Commands the server executes (workspace/executeCommand). */
export const SERVER_COMMAND = {
  /** `[{uri, version?}]`: apply every safe fix to the draft. */
  applyFixAll: 'newslint.applyFixAll',
  /** `[{uri, change}]`: write a rule's config change (e.g. a house spelling). */
  editConfig: 'newslint.editConfig',
} as const;

/** Commands the client contributes (package.json `contributes.commands`). */
export const CLIENT_COMMAND = {
  fixAll: 'newslint.fixAll',
  showQuoteSheet: 'newslint.showQuoteSheet',
  restartServer: 'newslint.restartServer',
} as const;

/** Custom requests the server answers. */
export const REQUEST = {
  /** `{uri}` → QuoteSheet. */
  quoteSheet: 'newslint/quoteSheet',
  /** `{gc?}` → counters and memory, for benchmarks and stress tests. */
  stats: 'newslint/stats',
} as const;

export interface ProtocolRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface QuoteSheetEntry {
  range: ProtocolRange;
  offset: number;
  endOffset: number;
  text: string;
  kind: 'direct' | 'partial' | 'scare' | 'title';
  speaker: null | { name: string | null; text: string; range: ProtocolRange };
  cue: null | { text: string; range: ProtocolRange };
  /**
   * How the speaker was found (engine `AttributionHow`): kind cue, pronoun, label, subject,
   * inherited, previous-quote or none; `fromParagraph` (1-based) for inherited; one line of text.
   */
  how: { kind: string; fromParagraph: number | null; text: string };
}

/** The answer to `newslint/quoteSheet`: every quote of the draft, its speaker and cue. */
export interface QuoteSheet {
  uri: string;
  version: number;
  quotes: QuoteSheetEntry[];
}
