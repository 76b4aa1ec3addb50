/**
 * Config files from a cloned repository cannot hang or exhaust the language server, nor make it
 * read outside the workspace folder unless the workspace is trusted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { TestClient } from './harness';
import { fakeLintText } from './fake-engine';
import { answer, startStdioServer } from '../reliability/faults';

const server = { lintText: fakeLintText };
const DRAFT = 'Headline\n\nOstrovsky met teh Ostrovskyy.\n';
const NOT_REGULAR = 'not a config file; newslint reads configuration only from regular files. newslint uses its default settings until this is fixed.';

function folder(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-lsp-robust-')));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

test('stdio server: a config linked to /dev/zero, or extending a FIFO, is reported on the config; drafts are still linted', { skip: process.platform === 'win32', timeout: 60_000 }, async () => {
  const dir = folder({ 'zero/story.md': DRAFT, 'pipe/story.md': DRAFT, 'pipe/.newslintrc.json': '{"extends": ["./house.json"]}' });
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero', '.newslintrc.json'));
  execFileSync('mkfifo', [path.join(dir, 'pipe', 'house.json')]);
  const s = await startStdioServer();
  try {
    for (const sub of ['zero', 'pipe']) {
      const uri = pathToFileURL(path.join(dir, sub, 'story.md')).href;
      void s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
      await s.waitFor(`diagnostics of ${sub}/story.md`, () => s.published.find((p) => p.uri === uri));
    }
    const messages = (sub: string) => s.published.filter((p) => p.uri === pathToFileURL(path.join(dir, sub, '.newslintrc.json')).href).map((p) => p.diagnostics.map((d) => d.message));
    assert.deepEqual(messages('zero'), [[`is a device, ${NOT_REGULAR}`]]);
    assert.deepEqual(messages('pipe'), [[`extends[0]: cannot extend "./house.json": is a named pipe (FIFO), ${NOT_REGULAR.replace('. newslint', ` (${path.join(dir, 'pipe', 'house.json')}). newslint`)}`]]);
  } finally {
    await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('stdio server: "house spelling" on a config that is a FIFO answers with the reason, and the server goes on', { skip: process.platform === 'win32', timeout: 60_000 }, async () => {
  const dir = folder({ 'story.md': DRAFT });
  execFileSync('mkfifo', [path.join(dir, '.newslintrc.json')]);
  const s = await startStdioServer();
  try {
    const uri = pathToFileURL(path.join(dir, 'story.md')).href;
    void s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    await s.waitFor('diagnostics of story.md', () => s.published.find((p) => p.uri === uri));
    const change = { kind: 'allow', person: 'Ostrovsky', spelling: 'Ostrovskyy', keys: ['Ostrovskyy'] };
    const r = await answer(s.conn, 'workspace/executeCommand', { command: 'newslint.editConfig', arguments: [{ uri, change }] });
    assert.deepEqual(r, { ok: true, result: { written: null, error: 'is a named pipe (FIFO), not a config file; newslint reads configuration only from regular files' } });
    assert.deepEqual(await answer(s.conn, 'textDocument/hover', { textDocument: { uri: 'untitled:none.md' }, position: { line: 0, character: 0 } }), { ok: true, result: null });
  } finally {
    await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('extends outside the workspace folder needs a trusted workspace; settings cannot claim trust', async () => {
  const dir = folder({ 'house.json': '{ "rules": { "name-consistency": "info" } }', 'ws/.newslintrc.json': '{ "extends": ["../house.json"] }', 'ws/story.md': DRAFT });
  const ws = path.join(dir, 'ws');
  const draft = pathToFileURL(path.join(ws, 'story.md')).href;
  const rc = pathToFileURL(path.join(ws, '.newslintrc.json')).href;
  const run = async (initOptions: Record<string, unknown>, settings: Record<string, unknown> = {}) => {
    const c = await TestClient.start({ server, workspaceFolders: [pathToFileURL(ws).href], initOptions, settings });
    try {
      c.open(draft, DRAFT);
      const d = (await c.diagnosticsFor(draft, 1)).map((x) => [x.code, x.severity]);
      const cfg = c.published.filter((p) => p.uri === rc).map((p) => p.diagnostics.map((x) => x.message));
      return { d, cfg };
    } finally {
      await c.shutdown();
    }
  };
  const refused = [[`extends[0]: cannot extend "../house.json": ${path.join(dir, 'house.json')} is outside the project folder ${ws} (trust the workspace to read it). newslint uses its default settings until this is fixed.`]];
  assert.deepEqual(await run({}), { d: [['fake-typo', 2], ['name-consistency', 2]], cfg: refused });
  assert.deepEqual(await run({ workspaceTrusted: false }, { workspaceTrusted: true }), { d: [['fake-typo', 2], ['name-consistency', 2]], cfg: refused });
  assert.deepEqual(await run({ workspaceTrusted: true }), { d: [['fake-typo', 2], ['name-consistency', 3]], cfg: [] });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('package.json restricts newslint.extends in untrusted workspaces, like newslint.configPath', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
  assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['newslint.configPath', 'newslint.extends']);
});
