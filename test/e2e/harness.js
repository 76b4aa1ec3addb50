// @ts-check
// Shared helpers for the editor tests: an isolated code-server (VS Code 1.96.4 served to a browser,
// with a real Node extension host) and Debian's Chromium driven by playwright-core.
// Every wait has a deadline; code-server runs in its own process group and is killed as a group,
// also when the test process is interrupted.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const CS_VERSION = '4.96.4';
const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = process.env.NEWSLINT_E2E_CACHE || path.join(os.homedir(), '.cache', 'newslint-e2e');
const TMP_ROOT = path.join(os.tmpdir(), 'newslint-e2e');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

/** Fails loudly (never skips) when the editor or the browser is missing. */
function codeServerBin() {
  const bin = process.env.CODE_SERVER || path.join(CACHE, `code-server-${CS_VERSION}`, 'node_modules', '.bin', 'code-server');
  if (!fs.existsSync(bin)) throw new Error(`code-server ${CS_VERSION} not found at ${bin}: run "bash test/e2e/install.sh" (CI does this in .ci/run)`);
  return bin;
}
function chromiumBin() {
  const bin = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(bin)) throw new Error(`Chromium not found at ${bin}: run "bash test/e2e/install.sh" (installs Debian's chromium)`);
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` every `every` ms until it returns a truthy value; throws `what` after `ms`. */
async function waitUntil(check, ms, what, every = 100) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(every);
  }
}

/** Copies a fixture tree to a fresh scratch folder (tests write into their workspace). */
function copyFixture(name, dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', name), dest, { recursive: true });
  return dest;
}

// process groups still alive, killed if this process exits or is interrupted
const liveGroups = new Set();
function killGroup(pid, signal) {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}
process.on('exit', () => { for (const pid of liveGroups) killGroup(pid, 'SIGKILL'); });
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(sig, () => { for (const pid of liveGroups) killGroup(pid, 'SIGKILL'); process.exit(128 + (os.constants.signals[sig] || 1)); });
}

/**
 * Starts code-server isolated in `runDir` (user data, extensions, XDG dirs, TMPDIR, log).
 * @param {{ runDir: string, installVsix?: string, settings?: Record<string, unknown>, startTimeoutMs?: number,
 *           env?: Record<string, string> }} opts
 */
async function startCodeServer(opts) {
  const bin = codeServerBin();
  const runDir = opts.runDir;
  fs.rmSync(runDir, { recursive: true, force: true });
  const userData = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.ignoreRecommendations': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'update.mode': 'none',
    'files.autoSave': 'off',
    'git.enabled': false,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.wordBasedSuggestions': 'off',
    'chat.commandCenter.enabled': false,
    ...(opts.settings || {}),
  }, null, 2));
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    TMPDIR: path.join(runDir, 'tmp'),
    ...(opts.env || {}), // reaches the extension host (e.g. NEWSLINT_VSCODE_GREP)
  };
  fs.mkdirSync(env.TMPDIR, { recursive: true });
  const common = ['--config', '/dev/null', '--user-data-dir', userData, '--extensions-dir', extensionsDir];
  if (opts.installVsix) {
    execFileSync(bin, [...common, '--install-extension', opts.installVsix], { env, stdio: 'pipe', timeout: 60000 });
  }
  const port = await freePort();
  const t0 = Date.now();
  const logPath = path.join(runDir, 'code-server.log');
  const logFd = fs.openSync(logPath, 'w');
  const child = spawn(bin, [...common,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
  { env, stdio: ['ignore', logFd, logFd], detached: true }); // own process group: killed as a whole
  fs.closeSync(logFd);
  const pid = /** @type {number} */ (child.pid);
  liveGroups.add(pid);
  const readLog = () => fs.readFileSync(logPath, 'utf8');
  const cs = {
    port, pid, t0, runDir, userData, extensionsDir, logPath, readLog,
    /** vscode-remote URI of a local path, as the web workbench addresses files */
    remote: (/** @type {string} */ p) => `vscode-remote://127.0.0.1:${port}${p}`,
    /** URL opening a folder or a .code-workspace file, with a workbench payload */
    url(/** @type {string} */ workspace, /** @type {[string, string][]} */ payload = []) {
      const q = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
      const full = [...payload, ['skipWelcome', 'true']];
      return `http://127.0.0.1:${port}/?${q}=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(full))}`;
    },
    /** SIGTERM the process group (code-server, extension host, language server), SIGKILL after 10 s */
    async stop() {
      const alive = () => { try { process.kill(-pid, 0); return true; } catch { return false; } };
      killGroup(pid, 'SIGTERM');
      const end = Date.now() + 10000;
      while (alive() && Date.now() < end) await sleep(100);
      if (alive()) killGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
    },
  };
  try {
    await waitUntil(() => {
      if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${readLog()}`);
      return readLog().includes('HTTP server listening');
    }, opts.startTimeoutMs || 60000, 'code-server to listen');
  } catch (e) {
    await cs.stop();
    throw e;
  }
  return cs;
}

/** Debian's Chromium, headless, with a throw-away profile. */
async function launchBrowser() {
  const { chromium } = require('playwright-core');
  const executablePath = chromiumBin();
  fs.mkdirSync(TMP_ROOT, { recursive: true });
  const profile = fs.mkdtempSync(path.join(TMP_ROOT, 'chrome-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    timeout: 60000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  return {
    ctx, profile,
    async close() {
      await Promise.race([ctx.close().catch(() => {}), sleep(15000)]);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** ms after code-server's start at which the remote extension host activated `extensionId`. */
function activationTime(cs, extensionId) {
  const logs = path.join(cs.userData, 'logs');
  if (!fs.existsSync(logs)) return undefined;
  const files = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'remoteexthost.log') files.push(p);
    }
  })(logs);
  const re = new RegExp(`^(\\S+ \\S+) \\[info\\] ExtensionService#_doActivateExtension ${extensionId.replace(/\./g, '\\.')}[,\\s]`, 'm');
  for (const f of files) {
    const m = fs.readFileSync(f, 'utf8').match(re);
    if (m) return new Date(m[1].replace(' ', 'T')).getTime() - cs.t0;
  }
  return undefined;
}

/** Peak resident memory (MB) of the code-server process tree plus our Chromium, sampled every second. */
function memorySampler(csPid, profileFn) {
  const peak = { codeServerMB: 0, chromiumMB: 0, totalMB: 0 };
  const sample = () => {
    let rows;
    try { rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { timeout: 5000 }).toString().trim().split('\n'); } catch { return; }
    const procs = rows.map((r) => { const m = r.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/); return m ? { pid: +m[1], ppid: +m[2], rss: +m[3], args: m[4] } : null; }).filter((p) => p !== null);
    const tree = (root) => {
      if (!root) return 0;
      const ids = new Set([root]);
      for (let grew = true; grew;) { grew = false; for (const p of procs) if (!ids.has(p.pid) && ids.has(p.ppid)) { ids.add(p.pid); grew = true; } }
      return procs.filter((p) => ids.has(p.pid)).reduce((a, p) => a + p.rss, 0) / 1024;
    };
    const prof = profileFn();
    const main = prof ? procs.find((p) => p.args.includes(prof) && !p.args.includes('--type=')) : undefined;
    const c = tree(csPid), b = tree(main && main.pid);
    peak.codeServerMB = Math.max(peak.codeServerMB, Math.round(c));
    peak.chromiumMB = Math.max(peak.chromiumMB, Math.round(b));
    peak.totalMB = Math.max(peak.totalMB, Math.round(c + b));
  };
  const timer = setInterval(sample, 1000);
  timer.unref();
  return { peak, stop() { clearInterval(timer); sample(); return peak; } };
}

/**
 * Ends a run: stops the memory sampler, reads the activation time, closes the browser and stops
 * code-server, keeping its log as `<name>-code-server.log` and, when the run failed, the editor's
 * own logs (extension host, the newslint output channel) in `<name>-logs/` for a person to read.
 */
async function finishRun({ cs, br, mem, name, failed }) {
  const peak = mem ? mem.stop() : undefined;
  const activationMs = cs ? activationTime(cs, 'newslint.newslint') : undefined;
  if (br) await br.close();
  if (cs) {
    await cs.stop();
    try {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.copyFileSync(cs.logPath, path.join(ARTIFACTS, `${name}-code-server.log`));
      fs.rmSync(path.join(ARTIFACTS, `${name}-logs`), { recursive: true, force: true });
      if (failed) fs.cpSync(path.join(cs.userData, 'logs'), path.join(ARTIFACTS, `${name}-logs`), { recursive: true });
    } catch { /* best effort */ }
  }
  return { peak, activationMs };
}

module.exports = {
  ROOT, TMP_ROOT, ARTIFACTS, CS_VERSION, finishRun,
  codeServerBin, chromiumBin, freePort, sleep, waitUntil, copyFixture,
  startCodeServer, launchBrowser, activationTime, memorySampler,
};
