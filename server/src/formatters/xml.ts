import type { Formatter } from './types';

export function xmlEscape(s: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the rest are escaped.
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Checkstyle XML, as read by Jenkins and most CI dashboards. */
export const checkstyle: Formatter = (results) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const r of results) {
    out += `  <file name="${xmlEscape(r.filePath)}">\n`;
    for (const m of r.messages) {
      const sev = m.info ? 'info' : m.severity === 2 ? 'error' : 'warning';
      out += `    <error line="${m.line}" column="${m.column}" severity="${sev}" message="${xmlEscape(`${m.message} (${m.ruleId})`)}" source="newslint.rules.${xmlEscape(m.ruleId)}" />\n`;
    }
    out += '  </file>\n';
  }
  return out + '</checkstyle>\n';
};

/** JUnit XML: one test suite per draft, one failing test case per finding (a passing one if clean). */
export const junit: Formatter = (results) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const r of results) {
    const name = xmlEscape(r.displayPath);
    const failures = r.messages.length;
    out += `  <testsuite package="newslint" time="0" tests="${Math.max(1, failures)}" errors="0" failures="${failures}" name="${name}">\n`;
    if (failures === 0) out += `    <testcase time="0" name="newslint" classname="${name}" />\n`;
    for (const m of r.messages) {
      const sev = m.info ? 'Info' : m.severity === 2 ? 'Error' : 'Warning';
      const body = `line ${m.line}, col ${m.column}, ${sev} - ${m.message} (${m.ruleId})`;
      out += `    <testcase time="0" name="newslint.${xmlEscape(m.ruleId)}" classname="${name}">\n`;
      out += `      <failure message="${xmlEscape(m.message)}" type="${sev.toLowerCase()}">${xmlEscape(body)}</failure>\n`;
      out += '    </testcase>\n';
    }
    out += '  </testsuite>\n';
  }
  return out + '</testsuites>\n';
};
