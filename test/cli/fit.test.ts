/**
 * `ftcost fit` on the shipped catalog: the figures a run prints (checked by hand against the
 * architecture), the flags that change them, and bad input — one line on stderr, exit 2. The
 * formats' exact output is pinned by the goldens (test/golden/fit-qlora.*).
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal.js';
import type { FitJson } from '../../src/result/fit.js';
import { runCli } from '../helpers/cli.js';

const GIB = new Decimal(2).pow(30);
const bytes = (gib: string) => new Decimal(gib).times(GIB).toFixed();

async function fitJson(args: string[]): Promise<FitJson> {
  const { code, stdout, stderr } = await runCli(['fit', ...args, '--format', 'json'], { today: '2026-12-07' });
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as FitJson;
}

describe('ftcost fit', () => {
  it('QLoRA of Llama 3.1 70B, 4,096 tokens: weights 39,931,297,792 bytes; one 80 GB GPU, not one 48 GB', async () => {
    const json = await fitJson(['-m', 'llama-3.1-70b', '--method', 'qlora', '--seq-len', '4096']);
    // Linear 68,451,041,280 × 2113/4096 = 35,311,779,840; the rest 2,102,665,216 × 2 = 4,205,330,432; rank-16
    // adapters 207,093,760 × 2 = 414,187,520.
    expect(bytes(json.breakdownGiB.weights)).toBe('39931297792');
    expect(json.model.adapterParameters).toBe('207093760');
    const h100 = json.gpus.find((g) => g.gpu === 'h100-sxm')!;
    expect([h100.fits, h100.gpusNeeded]).toEqual([true, 1]);
    // 48.14 GiB on one GPU > 43.2 usable of an L40S: the next node size its rentals offer.
    const l40s = json.gpus.find((g) => g.gpu === 'l40s')!;
    expect(l40s.gpusNeeded).not.toBe(1);
    expect(json.gpus.find((g) => g.gpu === 't4')).toMatchObject({ fits: false, gpusNeeded: null });
  });

  it("a catalog model id finds its architecture (Together's Llama 3.1 70B Reference is llama-3.1-70b)", async () => {
    const json = await fitJson([
      '-m',
      'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference',
      '--method',
      'lora',
      '--seq-len',
      '2048',
    ]);
    expect(json.model.id).toBe('llama-3.1-70b');
  });

  it("--no-gradient-checkpointing keeps every layer's activations: 34 × hidden bytes per token per layer", async () => {
    const args = ['-m', 'llama-3.1-8b', '--method', 'lora', '--seq-len', '2048'];
    const on = await fitJson(args);
    const off = await fitJson([...args, '--no-gradient-checkpointing']);
    // On: 536,870,912 + 285,212,672 + logits 1,050,673,152; off: 9,126,805,504 + logits.
    expect(bytes(on.breakdownGiB.activations)).toBe('1872756736');
    expect(bytes(off.breakdownGiB.activations)).toBe('10177478656');
  });

  it('--serve: weights plus a KV cache of 2 × 32 × 8 × 128 × 2 bytes × 8,192 tokens × 4 = 4 GiB', async () => {
    const json = await fitJson(['-m', 'llama-3.1-8b', '--serve', '--context', '8192', '--concurrency', '4']);
    expect(json.breakdownGiB.kvCache).toBe('4');
    expect(json.workload).toEqual({ kind: 'serve', precision: 'bf16', contextLength: 8192, concurrency: 4 });
    expect(bytes(json.breakdownGiB.gradients)).toBe('0');
  });

  it('a job that fits on no GPU of the catalog is a row per GPU saying so, exit 0', async () => {
    const { code, stdout } = await runCli(['fit', '-m', 'llama-3.1-70b', '--method', 'full', '--seq-len', '131072']);
    expect(code).toBe(0);
    expect(stdout).toContain('It fits on no GPU of the catalog, even on the largest node offered.');
    expect(stdout).not.toMatch(/ fits {2,}/);
  });

  it('csv: one row per GPU, snake_case columns with units', async () => {
    const { code, stdout } = await runCli([
      'fit',
      '-m',
      'qwen2.5-7b',
      '--method',
      'full',
      '--seq-len',
      '1024',
      '-f',
      'csv',
    ]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n');
    expect(header).toContain('gpu,memory_gib,usable_gib,fits,gpus_needed,per_gpu_gib');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toMatch(/^qwen2\.5-7b,train,full,bf16,1024,1,true,,,,/);
  });
});

describe('ftcost fit: bad input is one line, exit 2', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'a sequence length of 0',
      ['-m', 'llama-3.1-8b', '--method', 'lora', '--seq-len', '0'],
      /--seq-len must be at least 1/,
    ],
    [
      'a rank above the hidden size',
      ['-m', 'llama-3.1-8b', '--method', 'lora', '--seq-len', '2048', '--rank', '5000'],
      /--rank 5000 is above llama-3\.1-8b's hidden size \(4096\)/,
    ],
    [
      'an unknown method',
      ['-m', 'llama-3.1-8b', '--method', 'qlroa', '--seq-len', '2048'],
      /--method must be one of full, lora, qlora; got "qlroa"; did you mean "qlora"/,
    ],
    ['an unknown model', ['-m', 'llama-9', '--method', 'lora', '--seq-len', '2048'], /unknown model "llama-9"/],
    [
      'a closed-weight model',
      ['-m', 'gpt-4o-mini-2024-07-18', '--method', 'lora', '--seq-len', '2048'],
      /"gpt-4o-mini-2024-07-18" has no open weights/,
    ],
    [
      'an open model without architecture figures',
      ['-m', 'Qwen/Qwen3-30B-A3B', '--method', 'lora', '--seq-len', '2048'],
      /no architecture figures for "Qwen\/Qwen3-30B-A3B"/,
    ],
    [
      'a sequence longer than the model was trained for',
      ['-m', 'llama-2-13b', '--method', 'lora', '--seq-len', '8192'],
      /--seq-len 8192 is longer than llama-2-13b's maximum context \(4096 tokens\)/,
    ],
    ['--serve without --context', ['-m', 'llama-3.1-8b', '--serve'], /--serve needs --context/],
    ['no --method', ['-m', 'llama-3.1-8b', '--seq-len', '2048'], /--method is needed/],
    ['no --model', ['--method', 'lora', '--seq-len', '2048'], /--model is needed/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const { code, stdout, stderr } = await runCli(['fit', ...args]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }
});
