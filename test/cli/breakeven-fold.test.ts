/**
 * A long list of break-evens or regimes in text and markdown: the first 30 and the last 5, and one line counting the
 * rest between them; JSON and CSV list every one. Before, two options of nearly the same cost per query (1.00/h for
 * 2,999 queries a day against 0.99/h for 2,969) printed 166,291 break-evens: an 18.7 MB table.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SCENARIO = ['breakeven', '--scenario', 'test/fixtures/scenarios/swapping-replicas.yaml'];

describe('breakeven folds a long list in text and markdown, never in JSON or CSV', () => {
  it('the table: 30 + 5 of 79 break-evens and 30 + 5 of 80 regimes, the rest counted', async () => {
    const { code, stdout } = await runCli(SCENARIO);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ +… +44 more break-evens +json, csv: all *$/m);
    expect(stdout).toMatch(/^ {2}… 45 more regimes \(--format json or csv lists every one\)$/m);
    const rows = stdout.split('\n').filter((l) => / a \/ b /.test(l));
    expect(rows).toHaveLength(35);
    // The chart's legend names ten volumes and counts the rest.
    expect(stdout).toMatch(/X\/\^ break-even \((?:[\d,]+, ){10}… 69 more\/day\)/);
  });

  it('markdown folds the same way', async () => {
    const { stdout } = await runCli([...SCENARIO, '--format', 'md']);
    expect(stdout).toContain('44 more break-evens');
    expect(stdout).toContain('45 more regimes');
  });

  it('JSON and CSV list every break-even and regime', async () => {
    const json = JSON.parse((await runCli([...SCENARIO, '--format', 'json'])).stdout);
    expect([json.breakEvens.length, json.regimes.length]).toEqual([79, 80]);
    const csv = (await runCli([...SCENARIO, '--format', 'csv'])).stdout.split('\n');
    expect(csv.filter((l) => l.startsWith('breakeven,')).length).toBe(79);
  });
});
