/**
 * The package's programmatic API (`require('newslint')`): lint a draft's text, or fix it.
 *
 *   const { lint, fix } = require('newslint');
 *   lint('Strike\n\n"We will not go back."\n')  // → [{ ruleId: 'quote-attribution', line: 3, … }]
 *   fix(text, { filePath: 'desk/story.md' })    // → the text with every safe fix applied
 *
 * Findings are the messages of `newslint -f json` (ESLint's shape plus UTF-16 offsets). The
 * configuration is the one the CLI would use for `filePath` (the nearest `.newslintrc.json`), or
 * `config` when given. Configuration problems throw a `ConfigError` naming the file.
 */
import * as path from 'node:path';
import { lintText, fixText, rules as engineRules, type DraftFormat, type ResolvedConfig } from './engine/index';
import { ConfigError, loadConfigForFile, type RawConfig } from './config-loader';
import { formatOf, lineStartsOf, toMessage } from './cli/messages';
import type { LintMessage } from './formatters/types';

export type { LintMessage, RawConfig };
export { ConfigError };

export interface Options {
  /**
   * The draft's path (need not exist): picks the nearest `.newslintrc.json` walking up from it,
   * as the CLI does, and the format (`.txt` is plain text, anything else Markdown).
   */
  filePath?: string;
  /** A configuration in the shape of `.newslintrc.json`, used instead of any config file. */
  config?: RawConfig;
  /** `'markdown'` or `'plain'`; default from `filePath`, else Markdown. */
  format?: DraftFormat;
}

function resolve(options: Options): { config: ResolvedConfig; format: DraftFormat } {
  const filePath = path.resolve(options.filePath ?? 'draft.md');
  const loaded = options.config
    ? loadConfigForFile(filePath, { noConfig: true, defaults: options.config, defaultsSource: 'options.config' })
    : loadConfigForFile(filePath);
  return { config: loaded.config, format: options.format ?? formatOf(filePath) };
}

/** The findings of a draft, in order, as `newslint -f json` reports its messages. */
export function lint(text: string, options: Options = {}): LintMessage[] {
  const { findings } = lintText(text, resolve(options));
  const starts = lineStartsOf(text);
  return findings.map((f) => toMessage(f, text, starts));
}

/** The draft with every safe fix applied (what `newslint --fix` writes); unchanged when none. */
export function fix(text: string, options: Options = {}): string {
  return fixText(text, resolve(options)).text;
}

/** The rule ids, for `config.rules`. */
export const rules: readonly string[] = engineRules.map((r) => r.id);
