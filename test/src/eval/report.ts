/** Shared pieces of the eval sections: a one-rule configuration and a printable excerpt. */
import { defaultConfig } from '../../../server/out/engine/config.js';
import type { ResolvedConfig } from '../../../server/out/engine/index.js';

/** The default configuration with every rule off but `ruleId` (at warning). */
export function onlyRule(ruleId: string): ResolvedConfig {
  const config = defaultConfig();
  for (const id of Object.keys(config.rules)) config.rules[id] = { severity: 'off', options: {} };
  config.rules[ruleId] = { severity: 'warning', options: {} };
  return config;
}

/**
 * `…before⟦span⟧after…` on one line, for a person judging a finding: `before`/`after` characters
 * of context, the span cut after `maxSpan` characters.
 */
export function excerpt(text: string, start: number, end: number, before = 60, after = 60, maxSpan = 160): string {
  const clip = (x: string) => x.replace(/\s+/g, ' ');
  const cut = Math.min(end, start + maxSpan);
  return `…${clip(text.slice(Math.max(0, start - before), start))}⟦${clip(text.slice(start, cut))}${end > cut ? '…' : ''}⟧${clip(text.slice(end, end + after))}…`;
}
