/**
 * SARIF keeps the suggestions resolved lazily ("Use 'Marsch' everywhere instead", whose edits
 * touch every mention of a name): the first result offering one carries it as a fix with every
 * replacement; each result offering it names it in properties. JSON keeps naming them only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, repo, rm, tree, validateSarif } from './helpers';

// Invented copy: 'Marsh' three times, 'Marsch' twice (lines 5 and 7).
const DRAFT = 'Ferry talks\n\nMayor Elena Marsh opened the pier.\n\nMarsh said the boat was late. Marsch waved.\n\nMarsch left. Marsh stayed.\n';
const EVERYWHERE = "Use 'Marsch' everywhere instead";
const KEY = '0:surname=Marsch';
const NAMED = { lazySuggestions: [{ desc: EVERYWHERE, key: KEY }] };

type Replacement = { deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } };
type SarifFix = { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: Replacement[] }[]; properties?: unknown };
type SarifResult = { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; fixes?: SarifFix[]; properties?: unknown };

const swap = (charOffset: number, charLength: number, text: string): Replacement => ({ deletedRegion: { charOffset, charLength }, insertedContent: { text } });
/** Every 'Marsh' of DRAFT (offsets 25, 49, 107) becomes 'Marsch'. */
const EVERY_MARSH = [swap(25, 5, 'Marsch'), swap(49, 5, 'Marsch'), swap(107, 5, 'Marsch')];

/** Line, fixes (description, file, replacements, properties) and properties of each result. */
function summary(log: { runs: { results: SarifResult[] }[] }) {
  return log.runs[0].results.map((r) => ({
    ruleId: r.ruleId,
    line: r.locations[0].physicalLocation.region.startLine,
    fixes: (r.fixes ?? []).map((f) => ({
      text: f.description.text,
      uri: f.artifactChanges[0].artifactLocation.uri,
      replacements: f.artifactChanges[0].replacements,
      ...(f.properties ? { properties: f.properties } : {}),
    })),
    properties: r.properties,
  }));
}

test('SARIF: the first finding offering "Use \'Marsch\' everywhere instead" carries it as a fix with every replacement; each finding names it', async () => {
  const dir = tree({ 'desk/ferry.md': DRAFT });
  const r = await cli(['desk', '-f', 'sarif'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  const log = JSON.parse(r.stdout);
  validateSarif(log);
  assert.deepEqual(summary(log), [
    {
      ruleId: 'name-consistency',
      line: 5,
      fixes: [
        { text: 'Safe fix (newslint --fix)', uri: 'desk/ferry.md', replacements: [swap(79, 6, 'Marsh')] },
        { text: EVERYWHERE, uri: 'desk/ferry.md', replacements: EVERY_MARSH, properties: { key: KEY } },
      ],
      properties: NAMED,
    },
    {
      ruleId: 'name-consistency',
      line: 7,
      fixes: [{ text: 'Safe fix (newslint --fix)', uri: 'desk/ferry.md', replacements: [swap(94, 6, 'Marsh')] }],
      properties: NAMED,
    },
  ]);
  // On worker threads (large runs) the report is the same.
  const pooled = await cli(['desk', '-f', 'sarif'], { cwd: dir, env: { NEWSLINT_WORKERS: '1' } });
  assert.deepEqual(pooled, r);
  // JSON names the suggestion on each finding, without edits (linear in the draft).
  const json = JSON.parse((await cli(['desk', '-f', 'json'], { cwd: dir })).stdout);
  assert.deepEqual(json[0].messages.map((m: { lazySuggestions: unknown }) => m.lazySuggestions), [NAMED.lazySuggestions, NAMED.lazySuggestions]);
  rm(dir);
});

test('SARIF with --changed-lines: when the first finding offering the change is left out, the first one shown carries it', async () => {
  const r = repo();
  r.write('ferry.md', DRAFT.replace('Marsch left. Marsh stayed.\n', 'Marsh stayed.\n'));
  r.git('add', '.');
  r.git('commit', '-q', '--no-verify', '-m', 'one Marsch');
  r.write('ferry.md', DRAFT);
  r.git('add', '.');
  const out = await cli(['--staged', '--changed-lines', '-f', 'sarif'], { cwd: r.dir });
  assert.equal(out.code, 0, out.stderr);
  const log = JSON.parse(out.stdout);
  validateSarif(log);
  assert.deepEqual(summary(log), [
    {
      ruleId: 'name-consistency',
      line: 7,
      fixes: [
        { text: 'Safe fix (newslint --fix)', uri: 'ferry.md', replacements: [swap(94, 6, 'Marsh')] },
        { text: EVERYWHERE, uri: 'ferry.md', replacements: EVERY_MARSH, properties: { key: KEY } },
      ],
      properties: NAMED,
    },
  ]);
  r.done();
});
