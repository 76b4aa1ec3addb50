/**
 * The language server under faults (in-process, real engine): malformed and out-of-range
 * requests and notifications, a draft closed while it is being analysed, the config file broken,
 * replaced by a folder and deleted while a draft is open, 10,000 edits in a burst and a 10 MB
 * draft. Each request is answered or declined within a deadline, the other drafts keep being
 * served with the engine's findings, and the heap returns to where it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint, lintText, type LintOptions } from '../../../server/out/engine/index.js';
import { TestClient } from '../lsp/harness';
import { answer, bigDraft, settledHeap } from './faults';
import { expectedDiagnostics, plain } from './checks';

const DRAFT = 'Pier to close\n\n"Nobody asked us, not once," the sign read. Mayor Ines Okafor spoke first.\n\nHe said "the ferry stops in May.\n';
const OTHER = 'Ferry cuts\n\n“We were never consulted,” said Tomasz Brandvold, who runs the kiosk. “Never.\n';

/** The other draft is served: open it, and its diagnostics are the engine's. */
async function stillServes(c: TestClient, uri: string, text = OTHER, pull = false): Promise<void> {
  if (c.docs.has(uri)) c.close(uri);
  c.open(uri, text);
  const got = (pull ? ((await c.pull(uri)).items ?? []) : await c.diagnosticsFor(uri, 1, 15_000)).map(plain);
  assert.deepEqual(got, expectedDiagnostics(text, lint(text, { format: 'markdown' })));
}

