/**
 * Each quick fix as the editor gets it from `vscode.executeCodeActionProvider`: applied, then the
 * text and the diagnostics re-checked.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, applyAction, closeAll, codeActions, codeOf, expectDiagnostics, openDraft, titles, waitForText } from './util';

const QUICK_FIX = vscode.CodeActionKind.QuickFix.value;

/** Opens `text`, waits for `code` at the expected range, and returns the actions offered there. */
async function actionsFor(rel: string, text: string, expected: Parameters<typeof expectDiagnostics>[1], code: string, want: (a: vscode.CodeAction) => boolean) {
  const e = await openDraft('newsroom', rel, text);
  const ds = await expectDiagnostics(e.document.uri, expected);
  const d = ds.find((x) => codeOf(x) === code);
  assert.ok(d, `a ${code} diagnostic`);
  const actions = await codeActions(e.document.uri, d.range, (as) => as.some(want), `the quick fix for ${code}`, QUICK_FIX);
  return { e, d, actions, action: actions.find(want)! };
}

suite('quick fixes', () => {
  suiteSetup(activate);
  teardown(closeAll);

  test('quote-attribution: "Attribute to Elena Marsh" credits the quote', async () => {
    const text = ['# Ferry plan approved', '', 'Mayor Elena Marsh said on Tuesday that the council had approved the ferry plan.', '', 'The vote came after two years of delays.', '', '"We will open the new ferry line in May."', ''].join('\n');
    const { e, actions, action } = await actionsFor('fixes/attribution.md', text, [['quote-attribution', 6, 0, 6, 41]], 'quote-attribution', (a) => a.title === 'Attribute to Elena Marsh');
    assert.deepStrictEqual(actions.map((a) => a.title), [
      'Attribute to Elena Marsh',
      'Disable quote-attribution for this line',
      'Disable quote-attribution for this file',
    ]);
    assert.notStrictEqual(action.isPreferred, true, 'a suggestion is not applied automatically');
    await applyAction(action);
    assert.strictEqual(e.document.lineAt(6).text, '"We will open the new ferry line in May," Marsh said.');
    assert.strictEqual(e.document.getText(), text.replace('May."', 'May," Marsh said.'));
    await expectDiagnostics(e.document.uri, []);
  });

  test('quote-marks: the mixed closing mark becomes a curly one', async () => {
    const text = ['# Ferry plan approved', '', 'Mayor Elena Marsh called the plan “a gamble" on Tuesday.', ''].join('\n');
    const { e, action } = await actionsFor('fixes/marks.md', text, [['quote-marks', 2, 43, 2, 44]], 'quote-marks', (a) => a.isPreferred === true);
    await applyAction(action);
    assert.strictEqual(e.document.getText(), text.replace('gamble"', 'gamble”'));
    await expectDiagnostics(e.document.uri, []);
  });

  test('name-consistency: the safe fix writes the spelling used more often', async () => {
    const text = ['# Ferry plan approved', '', 'Mayor Elena Marsh said on Tuesday that the council had approved the ferry plan.', '', 'Marsch said the first boat would sail from the north pier.', ''].join('\n');
    const { e, actions, action } = await actionsFor('fixes/names.md', text, [['name-consistency', 4, 0, 4, 6]], 'name-consistency', (a) => a.isPreferred === true);
    assert.ok(actions.some((a) => a.title === "Use 'Marsch' everywhere instead"), titles(actions));
    await applyAction(action);
    assert.strictEqual(e.document.getText(), text.replace('Marsch said', 'Marsh said'));
    await expectDiagnostics(e.document.uri, []);
  });

  test("name-consistency: \"Use 'Marsch' everywhere instead\" rewrites the other spelling", async () => {
    const text = ['# Ferry plan approved', '', 'Mayor Elena Marsh said on Tuesday that the council had approved the ferry plan.', '', 'Marsch said the first boat would sail from the north pier.', ''].join('\n');
    const { e, action } = await actionsFor('fixes/names-other.md', text, [['name-consistency', 4, 0, 4, 6]], 'name-consistency', (a) => a.title === "Use 'Marsch' everywhere instead");
    await applyAction(action);
    assert.strictEqual(e.document.getText(), text.replace('Elena Marsh said', 'Elena Marsch said'));
    await expectDiagnostics(e.document.uri, []);
  });

  test('first-reference: the full name and title move to the first mention', async () => {
    const text = ['# Ferry plan approved', '', 'Marsh said on Tuesday that the council had approved the ferry plan.', '', 'Mayor Elena Marsh said the first boat would sail in May.', ''].join('\n');
    const { e, action } = await actionsFor('fixes/first-reference.md', text, [['first-reference', 2, 0, 2, 5]], 'first-reference', (a) => a.isPreferred === true);
    await applyAction(action);
    assert.strictEqual(e.document.getText(), ['# Ferry plan approved', '', 'Mayor Elena Marsh said on Tuesday that the council had approved the ferry plan.', '', 'Marsh said the first boat would sail in May.', ''].join('\n'));
    await expectDiagnostics(e.document.uri, []);
  });

  test('title-case and later-reference: "Mayor" capitalised, the repeated full name shortened', async () => {
    const text = ['# Ferry plan approved', '', 'Ines Okafor, the harbour master, said the pier was ready.', '', 'mayor Elena Marsh said the plan was approved.', '', 'Okafor said the council had met. Elena Marsh agreed.', ''].join('\n');
    const e = await openDraft('newsroom', 'fixes/style.md', text);
    const ds = await expectDiagnostics(e.document.uri, [['title-case', 4, 0, 4, 5], ['later-reference', 6, 33, 6, 44]]);
    const titleFix = (await codeActions(e.document.uri, ds[0].range, (as) => as.some((a) => a.isPreferred), 'the title-case fix', QUICK_FIX)).find((a) => a.isPreferred)!;
    await applyAction(titleFix);
    await waitForText(e.document, (t) => t.includes('Mayor Elena'), 'Mayor capitalised');
    const [later] = await expectDiagnostics(e.document.uri, [['later-reference', 6, 33, 6, 44]]);
    const laterFix = (await codeActions(e.document.uri, later.range, (as) => as.some((a) => a.isPreferred), 'the later-reference fix', QUICK_FIX)).find((a) => a.isPreferred)!;
    await applyAction(laterFix);
    assert.strictEqual(e.document.getText(), text.replace('mayor Elena', 'Mayor Elena').replace('met. Elena Marsh', 'met. Marsh'));
    await expectDiagnostics(e.document.uri, []);
  });
});
