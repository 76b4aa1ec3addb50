/**
 * Code actions: each finding's fix (preferred), its suggestions (lazy ones resolved when picked),
 * the configuration changes its rule offers, "Disable <rule> for this line / file", and fix-all
 * (a quick fix, a source action for codeActionsOnSave, and the `applyFixAll` command).
 */
import * as fs from 'node:fs';
import { CodeActionKind, type CodeAction, type CodeActionParams, type ExecuteCommandParams, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readConfigForEdit } from '../config-loader';
import { configSuggestions, fixAll, resolveSuggestion, type Analysis, type Finding, type RuleFailure, type SuggestionRef, type TextEdit } from '../engine/index';
import { FIX_ALL_KIND, SERVER_COMMAND } from '../protocol';
import type { ServerContext } from './context';
import { diffEdits } from './diff';
import type { LintResult } from './document-state';
import { applyConfigChange, disableFileEdit, disableLineEdit, type ConfigChange } from './edits';
import type { Linter } from './linter';
import type { ServerSettings } from './settings';
import { checkRange, docUri, formatOf } from './uri';

const FIX_ALL_TITLE = 'Fix all newslint problems';

export class CodeActions {
  constructor(
    private readonly ctx: ServerContext,
    private readonly linter: Linter,
  ) {}

  async onCodeAction(params: CodeActionParams): Promise<CodeAction[] | null> {
    checkRange(params);
    const doc = this.ctx.documents.get(docUri(params));
    if (!doc) return null;
    const settings = await this.ctx.settings.settingsFor(doc.uri);
    if (!settings.enable) return null;
    const result = this.linter.lintNow(doc, settings);
    const only = params.context?.only;
    if (kindWanted(only, FIX_ALL_KIND) && (only?.length ?? 0) > 0 && !kindWanted(only, CodeActionKind.QuickFix)) {
      // Source action (editor.codeActionsOnSave, "Fix all" menu): computed now.
      const edits = this.fixAllEdits(doc, settings, result);
      return edits.length > 0 ? [{ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: this.workspaceEdit(doc, edits) }] : [];
    }
    if (!kindWanted(only, CodeActionKind.QuickFix)) return [];
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const touched = result.findings.map((f, i) => ({ f, i })).filter(({ f }) => f.start <= end && f.end >= start);
    const actions: CodeAction[] = [];
    for (const { f, i } of touched) actions.push(...this.findingActions(doc, settings, result, f, i));
    actions.push(...this.disableActions(doc, result, touched));
    if (touched.length > 0 && result.findings.filter((f) => f.fix).length > 1) {
      const action: CodeAction = { title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, data: { uri: doc.uri, version: doc.version } };
      if (!this.ctx.caps.resolve) action.edit = this.workspaceEdit(doc, this.fixAllEdits(doc, settings, result));
      actions.push(action);
    }
    return actions;
  }

  /** The fix, the suggestions and the config changes of one finding. */
  private findingActions(doc: TextDocument, settings: ServerSettings, result: LintResult, f: Finding, i: number): CodeAction[] {
    const diagnostics = result.diagnostics[i] ? [result.diagnostics[i]] : [];
    const actions: CodeAction[] = [];
    const quickFix = { kind: CodeActionKind.QuickFix, diagnostics };
    if (f.fix && f.fix.edits.length > 0) {
      const desc = f.fix.desc ?? (typeof f.data?.fixDescription === 'string' ? (f.data.fixDescription as string) : `Fix: ${f.message}`);
      actions.push({ title: desc, ...quickFix, isPreferred: true, edit: this.workspaceEdit(doc, f.fix.edits) });
    }
    for (const s of f.suggestions ?? []) {
      if (s.fix.edits.length > 0) actions.push({ title: s.desc, ...quickFix, edit: this.workspaceEdit(doc, s.fix.edits) });
    }
    for (const s of f.lazySuggestions ?? []) {
      // Edits over the whole draft: computed when the writer picks the action (codeAction/resolve).
      const action: CodeAction = { title: s.desc, ...quickFix, data: { uri: doc.uri, version: doc.version, ruleId: f.ruleId, ref: s.ref } };
      if (!this.ctx.caps.resolve) {
        const edits = this.resolveLazy(doc, settings, result, f.ruleId, s.ref);
        if (!edits) continue;
        action.edit = this.workspaceEdit(doc, edits);
      }
      actions.push(action);
    }
    for (const { title, change } of result.analysis ? configSuggestions(f, result.analysis) : []) {
      actions.push({ title, ...quickFix, command: { title, command: SERVER_COMMAND.editConfig, arguments: [{ uri: doc.uri, change }] } });
    }
    return actions;
  }

  /** "Disable <rule> for this line", then "… for this file", once per rule touched. */
  private disableActions(doc: TextDocument, result: LintResult, touched: Array<{ f: Finding; i: number }>): CodeAction[] {
    const text = doc.getText();
    const actions: CodeAction[] = [];
    for (const scope of ['line', 'file'] as const) {
      const done = new Set<string>();
      for (const { f, i } of touched) {
        if (done.has(f.ruleId)) continue;
        done.add(f.ruleId);
        const edit = scope === 'line' ? disableLineEdit(text, f.start, f.ruleId) : disableFileEdit(text, f.ruleId);
        const diagnostics = result.diagnostics[i] ? [result.diagnostics[i]] : [];
        actions.push({ title: `Disable ${f.ruleId} for this ${scope}`, kind: CodeActionKind.QuickFix, diagnostics, edit: this.workspaceEdit(doc, [edit]) });
      }
    }
    return actions;
  }

