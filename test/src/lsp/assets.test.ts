/**
 * What the build generates from the rule registry for the editor: a documentation page per rule
 * (the target of each diagnostic's codeDescription.href) and the JSON schema of .newslintrc.json
 * (contributes.jsonValidation), and the bins that start the server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { rules } from '../../../server/out/engine/index.js';
import { ruleDocsUrl } from '../../../server/out/lsp/present.js';

const root = path.resolve(__dirname, '../../..');

test('a documentation page per registered rule, where the diagnostics link', () => {
  const { writeRuleDocs } = require(path.join(root, 'server/scripts/build-assets.js')) as { writeRuleDocs(dir: string): string[] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-docs-'));
  try {
    const written = writeRuleDocs(dir);
    assert.equal(written.length, rules.length);
    for (const rule of rules) {
      const page = fs.readFileSync(path.join(dir, `${rule.id}.md`), 'utf8');
      assert.ok(page.includes(`\n# ${rule.id}\n\n${rule.description}\n`), rule.id);
      assert.ok(page.includes(`- Default severity: **${rule.defaultSeverity}**`), rule.id);
      assert.ok(page.includes(`<!-- newslint-disable-line ${rule.id} -->`), rule.id);
      assert.equal(ruleDocsUrl(rule.id), `https://github.com/newslint/newslint/blob/main/server/docs/rules/${rule.id}.md`);
    }
    // A page edited by hand (marker removed) is left alone.
    fs.writeFileSync(path.join(dir, `${rules[0].id}.md`), '# hand-written\n');
    assert.equal(writeRuleDocs(dir).length, 0);
    assert.equal(fs.readFileSync(path.join(dir, `${rules[0].id}.md`), 'utf8'), '# hand-written\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the .newslintrc.json schema the manifest points at is generated with every rule', () => {
  const { writeSchema } = require(path.join(root, 'server/scripts/write-schema.js')) as { writeSchema(out: string): string };
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.newslintrc.json', url: './server/out/newslintrc.schema.json' }]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-schema-'));
  try {
    const schema = JSON.parse(fs.readFileSync(writeSchema(path.join(dir, 's.json')), 'utf8'));
    const ruleProps = schema.properties.rules.properties as Record<string, unknown>;
    assert.deepEqual(Object.keys(ruleProps).sort(), rules.map((r) => r.id).sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('newslint-language-server --stdio answers initialize and publishes diagnostics', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const bin = path.join(root, manifest.bin['newslint-language-server']);
  const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const published = new Promise<{ uri: string; diagnostics: Array<{ code: string; message: string }> }>((resolve) =>
      conn.onNotification('textDocument/publishDiagnostics', resolve),
    );
    conn.listen();
    const init = (await conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as {
      serverInfo: { name: string };
      capabilities: { textDocumentSync: { change: number } };
    };
    assert.equal(init.serverInfo.name, 'newslint-language-server');
    assert.equal(init.capabilities.textDocumentSync.change, 2);
    await conn.sendNotification('initialized', {});
    const text = 'Pier to close\n\nIt rained all week in the harbour.\n\n"Nobody asked us about the pier, not once in ten years."\n';
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:a.md', languageId: 'markdown', version: 1, text } });
    const p = await published;
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.message]), [['quote-attribution', 'Quote has no speaker']]);
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    assert.equal(await exited, 0);
  } finally {
    conn.dispose();
    child.kill();
  }
});