test('malformed and out-of-range requests are answered or declined, and drafts keep being served', async () => {
  const c = await TestClient.start();
  try {
    const A = 'untitled:a.md';
    c.open(A, DRAFT);
    const before = await c.diagnosticsFor(A, 1);
    assert.ok(before.length > 0);
    const pos = (line: number, character: number) => ({ line, character });
    const td = { uri: A };
    // Requests with sound shapes but nonsense values: a clean result.
    const results: Array<[string, unknown, (r: unknown) => boolean]> = [
      ['textDocument/hover', { textDocument: { uri: 'untitled:nope.md' }, position: pos(0, 0) }, (r) => r === null],
      ['textDocument/hover', { textDocument: td, position: pos(1e9, 1e9) }, (r) => r === null || typeof r === 'object'],
      ['textDocument/hover', { textDocument: td, position: pos(-1, -5) }, (r) => r === null || typeof r === 'object'],
      ['textDocument/hover', { textDocument: td, position: pos(0.5, 2.5) }, (r) => r === null || typeof r === 'object'],
      ['textDocument/codeAction', { textDocument: td, range: { start: pos(99, 0), end: pos(0, 0) }, context: { diagnostics: [] } }, Array.isArray],
      ['textDocument/codeAction', { textDocument: td, range: { start: pos(-3, -3), end: pos(1e6, 1e6) }, context: { diagnostics: [], only: ['nonsense.kind'] } }, Array.isArray],
      ['textDocument/codeAction', { textDocument: { uri: 'file:///nowhere/x.md' }, range: { start: pos(0, 0), end: pos(0, 0) }, context: { diagnostics: [] } }, (r) => r === null || (Array.isArray(r) && r.length === 0)],
      ['textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/x.md' } }, (r) => r === null || (Array.isArray(r) && r.length === 0)],
      ['textDocument/diagnostic', { textDocument: { uri: 'untitled:none.md' } }, (r) => JSON.stringify(r) === '{"kind":"full","items":[]}'],
      ['workspace/executeCommand', { command: 'newslint.applyFixAll', arguments: [{ uri: 'untitled:zzz' }] }, (r) => JSON.stringify(r) === '{"applied":false}'],
      ['workspace/executeCommand', { command: 'newslint.applyFixAll', arguments: [{ uri: A, version: 999 }] }, (r) => JSON.stringify(r) === '{"applied":false}'],
      ['workspace/executeCommand', { command: 'newslint.editConfig', arguments: [null, 5] }, () => true],
      ['workspace/executeCommand', { command: 'no.such.command' }, () => true],
      ['codeAction/resolve', { title: 'x', data: { uri: A, version: 'x' } }, (r) => (r as { edit?: unknown }).edit === undefined],
      ['codeAction/resolve', { title: 'x', data: 42 }, () => true],
    ];
    for (const [method, params, ok] of results) {
      const r = await answer(c.conn, method, params);
      assert.ok(r.ok, `${method} ${JSON.stringify(params)} was refused: ${!r.ok && r.message}`);
      assert.ok(ok(r.result), `${method} ${JSON.stringify(params)} answered ${JSON.stringify(r.result)}`);
    }
    // Requests with broken shapes: an error response (declined), never silence or a crash.
    const declined: Array<[string, unknown]> = [
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: td }],
      ['textDocument/hover', { position: pos(0, 0) }],
      ['textDocument/codeAction', 'garbage'],
      ['textDocument/codeAction', { textDocument: td, range: { start: pos(0, 0), end: pos(9, 0) } }],
      ['textDocument/documentSymbol', {}],
      ['newslint/quoteSheet', null],
      ['newslint/quoteSheet', { uri: 42 }],
      ['newslint/no-such-request', {}],
      ['workspace/executeCommand', null],
      ['codeAction/resolve', null],
      ['textDocument/diagnostic', null],
    ];
    for (const [method, params] of declined) {
      const r = await answer(c.conn, method, params);
      if (!r.ok) assert.ok([-32602, -32603, -32601, -32600].includes(r.code), `${method}: error code ${r.code}`);
    }
    // A request missing its document or position is declined as invalid parameters, not a crash.
    const invalid: Array<[string, unknown]> = [
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: td }],
      ['textDocument/hover', { position: pos(0, 0) }],
      ['textDocument/hover', { textDocument: td, position: { line: -1, character: 'x' } }],
      ['textDocument/hover', { textDocument: td, position: pos(0.5, Number.NaN) }],
      ['textDocument/codeAction', 'garbage'],
      ['textDocument/codeAction', { textDocument: td }],
      ['textDocument/documentSymbol', {}],
      ['textDocument/diagnostic', null],
      ['textDocument/diagnostic', { textDocument: { uri: 42 } }],
      ['newslint/quoteSheet', null],
      ['newslint/quoteSheet', { uri: 42 }],
    ];
    for (const [method, params] of invalid) {
      const r = await answer(c.conn, method, params);
      assert.ok(!r.ok && r.code === -32602, `${method} ${JSON.stringify(params)}: ${JSON.stringify(r)}`);
    }
    // Malformed notifications: ignored, the server keeps going.
    const notifications: Array<[string, unknown]> = [
      ['textDocument/didChange', { textDocument: { uri: 'untitled:ghost.md', version: 3 }, contentChanges: [{ text: 'x' }] }],
      ['textDocument/didChange', null],
      ['textDocument/didChange', { textDocument: td }],
      ['textDocument/didClose', { textDocument: { uri: 'untitled:ghost.md' } }],
      ['textDocument/didSave', { textDocument: { uri: 'untitled:ghost.md' } }],
      ['textDocument/didOpen', null],
      ['textDocument/didOpen', { textDocument: { uri: 42 } }],
      ['workspace/didChangeWatchedFiles', null],
      ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///x/.newslintrc.json', type: 99 }] }],
      ['workspace/didChangeConfiguration', null],
      ['workspace/didChangeConfiguration', { settings: { newslint: { debounceMs: 'soon', enable: 'maybe' } } }],
      ['$/cancelRequest', { id: 'nope' }],
      ['$/setTrace', { value: 'nonsense' }],
      ['newslint/no-such-notification', { a: 1 }],
    ];
    for (const [method, params] of notifications) await c.conn.sendNotification(method, params as object);
    // An edit far beyond the end of the draft is clamped to the end (as the LSP text model does).
    const doc = c.docs.get(A)!;
    const v = doc.version + 1;
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: A, version: v },
      contentChanges: [{ range: { start: pos(50, 0), end: pos(60, 9) }, text: ' Okafor said.' }],
    });
    const expectedText = DRAFT + ' Okafor said.';
    const d = (await c.diagnosticsFor(A, v)).map(plain);
    assert.deepEqual(d, expectedDiagnostics(expectedText, lint(expectedText, { format: 'markdown' })));
    await stillServes(c, 'untitled:b.md');
    // The malformed didOpen notifications left no document state behind: only a.md and b.md.
    const stats = (await answer(c.conn, 'newslint/stats', {})) as { ok: boolean; result?: { documents?: number } };
    assert.equal(stats.ok && stats.result?.documents, 2, JSON.stringify(stats));
    // The hover still works on the real draft.
    const h = await answer(c.conn, 'textDocument/hover', { textDocument: td, position: pos(2, 62) });
    assert.ok(h.ok);
  } finally {
    await c.shutdown();
  }
});

