/**
 * The language server's editor machinery over in-memory streams, with a stand-in engine whose
 * findings are known (fake-engine.ts): ranges, diagnostics fields, pull and push, code actions
 * applied and re-linted, fix-all, directives, hover, symbols, the quote sheet, stale edits and
 * edits arriving while an analysis runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, TextDocumentEdit } from 'vscode-languageserver/node';
import { TestClient, offsetOf } from './harness';
import { fakeLintText, knobs } from './fake-engine';

const URI = 'untitled:draft-1.md';
const server = { lintText: fakeLintText };

async function codeActions(c: TestClient, uri: string, start: number, end = start, only?: string[]): Promise<CodeAction[]> {
  const doc = c.docs.get(uri)!;
  const diagnostics: Diagnostic[] = [];
  return (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
    context: { diagnostics, ...(only ? { only } : {}) },
  })) as CodeAction[];
}

test('diagnostics: exact UTF-16 ranges after emoji, combining marks and CRLF; code, href, source, severity', async () => {
  const c = await TestClient.start({ server });
  try {
    const text = 'Caf\u0065\u0301 news 😀\r\n\r\n😀👍🏽 We saw teh man.\r\nAnd teh dog.';
    c.open(URI, text);
    const diags = await c.diagnosticsFor(URI, 1);
    assert.equal(diags.length, 2);
    // Line 2: "😀👍🏽 We saw " is 2 + 4 + 8 = 14 UTF-16 units before "teh".
    assert.deepEqual(diags[0].range, { start: { line: 2, character: 14 }, end: { line: 2, character: 17 } });
    assert.deepEqual(diags[1].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 7 } });
    assert.equal(diags[0].code, 'fake-typo');
    assert.equal(diags[0].source, 'newslint');
    assert.equal(diags[0].severity, 2);
    assert.equal(diags[0].message, "Misspelt 'teh'");
    assert.deepEqual(diags[0].codeDescription, { href: 'https://github.com/newslint/newslint/blob/main/server/docs/rules/fake-typo.md' });
  } finally {
    await c.shutdown();
  }
});

test('incremental edits: each version gets its own diagnostics, ranges follow the text', async () => {
  const c = await TestClient.start({ server });
  try {
    c.open(URI, 'Headline\n\nOne teh.\n');
    assert.equal((await c.diagnosticsFor(URI, 1)).length, 1);
    // Insert an emoji before the typo: the range moves by two UTF-16 units.
    const v2 = c.edit(URI, 10, 10, '🙂');
    const d2 = await c.diagnosticsFor(URI, v2);
    assert.deepEqual(d2[0].range, { start: { line: 2, character: 6 }, end: { line: 2, character: 9 } });
    // Fix the typo by typing: no diagnostics.
    const at = offsetOf(c.text(URI), 'teh');
    const v3 = c.edit(URI, at + 1, at + 3, 'he');
    assert.deepEqual(await c.diagnosticsFor(URI, v3), []);
    c.close(URI);
    assert.deepEqual(await c.waitFor('cleared on close', () => c.published.at(-1)?.version === undefined && c.published.at(-1)?.diagnostics), []);
  } finally {
    await c.shutdown();
  }
});

test('pull diagnostics: full report, then unchanged for the same version; no push', async () => {
  const c = await TestClient.start({ server, pull: true });
  try {
    assert.ok(c.initializeResult.capabilities.diagnosticProvider);
    c.open(URI, 'Headline\n\nteh end\n');
    const r1 = await c.pull(URI);
    assert.equal(r1.kind, 'full');
    assert.equal(r1.items!.length, 1);
    assert.deepEqual(r1.items![0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    const r2 = await c.pull(URI, r1.resultId);
    assert.equal(r2.kind, 'unchanged');
    c.edit(URI, 10, 13, 'the');
    const r3 = await c.pull(URI, r1.resultId);
    assert.equal(r3.kind, 'full');
    assert.deepEqual(r3.items, []);
    assert.equal(c.published.filter((p) => p.uri === URI).length, 0);
  } finally {
    await c.shutdown();
  }
});

test('quick fix (preferred) and suggestion: applied with the document version, then re-linted clean', async () => {
  const c = await TestClient.start({ server });
  try {
    c.open(URI, 'Headline\n\nWe saw teh man and teh dog.\n');
    await c.diagnosticsFor(URI, 1);
    const at = offsetOf(c.text(URI), 'teh');
    const actions = await codeActions(c, URI, at + 1);
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      "Fix: Misspelt 'teh'",
      "Use 'ten'",
      'Disable fake-typo for this line',
      'Disable fake-typo for this file',
      'Fix all newslint problems',
    ]);
    const fix = actions[0];
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.kind, 'quickfix');
    const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: URI, version: 1 });
    assert.deepEqual(change.edits, [{ range: { start: { line: 2, character: 7 }, end: { line: 2, character: 10 } }, newText: 'the' }]);
    assert.ok(c.applyWorkspaceEdit(fix.edit!));
    assert.equal(c.text(URI), 'Headline\n\nWe saw the man and teh dog.\n');
    const d2 = await c.diagnosticsFor(URI, 2);
    assert.equal(d2.length, 1);
    // The suggestion for the remaining one.
    const at2 = offsetOf(c.text(URI), 'teh');
    const sugg = (await codeActions(c, URI, at2)).find((a) => a.title === "Use 'ten'")!;
    assert.equal(sugg.isPreferred, undefined);
    assert.ok(c.applyWorkspaceEdit(sugg.edit!));
    assert.equal(c.text(URI), 'Headline\n\nWe saw the man and ten dog.\n');
    assert.deepEqual(await c.diagnosticsFor(URI, 3), []);
  } finally {
    await c.shutdown();
  }
});

test('an edit computed for an old version is refused; none is applied to a stale document', async () => {
  const c = await TestClient.start({ server });
  try {
    c.open(URI, 'Headline\n\nteh one\n');
    await c.diagnosticsFor(URI, 1);
    const fix = (await codeActions(c, URI, 10))[0];
    c.edit(URI, 0, 0, 'X'); // the writer types on
    assert.equal(c.applyWorkspaceEdit(fix.edit!), false);
    assert.equal(c.text(URI), 'XHeadline\n\nteh one\n');
    // Fix all via the server command with the old version: declined.
    const r = (await c.conn.sendRequest('workspace/executeCommand', { command: 'newslint.applyFixAll', arguments: [{ uri: URI, version: 1 }] })) as { applied: boolean };
    assert.equal(r.applied, false);
    assert.equal(c.text(URI), 'XHeadline\n\nteh one\n');
  } finally {
    await c.shutdown();
  }
});

test('fix all: source.fixAll.newslint returns one small edit per fix, not a whole-document replace', async () => {
  const c = await TestClient.start({ server });
  try {
    const text = 'Headline\r\n\r\nteh cat 😀 saw teh dog.\r\nOstrovsky met Ostrovskyy and teh rest.\r\n';
    c.open(URI, text);
    await c.diagnosticsFor(URI, 1);
    const actions = await codeActions(c, URI, 0, 0, ['source.fixAll']);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.newslint');
    const edits = (actions[0].edit!.documentChanges![0] as TextDocumentEdit).edits;
    assert.deepEqual(
      edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, (e as { newText: string }).newText]),
      [
        [2, 0, 2, 3, 'the'],
        [2, 15, 2, 18, 'the'],
        [3, 14, 3, 24, 'Ostrovsky'],
        [3, 29, 3, 32, 'the'],
      ],
    );
    assert.ok(c.applyWorkspaceEdit(actions[0].edit!));
    assert.equal(c.text(URI), 'Headline\r\n\r\nthe cat 😀 saw the dog.\r\nOstrovsky met Ostrovsky and the rest.\r\n');
    assert.deepEqual(await c.diagnosticsFor(URI, 2), []);
    // Idempotent: nothing left to fix.
    assert.deepEqual(await codeActions(c, URI, 0, 0, ['source.fixAll.newslint']), []);
  } finally {
    await c.shutdown();
  }
});

test('fix all through the server command applies via workspace/applyEdit with the version', async () => {
  const c = await TestClient.start({ server });
  try {
    c.open(URI, 'Headline\n\nteh and teh\n');
    await c.diagnosticsFor(URI, 1);
    const r = (await c.conn.sendRequest('workspace/executeCommand', { command: 'newslint.applyFixAll', arguments: [{ uri: URI }] })) as { applied: boolean; edits: number };
    assert.deepEqual(r, { applied: true, edits: 2 });
    assert.equal(c.text(URI), 'Headline\n\nthe and the\n');
    assert.deepEqual((c.applied[0].documentChanges![0] as TextDocumentEdit).textDocument, { uri: URI, version: 1 });
    assert.deepEqual(await c.diagnosticsFor(URI, 2), []);
  } finally {
    await c.shutdown();
  }
});

test('fix all offered as a lazy quick fix when the client resolves code actions', async () => {
  const c = await TestClient.start({ server, resolveSupport: true });
  try {
    c.open(URI, 'Headline\n\nteh and teh\n');
    await c.diagnosticsFor(URI, 1);
    const all = (await codeActions(c, URI, 10)).find((a) => a.title === 'Fix all newslint problems')!;
    assert.equal(all.edit, undefined);
    const resolved = (await c.conn.sendRequest('codeAction/resolve', all)) as CodeAction;
    assert.equal((resolved.edit!.documentChanges![0] as TextDocumentEdit).edits.length, 2);
    // Resolving after the document changed gives no edit.
    c.edit(URI, 0, 0, 'X');
    const stale = (await c.conn.sendRequest('codeAction/resolve', all)) as CodeAction;
    assert.equal(stale.edit, undefined);
  } finally {
    await c.shutdown();
  }
});

test('disable for this line / for this file insert directives the engine honours', async () => {
  const c = await TestClient.start({ server });
  try {
    c.open(URI, 'Headline\n\nteh one.\nteh two.\n');
    await c.diagnosticsFor(URI, 1);
    const line = (await codeActions(c, URI, 10)).find((a) => a.title === 'Disable fake-typo for this line')!;
    assert.ok(c.applyWorkspaceEdit(line.edit!));
    assert.equal(c.text(URI), 'Headline\n\nteh one. <!-- newslint-disable-line fake-typo -->\nteh two.\n');
    const d2 = await c.diagnosticsFor(URI, 2);
    assert.deepEqual(d2.map((d) => d.range.start.line), [3]);
    const at = offsetOf(c.text(URI), 'teh two');
    const file = (await codeActions(c, URI, at)).find((a) => a.title === 'Disable fake-typo for this file')!;
    assert.ok(c.applyWorkspaceEdit(file.edit!));
    assert.equal(c.text(URI), '<!-- newslint-disable fake-typo -->\n\nHeadline\n\nteh one. <!-- newslint-disable-line fake-typo -->\nteh two.\n');
    assert.deepEqual(await c.diagnosticsFor(URI, 3), []);
  } finally {
    await c.shutdown();
  }
});

test('disable for this file goes after front matter, keeps CRLF, and extends an existing directive', async () => {
  const c = await TestClient.start({ server });
  try {
    c.open(URI, '---\r\ntitle: X\r\n---\r\n<!-- newslint-disable name-consistency -->\r\n\r\nteh Ostrovskyy\r\n');
    await c.diagnosticsFor(URI, 1);
    const at = offsetOf(c.text(URI), 'teh');
    const file = (await codeActions(c, URI, at)).find((a) => a.title === 'Disable fake-typo for this file')!;
    assert.ok(c.applyWorkspaceEdit(file.edit!));
    assert.equal(c.text(URI), '---\r\ntitle: X\r\n---\r\n<!-- newslint-disable name-consistency, fake-typo -->\r\n\r\nteh Ostrovskyy\r\n');
    assert.deepEqual(await c.diagnosticsFor(URI, 2), []);
  } finally {
    await c.shutdown();
  }
});

test('hover on a person mention and on a quote; symbols list people and quotes; quote sheet', async () => {
  const c = await TestClient.start({ server });
  try {
    const text = 'Headline\n\nPresident Taras Ostrovsky spoke. "We will win," Ostrovsky said. "No," Lopes said.\n\nOstrovskyy left. "Alone."\n';
    c.open(URI, text);
    await c.diagnosticsFor(URI, 1);
    const hoverAt = (offset: number) =>
      c.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: c.docs.get(URI)!.positionAt(offset) }) as Promise<Hover | null>;
    const h1 = (await hoverAt(offsetOf(text, 'Ostrovskyy') + 2))!;
    assert.equal(
      (h1.contents as { value: string }).value,
      '**Taras Ostrovsky** — President\n\nSpellings: Taras Ostrovsky (1×), Ostrovsky (1×), Ostrovskyy (1×)\n\nFirst reference: line 3, “Taras Ostrovsky”\n\nTitle: President',
    );
    assert.deepEqual(h1.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 10 } });
    const h2 = (await hoverAt(offsetOf(text, 'We will') + 1))!;
    assert.equal((h2.contents as { value: string }).value, '**Speaker:** Taras Ostrovsky (as “Ostrovsky”)\n\n**Cue:** said');
    const h3 = (await hoverAt(offsetOf(text, 'Alone')))!;
    assert.equal((h3.contents as { value: string }).value, '**Speaker:** none found');
    assert.equal(await hoverAt(offsetOf(text, 'spoke')), null);

    const symbols = (await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.children?.length ?? 0]),
      [
        ['Taras Ostrovsky', 'President', 3],
        ['Ana Lopes', '1 mention', 1],
        ['“We will win,”', 'Taras Ostrovsky', 0],
        ['“No,”', 'Ana Lopes', 0],
        ['“Alone.”', 'no speaker', 0],
      ],
    );
    const sheet = (await c.conn.sendRequest('newslint/quoteSheet', { uri: URI })) as {
      version: number;
      quotes: Array<{ offset: number; endOffset: number; text: string; speaker: { name: string | null; text: string } | null; cue: { text: string } | null }>;
    };
    assert.equal(sheet.version, 1);
    assert.deepEqual(
      sheet.quotes.map((q) => [q.offset, q.endOffset, q.text, q.speaker?.name ?? null, q.speaker?.text ?? null, q.cue?.text ?? null]),
      [
        [43, 57, '"We will win,"', 'Taras Ostrovsky', 'Ostrovsky', 'said'],
        [74, 79, '"No,"', 'Ana Lopes', 'Lopes', 'said'],
        [110, 118, '"Alone."', null, null, null],
      ],
    );
  } finally {
    await c.shutdown();
  }
});

test('edits arriving while an analysis runs: stale versions are skipped, the last version is published', async () => {
  const c = await TestClient.start({ server, initSettings: { debounceMs: 20 } });
  try {
    knobs.busyMs = 40;
    c.open(URI, 'Headline\n\nteh\n');
    await c.diagnosticsFor(URI, 1);
    const before = c.handle.stats.lints;
    let v = 1;
    for (let i = 0; i < 20; i++) v = c.edit(URI, 10, 10, 'x');
    const d = await c.diagnosticsFor(URI, v);
    assert.deepEqual(d, []); // "xxxx…teh" is no longer the word "teh"
    const lints = c.handle.stats.lints - before;
    assert.ok(lints <= 3, `20 quick edits cost ${lints} analyses`);
    // No diagnostics were published for versions in between that were never analysed as current.
    const versions = c.published.filter((p) => p.uri === URI).map((p) => p.version);
    assert.equal(versions.at(-1), v);
    assert.deepEqual([...versions].sort((a, b) => a! - b!), versions);
  } finally {
    knobs.busyMs = 0;
    await c.shutdown();
  }
});

test('settings per resource: severities from workspace/configuration, and enable=false silences', async () => {
  let enable = true;
  const c = await TestClient.start({
    server,
    settings: (scope) => (scope === 'untitled:off.md' ? { enable: false } : { enable, rules: { 'name-consistency': 'error' } }),
  });
  try {
    c.open(URI, 'Headline\n\nOstrovsky and Ostrovskyy.\n');
    const d = await c.diagnosticsFor(URI, 1);
    assert.deepEqual(d.map((x) => [x.code, x.severity]), [['name-consistency', 1]]);
    c.open('untitled:off.md', 'Headline\n\nOstrovsky and Ostrovskyy.\n');
    assert.deepEqual(await c.diagnosticsFor('untitled:off.md', 1), []);
    enable = false;
    const since = c.published.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await c.nextPublished(URI, since), []);
  } finally {
    await c.shutdown();
  }
});

test('newslint.run = onSave: typing keeps the last result, saving re-lints (pull)', async () => {
  const c = await TestClient.start({ server, pull: true, settings: { run: 'onSave' } });
  try {
    c.open(URI, 'Headline\n\nteh one\n');
    const r1 = await c.pull(URI);
    assert.equal(r1.items!.length, 1);
    c.edit(URI, 10, 13, 'the');
    const r2 = await c.pull(URI, r1.resultId);
    assert.equal(r2.kind, 'unchanged');
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: URI } });
    const after = await c.pull(URI, r1.resultId);
    assert.equal(after.kind, 'full');
    assert.deepEqual(after.items, []);
  } finally {
    await c.shutdown();
  }
});

test('pull clients are asked to refresh when the settings change', async () => {
  const c = await TestClient.start({ server, pull: true, settings: {} });
  try {
    c.open(URI, 'Headline\n\nteh\n');
    await c.pull(URI);
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(await c.waitFor('workspace/diagnostic/refresh', () => c.refreshes > 0));
  } finally {
    await c.shutdown();
  }
});

test('a draft closed while it is being analysed: cleared, and the server keeps serving', async () => {
  const c = await TestClient.start({ server, initSettings: { debounceMs: 10 } });
  try {
    knobs.busyMs = 30;
    c.open(URI, 'Headline\n\nteh\n');
    c.edit(URI, 0, 0, 'X');
    c.close(URI);
    const cleared = await c.waitFor('cleared', () => {
      const last = c.published.filter((p) => p.uri === URI).at(-1);
      return last && last.version === undefined ? last : undefined;
    });
    assert.deepEqual(cleared.diagnostics, []);
    c.open('untitled:other.md', 'Headline\n\nteh\n');
    assert.equal((await c.diagnosticsFor('untitled:other.md', 1)).length, 1);
    // Requests about the closed draft are answered, not failed.
    assert.equal(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } }), null);
    assert.equal(await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), null);
  } finally {
    knobs.busyMs = 0;
    await c.shutdown();
  }
});

test('a draft over the size limit gets one notice instead of an analysis', async () => {
  const c = await TestClient.start({ server, initOptions: { maxDocumentChars: 100 } });
  try {
    c.open(URI, 'Headline\n\n' + 'teh '.repeat(40));
    const d = await c.diagnosticsFor(URI, 1);
    assert.deepEqual(d.map((x) => [x.code, x.severity, x.range.start.line, x.message]), [
      ['too-long', 3, 0, 'This draft is too long to check in the editor (0.0 million characters; the limit is 0.0). Run newslint on the command line.'],
    ]);
    // Shortened: checked again.
    const v = c.edit(URI, 20, 170, '');
    assert.equal((await c.diagnosticsFor(URI, v)).length, 2);
  } finally {
    await c.shutdown();
  }
});

test('clients without versioned workspace edits get plain `changes`', async () => {
  const c = await TestClient.start({ server, documentChanges: false });
  try {
    c.open(URI, 'Headline\n\nteh\n');
    await c.diagnosticsFor(URI, 1);
    const [fix] = await codeActions(c, URI, 10);
    assert.equal(fix.edit!.documentChanges, undefined);
    assert.deepEqual(fix.edit!.changes, { [URI]: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, newText: 'the' }] });
  } finally {
    await c.shutdown();
  }
});
