/** The shared protocol module (issue 17) agrees with the extension manifest and the server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLIENT_COMMAND, SECTION, SERVER_COMMAND, SETTING, settingId } from '../../../server/out/protocol.js';
import { TestClient } from './harness';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

test('client commands and settings keys are those package.json contributes', () => {
  const commands = (manifest.contributes.commands as Array<{ command: string }>).map((c) => c.command).sort();
  assert.deepEqual(Object.values(CLIENT_COMMAND).sort(), commands);
  const settings = Object.keys(manifest.contributes.configuration.properties).filter((k) => k !== 'newslint.trace.server').sort();
  assert.deepEqual(Object.values(SETTING).map(settingId).sort(), settings);
  assert.equal(SECTION, 'newslint');
});

test('the server offers the commands of the protocol module', async () => {
  const c = await TestClient.start();
  try {
    assert.deepEqual(c.initializeResult.capabilities.executeCommandProvider?.commands, [SERVER_COMMAND.applyFixAll, SERVER_COMMAND.editConfig]);
  } finally {
    await c.shutdown();
  }
});
