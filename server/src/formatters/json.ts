import type { Formatter } from './types';

/** ESLint's JSON format, with `offset`/`endOffset` (0-based UTF-16) on every message. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => {
      const o: Record<string, unknown> = {
        filePath: r.filePath,
        messages: r.messages,
        errorCount: r.errorCount,
        warningCount: r.warningCount,
        fixableErrorCount: r.fixableErrorCount,
        fixableWarningCount: r.fixableWarningCount,
      };
      if (r.output !== undefined) o.output = r.output;
      return o;
    }),
  ) + '\n';
