/**
 * `newslint --fix` on generated drafts (BOM, CRLF, mixed endings, emoji, every quote mark): the
 * file written is byte for byte what the engine's fix-all gives, a draft with nothing to fix is
 * not touched, a second --fix changes nothing, and `--stdin` reports the engine's offsets.
 * (The CLI's own tests cover bad input: binary, invalid UTF-8, size limits, config errors.)
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { fixText, lint } from '../../../server/out/engine/index.js';
import { main as cliMain } from '../../../server/out/cli.js';
import { anyDraft } from './gen';
import { params } from './seed';

let dir: string;
let n = 0;

before(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-cli-prop-')));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cliMain({
    argv,
    cwd: dir,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(stdin !== undefined ? [Buffer.from(stdin, 'utf8')] : []),
    env: {},
  });
  return { code, stdout, stderr };
}

/** Drafts a UTF-8 file holds unchanged: no NUL (binary to the CLI), no lone surrogate. */
const fileDraft = anyDraft.filter(
  (t) => !t.includes('\u0000') && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(t),
);

test('--fix writes exactly what fix-all gives (BOM and line endings kept); clean drafts are not touched; a second --fix changes nothing', async () => {
  let fixedSome = 0;
  await fc.assert(
    fc.asyncProperty(fileDraft, async (text) => {
      const file = path.join(dir, `d${++n}.md`);
      fs.writeFileSync(file, text, 'utf8');
      const before = fs.statSync(file);
      const want = fixText(text, { format: 'markdown' }).text;
      const r = await cli(['--fix', '--no-config', '--format', 'json', path.basename(file)]);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      const got = fs.readFileSync(file);
      assert.ok(got.equals(Buffer.from(want, 'utf8')), `--fix wrote ${JSON.stringify(got.toString('utf8').slice(0, 300))}, fix-all gives ${JSON.stringify(want.slice(0, 300))}`);
      if (want === text) {
        const after = fs.statSync(file);
        assert.equal(after.mtimeMs, before.mtimeMs, 'a draft with nothing to fix is not rewritten');
        assert.equal(after.ino, before.ino);
      } else fixedSome++;
      const again = fs.statSync(file);
      await cli(['--fix', '--no-config', '--format', 'json', path.basename(file)]);
      const afterSecond = fs.statSync(file);
      assert.equal(afterSecond.mtimeMs, again.mtimeMs, 'a second --fix writes nothing');
      assert.equal(fs.readFileSync(file, 'utf8'), want);
      fs.rmSync(file);
    }),
    params(40),
  );
  assert.ok(fixedSome > 0, 'some generated drafts had fixes');
});

test('--stdin reports the engine findings at the engine offsets', async () => {
  await fc.assert(
    fc.asyncProperty(fileDraft, async (text) => {
      const r = await cli(['--stdin', '--stdin-filename', 'draft.md', '--no-config', '--format', 'json'], text);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      const messages = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; message: string; offset: number; endOffset: number }> }>)[0].messages;
      assert.deepEqual(
        messages.map((m) => [m.ruleId, m.offset, m.endOffset, m.message]),
        lint(text, { format: 'markdown' }).map((f) => [f.ruleId, f.start, f.end, f.message]),
      );
    }),
    params(40),
  );
});
