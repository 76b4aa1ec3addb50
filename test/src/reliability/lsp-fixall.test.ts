/**
 * "Fix all" through the language server: the minimal edits it sends (server/src/lsp/diff.ts)
 * turn the text into exactly what the engine's fix-all gives, split no surrogate pair or CRLF,
 * and do not overlap; and `diffEdits` alone reproduces any edited text from the original.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { fixText } from '../../../server/out/engine/index.js';
import { diffEdits } from '../../../server/out/lsp/diff.js';
import { TestClient } from '../lsp/harness';
import { anyDraft, applyEdit, edits, resolveEdit, type GenEdit } from './gen';
import { around, splitsPair } from './checks';
import { params } from './seed';

function splitsCrlf(text: string, at: number): boolean {
  return at > 0 && at < text.length && text[at - 1] === '\r' && text[at] === '\n';
}

/** Valid diff edits: sorted, disjoint, inside the text, splitting no pair or CRLF, giving `b`. */
function checkDiff(a: string, b: string): void {
  const ds = diffEdits(a, b);
  let out = '';
  let pos = 0;
  for (const d of ds) {
    assert.ok(d.start >= pos && d.end >= d.start && d.end <= a.length, `edit [${d.start}, ${d.end}) after ${pos} in ${a.length}`);
    for (const at of [d.start, d.end]) {
      assert.ok(!splitsPair(a, at), `splits a surrogate pair at ${at}: ${around(a, d.start, d.end)}`);
      assert.ok(!splitsCrlf(a, at), `splits a CRLF at ${at}: ${around(a, d.start, d.end)}`);
    }
    out += a.slice(pos, d.start) + d.text;
    pos = d.end;
  }
  out += a.slice(pos);
  assert.equal(out, b);
  if (a === b) assert.deepEqual(ds, []);
}

/** Drafts from `drafts`, edited `n` times at random, diffed back: checkDiff holds. */
function diffProperty(drafts: fc.Arbitrary<string>, n: number, runs: number): void {
  fc.assert(
    fc.property(drafts, edits(n), (a, es: GenEdit[]) => {
      let b = a;
      for (const e of es) b = applyEdit(b, resolveEdit(b, e));
      checkDiff(a, b);
    }),
    params(runs),
  );
}

test('diffEdits on long drafts (diffed by lines, then by tokens): valid edits that give the new text', () => {
  diffProperty(fc.array(anyDraft, { minLength: 3, maxLength: 6 }).map((ds) => ds.join('\n\n')), 8, 200);
});

test('diffEdits on a 400-line draft with three words changed: three word-sized edits', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `Line ${i}: the council met on Tuesday.\r\n`);
  const a = lines.join('');
  const b = a.replace('Line 10: the council', 'Line 10: the Council').replace('Line 200: the council met', 'Line 200: the council sat').replace('Line 399: the', 'Line 399: a');
  const at = (needle: string) => a.indexOf(needle);
  assert.deepEqual(diffEdits(a, b), [
    { start: at('Line 10: the council') + 13, end: at('Line 10: the council') + 20, text: 'Council' },
    { start: at('Line 200: the council met') + 22, end: at('Line 200: the council met') + 25, text: 'sat' },
    { start: at('Line 399: the') + 10, end: at('Line 399: the') + 13, text: 'a' },
  ]);
});

test('diffEdits: the edits turn the old text into the new one, sorted, disjoint, splitting no pair or CRLF', () => {
  diffProperty(anyDraft, 6, 400);
});

let client: TestClient;
let n = 0;
before(async () => {
  client = await TestClient.start();
});
after(async () => {
  await client?.shutdown();
});

test('the server\'s "Fix all" source action gives exactly the engine\'s fix-all', async () => {
  let withFixes = 0;
  await fc.assert(
    fc.asyncProperty(anyDraft, fc.boolean(), async (text, markdown) => {
      const uri = `untitled:fixall-${++n}.${markdown ? 'md' : 'txt'}`;
      client.open(uri, text, markdown ? 'markdown' : 'plaintext');
      try {
        await client.diagnosticsFor(uri, 1);
        const actions = (await client.conn.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll.newslint'] },
        })) as CodeAction[];
        const want = fixText(text, { format: markdown ? 'markdown' : 'plain' }).text;
        if (want === text) {
          assert.deepEqual(actions ?? [], [], 'no fix-all action when nothing is fixable');
          return;
        }
        withFixes++;
        assert.equal(actions.length, 1);
        const dc = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
        assert.equal(dc.textDocument.version, 1);
        const doc = client.docs.get(uri)!;
        for (const e of dc.edits as LspTextEdit[]) {
          for (const p of [e.range.start, e.range.end]) {
            const at = doc.offsetAt(p);
            assert.deepEqual(doc.positionAt(at), p, 'positions inside the document');
            assert.ok(!splitsPair(text, at), `fix-all edit splits a surrogate pair at ${at}`);
          }
        }
        assert.equal(TextDocument.applyEdits(doc, dc.edits as LspTextEdit[]), want);
      } finally {
        client.close(uri);
      }
    }),
    params(60),
  );
  assert.ok(withFixes > 0, 'some drafts had fixes');
});
