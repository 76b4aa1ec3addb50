/**
 * `npm run bench:lsp`: drives the language server over stdio (as an editor would) with generated
 * news-like drafts (invented people, places and quotes; nothing from the corpus) and prints:
 * - p50/p95/max time from `didChange` (one character typed or deleted) to the new diagnostics,
 *   for a 10,000-word and a 1,000-word draft, 200 edits each, with pushed diagnostics and again
 *   with pulled ones (didChange, then textDocument/diagnostic, as VS Code does);
 * - the server's memory before and after 10,000 more edits (sent in bursts, as fast typing or a
 *   replayed edit log would), with the ParagraphCache size.
 * - fix-all on save (`source.fixAll.newslint`, as editor.codeActionsOnSave asks for it) on a
 *   10,000-word draft with about 150 fixes, over LSP and through the engine's fixText (`fix()`).
 * Targets (issue 5): p95 ≤ 30 ms at 10,000 words, ≤ 10 ms at 1,000 words; memory flat.
 * Target (issue 17): fix-all on save < 250 ms.
 * Usage: node test/out/bench/bench-lsp.js [--edits N] [--memory-edits N]
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText, lint, lintText, ParagraphCache } from '../../../server/out/engine/index.js';
import { defaultConfig } from '../../../server/out/engine/config.js';

const root = path.resolve(__dirname, '../../..');
const argv = process.argv.slice(2);
const arg = (name: string, def: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const EDITS = arg('--edits', 200);
const MEMORY_EDITS = arg('--memory-edits', 10000);

// ------------------------------------------------------------------------------------------------
// A seeded generator of news-like drafts
// ------------------------------------------------------------------------------------------------

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Ines', 'Tomasz', 'Amara', 'Keld', 'Rosalind', 'Oduya', 'Marek', 'Sunniva', 'Dario', 'Halima', 'Piet', 'Yelena'];
const SURNAME = ['Okafor', 'Brandvold', 'Castellane', 'Mirovic', 'Achterberg', 'Lindqvist', 'Tembo', 'Fairweather', 'Quaresma', 'Novakovsky', 'Hallstrom', 'Ibekwe'];
const TITLE = ['Harbour Commissioner', 'Finance Minister', 'council leader', 'union spokeswoman', 'Police Chief', 'ferry operator director', 'Mayor', 'opposition MP'];
const PLACE = ['Portvale', 'Westshire', 'Dunmere', 'the northern ward', 'Kestrel Bay', 'the old docks'];
const NOUN = ['pier', 'budget', 'ferry', 'council', 'harbour', 'tariff', 'strike', 'inquiry', 'timetable', 'bridge', 'report', 'vote'];
const VERB = ['approved', 'delayed', 'questioned', 'rejected', 'reviewed', 'funded', 'extended', 'criticised'];
const ADJ = ['new', 'disputed', 'costly', 'delayed', 'final', 'independent', 'regional', 'temporary'];
const SAY = ['said', 'told reporters', 'added', 'said on Tuesday', 'wrote in a statement'];

export function generateDraft(words: number, seed = 7): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const people = GIVEN.map((g, i) => ({ given: g, surname: SURNAME[i], title: TITLE[i % TITLE.length], introduced: false }));
  const sentence = () => {
    const n = 8 + Math.floor(r() * 12);
    const w: string[] = [`The ${pick(ADJ)} ${pick(NOUN)}`];
    while (w.join(' ').split(' ').length < n) w.push(pick([`was ${pick(VERB)} by the ${pick(NOUN)}`, `in ${pick(PLACE)}`, `after the ${pick(ADJ)} ${pick(NOUN)}`, `on Monday`, `and the ${pick(NOUN)}`]));
    return w.join(' ') + '.';
  };
  const name = (p: (typeof people)[number]) => {
    if (!p.introduced) {
      p.introduced = true;
      return `${p.title.charAt(0).toUpperCase()}${p.title.slice(1)} ${p.given} ${p.surname}`;
    }
    return p.surname;
  };
  const paragraphs: string[] = [`${pick(ADJ).replace(/^./, (c) => c.toUpperCase())} ${pick(NOUN)} ${pick(VERB)} in ${pick(PLACE)}`];
  let count = paragraphs[0].split(' ').length;
  while (count < words) {
    const p = pick(people);
    const kind = r();
    let para: string;
    if (kind < 0.4) para = `“${sentence().slice(0, -1)},” ${name(p)} ${pick(SAY)}. ${sentence()}`;
    else if (kind < 0.55) para = `${name(p)} ${pick(SAY)} the ${pick(NOUN)} was “${pick(ADJ)} and ${pick(ADJ)}”. ${sentence()}`;
    else if (kind < 0.65) para = `“${sentence()} ${sentence()}”`; // unattributed
    else para = `${sentence()} ${sentence()} ${sentence()}`;
    paragraphs.push(para);
    count += para.split(/\s+/).length;
  }
  return paragraphs.join('\n\n') + '\n';
}

/**
 * About `words` words of real edited copy: BBC politics articles read at run time from
 * ../shared/corpus (never stored in the project), one after another as one long draft. Null when
 * the corpus is absent.
 */