  async onResolve(action: CodeAction): Promise<CodeAction> {
    const data = action.data as { uri?: string; version?: number; ruleId?: string; ref?: SuggestionRef } | undefined;
    if (!data?.uri) return action;
    const doc = this.ctx.documents.get(data.uri);
    if (!doc || doc.version !== data.version) return action; // stale: nothing is applied
    const settings = await this.ctx.settings.settingsFor(doc.uri);
    const result = this.linter.lintNow(doc, settings);
    if (data.ref && typeof data.ruleId === 'string') {
      const edits = this.resolveLazy(doc, settings, result, data.ruleId, data.ref);
      if (edits) action.edit = this.workspaceEdit(doc, edits);
      return action;
    }
    action.edit = this.workspaceEdit(doc, this.fixAllEdits(doc, settings, result));
    return action;
  }

  async onExecuteCommand(params: ExecuteCommandParams): Promise<unknown> {
    const arg = (params.arguments?.[0] ?? {}) as { uri?: string; version?: number; change?: ConfigChange };
    if (params.command === SERVER_COMMAND.applyFixAll) return this.applyFixAll(arg);
    if (params.command === SERVER_COMMAND.editConfig && arg.change && arg.uri) return this.editConfig(arg.uri, arg.change);
    return null;
  }

  private async applyFixAll(arg: { uri?: string; version?: number }): Promise<unknown> {
    const doc = arg.uri ? this.ctx.documents.get(arg.uri) : undefined;
    if (!doc) return { applied: false };
    if (arg.version !== undefined && arg.version !== doc.version) return { applied: false };
    const settings = await this.ctx.settings.settingsFor(doc.uri);
    const edits = this.fixAllEdits(doc, settings, this.linter.lintNow(doc, settings));
    if (edits.length === 0) return { applied: false, edits: 0 };
    const r = await this.ctx.connection.workspace.applyEdit({ label: FIX_ALL_TITLE, edit: this.workspaceEdit(doc, edits) });
    return { applied: r.applied, edits: edits.length };
  }

  private async editConfig(uri: string, change: ConfigChange): Promise<unknown> {
    const { connection } = this.ctx;
    const settings = await this.ctx.settings.settingsFor(uri);
    const file = this.ctx.settings.configFileFor(uri, settings);
    if (!file) {
      void connection.window.showErrorMessage('newslint: save the draft first, so the config file has a folder.');
      return { written: null };
    }
    try {
      fs.writeFileSync(file, applyConfigChange(readConfigForEdit(file), change)); // never a FIFO or /dev/zero
      this.linter.invalidate(false);
      return { written: file };
    } catch (err) {
      void connection.window.showErrorMessage(`newslint: could not update ${file}: ${(err as Error).message}`);
      return { written: null, error: (err as Error).message };
    }
  }

  /** The edits of a lazy suggestion, on the analysis of the draft's current version. */
  private resolveLazy(doc: TextDocument, settings: ServerSettings, result: LintResult, ruleId: string, ref: SuggestionRef): TextEdit[] | null {
    if (!result.analysis) return null;
    try {
      const fix = resolveSuggestion(ruleId, ref, result.analysis, this.ctx.settings.docConfig(doc.uri, settings).config);
      return fix && fix.edits.length > 0 ? fix.edits : null;
    } catch (err) {
      this.ctx.log.error(`rule ${ruleId} failed to compute a suggestion on ${doc.uri}: ${(err as Error)?.message ?? err}`);
      return null;
    }
  }

  private fixAllEdits(doc: TextDocument, settings: ServerSettings, result: LintResult): TextEdit[] {
    if (!result.findings.some((f) => f.fix)) return [];
    const text = doc.getText();
    const config = this.ctx.settings.docConfig(doc.uri, settings).config;
    const format = formatOf(doc);
    // Later passes re-analyse a text that differs only where fixes went: the draft's paragraph
    // cache serves every untouched paragraph.
    const st = this.ctx.states.ensure(doc.uri);
    type Linted = { text: string; analysis: Analysis; findings: Finding[]; failures: RuleFailure[] };
    let last: Linted | null = null;
    const fixed = fixAll(text, (t) => {
      if (t === text) return result.findings;
      const r = this.ctx.lintFn(t, { config, format, cache: st.cache });
      last = { text: t, analysis: r.analysis, findings: r.findings, failures: r.failures };
      return r.findings;
    });
    // The client applies these edits next: the fixed text's analysis, made while fixing, serves it.
    const final = last as Linted | null;
    if (final && final.text === fixed.text) st.prepared = { ...final, generation: this.ctx.states.generation };
    return diffEdits(text, fixed.text);
  }

  private workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    const lsp: LspTextEdit[] = [...edits]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
    if (this.ctx.caps.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: lsp }] };
    return { changes: { [doc.uri]: lsp } };
  }
}

function kindWanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}
