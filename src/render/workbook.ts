/**
 * A result as a workbook's content: its sheets (the same tables as its CSV, see csv.ts), an
 * "Assumptions & sources" sheet and a "Read me" sheet. Plain data; xlsx.ts writes the bytes.
 */
import type { BreakEvenResult } from '../result/breakEven.js';
import type { BudgetResult } from '../result/budget.js';
import type { CatalogListResult } from '../result/catalogList.js';
import type { EstimateResult } from '../result/estimate.js';
import { breakEvenSheet } from './breakeven.js';
import { budgetSheet } from './budget.js';
import { catalogListSheet } from './catalog.js';
import type { Cell, SheetTable } from './csv.js';
import { estimateSheet } from './estimate.js';

export interface WorkbookContent {
  sheets: SheetTable[];
  /** Label and value rows of the "Read me" sheet. */
  readMe: [string, string][];
  /** Rows of the "Assumptions & sources" sheet: what (assumption, note, source), the text, its date. */
  assumptions: [string, string, string | null][];
}

/** What every workbook's "Read me" says: how it was made and how exact its cells are. */
export interface WorkbookOrigin {
  /** The command line that made it ("ftcost estimate --examples 500 --format xlsx -o budget.xlsx"). */
  commandLine: string;
  /** ftcost's version. */
  version: string;
}

const EXACTNESS =
  'Money and counts are number cells (binary floating point, about 15 significant digits). ' +
  'Where a value has more digits than a cell holds, its exact decimal is in the column named <column>_exact ' +
  '(text), and always in the same command with --format json.';

function readMe(
  title: string,
  origin: WorkbookOrigin,
  dates: { catalogVersion: string | null; asOf: string | null; today: string },
): [string, string][] {
  return [
    ['Workbook', title],
    ['Command', origin.commandLine],
    ['ftcost version', origin.version],
    ['Catalog version', dates.catalogVersion ?? 'none (options given directly)'],
    ['Prices as of', dates.asOf ?? 'none (options given directly)'],
    ['Run date', dates.today],
    ['Currency', 'USD'],
    ['Estimates', 'Every figure is an estimate from published list prices; check each source before you commit.'],
    ['Exactness', EXACTNESS],
  ];
}

/** Columns a workbook sheet does not repeat: the "Assumptions & sources" and "Read me" sheets hold them. */
const SHEET_LEVEL = new Set(['assumptions', 'catalog_version', 'prices_as_of', 'run_date', 'currency']);

/** The table without the columns said once for the whole workbook. */
function withoutSheetLevel(table: SheetTable): SheetTable {
  const keep = table.header.map((h, i) => (SHEET_LEVEL.has(h) ? -1 : i)).filter((i) => i >= 0);
  return {
    name: table.name,
    header: keep.map((i) => table.header[i]!),
    rows: table.rows.map((r) => keep.map((i) => r[i] ?? null)),
  };
}

/** The rows of one record kind of a break-even table, without the columns empty for every one of them. */
function recordSheet(table: SheetTable, record: string, name: string): SheetTable {
  const rows = table.rows.filter((r) => r[0] === record);
  const used = table.header
    .map((_, i) => i)
    .filter((i) => i > 0 && rows.some((r) => r[i] !== null && r[i] !== undefined && r[i] !== ''));
  return {
    name,
    header: used.map((i) => table.header[i]!),
    rows: rows.map((r): Cell[] => used.map((i) => r[i] ?? null)),
  };
}

function sourcesOf(rows: readonly { source: string; original: string | null; asOf: string }[]) {
  const seen = new Map<string, [string, string, string | null]>();
  for (const r of rows) {
    const text = r.original ? `${r.source} (a copy of ${r.original})` : r.source;
    if (!seen.has(text)) seen.set(text, ['source', text, r.asOf]);
  }
  return [...seen.values()];
}

/** A one-table result (estimate, budget): its sheet, its dates, its assumptions and each row's source. */
function oneTableWorkbook(
  title: string,
  sheet: SheetTable,
  res: {
    catalog: { version: string };
    asOf: string;
    today: string;
    assumptions: readonly string[];
    rows: readonly { source: string; original: string | null; asOf: string }[];
  },
  origin: WorkbookOrigin,
): WorkbookContent {
  return {
    sheets: [withoutSheetLevel(sheet)],
    readMe: readMe(title, origin, { catalogVersion: res.catalog.version, asOf: res.asOf, today: res.today }),
    assumptions: [
      ...res.assumptions.map((a): [string, string, null] => ['assumption', a, null]),
      ...sourcesOf(res.rows),
    ],
  };
}

export function estimateWorkbook(res: EstimateResult, origin: WorkbookOrigin): WorkbookContent {
  return oneTableWorkbook('Fine-tuning cost estimate', estimateSheet(res), res, origin);
}

export function budgetWorkbook(res: BudgetResult, origin: WorkbookOrigin): WorkbookContent {
  return oneTableWorkbook('Fine-tuning budget', budgetSheet(res), res, origin);
}

export function breakEvenWorkbook(res: BreakEvenResult, origin: WorkbookOrigin): WorkbookContent {
  const table = withoutSheetLevel(breakEvenSheet(res));
  const sources = new Map<string, [string, string, string | null]>();
  for (const o of res.options)
    for (const s of o.sources)
      sources.set(`${s.what}: ${s.source}`, ['source', `${o.id}, ${s.what}: ${s.source}`, s.asOf]);
  return {
    sheets: [
      recordSheet(table, 'option', 'Options'),
      recordSheet(table, 'breakeven', 'Break-evens'),
      recordSheet(table, 'regime', 'Regimes'),
    ],
    readMe: readMe('Fine-tuning break-even', origin, {
      catalogVersion: res.catalog?.version ?? null,
      asOf: res.asOf,
      today: res.today,
    }),
    assumptions: [
      ...res.assumptions.map((a): [string, string, null] => ['assumption', a, null]),
      ...res.notes.map((n): [string, string, null] => ['note', n, null]),
      ...sources.values(),
    ],
  };
}

export function catalogListWorkbook(res: CatalogListResult, origin: WorkbookOrigin): WorkbookContent {
  return {
    sheets: [withoutSheetLevel(catalogListSheet(res))],
    readMe: readMe('Fine-tuning price catalog', origin, {
      catalogVersion: res.version,
      asOf: res.asOf,
      today: res.today,
    }),
    assumptions: [],
  };
}
