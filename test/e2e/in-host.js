// @ts-check
// Runs the in-editor mocha suite (test/vscode/out/index.js) INSIDE code-server's real Node extension
// host, the way @vscode/test-electron runs it inside desktop VS Code: the workbench URL's payload
// carries extensionDevelopmentPath and extensionTestsPath (code-server rejects them as flags).
// The workbench reports the exit code through window.codeAutomationExit and streams the extension
// host's console (mocha's reporter included) through window.codeAutomationLog.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const H = require('./harness');

const RESULT_PREFIX = '@@newslint-result ';

/**
 * With `vsix`, the extension is installed from the package and that installed folder is the
 * development path (so the suite tests what ships); otherwise `extensionPath` (default: this tree).
 * @param {{ workspace: string, runDir: string, vsix?: string, extensionPath?: string, testsPath?: string,
 *           timeoutMs?: number, log?: (line: string) => void, settings?: Record<string, unknown>,
 *           env?: Record<string, string> }} o
 * @returns {Promise<{ code: number | string, results: any[], activationMs?: number, peak?: any, output: string[] }>}
 */
async function runInHostSuite(o) {
  let extensionPath = o.extensionPath || H.ROOT;
  const testsPath = o.testsPath || path.join(H.ROOT, 'test', 'vscode', 'out', 'index.js');
  if (!fs.existsSync(testsPath)) throw new Error(`${testsPath} missing: run "npx tsc -b" first`);
  if (!o.vsix && !fs.existsSync(path.join(extensionPath, 'dist', 'extension.js'))) throw new Error('dist/extension.js missing: run "npm run bundle" first');
  const log = o.log || ((l) => console.log(l));
  const timeoutMs = o.timeoutMs || 240000;
  const results = [];
  const output = [];
  let cs, br, mem, code = /** @type {number|string} */ ('no result');
  let timer, peak, activationMs;
  try {
    cs = await H.startCodeServer({ runDir: o.runDir, settings: o.settings, env: o.env, installVsix: o.vsix });
    if (o.vsix) {
      const dirs = fs.readdirSync(cs.extensionsDir).filter((d) => d.startsWith('newslint.newslint-'));
      if (dirs.length !== 1) throw new Error(`the .vsix did not install into ${cs.extensionsDir}`);
      extensionPath = path.join(cs.extensionsDir, dirs[0]);
    }
    log(`code-server on 127.0.0.1:${cs.port} (pid ${cs.pid}) after ${Date.now() - cs.t0} ms`);
    br = await H.launchBrowser();
    const b = br;
    mem = H.memorySampler(cs.pid, () => b.profile);
    const page = br.ctx.pages()[0] || (await br.ctx.newPage());
    page.on('pageerror', (e) => log(`[pageerror] ${e.message}`));
    /** @type {Promise<number>} */
    const done = new Promise((resolve) => { page.exposeFunction('codeAutomationExit', (c) => resolve(c)); });
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const msg = util.format(...(Array.isArray(args) ? args : [args]));
      // offline gallery lookups fail harmlessly (with a stack trace); socket chatter
      if (/open-vsx\.org|ENOTFOUND|connection token|^Creating a socket/.test(msg)) return;
      for (const line of msg.split('\n')) {
        if (line.startsWith(RESULT_PREFIX)) {
          try { results.push(JSON.parse(line.slice(RESULT_PREFIX.length))); } catch { /* partial line */ }
          continue;
        }
        const l = `${level === 'info' || level === 'log' ? '' : String(level).toUpperCase() + ' '}${line}`;
        output.push(l);
        log(`  ${l}`);
      }
    });
    const payload = /** @type {[string, string][]} */ ([
      ['extensionDevelopmentPath', cs.remote(extensionPath)],
      ['extensionTestsPath', cs.remote(testsPath)],
    ]);
    await page.goto(cs.url(o.workspace, payload), { timeout: 60000 });
    code = await Promise.race([
      done,
      new Promise((r) => { timer = setTimeout(() => r(`timeout after ${timeoutMs} ms`), timeoutMs); }),
    ]);
    if (code !== 0) {
      fs.mkdirSync(H.ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(H.ARTIFACTS, 'in-host-failure.png') }).catch(() => {});
    }
  } finally {
    clearTimeout(timer);
    ({ peak, activationMs } = await H.finishRun({ cs, br, mem, name: 'in-host', failed: code !== 0 }));
  }
  return { code, results, activationMs, peak, output };
}

module.exports = { runInHostSuite, RESULT_PREFIX };
