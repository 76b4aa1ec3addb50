/**
 * Eval section "profile-rules": the style-profile rules `later-reference` and `title-case` on real
 * edited copy (PolNeAR dev and BBC), read at run time from ../shared/corpus and never stored in the
 * project.
 *
 * Each article is analysed once; each rule then runs under every house-style profile where it is
 * on (`resolveConfig` with `extends: [profile]`). Prints flags per 100 articles per rule and
 * profile, and every flag (the first `NEWSLINT_EVAL_PRINT`, default 150 per rule and profile) with
 * its context for a person to judge. BBC copy follows BBC style ("Mr Blair" on later references,
 * lower-case titles) and PolNeAR mixes NYT, Breitbart, HuffPost and Politico, so under the matching
 * profile edited copy should raise few flags: each one left is a real style slip or a false alarm.
 *
 * `NEWSLINT_EVAL_PROFILES=newslint:bbc,newslint:ap` limits the profiles; `NEWSLINT_EVAL_RULES`
 * the rules.
 */
import { devAndBbc, type Copy } from './corpus';
import { excerpt } from './report';
import type { Analysis, ResolvedConfig, Rule, RuleFinding } from '../../../server/out/engine/index.js';
import { analyze, resolveConfig } from '../../../server/out/engine/index.js';
import { laterReference } from '../../../server/out/engine/rules/later-reference.js';
import { titleCase } from '../../../server/out/engine/rules/title-case.js';

export interface SectionResult {
  name: string;
  lines: string[];
  pass: boolean;
}

const ALL_PROFILES = ['newslint:ap', 'newslint:reuters', 'newslint:bbc', 'newslint:guardian', 'newslint:nyt'];
const RULES: Rule[] = [laterReference, titleCase];

function profileConfig(id: string): ResolvedConfig {
  return resolveConfig([{ source: 'eval', raw: { extends: [id] } }]);
}

function check(rule: Rule, analysis: Analysis, config: ResolvedConfig): RuleFinding[] {
  const setting = config.rules[rule.id];
  if (!setting || setting.severity === 'off') return [];
  return rule.check({ analysis, options: { ...(rule.defaultOptions ?? {}), ...setting.options }, config });
}

/** The kind of flag, from its message: "repeated full name", "courtesy title" … */
function kindOf(message: string): string {
  if (message.startsWith('Later references use the surname: ') && message.includes(' rather than ')) return 'first name alone';
  if (message.startsWith('Later references use the surname')) return 'repeated full name';
  if (message.startsWith('House style uses no courtesy')) return 'courtesy title (none)';
  if (message.startsWith('House style writes')) return 'courtesy title stop';
  if (message.startsWith('Courtesy titles go with')) return 'courtesy title + full name';
  if (message.startsWith('Later references to')) return 'courtesy title missing';
  if (message.startsWith('Capitalise')) return 'capitalise before name';
  if (message.startsWith('Lower-case the title after')) return 'lower-case after name';
  if (message.startsWith('Lower-case a title used without')) return 'lower-case standalone';
  if (message.startsWith('Job descriptions')) return 'job description';
  return 'other';
}

interface Tally {
  flags: number;
  byKind: Map<string, number>;
  printed: string[];
  /** Every flag as article:start:end:message, to spot profiles that flag exactly alike. */
  keys: string[];
}

function measure(setName: string, articles: Copy[], profiles: string[], rules: Rule[], lines: string[], limit: number) {
  const configs = profiles.map((p) => ({ id: p, config: profileConfig(p) }));
  const tallies = new Map<string, Tally>();
  const key = (rule: string, profile: string) => `${rule} ${profile}`;
  for (const r of rules) for (const p of profiles) tallies.set(key(r.id, p), { flags: 0, byKind: new Map(), printed: [], keys: [] });
  for (const a of articles) {
    const analysis = analyze(a.text);
    for (const r of rules) {
      for (const { id, config } of configs) {
        const t = tallies.get(key(r.id, id))!;
        for (const f of check(r, analysis, config)) {
          t.flags++;
          const k = kindOf(f.message);
          t.byKind.set(k, (t.byKind.get(k) ?? 0) + 1);
          t.keys.push(`${a.id}:${f.start}:${f.end}:${f.message}`);
          if (t.printed.length < limit) t.printed.push(`    ${a.id}: ${f.message} | ${excerpt(a.text, f.start, f.end, 70, 50)}`);
        }
      }
    }
  }
  const n = Math.max(1, articles.length);
  lines.push(`${setName}: ${articles.length} articles`);
  for (const r of rules) {
    for (const p of profiles) {
      const t = tallies.get(key(r.id, p))!;
      const kinds = [...t.byKind].sort((x, y) => y[1] - x[1]).map(([k, c]) => `${k} ${c}`).join(', ');
      lines.push(`  ${r.id} under ${p}: ${t.flags} flags, ${((100 * t.flags) / n).toFixed(1)} per 100 articles${kinds ? ` (${kinds})` : ''}`);
    }
  }
  for (const r of rules) {
    const shown: Array<[string, string]> = [];
    for (const p of profiles) {
      const t = tallies.get(key(r.id, p))!;
      if (t.flags === 0) continue;
      const sig = t.keys.join('\n');
      const same = shown.find(([, s]) => s === sig);
      if (same) {
        lines.push(`  ${setName} — ${r.id} under ${p}: the same ${t.flags} flags as under ${same[0]}`);
        continue;
      }
      shown.push([p, sig]);
      lines.push(`  ${setName} — ${r.id} under ${p}: flags (first ${t.printed.length} of ${t.flags}; judge each: real style slip or false alarm):`);
      lines.push(...t.printed);
    }
  }
}

export async function run(): Promise<SectionResult> {
  const lines: string[] = [];
  const sets = devAndBbc();
  if (!sets) return { name: 'profile-rules', lines: ['skipped: corpus not found'], pass: true };
  const { pol, bbc } = sets;
  const limit = Number(process.env.NEWSLINT_EVAL_PRINT ?? 150);
  const only = (env: string | undefined, all: string[]) => (env ? env.split(',').map((s) => s.trim()).filter((s) => all.includes(s)) : all);
  const profiles = only(process.env.NEWSLINT_EVAL_PROFILES, ALL_PROFILES);
  const rules = RULES.filter((r) => only(process.env.NEWSLINT_EVAL_RULES, RULES.map((x) => x.id)).includes(r.id));
  measure('PolNeAR dev', pol, profiles, rules, lines, limit);
  measure('BBC', bbc, profiles, rules, lines, limit);
  lines.push('No numeric target: the rules are info-level style aids; judge the printed flags (matching profile: BBC copy under newslint:bbc, PolNeAR NYT copy under newslint:nyt).');
  return { name: 'profile-rules', lines, pass: true };
}

if (require.main === module) {
  run().then((r) => {
    for (const l of r.lines) console.log(l);
  });
}
