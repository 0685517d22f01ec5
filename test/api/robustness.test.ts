/**
 * Nothing silently wrong (issue 24): inputs the library used to read as something else — a decimal
 * comma dropped, a JS number rounded, a string taken for a boolean, a negative cap, an option ignored —
 * are refused with a UserError, or read exactly as written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakEvenFromCatalog } from '../../src/api/breakEven.js';
import { budget } from '../../src/api/budget.js';
import { estimate } from '../../src/api/estimate.js';
import { countDataset } from '../../src/dataset/count.js';
import { countedDataset } from '../../src/dataset/report.js';
import { d } from '../../src/decimal.js';
import { UserError } from '../../src/errors.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const catalog = fixtureCatalog();
const TODAY = '2026-11-23';
const toy = readFileSync(new URL('../fixtures/toy_chat_fine_tuning.jsonl', import.meta.url));

/** The UserError `fn` throws (failing the test when it throws nothing or something else). */
function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
  expect.fail('expected a UserError, got a result');
}

describe('1. a comma in an amount is refused, never dropped', () => {
  it('budget({ maxCost: "1,50" }) names the decimal-point spelling', () => {
    const err = refusal(() => budget({ maxCost: '1,50', epochs: 3, catalog, today: TODAY }));
    expect(err.code).toBe('invalid-number');
    expect(err.message).toBe(
      'maxCost must be written with a decimal point, got "1,50": write "1.50" for a decimal; ' +
        'a comma is not read as a decimal separator',
    );
  });

  it('estimate({ trainingHours: "7,5" }) and breakEvenFromCatalog({ dataPrepCost: "760,41" }) too', () => {
    const hours = refusal(() => estimate({ examples: 500, trainingHours: '7,5', catalog, today: TODAY }));
    expect(hours.message).toMatch(/^trainingHours must be written with a decimal point, got "7,5": write "7\.5"/);
    const prep = refusal(() =>
      breakEvenFromCatalog({
        baseModel: 'ol-large',
        ftModel: 'ol-mini',
        baseInputTokens: 2000,
        inputTokens: 200,
        outputTokens: 150,
        examples: 400,
        dataPrepCost: '760,41',
        catalog,
        today: TODAY,
        asOf: TODAY,
      }),
    );
    expect(prep.message).toMatch(/^dataPrepCost must be written with a decimal point, got "760,41": write "760\.41"/);
  });
});

describe('9. JS numbers are read as written, never rounded', () => {
  it('budget({ maxCost: 2.5 }) solves for $2.50, as budget({ maxCost: "2.50" })', () => {
    const asNumber = budget({ maxCost: 2.5 as unknown as string, epochs: 3, catalog, today: TODAY });
    const asText = budget({ maxCost: '2.50', epochs: 3, catalog, today: TODAY });
    expect(asNumber.maxCost).toBe('2.5');
    expect(asNumber.rows).toEqual(asText.rows);
  });

  it('trainingHours: 7.5 bills 7.5 hours, as "7.5" and d("7.5")', () => {
    const rows = (trainingHours: unknown) =>
      estimate({
        examples: 500,
        epochs: 3,
        trainingHours: trainingHours as string,
        catalog,
        today: TODAY,
      }).rows;
    expect(rows(7.5)).toEqual(rows('7.5'));
    expect(rows(d('7.5'))).toEqual(rows('7.5'));
    expect(refusal(() => rows(Number.NaN)).code).toBe('invalid-number');
  });
});

describe('11. booleans are true or false, nothing else', () => {
  it("includeEnding: 'false' is refused (it meant true), as includeUnavailable: 1", () => {
    const ending = refusal(() =>
      breakEvenFromCatalog({
        baseModel: 'ol-large',
        ftModel: 'ol-mini',
        baseInputTokens: 2000,
        inputTokens: 200,
        outputTokens: 150,
        examples: 400,
        includeEnding: 'false' as unknown as boolean,
        catalog,
        today: TODAY,
        asOf: TODAY,
      }),
    );
    expect(ending.message).toBe('includeEnding must be true or false, got "false"');
    const unavailable = refusal(() =>
      estimate({ examples: 500, includeUnavailable: 1 as unknown as boolean, catalog, today: TODAY }),
    );
    expect(unavailable.message).toBe('includeUnavailable must be true or false, got 1');
    expect(
      refusal(() => budget({ maxCost: '10', epochs: 3, includeUnavailable: 'yes' as unknown as boolean, catalog }))
        .code,
    ).toBe('invalid-input');
  });
});

describe('12. a negative per-example cap is refused', () => {
  it('countedDataset(…, { maxTokensPerExample: -1 }) and countDataset(…) throw, not price "-0.000018"', async () => {
    const report = await countDataset(toy, { encodings: ['cl100k_base'] });
    for (const cap of [-1, 0, 1.5]) {
      const err = refusal(() => countedDataset(report, undefined, { maxTokensPerExample: cap }));
      expect(err.message).toBe(`maxTokensPerExample must be a whole number of at least 1, got ${cap}`);
    }
    await expect(
      countDataset(toy, { encodings: ['cl100k_base'], overrides: { maxTokensPerExample: -1 } }),
    ).rejects.toBeInstanceOf(UserError);
  });
});

describe('13. estimate() refuses examples with a dataset, as the CLI and budget() do', () => {
  it('estimate({ dataset, examples: 500 })', async () => {
    const dataset = countedDataset(await countDataset(toy, { encodings: ['cl100k_base'] }));
    const err = refusal(() => estimate({ dataset, examples: 500, catalog, today: TODAY }));
    expect(err.code).toBe('conflicting-options');
    expect(err.message).toBe('give either examples or dataset, not both (the dataset counts its own)');
  });
});
