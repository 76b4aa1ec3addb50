/**
 * `npm run test:vscode` fetches desktop VS Code once. Without a network it must not fail like a
 * broken test: it says why, points at `npm run test:e2e` (the same suite in code-server, offline)
 * and exits 2. The download is sent to a proxy that refuses connections, from a scratch folder
 * with no cached VS Code, so this holds on any machine.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const SCRIPT = path.resolve(__dirname, '../../../test/e2e/run-test-electron.js');

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

test('test:vscode offline: a clear message naming npm run test:e2e, exit 2', async () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-vscode-offline-'));
  const proxy = `http://127.0.0.1:${await closedPort()}`;
  const r = spawnSync(process.execPath, [SCRIPT], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, npm_config_proxy: proxy, npm_config_https_proxy: proxy, VSCODE_VERSION: '1.96.4' },
  });
  fs.rmSync(scratch, { recursive: true, force: true });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /^test:vscode: cannot download VS Code 1\.96\.4 from update\.code\.visualstudio\.com \(.*ECONNREFUSED.*\)\.\n/m);
  assert.match(r.stderr, /Offline, run the same\nin-editor suite in code-server with `npm run test:e2e` \(part of `npm test`\)\.\n$/);
});
