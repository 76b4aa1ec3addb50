#!/usr/bin/env node
// @ts-check
// `npm run test:vscode`: the same in-editor mocha suite (test/vscode) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (it fetches it from
// update.code.visualstudio.com; offline, use `npm run test:e2e`, which runs the suite in code-server).
// VSCODE_VERSION picks the editor version (default 1.96.4, the oldest the manifest supports);
// NEWSLINT_VSCODE_GREP selects tests by title.
'use strict';
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const H = require('./harness');

async function main() {
  const fs = require('node:fs');
  fs.mkdirSync(H.TMP_ROOT, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(H.TMP_ROOT, 'electron-'));
  process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
  const ws = H.copyFixture('workspace', path.join(scratch, 'ws'));
  await runTests({
    version: process.env.VSCODE_VERSION || '1.96.4',
    extensionDevelopmentPath: H.ROOT,
    extensionTestsPath: path.join(H.ROOT, 'test', 'vscode', 'out', 'index.js'),
    launchArgs: [path.join(ws, 'newslint.code-workspace'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: process.env.NEWSLINT_VSCODE_GREP ? { NEWSLINT_VSCODE_GREP: process.env.NEWSLINT_VSCODE_GREP } : {},
  });
}

main().then(() => process.exit(0), (e) => {
  console.error(`test:vscode failed: ${(e && e.stack) || e}`);
  process.exit(1);
});
