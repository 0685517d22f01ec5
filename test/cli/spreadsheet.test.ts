/**
 * Spreadsheet exports from the CLI (issue 28): `--csv-locale`, `--output`, `--format xlsx`, the
 * budget CSV standing alone, no local paths, and the formula-injection reproducer inert in both the
 * CSV and the workbook. The workbook is read back with exceljs (the library that wrote it); the
 * LibreOffice Calc round trip lives with the heavy tests (test/spreadsheet/).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FIXTURE = ['--catalog', 'test/fixtures/catalogs/golden', '--as-of', '2026-11-23'];
const EVIL = ['--prices', 'test/fixtures/spreadsheet/evil.yaml', '-p', 'acme'];

function rowsOf(csv: string, separator = ','): Record<string, string>[] {
  // Enough of a CSV reader for these outputs: no quoted separators in the columns read here.
  const [header, ...lines] = csv.trimEnd().split('\n');
  const names = header!.split(separator);
  return lines.map((l) => Object.fromEntries(l.split(separator).map((c, i) => [names[i], c])));
}

async function workbook(args: string[]): Promise<ExcelJS.Workbook> {
  const dir = mkdtempSync(join(tmpdir(), 'ftcost-xlsx-'));
  const file = join(dir, 'out.xlsx');
  const res = await runCli([...args, '--format', 'xlsx', '--output', file]);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  expect(res.stdout).toBe('');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function column(ws: ExcelJS.Worksheet, header: string): ExcelJS.Cell[] {
  let index = 0;
  ws.getRow(1).eachCell((c, i) => {
    if (String(c.value).split(' (')[0] === header) index = i;
  });
  if (!index) throw new Error(`no column ${header} in ${ws.name}`);
  const cells: ExcelJS.Cell[] = [];
  for (let r = 2; r <= ws.rowCount; r++) cells.push(ws.getRow(r).getCell(index));
  return cells;
}

describe('--csv-locale', () => {
  it('de-DE: ";" between fields, decimal commas in numbers, the same cells otherwise', async () => {
    const point = await runCli(['estimate', '-n', '500', '-t', '400', ...FIXTURE, '--format', 'csv']);
    const comma = await runCli([
      ...['estimate', '-n', '500', '-t', '400', ...FIXTURE, '--format', 'csv', '--csv-locale', 'de-DE'],
    ]);
    expect(comma.code).toBe(0);
    const a = rowsOf(point.stdout).map((r) => r.training_cost ?? '');
    const b = rowsOf(comma.stdout, ';').map((r) => r.training_cost ?? '');
    expect(b).toEqual(a.map((v) => v.replace('.', ',')));
    expect(b.some((v) => v.includes(','))).toBe(true);
  });

  it('en-US gives the default CSV byte for byte', async () => {
    const args = ['budget', '--max-cost', '5', '-n', '500', '-t', '400', ...FIXTURE, '--format', 'csv'];
    expect((await runCli([...args, '--csv-locale', 'en-US'])).stdout).toBe((await runCli(args)).stdout);
  });

  it.each([
    [
      ['--csv-locale', 'de-DE'],
      'ftcost: --csv-locale shapes CSV only; add --format csv (the format is json)\n',
      'json',
    ],
    [
      ['--csv-locale', 'no_such!'],
      'ftcost: --csv-locale: "no_such!" is not a locale tag (examples: en-US, de-DE, fr-FR)\n',
      'csv',
    ],
  ])('%j is one clear line, exit 2', async (flags, message, format) => {
    const res = await runCli(['estimate', '-n', '500', ...FIXTURE, '--format', format, ...flags]);
    expect([res.code, res.stderr, res.stdout]).toEqual([2, message, '']);
  });
});

describe('--format xlsx', () => {
  it('refuses to write a workbook to a terminal, and says how', async () => {
    const res = await runCli(['estimate', '-n', '500', ...FIXTURE, '--format', 'xlsx'], { isTTY: true });
    expect([res.code, res.stderr]).toEqual([
      2,
      'ftcost: --format xlsx writes a workbook, not text for a terminal: add --output FILE.xlsx\n',
    ]);
  });

  it('estimate: money and counts are numbers with formats, dates are dates, header frozen and filterable', async () => {
    const wb = await workbook(['estimate', '-n', '500', '-t', '400', ...FIXTURE]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Estimate', 'Assumptions & sources', 'Read me']);
    const ws = wb.getWorksheet('Estimate')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const costs = column(ws, 'training_cost').filter((c) => c.value !== null);
    expect(costs.length).toBeGreaterThan(0);
    for (const c of costs) {
      expect(typeof c.value).toBe('number');
      expect(c.numFmt).toBe('"$"#,##0.00');
    }
    for (const c of column(ws, 'training_tokens')) expect([typeof c.value, c.numFmt]).toEqual(['number', '#,##0']);
    for (const c of column(ws, 'as_of')) expect(c.value).toBeInstanceOf(Date);
    // The CSV's figures, cell for cell.
    const csv = await runCli(['estimate', '-n', '500', '-t', '400', ...FIXTURE, '--format', 'csv']);
    expect(column(ws, 'training_cost').map((c) => (c.value === null ? '' : String(c.value)))).toEqual(
      rowsOf(csv.stdout).map((r) => r.training_cost),
    );
    const readMe = wb.getWorksheet('Read me')!;
    const items = Object.fromEntries(
      readMe
        .getSheetValues()
        .slice(2)
        .map((r) => [(r as string[])[1], (r as string[])[2]]),
    );
    expect(items['Catalog version']).toBe('2026.10.01');
    expect(items['Prices as of']).toEqual(new Date(Date.UTC(2026, 10, 23)));
    expect(items.Command).toMatch(/^ftcost estimate -n 500 -t 400 --catalog .* --format xlsx --output /);
  });

  it('the injection reproducer stays text: no cell anywhere is a formula', async () => {
    const wb = await workbook(['estimate', '-n', '500', ...EVIL]);
    const models = column(wb.getWorksheet('Estimate')!, 'model').map((c) => c.value);
    expect(models).toContain('=1+1');
    expect(models).toContain('=HYPERLINK("http://example.com","x")');
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      );
  });

  it('breakeven: one sheet each for options, break-evens and regimes', async () => {
    const wb = await workbook([
      ...['breakeven', '--base-model', 'ol-large', '--base-input-tokens', '2000', '--ft-model', 'ol-mini'],
      ...[
        '--input-tokens',
        '200',
        '--output-tokens',
        '150',
        '--examples',
        '400',
        '--queries-per-day',
        '500',
        ...FIXTURE,
      ],
    ]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Options',
      'Break-evens',
      'Regimes',
      'Assumptions & sources',
      'Read me',
    ]);
    for (const c of column(wb.getWorksheet('Options')!, 'total_per_month')) expect(typeof c.value).toBe('number');
  });
});

describe('CSV that stands alone and is safe', () => {
  it('the injection reproducer: every formula-like model id is a defused text cell', async () => {
    const res = await runCli(['estimate', '-n', '500', ...EVIL, '--format', 'csv']);
    expect(res.code).toBe(0);
    for (const id of ['=1+1', '+1+1', '-1+1', '@SUM(1,1)', '\t=1+2'])
      expect(res.stdout).toContain(`"'${id.replace(/"/g, '""')}"`);
    expect(res.stdout).toContain('"\'=HYPERLINK(""http://example.com"",""x"")"');
  });

  it('the budget CSV carries its dataset, dates, notes and assumptions', async () => {
    const res = await runCli(['budget', '--max-cost', '5', '-n', '500', ...FIXTURE, '--format', 'csv']);
    const [row] = rowsOf(res.stdout);
    expect(row).toMatchObject({
      tokens_per_example: '500',
      tokens_per_example_assumed: 'true',
      prices_as_of: '2026-11-23',
      run_date: '2026-11-23',
    });
    expect(res.stdout.split('\n')[1]).toContain('500 tokens per example assumed');
  });

  it('every CSV names its dates alike: prices_as_of and run_date', async () => {
    const heads = await Promise.all(
      [
        ['estimate', '-n', '500', ...FIXTURE],
        ['budget', '--max-cost', '5', '-n', '500', ...FIXTURE],
        ['catalog', 'list', ...FIXTURE],
        ['catalog', 'list', '--trainable', ...FIXTURE],
        [
          ...['breakeven', '--base-model', 'ol-large', '--base-input-tokens', '2000', '--ft-model', 'ol-mini'],
          ...['--input-tokens', '200', '--output-tokens', '150', '--examples', '400', ...FIXTURE],
        ],
      ].map(async (a) => (await runCli([...a, '--format', 'csv'])).stdout.split('\n')[0]!.split(',')),
    );
    for (const h of heads) {
      expect(h).toContain('prices_as_of');
      expect(h).toContain('run_date');
      expect(h).not.toContain('today');
    }
  });

  it('a counted file is named without its folders, with whether each count is exact', async () => {
    const file = join(process.cwd(), 'test/fixtures/toy_chat_fine_tuning.jsonl');
    const res = await runCli(['estimate', '--file', file, ...FIXTURE, '--format', 'csv']);
    const rows = rowsOf(res.stdout);
    expect(new Set(rows.map((r) => r.dataset_file))).toEqual(new Set(['toy_chat_fine_tuning.jsonl']));
    expect(rows.every((r) => r.tokens_exact === 'true' || r.tokens_exact === 'false')).toBe(true);
    expect(res.stdout).not.toContain(process.cwd());
  });

  it('an override file is named without its folders in catalog list', async () => {
    const res = await runCli(['catalog', 'list', ...EVIL, '--format', 'csv']);
    expect(res.stdout).toContain(',evil.yaml,');
    expect(res.stdout).not.toContain('test/fixtures/spreadsheet');
  });
});

describe('--output', () => {
  it('writes any format to the file and nothing to stdout; an unwritable path is one line, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-out-'));
    const args = ['estimate', '-n', '500', ...FIXTURE, '--format', 'json'];
    const res = await runCli([...args, '--output', join(dir, 'e.json')]);
    expect([res.code, res.stdout]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'e.json'), 'utf8')).toBe((await runCli(args)).stdout);
    const bad = await runCli([...args, '--output', join(dir, 'no', 'such', 'e.json')]);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toMatch(/^ftcost: cannot write --output .*e\.json: ENOENT\n$/);
  });
});
