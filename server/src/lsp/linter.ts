/**
 * When and how a draft is analysed. Each open draft keeps a ParagraphCache, so an edit re-analyses
 * only the paragraphs it touched. The first change after a quiet period is linted at once (after
 * the messages already queued are read); changes arriving while one is pending are debounced
 * (`debounceMs`) so a burst of typing or a paste costs one analysis. A newer version supersedes
 * pending work: the analysis always reads the latest text, and results are published only for
 * the version they were computed from.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding, RuleFailure } from '../engine/index';
import { AcrossFiles } from './across';
import type { ServerContext } from './context';
import { clearTimers, isPending, type DocState, type LintResult } from './document-state';
import { toDiagnostic } from './present';
import type { ServerSettings } from './settings';
import { formatOf } from './uri';
import { SECTION } from '../protocol';
import { traceCheck } from './log';

export class Linter {
  readonly across: AcrossFiles;

  constructor(private readonly ctx: ServerContext) {
    this.across = new AcrossFiles(ctx, (uri) => this.schedule(uri, true));
  }

  /** Lint the document's current text now (or return the result already computed for it). */
  lintNow(doc: TextDocument, settings: ServerSettings): LintResult {
    const { states } = this.ctx;
    const st = states.ensure(doc.uri);
    const fresh = states.fresh(st, doc.version);
    if (fresh) return fresh;
    if (settings.enable && doc.getText().length > this.ctx.limits.maxDocumentChars) return this.tooLong(st, doc);
    let analysis: Analysis | null = null;
    let findings: Finding[] = [];
    if (settings.enable) ({ analysis, findings } = this.analyse(doc, st, settings));
    const diagnostics = findings.map((f, i) => toDiagnostic(doc, f, i));
    st.result = { version: doc.version, generation: states.generation, analysis, findings, diagnostics };
    return st.result;
  }

  private analyse(doc: TextDocument, st: DocState, settings: ServerSettings): { analysis: Analysis | null; findings: Finding[] } {
    const { stats, log } = this.ctx;
    const dc = this.ctx.settings.docConfig(doc.uri, settings);
    const t0 = performance.now();
    let analysis: Analysis | null = null;
    let findings: Finding[] = [];
    const prepared = st.prepared;
    st.prepared = null;
    try {
      const ready = prepared && prepared.text === doc.getText() && prepared.generation === this.ctx.states.generation;
      const r = ready ? prepared : this.ctx.lintFn(doc.getText(), { config: dc.config, format: formatOf(doc), cache: st.cache });
      analysis = r.analysis;
      findings = r.findings;
      this.logFailures(st, doc.uri, r.failures);
      if (settings.acrossFiles) findings = this.across.merge(doc, st, r.analysis, dc.config, findings);
    } catch (err) {
      log.error(`analysis failed for ${doc.uri}: ${(err as Error)?.stack ?? err}`);
    }
    st.cache.sweep();
    stats.lints++;
    stats.lastLintMs = performance.now() - t0;
    traceCheck(this.ctx.connection, doc.uri, doc.version, stats.lastLintMs, findings.length);
    return { analysis, findings };
  }

  private tooLong(st: DocState, doc: TextDocument): LintResult {
    const mb = (n: number) => (n / 1_000_000).toFixed(1);
    const notice: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: SECTION,
      code: 'too-long',
      message: `This draft is too long to check in the editor (${mb(doc.getText().length)} million characters; the limit is ${mb(this.ctx.limits.maxDocumentChars)}). Run newslint on the command line.`,
    };
    st.result = { version: doc.version, generation: this.ctx.states.generation, analysis: null, findings: [], diagnostics: [notice] };
    return st.result;
  }

  /** A rule that threw: logged once per draft and error (it throws again on every keystroke). */
  private logFailures(st: DocState, uri: string, failures: RuleFailure[] | undefined): void {
    for (const f of failures ?? []) {
      const key = `${f.ruleId}\u0000${f.error}`;
      if (st.loggedFailures.has(key)) continue;
      st.loggedFailures.add(key);
      this.ctx.log.error(`rule ${f.ruleId} failed on ${uri}: ${f.error}`);
    }
  }

  /**
   * Schedule an analysis of the latest text. `now`: at once (open, save, config change, a pull
   * request waiting); otherwise the first change after a quiet period goes at once and changes
   * arriving while one is pending wait for `debounceMs` of quiet.
   */
  schedule(uri: string, now: boolean, debounceMs = this.ctx.settings.base.debounceMs): void {
    const st = this.ctx.states.ensure(uri);
    const pending = isPending(st);
    clearTimers(st);
    if (now || !pending || debounceMs === 0) st.immediate = setImmediate(() => void this.run(uri));
    else st.timer = setTimeout(() => void this.run(uri), debounceMs);
  }

  private async run(uri: string): Promise<void> {
    const { states, documents, connection, caps, stats, log } = this.ctx;
    const st = states.get(uri);
    if (!st) return;
    st.timer = null;
    st.immediate = null;
    const settings = await this.ctx.settings.settingsFor(uri);
    const doc = documents.get(uri);
    if (!doc || states.get(uri) !== st) return; // closed meanwhile
    if (isPending(st)) return; // a newer change is scheduled: it will run
    let result: LintResult | null = null;
    try {
      result = this.lintNow(doc, settings);
    } catch (err) {
      log.error(`${(err as Error)?.stack ?? err}`);
    }
    const waiters = st.waiters;
    st.waiters = [];
    for (const w of waiters) w(result);
    if (result && !caps.pull) {
      connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
      if (st.changedAt !== null) stats.lastChangeToPublishMs = performance.now() - st.changedAt;
    }
  }

  /** A result for the document's current version (waiting for the scheduled analysis). */
  async current(doc: TextDocument): Promise<LintResult | null> {
    const settings = await this.ctx.settings.settingsFor(doc.uri);
    const { states } = this.ctx;
    const st = states.ensure(doc.uri);
    const fresh = states.fresh(st, doc.version);
    if (fresh) return fresh;
    // onSave: typing keeps the last result, unless a save (or open) has scheduled a new one.
    if (settings.run === 'onSave' && st.result && st.result.generation === states.generation && !isPending(st)) return st.result;
    return new Promise((resolve) => {
      st.waiters.push(resolve);
      if (!isPending(st)) this.schedule(doc.uri, true);
    });
  }

  /** Settings or config files changed: forget every cached config and re-lint open drafts. */
  invalidate(settingsToo: boolean): void {
    const { states, settings, documents, caps, connection } = this.ctx;
    states.generation++;
    settings.clear(settingsToo);
    for (const doc of documents.all()) this.schedule(doc.uri, true);
    if (caps.pull && caps.refresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
  }
}
