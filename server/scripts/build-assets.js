#!/usr/bin/env node
'use strict';
// Build step after `tsc -b` (npm run build / prepare): writes what is generated from the rule
// registry —
//   server/out/newslintrc.schema.json  the JSON schema of .newslintrc.json (VS Code's
//                                      contributes.jsonValidation points at it);
//   server/docs/rules/<id>.md          one page per rule (diagnostics link to it through
//                                      codeDescription.href). A page whose first line is not the
//                                      GENERATED marker was edited by hand and is left alone.
const fs = require('node:fs');
const path = require('node:path');
const { writeSchema } = require('./write-schema.js');

const DOCS = path.join(__dirname, '..', 'docs', 'rules');
const MARKER = '<!-- GENERATED from the rule registry by server/scripts/build-assets.js: delete this line to edit the page by hand -->';

function rulePage(rule, profiles) {
  const lines = [MARKER, `# ${rule.id}`, '', rule.description, ''];
  lines.push(`- Default severity: **${rule.defaultSeverity}**`);
  const bySeverity = profiles.filter((p) => p.rules && p.rules[rule.id]).map((p) => `${p.id}: ${p.rules[rule.id]}`);
  if (bySeverity.length) lines.push(`- House-style profiles: ${bySeverity.join(', ')}`);
  lines.push(`- Fixes: ${rule.fixable ? 'a safe fix (applied by `newslint --fix` and "Fix all problems" in the editor)' : 'suggestions to choose from in the editor (never applied automatically)'}`);
  const options = rule.defaultOptions && Object.keys(rule.defaultOptions).length ? rule.defaultOptions : null;
  lines.push('', '## Configure', '', 'In `.newslintrc.json`:', '', '```json');
  lines.push(JSON.stringify({ rules: { [rule.id]: options ? ['warning', options] : 'warning' } }, null, 2));
  lines.push('```', '');
  if (options) lines.push('Options and their defaults:', '', ...Object.entries(options).map(([k, v]) => `- \`${k}\`: \`${JSON.stringify(v)}\``), '');
  lines.push('Severity is one of `off`, `info`, `warning`, `error`.', '');
  lines.push('## Silence it in a draft', '', '```markdown', `<!-- newslint-disable-next-line ${rule.id} -->`, `<!-- newslint-disable-line ${rule.id} -->`, `<!-- newslint-disable ${rule.id} -->  …  <!-- newslint-enable ${rule.id} -->`, '```', '');
  return lines.join('\n');
}

function writeRuleDocs(dir = DOCS) {
  const { rules } = require('../out/engine/rules/index.js');
  const { profiles } = require('../out/engine/profiles/index.js');
  fs.mkdirSync(dir, { recursive: true });
  const written = [];
  for (const rule of rules) {
    const file = path.join(dir, `${rule.id}.md`);
    const text = rulePage(rule, profiles);
    if (fs.existsSync(file)) {
      const old = fs.readFileSync(file, 'utf8');
      if (!old.startsWith(MARKER) || old === text) continue;
    }
    fs.writeFileSync(file, text);
    written.push(file);
  }
  return written;
}

module.exports = { writeRuleDocs, rulePage, MARKER, DOCS };
if (require.main === module) {
  writeSchema();
  writeRuleDocs();
}
