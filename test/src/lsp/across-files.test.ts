/**
 * `newslint.acrossFiles`: the workspace index is built in the background with progress, a name
 * spelled one way here and another way in the other drafts is reported here, and the index
 * follows file changes on disk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, offsetOf } from './harness';

const story = (name: string, surname: string, topic: string) =>
  `${topic} plan approved\n\nHarbour Commissioner ${name} ${surname} approved the ${topic} plan on Tuesday. ${surname} said the work would start in May.\n`;

test('a spelling that differs from the other drafts of the workspace is reported, and follows changes on disk', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-across-'));
  fs.writeFileSync(path.join(dir, 'pier.md'), story('Ines', 'Okafor', 'Pier'));
  fs.mkdirSync(path.join(dir, 'desk'));
  fs.writeFileSync(path.join(dir, 'desk', 'ferry.md'), story('Ines', 'Okafor', 'Ferry'));
  fs.writeFileSync(path.join(dir, 'desk', 'notes.json'), '{}');
  const odd = story('Ines', 'Okaffor', 'Bridge');
  fs.writeFileSync(path.join(dir, 'bridge.md'), odd);
  const c = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href], settings: { acrossFiles: true } });
  try {
    const uri = pathToFileURL(path.join(dir, 'bridge.md')).href;
    c.open(uri, odd);
    const d = await c.waitFor('cross-file diagnostics', () => {
      const last = c.published.filter((p) => p.uri === uri).at(-1);
      return last && last.diagnostics.some((x) => x.code === 'name-consistency') ? last.diagnostics : undefined;
    });
    const doc = c.docs.get(uri)!;
    const across = d.filter((x) => x.code === 'name-consistency');
    assert.deepEqual(
      across.map((x) => [doc.offsetAt(x.range.start), doc.offsetAt(x.range.end), x.message]),
      [
        [offsetOf(odd, 'Okaffor'), offsetOf(odd, 'Okaffor') + 7, "'Okaffor' here; 'Okafor' in 2 other files"],
        [offsetOf(odd, 'Okaffor', 1), offsetOf(odd, 'Okaffor', 1) + 7, "'Okaffor' here; 'Okafor' in 2 other files"],
      ],
    );
    assert.deepEqual(c.progress.map((p) => p.kind).filter((k) => k !== 'report'), ['begin', 'end']);
    assert.equal(c.progress[0].title, 'newslint: indexing drafts');

    // The other drafts change on disk to the same spelling: the finding goes away.
    for (const f of ['pier.md', 'desk/ferry.md']) fs.writeFileSync(path.join(dir, f), story('Ines', 'Okaffor', 'Pier'));
    const since = c.published.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: ['pier.md', 'desk/ferry.md'].map((f) => ({ uri: pathToFileURL(path.join(dir, f)).href, type: 2 })),
    });
    const d2 = await c.nextPublished(uri, since);
    assert.equal(d2.filter((x) => x.code === 'name-consistency').length, 0);
  } finally {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('without newslint.acrossFiles no index is built and only in-file findings are reported', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-across-off-'));
  fs.writeFileSync(path.join(dir, 'pier.md'), story('Ines', 'Okafor', 'Pier'));
  const odd = story('Ines', 'Okaffor', 'Bridge');
  const c = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href], settings: {} });
  try {
    const uri = pathToFileURL(path.join(dir, 'bridge.md')).href;
    c.open(uri, odd);
    const d = await c.diagnosticsFor(uri, 1);
    assert.equal(d.filter((x) => x.code === 'name-consistency').length, 0);
    assert.equal(c.progress.length, 0);
  } finally {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('in a large workspace the cross-file check waits for a pause; meanwhile its findings move with the edits', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-across-slow-'));
  fs.writeFileSync(path.join(dir, 'pier.md'), story('Ines', 'Okafor', 'Pier'));
  fs.writeFileSync(path.join(dir, 'ferry.md'), story('Ines', 'Okafor', 'Ferry'));
  const odd = story('Ines', 'Okaffor', 'Bridge');
  // acrossInlineMs -1: every check counts as expensive (deferred by acrossDelayMs).
  const c = await TestClient.start({
    workspaceFolders: [pathToFileURL(dir).href],
    settings: { acrossFiles: true },
    initOptions: { acrossInlineMs: -1, acrossDelayMs: 30 },
  });
  try {
    const uri = pathToFileURL(path.join(dir, 'bridge.md')).href;
    c.open(uri, odd);
    await c.waitFor('cross-file diagnostics', () =>
      c.published.filter((p) => p.uri === uri).at(-1)?.diagnostics.some((x) => x.code === 'name-consistency'),
    );
    const at = offsetOf(odd, 'Harbour');
    const v = c.edit(uri, at, at, 'The ');
    const d = await c.diagnosticsFor(uri, v);
    const doc = c.docs.get(uri)!;
    const text = c.text(uri);
    assert.deepEqual(
      d.filter((x) => x.code === 'name-consistency').map((x) => [doc.offsetAt(x.range.start), doc.offsetAt(x.range.end)]),
      [
        [offsetOf(text, 'Okaffor'), offsetOf(text, 'Okaffor') + 7],
        [offsetOf(text, 'Okaffor', 1), offsetOf(text, 'Okaffor', 1) + 7],
      ],
    );
    // The deferred check runs after the pause and publishes the same version again.
    await c.waitFor('the deferred check', () => c.published.filter((p) => p.uri === uri && p.version === v).length >= 2);
    const again = c.published.filter((p) => p.uri === uri && p.version === v).at(-1)!;
    assert.deepEqual(again.diagnostics.map((x) => [x.code, x.range]), d.map((x) => [x.code, x.range]));
  } finally {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
