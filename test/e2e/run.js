#!/usr/bin/env node
// @ts-check
// `npm run test:e2e`: the extension proven in a real VS Code, offline.
//   1. `vsce package` builds the .vsix (production esbuild bundles);
//   2. the in-editor mocha suite (test/vscode) inside code-server's extension host, on a copy of the
//      multi-root fixture workspace, with the extension installed from that .vsix;
//   3. the UI test installs the .vsix into a fresh code-server and works through Chromium the way
//      a writer does.
// One code-server at a time; each is killed as a process group, also on failure.
// Fails loudly when code-server or Chromium is missing (run test/e2e/install.sh first).
// Usage: node test/e2e/run.js [--only in-host|ui] [--report out.json] [--no-build] [--grep TITLE] [--trace]
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const H = require('./harness');
const { runInHostSuite } = require('./in-host');
const { runUiTest } = require('./ui');

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const only = opt('--only');
const reportPath = opt('--report');
const grep = opt('--grep');
const build = !argv.includes('--no-build');
const trace = argv.includes('--trace'); // LSP trace into the kept logs (test/artifacts/in-host-logs, ui-logs)
const T0 = Date.now();
const log = (/** @type {string} */ l) => console.log(`[e2e ${((Date.now() - T0) / 1000).toFixed(1)}s] ${l}`);

function sh(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: H.ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 180000 });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function main() {
  // loud failures first: no silent pass without an editor or a browser
  H.codeServerBin();
  H.chromiumBin();
  const report = { suites: /** @type {any[]} */ ([]) };
  // a scratch folder of this run only (concurrent runs must not share code-server state)
  fs.mkdirSync(H.TMP_ROOT, { recursive: true });
  const RUN = fs.mkdtempSync(path.join(H.TMP_ROOT, 'run-'));
  process.on('exit', () => fs.rmSync(RUN, { recursive: true, force: true }));
  let failed = false;
  if (build) {
    const tsc = spawnSync(process.execPath, [path.join(H.ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b'], { cwd: H.ROOT, encoding: 'utf8' });
    if (tsc.status !== 0) log(`warning: tsc -b reported errors (output still emitted):\n${tsc.stdout}`);
  }

  // 1. the .vsix (vsce runs `vscode:prepublish`: the production esbuild bundles)
  const t0 = Date.now();
  const vsix = path.join(RUN, 'newslint.vsix');
  sh(process.execPath, [path.join(H.ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--readme-path', 'client/README.md', '-o', vsix], 'vsce package');
  log(`packaged newslint.vsix (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB) in ${Date.now() - t0} ms`);

  // 2. the in-editor suite, against the extension as installed from the .vsix
  if (!only || only === 'in-host') {
    const t = Date.now();
    const ws = H.copyFixture('workspace', path.join(RUN, 'ws-in-host'));
    const r = await runInHostSuite({
      workspace: path.join(ws, 'newslint.code-workspace'), log, runDir: path.join(RUN, 'in-host'), vsix,
      env: grep ? { NEWSLINT_VSCODE_GREP: grep } : {},
      settings: trace ? { 'newslint.trace.server': 'verbose' } : {},
    });
    const ms = Date.now() - t;
    const bad = r.code !== 0 || r.results.length === 0 || r.results.some((x) => x.state === 'failed');
    failed ||= bad;
    log(`in-host suite: exit ${r.code}, ${r.results.filter((x) => x.state === 'passed').length}/${r.results.length} passed in ${ms} ms` +
      (r.activationMs !== undefined ? `, extension active ${r.activationMs} ms after code-server start` : '') +
      (r.peak ? `, peak memory ${r.peak.totalMB} MB` : ''));
    report.suites.push({ name: 'in-host', ok: !bad, ms, ...r });
  }

  // 3. the UI test, in a fresh code-server with the .vsix installed
  if (!only || only === 'ui') {
    const t = Date.now();
    let r;
    try {
      r = await runUiTest({ vsix, log, runRoot: RUN, settings: trace ? { 'newslint.trace.server': 'verbose' } : {} });
    } catch (e) {
      r = { ok: false, steps: [], error: String((e && e.stack) || e) };
    }
    const ms = Date.now() - t;
    failed ||= !r.ok;
    log(`UI test: ${r.ok ? 'passed' : 'FAILED'} in ${ms} ms${r.error ? `: ${r.error}` : ''}`);
    report.suites.push({ name: 'ui', ms, ...r });
  }

  if (reportPath) fs.writeFileSync(reportPath, JSON.stringify(report, null, 2));
  log(failed ? 'E2E FAILED' : 'E2E PASSED');
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`[e2e] ERROR: ${(e && e.stack) || e}`);
  if (reportPath) fs.writeFileSync(reportPath, JSON.stringify({ error: String((e && e.stack) || e), suites: [] }, null, 2));
  process.exit(1);
});
