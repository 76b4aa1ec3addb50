#!/usr/bin/env node
'use strict';
// A CLI run is one cold pass over its drafts: V8 spends about as much CPU re-optimising the
// engine's largest functions (after each deoptimisation) as on linting. A smaller inlining budget
// makes each optimisation cheaper: 2-20% less CPU on the BBC set in paired runs, 10% fewer
// instructions under valgrind on 500 articles; the report is byte for byte the same. Set before
// any engine code is compiled; worker threads share the flag.
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
// V8 first compiles a regular expression to bytecode and interprets it, then compiles it again to
// machine code once it is used again ("tier-up"). The engine's patterns are large Unicode
// alternations, for which the bytecode compile is the slow one (one sentence-splitter pattern took
// 200-330 ms to compile to bytecode against 20-30 ms to machine code). Compiling each pattern once,
// straight to machine code, cut the compile cost of the 752 patterns a BBC run uses from about
// 1.2 s to 0.3 s (each compiled and run twice in a fresh process, busy machine); same report.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const { main } = require('../out/cli.js');
main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })
  .then((code) => { process.exitCode = code; })
  .catch((err) => { process.stderr.write(`newslint: ${(err && err.stack) || err}\n`); process.exitCode = 2; });
