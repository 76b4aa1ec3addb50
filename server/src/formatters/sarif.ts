import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type { Formatter, LintMessage, MessageFix } from './types';

const level = (m: LintMessage) => (m.info ? 'note' : m.severity === 2 ? 'error' : 'warning');
const sevLevel = (s: string) => (s === 'error' ? 'error' : s === 'info' ? 'note' : s === 'off' ? 'none' : 'warning');

/** A file's URI relative to the working directory (%SRCROOT%) when below it, absolute otherwise. */
function artifact(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(filePath).href };
}

function replacement(fix: MessageFix) {
  return { deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] }, insertedContent: { text: fix.text } };
}

/**
 * The fixes of one message: its safe fix, its suggestions, and the lazy suggestions ("Use 'X'
 * everywhere instead") whose edits it carries (the first message offering each, see messages.ts).
 */
function fixesOf(m: LintMessage, artifactLocation: object): object[] {
  const change = (replacements: MessageFix[]) => [{ artifactLocation, replacements: replacements.map(replacement) }];
  const fixes: object[] = [];
  if (m.fix) fixes.push({ description: { text: 'Safe fix (newslint --fix)' }, artifactChanges: change([m.fix]) });
  for (const s of m.suggestions ?? []) fixes.push({ description: { text: s.desc }, artifactChanges: change([s.fix]) });
  for (const s of m.lazySuggestions ?? []) {
    if (s.edits) fixes.push({ description: { text: s.desc }, artifactChanges: change(s.edits), properties: { key: s.key } });
  }
  return fixes;
}

/**
 * SARIF 2.1.0: rule metadata in tool.driver.rules, one result per finding, fixes and suggestions as
 * fixes. A suggestion that edits every mention of a name is a fix of the first result offering it
 * (its `properties.key`); every result offering it names it in `properties.lazySuggestions`.
 */
export const sarif: Formatter = (results, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const artifacts: { location: { uri: string; uriBaseId?: string } }[] = [];
  const sarifResults: object[] = [];
  for (const r of results) {
    const loc = artifact(r.filePath, ctx.cwd);
    const artifactIndex = artifacts.push({ location: loc }) - 1;
    for (const m of r.messages) {
      const artifactLocation = { ...loc, index: artifactIndex };
      const res: Record<string, unknown> = {
        ruleId: m.ruleId,
        level: level(m),
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: m.line,
                startColumn: m.column,
                endLine: m.endLine,
                endColumn: m.endColumn,
                charOffset: m.offset,
                charLength: m.endOffset - m.offset,
              },
            },
          },
        ],
      };
      const idx = ruleIndex.get(m.ruleId);
      if (idx !== undefined) res.ruleIndex = idx;
      const fixes = fixesOf(m, artifactLocation);
      if (fixes.length) res.fixes = fixes;
      if (m.lazySuggestions?.length) res.properties = { lazySuggestions: m.lazySuggestions.map(({ desc, key }) => ({ desc, key })) };
      sarifResults.push(res);
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newslint',
            version: ctx.version,
            semanticVersion: ctx.version,
            rules: ctx.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              defaultConfiguration: { level: sevLevel(r.defaultSeverity), enabled: r.defaultSeverity !== 'off' },
              properties: { fixable: r.fixable },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
