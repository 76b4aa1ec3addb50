/** A stand-in for quote-marks whose check always throws (tests of rule failures, engine and server). */
import type { Rule } from '../../../server/out/engine/index.js';

export const throwing: Rule = {
  id: 'quote-marks',
  description: 'stands in for quote-marks and throws',
  defaultSeverity: 'warning',
  fixable: false,
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'start')");
  },
};
