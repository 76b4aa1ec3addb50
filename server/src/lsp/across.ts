/**
 * Names across files (`newslint.acrossFiles`): the workspace index of drafts on disk, built in the
 * background, and the cross-file findings of an open draft, from the engine's `lintAcrossFiles`
 * over the open drafts' analyses and the index. Rule-agnostic: the findings are merged by rule and
 * range with the draft's own.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FileChangeType, type FileEvent } from 'vscode-languageserver/node';
import { lintAcrossFiles, type AcrossFile } from '../engine/across-files';
import type { Analysis, Finding, ResolvedConfig } from '../engine/types';
import type { ServerContext } from './context';
import type { DocState } from './document-state';
import { shiftFindings } from './shift';
import { uriToPath } from './uri';
import { WorkspaceIndex, isDraftFile, type Progress } from './workspace-index';

export class AcrossFiles {
  readonly index: WorkspaceIndex;
  /** What the last cross-file check cost, in ms. */
  private costMs = 0;

  /** `relint(uri)`: analyse an open draft again at once. */
  constructor(
    private readonly ctx: ServerContext,
    private readonly relint: (uri: string) => void,
  ) {
    this.index = new WorkspaceIndex({ configFor: (file) => ctx.settings.fileConfig(file) });
  }

  /** Build the workspace index in the background, with a progress notification. */
  start(): void {
    if (this.index.ready || this.index.isBuilding) return;
    void (async () => {
      const reporter: Progress | null = await this.ctx.connection.window.createWorkDoneProgress().catch(() => null);
      await this.index.build(this.ctx.settings.folders, reporter);
      if (this.index.ready) this.relintAll();
    })();
  }

  /** Config files changed: the index is rebuilt with the new configuration. */
  restart(): void {
    if (!this.index.ready && !this.index.isBuilding) return;
    this.index.clear();
    this.start();
  }

  /** Drafts changed on disk: keep the index current and re-check the open drafts. */
  filesChanged(changes: FileEvent[]): void {
    if (!this.index.ready) return;
    let changed = false;
    for (const c of changes) {
      const file = uriToPath(c.uri);
      if (!file || !isDraftFile(file)) continue;
      if (c.type === FileChangeType.Deleted) this.index.remove(file);
      else this.index.update(file);
      changed = true;
    }
    if (changed) this.relintAll();
  }

  /** A draft was saved: its copy in the index is replaced. */
  saved(uri: string): void {
    if (!this.index.ready) return;
    const file = uriToPath(uri);
    if (file) this.index.update(file);
    this.relintAll();
  }

  /** Re-lint the open drafts that check names across files. */
  relintAll(): void {
    const { documents, states, settings, caps, connection } = this.ctx;
    for (const doc of documents.all()) {
      const st = states.get(doc.uri);
      if (!st) continue;
      void settings.settingsFor(doc.uri).then((s) => {
        if (!s.acrossFiles || states.get(doc.uri) !== st) return;
        if (st.across) st.across.force = true; // the other drafts changed: recompute now
        st.result = null;
        this.relint(doc.uri);
      });
    }
    if (caps.pull && caps.refresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  /** The draft's findings plus its cross-file ones (null: the index is not ready yet, started now). */
  merge(doc: TextDocument, st: DocState, analysis: Analysis, config: ResolvedConfig, findings: Finding[]): Finding[] {
    if (!this.index.ready) {
      this.start();
      return findings;
    }
    // A finding the draft's own rules gave already is not repeated by the cross-file check.
    const key = (f: Finding) => `${f.ruleId}:${f.start}:${f.end}`;
    const seen = new Set(findings.map(key));
    const extra = this.findingsFor(doc, st, analysis, config).filter((f) => !seen.has(key(f)));
    if (extra.length === 0) return findings;
    return [...findings, ...extra].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  }

  private findingsFor(doc: TextDocument, st: DocState, analysis: Analysis, config: ResolvedConfig): Finding[] {
    const text = doc.getText();
    const a = st.across;
    if (!a || a.force || this.costMs <= this.ctx.limits.acrossInlineMs) {
      const t0 = performance.now();
      const findings = this.compute(doc, analysis, config);
      this.costMs = performance.now() - t0;
      if (a?.timer) clearTimeout(a.timer);
      st.across = { text, findings, timer: null, force: false };
      return findings;
    }
    // Expensive: move the last results along with the edits, and recompute after a pause.
    if (a.timer) clearTimeout(a.timer);
    a.timer = setTimeout(() => {
      a.timer = null;
      if (this.ctx.states.get(doc.uri) !== st) return;
      a.force = true;
      st.result = null;
      this.relint(doc.uri);
    }, this.ctx.limits.acrossDelayMs);
    return shiftFindings(a.findings, a.text, text);
  }

  private compute(doc: TextDocument, analysis: Analysis, config: ResolvedConfig): Finding[] {
    const { documents, states, settings, log } = this.ctx;
    const file = uriToPath(doc.uri);
    if (!file) return [];
    const files: AcrossFile[] = [{ path: file, analysis, config }];
    const open = new Set<string>();
    for (const other of documents.all()) {
      const p = uriToPath(other.uri);
      const r = states.get(other.uri)?.result;
      if (!p || p === file) continue;
      open.add(p);
      if (r?.analysis) files.push({ path: p, analysis: r.analysis, config: settings.openConfig(other.uri) ?? config });
    }
    for (const [p, e] of this.index.files) if (p !== file && !open.has(p)) files.push({ path: p, analysis: e.analysis, config: e.config });
    if (files.length < 2) return [];
    try {
      return lintAcrossFiles(files).get(file) ?? [];
    } catch (err) {
      log.error(`across-files check failed: ${(err as Error)?.stack ?? err}`);
      return [];
    }
  }
}
