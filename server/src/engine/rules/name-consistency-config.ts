/**
 * The configuration changes `name-consistency` offers for a finding (Rule.configSuggestions):
 * allow the spelling written, or make it the house spelling. Read from the finding's data
 * `{personId, spellings: {spelling: count}, canonical, written}`. `names` keys are canonical
 * spellings (never flagged) and values their variants; a key is a full name or a surname, so a
 * given-name variant is written with the surname as it stands in the mention.
 */
import type { Analysis, ConfigSuggestion, Finding } from '../types';

export function nameConfigSuggestions(f: Finding, analysis: Analysis): ConfigSuggestion[] {
  if (!f.data) return [];
  const d = f.data as Record<string, unknown>;
  const written = str(d.written) ?? analysis.draft.text.slice(f.start, f.end);
  const canonical = str(d.canonical);
  if (!canonical || !written) return [];
  const personId = typeof d.personId === 'number' ? d.personId : null;
  const person = personId !== null ? analysis.people[personId] : undefined;
  const mention = analysis.mentions.find((m) => m.start <= f.start && f.end <= m.end && (personId === null || m.personId === personId));
  // Which part differs: both (a space in the spelling), the surname (ends where the name ends), or the given name.
  const givenOnly = !written.includes(' ') && !!mention && f.end < mention.end;
  const surname = mention ? (mention.text.split(/\s+/).pop() ?? '') : '';
  const key = (spelling: string) => (givenOnly && surname ? `${spelling} ${surname}` : spelling);
  const spellings = d.spellings && typeof d.spellings === 'object' ? Object.keys(d.spellings as object) : [];
  const others = [...new Set([canonical, ...spellings])].filter((s) => s !== written).map(key);
  const name = person?.name ?? canonical;
  return [
    { title: `Add '${written}' as allowed for ${name}`, change: { kind: 'allow', person: name, spelling: written, keys: [...new Set([key(canonical), key(written)])] } },
    { title: `Set '${written}' as the house spelling`, change: { kind: 'house', spelling: written, key: key(written), others } },
  ];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}
