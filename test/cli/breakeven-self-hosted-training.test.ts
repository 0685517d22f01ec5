/**
 * `breakeven --context`'s self-hosted training, planned as `estimate --self-hosted` plans it (the same planner):
 * the smallest node the job fits on, billed as the rental bills (10 minutes of set-up a GPU, rounded to
 * the rental's increment), on the GPU whose bill is cheapest. Fixture catalog (self-hosted), by hand.
 */
import { describe, expect, it } from 'vitest';
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
  prices: { oneTimeExact: string };
  notes: string[];
}

/** --context turns the memory model on (one 1,024-token sequence: every GPU holds the 8B replica on one). */
async function selfHosted(extra: string[] = [], context = ['--context', '1024']): Promise<Option[]> {
  const { code, stdout, stderr } = await runCli([...ARGS, ...context, ...extra], { today: '2026-11-23' });
  expect(code, stderr).toBe(0);
  return (JSON.parse(stdout).options as Option[]).filter((o) => o.kind === 'self-hosted');
}

describe('breakeven: self-hosted training sized by memory and billed as rentals bill', () => {
  it('2000 × 600 tokens, 1 epoch: the L4 bills 27 minutes = 0.45 GPU-h × $0.80 = $9/25, under the H100', async () => {
    // L4: 1,200,000 ÷ (1,200 × 3,600) = 5/18 GPU-h = 1,000 s + 600 s of set-up = 1,600 s → 27 whole minutes
    // (the host bills per minute) = 0.45 GPU-h × $0.80 = $0.36. H100: 1,200,000 ÷ (6,000 × 3,600) = 200 s
    // + 600 s = 800 s → 14 minutes = 7/30 GPU-h × $2.49 = $0.581. Unsized, the H100's 1/18 GPU-h × $2.49
    // = $83/600 was cheapest: the set-up is what makes the slower, cheaper GPU win.
    const options = await selfHosted();
    expect(options.map((o) => o.prices.oneTimeExact)).toEqual(options.map(() => '9/25'));
    expect(options[0]!.notes.find((n) => n.startsWith('training'))).toBe(
      'training (bf16): 1200000 tokens (1 epoch × 1200000 tokens) ÷ 1200 tokens/s per GPU (measured) = ' +
        '0.2778 GPU-hours on 1 GPU (the smallest node it fits on), billed 0.45 GPU-hours with 10 min of ' +
        "set-up a GPU, rounded to the rental's increment, × 0.8/GPU-hour on RentaGPU l4",
    );
  });

  it("without --context: unsized, as before — 1/18 GPU-h at the 8x node's $2.20 = $11/90", async () => {
    // One GPU-hour of the 8-GPU node, as if one GPU of it could be rented: what memory and billing correct.
    const options = await selfHosted([], []);
    expect(options.map((o) => o.prices.oneTimeExact)).toEqual(options.map(() => '11/90'));
  });

  it('--gpu h100-sxm: trained on the H100, 14 minutes = 7/30 GPU-h × $2.49 = $0.581', async () => {
    const options = await selfHosted(['--gpu', 'h100-sxm']);
    expect(options.map((o) => o.prices.oneTimeExact)).toEqual(options.map(() => '581/1000'));
  });

  it('--train-tokens-per-second 1000 (yours, every GPU): the L4 bills 1,200 s + 600 s = 30 min × $0.80', async () => {
    // 1,200,000 ÷ (1,000 × 3,600) = 1/3 GPU-h = 1,200 s + 600 s = 1,800 s = 0.5 GPU-h: L4 $0.40, A100 node
    // 8 GPUs × (150 s + 600 s → 13 min) = 26/15 GPU-h × $1.49: the L4 is cheapest.
    const options = await selfHosted(['--train-tokens-per-second', '1000']);
    expect(options.map((o) => o.prices.oneTimeExact)).toEqual(options.map(() => '2/5'));
  });
});
