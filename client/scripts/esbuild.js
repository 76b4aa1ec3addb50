#!/usr/bin/env node
// Bundles the VS Code extension for packaging:
//   client/src/extension.ts -> dist/extension.js   (`vscode` stays external: the editor provides it)
//   server/src/server.ts    -> dist/server.js      (compromise, vscode-languageserver and every other
//                                                   dependency inlined: the .vsix ships no node_modules)
//   the JSON schema of .newslintrc.json -> server/out/newslintrc.schema.json (manifest jsonValidation)
// The client looks for the language server next to itself (dist/server.js) first, and falls back to
// server/out/server.js when run from the source tree.
// Usage: node client/scripts/esbuild.js [--production] [--watch]
//   --production  minified, no source maps (what `npm run package` ships)
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20', // VS Code 1.96 runs extensions on Node 20.18
  minify: production,
  keepNames: true, // readable stack traces in the extension host log even when minified
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
  legalComments: production ? 'none' : 'inline',
  absWorkingDir: root,
  // Prefer ES module builds: jsonc-parser's UMD main uses a dynamic `require('./impl/format')` that
  // esbuild cannot follow ("Cannot find module './impl/format'" at run time).
  mainFields: ['module', 'main'],
};

const targets = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', external: [] },
];

/**
 * The JSON schema of .newslintrc.json (contributes.jsonValidation names server/out/…), generated
 * from the engine's rule registry straight from the sources, so packaging needs no `tsc` run.
 */
async function writeSchema() {
  const r = await esbuild.build({ ...common, minify: false, sourcemap: false, metafile: false, write: false,
    entryPoints: ['server/src/engine/config.ts'], outfile: 'schema.js' });
  const m = new module.constructor();
  m.paths = module.paths;
  m._compile(r.outputFiles[0].text, path.join(root, 'server', 'src', 'engine', 'config.js'));
  const out = path.join(root, 'server', 'out', 'newslintrc.schema.json');
  const text = JSON.stringify(m.exports.configSchema(), null, 2) + '\n';
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);
  console.log(`esbuild: JSON schema -> ${path.relative(root, out)}`);
}

async function main() {
  for (const t of targets) {
    if (!fs.existsSync(path.join(root, t.entryPoints[0]))) {
      console.error(`esbuild: entry point ${t.entryPoints[0]} is missing`);
      process.exit(1);
    }
  }
  // overwrite in place (no rm of dist/: a concurrent test run may be reading it); drop stale maps
  if (!watch && production) for (const f of ['extension.js.map', 'server.js.map']) fs.rmSync(path.join(root, 'dist', f), { force: true });
  if (watch) {
    for (const t of targets) {
      const ctx = await esbuild.context({ ...common, ...t });
      await ctx.watch();
    }
    console.log('esbuild: watching client and server');
    return;
  }
  for (const t of targets) {
    const result = await esbuild.build({ ...common, ...t });
    const out = Object.entries(result.metafile.outputs).find(([f]) => f.endsWith('.js'));
    const kb = out ? (out[1].bytes / 1024).toFixed(0) : '?';
    console.log(`esbuild: ${t.entryPoints[0]} -> ${t.outfile} (${kb} KB${production ? ', minified' : ''})`);
  }
  await writeSchema();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
