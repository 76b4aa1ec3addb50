/**
 * The newslint VS Code extension: starts the language server (every rule of the engine, per
 * resource configuration, quick fixes) and adds what only the editor can show: the count of
 * findings in the status bar, the quote sheet of a draft, and the commands.
 *
 * The server module is found next to this file when bundled (dist/extension.js + dist/server.js,
 * see client/scripts/esbuild.js), else in the source tree's build output (server/out/server.js).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const CLIENT_ID = 'newslint';
const QUOTE_SHEET_SCHEME = 'newslint-quotes';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

/** Where the language server module is (exported for the packaging and in-editor tests). */
export function serverModulePath(context: vscode.ExtensionContext): string {
  const besideMe = path.join(__dirname, 'server.js');
  if (fs.existsSync(besideMe)) return besideMe;
  return context.asAbsolutePath(path.join('server', 'out', 'server.js'));
}

function documentSelector(): DocumentSelector {
  const languages = vscode.workspace.getConfiguration('newslint').get<string[]>('languages') ?? ['markdown', 'plaintext', 'newsdraft'];
  const selector: { language: string; scheme: string }[] = [];
  for (const language of languages) {
    selector.push({ language, scheme: 'file' }, { language, scheme: 'untitled' });
  }
  return selector;
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = serverModulePath(context);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: { settings: vscode.workspace.getConfiguration('newslint') },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  return new LanguageClient(CLIENT_ID, 'newslint', serverOptions, clientOptions);
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<void> {
  client = createClient(context, output);
  starting = client.start();
  try {
    await starting;
  } catch (err) {
    output.appendLine(`newslint: the language server did not start: ${(err as Error)?.stack ?? err}`);
    void vscode.window.showErrorMessage('newslint: the language server did not start. See the "newslint" output.');
  }
}

/** Counts newslint findings in the active draft. */
class FindingsStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newslint.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subs: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'newslint findings';
    this.item.command = 'workbench.actions.view.problems';
    this.subs.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newslint')) this.update();
      }),
    );
    this.update();
  }

  /** The count shown, for tests: null when hidden. */
  count: number | null = null;

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const languages = vscode.workspace.getConfiguration('newslint').get<string[]>('languages') ?? []; // window-scoped
    const enabled = vscode.workspace.getConfiguration('newslint', editor?.document.uri).get<boolean>('enable') ?? true;
    if (!editor || !enabled || !languages.includes(editor.document.languageId)) {
      this.count = null;
      this.item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'newslint');
    const n = diagnostics.length;
    this.count = n;
    this.item.text = n === 0 ? '$(check) newslint' : `$(warning) newslint: ${n}`;
    this.item.tooltip = n === 0 ? 'No newslint findings in this draft' : `${n} newslint finding${n === 1 ? '' : 's'} in this draft — show Problems`;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subs) s.dispose();
  }
}

interface QuoteSheetEntry {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  kind: string;
  speaker: null | { name: string | null; text: string };
  cue: null | { text: string };
  /** How the speaker was found (from the server; absent from an older server). */
  how?: { text: string };
}

interface QuoteSheet {
  uri: string;
  version: number;
  quotes: QuoteSheetEntry[];
}

/** The quote sheet as a read-only virtual document; each quote line links to the quote. */
class QuoteSheetProvider implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider {
  private readonly sheets = new Map<string, { sheet: QuoteSheet; links: vscode.DocumentLink[]; text: string }>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  static uriFor(source: vscode.Uri): vscode.Uri {
    return vscode.Uri.from({ scheme: QUOTE_SHEET_SCHEME, path: `/${path.posix.basename(source.path)} — quotes`, query: source.toString() });
  }

  set(sheetUri: vscode.Uri, sheet: QuoteSheet): void {
    const source = vscode.Uri.parse(sheet.uri);
    const name = path.posix.basename(source.path);
    const lines = [`Quote sheet — ${name} (${sheet.quotes.length} quote${sheet.quotes.length === 1 ? '' : 's'})`, ''];
    const links: vscode.DocumentLink[] = [];
    for (const q of sheet.quotes) {
      const where = `${q.range.start.line + 1}:${q.range.start.character + 1}`;
      const text = q.text.replace(/\s+/g, ' ');
      const lineNo = lines.length;
      lines.push(`${where.padEnd(8)} ${text}`);
      const target = source.with({ fragment: `L${q.range.start.line + 1},${q.range.start.character + 1}` });
      const link = new vscode.DocumentLink(new vscode.Range(lineNo, 0, lineNo, where.length), target);
      link.tooltip = 'Go to the quote';
      links.push(link);
      const speaker = q.speaker ? (q.speaker.name && q.speaker.name !== q.speaker.text ? `${q.speaker.name} (“${q.speaker.text}”)` : q.speaker.text) : 'NO SPEAKER';
      lines.push(`${''.padEnd(8)} Speaker: ${speaker}${q.cue ? ` · Cue: ${q.cue.text}` : ''}${q.how ? ` · Found: ${q.how.text}` : ''}${q.kind !== 'direct' ? ` · ${q.kind}` : ''}`);
      lines.push('');
    }
    if (sheet.quotes.length === 0) lines.push('No quotes in this draft.');
    this.sheets.set(sheetUri.toString(), { sheet, links, text: lines.join('\n') });
    this.emitter.fire(sheetUri);
  }

