import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

// The engine is the pure core: text and configuration in, findings out. It must not reach for the
// file system, processes or the editor protocol; the CLI and the language server do that.
const engineDir = path.resolve(__dirname, '../../../server/src/engine');
const forbidden = /^(?:node:)?(?:fs|fs\/promises|path|child_process|os|net|http|https|worker_threads)$|^vscode(?:-[a-z-]+)?(?:\/.*)?$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

test('the engine imports no file-system, process or LSP module', () => {
  const files = sources(engineDir);
  assert.ok(files.length >= 10, `expected the engine sources under ${engineDir}`);
  const offending: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const re = /\b(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
    for (let m; (m = re.exec(text)); ) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (forbidden.test(spec)) offending.push(`${path.relative(engineDir, file)} imports '${spec}'`);
    }
  }
  assert.deepEqual(offending, []);
});

test('the purity check itself recognises a forbidden import', () => {
  assert.ok(forbidden.test('fs'));
  assert.ok(forbidden.test('node:fs'));
  assert.ok(forbidden.test('vscode-languageserver/node'));
  assert.ok(!forbidden.test('compromise'));
  assert.ok(!forbidden.test('./types'));
});
