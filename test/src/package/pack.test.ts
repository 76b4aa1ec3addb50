/**
 * The npm package as a newsroom installs it: `npm pack`, then an install of the tarball into an
 * empty folder, offline (its dependencies come from the npm cache through a lock built from this
 * project's lock), then the bins and `require('newslint')` on an invented draft.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stdioSession } from '../lsp/stdio-session';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DRAFT = 'Ferry strike\n\n"We will not go back to the pier."\n';

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}

type LockEntry = { dependencies?: Record<string, string>; dev?: boolean; devOptional?: boolean; peer?: boolean };

/** This project's lock entries for the runtime dependencies, with their own dependencies. */
function runtimeLockEntries(): Record<string, LockEntry> {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const resolveFrom = (from: string, name: string): string => {
    for (let at = from; ; at = at.includes('/node_modules/') ? at.slice(0, at.lastIndexOf('/node_modules/')) : '') {
      const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
      if (lock.packages[candidate]) return candidate;
      if (!at) throw new Error(`package-lock.json has no entry for ${name} (needed by ${from || 'newslint'})`);
    }
  };
  const out: Record<string, LockEntry> = {};
  const todo: Array<[string, string]> = Object.keys(pkg.dependencies).map((n) => ['', n]);
  while (todo.length > 0) {
    const [from, name] = todo.pop()!;
    const at = resolveFrom(from, name);
    if (out[at]) continue;
    const { dev, devOptional, peer, ...entry } = lock.packages[at];
    void dev, void devOptional, void peer;
    out[at] = entry;
    for (const d of Object.keys(entry.dependencies ?? {})) todo.push([at, d]);
  }
  return out;
}

/** An empty project that depends on the tarball only, with a lock so that npm needs no registry. */
function consumerProject(dir: string, tgz: string): void {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const file = `file:${path.basename(tgz)}`;
  const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tgz)).digest('base64')}`;
  const self = { version: pkg.version, resolved: file, integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: { node: pkg.engines.node } };
  const packages = { '': { name: 'desk', dependencies: { newslint: file } }, 'node_modules/newslint': self, ...runtimeLockEntries() };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'desk', private: true, dependencies: { newslint: file } }));
  fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify({ name: 'desk', lockfileVersion: 3, requires: true, packages }));
}

test('npm package: packed, installed offline into an empty folder, linted through the bins and require()', { timeout: 300_000 }, async (t) => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-pack-')));
  try {
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
    assert.equal(pack.code, 0, pack.all);
    const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = info.files.map((f) => f.path);
    await t.test('the tarball holds what runs and nothing else', () => {
      for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'server/bin/newslint.js', 'server/bin/newslint-language-server.js', 'server/out/cli.js', 'server/out/server.js', 'server/out/api.js', 'server/out/api.d.ts', 'server/out/engine/lexicon-data.js']) {
        assert.ok(files.includes(f), `${f} is packed`);
      }
      assert.deepEqual(files.filter((f) => !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|server\/(bin|out|docs)\/.*)$/.test(f) || /\.map$|\.ts$(?<!\.d\.ts)/.test(f)), []);
    });

    const tgz = path.join(dir, info.filename);
    consumerProject(dir, tgz);
    let install = run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], dir);
    if (install.code !== 0 && /ENOTCACHED/.test(install.all)) {
      t.diagnostic('the npm cache lacks a dependency tarball: installing with --prefer-offline');
      install = run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir);
    }
    assert.equal(install.code, 0, install.all);
    fs.writeFileSync(path.join(dir, 'story.md'), DRAFT);

    await t.test('npx newslint lints a draft', () => {
      const r = run('npx', ['--no-install', 'newslint', '--max-warnings', '0', 'story.md'], dir);
      assert.equal(r.code, 1, r.all);
      assert.match(r.stdout, /^ {2}3:1 {2}warning {2}Quote has no speaker {2}quote-attribution$/m);
    });

    await t.test("require('newslint'): lint returns findings, fix returns text", () => {
      const script = `const n = require('newslint');
        const text = ${JSON.stringify(DRAFT)};
        console.log(JSON.stringify({ lint: n.lint(text), fix: n.fix('Ferry\\n\\n"We go,” she said.\\n'), rules: n.rules }));`;
      const r = run(process.execPath, ['-e', script], dir);
      assert.equal(r.code, 0, r.all);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(out.lint, [{ ruleId: 'quote-attribution', severity: 1, message: 'Quote has no speaker', line: 3, column: 1, endLine: 3, endColumn: 35, offset: 14, endOffset: 48 }]);
      assert.equal(out.fix, 'Ferry\n\n“We go,” she said.\n');
      assert.deepEqual(out.rules, ['quote-attribution', 'quote-marks', 'name-consistency', 'first-reference', 'title-case', 'later-reference']);
    });

    await t.test('npx newslint-language-server --stdio answers an editor', async () => {
      const s = stdioSession('npx', ['--no-install', 'newslint-language-server', '--stdio'], dir);
      try {
        const init = (await s.request('initialize', { processId: null, rootUri: null, capabilities: {} })) as { serverInfo?: object };
        const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
        assert.deepEqual(init.serverInfo, { name: 'newslint-language-server', version });
        s.notify('initialized', {});
        s.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:story.md', languageId: 'markdown', version: 1, text: DRAFT } });
        const d = (await s.notification('textDocument/publishDiagnostics')) as { diagnostics: Array<{ message: string; range: unknown }> };
        assert.deepEqual(d.diagnostics.map((x) => [x.message, x.range]), [['Quote has no speaker', { start: { line: 2, character: 0 }, end: { line: 2, character: 34 } }]]);
      } finally {
        await s.close();
      }
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
