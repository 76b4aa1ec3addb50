/**
 * Configuration in the language server: `.newslintrc.json` through the CLI's loader, a broken file
 * reported once on the file itself while drafts keep being linted with defaults, watched-file
 * changes re-linting, and the "allowed spelling" / "house spelling" actions writing the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { TestClient, offsetOf } from './harness';
import { fakeLintText } from './fake-engine';

const server = { lintText: fakeLintText };

function workspace(files: Record<string, string>): { dir: string; uri: (rel: string) => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-lsp-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return { dir, uri: (rel) => pathToFileURL(path.join(dir, rel)).href };
}

const DRAFT = 'Headline\n\nOstrovsky met teh Ostrovskyy.\n';

async function actionsAt(c: TestClient, uri: string, offset: number): Promise<CodeAction[]> {
  const pos = c.docs.get(uri)!.positionAt(offset);
  return (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: pos, end: pos },
    context: { diagnostics: [] as Diagnostic[] },
  })) as CodeAction[];
}

test('a broken config: one diagnostic on the file (line, column), drafts linted with defaults; fixing it re-lints', async () => {
  const ws = workspace({ '.newslintrc.json': '{\n  // house rules\n  "rules": { "name-consistency": "loud" }\n}\n', 'desk/story.md': DRAFT });
  const c = await TestClient.start({ server, workspaceFolders: [pathToFileURL(ws.dir).href], settings: {} });
  try {
    const draft = ws.uri('desk/story.md');
    const cfg = ws.uri('.newslintrc.json');
    c.open(draft, DRAFT);
    const d = await c.diagnosticsFor(draft, 1);
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [['fake-typo', 2], ['name-consistency', 2]]);
    const cd = await c.nextPublished(cfg, 0);
    assert.equal(cd.length, 1);
    assert.equal(cd[0].severity, 1);
    assert.equal(cd[0].source, 'newslint');
    assert.equal(cd[0].range.start.line, 2);
    assert.equal(cd[0].range.start.character, 33);
    assert.match(cd[0].message as string, /^rules\.name-consistency: .*loud.*\. newslint uses its default settings until this is fixed\.$/);
    // Only one diagnostic for the file, however many drafts use it.
    c.open(ws.uri('desk/second.md'), DRAFT);
    await c.diagnosticsFor(ws.uri('desk/second.md'), 1);
    assert.equal(c.published.filter((p) => p.uri === cfg).length, 1);

    fs.writeFileSync(path.join(ws.dir, '.newslintrc.json'), '{ "rules": { "name-consistency": "error" } }\n');
    const since = c.published.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfg, type: 2 }] });
    assert.deepEqual(await c.nextPublished(cfg, since), []);
    const d2 = await c.nextPublished(draft, since);
    assert.deepEqual(d2.map((x) => [x.code, x.severity]), [['fake-typo', 2], ['name-consistency', 1]]);
  } finally {
    await c.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('invalid JSON in the config is reported at its line and column', async () => {
  const ws = workspace({ '.newslintrc.json': '{\n  "rules": {,\n}\n', 'a.md': DRAFT });
  const c = await TestClient.start({ server, workspaceFolders: [pathToFileURL(ws.dir).href] });
  try {
    c.open(ws.uri('a.md'), DRAFT);
    assert.equal((await c.diagnosticsFor(ws.uri('a.md'), 1)).length, 2);
    const cd = await c.nextPublished(ws.uri('.newslintrc.json'), 0);
    assert.deepEqual(cd[0].range.start, { line: 1, character: 12 });
    assert.match(cd[0].message as string, /invalid JSON/);
  } finally {
    await c.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('"Add \'Ostrovskyy\' as allowed": creates .newslintrc.json in the workspace folder and the finding goes away', async () => {
  const ws = workspace({ 'desk/story.md': DRAFT });
  const c = await TestClient.start({ server, workspaceFolders: [pathToFileURL(ws.dir).href] });
  try {
    const draft = ws.uri('desk/story.md');
    c.open(draft, DRAFT);
    await c.diagnosticsFor(draft, 1);
    const actions = await actionsAt(c, draft, offsetOf(DRAFT, 'Ostrovskyy'));
    assert.deepEqual(actions.map((a) => a.title), [
      "Fix: 'Ostrovskyy' is also spelled 'Ostrovsky' in this draft",
      "Add 'Ostrovskyy' as allowed for Taras Ostrovsky",
      "Set 'Ostrovskyy' as the house spelling",
      'Disable name-consistency for this line',
      'Disable name-consistency for this file',
      'Fix all newslint problems',
    ]);
    const allow = actions[1];
    const since = c.published.length;
    const r = await c.conn.sendRequest('workspace/executeCommand', allow.command!);
    assert.deepEqual(r, { written: path.join(ws.dir, '.newslintrc.json') });
    assert.equal(
      fs.readFileSync(path.join(ws.dir, '.newslintrc.json'), 'utf8'),
      '{\n  "names": {\n    "Ostrovsky": [],\n    "Ostrovskyy": []\n  }\n}\n',
    );
    assert.deepEqual((await c.nextPublished(draft, since)).map((d) => d.code), ['fake-typo']);
  } finally {
    await c.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('"Set \'Ostrovskyy\' as the house spelling": edits the existing config, keeping its comments', async () => {
  const ws = workspace({ '.newslintrc.json': '{\n  // our desk\n  "names": { "Ostrovsky": ["Zelenskiy"] }\n}\n', 'story.md': DRAFT });
  const c = await TestClient.start({ server, workspaceFolders: [pathToFileURL(ws.dir).href] });
  try {
    const draft = ws.uri('story.md');
    c.open(draft, DRAFT);
    await c.diagnosticsFor(draft, 1);
    const house = (await actionsAt(c, draft, offsetOf(DRAFT, 'Ostrovskyy'))).find((a) => a.title === "Set 'Ostrovskyy' as the house spelling")!;
    const since = c.published.length;
    await c.conn.sendRequest('workspace/executeCommand', house.command!);
    assert.equal(
      fs.readFileSync(path.join(ws.dir, '.newslintrc.json'), 'utf8'),
      '{\n  // our desk\n  "names": {\n    "Ostrovskyy": [\n      "Ostrovsky",\n      "Zelenskiy"\n    ]\n  }\n}\n',
    );
    // Now the other spelling is the one flagged.
    const d = await c.nextPublished(draft, since);
    assert.deepEqual(d.map((x) => [x.code, x.range.start.character, x.range.end.character]), [
      ['name-consistency', 0, 9],
      ['fake-typo', 14, 17],
    ]);
  } finally {
    await c.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('multi-root: each folder its own config; configPath setting per folder', async () => {
  const ws = workspace({
    'a/.newslintrc.json': '{ "rules": { "name-consistency": "off" } }',
    'a/story.md': DRAFT,
    'b/story.md': DRAFT,
    'b/conf/desk.json': '{ "rules": { "name-consistency": "info" } }',
  });
  const c = await TestClient.start({
    server,
    workspaceFolders: [pathToFileURL(path.join(ws.dir, 'a')).href, pathToFileURL(path.join(ws.dir, 'b')).href],
    settings: (scope) => (scope?.includes('/b/') ? { configPath: 'conf/desk.json' } : {}),
  });
  try {
    c.open(ws.uri('a/story.md'), DRAFT);
    c.open(ws.uri('b/story.md'), DRAFT);
    assert.deepEqual((await c.diagnosticsFor(ws.uri('a/story.md'), 1)).map((d) => d.code), ['fake-typo']);
    assert.deepEqual((await c.diagnosticsFor(ws.uri('b/story.md'), 1)).map((d) => [d.code, d.severity]), [['fake-typo', 2], ['name-consistency', 3]]);
  } finally {
    await c.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('bad editor settings: one warning naming them, drafts checked with defaults', async () => {
  const c = await TestClient.start({ server, settings: { rules: { 'name-consistency': 'loud' } } });
  try {
    c.open('untitled:a.md', DRAFT);
    const d = await c.diagnosticsFor('untitled:a.md', 1);
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [['fake-typo', 2], ['name-consistency', 2]]);
    const m = await c.waitFor('a warning', () => c.messages[0]);
    assert.match(m, /^newslint: editor settings \(newslint\.rules, newslint\.extends\): rules\.name-consistency: .*loud.*\. Drafts are checked with the default settings\.$/);
    c.open('untitled:b.md', DRAFT);
    await c.diagnosticsFor('untitled:b.md', 1);
    assert.equal(c.messages.length, 1);
  } finally {
    await c.shutdown();
  }
});

test('a change to a file the config extends re-lints open drafts', async () => {
  const ws = workspace({
    '.newslintrc.json': '{ "extends": ["./house.json"] }',
    'house.json': '{ "rules": { "name-consistency": "info" } }',
    'story.md': DRAFT,
  });
  const c = await TestClient.start({ server, workspaceFolders: [pathToFileURL(ws.dir).href] });
  try {
    const draft = ws.uri('story.md');
    c.open(draft, DRAFT);
    assert.deepEqual((await c.diagnosticsFor(draft, 1)).map((x) => [x.code, x.severity]), [['fake-typo', 2], ['name-consistency', 3]]);
    fs.writeFileSync(path.join(ws.dir, 'house.json'), '{ "rules": { "name-consistency": "error" } }');
    const since = c.published.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('house.json'), type: 2 }] });
    assert.deepEqual((await c.nextPublished(draft, since)).map((x) => [x.code, x.severity]), [['fake-typo', 2], ['name-consistency', 1]]);
  } finally {
    await c.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('editor settings lie beneath .newslintrc.json: the file wins where both speak', async () => {
  const ws = workspace({ '.newslintrc.json': '{ "rules": { "name-consistency": "info" } }', 'a/story.md': DRAFT });
  const c = await TestClient.start({
    server,
    workspaceFolders: [pathToFileURL(ws.dir).href],
    settings: { rules: { 'name-consistency': 'error', 'fake-typo': 'off' } },
  });
  try {
    // fake-typo is not a registered rule: the settings layer is rejected as a whole, named once.
    c.open(ws.uri('a/story.md'), DRAFT);
    const d = await c.diagnosticsFor(ws.uri('a/story.md'), 1);
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [['fake-typo', 2], ['name-consistency', 3]]);
    assert.match(await c.waitFor('a warning', () => c.messages[0]), /unknown rule/);
  } finally {
    await c.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('editor settings as defaults: a profile from newslint.extends, overridden by the file', async () => {
  const ws = workspace({ '.newslintrc.json': '{ "rules": { "name-consistency": "info" } }', 'story.md': DRAFT, 'other/story.md': DRAFT });
  fs.rmSync(path.join(ws.dir, '.newslintrc.json'));
  fs.writeFileSync(path.join(ws.dir, 'other', '.newslintrc.json'), '{ "rules": { "name-consistency": "info" } }');
  const c = await TestClient.start({ server, workspaceFolders: [pathToFileURL(ws.dir).href], settings: { rules: { 'name-consistency': 'error' } } });
  try {
    c.open(ws.uri('story.md'), DRAFT);
    c.open(ws.uri('other/story.md'), DRAFT);
    assert.deepEqual((await c.diagnosticsFor(ws.uri('story.md'), 1)).map((x) => [x.code, x.severity]), [['fake-typo', 2], ['name-consistency', 1]]);
    assert.deepEqual((await c.diagnosticsFor(ws.uri('other/story.md'), 1)).map((x) => [x.code, x.severity]), [['fake-typo', 2], ['name-consistency', 3]]);
  } finally {
    await c.shutdown();
    fs.rmSync(ws.dir, { recursive: true, force: true });
  }
});
