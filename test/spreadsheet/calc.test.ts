/**
 * Issue 28, "checked in a real spreadsheet": every CSV (estimate, budget, breakeven, catalog list) and
 * the workbook (--format xlsx) opened in LibreOffice Calc, headless (test/helpers/calc.ts), the way
 * a finance team opens them: Calc's default import, an English (en-US) import, and a German (de-DE)
 * import of the `--csv-locale de-DE` CSV. Each cell's type and value is read back, column sums are
 * computed by Calc's own SUM and compared, to the cent, with exact decimal.js sums of the JSON output
 * of the same command, and issue 28's formula-injection reproducer must stay inert text.
 *
 * Heavy: 6 soffice calls of 1-3 s each (every file imported one way is imported in one call, every
 * SUM in one more), about 15 s in all, 30 s on a loaded machine: run alone with
 * `npx vitest run test/spreadsheet`. Needs
 * `soffice` (Debian: apt-get install -y libreoffice-calc-nogui; .ci/run installs it). Without it the
 * tests are skipped with a warning, except in CI (process.env.CI set), where a missing Calc fails.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { d, Decimal } from '../../src/decimal.js';
import {
  type Book,
  Calc,
  type Cell,
  type CsvImport,
  isNumeric,
  type Sheet,
  sofficeInstalled,
} from '../helpers/calc.js';
import { BREAKEVEN_SHIPPED, breakevenArgv, runCli } from '../helpers/cli.js';
import { parseCsv, roundTripProblems } from './roundtrip.js';

const RUN = sofficeInstalled() || !!process.env.CI;
if (!RUN) {
  console.warn(
    'test/spreadsheet: SKIPPED, LibreOffice Calc (soffice) is not installed: apt-get install -y libreoffice-calc-nogui',
  );
}

const HOOK_TIMEOUT = 90_000;
const FIXTURES = 'test/fixtures/spreadsheet';

/** Runs the CLI in-process; a non-zero exit is an error with its stderr. */
async function cli(argv: string[]): Promise<string> {
  const { code, stdout, stderr } = await runCli(argv);
  if (code !== 0) throw new Error(`ftcost ${argv.join(' ')} exited ${code}: ${stderr.trim()}`);
  return stdout;
}

/** Exact sum of decimal strings (nulls skipped). */
function exactSum(values: (string | null | undefined)[]): Decimal {
  return values.reduce<Decimal>((sum, v) => (v == null ? sum : sum.plus(d(v))), d('0'));
}

const cents = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** Calc's sum equals the exact total to the cent (and, far tighter, to a millionth). */
function expectSameTotal(calcSum: string, exact: Decimal, what: string) {
  expect(cents(d(calcSum)), `${what}: Calc ${calcSum}, exact ${exact}`).toBe(cents(exact));
  expect(d(calcSum).minus(exact).abs().lte('0.000001'), `${what}: Calc ${calcSum}, exact ${exact}`).toBe(true);
}

function allCells(book: Book): { sheet: Sheet; row: number; col: number; cell: Cell }[] {
  return book.sheets.flatMap((sheet) =>
    sheet.rows.flatMap((cells, row) => cells.map((cell, col) => ({ sheet, row, col, cell }))),
  );
}

/**
 * Calc has no boolean cell: it holds an xlsx boolean cell (`t="b"`, no formula in the file) as the
 * formula =TRUE() or =FALSE(). Those are values; fileFormulas() checks the file itself has none.
 */
const XLSX_BOOLEAN = /^of:=(TRUE|FALSE)\(\)$/;

/** Cells that are formulas in Calc (for a workbook, Calc's own booleans left out). */
function formulas(book: Book, from: 'csv' | 'xlsx'): string[] {
  return allCells(book)
    .filter(({ cell }) => cell.formula !== null && !(from === 'xlsx' && XLSX_BOOLEAN.test(cell.formula)))
    .map(({ sheet, row, col, cell }) => `${sheet.name} R${row + 1}C${col + 1}: ${cell.formula}`);
}

