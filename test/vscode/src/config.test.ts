/**
 * Configuration in the editor: a broken `.newslintrc.json` shows its own diagnostic (and linting
 * goes on with defaults), fixing it re-lints; each folder of a multi-root workspace uses its own
 * config; changing a `newslint.*` setting re-lints open drafts.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, expectDiagnostics, folder, openDraft, REFERENCES, setFolderSetting, waitForDiagnostics } from './util';


suite('configuration', () => {
  suiteSetup(activate);
  teardown(closeAll);

  test('a broken .newslintrc.json gets its own diagnostic, linting goes on; fixed, the draft follows it', async () => {
    const config = vscode.Uri.joinPath(folder('newsroom'), 'broken-config', '.newslintrc.json');
    const e = await openDraft('newsroom', 'broken-config/draft.md', REFERENCES);
    await expectDiagnostics(e.document.uri, [['first-reference', 2, 0, 2, 11], ['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]]);

    // the writer edits the config file in the editor, mistypes a severity and saves
    const doc = await vscode.workspace.openTextDocument(config);
    const ed = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    assert.ok(await ed.edit((b) => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), '{\n  "rules": {\n    "title-case": "loud"\n  }\n}\n')));
    assert.ok(await doc.save());
    const [c] = await expectDiagnostics(config, [[
      'config', 2, 18, 2, 24,
      'rules.title-case: "loud" is not a severity; use "off", "info", "warning" or "error". newslint uses its default settings until this is fixed.',
    ]]);
    assert.strictEqual(c.severity, vscode.DiagnosticSeverity.Error);
    // the draft is still linted, with the defaults
    const ds = await expectDiagnostics(e.document.uri, [['first-reference', 2, 0, 2, 11], ['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]]);
    assert.strictEqual(ds[1].severity, vscode.DiagnosticSeverity.Information);

    // corrected and saved: the config diagnostic goes, title-case is now an error
    assert.ok(await ed.edit((b) => b.replace(new vscode.Range(2, 18, 2, 24), '"error"')));
    assert.ok(await doc.save());
    await expectDiagnostics(config, []);
    await waitForDiagnostics(
      e.document.uri,
      (x) => x.length === 3 && x.some((d) => d.severity === vscode.DiagnosticSeverity.Error && d.range.start.line === 4),
      'title-case as an error',
    );
  });

  test('multi-root: each folder lints with its own .newslintrc.json', async () => {
    const a = await openDraft('newsroom', 'multi/draft.md', REFERENCES);
    const inNewsroom = await expectDiagnostics(a.document.uri, [['first-reference', 2, 0, 2, 11], ['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]]);
    assert.deepStrictEqual(inNewsroom.map((d) => d.severity), [vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Information]);
    // desk-b/.newslintrc.json: title-case is an error, first-reference is off
    const b = await openDraft('desk-b', 'multi/draft.md', REFERENCES);
    const inDeskB = await expectDiagnostics(b.document.uri, [['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]]);
    assert.deepStrictEqual(inDeskB.map((d) => d.severity), [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Information]);
  });

  test('changing a newslint setting re-lints: newslint.enable off and on again', async () => {
    const e = await openDraft('newsroom', 'settings/draft.md', REFERENCES);
    await expectDiagnostics(e.document.uri, [['first-reference', 2, 0, 2, 11], ['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]]);
    const restore = await setFolderSetting('newsroom', 'enable', false);
    try {
      await expectDiagnostics(e.document.uri, []);
    } finally {
      await restore();
    }
    await expectDiagnostics(e.document.uri, [['first-reference', 2, 0, 2, 11], ['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]]);
  });
});
