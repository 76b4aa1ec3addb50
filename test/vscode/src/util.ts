/** Helpers for the in-editor suite: every wait has a deadline and listens to editor events. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'newslint.newslint';

/** The body of a draft with one unattributed quote (line 6 of the draft, 41 characters). */
export const UNATTRIBUTED_BODY = [
  '',
  'Mayor Elena Marsh said on Tuesday that the council had approved the ferry plan.',
  '',
  'The vote came after two years of delays.',
  '',
  '"We will open the new ferry line in May."',
  '',
];

/** A draft with one finding of each reference rule: first-reference, title-case, later-reference. */
export const REFERENCES = [
  '# Ferry plan approved',
  '',
  'Ines Okafor said the pier was ready.',
  '',
  'mayor Elena Marsh said the plan was approved.',
  '',
  'Okafor said the council had met. Elena Marsh agreed.',
  '',
].join('\n');

export async function activate(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  await ext.activate();
  return ext;
}

/** Folder of the multi-root fixture workspace by name ("newsroom", "desk-b"). */
export function folder(name: string): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
  assert.ok(f, `workspace folder ${name} is open (have: ${vscode.workspace.workspaceFolders?.map((w) => w.name).join(', ')})`);
  return f.uri;
}

/** Writes a draft to disk (replacing any earlier content) and opens it in an editor. */
export async function openDraft(folderName: string, rel: string, text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(folder(folderName), rel);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    // the file changed under an open document: make the buffer match the disk
    await vscode.window.showTextDocument(open);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  // not a preview tab: opening another file (e.g. the config) must not close the draft
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  assert.strictEqual(doc.getText(), text, 'the editor shows the draft as written on disk');
  return editor;
}

export function newslintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newslint');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

/** A diagnostic as [code, startLine, startChar, endLine, endChar] for exact comparisons. */
export function brief(d: vscode.Diagnostic): [string, number, number, number, number] {
  return [codeOf(d), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
}

export function describe(ds: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(ds.map((d) => [...brief(d), d.message]));
}

/**
 * Resolves with the newslint diagnostics of `uri` once `ok` accepts them: checks now, then on every
 * onDidChangeDiagnostics event for the document; rejects after `ms` with what it saw last.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = 30000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let last: vscode.Diagnostic[] = [];
    let events = 0;
    const check = (): boolean => {
      last = newslintDiagnostics(uri);
      if (!ok(last)) return false;
      sub.dispose();
      clearTimeout(timer);
      clearInterval(backstop);
      resolve(last);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) {
        events++;
        check();
      }
    });
    // a slow re-check besides the events (the events name the document once per batch)
    const backstop = setInterval(check, 500);
    const timer = setTimeout(() => {
      sub.dispose();
      clearInterval(backstop);
      const others = vscode.languages
        .getDiagnostics()
        .filter(([, ds]) => ds.length > 0)
        .map(([u, ds]) => `${vscode.workspace.asRelativePath(u)}: ${JSON.stringify(ds.map((d) => [d.source, codeOf(d), d.message]))}`)
        .join(', ');
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      reject(new Error(
        `timed out after ${ms} ms waiting for ${what} (${events} diagnostic events); diagnostics: ${describe(last)}` +
          ` [document ${doc ? `open as ${doc.languageId}` : 'not open'}; diagnostics elsewhere: ${others || 'none'}]`,
      ));
    }, ms);
    check();
  });
}

/** Polls `get` until `ok` accepts its value (for state that has no event, e.g. code actions). */
export async function poll<T>(get: () => T | Thenable<T>, ok: (v: T) => boolean, what: string, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  let v: T;
  for (;;) {
    v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}; last: ${JSON.stringify(v)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves when `doc` reaches the wanted text (document change events), or rejects after `ms`. */
export function waitForText(doc: vscode.TextDocument, ok: (t: string) => boolean, what: string, ms = 10000): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      if (!ok(doc.getText())) return false;
      sub.dispose();
      clearTimeout(timer);
      resolve(doc.getText());
      return true;
    };
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc) check();
    });
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}; text: ${JSON.stringify(doc.getText())}`));
    }, ms);
    check();
  });
}

/** Code actions the editor offers for a range (polled: the workbench receives diagnostics later). */
export async function codeActions(
  uri: vscode.Uri,
  range: vscode.Range,
  ok: (as: vscode.CodeAction[]) => boolean,
  what: string,
  kind?: string,
): Promise<vscode.CodeAction[]> {
  let last: vscode.CodeAction[] = [];
  try {
    return await poll(
      // Resolved (codeAction/resolve), as when the writer picks one: some edits are computed only then.
      async () => (last = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind, 100)) ?? []),
      ok,
      what,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message.replace(/; last: .*/s, '')}; actions offered: ${titles(last)}`);
  }
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export function titles(as: readonly vscode.CodeAction[]): string {
  return as.map((a) => a.title).join(' | ');
}

/** Closes every editor without saving and reverts unsaved buffers (between tests). */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export type Expected = [code: string, startLine: number, startChar: number, endLine: number, endChar: number, message?: string];

/** Waits until the newslint diagnostics of `uri` are exactly `expected` (in order of position). */
export async function expectDiagnostics(uri: vscode.Uri, expected: Expected[], ms = 30000): Promise<vscode.Diagnostic[]> {
  const shape = (ds: readonly vscode.Diagnostic[]) =>
    JSON.stringify(
      [...ds]
        .sort((a, b) => a.range.start.compareTo(b.range.start) || codeOf(a).localeCompare(codeOf(b)))
        .map((d, i) => (expected[i] && expected[i].length > 5 ? [...brief(d), d.message] : brief(d))),
    );
  const want = JSON.stringify(expected);
  const got = await waitForDiagnostics(uri, (ds) => shape(ds) === want, `diagnostics ${want}`, ms);
  return [...got].sort((a, b) => a.range.start.compareTo(b.range.start) || codeOf(a).localeCompare(codeOf(b)));
}

/** Changes a `newslint.*` setting for a workspace folder; returns a function that restores it. */
export async function setFolderSetting(folderName: string, key: string, value: unknown): Promise<() => Promise<void>> {
  const cfg = vscode.workspace.getConfiguration('newslint', folder(folderName));
  const before = cfg.inspect(key)?.workspaceFolderValue;
  await cfg.update(key, value, vscode.ConfigurationTarget.WorkspaceFolder);
  return async () => {
    await vscode.workspace.getConfiguration('newslint', folder(folderName)).update(key, before, vscode.ConfigurationTarget.WorkspaceFolder);
  };
}

export function readFile(uri: vscode.Uri): string {
  return fs.readFileSync(uri.fsPath, 'utf8');
}
