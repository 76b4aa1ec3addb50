#!/usr/bin/env node
'use strict';
const { main } = require('../out/cli.js');
main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })
  .then((code) => { process.exitCode = code; })
  .catch((err) => { process.stderr.write(`newslint: ${(err && err.stack) || err}\n`); process.exitCode = 2; });
