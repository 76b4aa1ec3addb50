/**
 * The language server as Neovim and Helix run it (README: In the editor → Other editors):
 * `newslint-language-server --stdio` in its own process, their client capabilities, no
 * initializationOptions, `workspace/configuration` answered with null (what both send when the
 * user has set nothing), and no VS Code-only request. Diagnostics, a code action and the nearest
 * `.newslintrc.json` must all work.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stdioSession } from './stdio-session';

const BIN = path.resolve(__dirname, '../../../server/bin/newslint-language-server.js');
const DRAFT = 'Ferry strike\n\n"We will not go back to the pier."\n\n"The ferry stops in May,” said Ada Quill, the harbour master.\n';

/** The parts of each editor's client capabilities that the server reads (as they send them). */
const EDITORS = {
  'Neovim 0.11 (vim.lsp.config)': {
    general: { positionEncodings: ['utf-8', 'utf-16', 'utf-32'] },
    workspace: { configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] }, didChangeWatchedFiles: { dynamicRegistration: false } },
    textDocument: {
      synchronization: { didSave: true, willSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, dataSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.organizeImports'] } }, isPreferredSupport: true, dataSupport: true, resolveSupport: { properties: ['edit'] } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
    },
    window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } } },
  },
  'Helix 25.01 (languages.toml)': {
    general: { positionEncodings: ['utf-8', 'utf-32', 'utf-16'] },
    workspace: { configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] }, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: {
      publishDiagnostics: { versionSupport: true, tagSupport: { valueSet: [1, 2] } },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } }, isPreferredSupport: true, disabledSupport: true, dataSupport: true, resolveSupport: { properties: ['edit', 'command'] } },
      hover: { contentFormat: ['markdown'] },
    },
    window: { workDoneProgress: true },
  },
};

/** Standard LSP requests a server may send these clients. */
const STANDARD_SERVER_REQUESTS = new Set(['workspace/configuration', 'client/registerCapability', 'window/workDoneProgress/create', 'workspace/applyEdit', 'window/showMessageRequest']);

type Diag = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; message: string; code?: string };
type Edit = { range: Diag['range']; newText: string };
type Action = { title: string; kind?: string; isPreferred?: boolean; edit?: { changes?: Record<string, Edit[]>; documentChanges?: Array<{ edits: Edit[] }> }; data?: unknown };

function editsOf(a: Action, uri: string): Edit[] {
  return a.edit?.changes?.[uri] ?? a.edit?.documentChanges?.flatMap((c) => c.edits) ?? [];
}

for (const [editor, capabilities] of Object.entries(EDITORS)) {
  test(`${editor}: diagnostics, a quick fix and the folder's .newslintrc.json, with default settings`, async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-editor-')));
    fs.writeFileSync(path.join(dir, '.newslintrc.json'), '{ "rules": { "quote-attribution": "error" } }\n');
    fs.mkdirSync(path.join(dir, 'desk'));
    fs.writeFileSync(path.join(dir, 'desk', 'story.md'), DRAFT);
    const uri = pathToFileURL(path.join(dir, 'desk', 'story.md')).href;
    const s = stdioSession(process.execPath, [BIN, '--stdio'], dir);
    s.onRequest('workspace/configuration', (p) => (p as { items: unknown[] }).items.map(() => null));
    try {
      const root = pathToFileURL(dir).href;
      const init = (await s.request('initialize', { processId: process.pid, rootUri: root, rootPath: dir, workspaceFolders: [{ uri: root, name: path.basename(dir) }], capabilities, clientInfo: { name: editor.split(' ')[0] } })) as { capabilities: { positionEncoding?: string; codeActionProvider?: unknown } };
      assert.ok([undefined, 'utf-16'].includes(init.capabilities.positionEncoding), 'positions in UTF-16, which both clients accept');
      s.notify('initialized', {});
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
      const published = (await s.notification('textDocument/publishDiagnostics', (p) => p.uri === uri)) as { diagnostics: Diag[] };
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity, d.message, d.range.start.line, d.range.start.character, d.range.end.character]), [
        ['quote-attribution', 1, 'Quote has no speaker', 2, 0, 34],
        ['quote-marks', 2, 'Mixed quote marks: straight opening " with curly closing ”', 4, 24, 25],
      ], 'quote-attribution is an error: the folder\'s .newslintrc.json was read');

      const marks = published.diagnostics[1];
      const actions = (await s.request('textDocument/codeAction', { textDocument: { uri }, range: marks.range, context: { diagnostics: [marks], triggerKind: 1 } })) as Action[];
      let fix = actions.find((a) => a.isPreferred && a.kind === 'quickfix');
      assert.ok(fix, `a preferred quick fix among ${JSON.stringify(actions.map((a) => a.title))}`);
      if (!fix.edit) fix = (await s.request('codeAction/resolve', fix)) as Action;
      assert.deepEqual(editsOf(fix, uri), [{ range: { start: { line: 4, character: 24 }, end: { line: 4, character: 25 } }, newText: '"' }]);

      const unexpected = s.serverRequests.filter((m) => !STANDARD_SERVER_REQUESTS.has(m));
      assert.deepEqual(unexpected, [], 'no request these clients would not understand');
      const logs = s.received.filter((m) => m.method === 'window/logMessage').map((m) => (m.params as { message: string }).message);
      assert.ok(logs.some((l) => /^newslint: language server \d+\.\d+\.\d+ started/.test(l)), `the log names the server: ${JSON.stringify(logs)}`);
      assert.ok(logs.includes(`newslint: Config for ${path.join(dir, 'desk', 'story.md')}: ${path.join(dir, '.newslintrc.json')}`), `the log names the config: ${JSON.stringify(logs)}`);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('the log: start, the config per draft, config errors (window/logMessage); each check only when the trace is on ($/logTrace)', async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-log-')));
  fs.writeFileSync(path.join(dir, '.newslintrc.json'), '{ "rules": { "quote-atribution": "error" } }\n');
  const uri = pathToFileURL(path.join(dir, 'story.md')).href;
  const s = stdioSession(process.execPath, [BIN, '--stdio'], dir);
  try {
    await s.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: EDITORS['Neovim 0.11 (vim.lsp.config)'], trace: 'off' });
    s.notify('initialized', {});
    s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    await s.notification('textDocument/publishDiagnostics', (p) => p.uri === uri);
    s.notify('$/setTrace', { value: 'verbose' });
    s.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${DRAFT}\nMore.\n` }] });
    await s.notification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2);
    await s.notification('$/logTrace', (p) => /^Checked /.test(p.message));
    const logs = s.received.filter((m) => m.method === 'window/logMessage').map((m) => m.params as { type: number; message: string });
    const config = path.join(dir, '.newslintrc.json');
    assert.deepEqual(logs.slice(1), [
      { type: 3, message: `newslint: Config for ${path.join(dir, 'story.md')}: ${config} (broken: using the defaults)` },
      { type: 1, message: `newslint: Config error: ${config}:1:14: rules.quote-atribution: unknown rule "quote-atribution" (did you mean "quote-attribution"?); known rules: quote-attribution, quote-marks, name-consistency, first-reference, title-case, later-reference` },
    ]);
    const traces = s.received.filter((m) => m.method === '$/logTrace').map((m) => (m.params as { message: string }).message);
    assert.equal(traces.length, 1, 'v1 was checked before the trace was on: not traced');
    assert.match(traces[0], new RegExp(`^Checked ${uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} v2: 2 findings in \\d+\\.\\d ms$`));
  } finally {
    await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
