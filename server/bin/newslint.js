#!/usr/bin/env node
'use strict';
// A CLI run is one cold pass over its drafts: V8 spends about as much CPU re-optimising the
// engine's largest functions (after each deoptimisation) as on linting. A smaller inlining budget
// makes each optimisation cheaper: 2-20% less CPU on the BBC set in paired runs, 10% fewer
// instructions under valgrind on 500 articles; the report is byte for byte the same. Set before
// any engine code is compiled; worker threads share the flag.
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
const { main } = require('../out/cli.js');
main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })
  .then((code) => { process.exitCode = code; })
  .catch((err) => { process.stderr.write(`newslint: ${(err && err.stack) || err}\n`); process.exitCode = 2; });
