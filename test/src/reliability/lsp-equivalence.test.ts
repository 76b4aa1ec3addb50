/**
 * The language server, reached through any sequence of incremental edits, shows the diagnostics
 * the CLI reports on the final text: same ranges, messages, rules and severities, under the same
 * `.newslintrc.json` (read from disk by both). The server runs in-process over in-memory streams
 * with the real engine; edits arrive in bursts (several per notification, several notifications
 * without waiting) and sometimes one at a time.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../../server/out/engine/index.js';
import { loadConfigForFile } from '../../../server/out/config-loader.js';
import { main as cliMain } from '../../../server/out/cli.js';
import { TestClient } from '../lsp/harness';
import { anyDraft, edits, resolveEdit, type GenEdit } from './gen';
import { expectedDiagnostics, plain, positionsOf } from './checks';
import { params } from './seed';

let dir: string;
let client: TestClient;
let n = 0;
const counts = { runs: 0, withDiagnostics: 0, cli: 0 };

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-lsp-prop-'));
  fs.writeFileSync(
    path.join(dir, '.newslintrc.json'),
    JSON.stringify({
      extends: ['newslint:bbc'],
      rules: { 'quote-attribution': 'error', 'quote-marks': 'warning', 'name-consistency': 'warning', 'first-reference': 'info', 'title-case': 'warning', 'later-reference': 'warning' },
      names: { 'Marta Kowalczyk': ['Kowalcyk'] },
      people: [{ name: 'Henrik Lindqvist', title: 'Mayor' }],
    }),
  );
  client = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
});

after(async () => {
  await client?.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A text the CLI can read back unchanged from a UTF-8 file (no NUL, no lone surrogate). */
function fileSafe(text: string): boolean {
  return !text.includes('\u0000') && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text) && Buffer.from(text, 'utf8').toString('utf8') === text;
}

async function cliJson(file: string): Promise<Array<{ ruleId: string; message: string; offset: number; endOffset: number }>> {
  let out = '';
  let err = '';
  const code = await cliMain({ argv: ['--format', 'json', file], cwd: dir, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: {} });
  assert.ok(code === 0 || code === 1, `CLI exit ${code}: ${err}`);
  const results = JSON.parse(out) as Array<{ messages: Array<{ ruleId: string; message: string; offset: number; endOffset: number }> }>;
  return results[0].messages;
}

test('server diagnostics after random incremental edits equal the CLI on the final text', async () => {
  await fc.assert(
    fc.asyncProperty(
      anyDraft,
      edits(10),
      fc.array(fc.nat(3), { minLength: 10, maxLength: 10 }),
      fc.boolean(),
      async (initial, es: GenEdit[], grouping, markdown) => {
        const file = path.join(dir, `draft-${++n}.${markdown ? 'md' : 'txt'}`);
        const uri = pathToFileURL(file).href;
        client.open(uri, initial, markdown ? 'markdown' : 'plaintext');
        try {
          // Edits in groups: 0 = wait for the diagnostics first, 1–3 = changes in one notification.
          let i = 0;
          let g = 0;
          while (i < es.length) {
            const size = Math.max(1, grouping[g++ % grouping.length]);
            if (grouping[g % grouping.length] === 0) await client.diagnosticsFor(uri);
            let doc = TextDocument.create(uri, 'x', 0, client.text(uri));
            const changes = [];
            for (let k = 0; k < size && i < es.length; k++, i++) {
              const e = resolveEdit(doc.getText(), es[i]);
              const change = { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text };
              changes.push(change);
              doc = TextDocument.update(doc, [change], doc.version + 1);
            }
            client.changeRanges(uri, changes);
          }
          const final = client.text(uri);
          const got = (await client.diagnosticsFor(uri)).map(plain);
          const config = loadConfigForFile(file).config;
          const want = expectedDiagnostics(final, lint(final, { config, format: markdown ? 'markdown' : 'plain' }));
          assert.deepEqual(got, want);
          counts.runs++;
          if (got.length > 0) counts.withDiagnostics++;
          if (fileSafe(final)) {
            fs.writeFileSync(file, final);
            const pos = positionsOf(final);
            const cli = (await cliJson(file)).map((m) => ({ code: m.ruleId, message: m.message, range: { start: pos(m.offset), end: pos(m.endOffset) } }));
            assert.deepEqual(
              got.map((d) => ({ code: d.code, message: d.message, range: d.range })),
              cli,
              'the CLI (json) on the saved file reports the same',
            );
            counts.cli++;
          }
        } finally {
          client.close(uri);
          fs.rmSync(file, { force: true });
        }
      },
    ),
    params(40),
  );
  // The property compared something: most drafts have findings, most are checked by the CLI too.
  assert.ok(counts.withDiagnostics >= counts.runs / 2, `${counts.withDiagnostics} of ${counts.runs} drafts had diagnostics`);
  assert.ok(counts.cli >= counts.runs / 2, `${counts.cli} of ${counts.runs} compared with the CLI`);
});
