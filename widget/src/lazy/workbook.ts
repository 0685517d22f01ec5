/**
 * The workbook download: the same .xlsx as `ftcost estimate --format xlsx` and `ftcost breakeven --format xlsx`
 * (src/render/workbook.ts for the sheets, src/render/xlsx.ts for the bytes, with exceljs), made in the page and
 * handed to the browser's downloads as a Blob on an <a download>: nothing is sent anywhere. exceljs is ~900 KB,
 * so none of this is in the first or the later script: it loads when a download button is clicked
 * (workbookLoader.ts), as a chunk of its own in the ESM build and as a third classic script, ftcost-workbook.js
 * (global `__ftcostWorkbook`, Decimal from `__ftcostShared`), in the script-tag build. Both import the one
 * exceljs module the ESM build makes (widget/vite.config.ts, exceljsFromEsmBuild).
 */
import { breakEvenWorkbook, estimateWorkbook, type WorkbookOrigin } from '../../../src/render/workbook.js';
import { xlsxBytes } from '../../../src/render/xlsx.js';
import type { BreakEvenResult } from '../../../src/result/breakEven.js';
import type { EstimateResult } from '../../../src/result/estimate.js';

// ftcost's version, from package.json at build time (widget/vite.config.ts); unset when the sources run unbuilt.
declare const __FTCOST_VERSION__: string | undefined;
const VERSION = typeof __FTCOST_VERSION__ === 'string' ? __FTCOST_VERSION__ : 'unbuilt';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** How long a workbook's blob: URL is kept for the browser to read (a download reads it at once). */
const REVOKE_AFTER_MS = 60_000;

/** What made the workbook, for its "Read me": there is no command line, so the page it was made on. */
function widgetOrigin(doc: Document): WorkbookOrigin {
  const url = doc.location?.href ?? doc.URL;
  const title = doc.title.trim();
  return { commandLine: `the ftcost calculator on ${title ? `"${title}" (${url})` : url}`, version: VERSION };
}

/** A download handed to the browser: its file name and size. */
export interface Saved {
  fileName: string;
  bytes: number;
}

/** Hands the bytes to the browser's downloads: a blob: URL on a hidden <a download>, clicked. */
function save(bytes: Uint8Array, fileName: string, doc: Document): Saved {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return { fileName, bytes: bytes.length };
}

/** The estimate's workbook (`ftcost estimate --format xlsx`), downloaded as ftcost-estimate-<run date>.xlsx. */
export async function downloadEstimate(res: EstimateResult, doc: Document): Promise<Saved> {
  const bytes = await xlsxBytes(estimateWorkbook(res, widgetOrigin(doc)), res.today);
  return save(bytes, `ftcost-estimate-${res.today}.xlsx`, doc);
}

/** The break-even's workbook (`ftcost breakeven --format xlsx`), downloaded as ftcost-breakeven-<run date>.xlsx. */
export async function downloadBreakEven(res: BreakEvenResult, doc: Document): Promise<Saved> {
  const bytes = await xlsxBytes(breakEvenWorkbook(res, widgetOrigin(doc)), res.today);
  return save(bytes, `ftcost-breakeven-${res.today}.xlsx`, doc);
}

/** What ftcost-workbook.js defines as `__ftcostWorkbook` (and the ESM chunk exports). */
export interface WorkbookModule {
  downloadEstimate: typeof downloadEstimate;
  downloadBreakEven: typeof downloadBreakEven;
}
