/**
 * Every rule's diagnostics in the editor: exact ranges (line/character, UTF-16), codes, messages,
 * severities and the link to the rule's documentation.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, expectDiagnostics, openDraft, REFERENCES, UNATTRIBUTED_BODY } from './util';

const W = vscode.DiagnosticSeverity.Warning;
const I = vscode.DiagnosticSeverity.Information;

suite('diagnostics of every rule', () => {
  suiteSetup(activate);
  teardown(closeAll);

  test('quote-attribution: a quote nobody is credited with', async () => {
    const e = await openDraft('newsroom', 'rules/attribution.md', ['# Ferry plan approved', ...UNATTRIBUTED_BODY].join('\n'));
    const [d] = await expectDiagnostics(e.document.uri, [['quote-attribution', 6, 0, 6, 41, 'Quote has no speaker']]);
    assert.strictEqual(d.severity, W);
    assert.strictEqual(d.source, 'newslint');
    const code = d.code as { value: string; target: vscode.Uri };
    assert.strictEqual(typeof code, 'object', 'the code links to the rule documentation');
    assert.match(code.target.toString(), /quote-attribution/);
  });

  test('quote-marks: mixed and unclosed quote marks', async () => {
    const e = await openDraft('newsroom', 'rules/marks.md', [
      '# Ferry plan approved',
      '',
      'Mayor Elena Marsh called the plan “a gamble" on Tuesday.',
      '',
      'She said the “boats are coming back.',
      '',
    ].join('\n'));
    const ds = await expectDiagnostics(e.document.uri, [
      ['quote-marks', 2, 43, 2, 44, 'Mixed quote marks: curly opening “ with straight closing "'],
      ['quote-marks', 4, 13, 4, 14, 'Quote mark opened here is never closed'],
    ]);
    assert.deepStrictEqual(ds.map((d) => d.severity), [W, W]);
  });

  test('name-consistency: one person spelled two ways', async () => {
    const e = await openDraft('newsroom', 'rules/names.md', [
      '# Ferry plan approved',
      '',
      'Mayor Elena Marsh said on Tuesday that the council had approved the ferry plan.',
      '',
      'Marsch said the first boat would sail from the north pier.',
      '',
    ].join('\n'));
    await expectDiagnostics(e.document.uri, [
      ['name-consistency', 4, 0, 4, 6, "'Marsch' (1×) is also spelled 'Marsh' (1×) in this draft"],
    ]);
  });

  test('first-reference, title-case, later-reference', async () => {
    const e = await openDraft('newsroom', 'rules/references.md', REFERENCES);
    const ds = await expectDiagnostics(e.document.uri, [
      ['first-reference', 2, 0, 2, 11, 'Ines Okafor is introduced without a title or role'],
      ['title-case', 4, 0, 4, 5, 'Capitalise the formal title before a name: "Mayor"'],
      ['later-reference', 6, 33, 6, 44, 'Later references use the surname: Marsh'],
    ]);
    assert.deepStrictEqual(ds.map((d) => d.severity), [W, I, I]);
  });

  test('a .draft file opens as a newsdraft and is linted as plain text', async () => {
    const e = await openDraft('newsroom', 'rules/ferry.draft', ['Ferry plan approved', ...UNATTRIBUTED_BODY].join('\n'));
    assert.strictEqual(e.document.languageId, 'newsdraft');
    await expectDiagnostics(e.document.uri, [['quote-attribution', 6, 0, 6, 41, 'Quote has no speaker']]);
  });

  test('ranges count UTF-16 code units after emoji, combining marks and CRLF', async () => {
    const e = await openDraft('newsroom', 'rules/utf16.md', [
      '# Ferry plan 🚢 approved',
      '',
      'Mayor Zoë Marsh said the cafe\u0301 on the 🚢 pier would reopen.',
      '',
      'The vote came after two years of delays.',
      '',
      '🚢 "We will open the new ferry line in May." 🚢',
      '',
      'On the 🚢 pier, Marsch said the first boat would sail in May.',
      '',
    ].join('\r\n'));
    assert.strictEqual(e.document.eol, vscode.EndOfLine.CRLF);
    await expectDiagnostics(e.document.uri, [
      ['quote-attribution', 6, 3, 6, 44, 'Quote has no speaker'],
      ['name-consistency', 8, 16, 8, 22, "'Marsch' (1×) is also spelled 'Marsh' (1×) in this draft"],
    ]);
  });
});
