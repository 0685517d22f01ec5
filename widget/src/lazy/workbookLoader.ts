/**
 * Loads the workbook module (workbook.ts, with exceljs) when a download button is clicked. This is the ESM
 * build's: a dynamic import, so a chunk of its own. The script-tag build's later script is built with
 * workbookScriptLoader.ts in this file's place (widget/vite.config.ts, `--mode breakeven`): an IIFE cannot
 * split, and a dynamic import would put exceljs inside ftcost-breakeven.js.
 */
import type { WorkbookModule } from './workbook.js';
// The swap is only sound while both loaders have one signature.
import type { loadWorkbook as loadWorkbookScript } from './workbookScriptLoader.js';

let loading: Promise<WorkbookModule> | undefined;

export const loadWorkbook: typeof loadWorkbookScript = () => {
  loading ??= import('./workbook.js').catch((err: unknown) => {
    loading = undefined; // let the next click retry
    throw err;
  });
  return loading;
};
