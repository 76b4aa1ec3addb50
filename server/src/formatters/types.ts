/** The report model every formatter reads: ESLint's result shape, with UTF-16 offsets added. */
export interface MessageFix {
  /** [start, end) UTF-16 offsets into the original text. */
  range: [number, number];
  text: string;
}

export interface LintMessage {
  ruleId: string;
  /** ESLint's numbers: 2 error, 1 warning (an "info" finding is 1 with `info: true`). */
  severity: 1 | 2;
  info?: true;
  message: string;
  /** 1-based line and column (UTF-16 code units), as an editor shows them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offsets into the original text. */
  offset: number;
  endOffset: number;
  fix?: MessageFix;
  suggestions?: { desc: string; fix: MessageFix }[];
  /**
   * Suggestions whose edits span the whole draft ("Use 'Zelensky' everywhere instead"): named,
   * without edits, so the report stays linear in the draft; equal keys are the same change. For
   * SARIF the first message offering a change also carries its `edits` (separate replacements).
   */
  lazySuggestions?: { desc: string; key: string; edits?: MessageFix[] }[];
}

export interface LintFileResult {
  /** Absolute path (for --stdin: the --stdin-filename, resolved, or "<stdin>"). */
  filePath: string;
  /** The path as the user typed or sees it: relative to the working directory. */
  displayPath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** --fix: the text written; --fix-dry-run: the text --fix would write (only when it differs). */
  output?: string;
  /** --fix-dry-run: the original text (not serialised in JSON). */
  source?: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: string;
  fixable: boolean;
}

export interface FormatContext {
  cwd: string;
  version: string;
  rules: RuleMeta[];
  color: boolean;
  /** GitHub Actions: annotation paths are relative to the workspace (GITHUB_WORKSPACE). */
  githubWorkspace?: string;
}

export type Formatter = (results: LintFileResult[], ctx: FormatContext) => string;
