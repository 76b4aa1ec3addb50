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
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  type ErrorHandler,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CLIENT_COMMAND, REQUEST, SECTION, SERVER_COMMAND, SETTING, settingId, type QuoteSheet } from '../../server/src/protocol';

export const CLIENT_ID = SECTION;
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
  const languages = vscode.workspace.getConfiguration(SECTION).get<string[]>(SETTING.languages) ?? ['markdown', 'plaintext', 'newsdraft'];
  const selector: { language: string; scheme: string }[] = [];
  for (const language of languages) {
    selector.push({ language, scheme: 'file' }, { language, scheme: 'untitled' });
  }
  return selector;
}

/**
 * Logs each crash of the server and restarts it, up to 4 times in 3 minutes (as the client's
 * default handler does), then says how to restart it by hand.
 */
function crashHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error(error, _message, count) {
      output.error(`Connection to the newslint language server failed (${count ?? 1}): ${error?.message ?? error}`);
      return { action: (count ?? 1) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed() {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0] > 3 * 60_000) crashes.shift();
      if (crashes.length > 4) {
        const message = 'The newslint language server crashed 5 times in 3 minutes and was not restarted. Run "newslint: Restart server".';
        output.error(message);
        return { action: CloseAction.DoNotRestart, message };
      }
      output.error(`The newslint language server stopped unexpectedly; restarting it (crash ${crashes.length} in 3 minutes).`);
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = serverModulePath(context);
  output.info(`newslint ${context.extension.packageJSON.version}: starting the language server (${module})`);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Trust decides whether a config's `extends` may read files outside the workspace folder.
    initializationOptions: { settings: vscode.workspace.getConfiguration(SECTION), workspaceTrusted: vscode.workspace.isTrusted },
    diagnosticPullOptions: { onChange: true, onSave: true },
    errorHandler: crashHandler(output),
  };
  const client = new LanguageClient(CLIENT_ID, SECTION, serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    if (e.newState === State.Running) output.info('The newslint language server is running.');
    else if (e.newState === State.Stopped) output.info('The newslint language server stopped.');
  });
  return client;
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

/** The commands the status item's menu (its hover) offers, after "Show problems". */
const STATUS_MENU: Array<[command: string, label: string]> = [
  [CLIENT_COMMAND.showQuoteSheet, '$(quote) Quote sheet'],
  [CLIENT_COMMAND.fixAll, '$(wrench) Fix all problems'],
  [CLIENT_COMMAND.restartServer, '$(debug-restart) Restart server'],
];
const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