function corpusDraft(words: number): string | null {
  const dir = path.resolve(root, '../shared/corpus/bbc/politics');
  if (!fs.existsSync(dir)) return null;
  const parts: string[] = [];
  let count = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'latin1').trim();
    // Each article: title line, blank line, paragraphs (one per line in the corpus).
    const body = text.split(/\r?\n/).filter((l) => l.trim()).join('\n\n');
    parts.push(body);
    count += body.split(/\s+/).length;
    if (count >= words) break;
  }
  return parts.join('\n\n') + '\n';
}

// ------------------------------------------------------------------------------------------------
// The client side
// ------------------------------------------------------------------------------------------------

interface Published {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

class BenchClient {
  private waiters = new Map<string, (p: Published) => void>();
  private resultIds = new Map<string, string>();
  docs = new Map<string, TextDocument>();
  /** `pull`: diagnostics are asked for after each change (textDocument/diagnostic), as VS Code does. */
  constructor(
    readonly conn: ProtocolConnection,
    readonly pull = false,
  ) {
    conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      const key = `${p.uri}#${p.version}`;
      const w = this.waiters.get(key);
      if (w) {
        this.waiters.delete(key);
        w(p);
      }
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onNotification('window/logMessage', () => undefined);
  }

  diagnostics(uri: string, version: number, timeoutMs = 30000): Promise<Published> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.set(`${uri}#${version}`, (p) => {
        clearTimeout(t);
        resolve(p);
      });
    });
  }

  /** The diagnostics of this version: published (push) or pulled right after the change (pull). */
  async fresh(uri: string, version: number): Promise<Published> {
    if (!this.pull) return this.diagnostics(uri, version);
    const r = (await this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: this.resultIds.get(uri) })) as { resultId?: string; items?: unknown[] };
    if (!r.resultId?.startsWith(`${version}:`)) throw new Error(`pulled ${r.resultId} for ${uri} v${version}`);
    this.resultIds.set(uri, r.resultId);
    return { uri, version, diagnostics: r.items ?? [] };
  }

  open(uri: string, text: string): Promise<Published> {
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    this.docs.set(uri, doc);
    const done = this.pull ? null : this.diagnostics(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return done ?? this.fresh(uri, 1);
  }

  /** One incremental change; returns the new version. */
  change(uri: string, start: number, end: number, text: string): number {
    const doc = this.docs.get(uri)!;
    const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
    const version = doc.version + 1;
    this.docs.set(uri, TextDocument.update(doc, [{ range, text }], version));
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }
}

