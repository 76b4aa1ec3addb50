/** The extension's own UI: the quote sheet command, the status bar count, "Fix all problems". */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activate, applyAction, closeAll, codeActions, expectDiagnostics, openDraft, poll, waitForText } from './util';

interface Api {
  statusCount(): number | null;
  statusMenu(): string | null;
  logFile(): string;
}

const SHEET_DRAFT = [
  '# Ferry plan approved',
  '',
  'Mayor Elena Marsh said the council had approved the plan.',
  '',
  '"It took two years, but the boats are coming back," Marsh said.',
  '',
  'The vote came after two years of delays.',
  '',
  '"We will open the new ferry line in May."',
  '',
].join('\n');

function newslintDiagnosticsCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newslint').length;
}

suite('commands and status bar', () => {
  let api: Api;
  suiteSetup(async () => {
    api = (await activate()).exports as Api;
  });
  teardown(closeAll);

  test('"Show quote sheet" opens the sheet: every quote, its speaker and cue, each linked to the quote', async () => {
    const e = await openDraft('newsroom', 'commands/sheet.md', SHEET_DRAFT);
    await expectDiagnostics(e.document.uri, [['quote-attribution', 8, 0, 8, 41]]);
    await vscode.commands.executeCommand('newslint.showQuoteSheet');
    const sheet = await poll(
      () => vscode.window.activeTextEditor?.document,
      (d) => d?.uri.scheme === 'newslint-quotes',
      'the quote sheet editor',
    );
    assert.strictEqual(sheet!.getText(), [
      'Quote sheet — sheet.md (2 quotes)',
      '',
      '5:1      "It took two years, but the boats are coming back,"',
      '         Speaker: Elena Marsh (“Marsh”) · Cue: said · Found: cue “said”',
      '',
      '9:1      "We will open the new ferry line in May."',
      '         Speaker: NO SPEAKER · Found: none',
      '',
    ].join('\n'));
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', sheet!.uri);
    assert.deepStrictEqual(
      links.map((l) => [l.range.start.line, l.target?.path.endsWith('/commands/sheet.md'), l.target?.fragment]),
      [[2, true, 'L5,1'], [5, true, 'L9,1']],
    );
  });

  test('hover on a quote names its speaker and cue; hover on a name gives spellings and first reference; the outline lists people and quotes', async () => {
    const e = await openDraft('newsroom', 'commands/hover.md', SHEET_DRAFT);
    await expectDiagnostics(e.document.uri, [['quote-attribution', 8, 0, 8, 41]]);
    const hoverText = async (line: number, character: number) => {
      const hs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', e.document.uri, new vscode.Position(line, character));
      return hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).filter((v) => /Speaker|Spellings/.test(v));
    };
    assert.deepStrictEqual(await hoverText(4, 5), ['**Speaker:** Elena Marsh (as “Marsh”)\n\n**Cue:** said']);
    assert.deepStrictEqual(await hoverText(8, 5), ['**Speaker:** none found']);
    const [person] = await hoverText(2, 14);
    assert.match(person, /^\*\*Elena Marsh\*\*/);
    assert.match(person, /Spellings: Elena Marsh \(1×\), Marsh \(1×\)/);
    assert.match(person, /First reference: line 3, “Elena Marsh”/);
    const all = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', e.document.uri);
    const symbols = all.filter((x) => !x.name.startsWith('#')); // Markdown's own outline (headings) is merged in
    assert.deepStrictEqual(symbols.map((x) => [x.name, x.detail, x.range.start.line]), [
      ['Elena Marsh', 'Mayor', 2],
      ['“It took two years, but the boats are coming bac…”', 'Elena Marsh', 4],
      ['“We will open the new ferry line in May.”', 'no speaker', 8],
    ]);
  });

  test('the status bar counts the findings of the active draft and follows the fixes', async () => {
    const e = await openDraft('newsroom', 'commands/status.md', SHEET_DRAFT.replace('Marsh said.', 'Marsch said.'));
    const ds = await expectDiagnostics(e.document.uri, [['name-consistency', 4, 52, 4, 58], ['quote-attribution', 8, 0, 8, 41]]);
    await poll(() => api.statusCount(), (n) => n === 2, 'status count 2');
    const fix = (await codeActions(e.document.uri, ds[0].range, (as) => as.some((a) => a.isPreferred), 'the name fix', vscode.CodeActionKind.QuickFix.value)).find((a) => a.isPreferred)!;
    await applyAction(fix);
    await expectDiagnostics(e.document.uri, [['quote-attribution', 8, 0, 8, 41]]);
    await poll(() => api.statusCount(), (n) => n === 1, 'status count 1');
  });

  test('the status item stays while the Output panel or the quote sheet has focus; its menu offers Problems, quote sheet, fix-all and restart', async () => {
    const e = await openDraft('newsroom', 'commands/status-focus.md', SHEET_DRAFT);
    await expectDiagnostics(e.document.uri, [['quote-attribution', 8, 0, 8, 41]]);
    await poll(() => api.statusCount(), (n) => n === 1, 'status count 1');
    assert.strictEqual(
      api.statusMenu(),
      '1 newslint finding in status-focus.md\n\n[$(list-flat) Show problems](command:workbench.actions.view.problems) · [$(quote) Quote sheet](command:newslint.showQuoteSheet) · ' +
        '[$(wrench) Fix all problems](command:newslint.fixAll) · [$(debug-restart) Restart server](command:newslint.restartServer)',
    );
    await vscode.commands.executeCommand('workbench.action.output.toggleOutput');
    await vscode.commands.executeCommand('workbench.action.focusPanel');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    assert.strictEqual(api.statusCount(), 1, 'still shown with a panel focused');
    // the quote sheet, run from the menu while the sheet has focus, still works on the draft
    await vscode.commands.executeCommand('newslint.showQuoteSheet');
    await poll(() => vscode.window.activeTextEditor?.document.uri.scheme, (sc) => sc === 'newslint-quotes', 'the quote sheet');
    assert.strictEqual(api.statusCount(), 1, 'still shown with the quote sheet focused');
    // another file: hidden
    const other = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'house', '.newslintrc.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other), { preview: false });
    await poll(() => api.statusCount(), (n) => n === null, 'hidden for a file that is not a draft');
  });

  test('word wrap is on by default for .draft files (newsdraft), as VS Code has it for Markdown; plain text is left to the user', () => {
    const wrap = (languageId: string) => vscode.workspace.getConfiguration('editor', { languageId }).get('wordWrap');
    assert.deepStrictEqual([wrap('newsdraft'), wrap('markdown'), wrap('plaintext')], ['on', 'on', 'off']);
  });

  test('the newslint output channel (newslint.log) names the server, its start and the config each draft uses', async () => {
    const e = await openDraft('newsroom', 'house/logged.md', SHEET_DRAFT);
    await poll(() => newslintDiagnosticsCount(e.document.uri), (n) => n > 0, 'diagnostics of house/logged.md');
    const version = vscode.extensions.getExtension('newslint.newslint')!.packageJSON.version as string;
    const log = await poll(() => (fs.existsSync(api.logFile()) ? fs.readFileSync(api.logFile(), 'utf8') : ''), (t) => t.includes('house/logged.md'), `newslint.log naming house/logged.md (${api.logFile()})`);
    assert.match(log, new RegExp(`\\[info\\] newslint ${version.replace(/\./g, '\\.')}: starting the language server`));
    assert.match(log, new RegExp(`\\[info\\] newslint: language server ${version.replace(/\./g, '\\.')} started \\(Node `));
    assert.match(log, /\[info\] newslint: Config for \S*house\/logged\.md: \S*house\/\.newslintrc\.json\n/);
  });

  test('"Fix all problems" applies every safe fix of the draft', async () => {
    const text = ['# Ferry plan approved', '', 'Ines Okafor, the harbour master, said the pier was ready.', '', 'mayor Elena Marsh said the plan was approved.', '', 'Okafor said the council had met. Elena Marsh agreed.', ''].join('\n');
    const e = await openDraft('newsroom', 'commands/fixall.md', text);
    await expectDiagnostics(e.document.uri, [['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]]);
    await vscode.commands.executeCommand('newslint.fixAll');
    const fixed = text.replace('mayor Elena', 'Mayor Elena').replace('met. Elena Marsh', 'met. Marsh');
    await waitForText(e.document, (t) => t === fixed, 'the fixed draft');
    await expectDiagnostics(e.document.uri, []);
    assert.strictEqual(e.document.isDirty, true, 'fixes are edits the writer can undo, not a silent save');
  });
});
