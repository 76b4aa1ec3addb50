/**
 * The language server with the real engine: a diagnostic for every rule (exact UTF-16 ranges on a
 * CRLF draft with an emoji), quick fixes and suggestions of real rules applied and re-linted,
 * the name actions writing the config, and the server's diagnostics after random incremental
 * edits equal to the engine's findings on the final text (what the CLI reports).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver/node';
import { TestClient, offsetOf } from './harness';
import { lintText, rules } from '../../../server/out/engine/index.js';

const CRLF_DRAFT = [
  'Pier to close 😀',
  '',
  'Mayor Ines Okafor spoke at the pier on Tuesday.',
  '',
  'It rained all week in the harbour.',
  '',
  '"Nobody asked us about the pier, not once in ten years."',
  '',
  'Tomasz Brandvold arrived late. “The ferry runs on time," Brandvold said.',
  '',
  'Quaresma spoke first. Later Dario Quaresma, the finance minister, spoke again. Okafor and Okaffor left.',
  '',
  'Harbour commissioner Amara Tembo said the budget was set. Amara Tembo left early.',
  '',
].join('\r\n');

const URI = 'untitled:pier.md';

function summary(text: string, d: Diagnostic) {
  return [d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.message];
}

async function actionsAt(c: TestClient, uri: string, offset: number): Promise<CodeAction[]> {
  const pos = c.docs.get(uri)!.positionAt(offset);
  return (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: pos, end: pos },
    context: { diagnostics: [] },
  })) as CodeAction[];
}

test('a diagnostic for every rule, with exact ranges on a CRLF draft with an emoji', async () => {
  const c = await TestClient.start();
  try {
    c.open(URI, CRLF_DRAFT);
    const d = await c.diagnosticsFor(URI, 1);
    assert.deepEqual(
      d.map((x) => summary(CRLF_DRAFT, x)),
      [
        ['quote-attribution', 6, 0, 6, 56, 2, 'Quote has no speaker'],
        ['first-reference', 8, 0, 8, 16, 2, 'Tomasz Brandvold is introduced without a title or role'],
        ['quote-marks', 8, 31, 8, 32, 2, 'Mixed quote marks: curly opening “ with straight closing "'],
        ['first-reference', 10, 0, 10, 8, 2, 'First reference to Quaresma gives no full name'],
        ['name-consistency', 10, 90, 10, 97, 2, "'Okaffor' (1×) is also spelled 'Okafor' (2×) in this draft"],
        ['title-case', 12, 8, 12, 20, 3, 'Capitalise the formal title before a name: "Commissioner"'],
        ['later-reference', 12, 58, 12, 69, 3, 'Later references use the surname: Tembo'],
      ],
    );
    // Every rule of the registry is covered by this draft.
    assert.deepEqual([...new Set(d.map((x) => x.code))].sort(), rules.map((r) => r.id).sort());
  } finally {
    await c.shutdown();
  }
});

test('real quick fixes and suggestions applied through the server, then re-linted', async () => {
  const c = await TestClient.start();
  try {
    c.open(URI, CRLF_DRAFT);
    await c.diagnosticsFor(URI, 1);
    // quote-attribution: "Attribute to Ines Okafor" inserts ", Okafor said" after the closing mark.
    const attr = (await actionsAt(c, URI, offsetOf(CRLF_DRAFT, 'Nobody'))).find((a) => a.title === 'Attribute to Ines Okafor')!;
    assert.ok(attr, 'suggestion offered');
    assert.ok(c.applyWorkspaceEdit(attr.edit!));
    let text = c.text(URI);
    assert.ok(text.includes('\r\n"Nobody asked us about the pier, not once in ten years," Okafor said.\r\n'), text);
    let d = await c.diagnosticsFor(URI, 2);
    assert.equal(d.filter((x) => x.code === 'quote-attribution').length, 0);
    // quote-marks: the preferred fix uses the document's dominant style.
    const marks = (await actionsAt(c, URI, offsetOf(text, '“'))).find((a) => a.isPreferred)!;
    assert.ok(c.applyWorkspaceEdit(marks.edit!));
    text = c.text(URI);
    assert.ok(text.includes('Brandvold arrived late. "The ferry runs on time," Brandvold said.'));
    d = await c.diagnosticsFor(URI, 3);
    assert.equal(d.filter((x) => x.code === 'quote-marks').length, 0);
    // name-consistency fix.
    const name = (await actionsAt(c, URI, offsetOf(text, 'Okaffor'))).find((a) => a.isPreferred)!;
    assert.ok(c.applyWorkspaceEdit(name.edit!));
    assert.ok(c.text(URI).includes('Okafor and Okafor left.'));
    d = await c.diagnosticsFor(URI, 4);
    assert.equal(d.filter((x) => x.code === 'name-consistency').length, 0);
    // The text outside the fixed ranges is untouched: CRLF and the emoji are still there.
    assert.equal(c.text(URI).split('\r\n').length, CRLF_DRAFT.split('\r\n').length);
    assert.ok(c.text(URI).startsWith('Pier to close 😀\r\n'));
  } finally {
    await c.shutdown();
  }
});

test('"use everywhere" is resolved on demand (codeAction/resolve), or computed for the action when the client cannot resolve', async () => {
  const text = 'Talks\n\nVolodymyr Zelenskyy spoke. Zelensky left. Zelensky came back.\n';
  const want = 'Talks\n\nVolodymyr Zelensky spoke. Zelensky left. Zelensky came back.\n';
  for (const resolveSupport of [true, false]) {
    const c = await TestClient.start({ resolveSupport });
    try {
      c.open(URI, text);
      await c.diagnosticsFor(URI, 1);
      const action = (await actionsAt(c, URI, offsetOf(text, 'Zelenskyy'))).find((a) => a.title === "Use 'Zelenskyy' everywhere instead");
      const mine = (await actionsAt(c, URI, offsetOf(text, 'Zelensky left'))).find((a) => a.title === "Use 'Zelensky' everywhere instead")!;
      assert.equal(action, undefined, 'the house spelling is not flagged');
      let edit = mine.edit;
      if (resolveSupport) {
        assert.equal(edit, undefined, 'no edits until resolved');
        assert.deepEqual(mine.data, { uri: URI, version: 1, ruleId: 'name-consistency', ref: { key: '0:surname=Zelensky', data: { personId: 0, spell: { surname: 'Zelensky' } } } });
        edit = ((await c.conn.sendRequest('codeAction/resolve', mine)) as CodeAction).edit;
      }
      assert.ok(c.applyWorkspaceEdit(edit!));
      assert.equal(c.text(URI), want);
      if (resolveSupport) {
        // A stale action (the draft changed since) resolves to nothing.
        const stale = (await c.conn.sendRequest('codeAction/resolve', mine)) as CodeAction;
        assert.equal(stale.edit, undefined);
      }
    } finally {
      await c.shutdown();
    }
  }
});

test('fix all with the real rules equals the engine fixing the text, in small edits', async () => {
  const c = await TestClient.start();
  try {
    c.open(URI, CRLF_DRAFT);
    await c.diagnosticsFor(URI, 1);
    const [all] = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.newslint'] },
    })) as CodeAction[];
    const edits = (all.edit!.documentChanges![0] as { edits: unknown[] }).edits;
    assert.ok(edits.length >= 4, `${edits.length} edits`);
    assert.ok(c.applyWorkspaceEdit(all.edit!));
    const { fixText } = await import('../../../server/out/engine/index.js');
    assert.equal(c.text(URI), fixText(CRLF_DRAFT).text);
    const d = await c.diagnosticsFor(URI, 2);
    assert.ok(d.every((x) => !['quote-marks', 'name-consistency', 'title-case', 'later-reference'].includes(x.code as string)));
  } finally {
    await c.shutdown();
  }
});

test('after fix-all the fixed text is not analysed again: the analysis made while fixing serves it', async () => {
  let calls = 0;
  const c = await TestClient.start({ server: { lintText: (text, options) => (calls++, lintText(text, options)) } });
  try {
    c.open(URI, CRLF_DRAFT);
    await c.diagnosticsFor(URI, 1);
    const before = calls;
    const [all] = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.newslint'] },
    })) as CodeAction[];
    const fixing = calls - before;
    assert.ok(fixing >= 1, `${fixing} analyses while fixing`);
    assert.ok(c.applyWorkspaceEdit(all.edit!));
    const d = await c.diagnosticsFor(URI, 2);
    assert.equal(calls - before, fixing, 'no analysis after the edit was applied');
    const { fixText } = await import('../../../server/out/engine/index.js');
    const fixed = fixText(CRLF_DRAFT).text;
    assert.equal(c.text(URI), fixed);
    assert.deepEqual(d.map((x) => [x.code, x.message]), lintText(fixed).findings.map((f) => [f.ruleId, f.message]));
    // The next keystroke is analysed as usual.
    const v = c.edit(URI, 0, 0, 'X');
    await c.diagnosticsFor(URI, v);
    assert.equal(calls - before, fixing + 1);
  } finally {
    await c.shutdown();
  }
});

test('hover on a real person and quote', async () => {
  const c = await TestClient.start();
  try {
    c.open(URI, CRLF_DRAFT);
    await c.diagnosticsFor(URI, 1);
    const hover = async (offset: number) =>
      (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: c.docs.get(URI)!.positionAt(offset) })) as Hover | null;
    const h = (await hover(offsetOf(CRLF_DRAFT, 'Okaffor') + 1))!;
    const v = (h.contents as { value: string }).value;
    assert.match(v, /^\*\*Ines Okafor\*\* — Mayor/);
    assert.match(v, /Okaffor \(1×\)/);
    assert.match(v, /First reference: line 3, “Ines Okafor”/);
    const q = (await hover(offsetOf(CRLF_DRAFT, 'ferry runs')))!;
    assert.equal((q.contents as { value: string }).value, '**Speaker:** Tomasz Brandvold (as “Brandvold”)\n\n**Cue:** said');
  } finally {
    await c.shutdown();
  }
});

test('"Add as allowed" for a real name variant writes .newslintrc.json and the finding goes away', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-lsp-real-'));
  const c = await TestClient.start({ workspaceFolders: [pathToFileURL(dir).href] });
  try {
    const uri = pathToFileURL(path.join(dir, 'pier.md')).href;
    fs.writeFileSync(path.join(dir, 'pier.md'), CRLF_DRAFT);
    c.open(uri, CRLF_DRAFT);
    await c.diagnosticsFor(uri, 1);
    const actions = await actionsAt(c, uri, offsetOf(CRLF_DRAFT, 'Okaffor'));
    const allow = actions.find((a) => a.title === "Add 'Okaffor' as allowed for Ines Okafor")!;
    assert.ok(allow, actions.map((a) => a.title).join(' | '));
    const since = c.published.length;
    await c.conn.sendRequest('workspace/executeCommand', allow.command!);
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, '.newslintrc.json'), 'utf8')), { names: { Okafor: [], Okaffor: [] } });
    const d = await c.nextPublished(uri, since);
    assert.equal(d.filter((x) => x.code === 'name-consistency').length, 0);
    assert.equal(d.length, 6);
  } finally {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('after random incremental edits (emoji, CRLF, deletions) the server reports what the engine reports on the final text', async () => {
  const c = await TestClient.start();
  try {
    c.open(URI, CRLF_DRAFT);
    await c.diagnosticsFor(URI, 1);
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const inserts = ['x', ' ', '😀', '\r\n', '"', '“', 'Okafor ', ', she said', 'é'];
    let version = 1;
    for (let i = 0; i < 60; i++) {
      const text = c.text(URI);
      let at = rand(text.length + 1);
      // Never split a surrogate pair or a CRLF (an editor never does).
      const splits = (k: number) => k > 0 && k < text.length && ((text.charCodeAt(k - 1) & 0xfc00) === 0xd800 || (text[k - 1] === '\r' && text[k] === '\n'));
      while (splits(at)) at--;
      if (rand(3) === 0) {
        let end = Math.min(text.length, at + 1 + rand(4));
        while (splits(end)) end++;
        version = c.edit(URI, at, end, '');
      } else version = c.edit(URI, at, at, inserts[rand(inserts.length)]);
    }
    const d = await c.diagnosticsFor(URI, version);
    const final = c.text(URI);
    const doc = c.docs.get(URI)!;
    const expected = lintText(final).findings.map((f) => [f.ruleId, doc.positionAt(f.start), doc.positionAt(f.end), f.message]);
    assert.deepEqual(d.map((x) => [x.code, x.range.start, x.range.end, x.message]), expected);
  } finally {
    await c.shutdown();
  }
});

test('typing a given-name slip the index does not read, key by key: after each keystroke the server reports what the engine reports (paragraph-cache memos)', async () => {
  const c = await TestClient.start();
  const uri = 'file:///tmp/newslint-keystrokes.md';
  const draft =
    'Harbour vote\r\n\r\nStevie Crawbury, the harbour master, spoke on Monday. Crawbury said the pier would open.\r\n\r\n' +
    'The council met in the evening.\r\n\r\nLater Crawbury left the hall.\r\n';
  try {
    c.open(uri, draft);
    await c.diagnosticsFor(uri, 1);
    let at = draft.indexOf('Crawbury left');
    let version = 1;
    for (const ch of 'Steive ') {
      version = c.edit(uri, at, at, ch);
      at++;
      const d = await c.diagnosticsFor(uri, version);
      const doc = c.docs.get(uri)!;
      const expected = lintText(c.text(uri)).findings.map((f) => [f.ruleId, doc.positionAt(f.start), doc.positionAt(f.end), f.message]);
      assert.deepEqual(d.map((x) => [x.code, x.range.start, x.range.end, x.message]), expected);
    }
    const d = await c.diagnosticsFor(uri, version);
    const slip = d.filter((x) => x.code === 'name-consistency').map((x) => [x.range.start, x.range.end, x.message]);
    assert.deepEqual(slip, [[{ line: 6, character: 6 }, { line: 6, character: 12 }, "'Steive' (1×) is also spelled 'Stevie' (1×) in this draft"]]);
  } finally {
    await c.shutdown();
  }
});
