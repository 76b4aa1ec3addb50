#!/usr/bin/env node
// Runs every compiled test file (test/out/**/*.test.js) with Node's built-in test runner.
// Node 20's `--test` takes no globs, and a folder argument would also run helper modules.
// Usage: node test/run.js [substring filter ...]
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, 'out');

/**
 * What the editor and hook suites need besides npm packages (Chromium, code-server, pre-commit):
 * installed by test/e2e/install.sh when missing, loudly, so that `npm install && npm test` passes
 * on a fresh machine. NEWSLINT_E2E=skip opts out (the editor suites then say they were skipped).
 */
function ensureEditorTools() {
  if (process.env.NEWSLINT_E2E === 'skip') return;
  const cache = process.env.NEWSLINT_E2E_CACHE || path.join(require('node:os').homedir(), '.cache', 'newslint-e2e');
  const missing = [];
  if (!fs.existsSync(path.join(cache, 'code-server-4.96.4', '.installed'))) missing.push('code-server 4.96.4');
  if (!fs.existsSync(process.env.CHROMIUM || '/usr/bin/chromium')) missing.push('Chromium');
  if (spawnSync('pre-commit', ['--version']).status !== 0) missing.push('pre-commit');
  if (missing.length === 0) return;
  console.error(`[npm test] ${missing.join(', ')} missing: running "bash test/e2e/install.sh" (a few minutes, once)`);
  const r = spawnSync('bash', [path.join(__dirname, 'e2e', 'install.sh')], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[npm test] test/e2e/install.sh failed (see above); the editor and hook tests cannot run. NEWSLINT_E2E=skip npm test skips them explicitly.');
    process.exit(1);
  }
}
const filters = process.argv.slice(2);
const files = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p);
    else if (entry.name.endsWith('.test.js') && (filters.length === 0 || filters.some((f) => p.includes(f)))) files.push(p);
  }
})(root);
files.sort();
ensureEditorTools();
if (files.length === 0) {
  console.error(`No test files found under ${root}${filters.length ? ` matching ${filters.join(', ')}` : ''}. Run "npm run build" first.`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
