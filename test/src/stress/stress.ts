/**
 * `npm run stress`: hammer the engine and the language server with generated drafts, random
 * edits and injected faults for a bounded time, then print what was tried and any failure.
 *
 *   npm run stress -- [--budget-seconds N] [--seed N] [--no-server] [--no-time-bounds]
 *   (--no-time-bounds: report times without failing on them, as `npm test` runs it)
 *
 * Budget: default 60 s, at most 120 s. The seed is random unless given, and printed, so a failure
 * can be replayed (`--seed`). Real corpus articles (`../shared/corpus/bbc`, read at run time
 * only) add cases when present; without them that phase is skipped with a notice.
 * Exit code: 0 when every check held, 1 on any failure, 2 on bad arguments.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, lintText, ConfigError, type LintOptions } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';
import { ConfigCache, loadConfigForFile } from '../../../server/out/config-loader.js';
import { anyDraft, edits as editsArb, newsDraft, resolveEdit, applyEdit, QUOTE_MARKS, type GenEdit } from '../reliability/gen';
import { checkCacheSequence, checkFixAll, checkLint, expectedDiagnostics, plain, timeBoundMs, timeLint } from '../reliability/checks';
import { CONFIGS } from '../reliability/configs';
import { answer, bigDraft, latest, rssOf, serverStats, startStdioServer } from '../reliability/faults';
import { TestClient } from '../lsp/harness';
import { bbcArticles } from '../eval/corpus';

// ---------------------------------------------------------------------------------------------
// Arguments and bookkeeping
// ---------------------------------------------------------------------------------------------

interface Args {
  budgetSeconds: number;
  seed: number;
  server: boolean;
  /** Fail on a lint slower than timeBoundMs (off in `npm test`, which asserts no wall-clock time). */
  timeBounds: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { budgetSeconds: 60, seed: (Date.now() ^ (process.pid << 8)) >>> 0, server: true, timeBounds: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const n = Number(v);
      if (v === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${a.split('=')[0]} needs a number, got ${JSON.stringify(v)}`);
      return n;
    };
    if (a.startsWith('--budget-seconds')) args.budgetSeconds = Math.min(120, Math.max(1, value()));
    else if (a.startsWith('--seed')) args.seed = Math.floor(value()) >>> 0;
    else if (a === '--no-server') args.server = false;
    else if (a === '--no-time-bounds') args.timeBounds = false;
    else if (a === '-h' || a === '--help') {
      process.stdout.write('Usage: npm run stress -- [--budget-seconds N (1–120, default 60)] [--seed N] [--no-server] [--no-time-bounds]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

/** Whether a slow lint is a failure (set from --no-time-bounds). */
let timeBounds = true;

const tally = {
  inputs: 0,
  inputChars: 0,
  fixAll: 0,
  fixesApplied: 0,
  cacheSequences: 0,
  editsReplayed: 0,
  corpusArticles: 0,
  pathological: 0,
  serverSequences: 0,
  faults: new Map<string, number>(),
  largest: { chars: 0, what: '' },
  peakHeap: 0,
  peakRss: 0,
  serverPeakRss: 0,
  serverHeaps: [] as number[],
  burst: '',
  huge: '',
  slowest: { ms: 0, chars: 0, what: '' },
};
const failures: string[] = [];
const notes: string[] = [];

function fault(kind: string, n = 1): void {
  tally.faults.set(kind, (tally.faults.get(kind) ?? 0) + n);
}

function seen(text: string, what: string): void {
  if (text.length > tally.largest.chars) tally.largest = { chars: text.length, what };
}

function sampleMemory(): void {
  const m = process.memoryUsage();
  tally.peakHeap = Math.max(tally.peakHeap, m.heapUsed);
  tally.peakRss = Math.max(tally.peakRss, m.rss);
}

function fail(phase: string, detail: string): void {
  failures.push(`[${phase}] ${detail}`);
  process.stdout.write(`  FAILURE [${phase}] ${detail.slice(0, 2000)}\n`);
}

const fmtMB = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const fmtN = (n: number) => n.toLocaleString('en-GB');

/** A small deterministic random source for the fault schedule. */
function rng(seed: number): (n: number) => number {
  let s = seed || 1;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

// ---------------------------------------------------------------------------------------------
// Phase 1: engine properties on generated drafts (fast-check, shrunk counterexamples)
// ---------------------------------------------------------------------------------------------

function enginePhase(seed: number, ms: number): void {
  const until = Date.now() + ms;
  const property = fc.property(anyDraft, editsArb(8), fc.nat(CONFIGS.length - 1), fc.constantFrom<'markdown' | 'plain'>('markdown', 'plain'), (text, es: GenEdit[], ci, format) => {
    const opts: LintOptions = { config: CONFIGS[ci].config, format };
    tally.inputs++;
    tally.inputChars += text.length;
    seen(text, 'generated draft');
    const t0 = performance.now();
    checkLint(text, opts, timeBounds);
    const ms = performance.now() - t0;
    if (ms > tally.slowest.ms) tally.slowest = { ms, chars: text.length, what: 'generated draft' };
    const r = checkFixAll(text, opts);
    tally.fixAll++;
    tally.fixesApplied += r.applied;
    const versions = [text];
    let t = text;
    for (const e of es) {
      t = applyEdit(t, resolveEdit(t, e));
      versions.push(t);
    }
    checkCacheSequence(versions, opts);
    tally.cacheSequences++;
    tally.editsReplayed += es.length;
    if (tally.inputs % 50 === 0) sampleMemory();
  });
  // Phases run one after another: fast-check stops generating at the deadline.
  const details = fc.check(property, { seed, numRuns: 1_000_000, interruptAfterTimeLimit: Math.max(1, until - Date.now()), markInterruptAsFailure: false });
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    fail('engine', `${cause}\n    counterexample (shrunk): ${JSON.stringify(details.counterexample)}\n    replay: npm run stress -- --seed ${seed} (path ${details.counterexamplePath})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Phase 2: real corpus articles with random edits (only when ../shared/corpus is present)
// ---------------------------------------------------------------------------------------------

function corpusPhase(seed: number, ms: number): void {
  const until = Date.now() + ms;
  const articles = bbcArticles();
  if (articles.length === 0) {
    notes.push('corpus: skipped (../shared/corpus not found; set NEWSLINT_CORPUS to use one)');
    return;
  }
  const r = rng(seed ^ 0x5eed);
  const edits = fc.sample(editsArb(6), { seed, numRuns: 2000 });
  let i = 0;
  while (Date.now() < until) {
    const a = articles[r(articles.length)];
    // Real line endings vary too: sometimes CRLF, sometimes a BOM.
    let text = a.text;
    if (r(4) === 0) text = text.replace(/\r?\n/g, '\r\n');
    if (r(5) === 0) text = '\ufeff' + text;
    const opts: LintOptions = { config: CONFIGS[r(CONFIGS.length)].config, format: r(3) === 0 ? 'plain' : 'markdown' };
    try {
      seen(text, `corpus article ${a.id}`);
      checkLint(text, opts, timeBounds);
      const fixed = checkFixAll(text, opts);
      tally.fixesApplied += fixed.applied;
      tally.fixAll++;
      const versions = [text];
      let t = text;
      for (const e of edits[i++ % edits.length]) {
        t = applyEdit(t, resolveEdit(t, e));
        versions.push(t);
        tally.editsReplayed++;
      }
      checkCacheSequence(versions, opts);
      tally.cacheSequences++;
      tally.corpusArticles++;
    } catch (err) {
      fail('corpus', `${a.id}: ${(err as Error).message}`);
      if (failures.length > 20) return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Phase 3: pathological inputs at growing sizes (blow-ups show as time out of proportion)
// ---------------------------------------------------------------------------------------------

const PATTERNS = [...QUOTE_MARKS, '« ', '’s ', 'Mr Haddad said ', 'Marta Kowalczyk, the mayor of Dunford, ', '[', '[a](', '<!-- ', '```\n', '> ', '\r\n', '\n', '😀', 'e\u0301', ', said ', 'He said: “', 'A B C D ', '“We will,” said Haddad. ', '“We will.\n\n', 'Lavrov: '];

function pathologicalPhase(ms: number): void {
  const until = Date.now() + ms;
  const previous = new Map<string, number>();
  for (const size of [5_000, 20_000, 80_000]) {
    for (const p of PATTERNS) {
      if (Date.now() > until) return;
      // Stay within the budget: skip a size that would take longer than the time left, judging
      // from the last size (×4 characters, allowing ×8 time) — and report it as a blow-up if so.
      const last = previous.get(p);
      if (last !== undefined && last * 8 > until - Date.now()) continue;
      const text = p.repeat(Math.ceil(size / p.length));
      seen(text, `${JSON.stringify(p)} repeated`);
      const t0 = performance.now();
      try {
        lintText(text, { config: CONFIGS[2].config });
      } catch (err) {
        fail('pathological', `${JSON.stringify(p)} × ${text.length / p.length}: throws ${(err as Error).message}`);
        continue;
      }
      let took = performance.now() - t0;
      // Measure again before calling it a blow-up (a collection or a busy machine is not one).
      if (timeBounds && took > timeBoundMs(text.length)) took = Math.min(took, timeLint(text, { config: CONFIGS[2].config }));
      previous.set(p, took);
      tally.pathological++;
      if (took > tally.slowest.ms) tally.slowest = { ms: took, chars: text.length, what: `${JSON.stringify(p)} repeated` };
      if (timeBounds && took > timeBoundMs(text.length)) fail('pathological', `${JSON.stringify(p)} repeated to ${fmtN(text.length)} characters took ${took.toFixed(0)} ms (bound ${timeBoundMs(text.length).toFixed(0)} ms)`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Phase 4: the language server in-process, edits interleaved with faults
// ---------------------------------------------------------------------------------------------

async function serverPhase(seed: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  const failuresBefore = failures.length;
  const r = rng(seed ^ 0xfa17);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslint-stress-'));
  const cfgPath = path.join(dir, '.newslintrc.json');
  const cfgUri = pathToFileURL(cfgPath).href;
  const configs = [
    '{ "extends": ["newslint:bbc"], "rules": { "later-reference": "warning", "title-case": "warning" } }\n',
    '{ "rules": { "quote-marks": "off" }, "names": { "Marta Kowalczyk": ["Kowalcyk"] } }\n',
    '{ "rules": { "quote-marks": "loud" } }\n',
    '{ "rules": { ,\n',
    '{ "extends": ["newslint:nowhere"] }\n',
  ];
  fs.writeFileSync(cfgPath, configs[0]);
  // Pull diagnostics (like VS Code): the answer reflects every notification sent before it.
  const c = await TestClient.start({ pull: true, workspaceFolders: [pathToFileURL(dir).href], initSettings: { debounceMs: r(2) ? 0 : 20 } });
  const drafts = fc.sample(anyDraft, { seed, numRuns: 400 });
  const editPool = fc.sample(editsArb(12), { seed: seed + 1, numRuns: 400 });
  const uris = [0, 1, 2, 3].map((i) => pathToFileURL(path.join(dir, `draft-${i}.${i === 3 ? 'txt' : 'md'}`)).href);
  let d = 0;
  const openDraft = (uri: string) => {
    const text = drafts[d++ % drafts.length];
    seen(text, 'server draft');
    c.open(uri, text, uri.endsWith('.txt') ? 'plaintext' : 'markdown');
  };
  const expectedConfig = () => {
    try {
      return loadConfigForFile(path.join(dir, 'x.md'), { cache: new ConfigCache() }).config;
    } catch (err) {
      if (err instanceof ConfigError) return defaultConfig();
      throw err;
    }
  };
  const verify = async (why: string) => {
    const config = expectedConfig();
    for (const uri of uris) {
      if (!c.docs.has(uri)) continue;
      const text = c.text(uri);
      let got;
      try {
        const report = await answer(c.conn, 'textDocument/diagnostic', { textDocument: { uri } }, 30_000);
        if (!report.ok) throw new Error(`diagnostic request refused: ${report.code} ${report.message}`);
        got = ((report.result as { items?: Parameters<typeof plain>[0][] }).items ?? []).map(plain);
      } catch (err) {
        fail('server', `${why}: ${(err as Error).message}`);
        continue;
      }
      const want = expectedDiagnostics(text, lint(text, { config, format: uri.endsWith('.txt') ? 'plain' : 'markdown' }));
      if (!isDeepStrictEqual(got, want)) {
        fail('server', `${why}: diagnostics of ${path.basename(uri)} differ from the CLI on the final text\n    text: ${JSON.stringify(text).slice(0, 600)}\n    server: ${JSON.stringify(got).slice(0, 600)}\n    cli: ${JSON.stringify(want).slice(0, 600)}`);
      }
      tally.serverSequences++;
    }
    sampleMemory();
  };
  try {
    for (const uri of uris) openDraft(uri);
    while (Date.now() < until && failures.length - failuresBefore < 20) {
      const uri = uris[r(uris.length)];
      const action = r(20);
      if (action < 10) {
        // A run of edits, sometimes several in one notification.
        const es = editPool[r(editPool.length)];
        for (const e of es) {
          const doc = c.docs.get(uri)!;
          const x = resolveEdit(doc.getText(), e);
          c.edit(uri, x.start, x.end, x.text);
          tally.editsReplayed++;
        }
      } else if (action < 14) {
        // A malformed or out-of-range request.
        const doc = c.docs.get(uri)!;
        const big = 1e6 + r(1e6);
        const requests: Array<[string, unknown]> = [
          ['textDocument/hover', { textDocument: { uri }, position: { line: big, character: big } }],
          ['textDocument/hover', { textDocument: { uri: uri + '.gone' }, position: { line: 0, character: 0 } }],
          ['textDocument/hover', { textDocument: { uri }, position: doc.positionAt(r(doc.getText().length + 1)) }],
          ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: big, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
          ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, context: { diagnostics: [] } }],
          ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.newslint'] } }],
          ['textDocument/documentSymbol', { textDocument: { uri } }],
          ['newslint/quoteSheet', { uri: r(2) ? uri : 42 }],
          ['textDocument/hover', null],
          ['textDocument/codeAction', { textDocument: { uri } }],
          ['workspace/executeCommand', { command: 'newslint.applyFixAll', arguments: [{ uri, version: doc.version - 1 }] }],
          ['newslint/unknown', { x: 1 }],
        ];
        const [method, params] = requests[r(requests.length)];
        try {
          const o = await answer(c.conn, method, params, 30_000);
          if (!o.ok && ![-32600, -32601, -32602, -32603, -32800, -32802].includes(o.code)) fail('server', `${method}: unexpected error ${o.code} ${o.message}`);
        } catch (err) {
          fail('server', `${method} ${JSON.stringify(params).slice(0, 200)}: ${(err as Error).message}`);
        }
        fault('malformed or out-of-range requests');
      } else if (action < 16) {
        // Close while an analysis is due, then open again (a fresh draft).
        c.edit(uri, 0, 0, QUOTE_MARKS[r(QUOTE_MARKS.length)]);
        c.close(uri);
        openDraft(uri);
        fault('drafts closed during analysis');
      } else if (action < 18) {
        // The config file changes under the open drafts: valid, broken, deleted, a folder.
        const k = r(configs.length + 2);
        if (fs.existsSync(cfgPath) && fs.statSync(cfgPath).isDirectory()) fs.rmdirSync(cfgPath);
        if (k < configs.length) fs.writeFileSync(cfgPath, configs[k]);
        else if (k === configs.length) fs.rmSync(cfgPath, { force: true });
        else {
          fs.rmSync(cfgPath, { force: true });
          fs.mkdirSync(cfgPath);
        }
        await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: k === configs.length ? 3 : 2 }] });
        fault('config file changes (broken, deleted, a folder)');
      } else {
        await verify('after random edits and faults');
      }
    }
    await verify('at the end');

    // 10,000 edits in one burst on one draft.
    if (failures.length === failuresBefore) {
      const uri = uris[0];
      const lintsBefore = c.handle.stats.lints;
      const t0 = performance.now();
      for (let i = 0; i < 10_000; i++) {
        const doc = c.docs.get(uri)!;
        const len = doc.getText().length;
        const at = r(len + 1);
        if (r(3) === 0 && len > 0) c.edit(uri, Math.min(at, len - 1), Math.min(at, len - 1) + 1, '');
        else c.edit(uri, at, at, 'ab“” ,.\n'[r(8)]);
      }
      tally.editsReplayed += 10_000;
      await verify('after a burst of 10,000 edits');
      tally.burst = `10,000 edits in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${c.handle.stats.lints - lintsBefore} analyses`;
      fault('bursts of 10,000 edits');
    }

    // A 10 MB draft next to the others.
    if (failures.length === failuresBefore) {
      const uri = pathToFileURL(path.join(dir, 'huge.md')).href;
      const text = bigDraft(10_000_000, seed);
      seen(text, '10 MB draft');
      const t0 = performance.now();
      c.open(uri, text);
      try {
        const report = await answer(c.conn, 'textDocument/diagnostic', { textDocument: { uri } }, 60_000);
        if (!report.ok) throw new Error(`diagnostic request refused: ${report.message}`);
        const dd = (report.result as { items?: Array<{ code?: unknown }> }).items ?? [];
        const hover = await answer(c.conn, 'textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } }, 60_000);
        if (!hover.ok && hover.code !== -32602) fail('server', `hover on the 10 MB draft: ${hover.message}`);
        tally.huge = `10 MB draft answered in ${((performance.now() - t0) / 1000).toFixed(1)} s (${dd.map((x) => x.code).join(', ') || 'no diagnostics'})`;
      } catch (err) {
        fail('server', `10 MB draft: ${(err as Error).message}`);
      }
      sampleMemory();
      c.close(uri);
      await verify('next to a 10 MB draft');
      fault('10 MB drafts');
    }
  } finally {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Phase 5: the stdio server process: garbage frames, memory over open/edit/close cycles
// ---------------------------------------------------------------------------------------------

async function processPhase(seed: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  const s = await startStdioServer({ settings: { debounceMs: 5 } });
  const r = rng(seed ^ 0xbeef);
  const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const garbage = [frame('{not json'), frame('[]'), frame('null'), frame('{"jsonrpc":"2.0","id":77,"method":"textDocument/hover"}'), frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:ghost"}}}')];
  const drafts = fc.sample(newsDraft, { seed, numRuns: 100 });
  const failuresBefore = failures.length;
  try {
    let cycle = 0;
    while (Date.now() < until && failures.length - failuresBefore < 20) {
      const uri = `untitled:cycle-${cycle}.md`;
      let doc = TextDocument.create(uri, 'markdown', 1, drafts[cycle % drafts.length].repeat(1 + r(20)));
      seen(doc.getText(), 'stdio server draft');
      await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc.getText() } });
      s.raw(garbage[r(garbage.length)]);
      fault('garbage frames on stdio');
      for (let i = 0; i < 40; i++) {
        const at = r(doc.getText().length + 1);
        const change = { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: ['x', '“', '”', ' said Haddad.', '\n\n'][r(5)] };
        doc = TextDocument.update(doc, [change], doc.version + 1);
        await s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
        tally.editsReplayed++;
      }
      try {
        const p = await s.waitFor(`diagnostics of ${uri}`, () => latest(s.published, uri, doc.version), 60_000);
        const got = p.diagnostics.map((x) => plain(x as Parameters<typeof plain>[0]));
        const want = expectedDiagnostics(doc.getText(), lint(doc.getText(), { format: 'markdown' }));
        if (!isDeepStrictEqual(got, want)) {
          fail('stdio server', `${uri}: diagnostics differ from the CLI\n    text: ${JSON.stringify(doc.getText()).slice(0, 400)}\n    server: ${JSON.stringify(got).slice(0, 600)}\n    cli: ${JSON.stringify(want).slice(0, 600)}`);
        }
        tally.serverSequences++;
      } catch (err) {
        fail('stdio server', (err as Error).message);
        break;
      }
      await s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      s.published.length = 0;
      const stats = await serverStats(s.conn);
      if (stats.documents !== 0 || stats.cacheEntries !== 0) fail('stdio server', `state kept after close: ${stats.documents} documents, ${stats.cacheEntries} cache entries`);
      tally.serverHeaps.push(stats.memory.heapUsed);
      tally.serverPeakRss = Math.max(tally.serverPeakRss, rssOf(s.child.pid!));
      cycle++;
    }
    const h = tally.serverHeaps;
    if (h.length >= 6) {
      const warm = h[2];
      const end = Math.max(...h.slice(-3));
      if (end - warm > 10e6) fail('stdio server', `heap after GC grew from ${fmtMB(warm)} to ${fmtMB(end)} over ${h.length} open/edit/close cycles`);
    }
  } finally {
    if (s.child.exitCode !== null || s.child.signalCode !== null) fail('stdio server', `the server process died: ${s.stderr().slice(-500)}`);
    await s.stop();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
    timeBounds = args.timeBounds;
  } catch (err) {
    process.stderr.write(`stress: ${(err as Error).message}\n`);
    return 2;
  }
  const budget = args.budgetSeconds * 1000;
  const started = Date.now();
  process.stdout.write(`newslint stress: seed ${args.seed}, budget ${args.budgetSeconds} s (replay: npm run stress -- --seed ${args.seed} --budget-seconds ${args.budgetSeconds})\n`);
  lint('“Warm up,” said Marta Kowalczyk.'); // load the lexicons before timing anything
  const share = args.server ? { engine: 0.35, corpus: 0.15, patho: 0.1, server: 0.25, process: 0.15 } : { engine: 0.6, corpus: 0.25, patho: 0.15, server: 0, process: 0 };
  const phase = async (name: string, f: () => void | Promise<void>) => {
    const t0 = Date.now();
    try {
      await f();
    } catch (err) {
      fail(name, `crashed: ${(err as Error)?.stack ?? err}`);
    }
    sampleMemory();
    process.stdout.write(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  };
  await phase('engine properties', () => enginePhase(args.seed, budget * share.engine));
  await phase('corpus articles', () => corpusPhase(args.seed, budget * share.corpus));
  await phase('pathological inputs', () => pathologicalPhase(budget * share.patho));
  if (args.server) {
    await phase('language server with faults', () => serverPhase(args.seed, budget * share.server));
    await phase('stdio server process', () => processPhase(args.seed, Math.max(1000, started + budget - Date.now())));
  }

  const faults = [...tally.faults].map(([k, n]) => `${fmtN(n)} ${k}`).join(', ') || 'none';
  const lines = [
    '',
    `inputs generated:  ${fmtN(tally.inputs)} drafts (${fmtN(tally.inputChars)} characters), ${fmtN(tally.corpusArticles)} corpus articles, ${fmtN(tally.pathological)} pathological inputs`,
    `fix-all checked:   ${fmtN(tally.fixAll)} drafts, ${fmtN(tally.fixesApplied)} fixes applied`,
    `edits replayed:    ${fmtN(tally.editsReplayed)} (${fmtN(tally.cacheSequences)} cache sequences, ${fmtN(tally.serverSequences)} server checks against the CLI)`,
    `faults injected:   ${faults}`,
    ...(tally.burst ? [`burst:             ${tally.burst}`] : []),
    ...(tally.huge ? [`huge draft:        ${tally.huge}`] : []),
    `largest document:  ${fmtN(tally.largest.chars)} characters (${tally.largest.what})`,
    `slowest lint:      ${tally.slowest.ms.toFixed(0)} ms for ${fmtN(tally.slowest.chars)} characters (${tally.slowest.what})`,
    `peak memory:       this process heap ${fmtMB(tally.peakHeap)}, RSS ${fmtMB(tally.peakRss)}${tally.serverPeakRss ? `; stdio server RSS ${fmtMB(tally.serverPeakRss)}, heap after GC per cycle ${tally.serverHeaps.length ? `${fmtMB(Math.min(...tally.serverHeaps))}–${fmtMB(Math.max(...tally.serverHeaps))}` : 'n/a'}` : ''}`,
    ...notes,
    `time:              ${((Date.now() - started) / 1000).toFixed(1)} s`,
    failures.length === 0 ? 'failures:          none' : `failures:          ${failures.length}\n${failures.map((f) => `  - ${f.slice(0, 3000)}`).join('\n')}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`stress: ${(err as Error)?.stack ?? err}\n`);
    process.exit(1);
  },
);
