/** The lazily loaded break-even panel: the engine's comparison and its chart (see loader.ts). */
export { BreakEvenResults } from '../components/BreakEven.js';
export { computeBreakEven } from '../breakEven.js';
// The library's break-even renderers (the CLI prints with them), for the copy buttons (same JSON and CSV as `ftcost breakeven`).
export { breakEvenCsv, breakEvenJson } from '../../../src/render/breakeven.js';

import type { breakEvenCsv, breakEvenJson } from '../../../src/render/breakeven.js';
import type { BreakEvenResults } from '../components/BreakEven.js';
import type { computeBreakEven } from '../breakEven.js';

export interface BreakEvenPanelModule {
  BreakEvenResults: typeof BreakEvenResults;
  computeBreakEven: typeof computeBreakEven;
  breakEvenCsv: typeof breakEvenCsv;
  breakEvenJson: typeof breakEvenJson;
}
