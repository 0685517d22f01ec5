/**
 * The workbook download (issue 28) in real headless Chromium (needs `npm run build` and /usr/bin/chromium; see
 * browser.ts): "Download workbook (.xlsx)", pressed from the keyboard, hands the browser a download named
 * ftcost-estimate-<date>.xlsx that opens with exceljs and holds the training cost on screen. exceljs is fetched
 * only then: the script-tag build adds ftcost-workbook.js (which imports the exceljs chunk beside it), the ESM
 * build imports its workbook chunk. Under the strict CSP page (script-src 'self', no blob: in it) nothing is refused.
 * Hand-computed: 500 examples × 400 tokens × 3 epochs = 600,000 tokens × $3.00 per 1M = $1.80 on gpt-4o-mini.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDemo, trainingCost, type Harness } from './browser.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const CASES = [
  { build: 'the script-tag build, under a strict CSP', page: 'e2e/csp.html', lazy: [/^\/ftcost-workbook\.js$/] },
  { build: 'the ESM build', page: 'esm.html', lazy: [/^\/ftcost-workbook-[\w-]+\.js$/] },
];

describe('the workbook download in Chromium', () => {
  it.each(CASES)('$build: a keyboard press downloads the estimate as .xlsx', async ({ page: path, lazy }) => {
    h = await openDemo(path);
    const { page } = h;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    expect(await trainingCost(page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    const button = page.getByRole('button', { name: 'Download workbook (.xlsx)', exact: true });
    await button.waitFor();
    const paths = () => h!.requests.map((u) => new URL(u).pathname);
    // Nothing of the workbook (nor of exceljs) is fetched before the click.
    expect(paths().filter((p) => /workbook|exceljs/.test(p))).toEqual([]);

    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^ftcost-estimate-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('Estimate')!;
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(String);
    const column = (name: string) => header.indexOf(name);
    // The rows are the training table's, cheapest first: the OpenAI row holds the $1.80 on screen.
    const rows = sheet.getRows(2, sheet.rowCount - 1)!;
    const openai = rows.find(
      (r) =>
        r.getCell(column('provider')).value === 'openai' &&
        r.getCell(column('model')).value === 'gpt-4o-mini-2024-07-18',
    )!;
    expect(openai.getCell(column('training_cost (USD)')).value).toBe(1.8);
    const status = page.locator('.export .status');
    await expect
      .poll(() => status.textContent())
      .toMatch(/^Downloaded ftcost-estimate-[\d-]+\.xlsx \([\d,]+ bytes\)\.$/);

    for (const re of [...lazy, /^\/ftcost-exceljs[\w.-]*\.js$/])
      expect(
        paths().some((p) => re.test(p)),
        `${re}`,
      ).toBe(true);
    expect(h.offsite).toEqual([]);
    expect(violations).toEqual([]);
  });
});
