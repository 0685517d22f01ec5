/**
 * The script-tag build's workbookLoader.ts (swapped in by widget/vite.config.ts, `--mode breakeven`): the
 * workbook module is a third classic script, ftcost-workbook.js, beside the later script, added when a
 * download button is clicked. It takes its Decimal from `__ftcostShared` (set by the first script) and imports
 * exceljs from the ESM build's module beside it.
 */
import { loadClassicScript } from './classicScript.js';
import type { WorkbookModule } from './workbook.js';

const WORKBOOK_FILE = 'ftcost-workbook.js';
const WORKBOOK_GLOBAL = '__ftcostWorkbook';

// Read while the later script runs (currentScript is null afterwards): the workbook script sits beside it.
const laterScriptUrl =
  typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;

let loading: Promise<WorkbookModule> | undefined;

export function loadWorkbook(): Promise<WorkbookModule> {
  loading ??= loadClassicScript<WorkbookModule>(WORKBOOK_FILE, WORKBOOK_GLOBAL, laterScriptUrl, 'the workbook').catch(
    (err: unknown) => {
      loading = undefined; // let the next click retry
      throw err;
    },
  );
  return loading;
}
