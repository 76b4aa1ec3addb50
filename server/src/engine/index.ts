/**
 * The newslint engine: text and configuration in, findings out.
 * Pure: imports no file-system and no LSP code (checked by test/src/engine/purity.test.ts).
 */
import type { Analysis, ConfigSuggestion, Directive, Finding, Fix, ResolvedConfig, Rule, RuleFinding, SuggestionRef } from './types';
import { analyze, timed, type AnalyzeOptions } from './analyze';
import { rules, ruleById } from './rules';
import { defaultConfig } from './config';
import { fixAll, settleFixes, type ApplyResult } from './fixes';
import { ParagraphCache } from './cache';
import { withTokenMemo } from './tokens';
import { lineAt } from './lines';

export * from './types';
export { analyze, rules, ruleById };
export { applyFixesOnce, applyEdits, fixAll, selectFixes, settleFixes } from './fixes';

export interface LintOptions extends AnalyzeOptions {
  config?: ResolvedConfig;
  /** A ready analysis of the same text (editors reuse theirs). */
  analysis?: Analysis;
  /** The rules to run (default: the registry, `rules`). */
  rules?: readonly Rule[];
}

/** A rule that threw on this draft: reported as one finding, and here for the caller's log. */
export interface RuleFailure {
  ruleId: string;
  error: string;
}

export interface LintResult {
  analysis: Analysis;
  findings: Finding[];
  /** Rules that threw (each gave one finding saying so; every other rule still reported). */
  failures: RuleFailure[];
}

/** Lint a draft: analyse once, run every enabled rule, honour inline directives. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  // One token memo for the analysis and the rules (tokens.ts).
  return withTokenMemo(options.cache, () => lintOnce(text, options));
}

function lintOnce(text: string, options: LintOptions): LintResult {
  const config = options.config ?? defaultConfig();
  const analysis = options.analysis ?? analyze(text, options);
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules ?? rules) {
    const setting = config.rules[rule.id] ?? { severity: rule.defaultSeverity, options: {} };
    if (setting.severity === 'off') continue;
    const context = { analysis, options: { ...(rule.defaultOptions ?? {}), ...setting.options }, config, cache: options.cache };
    let raw: RuleFinding[];
    try {
      raw = timed(options.timings, `rule ${rule.id}`, () => rule.check(context));
    } catch (err) {
      // One rule's defect must not blank the draft: it says so once, the others still report.
      const error = err instanceof Error ? err.message : String(err);
      failures.push({ ruleId: rule.id, error });
      findings.push({ start: 0, end: 0, message: ruleFailedMessage(rule.id, error), ruleId: rule.id, severity: 'error' });
      continue;
    }
    for (const f of raw) findings.push({ ...f, ruleId: rule.id, severity: setting.severity });
  }
  const kept = applyDirectives(findings, analysis);
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { analysis, findings: settleFixes(text, kept), failures };
}

/** The message of the one finding a rule that threw gives. */
export function ruleFailedMessage(ruleId: string, error: string): string {
  return `newslint: rule ${ruleId} failed on this draft: ${error}`;
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintText(text, options).findings;
}

/**
 * The edits of a lazy suggestion, computed by the rule `ruleId` from the analysis its finding came
 * from. Null when the rule cannot resolve it (unknown rule, a ref from another analysis).
 */
export function resolveSuggestion(ruleId: string, ref: SuggestionRef, analysis: Analysis, config: ResolvedConfig = defaultConfig()): Fix | null {
  const rule = ruleById(ruleId);
  if (!rule?.resolveSuggestion) return null;
  const setting = config.rules[rule.id] ?? { severity: rule.defaultSeverity, options: {} };
  const options = { ...(rule.defaultOptions ?? {}), ...setting.options };
  return rule.resolveSuggestion({ analysis, options, config }, ref);
}

/** The configuration changes the rule of a finding offers for it ("Set 'X' as the house spelling"). */
export function configSuggestions(finding: Finding, analysis: Analysis): ConfigSuggestion[] {
  return ruleById(finding.ruleId)?.configSuggestions?.(finding, analysis) ?? [];
}

export interface FixTextResult extends ApplyResult {
  /** The lint of the fixed text `text` when the last pass made it (callers need not lint again). */
  final: LintResult | null;
}

/**
 * Apply every safe fix until none is left. The passes share one paragraph cache (a pass changes
 * only the paragraphs its fixes touch), and the last pass's lint of the fixed text is returned.
 */
export function fixText(text: string, options: Omit<LintOptions, 'analysis'> = {}): FixTextResult {
  const cache = options.cache ?? new ParagraphCache();
  let last: { text: string; result: LintResult } | null = null;
  const r = fixAll(text, (t) => {
    const result = lintText(t, { ...options, cache });
    cache.sweep();
    last = { text: t, result };
    return result.findings;
  });
  const done = last as { text: string; result: LintResult } | null;
  return { ...r, final: done && done.text === r.text ? done.result : null };
}

/** Drop findings silenced by `<!-- newslint-disable … -->` style comments. */
export function applyDirectives(findings: Finding[], analysis: Analysis): Finding[] {
  const { directives, lineStarts } = analysis.draft;
  if (directives.length === 0) return findings;
  const lineOf = (offset: number) => lineAt(lineStarts, offset);
  const ranged = directives
    .filter((d) => d.kind === 'disable' || d.kind === 'enable')
    .sort((a, b) => a.start - b.start);
  return findings.filter((f) => {
    const line = lineOf(f.start);
    for (const d of directives) {
      if (d.kind === 'disable-line' && d.line === line && names(d, f.ruleId)) return false;
      if (d.kind === 'disable-next-line' && d.line + 1 === line && names(d, f.ruleId)) return false;
    }
    let disabled = false;
    for (const d of ranged) {
      if (d.start > f.start) break;
      if (names(d, f.ruleId)) disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}

function names(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

export { lineAt } from './lines';
export { attributionHow, type AttributionHow } from './attribution';

export type { Rule };
export { ParagraphCache };
export { ConfigError, configSchema, parseConfigText, resolveConfig, validateConfig, type ConfigLayer, type RawConfig } from './config';
