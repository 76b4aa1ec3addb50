#!/usr/bin/env node
'use strict';
// The newslint language server for any LSP client: `newslint-language-server --stdio`
// (also --node-ipc and --socket=PORT). With no transport flag it speaks over stdio.
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
require('../out/server.js').main();
