/**
 * The language server as editors run it: `newslint-language-server --stdio` in its own process.
 * Garbage on the wire is survived; resident memory stays flat over open/edit/close cycles; a
 * server killed in the middle of an analysis is replaced by a fresh one that, given the open
 * drafts again (what an LSP client does when it restarts a server), reports the same diagnostics.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../../server/out/engine/index.js';
import { answer, bigDraft, latest, rssOf, serverStats, startStdioServer, type StdioServer } from './faults';
import { expectedDiagnostics, plain } from './checks';

const DRAFT = 'Pier to close\n\n"Nobody asked us, not once," the sign read. Mayor Ines Okafor spoke first.\n\nHe said "the ferry stops in May.\n';

function open(s: StdioServer, uri: string, text: string, version = 1): void {
  // A write cut off by a killed server rejects; the tests then check what the server published.
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } }).catch(() => undefined);
}

async function diagnostics(s: StdioServer, uri: string, version: number, timeoutMs = 20_000) {
  const p = await s.waitFor(`diagnostics of ${uri} v${version}`, () => latest(s.published, uri, version), timeoutMs);
  return p.diagnostics.map((d) => plain(d as Parameters<typeof plain>[0]));
}

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

test('garbage on the wire: the server process survives and keeps answering', async () => {
  const s = await startStdioServer();
  try {
    const garbage = [
      frame('{not json}'),
      frame('[1, 2, 3]'),
      frame('"a string"'),
      frame('{"jsonrpc":"2.0","id":901,"method":"textDocument/hover"}'),
      frame('{"jsonrpc":"2.0","id":902,"method":"textDocument/hover","params":{"textDocument":{"uri":7},"position":"x"}}'),
      frame('{"jsonrpc":"1.0","id":903,"method":"initialize","params":{}}'),
      frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:ghost","version":2},"contentChanges":[{"text":"x"}]}}'),
      frame('{"jsonrpc":"2.0","id":"\u00ff\ud83d\ude00","method":"\u0000"}'),
    ];
    for (const g of garbage) {
      s.raw(g);
      // After each piece of garbage, a real request still gets its answer.
      const r = await answer(s.conn, 'textDocument/hover', { textDocument: { uri: 'untitled:none.md' }, position: { line: 0, character: 0 } });
      assert.deepEqual(r, { ok: true, result: null }, `after ${JSON.stringify(g.slice(0, 60))}`);
    }
    // A header without Content-Length breaks framing; the reader resynchronises on later messages.
    s.raw('garbage without a header\r\n\r\n');
    const after = await answer(s.conn, 'textDocument/hover', { textDocument: { uri: 'untitled:none.md' }, position: { line: 0, character: 0 } }, 5000).catch((e: Error) => e);
    assert.equal(s.child.exitCode, null, 'the server is still running');
    // Whatever became of that request, a draft opened now is linted.
    void after;
    open(s, 'untitled:a.md', DRAFT);
    assert.deepEqual(await diagnostics(s, 'untitled:a.md', 1), expectedDiagnostics(DRAFT, lint(DRAFT, { format: 'markdown' })));
  } finally {
    await s.stop();
  }
});

test('memory of the server process stays flat over open/edit/close cycles', async (t) => {
  const s = await startStdioServer({ settings: { debounceMs: 5 } });
  try {
    const text = bigDraft(40_000, 5);
    const samples: number[] = [];
    const heaps: number[] = [];
    for (let cycle = 0; cycle < 8; cycle++) {
      const uri = `untitled:cycle-${cycle}.md`;
      let doc = TextDocument.create(uri, 'markdown', 1, text);
      open(s, uri, text);
      await diagnostics(s, uri, 1);
      for (let i = 0; i < 60; i++) {
        const at = (i * 7919 + cycle * 104729) % doc.getText().length;
        const change = { range: { start: doc.positionAt(at), end: doc.positionAt(at + (i % 3)) }, text: i % 5 === 0 ? '“Yes,” she said. ' : 'x' };
        doc = TextDocument.update(doc, [change], doc.version + 1);
        void s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
        if (i % 20 === 19) await diagnostics(s, uri, doc.version);
      }
      const got = await diagnostics(s, uri, doc.version);
      if (cycle === 0) assert.deepEqual(got, expectedDiagnostics(doc.getText(), lint(doc.getText(), { format: 'markdown' })));
      void s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await s.waitFor('cleared', () => latest(s.published, uri)?.diagnostics.length === 0);
      s.published.length = 0;
      const stats = await serverStats(s.conn);
      assert.equal(stats.documents, 0, 'no state kept for closed drafts');
      assert.equal(stats.cacheEntries, 0, 'no paragraph cache kept for closed drafts');
      heaps.push(stats.memory.heapUsed);
      samples.push(rssOf(s.child.pid!));
    }
    const mb = (xs: number[]) => xs.map((x) => (x / 1e6).toFixed(1)).join(' ');
    t.diagnostic(`server heap after GC, each cycle (MB): ${mb(heaps)}`);
    t.diagnostic(`server RSS after each cycle (MB): ${mb(samples)}`);
    // After warming up (cycles 1–2), no steady growth: the heap after a full collection stays
    // within 5 MB of cycle 2, the resident size within 60 MB (the V8 heap is not returned at once).
    assert.ok(Math.max(...heaps.slice(5)) - heaps[2] < 5e6, `heap grew: ${mb(heaps)}`);
    assert.ok(Math.max(...samples.slice(5)) - samples[2] < 60e6, `RSS grew: ${mb(samples)}`);
  } finally {
    await s.stop();
  }
});

test('a server killed in the middle of an analysis: a fresh one given the open drafts reports the same', async () => {
  const s1 = await startStdioServer();
  const docs = new Map([
    ['untitled:one.md', DRAFT],
    ['untitled:two.md', bigDraft(200_000, 9)],
  ]);
  let before: ReturnType<typeof plain>[];
  try {
    open(s1, 'untitled:one.md', docs.get('untitled:one.md')!);
    before = await diagnostics(s1, 'untitled:one.md', 1);
    // The big draft starts an analysis; kill the process while it runs.
    open(s1, 'untitled:two.md', docs.get('untitled:two.md')!);
    const exited = new Promise((r) => s1.child.once('exit', (code, signal) => r(signal)));
    s1.child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    assert.equal(latest(s1.published, 'untitled:two.md'), undefined, 'killed before it finished');
  } finally {
    await s1.stop();
  }
  // The client starts a new server and opens its documents again.
  const s2 = await startStdioServer();
  try {
    for (const [uri, text] of docs) open(s2, uri, text);
    assert.deepEqual(await diagnostics(s2, 'untitled:one.md', 1), before);
    const two = docs.get('untitled:two.md')!;
    assert.deepEqual(await diagnostics(s2, 'untitled:two.md', 1, 60_000), expectedDiagnostics(two, lint(two, { format: 'markdown' })));
  } finally {
    await s2.stop();
  }
});
