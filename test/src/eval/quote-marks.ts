/**
 * Eval section `quote-marks`: how often the quote-marks rule fires on real edited copy (read at
 * run time from ../shared/corpus, never copied), with every finding printed with a little context
 * for a person to judge (edited copy: each is a real lapse in the text or a false alarm).
 *
 * Figures: findings per 100 articles by kind (unclosed / unopened / mixed) on BBC and PolNeAR dev,
 * and the scanner's recall of PolNeAR dev Content spans that open with a double quote mark.
 * Target (BBC, straight marks only, no mixed pairs possible): ≤ 2 findings per 100 articles.
 *
 * Run on its own: `node test/out/eval/quote-marks.js` (after `npx tsc -b`).
 */
import { lintText } from '../../../server/out/engine/index.js';
import { bbcArticles, corpusRoot, polnearArticles } from './corpus';
import { excerpt, onlyRule } from './report';

export interface EvalSection {
  name: string;
  lines: string[];
  pass: boolean;
}

const onlyQuoteMarks = () => onlyRule('quote-marks');
const context = (text: string, start: number, end: number) => excerpt(text, start, end);

export async function run(): Promise<EvalSection> {
  const lines: string[] = [];
  const config = onlyQuoteMarks();
  let pass = true;
  const sets: Array<[string, Array<{ id: string; text: string }>]> = [
    ['BBC', bbcArticles()],
    ['PolNeAR dev', polnearArticles('dev')],
  ];
  const shown: string[] = [];
  for (const [name, articles] of sets) {
    if (articles.length === 0) {
      lines.push(`${name}: skipped (not found)`);
      continue;
    }
    const byKind: Record<string, number> = {};
    let total = 0;
    let bytes = 0;
    const t0 = process.hrtime.bigint();
    for (const a of articles) {
      bytes += a.text.length;
      for (const f of lintText(a.text, { format: 'plain', config }).findings) {
        const kind = String(f.data?.kind ?? 'other');
        byKind[kind] = (byKind[kind] ?? 0) + 1;
        total++;
        shown.push(`  ${name} ${a.id} @${f.start} ${kind}: ${context(a.text, f.start, f.end)}`);
      }
    }
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const per100 = (total * 100) / articles.length;
    const kinds = Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
    lines.push(`${name}: ${total} quote-marks findings in ${articles.length} articles = ${per100.toFixed(2)} per 100 (${kinds}); ${(bytes / 1e6).toFixed(2)} MB in ${ms.toFixed(0)} ms`);
    if (name === 'BBC' && per100 > 2) pass = false;
  }
  // Scanner recall: PolNeAR dev Content spans opening with a double mark start a scanned quote.
  const dev = polnearArticles('dev');
  if (dev.length > 0) {
    let gold = 0;
    let found = 0;
    for (const a of dev) {
      const starts = new Set(lintText(a.text, { format: 'plain', config }).analysis.quotes.map((q) => q.start));
      for (const r of a.relations) {
        const c = r.content;
        if (!c || c.pieces.length === 0) continue;
        for (const [start] of c.pieces) {
          const ch = a.text[start];
          if (ch !== '"' && ch !== '“') continue;
          gold++;
          if (starts.has(start)) found++;
        }
      }
    }
    lines.push(`PolNeAR dev: ${found}/${gold} Content spans opening with a double mark start a scanned quote (recall ${(found / Math.max(1, gold)).toFixed(3)})`);
  }
  lines.push(`target (BBC ≤ 2 findings per 100 articles): ${pass ? 'met' : 'missed'}`);
  lines.push('findings (judge each: a real lapse in the copy, or a false alarm):', ...shown);
  return { name: 'quote-marks', lines, pass };
}

if (require.main === module) {
  if (!corpusRoot()) {
    console.log('quote-marks eval: skipped — corpus not found (set NEWSLINT_CORPUS or provide ../shared/corpus).');
  } else {
    void run().then((s) => console.log(s.lines.join('\n')));
  }
}
