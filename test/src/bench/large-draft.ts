/**
 * Issue 15 §2: a 1 MB draft naming one person two ways 16,000 times (and another person 8,000
 * times). Before lazy suggestions every finding carried an edit for every mention: 4 GB and a
 * crash. Target: < 5 s and < 300 MB peak resident memory, for the CLI and the language server.
 * Each runs in a fresh process that reports its own peak (`process.resourceUsage().maxRSS`).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as cp from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

const TARGET_S = 5;
const TARGET_MB = 300;
const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The draft of issue 15: 8,000 paragraphs, ~1 MB, Zelenskyy and Zelensky in every one. */
export function largeNameDraft(repeats = 8000): string {
  const para = 'Sergey Lavrov said "we will win the war today" and Zelenskyy told reporters “nobody called us at all here” as Zelensky left. \n\n';
  return 'H\n\n' + para.repeat(repeats);
}

function verdict(seconds: number, mb: number): string {
  return seconds < TARGET_S && mb < TARGET_MB ? 'met' : 'MISSED';
}

/** Peak RSS of a child node process, printed by a preloaded hook when it exits. */
function rssHook(dir: string): string {
  const hook = path.join(dir, 'maxrss.js');
  fs.writeFileSync(hook, "process.on('exit', () => process.stderr.write(`\\nMAXRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  return hook;
}

function peakMb(stderr: string): number {
  const m = /MAXRSS (\d+)/.exec(stderr);
  return m ? Number(m[1]) / 1024 : NaN;
}

function benchCli(file: string, hook: string): string {
  const bin = path.join(ROOT, 'server', 'bin', 'newslint.js');
  const t0 = performance.now();
  const r = cp.spawnSync(process.execPath, ['-r', hook, bin, file, '--no-config', '--format', 'json', '-o', '/dev/null'], { encoding: 'utf8' });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) return `CLI failed (exit ${r.status}): ${r.stderr.slice(0, 300)}`;
  const mb = peakMb(r.stderr);
  return `CLI, json report              ${s.toFixed(2).padStart(6)} s  peak ${mb.toFixed(0).padStart(4)} MB  target < ${TARGET_S} s, < ${TARGET_MB} MB: ${verdict(s, mb)}`;
}

/** Open the draft in a fresh server, wait for its diagnostics, type one character, wait again. */
async function benchServer(text: string, hook: string): Promise<string> {
  const bin = path.join(ROOT, 'server', 'bin', 'newslint-language-server.js');
  const child = cp.spawn(process.execPath, ['-r', hook, bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const seen: Array<{ version?: number; n: number }> = [];
  let wake: () => void = () => undefined;
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number; diagnostics: unknown[] }) => {
    seen.push({ version: p.version, n: p.diagnostics.length });
    wake();
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const until = (version: number) => new Promise<number>((resolve) => {
    wake = () => {
      const hit = seen.find((x) => x.version === version);
      if (hit) resolve(hit.n);
    };
    wake();
  });
  const uri = 'untitled:large.md';
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { settings: { debounceMs: 0 } } });
  await conn.sendNotification('initialized', {});
  const t0 = performance.now();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const n = await until(1);
  const openS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const at = { line: 2, character: 0 };
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
  await until(2);
  const keyS = (performance.now() - t1) / 1000;
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((r) => child.once('exit', r));
  conn.dispose();
  const mb = peakMb(err);
  const s = openS + keyS;
  return `server, open + one keystroke  ${s.toFixed(2).padStart(6)} s  peak ${mb.toFixed(0).padStart(4)} MB  target < ${TARGET_S} s, < ${TARGET_MB} MB: ${verdict(s, mb)}  (open ${openS.toFixed(2)} s, ${n} diagnostics; keystroke ${keyS.toFixed(2)} s)`;
}

export async function benchLargeDraft(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-bench-'));
  try {
    const text = largeNameDraft();
    const file = path.join(dir, 'large.md');
    fs.writeFileSync(file, text);
    const hook = rssHook(dir);
    console.log(`large draft (issue 15): ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, one name spelled two ways 16,000 times`);
    console.log(benchCli(file, hook));
    console.log(await benchServer(text, hook));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchLargeDraft();
