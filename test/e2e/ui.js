// @ts-check
// The UI test: what a writer does, in code-server with the packaged .vsix installed, through Chromium.
//   open a draft → type a new paragraph with a quote nobody is credited with → the squiggle and the
//   Problems entry appear → Ctrl+. → "Attribute to …" → Ctrl+S → the fixed text is on disk;
//   then a name spelled two ways, fixed the same way.
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

/**
 * @param {{ vsix: string, runRoot: string, log?: (l: string) => void }} o
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

    /** Ctrl+End, then type `text` as a new last paragraph, keystroke by keystroke. */
    const typeParagraph = async (text) => {
      // focus the editor (its middle: the text layer may be scrolled partly under the title bar)
      await editor.click();
      await p.keyboard.press('Control+End');
      await p.keyboard.type(`\n${text}\n`, { delay: 5 });
      await editor.locator('.view-line', { hasText: text.slice(1, 25) }).waitFor({ timeout: 10000 });
    };
    const squiggle = editor.locator('.squiggly-warning, .squiggly-error, .squiggly-info');

    /** Ctrl+. with the cursor on the text `anchor`, then choose the action matching `title`. */
    const quickFix = async (anchor, title, shotName) => {
      await editor.locator('.view-line span', { hasText: anchor }).first().click({ position: { x: 4, y: 5 } });
      await p.keyboard.press('Control+.');
      const menu = p.locator('.action-widget');
      const rows = menu.locator('.monaco-list-row.action');
      await rows.first().waitFor({ timeout: 30000 });
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
      await quickFix('We will open', ATTRIBUTE, '2-quickfix-menu');
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
      await quickFix('Marsch', NAME_ACTION, '3-name-menu');
      await editor.locator('.view-line', { hasText: NAME_FIXED }).waitFor({ timeout: 10000 });
      await save(afterName, 'the corrected name on disk');
    });

    await step('no squiggle, no problem and no count left', async () => {
      await squiggle.first().waitFor({ state: 'detached', timeout: 20000 });
      await p.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'detached', timeout: 20000 });
      await H.waitUntil(async () => !/:/.test(await statusItem.innerText()), 15000, 'the status bar without a count');
      await p.screenshot({ path: shot('4-result') });
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
