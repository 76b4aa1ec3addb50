#!/usr/bin/env node
// Bundles the VS Code extension for packaging:
//   client/src/extension.ts -> dist/extension.js   (`vscode` stays external: the editor provides it)
//   server/src/server.ts    -> dist/server.js      (compromise, vscode-languageserver and every other
//                                                   dependency inlined: the .vsix ships no node_modules)
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

async function main() {
  for (const t of targets) {
    if (!fs.existsSync(path.join(root, t.entryPoints[0]))) {
      console.error(`esbuild: entry point ${t.entryPoints[0]} is missing`);
      process.exit(1);
    }
  }
  if (!watch) fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
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
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
