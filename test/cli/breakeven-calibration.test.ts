/**
 * `breakeven --train-tokens-per-second / --serve-tokens-per-second`: a measured throughput replaces
 * the catalog's exactly (GPU-hours = tokens ÷ (yours × 3,600)), labelled "yours". Fixture catalog.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../src/catalog/load.js';
import { toCatalog } from '../../src/catalog/model.js';
import { breakEvenFromCatalog } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const ARGS = [
  'breakeven',
  ...['--base-model', 'llama-70b', '--base-input-tokens', '1500', '--ft-model', 'llama-8b'],
  ...['--input-tokens', '200', '--output-tokens', '300', '--queries-per-day', '20000'],
  ...['--examples', '2000', '--tokens-per-example', '600'],
  ...['--catalog', 'test/fixtures/catalogs/golden', '--as-of', '2026-11-23', '--format', 'json'],
];

interface Option {
  id: string;
  kind: string;
  prices: { oneTimeExact: string; capacityPerDay: string };
  notes: string[];
}

async function selfHosted(extra: string[]): Promise<Option[]> {
  const { code, stdout, stderr } = await runCli([...ARGS, ...extra]);
  expect(code, stderr).toBe(0);
  return (JSON.parse(stdout).options as Option[]).filter((o) => o.kind === 'self-hosted');
}

describe('breakeven with your throughput', () => {
  it('the catalog figure: 1,200,000 tokens ÷ (6,000 × 3,600) = 1/18 GPU-hour × 2.49 = 83/600', async () => {
    const [o] = await selfHosted([]);
    expect(o!.prices.oneTimeExact).toBe('83/600');
  });

  it('--train-tokens-per-second 1000: 1,200,000 ÷ (1,000 × 3,600) = 1/3 GPU-hour, on the cheapest', async () => {
    const options = await selfHosted(['--train-tokens-per-second', '1000']);
    // Every GPU now trains at 1,000 tokens/s, so the cheapest GPU-hour wins: RentaGPU's 8x A100 at
    // 11.92 / 8 = 1.49 per GPU-hour. 1/3 × 1.49 = 149/300.
    expect(options.map((o) => o.prices.oneTimeExact)).toEqual(options.map(() => '149/300'));
    expect(options[0]!.notes[0]).toMatch(
      /^training \(bf16, yours\): 1200000 tokens .* ÷ 1000 tokens\/s per GPU .* = 0\.3333 GPU-hours × 1\.49\/GPU-hour/,
    );
  });

  it('--serve-tokens-per-second 2500: 2,500 × 3,600 × 24 ÷ 500 tokens a query = 432,000 a GPU a day', async () => {
    const options = await selfHosted(['--serve-tokens-per-second', '2500']);
    // A replica is the rented unit: RentaGPU's 1x H100 serves 432,000, its 8x A100 8 × 432,000.
    const capacity = Object.fromEntries(options.map((o) => [o.id, o.prices.capacityPerDay]));
    expect(capacity).toEqual({ 'self-hosted/h100-sxm': '432000', 'self-hosted/a100-80gb': '3456000' });
    expect(options[0]!.notes.find((n) => n.startsWith('serves'))).toMatch(/\(bf16, yours\).* 2500 tokens\/s per GPU/);
  });

  it('a throughput that is not a positive number is one line, exit 2', async () => {
    const { code, stderr } = await runCli([...ARGS, '--train-tokens-per-second', '0']);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual(['ftcost: --train-tokens-per-second must be more than 0, got 0']);
  });

  it('the library takes the same figures: trainTokensPerSecond 1000 → 1/3 GPU-hour × 1.49 = 149/300', () => {
    const res = breakEvenFromCatalog({
      baseModel: 'llama-70b',
      baseInputTokens: 1500,
      ftModel: 'llama-8b',
      inputTokens: 200,
      outputTokens: 300,
      queriesPerDay: 20000,
      examples: 2000,
      tokensPerExample: 600,
      trainTokensPerSecond: 1000,
      serveTokensPerSecond: '2500',
      asOf: '2026-11-23',
      today: '2026-11-23',
      catalog: toCatalog(loadCatalogDir('test/fixtures/catalogs/golden')),
    });
    const selfHosted = res.options.filter((o) => o.kind === 'self-hosted');
    expect(selfHosted.map((o) => o.prices.oneTimeExact)).toEqual(selfHosted.map(() => '149/300'));
    // 2,500 × 3,600 × 24 ÷ 500 tokens a query = 432,000 a GPU a day, as the CLI's.
    expect(selfHosted.find((o) => o.id === 'self-hosted/h100-sxm')!.prices.capacityPerDay).toBe('432000');
    expect(() =>
      breakEvenFromCatalog({
        baseModel: 'llama-70b',
        baseInputTokens: 1500,
        ftModel: 'llama-8b',
        inputTokens: 200,
        outputTokens: 300,
        examples: 2000,
        trainTokensPerSecond: '0',
        catalog: toCatalog(loadCatalogDir('test/fixtures/catalogs/golden')),
      }),
    ).toThrow('trainTokensPerSecond must be more than 0 tokens per second, got "0"');
  });
});
