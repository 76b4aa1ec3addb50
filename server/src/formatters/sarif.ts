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

/** SARIF 2.1.0: rule metadata in tool.driver.rules, one result per finding, safe fixes as fixes. */
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
      if (m.fix) {
        res.fixes = [{ description: { text: 'Safe fix (newslint --fix)' }, artifactChanges: [{ artifactLocation, replacements: [replacement(m.fix)] }] }];
      }
      if (m.suggestions?.length) {
        const fixes = (res.fixes as object[] | undefined) ?? [];
        for (const s of m.suggestions) fixes.push({ description: { text: s.desc }, artifactChanges: [{ artifactLocation, replacements: [replacement(s.fix)] }] });
        res.fixes = fixes;
      }
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
