/**
 * The VS Code package, ready for the Marketplace and Open VSX: `vsce package` (as `npm run
 * package` runs it) gives a .vsix holding the bundles, grammars, schema, icon, LICENSE, CHANGELOG
 * and the Marketplace README (client/README.md), with publisher, repository and license set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The entries of a zip file (its central directory), read without unpacking. */
function zipEntries(file: string): Map<string, { offset: number }> {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, { offset: number }>();
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    out.set(buf.toString('utf8', at + 46, at + 46 + nameLen), { offset: buf.readUInt32LE(at + 42) });
    at += 46 + nameLen + extra + comment;
  }
  return out;
}

test('the .vsix: bundles, grammars, schema, icon and the Marketplace documents; publisher, repository, license', { timeout: 180_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-vsix-'));
  try {
    const vsix = path.join(dir, 'newslint.vsix');
    const script = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.package as string;
    const args = script.replace(/^vsce /, '').split(' ');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), ...args, '-o', vsix], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.doesNotMatch(r.stdout + r.stderr, /WARNING/i);
    const files = [...zipEntries(vsix).keys()].sort();
    assert.deepEqual(files, [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      'extension/client/images/icon.png',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/package.json',
      'extension/readme.md',
      'extension/server/out/newslintrc.schema.json',
      'extension/syntaxes/newsdraft.language-configuration.json',
      'extension/syntaxes/newsdraft.tmLanguage.json',
      'extension/syntaxes/newslint-markdown-directives.injection.tmLanguage.json',
      'extension/syntaxes/newslint-markdown.injection.tmLanguage.json',
    ]);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(manifest.publisher, 'newslint');
    assert.equal(manifest.license, 'MIT');
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/.+\.git$/);
    assert.equal(manifest.icon, 'client/images/icon.png');
    // Word wrap on for .draft files, so a finding far along a line is on screen.
    assert.deepEqual(manifest.contributes.configurationDefaults, { '[newsdraft]': { 'editor.wordWrap': 'on' } });
    const readme = fs.readFileSync(path.join(ROOT, 'client/README.md'), 'utf8');
    assert.match(readme, /^# newslint — a copy desk for news drafts\n/);
    assert.doesNotMatch(readme, /npm test|test\/e2e|code-server/, 'the Marketplace page is for writers, not developers');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
