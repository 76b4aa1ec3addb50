/**
 * The newslint engine: text and configuration in, findings out.
 * Pure: imports no file-system and no LSP code (checked by test/src/engine/purity.test.ts).
 */
import type { Analysis, Directive, Finding, ResolvedConfig, Rule, RuleFinding } from './types';
import { analyze, type AnalyzeOptions } from './analyze';
import { rules, ruleById } from './rules';
import { defaultConfig } from './config';
import { fixAll } from './fixes';
import { lineAt } from './lines';

export * from './types';
export { analyze, rules, ruleById };
export { applyFixesOnce, fixAll } from './fixes';

export interface LintOptions extends AnalyzeOptions {
  config?: ResolvedConfig;
  /** A ready analysis of the same text (editors reuse theirs). */
  analysis?: Analysis;
}

export interface LintResult {
  analysis: Analysis;
  findings: Finding[];
}

/** Lint a draft: analyse once, run every enabled rule, honour inline directives. */
export function lintText(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig();
  const analysis = options.analysis ?? analyze(text, options);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? { severity: rule.defaultSeverity, options: {} };
    if (setting.severity === 'off') continue;
    const raw: RuleFinding[] = rule.check({
      analysis,
      options: { ...(rule.defaultOptions ?? {}), ...setting.options },
      config,
      cache: options.cache,
    });
    for (const f of raw) findings.push({ ...f, ruleId: rule.id, severity: setting.severity });
  }
  const kept = applyDirectives(findings, analysis);
  kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { analysis, findings: kept };
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintText(text, options).findings;
}

/** Apply every safe fix until none is left. */
export function fixText(text: string, options: Omit<LintOptions, 'analysis'> = {}) {
  return fixAll(text, (t) => lint(t, options));
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
export { ParagraphCache } from './cache';
export { ConfigError, configSchema, parseConfigText, resolveConfig, validateConfig, type ConfigLayer, type RawConfig } from './config';