test('a draft closed while it is being analysed: pending requests are answered, no diagnostics are left behind', async () => {
  const A = 'untitled:closing.md';
  let hook: (() => void) | null = null;
  let fired = 0;
  let started: () => void = () => undefined;
  const pending: Array<Promise<unknown>> = [];
  // The real engine, with a hook that closes the draft (and asks about it) in the middle of an analysis.
  const slowLint = (text: string, options?: LintOptions) => {
    const h = hook;
    hook = null;
    if (h) {
      fired++;
      h();
      started();
    }
    return lintText(text, options);
  };
  for (const pull of [false, true]) {
    const c = await TestClient.start({ server: { lintText: slowLint }, pull });
    try {
      const analysing = new Promise<void>((r) => (started = r));
      hook = () => {
        c.close(A);
        pending.push(answer(c.conn, 'textDocument/hover', { textDocument: { uri: A }, position: { line: 2, character: 3 } }));
        pending.push(answer(c.conn, 'textDocument/codeAction', { textDocument: { uri: A }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: [] } }));
        if (pull) pending.push(answer(c.conn, 'textDocument/diagnostic', { textDocument: { uri: A } }));
      };
      c.open(A, DRAFT);
      if (pull) await analysing;
      if (pull) pending.push(answer(c.conn, 'textDocument/diagnostic', { textDocument: { uri: A } }));
      if (!pull) await analysing;
      assert.ok(pending.length >= 2, 'the draft was closed in the middle of its analysis');
      for (const r of await Promise.all(pending.splice(0))) {
        const o = r as { ok: boolean; result?: unknown };
        assert.ok(o.ok, 'answered, not refused');
        // Whatever was computed is about the closed draft only: empty or the draft's own findings.
        if (o.result && typeof o.result === 'object' && 'kind' in o.result) {
          const items = (o.result as unknown as { items: unknown[] }).items;
          assert.ok(items.length === 0 || items.length === lint(DRAFT).length);
        }
      }
      // Closing also in the same breath as opening, and a second time.
      c.open(A, DRAFT);
      c.close(A);
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: A } });
      await stillServes(c, 'untitled:other.md', OTHER, pull);
      if (!pull) {
        const forA = c.published.filter((p) => p.uri === A);
        assert.ok(forA.length > 0);
        assert.deepEqual(forA[forA.length - 1].diagnostics, [], 'the last word on a closed draft is "no diagnostics"');
      } else {
        assert.equal(c.published.length, 0, 'pull mode publishes nothing');
        const r = await c.pull(A);
        assert.deepEqual(r, { kind: 'full', items: [] });
      }
    } finally {
      await c.shutdown();
    }
  }
});

