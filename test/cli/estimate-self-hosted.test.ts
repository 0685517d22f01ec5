/**
 * `ftcost estimate --self-hosted`: self-hosted rows ranked with the hosted ones, each GPU left out
 * with its reason, the memory model's answer the same as `ftcost fit`'s, and bad input (exit 2).
 * The formats' exact output is pinned by the goldens (test/golden/estimate-self-hosted.*).
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/index.js';
import { Decimal } from '../../src/decimal.js';
import type { EstimateResult } from '../../src/result/estimate.js';
import type { FitJson } from '../../src/result/fit.js';
import { runCli } from '../helpers/cli.js';

const FIXTURE = ['--catalog', 'test/fixtures/catalogs/self-hosted', '--as-of', '2026-11-23'];
const JOB = ['--examples', '500', '--tokens-per-example', '400', '--epochs', '3'];

async function json<T>(args: string[], today = '2026-11-23'): Promise<T> {
  const { code, stdout, stderr } = await runCli([...args, '--format', 'json'], { today });
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as T;
}

describe('ftcost estimate --self-hosted (fixture catalog)', () => {
  it('prices Llama 70B LoRA on 8 H100s only: 600,000 tokens ÷ (900 tokens/s × 3600) = 5/27 GPU-h × $2.20', async () => {
    const res = await json<EstimateResult>(['estimate', ...JOB, ...FIXTURE, '--self-hosted']);
    expect(res.schemaVersion).toBe(3);
    const big = res.rows.filter((r) => r.kind === 'self-hosted' && r.model.includes('70B'));
    expect(big.map((r) => [r.gpu, r.gpus, r.provider, r.gpuPerHour])).toEqual([['h100-sxm', 8, 'rentagpu', '2.2']]);
    const row = big[0]!;
    expect(row.trainingTokens).toBe('600000');
    // 5/27 and 11/27 do not terminate: the strings carry 60 significant digits of them.
    expect(new Decimal(row.gpuHours!).minus(new Decimal(5).div(27)).abs().lt('1e-58')).toBe(true);
    expect(new Decimal(row.trainingCost!).minus(new Decimal(11).div(27)).abs().lt('1e-58')).toBe(true);
    expect(row.charges).toHaveLength(1);
    expect(row.charges[0]!.quantity).toBe(row.gpuHours);
    // 8B, 1 H100 SXM: 600,000 ÷ (6,000 × 3,600) = 1/36 GPU-h × $2.49 (the 1-GPU offer; the 8-GPU node
    // is cheaper per GPU-hour but the job fits on one).
    const small = res.rows.find((r) => r.kind === 'self-hosted' && r.gpu === 'h100-sxm' && r.model.includes('8B'))!;
    expect([small.gpus, small.gpuPerHour]).toEqual([1, '2.49']);
    expect(new Decimal(small.trainingCost!).minus(new Decimal('2.49').div(36)).abs().lt('1e-58')).toBe(true);
  });

  it('ranks self-hosted and hosted rows together by training cost', async () => {
    const res = await json<EstimateResult>(['estimate', ...JOB, ...FIXTURE, '--self-hosted']);
    const costs = res.rows.map((r) => new Decimal(r.trainingCost!));
    expect(costs.every((c, i) => i === 0 || costs[i - 1]!.lte(c))).toBe(true);
    expect(new Set(res.rows.map((r) => r.kind ?? 'hosted'))).toEqual(new Set(['self-hosted', 'hosted']));
  });

  it('leaves out each GPU with its reason', async () => {
    const res = await json<EstimateResult>(['estimate', ...JOB, ...FIXTURE, '--self-hosted']);
    expect(res.selfHosted!.leftOut).toEqual([
      'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference: fits on NVIDIA A100 80GB, but the throughput tables ' +
        'have no lora bf16 training figure for 70B parameters or more on it',
      'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference: NVIDIA L4 24GB ×1 is the largest node: ' +
        'needs 136 GiB per GPU, 21 GiB usable',
    ]);
    const { stdout } = await runCli(['estimate', ...JOB, ...FIXTURE, '--self-hosted'], { today: '2026-11-23' });
    expect(stdout).toContain('Self-hosted, left out: meta-llama/Meta-Llama-3.1-70B-Instruct-Reference: NVIDIA L4');
  });

  it('without --self-hosted: schema 2 and no self-hosted field anywhere', async () => {
    const res = await json<EstimateResult>(['estimate', ...JOB, ...FIXTURE]);
    expect(res.schemaVersion).toBe(2);
    expect('selfHosted' in res).toBe(false);
    expect(res.rows.some((r) => 'kind' in r || 'gpu' in r)).toBe(false);
  });

  it('--self-host-method qlora: the 70B needs 42 GiB on one GPU, not 136; no QLoRA figure, so no row', async () => {
    const res = await json<EstimateResult>([
      'estimate',
      ...JOB,
      ...FIXTURE,
      '--self-hosted',
      '--self-host-method',
      'qlora',
    ]);
    expect(res.selfHosted!.method).toBe('qlora');
    // The fixture's throughput tables have LoRA figures only: every GPU it fits on is left out for that.
    expect(res.rows.some((r) => r.kind === 'self-hosted')).toBe(false);
    expect(res.selfHosted!.leftOut).toHaveLength(6);
    expect(res.selfHosted!.leftOut.filter((l) => l.includes('no qlora bf16 training figure'))).toHaveLength(5);
    expect(res.selfHosted!.leftOut[5]).toBe(
      'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference: NVIDIA L4 24GB ×1 is the largest node: ' +
        'needs 42 GiB per GPU, 21 GiB usable',
    );
  });

  it.each([
    [['--self-hosted', '--self-host-method', 'qlra'], '--self-host-method must be one of lora, qlora, full'],
    [['--self-host-method', 'qlora'], '--self-host-method sizes self-hosted rows: add --self-hosted'],
  ])('bad input %j → one line, exit 2', async (extra, message) => {
    const { code, stdout, stderr } = await runCli(['estimate', ...JOB, ...FIXTURE, ...extra], { today: '2026-11-23' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it('the library refuses what the CLI refuses, in option names', () => {
    expect(() => estimate({ examples: 10, selfHosted: 'yes' as unknown as boolean })).toThrow(
      'selfHosted must be true or false',
    );
    expect(() => estimate({ examples: 10, selfHostMethod: 'full' })).toThrow('add selfHosted');
  });
});

describe('ftcost estimate -m llama-3.1-70b --self-hosted (shipped catalog)', () => {
  it('rows only where a 70B LoRA fits (as ftcost fit says), and a reason for each other GPU', async () => {
    const today = '2026-12-07';
    const res = await json<EstimateResult>(['estimate', '-m', 'llama-3.1-70b', '-n', '1000', '--self-hosted'], today);
    // 500 tokens per example (assumed) → 512-token sequences.
    const fit = await json<FitJson>(['fit', '-m', 'llama-3.1-70b', '--method', 'lora', '--seq-len', '512'], today);
    const selfHosted = res.rows.filter((r) => r.kind === 'self-hosted');
    expect(selfHosted.length).toBeGreaterThan(0);
    for (const r of selfHosted) {
      const g = fit.gpus.find((x) => x.gpu === r.gpu)!;
      expect([r.gpu, r.gpus, r.memoryPerGpuGiB]).toEqual([g.gpu, g.gpusNeeded, g.perGpuGiB]);
      expect(new Decimal(r.memoryPerGpuGiB!).lte(g.usableGiB)).toBe(true);
    }
    const rented = new Set(fit.gpus.filter((g) => g.offered).map((g) => g.gpu));
    const priced = new Set(selfHosted.map((r) => r.gpu));
    const missing = [...rented].filter((g) => !priced.has(g));
    // Every rented GPU without a row has a reason naming it.
    for (const gpu of missing) {
      const name = fit.gpus.find((g) => g.gpu === gpu)!.name;
      expect(
        res.selfHosted!.leftOut.some((l) => l.includes(name)),
        gpu,
      ).toBe(true);
    }
    expect(res.selfHosted!.leftOut.some((l) => /is the largest node: needs \d+ GiB per GPU/.test(l))).toBe(true);
  });
});
