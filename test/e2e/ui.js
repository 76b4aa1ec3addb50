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

const DRAFT = 'story.md';
// What the writer types as a new last paragraph, and what the fix makes of it.
const TYPED = '"We will open the new ferry line in May."';
const QUOTE_MESSAGE = /no speaker/i; // the Problems entry of quote-attribution
const ATTRIBUTE = /^Attribute to /; // the quick fix offered
const NAME_ACTION = /Marsh/; // the quick fix of the name variant "Marshe"

/**
 * @param {{ vsix: string, log?: (l: string) => void, expected?: { afterQuote: string, afterName: string } }} o
 * @returns {Promise<{ ok: boolean, steps: { name: string, ok: boolean, ms: number, error?: string }[], error?: string, activationMs?: number, peak?: any }>}
 */
async function runUiTest(o) {
  const log = o.log || ((l) => console.log(l));
  const ws = H.copyFixture('workspace-ui', path.join(H.TMP_ROOT, 'ws-ui'));
  const draft = path.join(ws, DRAFT);
  const original = fs.readFileSync(draft, 'utf8');
  const expected = o.expected || JSON.parse(fs.readFileSync(path.join(H.ROOT, 'test', 'fixtures', 'workspace-ui.expected.json'), 'utf8'));
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
        runDir: path.join(H.TMP_ROOT, 'ui'),
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

    await step('type a new paragraph with a quote nobody is credited with', async () => {
      await editor.locator('.view-lines').click();
      await p.keyboard.press('Control+End');
      await p.keyboard.type(`\n${TYPED}\n`, { delay: 5 });
      await editor.locator('.view-line', { hasText: TYPED.slice(1, 20) }).waitFor({ timeout: 10000 });
    });

    await step('the squiggle appears under the quote', async () => {
      await editor.locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: 90000 });
      await p.screenshot({ path: shot('1-squiggle') });
    });

    await step('the Problems panel lists it', async () => {
      await p.locator('#status\\.problems').click();
      const row = p.locator('.markers-panel .monaco-list-row', { hasText: QUOTE_MESSAGE }).first();
      await row.waitFor({ timeout: 30000 });
      log(`    Problems: ${(await row.innerText()).replace(/\s+/g, ' ')}`);
    });

    /** Ctrl+. on the text `anchor`, then choose the action matching `title`. */
    const quickFix = async (anchor, title, shotName) => {
      await editor.locator('.view-line span', { hasText: anchor }).first().click({ position: { x: 4, y: 5 } });
      await p.keyboard.press('Control+.');
      const menu = p.locator('.action-widget');
      await menu.locator('.monaco-list-row.action').first().waitFor({ timeout: 30000 });
      const rows = menu.locator('.monaco-list-row.action');
      const wanted = menu.locator('.monaco-list-row.action', { hasText: title }).first();
      await wanted.waitFor({ timeout: 15000 }).catch(async () => {
        throw new Error(`no action ${title} in the quick-fix menu: ${(await menu.innerText()).replace(/\s+/g, ' ')}`);
      });
      log(`    quick-fix menu: ${(await menu.innerText()).replace(/\s+/g, ' ')}`);
      if (shotName) await p.screenshot({ path: shot(shotName) });
      // a mouse click is swallowed by .context-view-pointerBlock: move the focus with the keyboard
      const n = await rows.count();
      for (let i = 0; i < n; i++) {
        const focused = menu.locator('.monaco-list-row.action.focused');
        if ((await focused.count()) && title.test(await focused.first().innerText())) break;
        await p.keyboard.press('ArrowDown');
      }
      await p.keyboard.press('Enter');
    };

    await step('Ctrl+. offers "Attribute to …" and applies it', async () => {
      await quickFix(TYPED.slice(1, 8), ATTRIBUTE, '2-quickfix-menu');
    });

    await step('Ctrl+S saves the attributed quote to disk', async () => {
      await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
      await p.keyboard.press('Control+s');
      await waitDisk(expected.afterQuote, 'the attributed quote on disk');
    });

    await step('a name spelled two ways: Ctrl+. fixes the variant, saved to disk', async () => {
      await editor.locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: 30000 });
      await quickFix(expected.variant, NAME_ACTION, '3-name-menu');
      await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
      await p.keyboard.press('Control+s');
      await waitDisk(expected.afterName, 'the corrected name on disk');
    });

    await step('no squiggles left', async () => {
      await editor.locator('.squiggly-warning, .squiggly-error').first().waitFor({ state: 'detached', timeout: 20000 });
      await p.screenshot({ path: shot('4-result') });
    });
  } catch (e) {
    error = String((e && e.message) || e);
    if (page) await page.screenshot({ path: shot('failure') }).catch(() => {});
  } finally {
    peak = mem ? mem.stop() : undefined;
    activationMs = cs ? H.activationTime(cs, 'newslint.newslint') : undefined;
    if (br) await br.close();
    if (cs) {
      await cs.stop();
      try { fs.copyFileSync(cs.logPath, path.join(H.ARTIFACTS, 'ui-code-server.log')); } catch { /* best effort */ }
    }
  }
  return { ok: !error && steps.every((s) => s.ok), steps, error, activationMs, peak };
}

module.exports = { runUiTest };
