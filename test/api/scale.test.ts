/**
 * Issue 24, crash 1: a scenario with 80 stepped options (every GPU × provider × count) printed "internal error:
 * Maximum call stack size exceeded" after 61 s, and `--format csv` ran past 300 s at 1.1 GB. Break-even work is now
 * bounded as a whole (the pairs share one budget of replica steps; the alternating pairs are unrolled only as far
 * as a budget of order changes reaches), so 80 options finish in seconds, and more than 200 are refused up front.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakEven } from '../../src/api/breakEven.js';
import { UserError } from '../../src/errors.js';
import { manyOptions } from '../fixtures/many-options.mjs';
import { runCli } from '../helpers/cli.js';

const TODAY = '2026-11-23';

/** The options as a scenario file (flow mappings, one option a line). */
function scenarioFile(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ftcost-scale-'));
  const path = join(dir, `options-${n}.yaml`);
  const lines = manyOptions(n).map(
    (o) =>
      `  - { ${Object.entries(o)
        .map(([k, v]) => `${k}: "${v}"`)
        .join(', ')} }`,
  );
  writeFileSync(path, ['queriesPerDay: 5000', 'horizonMonths: 12', 'options:', ...lines, ''].join('\n'));
  return path;
}

describe('crash 1: N stepped options', () => {
  it("the generator makes the issue's shape: 80 options, 78 of them stepped", () => {
    const options = manyOptions(80);
    expect(options).toHaveLength(80);
    expect(options.filter((o) => o.capacityPerDay !== undefined)).toHaveLength(78);
    expect(new Set(options.map((o) => o.id)).size).toBe(80);
  });

  it('80 options: the library answers in under 10 s (before: stack overflow after 61 s)', () => {
    const started = performance.now();
    const result = breakEven({ options: manyOptions(80), queriesPerDay: 5000, today: TODAY });
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(10);
    expect(result.options).toHaveLength(80);
    // At 5,000 a day the per-token fine-tune ($0.00024 a query + $180 over 12 months) is cheapest:
    // 5,000 × 0.00024 × 730/24 + 180/12 = $36.50 + $15 = $51.50 a month.
    expect(result.cheapestAtVolume).toBe('ft-per-token');
    expect(result.options.find((o) => o.id === 'ft-per-token')!.atVolume!.totalPerMonth).toBe('51.5');
  }, 30_000);

  it('80 options from a scenario file, as a table and as CSV: exit 0 in under 10 s each', async () => {
    const path = scenarioFile(80);
    for (const format of ['table', 'csv']) {
      const started = performance.now();
      const r = await runCli(['breakeven', '--scenario', path, '--format', format], { today: TODAY });
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      expect((performance.now() - started) / 1000).toBeLessThan(10);
    }
  }, 60_000);

  it('300 options are refused up front with the limit, in one line (exit 2 from the CLI)', async () => {
    let error: unknown;
    const started = performance.now();
    try {
      breakEven({ options: manyOptions(300), queriesPerDay: 5000, today: TODAY });
    } catch (err) {
      error = err;
    }
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      'a break-even compares at most 200 options (every pair of them), got 300; ' +
        'compare fewer (say, the cheapest few per GPU)',
    );
    const r = await runCli(['breakeven', '--scenario', scenarioFile(300)], { today: TODAY });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`ftcost: ${(error as UserError).message}\n`);
  });

  it('horizonMonths has a documented bound (100 years), and a tiny retraining cycle does not loop per cycle', () => {
    const options = manyOptions(3);
    expect(() => breakEven({ options, queriesPerDay: 10, horizonMonths: '1201', today: TODAY })).toThrow(
      'horizonMonths must be at most 1200 (100 years), got 1201',
    );
    const started = performance.now();
    breakEven({ options, queriesPerDay: 10, horizonMonths: '1200', retrainEveryMonths: '0.001', today: TODAY });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
