/**
 * The TextMate grammars (syntaxes/) checked with scope assertions on fixture files
 * (test/fixtures/grammar/*.draft, *.md) by vscode-tmgrammar-test. The Markdown injection is tested
 * against a small Markdown stand-in grammar that has the scopes the injection must stay out of.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/grammar');
const pkg = require.resolve('vscode-tmgrammar-test/package.json', { paths: [root] });
const bin = path.join(path.dirname(pkg), (require(pkg) as { bin: Record<string, string> }).bin['vscode-tmgrammar-test']);

function runGrammarTests(...files: string[]) {
  const r = spawnSync(process.execPath, [bin, '--config', path.join(fixtures, 'grammars.json'), ...files], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

test('every scope assertion in the grammar fixtures holds', () => {
  const files = fs.readdirSync(fixtures).filter((f) => /\.(draft|md)$/.test(f)).map((f) => path.join(fixtures, f));
  assert.deepEqual(files.map((f) => path.basename(f)).sort(), ['injection.md', 'quotes.draft']);
  const { status, out } = runGrammarTests(...files);
  assert.equal(status, 0, out);
  for (const f of files) assert.match(out, new RegExp(`✓ .*${path.basename(f).replace('.', '\\.')} run successfuly`), out);
  assert.doesNotMatch(out, /✖|failed/);
});

test('a wrong scope fails the run (the checker is live)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-grammar-'));
  try {
    const file = path.join(dir, 'wrong.draft');
    fs.writeFileSync(
      file,
      '// SYNTAX TEST "text.newsdraft" "a deliberately wrong assertion"\nHeadline\n\n“Quoted,” she said.\n//       ^^^^ keyword.other.reporting-verb.newsdraft\n',
    );
    const { status, out } = runGrammarTests(file);
    assert.notEqual(status, 0, out);
    assert.match(out, /missing required scopes: keyword\.other\.reporting-verb\.newsdraft/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** VS Code's own Markdown grammar, where the offline editor for the e2e tests is installed. */
function realMarkdownGrammar(): string | null {
  const cache = path.join(os.homedir(), '.cache', 'newslint-e2e');
  if (!fs.existsSync(cache)) return null;
  for (const d of fs.readdirSync(cache).filter((x) => x.startsWith('code-server-')).sort().reverse()) {
    const p = path.join(cache, d, 'node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
    if (fs.existsSync(p)) return p;
  }
  return null;
}

test("the Markdown injections hold against VS Code's real Markdown grammar (when installed)", (t) => {
  const md = realMarkdownGrammar();
  if (!md) {
    t.skip("VS Code's markdown grammar is not installed here (test/e2e/install.sh installs it)");
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-grammar-md-'));
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const grammars = (manifest.contributes.grammars as Array<{ path: string; injectTo?: string[]; scopeName: string }>)
      .filter((g) => g.injectTo)
      .map((g) => ({ ...g, path: path.relative(dir, path.join(root, g.path)) })); // the tool joins paths to the config's folder
    grammars.push({ scopeName: 'text.html.markdown', path: path.relative(dir, md), language: 'markdown' } as never);
    fs.writeFileSync(path.join(dir, 'grammars.json'), JSON.stringify({ contributes: { languages: [{ id: 'markdown', extensions: ['.md'] }], grammars } }));
    const r = spawnSync(process.execPath, [bin, '--config', path.join(dir, 'grammars.json'), path.join(fixtures, 'injection.md')], { cwd: root, encoding: 'utf8' });
    const out = `${r.stdout}${r.stderr}`.split('\n').filter((l) => !l.startsWith('grammar not found')).join('\n');
    assert.equal(r.status, 0, out);
    assert.match(out, /✓ .*injection\.md run successfuly/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the manifest contributes the grammars, the language and its configuration from files that exist', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const grammars = manifest.contributes.grammars as Array<{ scopeName: string; path: string; language?: string; injectTo?: string[] }>;
  assert.deepEqual(
    grammars.map((g) => [g.scopeName, g.language ?? null, g.injectTo ?? null]),
    [
      ['text.newsdraft', 'newsdraft', null],
      ['newslint.markdown.injection', null, ['text.html.markdown']],
      ['newslint.markdown.directives.injection', null, ['text.html.markdown']],
    ],
  );
  for (const g of grammars) {
    const grammar = JSON.parse(fs.readFileSync(path.join(root, g.path), 'utf8'));
    assert.equal(grammar.scopeName, g.scopeName);
  }
  const lang = manifest.contributes.languages.find((l: { id: string }) => l.id === 'newsdraft');
  assert.deepEqual(lang.extensions, ['.draft']);
  assert.ok(fs.existsSync(path.join(root, lang.configuration)));
});
