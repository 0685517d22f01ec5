/**
 * A workbook's bytes (.xlsx), written with exceljs and loaded only when one is asked for (the CLI's
 * start-up and the widget's first view never pay for it).
 *
 * What makes it a budgeting workbook rather than a CSV in disguise: money and counts are number cells
 * with number formats (USD with cents; counts with thousands separators), ISO dates are date cells,
 * headers carry their unit, the header row is frozen and filterable, columns are sized to their
 * contents, and text is always a text cell — exceljs writes a formula only when given one, so a model
 * id "=1+1" from an override file stays the text it is.
 */
import { Decimal } from '../decimal.js';
import type { Cell, SheetTable } from './csv.js';
import { isNumberText } from './csv.js';
import type { WorkbookContent } from './workbook.js';

/** Columns that hold names, never numbers, even when a name looks like one (a tier "2024"). */
const TEXT_COLUMNS = new Set([
  'provider',
  'model',
  'model_name',
  'method',
  'tier',
  'option',
  'other',
  'name',
  'id',
  'label',
  'gpu',
  'record',
  'kind',
  'source',
  'original',
  'notes',
  'reason',
  'dataset_file',
  'origin',
  'catalog_version',
]);

type ColumnKind = 'text' | 'usd' | 'usd-rate' | 'count' | 'number' | 'date';

/** A column's kind from its name (names carry their unit: *_cost, *_per_1m, *_tokens, *_on …). */
function columnKind(name: string): ColumnKind {
  if (TEXT_COLUMNS.has(name) || /_assumed$|_exact$|_verified$|_basis$|^stale$|^fits$/.test(name)) return 'text';
  if (/(^|_)(on|as_of|date|until|from)$|^effective_from$/.test(name)) return 'date';
  if (/per_1m|per_hour|per_query|^hourly$|^unit_cost$|^ft_|_per_1k$|per_gpu_hour/.test(name)) return 'usd-rate';
  if (/cost|charge|^monthly$|^one_time$|top_up|adjustment|per_month$|^max_cost$|_low$|_expected$|_high$/.test(name))
    return 'usd';
  if (/tokens|examples|epochs|replicas|queries|capacity|days|gpu_count|rank/.test(name)) return 'count';
  return 'number';
}

const UNIT: Record<ColumnKind, string> = {
  text: '',
  usd: ' (USD)',
  'usd-rate': ' (USD)',
  count: '',
  number: '',
  date: '',
};

/** The header as a person reads it in the workbook: the column name and, for money, its currency. */
function headerLabel(name: string, kind: ColumnKind): string {
  if (/per_1m/.test(name)) return `${name} (USD per 1M tokens)`;
  if (/tokens/.test(name) && kind === 'count') return `${name} (tokens)`;
  return name + UNIT[kind];
}

const NUMBER_FORMAT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  usd: '"$"#,##0.00',
  'usd-rate': '"$"#,##0.00######',
  count: '#,##0',
  number: undefined,
  date: 'yyyy-mm-dd',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A cell's value in the workbook: a number, a date, a boolean or text (never a formula). */
function cellValue(value: Cell, kind: ColumnKind): string | number | boolean | Date | null {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (kind !== 'text' && isNumberText(value)) return Number(value);
  const date = kind === 'date' ? ISO_DATE.exec(value) : null;
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  return value;
}

/** True when the number cell would not hold the decimal exactly (the workbook then adds its text). */
function inexact(value: Cell, kind: ColumnKind): boolean {
  return typeof value === 'string' && kind !== 'text' && isNumberText(value) && !new Decimal(Number(value)).eq(value);
}

/** The table with a text column `<name>_exact` after every number column some value of which a cell cannot hold. */
function withExactColumns(table: SheetTable): { table: SheetTable; kinds: ColumnKind[] } {
  const kinds = table.header.map(columnKind);
  const header: string[] = [];
  const outKinds: ColumnKind[] = [];
  const picks: { index: number; exact: boolean }[] = [];
  table.header.forEach((name, i) => {
    header.push(name);
    outKinds.push(kinds[i]!);
    picks.push({ index: i, exact: false });
    if (table.rows.some((r) => inexact(r[i] ?? null, kinds[i]!))) {
      header.push(`${name}_exact`);
      outKinds.push('text');
      picks.push({ index: i, exact: true });
    }
  });
  const rows = table.rows.map((r) =>
    picks.map(({ index, exact }) => {
      const v = r[index] ?? null;
      return exact ? (typeof v === 'string' && isNumberText(v) ? v : null) : v;
    }),
  );
  return { table: { name: table.name, header, rows }, kinds: outKinds };
}

/** Excel's limit on a sheet name, and the characters it refuses in one. */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
}

// exceljs's types, without importing the module at start-up.
type ExcelJs = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

function addTable(ws: Worksheet, source: SheetTable): void {
  const { table, kinds } = withExactColumns(source);
  ws.addRow(table.header.map((h, i) => headerLabel(h, kinds[i]!)));
  for (const r of table.rows) ws.addRow(r.map((c, i) => cellValue(c, kinds[i]!)));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  if (table.header.length > 0)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  table.header.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    const format = NUMBER_FORMAT[kinds[i]!];
    if (format) column.numFmt = format;
    let width = headerLabel(h, kinds[i]!).length;
    for (const r of table.rows) width = Math.max(width, String(r[i] ?? '').length);
    column.width = Math.min(60, Math.max(8, width + 2));
  });
  // The header row keeps the text format, not the column's number format.
  ws.getRow(1).eachCell((c) => {
    c.numFmt = '@';
  });
}

/** A list sheet (label and text rows): an ISO date in it is a date cell, like every date of the workbook. */
function addList(ws: Worksheet, header: string[], rows: readonly (readonly (string | null)[])[], widths: number[]) {
  ws.addRow(header);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r.map((c) => (c !== null && ISO_DATE.test(c) ? cellValue(c, 'date') : c)));
    row.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = NUMBER_FORMAT.date!;
    });
  }
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The workbook's bytes: the result's sheets, then "Assumptions & sources", then "Read me". */
export async function xlsxBytes(book: WorkbookContent, runDate: string): Promise<Uint8Array> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ftcost';
  // The run date, not the clock: the same run gives the same workbook properties.
  const [y, m, d] = runDate.split('-').map(Number) as [number, number, number];
  wb.created = wb.modified = new Date(Date.UTC(y, m - 1, d));
  for (const table of book.sheets) addTable(wb.addWorksheet(sheetName(table.name)), table);
  if (book.assumptions.length)
    addList(wb.addWorksheet('Assumptions & sources'), ['what', 'text', 'as_of'], book.assumptions, [12, 100, 12]);
  addList(wb.addWorksheet('Read me'), ['item', 'value'], book.readMe, [18, 100]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
