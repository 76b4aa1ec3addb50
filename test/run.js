#!/usr/bin/env node
// Runs every compiled test file (test/out/**/*.test.js) with Node's built-in test runner.
// Node 20's `--test` takes no globs, and a folder argument would also run helper modules.
// Usage: node test/run.js [substring filter ...]
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, 'out');
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
if (files.length === 0) {
  console.error(`No test files found under ${root}${filters.length ? ` matching ${filters.join(', ')}` : ''}. Run "npm run build" first.`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
