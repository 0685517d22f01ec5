/**
 * The built widget keeps exceljs (~900 KB) out of everything but the workbook download (issue 28): the first
 * script, the later script and the ESM build's first and later chunks carry none of it; the script-tag build's
 * workbook script (ftcost-workbook.js) is small, shares Decimal through __ftcostShared and loads the one copy of
 * exceljs the ESM build made (a chunk beside it), so the npm package carries exceljs once. Needs `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../dist/widget/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, DIR), 'utf8');
const built = existsSync(new URL('ftcost-workbook.js', DIR));
/** Strings of exceljs's own code (the OOXML part names and namespace it writes), in no ftcost source. */
const EXCELJS_MARKERS = ['xl/sharedStrings.xml', 'spreadsheetml/2006/main'];
const hasExceljs = (text: string) => EXCELJS_MARKERS.some((m) => text.includes(m));
/** ftcost-workbook.js, without exceljs: renderers, src/render/xlsx.ts and the download (5,086 bytes, 2026-12-07). */
const WORKBOOK_SCRIPT_BUDGET_GZIP_BYTES = 8 * 1024;

describe('the workbook download in the built widget', () => {
  it('ftcost-workbook.js exists (npm run build)', () => {
    expect(built, `${new URL('ftcost-workbook.js', DIR).pathname} missing: run npm run build`).toBe(true);
  });

  it.skipIf(!built)('the first and the later scripts, and the ESM first and later chunks, carry no exceljs', () => {
    const esm = readdirSync(DIR).filter((f) => /^ftcost-(widget|labels-.*|panel-.*)\.js$/.test(f));
    expect(esm.length).toBe(3);
    for (const file of ['ftcost-widget.iife.js', 'ftcost-breakeven.js', ...esm])
      expect(hasExceljs(read(file)), file).toBe(false);
    // The later script loads the workbook script only when asked (a third classic script), it does not inline it.
    expect(read('ftcost-breakeven.js')).toContain('ftcost-workbook.js');
  });

  it.skipIf(!built)('ftcost-workbook.js is small, shares Decimal and loads the one copy of exceljs', () => {
    const script = read('ftcost-workbook.js');
    expect(script).toMatch(/^var __ftcostWorkbook=/);
    expect(script).toContain('__ftcostShared.decimal');
    expect(script).not.toContain('[DecimalError]');
    expect(hasExceljs(script)).toBe(false);
    const gz = gzipSync(script, { level: 9 }).length;
    console.log(
      `ftcost-workbook.js: ${script.length} bytes, ${gz} gzipped (budget ${WORKBOOK_SCRIPT_BUDGET_GZIP_BYTES})`,
    );
    expect(gz).toBeLessThanOrEqual(WORKBOOK_SCRIPT_BUDGET_GZIP_BYTES);
    const withExceljs = readdirSync(DIR).filter((f) => f.endsWith('.js') && hasExceljs(read(f)));
    expect(withExceljs).toHaveLength(1);
    expect(withExceljs[0]).toMatch(/^ftcost-exceljs[\w.-]*\.js$/);
    expect(script).toContain(withExceljs[0]);
  });
});
