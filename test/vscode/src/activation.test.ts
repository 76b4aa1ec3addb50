import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID } from './util';

suite('activation', () => {
  test('the extension is installed from the development path and activates', async () => {
    const ext = await activate();
    assert.strictEqual(ext.id, EXTENSION_ID);
    assert.strictEqual(ext.isActive, true);
    assert.deepStrictEqual(
      vscode.workspace.workspaceFolders?.map((f) => f.name),
      ['newsroom', 'desk-b'],
    );
  });
});