/** Cells that carry a formula in the .xlsx file itself (an <f> element), as exceljs reads it. */
async function fileFormulas(file: string): Promise<string[]> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const found: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) found.push(`${sheet.name}!${cell.address}`);
      });
    });
  });
  return found;
}

const MOJIBAKE = /[ÃÂ\uFFFD]/;

// JSON shapes read here (decimal strings; see schema/).
type Json = {
  rows?: { trainingCost: string | null }[];
  options?: { atVolume: { totalPerMonth: string } | null }[];
  entries?: { prices?: { trainingPer1M?: string | null } }[];
};

interface Export {
  name: string;
  argv: string[];
  /** The column Calc sums, and the same figures from the JSON output. */
  sum: { column: string; values: (json: Json) => (string | null | undefined)[] };
  /** Money and count columns: every non-empty cell must be a number. */
  numeric: string[];
}

const EXPORTS: Export[] = [
  {
    name: 'estimate',
    argv: ['estimate', '--examples', '500', '--epochs', '3'],
    sum: { column: 'training_cost', values: (j) => j.rows!.map((r) => r.trainingCost) },
    numeric: ['training_cost', 'training_tokens', 'training_per_1m', 'examples', 'epochs', 'billed_tokens_per_epoch'],
  },
  {
    name: 'budget',
    argv: ['budget', '--max-cost', '25', '-n', '2000', '-t', '600'],
    sum: { column: 'training_cost', values: (j) => j.rows!.map((r) => r.trainingCost) },
    numeric: ['training_cost', 'max_cost', 'training_tokens', 'training_per_1m', 'examples', 'epochs', 'unit_cost'],
  },
  {
    name: 'breakeven',
    argv: breakevenArgv(BREAKEVEN_SHIPPED),
    sum: { column: 'total_per_month', values: (j) => j.options!.map((o) => o.atVolume?.totalPerMonth) },
    numeric: ['total_per_month', 'training_per_month', 'tokens_per_month', 'queries_per_day', 'per_query'],
  },
  {
    name: 'catalog list',
    argv: ['catalog', 'list'],
    sum: { column: 'training_per_1m', values: (j) => j.entries!.map((e) => e.prices?.trainingPer1M) },
    numeric: ['training_per_1m', 'input_per_1m', 'output_per_1m', 'gpu_per_hour'],
  },
];

interface Import {
  label: string;
  how: CsvImport;
  /** --csv-locale for the CSV written for this import, if any. */
  csvLocale: string | null;
  separator: ',' | ';';
  decimalMark: '.' | ',';
}

const IMPORTS: Import[] = [
  { label: 'Calc default import (no options)', how: 'calc-default', csvLocale: null, separator: ',', decimalMark: '.' },
  {
    label: 'en-US import, UTF-8',
    how: { separator: ',', charset: 'utf-8', language: 'en-US' },
    csvLocale: null,
    separator: ',',
    decimalMark: '.',
  },
  {
    label: 'de-DE import, UTF-8, of the --csv-locale de-DE CSV',
    how: { separator: ';', charset: 'utf-8', language: 'de-DE' },
    csvLocale: 'de-DE',
    separator: ';',
    decimalMark: ',',
  },
];

const CONTROL = `${FIXTURES}/undefused.csv`;
const EVIL_ARGV = ['estimate', '--prices', `${FIXTURES}/evil.yaml`, '-p', 'acme', '-n', '500'];
// The model ids of evil.yaml, each a formula or formula-like text.
const EVIL_IDS = ['=1+1', '=HYPERLINK("http://example.com","x")', '+1+1', '-1+1', '@SUM(1,1)', '\t=1+2'];
const EN_US: CsvImport = { separator: ',', charset: 'utf-8', language: 'en-US' };
const ESTIMATE_ARGV = EXPORTS[0]!.argv;
const TRAINING_COST = /^training[ _]cost/i;

