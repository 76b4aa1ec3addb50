/**
 * The server under faults, as a writer meets them: the language server process dies (killed here),
 * the client starts a new one by itself, and the draft's diagnostics come back — for the text as it
 * stands, including an edit made after the crash.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activate, closeAll, expectDiagnostics, openDraft, poll, UNATTRIBUTED_BODY } from './util';

interface Api {
  client(): { sendRequest(method: string, params?: unknown): Thenable<unknown> } | undefined;
  logFile(): string;
}

/** The server's process id, or null while no server answers (stopped, starting). */
async function serverPid(api: Api): Promise<number | null> {
  try {
    const client = api.client();
    if (!client) return null;
    const stats = (await Promise.race([
      client.sendRequest('newslint/stats', {}),
      new Promise((resolve) => setTimeout(() => resolve(null), 2000)),
    ])) as { pid?: number } | null;
    return stats && typeof stats.pid === 'number' ? stats.pid : null;
  } catch {
    return null;
  }
}

suite('server restart', () => {
  teardown(closeAll);

  test('a killed language server is restarted by the client and diagnostics return', async () => {
    const api = (await activate()).exports as Api;
    const e = await openDraft('newsroom', 'rules/restart.md', ['# Ferry plan approved', ...UNATTRIBUTED_BODY].join('\n'));
    await expectDiagnostics(e.document.uri, [['quote-attribution', 6, 0, 6, 41, 'Quote has no speaker']]);

    const before = await poll(() => serverPid(api), (p) => p !== null, 'the server to report its process id');
    process.kill(before as number, 'SIGKILL');
    const after = await poll(() => serverPid(api), (p) => p !== null && p !== before, 'a new server process', 45000);
    assert.notStrictEqual(after, before);
    // The output channel (newslint.log) tells the crash and the restart.
    const log = await poll(() => fs.readFileSync(api.logFile(), 'utf8'), (t) => /\[error\] The newslint language server stopped unexpectedly; restarting it \(crash 1 in 3 minutes\)\./.test(t), 'the crash in newslint.log');
    assert.match(log.slice(log.lastIndexOf('stopped unexpectedly')), /\[info\] newslint: language server \S+ started/);

    // An edit after the crash: a second unattributed quote is found by the new server.
    const ok = await e.edit((b) => b.insert(new vscode.Position(7, 0), '\n"The boats will run every hour from June."\n'));
    assert.ok(ok, 'the edit was applied');
    await expectDiagnostics(e.document.uri, [
      ['quote-attribution', 6, 0, 6, 41, 'Quote has no speaker'],
      ["quote-attribution", 8, 0, 8, 42, "Quote has no speaker"],
    ], 45000);
  });
});
