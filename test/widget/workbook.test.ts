// @vitest-environment happy-dom
/**
 * The widget's workbook download (issue 28): "Download workbook (.xlsx)" beside the copy buttons makes, in the
 * page, the workbook `ftcost estimate --format xlsx` writes, and hands it to the browser as a Blob on an
 * <a download>. The Blob's bytes open with exceljs, and the Estimate sheet's training_cost cells are the
 * estimate's (hand-computed: 500 examples × 400 tokens × 3 epochs = 600,000 tokens at $3.00 per 1M = $1.80).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { estimateJson } from '../../src/render/estimate.js';
import { slimCatalog } from '../../widget/build/slimCatalog.js';
import { mount, type WidgetHandle } from '../../widget/src/index.js';

const TODAY = '2026-11-23';
const COMPILED = JSON.parse(
  readFileSync(
    fileURLToPath(import.meta.url).replace(/test\/widget\/workbook\.test\.ts$/, 'src/catalog/generated/catalog.json'),
    'utf8',
  ),
);
vi.stubGlobal('fetch', async () => new Response(JSON.stringify(slimCatalog(COMPILED)), { status: 200 }));

const OPTIONS = {
  examples: 500,
  tokensPerExample: 400,
  epochs: 3,
  models: ['gpt-4o-mini', 'gpt-4.1-mini'],
  existingCustomers: ['openai'],
  today: TODAY,
  hash: false,
};

/** What a download handed to the browser: the blob: URL's Blob and the <a download> that was clicked. */
interface Download {
  blob: Blob;
  fileName: string;
  hidden: boolean;
}

let handle: WidgetHandle | undefined;
let downloads: Download[] = [];
const blobs = new Map<string, Blob>();
// happy-dom would follow the <a download> as a link: record it instead, as a browser's downloads would.
const onClick = (e: Event) => {
  const link = e.target as HTMLAnchorElement;
  if (link.tagName !== 'A' || !link.hasAttribute('download')) return;
  e.preventDefault();
  downloads.push({ blob: blobs.get(link.href)!, fileName: link.download, hidden: link.hidden });
};

beforeEach(() => {
  document.title = 'Pricing guide';
  document.body.innerHTML = '<div id="calc"></div>';
  downloads = [];
  const create = URL.createObjectURL.bind(URL);
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = create(blob);
    blobs.set(url, blob as Blob);
    return url;
  });
  document.addEventListener('click', onClick);
});
afterEach(() => {
  handle?.destroy();
  handle = undefined;
  document.removeEventListener('click', onClick);
  vi.restoreAllMocks();
});

async function mounted(): Promise<ShadowRoot> {
  handle = mount('#calc', OPTIONS);
  await handle.ready;
  const root = document.querySelector('#calc .ftcost-host')!.shadowRoot!;
  await vi.waitFor(() => expect(button(root, 'Download break-even workbook (.xlsx)')).toBeDefined(), {
    timeout: 5000,
  });
  return root;
}

function button(root: ShadowRoot, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent === text);
}

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await download.blob.arrayBuffer());
  return book;
}

/** A sheet's rows as objects keyed by the header row's labels. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

describe('the workbook download', () => {
  it("is a real .xlsx Blob whose Estimate sheet's training_cost cells are the estimate's", async () => {
    const root = await mounted();
    const status = root.querySelector('.export .status')!;
    button(root, 'Download workbook (.xlsx)')!.click();
    await vi.waitFor(() => expect(status.textContent).toMatch(/^Downloaded /), { timeout: 10_000 });
    expect(downloads).toHaveLength(1);
    const [download] = downloads as [Download];
    expect(download.fileName).toBe(`ftcost-estimate-${TODAY}.xlsx`);
    expect(download.hidden).toBe(true);
    expect(download.blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(status.textContent).toBe(
      `Downloaded ftcost-estimate-${TODAY}.xlsx (${download.blob.size.toLocaleString('en-US')} bytes).`,
    );
    // The link is gone again: nothing is left in the page.
    expect(document.querySelector('a[download]')).toBeNull();

    const book = await workbookOf(download);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Estimate', 'Assumptions & sources', 'Read me']);
    const expected = JSON.parse(estimateJson(handle!.result!)) as {
      rows: { provider: string; model: string; trainingCost: string | null }[];
    };
    const rows = rowsOf(book.getWorksheet('Estimate')!);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((r) => [r.provider, r.model])).toEqual(expected.rows.map((r) => [r.provider, r.model]));
    rows.forEach((row, i) => {
      const cost = expected.rows[i]!.trainingCost;
      // A number cell (USD with cents), exactly the estimate's decimal where a float holds it, else in *_exact.
      expect(row['training_cost (USD)']).toBe(cost === null ? null : Number(cost));
      if ('training_cost_exact' in row) expect(row.training_cost_exact ?? cost).toBe(cost);
    });
    const openai = rows.find((r) => r.provider === 'openai' && r.model === 'gpt-4o-mini-2024-07-18')!;
    expect(openai['training_cost (USD)']).toBe(1.8);
    expect(openai['training_tokens (tokens)']).toBe(600_000);
    expect(book.getWorksheet('Estimate')!.getColumn(11).numFmt).toBe('"$"#,##0.00');

    const readMe = Object.fromEntries(
      rowsOf(book.getWorksheet('Read me')!).map((r) => [String(r.item), r.value] as const),
    );
    expect(readMe.Command).toBe(`the ftcost calculator on "Pricing guide" (${document.location.href})`);
    expect(readMe['Run date']).toEqual(new Date(`${TODAY}T00:00:00Z`));
  });

  it("the break-even workbook has the break-even's sheets, named after its run date", async () => {
    const root = await mounted();
    button(root, 'Download break-even workbook (.xlsx)')!.click();
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0]!.fileName).toBe(`ftcost-breakeven-${TODAY}.xlsx`);
    const book = await workbookOf(downloads[0]!);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Options',
      'Break-evens',
      'Regimes',
      'Assumptions & sources',
      'Read me',
    ]);
  });

  it('works from the keyboard: the buttons are real buttons in the tab order', async () => {
    const root = await mounted();
    for (const text of ['Download workbook (.xlsx)', 'Download break-even workbook (.xlsx)']) {
      const b = button(root, text)!;
      expect(b.type).toBe('button');
      expect(b.tabIndex).toBe(0);
      expect(b.disabled).toBe(false);
    }
  });
});
