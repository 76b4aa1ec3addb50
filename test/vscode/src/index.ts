/**
 * Entry point of the in-editor suite. VS Code loads this file because of `extensionTestsPath`
 * (under @vscode/test-electron, and inside code-server through the workbench payload) and awaits
 * `run()`. Besides mocha's spec output, every test result is logged as one line
 * `@@newslint-result {json}` so the harness can report each test to Node's test runner.
 *
 * NEWSLINT_VSCODE_GREP (environment of the extension host) selects tests by title.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export const RESULT_PREFIX = '@@newslint-result ';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, slow: 5000 });
  const grep = process.env.NEWSLINT_VSCODE_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) =>
        failures ? reject(new Error(`${failures} test(s) failed`)) : resolve(),
      );
      const report = (state: string, t: Mocha.Test, err?: Error) =>
        console.log(
          RESULT_PREFIX +
            JSON.stringify({
              suite: t.parent?.fullTitle() ?? '',
              title: t.title,
              state,
              durationMs: t.duration ?? 0,
              error: err ? String(err.stack || err.message || err) : undefined,
            }),
        );
      runner.on('pass', (t) => report('passed', t));
      runner.on('fail', (t, err) => report('failed', t as Mocha.Test, err));
      runner.on('pending', (t) => report('pending', t));
    } catch (e) {
      reject(e);
    }
  });
}
