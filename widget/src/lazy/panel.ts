/**
 * What loads after the first price has painted (see loader.ts): everything the calculator shows or
 * does that the first training table does not need. The break-even (engine + chart), its inputs, the
 * training-file drop (worker start-up, dataset report), the copy and download buttons with the CLI's
 * renderers (the workbook's exceljs loads only on a click: workbookLoader.ts), "Already fine-tuning on:"
 * with the line naming the providers closed to the team, and their stylesheet.
 */
export { BreakEvenResults } from '../components/BreakEven.js';
export { computeBreakEven } from '../breakEven.js';
export { ClosedLine, CustomerPicker } from '../components/Customers.js';
export { DatasetDrop } from '../components/DatasetDrop.js';
export { ExportButtons } from '../components/ExportButtons.js';
export { RunningInputs } from '../components/RunningInputs.js';
export { LATER_CSS } from '../laterStyles.js';

import type { BreakEvenResults } from '../components/BreakEven.js';
import type { ClosedLine, CustomerPicker } from '../components/Customers.js';
import type { DatasetDrop } from '../components/DatasetDrop.js';
import type { ExportButtons } from '../components/ExportButtons.js';
import type { RunningInputs } from '../components/RunningInputs.js';
import type { computeBreakEven } from '../breakEven.js';

export interface BreakEvenPanelModule {
  BreakEvenResults: typeof BreakEvenResults;
  computeBreakEven: typeof computeBreakEven;
  /** "Already fine-tuning on:" and the line under the training table naming the providers closed to the team. */
  ClosedLine: typeof ClosedLine;
  CustomerPicker: typeof CustomerPicker;
  DatasetDrop: typeof DatasetDrop;
  ExportButtons: typeof ExportButtons;
  RunningInputs: typeof RunningInputs;
  /** The stylesheet of all of the above, adopted by the widget's shadow root when this arrives. */
  LATER_CSS: string;
}