function isDraft(doc: vscode.TextDocument): boolean {
  const languages = vscode.workspace.getConfiguration(SECTION).get<string[]>(SETTING.languages) ?? []; // window-scoped
  const enabled = vscode.workspace.getConfiguration(SECTION, doc.uri).get<boolean>(SETTING.enable) ?? true;
  return enabled && languages.includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

/**
 * One status bar item: the count of newslint findings in the draft being edited. It stays while
 * a panel, the output or the quote sheet has focus, and goes when another file is edited or the
 * draft is closed. Click: Problems; hover: a menu of the quote sheet, fix-all and restart.
 */
class FindingsStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newslint.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subs: vscode.Disposable[] = [];
  /** The draft whose findings are counted. */
  private draft: vscode.Uri | undefined;

  constructor() {
    this.item.name = 'newslint findings';
    this.item.command = PROBLEMS_COMMAND;
    this.subs.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.draft && e.uris.some((u) => u.toString() === this.draft!.toString())) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.toString() === this.draft?.toString()) this.follow(undefined, true);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.follow(vscode.window.activeTextEditor, true);
      }),
    );
    this.follow(vscode.window.activeTextEditor, true);
  }

  /** The count shown, for tests: null when hidden. */
  count: number | null = null;

  /** The editor of the counted draft, when one is visible (commands run from the menu use it). */
  draftEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.draft?.toString());
  }

  /** A draft becomes the one counted; another file hides the item; a panel or the output keeps it. */
  private follow(editor: vscode.TextEditor | undefined, reset = false): void {
    if (editor && isDraft(editor.document)) this.draft = editor.document.uri;
    else if (reset || (editor && editor.document.uri.scheme === 'file')) this.draft = undefined;
    this.update();
  }

  update(): void {
    if (!this.draft) {
      this.count = null;
      this.item.hide();
      return;
    }
    const n = vscode.languages.getDiagnostics(this.draft).filter((d) => d.source === SECTION).length;
    this.count = n;
    this.item.text = n === 0 ? '$(check) newslint' : `$(warning) newslint: ${n}`;
    this.item.tooltip = this.menu(n);
    this.item.show();
  }

  private menu(n: number): vscode.MarkdownString {
    const name = path.posix.basename(this.draft!.path);
    const md = new vscode.MarkdownString(
      `${n === 0 ? 'No newslint findings' : `${n} newslint finding${n === 1 ? '' : 's'}`} in ${name}\n\n` +
        [[PROBLEMS_COMMAND, '$(list-flat) Show problems'], ...STATUS_MENU].map(([c, label]) => `[${label}](command:${c})`).join(' · '),
      true,
    );
    md.isTrusted = { enabledCommands: [PROBLEMS_COMMAND, ...STATUS_MENU.map(([c]) => c)] };
    return md;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subs) s.dispose();
  }
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
  /** The status item's menu (its hover, Markdown with command links), null when hidden. */
  statusMenu(): string | null;
  /** The file the "newslint" output channel is written to. */
  logFile(): string;
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

  // The active draft, else the one the status item counts (a command run from its menu while a
  // panel or the quote sheet has focus).
  const activeDraft = (): vscode.TextEditor | undefined => {
    const active = vscode.window.activeTextEditor;
    const editor = active && isDraft(active.document) ? active : status.draftEditor();
    if (!editor) {
      void vscode.window.showInformationMessage('newslint: open a draft first.');
      return undefined;
    }
    return editor;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(CLIENT_COMMAND.fixAll, async () => {
      const editor = activeDraft();
      if (!editor || !client) return;
      await starting;
      await client.sendRequest('workspace/executeCommand', {
        command: SERVER_COMMAND.applyFixAll,
        arguments: [{ uri: editor.document.uri.toString(), version: editor.document.version }],
      });
    }),
    vscode.commands.registerCommand(CLIENT_COMMAND.showQuoteSheet, async () => {
      const editor = activeDraft();
      if (!editor || !client) return;
      await starting;
      const sheet = await client.sendRequest<QuoteSheet>(REQUEST.quoteSheet, { uri: editor.document.uri.toString() });
      const uri = QuoteSheetProvider.uriFor(editor.document.uri);
      quoteSheets.set(uri, sheet);
      quoteSheets.follow(editor.document.uri, uri);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
      return sheet;
    }),
    vscode.commands.registerCommand(CLIENT_COMMAND.restartServer, async () => {
      output.info('Restarting the newslint language server ("newslint: Restart server").');
      if (client) {
        await client.stop().catch(() => undefined);
        await client.dispose().catch(() => undefined);
      }
      await startClient(context, output);
      status.update();
    }),
    vscode.workspace.onDidChangeTextDocument((e) =>
      quoteSheets.changed(e.document.uri, async (source) =>
        client ? client.sendRequest<QuoteSheet>(REQUEST.quoteSheet, { uri: source.toString() }) : undefined,
      ),
    ),
    // The server learns of trust when it starts: granting it restarts the server.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void vscode.commands.executeCommand(CLIENT_COMMAND.restartServer)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts: a new language list needs a restart.
      if (e.affectsConfiguration(settingId(SETTING.languages))) {
        await vscode.commands.executeCommand(CLIENT_COMMAND.restartServer);
      }
    }),
    { dispose: () => void client?.stop() },
  );

  await startClient(context, output);
  return {
    client: () => client,
    statusCount: () => status.count,
    statusMenu: () => (status.count === null ? null : (status.item.tooltip as vscode.MarkdownString).value),
    logFile: () => path.join(context.logUri.fsPath, 'newslint.log'),
  };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
  client = undefined;
}