test('config file broken, replaced by a folder, deleted and restored while a draft is open', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-faults-'));
  const cfgPath = path.join(dir, '.newslintrc.json');
  const cfgUri = pathToFileURL(cfgPath).href;
  const draftPath = path.join(dir, 'story.md');
  const A = pathToFileURL(draftPath).href;
  const quiet = '{ "rules": { "quote-marks": "off", "quote-attribution": "off" } }\n';
  fs.writeFileSync(cfgPath, quiet);
  const c = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
  const changed = async (type: number) => {
    const since = c.published.length;
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type }] });
    return since;
  };
  const codes = (ds: Array<{ code?: unknown }>) => [...new Set(ds.map((d) => String(d.code)))].sort();
  const withDefaults = codes(expectedDiagnostics(DRAFT, lint(DRAFT)));
  assert.ok(withDefaults.includes('quote-marks'), 'the draft has quote-mark findings by default');
  try {
    c.open(A, DRAFT);
    const quietCodes = codes(await c.diagnosticsFor(A, 1));
    assert.ok(!quietCodes.includes('quote-marks'), 'the config is in force');

    // Broken JSON: a problem shown on the config file; the draft is linted with the defaults.
    fs.writeFileSync(cfgPath, '{ "rules": { "quote-marks": "off", \n');
    let since = await changed(2);
    const problem = await c.nextPublished(cfgUri, since);
    assert.equal(problem.length, 1);
    assert.equal(problem[0].severity, 1);
    assert.match(problem[0].message as string, /default settings/);
    assert.deepEqual(codes(await c.nextPublished(A, since)), withDefaults);

    // A folder where the file was: reported, not fatal.
    fs.rmSync(cfgPath);
    fs.mkdirSync(cfgPath);
    since = await changed(2);
    assert.deepEqual(codes(await c.nextPublished(A, since)), withDefaults);
    await stillServes(c, pathToFileURL(path.join(dir, 'other.md')).href);
    fs.rmdirSync(cfgPath);

    // Deleted: defaults, and the problem on the config file is cleared.
    since = await changed(3);
    assert.deepEqual(codes(await c.nextPublished(A, since)), withDefaults);
    const lastOnCfg = c.published.filter((p) => p.uri === cfgUri).at(-1);
    assert.deepEqual(lastOnCfg?.diagnostics, []);

    // Restored: the config is in force again.
    fs.writeFileSync(cfgPath, quiet);
    since = await changed(1);
    assert.deepEqual(codes(await c.nextPublished(A, since)), quietCodes);
  } finally {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('10,000 edits in a burst: one analysis per pause, final diagnostics equal the engine, heap back to where it was', async (t) => {
  const c = await TestClient.start({ initSettings: { debounceMs: 30 } });
  try {
    const A = 'untitled:burst.md';
    const start = bigDraft(6000);
    c.open(A, start);
    await c.diagnosticsFor(A, 1, 15_000);
    const heapBefore = settledHeap();
    const lintsBefore = c.handle.stats.lints;
    const words = ['“We', ' will', ' not', ' back', ' down,”', ' said', ' Haddad.', ' ', '\n\n', '"', '’s'];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let v = 1;
    for (let i = 0; i < 10_000; i++) {
      // Every 50 edits, let the server read what arrived (so analyses and edits interleave).
      if (i % 50 === 49) await new Promise((r) => setImmediate(r));
      const text = c.text(A);
      const r = rnd(10);
      if (r < 6) {
        // Typing a character of a word somewhere in the draft.
        const at = rnd(text.length + 1);
        const w = words[rnd(words.length)];
        v = c.edit(A, at, at, w[rnd(w.length)]);
      } else if (r < 9 && text.length > 0) {
        const at = rnd(text.length);
        v = c.edit(A, at, Math.min(text.length, at + 1 + rnd(3)), '');
      } else {
        const at = rnd(text.length + 1);
        v = c.edit(A, at, at, words[rnd(words.length)]);
      }
    }
    const final = c.text(A);
    const got = (await c.diagnosticsFor(A, v, 60_000)).map(plain);
    assert.deepEqual(got, expectedDiagnostics(final, lint(final, { format: 'markdown' })));
    const lints = c.handle.stats.lints - lintsBefore;
    assert.ok(lints < 1000, `${lints} analyses for 10,000 edits`);
    t.diagnostic(`10,000 edits: ${lints} analyses`);
    await stillServes(c, 'untitled:after-burst.md');
    c.close(A);
    c.close('untitled:after-burst.md');
    await c.waitFor('cleared', () => c.published.at(-1)?.uri === 'untitled:after-burst.md' && c.published.at(-1)?.diagnostics.length === 0);
    c.published.length = 0;
    const heapAfter = settledHeap();
    assert.ok(heapAfter - heapBefore < 20e6, `heap grew by ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);
    t.diagnostic(`heap after the burst: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB over the start`);
  } finally {
    await c.shutdown();
  }
});

test('a 10 MB draft is declined with a notice; requests on it are answered; other drafts are served; memory is released on close', async (t) => {
  const c = await TestClient.start();
  try {
    const BIG = 'untitled:huge.md';
    const big = bigDraft(10_000_000);
    const heapBefore = settledHeap();
    c.open(BIG, big);
    const d = await c.diagnosticsFor(BIG, 1, 30_000);
    assert.equal(d.length, 1);
    assert.equal(d[0].code, 'too-long');
    assert.equal(d[0].severity, 3);
    assert.deepEqual(d[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(d[0].message as string, /too long to check in the editor/);
    // Requests on the big draft are answered (no analysis of 10 MB: each within its deadline).
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri: BIG }, position: { line: 2, character: 5 } }],
      ['textDocument/documentSymbol', { textDocument: { uri: BIG } }],
      ['textDocument/codeAction', { textDocument: { uri: BIG }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument: { uri: BIG }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.newslint'] } }],
      ['newslint/quoteSheet', { uri: BIG }],
    ] as Array<[string, unknown]>) {
      const r = await answer(c.conn, method, params, 15_000);
      assert.ok(r.ok || [-32602, -32603].includes(r.code), `${method}: ${JSON.stringify(r).slice(0, 200)}`);
    }
    // Typing in it: still declined, quickly.
    const v = c.edit(BIG, 100, 100, 'x');
    const d2 = await c.diagnosticsFor(BIG, v, 15_000);
    assert.deepEqual(d2.map((x) => x.code), ['too-long']);
    await stillServes(c, 'untitled:small.md');
    c.close(BIG);
    c.close('untitled:small.md');
    await c.waitFor('cleared', () => c.published.filter((p) => p.uri === BIG).at(-1)?.diagnostics.length === 0);
    c.published.length = 0;
    const heapAfter = settledHeap();
    assert.ok(heapAfter - heapBefore < 10e6, `heap after closing the 10 MB draft: +${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`);
    t.diagnostic(`heap after closing the 10 MB draft: ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB over the start`);
  } finally {
    await c.shutdown();
  }
});