/** An offset inside a word in the body (not the headline), to type into. */
function editPoint(text: string, r: () => number): number {
  const bodyStart = text.indexOf('\n\n') + 2;
  for (;;) {
    const at = bodyStart + Math.floor(r() * (text.length - bodyStart - 2));
    if (/[a-z]/.test(text[at]) && /[a-z]/.test(text[at - 1])) return at;
  }
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function latency(client: BenchClient, uri: string, text: string, edits: number, seed: number) {
  const t0 = performance.now();
  const first = await client.open(uri, text);
  const openMs = performance.now() - t0;
  const r = rng(seed);
  const times: number[] = [];
  const engine: number[] = [];
  const server: number[] = [];
  let pending: { at: number } | null = null;
  for (let i = 0; i < edits; i++) {
    const current = client.docs.get(uri)!.getText();
    let version: number;
    let started: number;
    if (!pending) {
      const at = editPoint(current, r);
      started = performance.now();
      version = client.change(uri, at, at, 'x');
      pending = { at };
    } else {
      started = performance.now();
      version = client.change(uri, pending.at, pending.at + 1, '');
      pending = null;
    }
    await client.fresh(uri, version);
    times.push(performance.now() - started);
    // The engine's share: the server's own measure of its last analysis.
    const st = (await client.conn.sendRequest('newslint/stats', {})) as { lastLintMs: number; lastChangeToPublishMs: number };
    engine.push(st.lastLintMs);
    server.push(st.lastChangeToPublishMs);
  }
  return {
    openMs,
    findings: first.diagnostics.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    engineP50: percentile(engine, 50),
    engineP95: percentile(engine, 95),
    serverP50: percentile(server, 50),
    serverP95: percentile(server, 95),
  };
}

/**
 * Where an edit's time goes: the pipeline of analyze() stage by stage, then each rule, in this
 * process with a ParagraphCache, over `edits` single-character edits (mean ms per edit).
 */
function stageProfile(text: string, edits: number): Array<[string, number]> {
  const cache = new ParagraphCache();
  const config = defaultConfig();
  let totals: Record<string, number> = {};
  const once = (t: string) => {
    lintText(t, { config, format: 'markdown', cache, timings: totals });
    cache.sweep();
  };
  once(text);
  totals = {};
  const r = rng(3);
  let current = text;
  let pending: number | null = null;
  for (let i = 0; i < edits; i++) {
    if (pending === null) {
      pending = editPoint(current, r);
      current = current.slice(0, pending) + 'x' + current.slice(pending);
    } else {
      current = current.slice(0, pending) + current.slice(pending + 1);
      pending = null;
    }
    once(current);
  }
  return Object.entries(totals).map(([k, v]) => [k, v / edits] as [string, number]).sort((a, b) => b[1] - a[1]);
}

/** Start `newslint-language-server --stdio` as an editor would, with push or pull diagnostics. */
export async function startServer(pull: boolean): Promise<{ client: BenchClient; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--expose-gc', path.join(root, 'server/out/server.js'), '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new BenchClient(conn, pull);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}) } },
    initializationOptions: {},
  });
  await conn.sendNotification('initialized', {});
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    await exited;
    conn.dispose();
  };
  return { client, stop };
}

type Draft = { label: string; words: number; text: string | null };

async function keystrokes(client: BenchClient, drafts: Draft[]): Promise<void> {
  for (const { label, words, text } of drafts) {
    if (!text) {
      console.log(`${label}: skipped (../shared/corpus is not here)`);
      continue;
    }
    const uri = `untitled:bench-${label.replace(/\W/g, '')}-${words}.md`;
    const r = await latency(client, uri, text, EDITS, 42);
    const n = text.split(/\s+/).length;
    const server = client.pull ? '' : `in the server (didChange received → diagnostics sent) p50 ${r.serverP50.toFixed(1)} ms, p95 ${r.serverP95.toFixed(1)} ms, of which `;
    console.log(
      `${label.padEnd(9)} ${String(n).padStart(6)} words (${(text.length / 1024).toFixed(0)} KB, ${r.findings} findings): open ${r.openMs.toFixed(0)} ms; ` +
        `${EDITS} single-character edits, didChange → diagnostics: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; ${server}lintText p50 ${r.engineP50.toFixed(1)} ms, p95 ${r.engineP95.toFixed(1)} ms` +
        `  (target p95 ≤ ${words >= 10000 ? 30 : 10} ms: ${r.p95 <= (words >= 10000 ? 30 : 10) ? 'met' : 'NOT met'})`,
    );
    void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
}

/**
 * A generated draft with `fixes` safe fixes: the closing mark of that many curly quotes typed
 * straight (“…"), which quote-marks fixes, spread evenly over the draft.
 */
export function fixableDraft(words: number, fixes: number): string {
  const text = generateDraft(words, words);
  const closers = text.split('”').length - 1;
  const every = Math.max(1, Math.floor(closers / fixes));
  let k = 0;
  let made = 0;
  return text.replace(/”/g, (m) => (++k % every === 0 && made < fixes ? (made++, '"') : m));
}

const FIX_ALL_TARGET_MS = 250;

/**
 * Fix-all on save: the client opens the draft, waits for its diagnostics (the paragraph cache is
 * warm), then asks for the `source.fixAll.newslint` action, as VS Code does before saving. Each
 * trial opens the draft under a new URI, so no trial reuses another's fixed paragraphs.
 */
export async function fixAllOnSave(client: BenchClient, trials: number): Promise<void> {
  const text = fixableDraft(10000, 150);
  const fixes = lint(text).filter((f) => f.fix).length;
  const times: number[] = [];
  let edits = 0;
  for (let i = 0; i < trials; i++) {
    const uri = `untitled:bench-fixall-${i}.md`;
    await client.open(uri, text);
    const t0 = performance.now();
    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.newslint'] },
    })) as Array<{ edit?: { changes?: Record<string, unknown[]>; documentChanges?: Array<{ edits: unknown[] }> } }>;
    times.push(performance.now() - t0);
    const e = actions[0]?.edit;
    edits = e?.documentChanges?.[0]?.edits.length ?? e?.changes?.[uri]?.length ?? 0;
    void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  const p50 = percentile(times, 50);
  const worst = Math.max(...times);
  console.log(
    `fix-all on save, 10,000 words with ${fixes} fixes (${edits} edits sent): ${trials} trials, p50 ${p50.toFixed(0)} ms, max ${worst.toFixed(0)} ms` +
      `  (target < ${FIX_ALL_TARGET_MS} ms: ${worst < FIX_ALL_TARGET_MS ? 'met' : p50 < FIX_ALL_TARGET_MS ? 'met at p50' : 'NOT met'})`,
  );
  const engine: number[] = [];
  for (let i = 0; i < trials; i++) {
    const t0 = performance.now();
    fixText(text, { format: 'markdown' });
    engine.push(performance.now() - t0);
  }
  console.log(`fixText() on the same draft (fix() and --fix, no editor cache): p50 ${percentile(engine, 50).toFixed(0)} ms, max ${Math.max(...engine).toFixed(0)} ms`);
}

