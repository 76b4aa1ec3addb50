#!/usr/bin/env node
// @ts-check
// `npm run test:vscode`: the same in-editor mocha suite (test/vscode) in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (it fetches it from
// update.code.visualstudio.com once, into .vscode-test/; offline it exits 2 and says to use
// `npm run test:e2e`, which runs the same suite in code-server).
// VSCODE_VERSION picks the editor version (default 1.96.4, the oldest the manifest supports);
// NEWSLINT_VSCODE_GREP selects tests by title.
'use strict';
const path = require('node:path');
const { downloadAndUnzipVSCode, runTests } = require('@vscode/test-electron');
const H = require('./harness');

/** Network failures of the download (no DNS, no route, refused, timed out). */
const OFFLINE = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;

/**
 * VS Code `version`, downloaded into .vscode-test unless it is there already. Offline without a
 * copy: says so and exits 2 (a set-up failure, not a failed test), pointing at `npm run test:e2e`.
 */
async function vscodeExecutable(version) {
  try {
    return await downloadAndUnzipVSCode(version);
  } catch (e) {
    const why = String((e && e.message) || e);
    if (!OFFLINE.test(why)) throw e;
    console.error(
      `test:vscode: cannot download VS Code ${version} from update.code.visualstudio.com (${why.split('\n')[0]}).\n` +
        'This suite needs the internet once, to fetch desktop VS Code into .vscode-test/. Offline, run the same\n' +
        'in-editor suite in code-server with `npm run test:e2e` (part of `npm test`).',
    );
    process.exit(2);
  }
}

async function main() {
  const version = process.env.VSCODE_VERSION || '1.96.4';
  const vscodeExecutablePath = await vscodeExecutable(version);
  const fs = require('node:fs');
  fs.mkdirSync(H.TMP_ROOT, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(H.TMP_ROOT, 'electron-'));
  process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
  const ws = H.copyFixture('workspace', path.join(scratch, 'ws'));
  await runTests({
    vscodeExecutablePath,
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
