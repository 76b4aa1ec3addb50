import * as vscode from 'vscode';
import { activate, openDraft, newslintDiagnostics, expectDiagnostics, closeAll } from './util';
const REFERENCES = ['# Ferry plan approved', '', 'Ines Okafor said the pier was ready.', '', 'mayor Elena Marsh said the plan was approved.', '', 'Okafor said the council had met. Elena Marsh agreed.', ''].join('\n');
suite('zdebug', () => {
  suiteSetup(activate);
  teardown(closeAll);
  test('zzA loop', async () => {
    const e = await openDraft('newsroom', 'broken-config/a.md', REFERENCES);
    for (let i = 0; i < 6; i++) {
      console.log('DBG A', i, newslintDiagnostics(e.document.uri).length);
      await new Promise((r) => setTimeout(r, 700));
    }
  });
  test('zzB expect', async () => {
    const e = await openDraft('newsroom', 'broken-config/b.md', REFERENCES);
    await expectDiagnostics(e.document.uri, [['first-reference', 2, 0, 2, 11], ['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]], 8000);
  });
  test('zzC expect other folder', async () => {
    const e = await openDraft('newsroom', 'other/c.md', REFERENCES);
    await expectDiagnostics(e.document.uri, [['first-reference', 2, 0, 2, 11], ['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]], 8000);
  });
  void vscode;
});
