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
import { loadCatalogDir } from '../../src/catalog/load.js';
import { toCatalog } from '../../src/catalog/model.js';

const FIXTURE = ['--catalog', 'test/fixtures/catalogs/self-hosted', '--as-of', '2026-11-23'];
const JOB = ['--examples', '500', '--tokens-per-example', '400', '--epochs', '3'];

async function json<T>(args: string[], today = '2026-11-23'): Promise<T> {
  const { code, stdout, stderr } = await runCli([...args, '--format', 'json'], { today });
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as T;
}

describe('ftcost estimate --self-hosted (fixture catalog)', () => {
  it('prices Llama 70B LoRA on 8 H100s only: 5/27 GPU-h computed, billed 8 (a 1-hour minimum on 8 GPUs)', async () => {
    const res = await json<EstimateResult>(['estimate', ...JOB, ...FIXTURE, '--self-hosted']);
    expect(res.schemaVersion).toBe(3);
    const big = res.rows.filter((r) => r.kind === 'self-hosted' && r.model.includes('70B'));
    expect(big.map((r) => [r.gpu, r.gpus, r.provider, r.gpuPerHour])).toEqual([['h100-sxm', 8, 'rentagpu', '2.2']]);
    const row = big[0]!;
    expect(row.trainingTokens).toBe('600000');
    // 600,000 tokens ÷ (900 tokens/s × 3600) = 5/27 GPU-h: it does not terminate, the string carries
    // 60 significant digits of it.
    expect(new Decimal(row.gpuHours!).minus(new Decimal(5).div(27)).abs().lt('1e-58')).toBe(true);
    // The 8x node bills per second with a one-hour minimum: 5/216 h = 83 1/3 s a GPU + 600 s of set-up
    // = 683 1/3 s, raised to 3,600 s, on 8 GPUs = 8 GPU-h × $2.20 = $17.60.
    expect(row.jobOverheadGpuHours).toBe(new Decimal(8).div(6).toFixed());
    expect([row.billedGpuHours, row.trainingCost, row.trainingHours]).toEqual(['8', '17.6', '8']);
    expect([row.billingIncrementSeconds, row.billingMinimumSeconds]).toEqual([1, 3600]);
    expect(row.charges).toHaveLength(1);
    expect([row.charges[0]!.quantity, row.charges[0]!.total]).toEqual(['8', '17.6']);
    // 8B, 1 H100 SXM (the host bills per minute): 600,000 ÷ (6,000 × 3,600) = 1/36 GPU-h = 100 s + 600 s
    // = 700 s → 12 minutes = 0.2 GPU-h × $2.49 = $0.498 (the 1-GPU offer; the 8-GPU node is cheaper per
    // GPU-hour but the job fits on one).
    const small = res.rows.find((r) => r.kind === 'self-hosted' && r.gpu === 'h100-sxm' && r.model.includes('8B'))!;
    expect([small.gpus, small.gpuPerHour, small.billedGpuHours, small.trainingCost]).toEqual([
      1,
      '2.49',
      '0.2',
      '0.498',
    ]);
    expect([small.billingIncrementSeconds, small.billingMinimumSeconds]).toEqual([60, 0]);
    expect(res.selfHosted!.jobOverheadMinutes).toBe('10');
    expect(res.selfHosted!.jobOverheadAssumed).toBe(true);
  });

  it('--job-overhead-minutes 0: the 8B job bills 100 s → 2 minutes = 1/30 GPU-h × $2.49 = $0.083', async () => {
    const res = await json<EstimateResult>([
      'estimate',
      ...JOB,
      ...FIXTURE,
      '--self-hosted',
      '--job-overhead-minutes',
      '0',
    ]);
    const small = res.rows.find((r) => r.kind === 'self-hosted' && r.gpu === 'h100-sxm' && r.model.includes('8B'))!;
    expect(small.jobOverheadGpuHours).toBe('0');
    expect(small.trainingCost).toBe('0.083');
    expect([res.selfHosted!.jobOverheadMinutes, res.selfHosted!.jobOverheadAssumed]).toEqual(['0', false]);
    // The library takes the same figure under its option name.
    const lib = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      selfHosted: true,
      jobOverheadMinutes: 0,
      asOf: '2026-11-23',
      today: '2026-11-23',
      catalog: toCatalog(loadCatalogDir('test/fixtures/catalogs/self-hosted')),
    });
    expect(lib.selfHosted!.jobOverheadMinutes).toBe('0');
    const libSmall = lib.rows.find((r) => r.kind === 'self-hosted' && r.gpu === 'h100-sxm' && r.model.includes('8B'))!;
    expect(libSmall.trainingCost).toBe('0.083');
  });

  it('a figure of yours names its source as each audience names the option', async () => {
    const args = ['estimate', ...JOB, ...FIXTURE, '--self-hosted', '--train-tokens-per-second', '1000'];
    const cli = await json<EstimateResult>(args);
    const sources = new Set(cli.rows.filter((r) => r.kind === 'self-hosted').map((r) => r.throughputSource));
    expect([...sources]).toEqual(['your --train-tokens-per-second']);
  });

  it('trainTokensPerSecond (yours) replaces the catalog figure exactly: 600,000 ÷ (1,000 × 3,600) = 1/6 GPU-h', () => {
    const res = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      selfHosted: true,
      trainTokensPerSecond: 1000,
      jobOverheadMinutes: 0,
      asOf: '2026-11-23',
      today: '2026-11-23',
      catalog: toCatalog(loadCatalogDir('test/fixtures/catalogs/self-hosted')),
    });
    const row = (gpu: string, model: string) =>
      res.rows.find((r) => r.kind === 'self-hosted' && r.gpu === gpu && r.model.includes(model))!;
    for (const r of res.rows.filter((x) => x.kind === 'self-hosted')) {
      expect(new Decimal(r.gpuHours!).minus(new Decimal(1).div(6)).abs().lt('1e-58')).toBe(true);
      expect(r.throughputSource).toBe('your trainTokensPerSecond'); // the library's name for it (the CLI's: its flag)
    }
    // 8B on one L4, billed per minute: 600 s exactly = 1/6 GPU-h × $0.80 = $2/15; on one H100 × $2.49 = $0.415.
    expect(new Decimal(row('l4', '8B').trainingCost!).minus(new Decimal(2).div(15)).abs().lt('1e-58')).toBe(true);
    expect(row('h100-sxm', '8B').trainingCost).toBe('0.415');
    // 8B on the 8x A100 node: 1/48 h = 75 s a GPU → 2 minutes × 8 GPUs = 4/15 GPU-h × $1.49 = $0.39733…
    expect(new Decimal(row('a100-80gb', '8B').billedGpuHours!).minus(new Decimal(4).div(15)).abs().lt('1e-58')).toBe(
      true,
    );
  });

  it('--train-tokens-per-second on the CLI: the same 1/6 GPU-h; without --self-hosted, one line, exit 2', async () => {
    const res = await json<EstimateResult>([
      'estimate',
      ...JOB,
      ...FIXTURE,
      '--self-hosted',
      '--train-tokens-per-second',
      '1000',
      '--job-overhead-minutes',
      '0',
    ]);
    expect(
      res.rows.find((r) => r.kind === 'self-hosted' && r.gpu === 'h100-sxm' && r.model.includes('8B'))!.trainingCost,
    ).toBe('0.415');
    const { code, stderr } = await runCli(['estimate', ...JOB, ...FIXTURE, '--train-tokens-per-second', '1000'], {
      today: '2026-11-23',
    });
    expect(code).toBe(2);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'ftcost: --train-tokens-per-second is for self-hosted rows: add --self-hosted',
    ]);
  });

  it('the table note says how the row is billed', async () => {
    const { stdout } = await runCli(['estimate', ...JOB, ...FIXTURE, '--self-hosted', '--wide'], {
      today: '2026-11-23',
    });
    expect(stdout).toContain('billed per second, 1 h minimum, +10 min set-up: 8 GPU-h');
    expect(stdout).toContain('billed per minute, +10 min set-up: 0.2 GPU-h');
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
    [['--self-hosted', '--job-overhead-minutes', '-5'], '--job-overhead-minutes must be minutes from 0 to 1440'],
    [['--self-hosted', '--job-overhead-minutes', '2000'], '--job-overhead-minutes must be minutes from 0 to 1440'],
    [['--self-hosted', '--job-overhead-minutes', '1,5'], '--job-overhead-minutes must be written with a decimal point'],
    [['--job-overhead-minutes', '5'], '--job-overhead-minutes is billed on self-hosted rows: add --self-hosted'],
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
    expect(() => estimate({ examples: 10, selfHosted: true, jobOverheadMinutes: '1 h' })).toThrow(
      'jobOverheadMinutes must be minutes from 0 to 1440 (a day), got "1 h"',
    );
    expect(() => estimate({ examples: 10, jobOverheadMinutes: 5 })).toThrow(
      'jobOverheadMinutes is billed on self-hosted rows: add selfHosted',
    );
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
