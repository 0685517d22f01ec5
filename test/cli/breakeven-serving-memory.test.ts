/**
 * `breakeven --context N --concurrency C`: self-hosted serving replicas take at least the GPUs the
 * memory model says weights + KV cache need (docs/memory.md "Serving"), replicas by throughput as
 * before, and each option's note says which bound. Fixture catalog (self-hosted), worked by hand:
 *
 * Llama 3.1 8B in BF16: 8,030,261,248 parameters × 2 B = 16,060,522,496 B of weights; its KV cache is
 * 2 × 32 layers × 8 KV heads × 128 × 2 B = 131,072 B a token, so 8,192 tokens × 64 sequences =
 * 524,288 tokens hold 64 GiB. Sharded: 78.9575… GiB. One GPU needs that + 1 GiB of overhead = 79.96 GiB,
 * over the 72 GiB (90 %) an H100 80GB may fill; on 2 GPUs 10,611,265/262,144 = 40.4787… GiB each fits.
 * On an L4 24GB (21.6 GiB usable), 2 GPUs need 40.48, 4 need 10,873,409/524,288 = 20.7394… GiB: 4.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogDir } from '../../src/catalog/load.js';
import { toCatalog } from '../../src/catalog/model.js';
import { breakEvenFromCatalog } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const ARGS = [
  'breakeven',
  ...['--base-model', 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference', '--base-input-tokens', '1500'],
  ...['--ft-model', 'meta-llama/Llama-3.1-8B-Instruct', '--input-tokens', '200', '--output-tokens', '300'],
  ...['--queries-per-day', '20000', '--examples', '2000', '--tokens-per-example', '600'],
  ...['--catalog', 'test/fixtures/catalogs/self-hosted', '--as-of', '2026-11-23', '--format', 'json'],
];

interface Option {
  id: string;
  kind: string;
  prices: { hourly: string; capacityPerDay: string };
  notes: string[];
}

async function selfHosted(extra: string[]): Promise<Record<string, Option>> {
  const { code, stdout, stderr } = await runCli([...ARGS, ...extra], { today: '2026-11-23' });
  expect(code, stderr).toBe(0);
  const options = (JSON.parse(stdout).options as Option[]).filter((o) => o.kind === 'self-hosted');
  return Object.fromEntries(options.map((o) => [o.id, o]));
}

const serves = (o: Option) => o.notes.find((n) => n.startsWith('serves'))!;

describe('breakeven: self-hosted replicas sized by memory as well as by throughput', () => {
  it('without --context: one GPU a replica on the 1x H100 (3,000 tokens/s × 86,400 s ÷ 500 = 518,400)', async () => {
    const o = await selfHosted([]);
    expect([
      o['self-hosted/rentagpu/h100-sxm/1x']!.prices.hourly,
      o['self-hosted/rentagpu/h100-sxm/1x']!.prices.capacityPerDay,
    ]).toEqual(['2.49', '518400']);
  });

  it('--context 8192 --concurrency 64: the 1x H100 replica takes 2 GPUs (memory), the 8x node as it was', async () => {
    const o = await selfHosted(['--context', '8192', '--concurrency', '64']);
    const one = o['self-hosted/rentagpu/h100-sxm/1x']!;
    // Two 1-GPU units: 2 × $2.49 = $4.98 an hour; 3,000 tokens/s × 2 GPUs × 86,400 s ÷ 500 tokens = 1,036,800.
    expect([one.prices.hourly, one.prices.capacityPerDay]).toEqual(['4.98', '1036800']);
    expect(serves(one)).toContain('(2 GPUs a replica at 2.49/GPU-hour)');
    expect(serves(one)).toContain(
      'weights + KV cache for 8192 tokens × 64 sequences need 2 GPUs (40.5 GiB each): memory sets the GPUs a replica',
    );
    // The 8-GPU node already holds it: 8 × $2.20 = $17.60, 8 × 518,400 = 4,147,200.
    const eight = o['self-hosted/rentagpu/h100-sxm/8x']!;
    expect([eight.prices.hourly, eight.prices.capacityPerDay]).toEqual(['17.6', '4147200']);
    expect(serves(eight)).toContain(
      'need 2 GPUs (40.5 GiB each): the rented unit and the throughput figure take as many',
    );
  });

  it('with --serve-tokens-per-second 2500: the L4 (24 GB) replica takes 4 GPUs, by memory', async () => {
    const o = await selfHosted(['--context', '8192', '--concurrency', '64', '--serve-tokens-per-second', '2500']);
    const l4 = o['self-hosted/l4']!;
    // 4 × $0.80 = $3.20 an hour; 2,500 × 4 × 86,400 ÷ 500 = 1,728,000 queries a day.
    expect([l4.prices.hourly, l4.prices.capacityPerDay]).toEqual(['3.2', '1728000']);
    expect(serves(l4)).toContain('need 4 GPUs (20.7 GiB each): memory sets the GPUs a replica');
  });

  it('a KV cache that fits on no GPU: the self-hosted option is skipped with the reason', async () => {
    const { code, stdout } = await runCli([...ARGS, '--context', '100000', '--concurrency', '64'], {
      today: '2026-11-23',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).skipped).toContainEqual({
      id: 'self-hosted',
      reason:
        'meta-llama/Llama-3.1-8B-Instruct: weights + KV cache for 100000 tokens × 64 sequences fit on no rented GPU ' +
        'with a serving throughput figure, up to 8 of it',
    });
  });

  it('the library sizes the same replicas with context and concurrency', () => {
    const res = breakEvenFromCatalog({
      baseModel: 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference',
      baseInputTokens: 1500,
      ftModel: 'meta-llama/Llama-3.1-8B-Instruct',
      inputTokens: 200,
      outputTokens: 300,
      queriesPerDay: 20000,
      examples: 2000,
      tokensPerExample: 600,
      context: 8192,
      concurrency: 64,
      asOf: '2026-11-23',
      today: '2026-11-23',
      catalog: toCatalog(loadCatalogDir('test/fixtures/catalogs/self-hosted')),
    });
    const one = res.options.find((o) => o.id === 'self-hosted/rentagpu/h100-sxm/1x')!;
    expect([one.prices.hourly, one.prices.capacityPerDay]).toEqual(['4.98', '1036800']);
  });

  it.each([
    [['--concurrency', '4'], 'ftcost: --concurrency sizes the KV cache of a context: add --context N'],
    [['--context', '0'], 'ftcost: --context must be at least 1, got 0'],
    [
      ['--context', '200000'],
      "ftcost: --context 200000 is longer than meta-llama/Llama-3.1-8B-Instruct's maximum context (131072 tokens)",
    ],
  ])('bad input %j → one line, exit 2', async (extra, line) => {
    const { code, stdout, stderr } = await runCli([...ARGS, ...extra], { today: '2026-11-23' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([line]);
  });
});
