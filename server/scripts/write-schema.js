#!/usr/bin/env node
'use strict';
// Writes the JSON schema of .newslintrc.json (generated from the rule registry and the profiles by
// the engine's configSchema()) to server/out/newslintrc.schema.json, the path the VS Code manifest
// names in contributes.jsonValidation. Runs after `tsc -b` in `build` and `prepare`.
const fs = require('node:fs');
const path = require('node:path');

const OUT = path.join(__dirname, '..', 'out', 'newslintrc.schema.json');

function writeSchema(out = OUT) {
  const { configSchema } = require('../out/engine/config.js');
  const text = JSON.stringify(configSchema(), null, 2) + '\n';
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : null;
  if (old !== text) fs.writeFileSync(out, text);
  return out;
}

module.exports = { writeSchema, OUT };
if (require.main === module) writeSchema();
