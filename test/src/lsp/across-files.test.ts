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