  private readonly followed = new Map<string, { sheet: vscode.Uri; timer: ReturnType<typeof setTimeout> | null }>();

  /** Keep the sheet of `source` current while the writer edits the draft (after a short pause). */
  follow(source: vscode.Uri, sheet: vscode.Uri): void {
    this.followed.set(source.toString(), { sheet, timer: null });
  }

  /** The draft changed: refresh its open sheet a moment later (`fetch` asks the server). */
  changed(source: vscode.Uri, fetch: (source: vscode.Uri) => Promise<QuoteSheet | undefined>): void {
    const f = this.followed.get(source.toString());
    if (!f) return;
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === f.sheet.toString())) {
      this.followed.delete(source.toString()); // the sheet was closed
      return;
    }
    if (f.timer) clearTimeout(f.timer);
    f.timer = setTimeout(() => {
      f.timer = null;
      void fetch(source).then((sheet) => sheet && this.set(f.sheet, sheet), () => undefined);
    }, 400);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.sheets.get(uri.toString())?.text ?? 'Run "newslint: Show quote sheet" on a draft.';
  }

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    return this.sheets.get(document.uri.toString())?.links ?? [];
  }

  dispose(): void {
    for (const f of this.followed.values()) if (f.timer) clearTimeout(f.timer);
    this.emitter.dispose();
  }
}

export interface NewslintApi {
  /** The running language client (for the in-editor tests). */
  client(): LanguageClient | undefined;
  /** The status bar count for the active draft (null when hidden). */
  statusCount(): number | null;
}

export async function activate(context: vscode.ExtensionContext): Promise<NewslintApi> {
  const output = vscode.window.createOutputChannel('newslint', { log: true });
  context.subscriptions.push(output);
  const status = new FindingsStatus();
  const quoteSheets = new QuoteSheetProvider();
  context.subscriptions.push(
    status,
    quoteSheets,
    vscode.workspace.registerTextDocumentContentProvider(QUOTE_SHEET_SCHEME, quoteSheets),
    vscode.languages.registerDocumentLinkProvider({ scheme: QUOTE_SHEET_SCHEME }, quoteSheets),
  );

  const activeDraft = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.uri.scheme === QUOTE_SHEET_SCHEME) {
      void vscode.window.showInformationMessage('newslint: open a draft first.');
      return undefined;
    }
    return editor;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('newslint.fixAll', async () => {
      const editor = activeDraft();
      if (!editor || !client) return;
      await starting;
      await client.sendRequest('workspace/executeCommand', {
        command: 'newslint.applyFixAll',
        arguments: [{ uri: editor.document.uri.toString(), version: editor.document.version }],
      });
    }),
    vscode.commands.registerCommand('newslint.showQuoteSheet', async () => {
      const editor = activeDraft();
      if (!editor || !client) return;
      await starting;
      const sheet = await client.sendRequest<QuoteSheet>('newslint/quoteSheet', { uri: editor.document.uri.toString() });
      const uri = QuoteSheetProvider.uriFor(editor.document.uri);
      quoteSheets.set(uri, sheet);
      quoteSheets.follow(editor.document.uri, uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
      return sheet;
    }),
    vscode.commands.registerCommand('newslint.restartServer', async () => {
      if (client) {
        await client.stop().catch(() => undefined);
        await client.dispose().catch(() => undefined);
      }
      await startClient(context, output);
      status.update();
    }),
    vscode.workspace.onDidChangeTextDocument((e) =>
      quoteSheets.changed(e.document.uri, async (source) =>
        client ? client.sendRequest<QuoteSheet>('newslint/quoteSheet', { uri: source.toString() }) : undefined,
      ),
    ),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts: a new language list needs a restart.
      if (e.affectsConfiguration('newslint.languages')) {
        await vscode.commands.executeCommand('newslint.restartServer');
      }
    }),
    { dispose: () => void client?.stop() },
  );

  await startClient(context, output);
  return { client: () => client, statusCount: () => status.count };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
  client = undefined;
}
