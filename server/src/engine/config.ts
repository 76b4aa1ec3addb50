import type { ResolvedConfig, RuleSetting } from './types';
import { rules } from './rules';

/** The configuration in force when no file says otherwise: every rule at its default severity. */
export function defaultConfig(): ResolvedConfig {
  const ruleSettings: Record<string, RuleSetting> = {};
  for (const r of rules) ruleSettings[r.id] = { severity: r.defaultSeverity, options: { ...(r.defaultOptions ?? {}) } };
  return {
    profiles: ['newslint:ap'],
    rules: ruleSettings,
    names: {},
    people: [],
    ignore: [],
    style: { courtesyTitles: 'none', courtesyTitleStop: true },
  };
}