async function main() {
  const drafts: Draft[] = [
    { label: 'generated', words: 10000, text: generateDraft(10000, 10000) },
    { label: 'generated', words: 1000, text: generateDraft(1000, 1000) },
    { label: 'BBC copy', words: 10000, text: corpusDraft(10000) },
    { label: 'BBC copy', words: 1000, text: corpusDraft(1000) },
  ];
  const push = await startServer(false);
  console.log('newslint language server over stdio (push diagnostics, default settings: debounce 30 ms after the first change of a burst)');
  await keystrokes(push.client, drafts);
  const pull = await startServer(true);
  console.log('pull diagnostics (the client sends didChange, then textDocument/diagnostic, as VS Code does)');
  await keystrokes(pull.client, drafts);
  await fixAllOnSave(pull.client, 5);
  await pull.stop();

  for (const { label, words, text } of drafts) {
    if (!text || words < 10000) continue;
    try {
      const stages = stageProfile(text, 40);
      const total = stages.reduce((n, [, v]) => n + v, 0);
      console.log(`engine stages per edit, ${label} ${words} words (in-process, mean of 40 edits, ${total.toFixed(1)} ms): ` + stages.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
    } catch (err) {
      console.log(`engine stage profile unavailable: ${(err as Error).message}`);
    }
  }
  await memory(push.client);
  await push.stop();
}

/** Memory over many edits on the 10,000-word draft, sent in bursts of 50. */
async function memory(client: BenchClient): Promise<void> {
  const conn = client.conn;
  const uri = 'untitled:bench-memory.md';
  await client.open(uri, generateDraft(10000, 99));
  const stats = () => conn.sendRequest('newslint/stats', { gc: true }) as Promise<{ lints: number; cacheEntries: number; memory: NodeJS.MemoryUsage }>;
  const r = rng(5);
  const burst = async (n: number) => {
    let version = 0;
    let pending: number | null = null;
    for (let i = 0; i < n; i++) {
      const text = client.docs.get(uri)!.getText();
      if (pending === null) {
        pending = editPoint(text, r);
        version = client.change(uri, pending, pending, 'x');
      } else {
        version = client.change(uri, pending, pending + 1, '');
        pending = null;
      }
    }
    await client.diagnostics(uri, version);
  };
  await burst(500); // warm up
  const before = await stats();
  const t0 = performance.now();
  for (let done = 0; done < MEMORY_EDITS; done += 50) await burst(50);
  const elapsed = performance.now() - t0;
  const after = await stats();
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  console.log(
    `memory over ${MEMORY_EDITS} edits (bursts of 50, ${after.lints - before.lints} analyses, ${(elapsed / 1000).toFixed(1)} s): ` +
      `heap ${mb(before.memory.heapUsed)} → ${mb(after.memory.heapUsed)} MB, rss ${mb(before.memory.rss)} → ${mb(after.memory.rss)} MB, ` +
      `paragraph cache ${before.cacheEntries} → ${after.cacheEntries} entries`,
  );
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
