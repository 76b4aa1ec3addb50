// @ts-check
// The UI test: what a writer does, in code-server with the packaged .vsix installed, through Chromium.
//   open a draft → type a new paragraph with a quote nobody is credited with → the squiggle and the
//   Problems entry appear → Ctrl+. → "Attribute to …" → Ctrl+S → the fixed text is on disk;
//   then a name spelled two ways, fixed the same way; then a .draft opens with its long lines wrapped.
// Long lines wrap in the draft (as VS Code has it for Markdown). With wrapping, the view re-lays out
// after its first paint (code-server applies language defaults once the extensions are read), so
// the cursor is placed by line and column (Go to Line, checked in the status bar), never by a
// screen position. Ctrl+. waits out the editor's own code-action re-trigger (250 ms after a cursor
// or diagnostics change): pressed inside it, VS Code could answer "No code actions available"
// although the server had sent the actions (seen in an LSP trace).
// Screenshots (squiggle, quick-fix menu, result, and any failure) go to test/artifacts/ui-*.png.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const H = require('./harness');

const DRAFT = 'story.md'; // test/fixtures/workspace-ui/story.md: a clean draft naming Mayor Elena Marsh
// What the writer types as new paragraphs, and what the fixes make of them.
const QUOTE_TYPED = '"We will open the new ferry line in May."';
const QUOTE_FIXED = '"We will open the new ferry line in May," Marsh said.';
const QUOTE_MESSAGE = 'Quote has no speaker'; // the Problems entry (quote-attribution)
const ATTRIBUTE = /^Attribute to Elena Marsh/; // the quick fix chosen
const NAME_TYPED = 'Marsch said the first boat would sail from the north pier.';
const NAME_FIXED = 'Marsh said the first boat would sail from the north pier.';
const NAME_MESSAGE = "'Marsch' (1×) is also spelled 'Marsh' (2×) in this draft"; // name-consistency
const NAME_ACTION = /'Marsh'/; // the preferred (safe) fix of the variant
const NOTES = 'notes.draft'; // a .draft whose second paragraph is one long line: it wraps by default
const NOTES_START = 'The harbour council met';
const NOTES_END = 'before the first boat sails.';

/** 1-based line and column of the character `into` code units into `anchor` in `text`. */
function lineColumnOf(text, anchor, into = 1) {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`${JSON.stringify(anchor)} is not in the draft`);
  const before = text.slice(0, at + into).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * @param {{ vsix: string, runRoot: string, log?: (l: string) => void, settings?: Record<string, unknown> }} o
 * @returns {Promise<{ ok: boolean, steps: { name: string, ok: boolean, ms: number, error?: string }[], error?: string, activationMs?: number, peak?: any }>}
 */
