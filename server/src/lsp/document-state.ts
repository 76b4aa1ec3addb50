/**
 * What the server keeps per open draft: its paragraph cache, the last analysis with its findings,
 * diagnostics and version (the `resultId`), the pending analysis and who waits for it, and the
 * cross-file findings last computed for it.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { ParagraphCache } from '../engine/index';
import type { Analysis, Finding } from '../engine/types';
import type { RuleFailure } from '../engine/index';

export interface LintResult {
  version: number;
  /** Settings generation the result was computed under (see DocumentStates.generation). */
  generation: number;
  analysis: Analysis | null;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export interface AcrossState {
  /** The draft's text the findings were computed on. */
  text: string;
  findings: Finding[];
  timer: ReturnType<typeof setTimeout> | null;
  /** Recompute at the next analysis, however expensive. */
  force: boolean;
}

export interface DocState {
  cache: ParagraphCache;
  across: AcrossState | null;
  result: LintResult | null;
  timer: ReturnType<typeof setTimeout> | null;
  immediate: ReturnType<typeof setImmediate> | null;
  waiters: Array<(r: LintResult | null) => void>;
  /** Rule failures already logged for this draft. */
  loggedFailures: Set<string>;
  /** When the last didChange arrived (performance.now()), for stats. */
  changedAt: number | null;
  /**
   * The analysis of a text the server expects next: fix-all's final text, linted while fixing.
   * When the client applies the fix-all edit, that analysis serves it instead of linting again.
   */
  prepared: { text: string; generation: number; analysis: Analysis; findings: Finding[]; failures: RuleFailure[] } | null;
}

export class DocumentStates {
  private readonly map = new Map<string, DocState>();
  /** Bumped whenever settings or config files change: every result computed before is stale. */
  generation = 0;

  get(uri: string): DocState | undefined {
    return this.map.get(uri);
  }

  /** The state of a draft, created on first use. */
  ensure(uri: string): DocState {
    let st = this.map.get(uri);
    if (!st) {
      st = { cache: new ParagraphCache(), across: null, result: null, timer: null, immediate: null, waiters: [], loggedFailures: new Set(), changedAt: null, prepared: null };
      this.map.set(uri, st);
    }
    return st;
  }

  /** The result for this version under the current settings, if there is one. */
  fresh(st: DocState, version: number): LintResult | null {
    return st.result && st.result.version === version && st.result.generation === this.generation ? st.result : null;
  }

  /** Forget a closed draft: timers stop and whoever waited gets nothing. */
  delete(uri: string): void {
    const st = this.map.get(uri);
    if (!st) return;
    clearTimers(st);
    if (st.across?.timer) clearTimeout(st.across.timer);
    for (const w of st.waiters) w(null);
    this.map.delete(uri);
  }

  get size(): number {
    return this.map.size;
  }

  uris(): string[] {
    return [...this.map.keys()];
  }

  values(): IterableIterator<DocState> {
    return this.map.values();
  }
}

export function clearTimers(st: DocState): void {
  if (st.timer) clearTimeout(st.timer);
  if (st.immediate) clearImmediate(st.immediate);
  st.timer = null;
  st.immediate = null;
}

export function isPending(st: DocState): boolean {
  return st.timer !== null || st.immediate !== null;
}
