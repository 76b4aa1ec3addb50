/**
 * Issue 15 §5: the language server never goes deaf. Over raw stdio, a real socket (`--socket=PORT`)
 * and a named pipe (`--pipe=PATH`) against the real process: after each framing error (a Content-Length shorter or longer than the body, a header line without a
 * colon, a negative or missing Content-Length) the error is logged, the server resynchronises on
 * the next header and answers the next request. A didChange older than the document is ignored
 * and logged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, startServerProcess, startStdioServer, type StdioServer } from './faults';

const BODY = '{"jsonrpc":"2.0","id":7001,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:none.md"},"position":{"line":0,"character":0}}}';
const HOVER = { textDocument: { uri: 'untitled:none.md' }, position: { line: 0, character: 0 } };

async function stillAnswers(s: StdioServer, after: string): Promise<void> {
  const r = await answer(s.conn, 'textDocument/hover', HOVER, 5000).catch((e: Error) => e);
  assert.deepEqual(r, { ok: true, result: null }, `a request after ${after}`);
}

const BAD_FRAMES: Array<[string, string]> = [
  ['a Content-Length shorter than the body', `Content-Length: 40\r\n\r\n${BODY}`],
  ['a header line without a colon', `Content-Length ${BODY.length}\r\n\r\n${BODY}`],
  ['a negative Content-Length', `Content-Length: -5\r\n\r\n${BODY}`],
  ['a missing Content-Length', `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${BODY}`],
  ['a Content-Length that is not a number', `Content-Length: lots\r\n\r\n${BODY}`],
];

for (const transport of ['stdio', 'socket', 'pipe'] as const) {
  test(`${transport}: after each framing error the server logs it, resynchronises and answers the next request`, async () => {
    const s = await startServerProcess(transport);
    try {
      for (const [what, frame] of BAD_FRAMES) {
        const before = s.logs.length;
        s.raw(frame);
        await stillAnswers(s, what);
        const logged = s.logs.slice(before).filter((l) => l.startsWith('newslint: framing error: '));
        assert.equal(logged.length, 1, `${what}: ${JSON.stringify(s.logs.slice(before))}`);
      }
      assert.equal(s.child.exitCode, null, 'the server is still running');
    } finally {
      await s.stop();
    }
  });

  test(`${transport}: when the client closes the connection without a shutdown, the server exits with 1`, async () => {
    const s = await startServerProcess(transport);
    const exited = new Promise<number | null>((resolve) => s.child.once('exit', (code) => resolve(code)));
    s.closeInput();
    assert.equal(await exited, 1);
    await s.stop();
  });

  test(`${transport}: a Content-Length longer than the body swallows at most the next message; later ones are answered`, async () => {
    const s = await startServerProcess(transport);
    try {
      s.raw(`Content-Length: ${BODY.length + 60}\r\n\r\n${BODY}`);
      // The next request is read as the end of that body and lost; the one after it is answered.
      const lost = answer(s.conn, 'textDocument/hover', HOVER, 3000).catch((e: Error) => e);
      await stillAnswers(s, 'a Content-Length longer than the body');
      await lost;
      assert.ok(s.logs.some((l) => l.startsWith('newslint: framing error: a message body is not JSON')), s.logs.join('\n'));
    } finally {
      await s.stop();
    }
  });
}

test('a stale didChange (older version, new text) is ignored and logged; the newer text stays', async () => {
  const s = await startStdioServer();
  try {
    const uri = 'untitled:stale.md';
    const sheet = async () => ((await s.conn.sendRequest('newslint/quoteSheet', { uri })) as { quotes: Array<{ text: string }> }).quotes.map((q) => q.text);
    await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Pier\n\n"One," she said.\n' } });
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 11 }, contentChanges: [{ text: 'Pier\n\n"Eleven," she said.\n' }] });
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 10 }, contentChanges: [{ text: 'Pier\n\n"Ten," she said.\n' }] });
    assert.deepEqual(await sheet(), ['"Eleven,"']);
    assert.ok(s.logs.some((l) => l === `newslint: ignored a stale change to ${uri}: version 10 arrived after version 11`), s.logs.join('\n'));
    await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 12 }, contentChanges: [{ text: 'Pier\n\n"Twelve," she said.\n' }] });
    assert.deepEqual(await sheet(), ['"Twelve,"']);
  } finally {
    await s.stop();
  }
});