/** The first header cell matching `name` (units may follow: "training_cost (USD)"), not a text companion. */
function headerColumn(sheet: Sheet, name: RegExp): number {
  return (sheet.rows[0] ?? []).findIndex(
    (c) => c.type === 'string' && name.test(c.text) && !/exact|text/i.test(c.text),
  );
}

/** The workbook's sheet of estimate rows: the one whose header names a training cost. */
function estimateSheet(book: Book): Sheet {
  const sheet = book.sheets.find((s) => headerColumn(s, TRAINING_COST) >= 0);
  if (sheet) return sheet;
  throw new Error(`no sheet has a training cost header (sheets: ${book.sheets.map((s) => s.name).join(', ')})`);
}

/** One file the tests open in Calc: how it is made (its path), how Calc opens it, which column to SUM. */
interface Job {
  key: string;
  how: CsvImport | 'workbook';
  make: () => Promise<string>;
  sumColumn?: (book: Book) => { sheet: string; column: number };
}

/** What became of a job: Calc's book, or the error that kept it from Calc; the SUM, or its error. */
interface Opened {
  book?: Book;
  error?: unknown;
  sum?: string;
  sumError?: unknown;
}

describe.skipIf(!RUN)('LibreOffice Calc reads every export as typed, inert cells (issue 28)', () => {
  let calc: Calc;
  const outputs = new Map<string, Promise<string>>();
  const opened = new Map<string, Opened>();
  const csvKey = (e: Export, imp: Import) => `${e.name} CSV, ${imp.label}`;

  /** The CLI's output for argv, made once. */
  const output = (argv: string[]): Promise<string> => {
    const key = JSON.stringify(argv);
    if (!outputs.has(key)) outputs.set(key, cli(argv));
    return outputs.get(key)!;
  };
  const csvArgv = (e: Export, imp: Import) => [
    ...e.argv,
    '--format',
    'csv',
    ...(imp.csvLocale ? ['--csv-locale', imp.csvLocale] : []),
  ];
  const json = async (argv: string[]) => JSON.parse(await output([...argv, '--format', 'json'])) as Json;
  /** The CLI's CSV for argv in a file of its own, named after the job. */
  const writeCsv = async (key: string, argv: string[]) =>
    calc.write(`${key.replace(/[^A-Za-z0-9]+/g, '-')}.csv`, await output(argv));
  const writeXlsx = async (name: string, argv: string[]) => {
    const file = calc.path(`${name}.xlsx`);
    await cli([...argv, '--format', 'xlsx', '-o', file]);
    if (readFileSync(file).subarray(0, 2).toString() !== 'PK') throw new Error(`${file} is not a zip (xlsx)`);
    return file;
  };

  const JOBS: Job[] = [
    { key: 'control, en-US', how: EN_US, make: async () => CONTROL },
    { key: 'control, default', how: 'calc-default', make: async () => CONTROL },
    { key: 'control, de-DE', how: { ...EN_US, language: 'de-DE' }, make: async () => CONTROL },
    { key: 'evil CSV, en-US', how: EN_US, make: () => writeCsv('evil en-US', [...EVIL_ARGV, '--format', 'csv']) },
    {
      key: 'evil CSV, default',
      how: 'calc-default',
      make: () => writeCsv('evil default', [...EVIL_ARGV, '--format', 'csv']),
    },
    { key: 'evil workbook', how: 'workbook', make: () => writeXlsx('evil', EVIL_ARGV) },
    ...IMPORTS.flatMap((imp) =>
      EXPORTS.map(
        (e): Job => ({
          key: csvKey(e, imp),
          how: imp.how,
          make: () => writeCsv(csvKey(e, imp), csvArgv(e, imp)),
          sumColumn: (book) => ({ sheet: book.sheets[0]!.name, column: header(e, imp).indexOf(e.sum.column) }),
        }),
      ),
    ),
    {
      key: 'estimate workbook',
      how: 'workbook',
      make: () => writeXlsx('estimate', ESTIMATE_ARGV),
      sumColumn: (book) => {
        const sheet = estimateSheet(book);
        return { sheet: sheet.name, column: headerColumn(sheet, TRAINING_COST) };
      },
    },
  ];

  /** A job's book, or the error that kept it from Calc. */
  const book = (key: string): Book => {
    const o = opened.get(key);
    if (!o) throw new Error(`${key}: not opened`);
    if (o.error) throw o.error;
    return o.book!;
  };
  /** Calc's SUM for a job, or its error. */
  const sum = (key: string): string => {
    const o = opened.get(key);
    book(key);
    if (o?.sumError) throw o.sumError;
    if (o?.sum === undefined) throw new Error(`${key}: no column to sum`);
    return o.sum;
  };
  /** The records of each CSV export as the CLI wrote it, by job key. */
  const csvRecords = new Map<string, string[][]>();
  const records = (e: Export, imp: Import) => csvRecords.get(csvKey(e, imp))!;
  const header = (e: Export, imp: Import) => records(e, imp)[0] ?? [];

  // Every job made first (a CLI error is kept for its tests), then one soffice call per way of
  // opening, then one for every SUM. A failure fails only the tests that need what failed.
  beforeAll(async () => {
    calc = new Calc();
    const ready: { job: Job; file: string }[] = [];
    for (const job of JOBS) {
      try {
        ready.push({ job, file: await job.make() });
      } catch (error) {
        opened.set(job.key, { error });
      }
    }
    for (const imp of IMPORTS) {
      for (const e of EXPORTS) {
        const key = csvKey(e, imp);
        if (!opened.has(key)) csvRecords.set(key, parseCsv(await output(csvArgv(e, imp)), imp.separator));
      }
    }
    const ways = new Map<string, { how: Job['how']; batch: typeof ready }>();
    for (const r of ready) {
      const way = JSON.stringify(r.job.how);
      if (!ways.has(way)) ways.set(way, { how: r.job.how, batch: [] });
      ways.get(way)!.batch.push(r);
    }
    for (const { how, batch } of ways.values()) {
      const files = batch.map((r) => r.file);
      try {
        const books = how === 'workbook' ? await calc.open(files) : await calc.importCsv(files, how);
        batch.forEach((r, i) => {
          opened.set(r.job.key, { book: books[i]! });
        });
      } catch (error) {
        for (const r of batch) opened.set(r.job.key, { error });
      }
    }
    const asks: { o: Opened; book: Book; sheet: string; column: number }[] = [];
    for (const job of JOBS) {
      const o = opened.get(job.key)!;
      if (!o.book || !job.sumColumn) continue;
      try {
        const { sheet, column } = job.sumColumn(o.book);
        if (column >= 0) asks.push({ o, book: o.book, sheet, column });
      } catch (error) {
        o.sumError = error;
      }
    }
    try {
      const sums = await calc.sums(asks);
      asks.forEach(({ o }, i) => {
        o.sum = sums[i];
      });
    } catch (error) {
      for (const { o } of asks) o.sumError = error;
    }
  }, HOOK_TIMEOUT);

  afterAll(() => {
    if (process.env.FTCOST_CALC_LOG) for (const { argv, ms } of calc.log) console.log(`${ms} ms: ${argv.join(' ')}`);
    calc?.dispose();
  });

  describe('the oracle sees what it must catch (a CSV as the writer made it before issue 28)', () => {
    it('en-US import: =1+1 and =HYPERLINK(…) become formulas, × stays ×', () => {
      const sheet = book('control, en-US').sheets[0]!;
      expect(sheet.rows[1]![2]).toMatchObject({ type: 'float', value: '2', formula: 'of:=1+1' });
      expect(sheet.rows[2]![2]).toMatchObject({ type: 'string', text: 'x' });
      expect(sheet.rows[2]![2]!.formula).toMatch(/^of:=HYPERLINK\(/);
      expect(sheet.rows[1]![5]!.text).toBe('a month is 730 hours (365 × 24 ÷ 12)');
    });

    it("Calc's default import reads UTF-8 as Windows-1252: × becomes Ã—", () => {
      expect(book('control, default').sheets[0]!.rows[1]![5]!.text).toBe('a month is 730 hours (365 Ã— 24 Ã· 12)');
    });

    it('a de-DE import of a decimal-point CSV corrupts money: 1533.008 reads as 1533008', () => {
      const sheet = book('control, de-DE').sheets[0]!;
      expect(sheet.rows[2]![3]).toMatchObject({ type: 'float', value: '1533008' });
      expect(sheet.rows[1]![3]).toMatchObject({ type: 'string', text: '0.1875' });
    });

    // Calc's SUMs are its own: the harness writes each with a cached result of -1 beside a canary
    // =1+1 cached as 7 that must read back 2, and the SUM tests below match exact totals.
  });

  describe('formula injection: the reproducer of issue 28 stays inert text', () => {
    /** Each id is a text cell (as written, or defused with a leading ') with no formula and no link. */
    function expectInert(b: Book, from: 'csv' | 'xlsx') {
      expect(formulas(b, from), 'cells that are formulas').toEqual([]);
      const links = allCells(b).flatMap(({ cell }) => cell.links.filter((l) => l.includes('example.com')));
      expect(links, 'links to the injected address').toEqual([]);
      for (const id of EVIL_IDS) {
        const cells = allCells(b).filter(({ cell }) => cell.text === id || cell.text === `'${id}`);
        expect(cells.length, `a cell that reads ${JSON.stringify(id)}`).toBeGreaterThan(0);
        for (const { cell } of cells) expect(cell.type, JSON.stringify(id)).toBe('string');
      }
    }

    it.each(['en-US', 'default'])('CSV, %s import: every id is text, no cell anywhere is a formula', async (way) => {
      const b = book(`evil CSV, ${way}`);
      expectInert(b, 'csv');
      const csv = await output([...EVIL_ARGV, '--format', 'csv']);
      expect(roundTripProblems(parseCsv(csv, ','), b.sheets[0]!, '.')).toEqual([]);
    });

    it('xlsx (-o): every id is text, no cell anywhere is a formula, in the file or in Calc', async () => {
      const b = book('evil workbook');
      expect(await fileFormulas(calc.path('evil.xlsx')), 'formula cells in the file').toEqual([]);
      expectInert(b, 'xlsx');
    });
  });

  describe.each(IMPORTS)('every CSV, $label', (imp) => {
    describe.each(EXPORTS)('$name', (e) => {
      it('every cell reads back as the CSV wrote it: numbers as numbers, ISO dates as dates, text unchanged', () => {
        const b = book(csvKey(e, imp));
        expect(roundTripProblems(records(e, imp), b.sheets[0]!, imp.decimalMark)).toEqual([]);
        expect(
          allCells(b).some(({ cell }) => cell.type === 'date'),
          'a date cell',
        ).toBe(true);
      });

      it('money and count columns hold numbers', () => {
        const sheet = book(csvKey(e, imp)).sheets[0]!;
        for (const column of e.numeric) {
          const c = header(e, imp).indexOf(column);
          expect(c, `column ${column}`).toBeGreaterThanOrEqual(0);
          const cells = sheet.rows.slice(1).map((row) => row[c]);
          const notNumbers = cells.filter((cell) => cell && cell.type !== 'empty' && !isNumeric(cell));
          expect(notNumbers, `column ${column}`).toEqual([]);
          expect(
            cells.some((cell) => cell && isNumeric(cell)),
            `column ${column} has a number`,
          ).toBe(true);
        }
      });

      it(`SUM(${e.sum.column}) in Calc equals the CLI's exact total to the cent`, async () => {
        const exact = exactSum(e.sum.values(await json(e.argv)));
        expectSameTotal(sum(csvKey(e, imp)), exact, `${e.name} ${e.sum.column}`);
      });
    });

    it('no text anywhere is mojibake, and the "365 x 24" assumption reads back as written', () => {
      for (const e of EXPORTS) {
        const bad = allCells(book(csvKey(e, imp))).filter(({ cell }) => MOJIBAKE.test(cell.text));
        expect(
          bad.map(({ row, col, cell }) => `R${row + 1}C${col + 1} ${cell.text.slice(0, 80)}`),
          e.name,
        ).toEqual([]);
      }
      const breakeven = EXPORTS.find((e) => e.name === 'breakeven')!;
      const recs = records(breakeven, imp);
      const r = recs.findIndex((rec) => rec.some((f) => /365 [x×] 24/.test(f)));
      expect(r, 'a breakeven cell that says 365 x 24').toBeGreaterThan(0);
      const c = recs[r]!.findIndex((f) => /365 [x×] 24/.test(f));
      expect(book(csvKey(breakeven, imp)).sheets[0]!.rows[r]![c]).toMatchObject({ type: 'string', text: recs[r]![c] });
    });
  });

  describe('the workbook: estimate --format xlsx -o', () => {
    const rows = async () => (await json(ESTIMATE_ARGV)).rows!;

    it('has a sheet of estimate rows whose header row names provider, model and training cost', async () => {
      const sheet = estimateSheet(book('estimate workbook'));
      expect(headerColumn(sheet, /^provider/i)).toBeGreaterThanOrEqual(0);
      expect(headerColumn(sheet, /^model/i)).toBeGreaterThanOrEqual(0);
      expect(sheet.rows[0]!.every((c) => c.type === 'string' || c.type === 'empty')).toBe(true);
      expect(sheet.rows.length - 1, 'one row per estimate row').toBe((await rows()).length);
    });

    it('money and count cells are numbers: each row its exact training cost', async () => {
      const sheet = estimateSheet(book('estimate workbook'));
      const cost = headerColumn(sheet, TRAINING_COST);
      (await rows()).forEach((r, i) => {
        const cell = sheet.rows[i + 1]?.[cost];
        if (r.trainingCost === null) expect(cell?.type ?? 'empty', `row ${i + 2}`).toBe('empty');
        else {
          expect(cell && isNumeric(cell), `row ${i + 2}: ${JSON.stringify(cell)}`).toBe(true);
          expect(d(cell!.value).minus(r.trainingCost).abs().lte('1e-12'), `row ${i + 2}`).toBe(true);
        }
      });
      const tokens = headerColumn(sheet, /^training[ _]tokens/i);
      expect(tokens, 'a training tokens column').toBeGreaterThanOrEqual(0);
      for (const row of sheet.rows.slice(1)) expect(row[tokens]?.type).toBe('float');
    });

    it('dates are date cells: no sheet holds an ISO date as text', () => {
      const b = book('estimate workbook');
      const isoText = allCells(b).filter(
        ({ cell }) => cell.type === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(cell.text),
      );
      expect(isoText.map(({ sheet, row, col, cell }) => `${sheet.name} R${row + 1}C${col + 1} ${cell.text}`)).toEqual(
        [],
      );
      const sheet = estimateSheet(b);
      expect(allCells(b).some(({ sheet: s, cell }) => s === sheet && cell.type === 'date')).toBe(true);
    });

    it('no cell is a formula, in the file or in Calc, and no text is mojibake', async () => {
      const b = book('estimate workbook');
      expect(formulas(b, 'xlsx')).toEqual([]);
      expect(await fileFormulas(calc.path('estimate.xlsx'))).toEqual([]);
      expect(allCells(b).filter(({ cell }) => MOJIBAKE.test(cell.text))).toEqual([]);
    });

    it("SUM(training cost) in Calc equals the CLI's exact total to the cent", async () => {
      const exact = exactSum((await rows()).map((r) => r.trainingCost));
      expectSameTotal(sum('estimate workbook'), exact, 'workbook training cost');
    });
  });
});
