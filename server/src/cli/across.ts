/** --across-files: names spelled differently in different drafts, added to each draft's result. */
import type { Analysis } from '../engine/index';
import { lintAcrossFiles } from '../engine/across-files';
import { applyFixesOnce } from '../engine/fixes';
import type { Finding, Fix } from '../engine/types';
import { formatOf, lineStartsOf, lintJob, toMessage } from './messages';
import { makeResult, type Session } from './session';
import type { AcrossDraft } from './jobs';

export function checkAcrossFiles(s: Session, across: AcrossDraft[]): void {
  const runAcross = () => lintAcrossFiles(across.map((a) => ({ path: a.input.abs, analysis: a.analysis, config: a.config })));
  let extra = runAcross();
  if (s.fixing) {
    let fixedAny = false;
    for (const a of across) if (fixAcross(s, a, extra.get(a.input.abs) ?? [])) fixedAny = true;
    // Report what is left after the fixes.
    if (fixedAny) extra = runAcross();
  }
  for (const a of across) addFindings(s, a, extra.get(a.input.abs));
}

/** Apply a draft's fixes from the check across files (write them with --fix) and lint it again; true when it changed. */
function fixAcross(s: Session, a: AcrossDraft, findings: Finding[]): boolean {
  const fixes = findings.filter((f) => f.fix).map((f) => f.fix as Fix);
  if (!fixes.length) return false;
  const next = applyFixesOnce(a.text, fixes).text;
  if (next === a.text) return false;
  // As for the draft's own fixes: only a working copy that is the staged copy is fixed and re-staged.
  if (s.fixMode && !s.writeFix(a.input, a.text, next)) return false;
  try {
    const r = lintJob(next, a.config, formatOf(a.input.abs), false, true, undefined, s.lazyEdits);
    a.text = next;
    a.analysis = r.analysis as Analysis;
    a.starts = lineStartsOf(next);
    const res = s.result(a.input, r.messages, a.original, next);
    res.output = next !== a.original ? next : undefined;
    if (s.dryRun) res.source = res.output === undefined ? undefined : a.original;
    Object.assign(a.result, res);
    return true;
  } catch (err) {
    s.crashed(a.input, err);
    return false;
  }
}

/** Merge the findings across files into the draft's result, in the order of the text. */
function addFindings(s: Session, a: AcrossDraft, more: Finding[] | undefined): void {
  if (!more?.length) return;
  const msgs = s.onChangedLines(more.map((f) => toMessage(f, a.text, a.starts)), a.input, a.original, a.text);
  const merged = [...a.result.messages, ...msgs].sort((x, y) => x.offset - y.offset || x.endOffset - y.endOffset || x.ruleId.localeCompare(y.ruleId));
  const r = makeResult(a.input, merged);
  Object.assign(a.result, r, { output: a.result.output, source: a.result.source });
}
