/** Configurations the properties run under: every rule on, in several house styles. */
import { resolveConfig, rules, type ResolvedConfig } from '../../../server/out/engine/index.js';

function allOn(severity: string): Record<string, string> {
  return Object.fromEntries(rules.map((r) => [r.id, severity]));
}

export const CONFIGS: Array<{ name: string; config: ResolvedConfig }> = [
  { name: 'AP, every rule on', config: resolveConfig([{ source: 'reliability', raw: { extends: ['newslint:ap'], rules: allOn('warning') } }]) },
  { name: 'BBC (courtesy titles), every rule on', config: resolveConfig([{ source: 'reliability', raw: { extends: ['newslint:bbc'], rules: allOn('info') } }]) },
  {
    name: 'NYT with house names and people, every rule on',
    config: resolveConfig([
      {
        source: 'reliability',
        raw: {
          extends: ['newslint:nyt'],
          rules: allOn('error'),
          names: { 'Marta Kowalczyk': ['Kowalcyk'], 'Yuki Tanaka': [] },
          people: [{ name: 'Henrik Lindqvist', title: 'Mayor' }, { name: 'Aisha Haddad', noTitle: true }],
        },
      },
    ]),
  },
];
