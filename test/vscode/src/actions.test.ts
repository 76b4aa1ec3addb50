/**
 * Fix-all on save (`editor.codeActionsOnSave`), "Disable … for this line", and the actions that
 * write `.newslintrc.json` ("Add '…' as allowed for …", "Set '…' as the house spelling").
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activate, applyAction, closeAll, codeActions, expectDiagnostics, folder, openDraft, readFile, titles,
} from './util';
import { poll } from './util';

const QUICK_FIX = vscode.CodeActionKind.QuickFix.value;
const NAMES = ['# Ferry plan approved', '', 'Mayor Elena Marsh said on Tuesday that the council had approved the ferry plan.', '', 'Marsch said the first boat would sail from the north pier.', ''].join('\n');

suite('fix-all, disable and config actions', () => {
  suiteSetup(activate);
  teardown(closeAll);

  test('fix-all runs on save through editor.codeActionsOnSave', async () => {
    // desk-b/.vscode/settings.json: "editor.codeActionsOnSave": {"source.fixAll.newslint": "explicit"}
    assert.deepStrictEqual(vscode.workspace.getConfiguration('editor', folder('desk-b')).get('codeActionsOnSave'), { 'source.fixAll.newslint': 'explicit' });
    const text = [
      '# Ferry plan approved',
      '',
      'Ines Okafor, the harbour master, said the pier was ready.',
      '',
      'mayor Elena Marsh called the plan “a gamble" on Tuesday.',
      '',
      'Okafor said the council had met. Elena Marsh agreed.',
      '',
      'Marsch said the first boat would sail from the north pier.',
      '',
    ].join('\n');
    const e = await openDraft('desk-b', 'fixall/story.md', text);
    await expectDiagnostics(e.document.uri, [
      ['title-case', 4, 0, 4, 5],
      ['quote-marks', 4, 43, 4, 44],
      ['later-reference', 6, 33, 6, 44],
      ['name-consistency', 8, 0, 8, 6],
    ]);
    // the writer adds a line, then saves (an explicit save, as Ctrl+S: save participants run)
    assert.ok(await e.edit((b) => b.insert(new vscode.Position(9, 0), '\nThe ferry runs twice a day.\n')));
    // the source action exists for this version (and the server's fix-all path is warm: VS Code gives
    // on-save code actions little time before it saves without them)
    const whole = new vscode.Range(0, 0, e.document.lineCount, 0);
    await codeActions(e.document.uri, whole, (as) => as.some((a) => a.title === 'Fix all newslint problems' && !!a.edit), 'the fix-all source action', 'source.fixAll.newslint');
    assert.ok(await e.document.save(), 'the draft was saved');
    const fixed = [
      '# Ferry plan approved',
      '',
      'Ines Okafor, the harbour master, said the pier was ready.',
      '',
      'Mayor Elena Marsh called the plan “a gamble” on Tuesday.',
      '',
      'Okafor said the council had met. Marsh agreed.',
      '',
      'Marsh said the first boat would sail from the north pier.',
      '',
      'The ferry runs twice a day.',
      '',
    ].join('\n');
    await poll(() => readFile(e.document.uri), (t) => t === fixed, 'the fixed draft on disk');
    assert.strictEqual(e.document.getText(), fixed);
    assert.strictEqual(e.document.isDirty, false);
    await expectDiagnostics(e.document.uri, []);
  });

  test('"Disable quote-attribution for this line" adds the directive and the diagnostic goes', async () => {
    const text = ['# Ferry plan approved', '', 'Mayor Elena Marsh said on Tuesday that the council had approved the ferry plan.', '', 'The vote came after two years of delays.', '', '"We will open the new ferry line in May."', ''].join('\n');
    const e = await openDraft('newsroom', 'disable/line.md', text);
    const [d] = await expectDiagnostics(e.document.uri, [['quote-attribution', 6, 0, 6, 41]]);
    const actions = await codeActions(e.document.uri, d.range, (as) => as.some((a) => a.title === 'Disable quote-attribution for this line'), 'the disable action', QUICK_FIX);
    await applyAction(actions.find((a) => a.title === 'Disable quote-attribution for this line')!);
    assert.strictEqual(e.document.lineAt(6).text, '"We will open the new ferry line in May." <!-- newslint-disable-line quote-attribution -->');
    await expectDiagnostics(e.document.uri, []);
  });

  test('"Set \'Marsch\' as the house spelling" writes .newslintrc.json; the other spelling is flagged', async () => {
    const e = await openDraft('newsroom', 'house/names.md', NAMES);
    const [d] = await expectDiagnostics(e.document.uri, [['name-consistency', 4, 0, 4, 6]]);
    const title = "Set 'Marsch' as the house spelling";
    const actions = await codeActions(e.document.uri, d.range, (as) => as.some((a) => a.title === title), 'the house-spelling action', QUICK_FIX);
    const config = vscode.Uri.joinPath(folder('newsroom'), 'house', '.newslintrc.json');
    await applyAction(actions.find((a) => a.title === title)!);
    assert.strictEqual(readFile(config), '{\n  "rules": {},\n  "names": {\n    "Marsch": [\n      "Marsh"\n    ]\n  }\n}\n');
    await expectDiagnostics(e.document.uri, [['name-consistency', 2, 12, 2, 17, "'Marsh' (1×) is also spelled 'Marsch' (1×) in this draft"]]);
    assert.strictEqual(e.document.getText(), NAMES, 'the draft itself is unchanged');
  });

  test('"Add \'Marsch\' as allowed for Elena Marsh" writes .newslintrc.json and the diagnostic goes', async () => {
    const e = await openDraft('newsroom', 'config-actions/names.md', NAMES);
    const [d] = await expectDiagnostics(e.document.uri, [['name-consistency', 4, 0, 4, 6]]);
    const title = "Add 'Marsch' as allowed for Elena Marsh";
    const actions = await codeActions(e.document.uri, d.range, (as) => as.some((a) => a.title === title), 'the allow action', QUICK_FIX);
    assert.ok(actions.some((a) => a.title === title), titles(actions));
    const config = vscode.Uri.joinPath(folder('newsroom'), 'config-actions', '.newslintrc.json');
    await applyAction(actions.find((a) => a.title === title)!);
    // both spellings become accepted names of their own
    assert.deepStrictEqual(JSON.parse(readFile(config)), { rules: {}, names: { Marsh: [], Marsch: [] } });
    await expectDiagnostics(e.document.uri, []);
    assert.strictEqual(e.document.getText(), NAMES, 'the draft itself is unchanged');
  });
});