async function runUiTest(o) {
  const log = o.log || ((l) => console.log(l));
  const ws = H.copyFixture('workspace-ui', path.join(o.runRoot, 'ws-ui'));
  const draft = path.join(ws, DRAFT);
  const original = fs.readFileSync(draft, 'utf8');
  const afterQuote = `${original}\n${QUOTE_FIXED}\n`;
  const afterName = `${afterQuote}\n${NAME_FIXED}\n`;
  fs.mkdirSync(H.ARTIFACTS, { recursive: true });
  const shot = (name) => path.join(H.ARTIFACTS, `ui-${name}.png`);
  for (const f of fs.readdirSync(H.ARTIFACTS)) if (/^ui-.*\.png$/.test(f)) fs.rmSync(path.join(H.ARTIFACTS, f));

  /** @type {{ name: string, ok: boolean, ms: number, error?: string }[]} */
  const steps = [];
  let cs, br, mem, page, error, activationMs, peak;
  const step = async (name, fn) => {
    const t = Date.now();
    try {
      await fn();
      steps.push({ name, ok: true, ms: Date.now() - t });
      log(`  ✔ ${name} (${Date.now() - t} ms)`);
    } catch (e) {
      steps.push({ name, ok: false, ms: Date.now() - t, error: String((e && e.message) || e) });
      log(`  ✖ ${name}: ${(e && e.message) || e}`);
      throw e;
    }
  };
  const readDisk = () => fs.readFileSync(draft, 'utf8');
  const waitDisk = (want, what) => H.waitUntil(() => readDisk() === want, 15000, what).catch((e) => {
    throw new Error(`${e.message}\nwanted: ${JSON.stringify(want)}\non disk: ${JSON.stringify(readDisk())}`);
  });

  try {
    await step('install the .vsix into a fresh code-server', async () => {
      cs = await H.startCodeServer({
        runDir: path.join(o.runRoot, 'ui'),
        installVsix: o.vsix,
        settings: {
          // the writer's keystrokes land as typed: no auto-closed quotes, no suggestion widget
          'editor.autoClosingQuotes': 'never',
          'editor.autoClosingBrackets': 'never',
          'editor.autoSurround': 'never',
          'editor.acceptSuggestionOnEnter': 'off',
          'editor.suggestOnTriggerCharacters': false,
          'editor.lightbulb.enabled': 'off',
          'workbench.editor.enablePreview': false,
          // VS Code wraps Markdown by default; code-server applies that default only to editors
          // opened after the extensions load, so the test asks for it: the draft's line 3 wraps
          '[markdown]': { 'editor.wordWrap': 'on' },
          ...(o.settings || {}),
        },
      });
      const installed = fs.readdirSync(cs.extensionsDir).filter((d) => d.startsWith('newslint.newslint-'));
      if (installed.length !== 1) throw new Error(`expected the installed extension in ${cs.extensionsDir}, found ${fs.readdirSync(cs.extensionsDir).join(', ')}`);
    });
    const c = /** @type {NonNullable<typeof cs>} */ (cs);
    br = await H.launchBrowser();
    const b = br;
    mem = H.memorySampler(c.pid, () => b.profile);
    page = br.ctx.pages()[0] || (await br.ctx.newPage());
    const p = page;
    p.on('pageerror', (e) => log(`[pageerror] ${e.message}`));
    const editor = p.locator('.editor-instance .monaco-editor').first();

    await step('open the draft', async () => {
      await p.goto(c.url(ws, [['openFile', c.remote(draft)]]), { timeout: 60000 });
      await p.waitForSelector('.monaco-workbench', { timeout: 60000 });
      const firstWords = original.split('\n')[0].slice(2, 30);
      await editor.locator('.view-lines', { hasText: firstWords }).waitFor({ timeout: 60000 });
    });

    /**
     * Long line `start … end` shows on more than one screen line (no view line holds both ends).
     * The editor can first render unwrapped and wrap a moment later: wait for it.
     */
    const wrapped = async (start, end, what) => {
      await editor.locator('.view-line', { hasText: end }).first().waitFor({ timeout: 30000 });
      const whole = editor.locator('.view-line', { hasText: start }).filter({ hasText: end });
      await H.waitUntil(async () => (await whole.count()) === 0, 15000, `${what}: its long line to wrap`);
    };

    /** Ctrl+End, then type `text` as a new last paragraph, keystroke by keystroke. */
    const typeParagraph = async (text) => {
      // focus the editor (its middle: the text layer may be scrolled partly under the title bar)
      await editor.click();
      await p.keyboard.press('Control+End');
      await p.keyboard.type(`\n${text}\n`, { delay: 5 });
      await editor.locator('.view-line', { hasText: text.slice(1, 25) }).waitFor({ timeout: 10000 });
    };
    const squiggle = editor.locator('.squiggly-warning, .squiggly-error, .squiggly-info');

    /**
     * Puts the cursor on `anchor` (one character into it) in the draft whose text is `text`: Go to
     * Line/Column (Ctrl+G) with the logical position, checked against the status bar.
     */
    const cursorOn = async (text, anchor) => {
      const { line, column } = lineColumnOf(text, anchor);
      await p.keyboard.press('Control+g');
      const input = p.locator('.quick-input-widget input.input');
      await input.waitFor({ timeout: 10000 });
      await input.fill(`:${line}:${column}`);
      await p.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden', timeout: 10000 });
      await p.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).first().waitFor({ timeout: 10000 }).catch(async () => {
        const at = await p.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first().innerText().catch(() => '?');
        throw new Error(`the cursor is not at Ln ${line}, Col ${column} (${JSON.stringify(anchor)}) but at ${at}`);
      });
    };

    /** Ctrl+. with the cursor on the text `anchor` of the draft `text`, then choose the action matching `title`. */
    const quickFix = async (text, anchor, title, shotName) => {
      await cursorOn(text, anchor);
      const menu = p.locator('.action-widget');
      const rows = menu.locator('.monaco-list-row.action');
      // The editor re-asks for code actions 250 ms after the cursor or the diagnostics move (and
      // may drop a request still in flight): let that pass, and press Ctrl+. again if VS Code
      // answered "No code actions available" to the first press.
      await H.sleep(600);
      const none = p.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions available' });
      for (let attempt = 1; ; attempt++) {
        await p.keyboard.press('Control+.');
        const shown = await Promise.race([
          rows.first().waitFor({ timeout: 30000 }).then(() => 'menu'),
          none.first().waitFor({ timeout: 30000 }).then(() => 'none'),
        ]);
        if (shown === 'menu') break;
        if (attempt === 2) throw new Error(`Ctrl+. on ${JSON.stringify(anchor)} answered "No code actions available" twice`);
        log('    Ctrl+. answered "No code actions available"; pressing it again');
        await p.keyboard.press('Escape');
        await none.first().waitFor({ state: 'hidden', timeout: 10000 });
        await H.sleep(600);
      }
      const wanted = menu.locator('.monaco-list-row.action', { hasText: title }).first();
      await wanted.waitFor({ timeout: 15000 }).catch(async () => {
        throw new Error(`no action ${title} in the quick-fix menu: ${(await menu.innerText()).replace(/\s+/g, ' ')}`);
      });
      log(`    quick-fix menu: ${(await menu.innerText()).split(/\n+/).map((l) => l.trim()).filter(Boolean).join(' | ')}`);
      if (shotName) await p.screenshot({ path: shot(shotName) });
      // a mouse click is swallowed by .context-view-pointerBlock: move the focus with the keyboard
      const n = await rows.count();
      const focused = menu.locator('.monaco-list-row.action.focused');
      for (let i = 0; i <= n; i++) {
        if ((await focused.count()) > 0 && title.test(await focused.first().innerText())) break;
        if (i === n) throw new Error(`could not focus ${title} in the quick-fix menu`);
        await p.keyboard.press('ArrowDown');
      }
      await p.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 10000 });
    };
    const save = async (want, what) => {
      await p.keyboard.press('Control+s');
      await waitDisk(want, what);
    };

    await step('long lines wrap in the draft (line 3 shows on two screen lines)', async () => {
      await wrapped('PORTBRIDGE', 'on the quay.', DRAFT);
    });

    await step('type a new paragraph with a quote nobody is credited with', async () => {
      await typeParagraph(QUOTE_TYPED);
    });

    const statusItem = p.locator('.statusbar-item', { hasText: /newslint/ }).first();
    await step('the squiggle appears under the quote; the status bar counts 1 finding', async () => {
      await squiggle.first().waitFor({ timeout: 90000 });
      await p.locator('.statusbar-item', { hasText: 'newslint: 1' }).first().waitFor({ timeout: 15000 });
      await p.screenshot({ path: shot('1-squiggle') });
    });

    await step('the Problems panel lists "Quote has no speaker"', async () => {
      await p.locator('#status\\.problems').click();
      const row = p.locator('.markers-panel .monaco-list-row', { hasText: QUOTE_MESSAGE }).first();
      await row.waitFor({ timeout: 30000 });
      log(`    Problems: ${(await row.innerText()).replace(/\s+/g, ' ')}`);
    });

    await step('Ctrl+. offers "Attribute to Elena Marsh"; Enter applies it', async () => {
      await quickFix(`${original}\n${QUOTE_TYPED}\n`, 'We will open', ATTRIBUTE, '2-quickfix-menu');
      await editor.locator('.view-line', { hasText: QUOTE_FIXED }).waitFor({ timeout: 10000 });
    });

    await step('Ctrl+S writes the attributed quote to disk', async () => {
      await save(afterQuote, 'the attributed quote on disk');
      await squiggle.first().waitFor({ state: 'detached', timeout: 20000 });
    });

    await step('a name spelled two ways ("Marsch") gets a squiggle and a Problems entry', async () => {
      await typeParagraph(NAME_TYPED);
      await squiggle.first().waitFor({ timeout: 30000 });
      await p.locator('.markers-panel .monaco-list-row', { hasText: NAME_MESSAGE }).first().waitFor({ timeout: 30000 });
    });

    await step('Ctrl+. fixes the spelling to "Marsh"; Ctrl+S writes it to disk', async () => {
      await quickFix(`${afterQuote}\n${NAME_TYPED}\n`, 'Marsch', NAME_ACTION, '3-name-menu');
      await editor.locator('.view-line', { hasText: NAME_FIXED }).waitFor({ timeout: 10000 });
      await save(afterName, 'the corrected name on disk');
    });

    await step('no squiggle, no problem and no count left', async () => {
      await squiggle.first().waitFor({ state: 'detached', timeout: 20000 });
      await p.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'detached', timeout: 20000 });
      await H.waitUntil(async () => !/:/.test(await statusItem.innerText()), 15000, 'the status bar without a count');
      await p.screenshot({ path: shot('4-result') });
    });

    await step('a .draft opens with word wrap on (the extension\'s default for newsdraft)', async () => {
      await p.keyboard.press('Control+p');
      const input = p.locator('.quick-input-widget input.input');
      await input.waitFor({ timeout: 10000 });
      await input.fill(NOTES);
      await p.locator('.quick-input-widget .monaco-list-row', { hasText: NOTES }).first().waitFor({ timeout: 15000 });
      await p.keyboard.press('Enter');
      await p.locator('.statusbar-item', { hasText: 'News draft' }).first().waitFor({ timeout: 15000 });
      await wrapped(NOTES_START, NOTES_END, NOTES);
      await p.screenshot({ path: shot('5-draft-wrapped') });
    });
  } catch (e) {
    error = String((e && e.message) || e);
    if (page) await page.screenshot({ path: shot('failure') }).catch(() => {});
  } finally {
    ({ peak, activationMs } = await H.finishRun({ cs, br, mem, name: 'ui', failed: !!error }));
  }
  return { ok: !error && steps.every((s) => s.ok), steps, error, activationMs, peak };
}

module.exports = { runUiTest };
