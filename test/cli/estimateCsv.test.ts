/**
 * `estimate --format csv` stands alone in a spreadsheet: loaded by a strict CSV parser that types
 * numbers, every row carries its dataset, dates and catalog, and reconciles on its own:
 * training_cost = the sum of its charge columns, and the tokens charge = training tokens × rate.
 * Fixture catalog (test/fixtures/catalogs/golden); figures hand-computed in the comments.
 */
import { describe, expect, it } from 'vitest';
import { d, type Decimal } from '../../src/decimal.js';
import { runCli } from '../helpers/cli.js';

type Cell = string | number | boolean | null;

/**
 * RFC 4180, strictly: quoted cells may hold commas, quotes ("") and newlines; a ragged row is an error. Numbers,
 * booleans and empty cells are typed.
 */
function parseCsv(text: string): Record<string, Cell>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`stray quote in row ${records.length + 1}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length) throw new Error('the last line has no newline');
  const [header, ...rest] = records;
  return rest.map((r, n) => {
    if (r.length !== header!.length)
      throw new Error(`row ${n + 2} has ${r.length} cells, the header ${header!.length}`);
    return Object.fromEntries(header!.map((h, k) => [h, typed(r[k]!)]));
  });
}

function typed(raw: string): Cell {
  if (raw === '') return null;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
}

const PRICED = ['--catalog', 'test/fixtures/catalogs/golden', '--as-of', '2026-11-20'];

async function csv(args: string[]) {
  const { code, stdout, stderr } = await runCli(['estimate', ...args, ...PRICED, '--format', 'csv']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return { text: stdout, rows: parseCsv(stdout) };
}

const dec = (c: Cell | undefined): Decimal => d(c === null || c === undefined ? '0' : String(c));

describe('estimate --format csv stands alone', () => {
  it(
    'every row carries the dataset, both dates, the catalog version ' + 'and whether tokens per example was assumed',
    async () => {
      const assumed = await csv(['--examples', '500']);
      for (const r of assumed.rows) {
        expect(r.examples).toBe(500);
        // The fixture catalog's default tokens per example (meta.defaultTokensPerExample).
        expect(typeof r.tokens_per_example).toBe('number');
        expect(r.tokens_per_example_assumed).toBe(true);
        expect(r.prices_as_of).toBe('2026-11-20');
        expect(r.run_date).toBe('2026-11-23');
        expect(r.catalog_version).toBe('2026.10.01');
        expect(typeof r.price_age_days).toBe('number');
      }
      const given = await csv(['--examples', '500', '--tokens-per-example', '400']);
      expect(given.rows.every((r) => r.tokens_per_example === 400 && r.tokens_per_example_assumed === false)).toBe(
        true,
      );
    },
  );

  it('reconciles row by row: cost = tokens × rate, plus a stated minimum-charge top-up', async () => {
    const { rows } = await csv(['--examples', '500', '--tokens-per-example', '400']);
    const priced = rows.filter((r) => r.training_cost !== null);
    expect(priced.length).toBeGreaterThan(0);
    for (const r of priced) {
      const parts = [
        r.training_tokens_charge,
        r.validation_tokens_charge,
        r.training_hours_charge,
        r.minimum_charge_top_up,
        r.job_cap_adjustment,
      ].reduce<Decimal>((sum, c) => sum.plus(dec(c)), d('0'));
      expect(parts.toString(), `${r.provider}/${r.model}/${r.method}`).toBe(dec(r.training_cost).toString());
      if (r.training_per_1m !== null)
        expect(dec(r.training_tokens).div(1_000_000).times(dec(r.training_per_1m)).toString()).toBe(
          dec(r.training_tokens_charge).toString(),
        );
    }
    // acme/llama-70b-instruct full fine-tune: 500 × 400 × 1 epoch = 200,000 tokens × $2.90/1M = 0.58,
    // below the $12 minimum: a top-up of 12 − 0.58 = 11.42, so training_cost is 12, and the notes say why.
    const topped = rows.find((r) => r.model === 'acme/llama-70b-instruct' && r.minimum_charge_top_up !== null)!;
    expect([topped.training_tokens, topped.training_per_1m, topped.training_tokens_charge]).toEqual([
      200000, 2.9, 0.58,
    ]);
    expect([topped.minimum_charge_top_up, topped.training_cost]).toEqual([11.42, 12]);
    expect(topped.notes).toContain('minimum charge');
  });

  it('a row with no price says why, and running costs per month are columns', async () => {
    const { rows } = await csv(['--examples', '500', '--tokens-per-example', '400', '--include-unavailable']);
    for (const r of rows.filter((x) => x.training_cost === null)) expect(r.missing_price_reason).toMatch(/\w/);
    // nimbus-openai's hosting: the fixture's hourly rate × 730 h is the monthly figure.
    const hosted = rows.find((r) => r.ft_hosting_per_hour !== null)!;
    expect(dec(hosted.ft_hosting_per_hour).times(730).toString()).toBe(dec(hosted.ft_hosting_per_month).toString());
  });
});
