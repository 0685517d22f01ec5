/**
 * `estimate --self-hosted`'s engine on plain inputs, worked by hand: a two-layer model small enough
 * to count on paper, three GPUs (one it fits on, one too small on its largest node, one with no
 * throughput figure), and the GPU-hours rule tokens ÷ (tokens/s × 3600).
 */
import { describe, expect, it } from 'vitest';
import { d } from '../../../src/decimal.js';
import type { ModelArchitecture } from '../../../src/domain/architecture.js';
import type { GpuOfferOnDate, TrainingThroughput } from '../../../src/domain/hardware.js';
import { assumedDataset } from '../../../src/engine/training/dataset.js';
import { billedGpuHours, planSelfHosted, sequenceLengthFor } from '../../../src/engine/training/selfHosted.js';
import { Rational } from '../../../src/engine/breakEven/rational.js';
import type { SelfHostingOnDate } from '../../../src/resolve/selfHosted.js';

/**
 * Counted by hand (src/domain/architecture.ts's layout):
 * - linear weights per layer: q, k, v, o 1024 × 1024 each (4 × 2^20) + gate, up, down 1024 × 4096 each
 *   (12 × 2^20) = 2^24; two layers: 33,554,432.
 * - other: 2 norms × 1024 × 2 layers = 4,096; embedding and output 32,768 × 1,024 × 2 = 67,108,864;
 *   final norm 1,024: 67,113,984. Total 100,668,416 parameters.
 * - LoRA rank 16: q, k, v, o 16 × 2,048 = 32,768 each; gate, up, down 16 × 5,120 = 81,920 each;
 *   per layer 376,832; two layers 753,664 adapter parameters.
 */
const TOY: ModelArchitecture = {
  id: 'toy-0.1b',
  name: 'Toy 0.1B',
  layers: 2,
  hiddenSize: 1024,
  attentionHeads: 8,
  kvHeads: 8,
  headDim: 128,
  intermediateSize: 4096,
  vocabSize: 32768,
  maxContext: 4096,
  tiedEmbeddings: false,
  attentionBias: false,
  qkNorm: false,
};

const entry = (source: string) => ({ source, asOf: '2026-12-01' });
function offer(provider: string, gpu: string, gpuCount: number, usd: string): GpuOfferOnDate {
  return {
    provider,
    providerName: provider.toUpperCase(),
    gpu,
    gpuCount,
    gpuPerHour: { amount: d(usd), entry: entry(`https://${provider}.example.com`) },
  };
}
const throughput: TrainingThroughput = {
  gpu: 'big',
  parametersBillions: d('0.1'),
  method: 'lora',
  tokensPerSecond: d('1000'),
  basis: 'measured',
  source: 'https://bench.example.com/toy',
  asOf: '2026-12-01',
  precision: 'bf16',
};

const ON: SelfHostingOnDate = {
  models: [{ id: 'toy', parametersBillions: d('0.1'), architecture: TOY }],
  withoutArchitecture: ['mystery-7b'],
  gpus: [
    // 2 GiB: the job (1.277 GiB on one GPU) fits on one. The 8-GPU node is cheaper per GPU-hour but
    // bigger than needed: the smallest node wins, and of its two offers the cheaper one.
    {
      id: 'big',
      name: 'Big 2GB',
      memoryGiB: d(2),
      offers: [offer('aa', 'big', 1, '2.50'), offer('bb', 'big', 1, '2.00'), offer('cc', 'big', 8, '1.00')],
    },
    // 1 GiB: 0.9 usable, but 1.179 GiB is needed per GPU even on its largest node of 2.
    {
      id: 'tiny',
      name: 'Tiny 1GB',
      memoryGiB: d(1),
      offers: [offer('aa', 'tiny', 1, '0.10'), offer('aa', 'tiny', 2, '0.10')],
    },
    // Fits, but the throughput tables know nothing of it.
    { id: 'other', name: 'Other 4GB', memoryGiB: d(4), offers: [offer('aa', 'other', 1, '1.00')] },
  ],
  training: [throughput],
};

const memory = { headroom: d('0.9'), overheadGiBPerGpu: d(1) };

describe('self-hosted training rows (worked example)', () => {
  // 300 examples × 400 tokens = 120,000 tokens an epoch; 3 epochs 360,000; sequences of 512 tokens.
  // No job overhead and no published billing: billed as computed, so the bill is the arithmetic.
  const job = { dataset: assumedDataset(300, 400), epochs: 3, method: 'lora', jobOverheadMinutes: d(0) } as const;
  const plan = planSelfHosted(ON, job, memory);

  it('prices the smallest node it fits on, at its cheapest offer, for tokens ÷ (tokens/s × 3600) GPU-hours', () => {
    expect(plan.training.rows).toHaveLength(1);
    const [row] = plan.training.rows;
    expect(row!.gpu).toBe('big');
    expect(row!.gpus).toBe(1);
    expect(row!.provider).toBe('bb');
    expect(row!.sequenceLength).toBe(512);
    expect(row!.trainingTokens).toBe(360_000n);
    // 360,000 ÷ (1,000 × 3,600) = 0.1 GPU-hours; × $2.00 = $0.20.
    expect(row!.gpuHours.toDecimal().toFixed()).toBe('0.1');
    expect(row!.billedGpuHours.toDecimal().toFixed()).toBe('0.1');
    expect(row!.trainingCost.toDecimal().toFixed()).toBe('0.2');
    // Sharded: weights 100,668,416 × 2 + 753,664 × 2 = 202,844,160 B; adapter gradients 753,664 × 2 =
    // 1,507,328 B; moments 753,664 × 8 = 6,029,312 B: 210,380,800 B. Activations with checkpointing,
    // 512 tokens: 512 × 1,024 × (2 × 2 layers + 34) + 512 × 32,768 × 4 (logits) = 87,031,808 B.
    // (210,380,800 + 87,031,808) / 2^30 + 1 GiB overhead = 669,509 / 524,288 GiB.
    expect(row!.memoryPerGpuGiB.toFixed()).toBe('1.2769870758056640625');
  });

  it('leaves out, with the reason, a GPU too small on its largest node and one with no throughput', () => {
    expect(plan.training.leftOut).toEqual([
      { kind: 'self-hosted-no-architecture', model: 'mystery-7b' },
      {
        kind: 'self-hosted-does-not-fit',
        model: 'toy',
        gpuName: 'Tiny 1GB',
        largestNode: 2,
        // 210,380,800 / 2 + 87,031,808 = 192,222,208 B = 0.17902088165283203125 GiB, + 1 GiB overhead.
        perGpuGiB: '1.17902088165283203125',
        usableGiB: '0.9',
      },
      {
        kind: 'self-hosted-no-throughput',
        model: 'toy',
        gpuName: 'Other 4GB',
        method: 'lora',
        precision: 'bf16',
        parametersBillions: '0.1',
      },
    ]);
  });

  it('states its plan, and assumes 3 epochs only when none were asked for', () => {
    expect(plan.plan).toEqual({
      kind: 'self-hosted-plan',
      method: 'lora',
      precision: 'bf16',
      microBatch: 1,
      gradientCheckpointing: true,
      loraRank: 16,
      headroom: '0.9',
      jobOverheadMinutes: '0',
      jobOverheadAssumed: false,
    });
    expect(plan.epochsAssumed).toBe(false);
    const auto = planSelfHosted(ON, { dataset: assumedDataset(300, 400), epochs: 'auto', method: 'lora' }, memory);
    expect([auto.epochs, auto.epochsAssumed]).toEqual([3, true]);
    // Not given: ten minutes, said to be ftcost's assumption.
    expect([auto.plan.jobOverheadMinutes, auto.plan.jobOverheadAssumed]).toEqual(['10', true]);
  });

  it('GPU-hours stay exact where the quotient does not terminate', () => {
    // 7 examples × 100 tokens × 1 epoch = 700 tokens ÷ (1,000 × 3,600) = 7/36,000 GPU-hours.
    const odd = planSelfHosted(ON, { ...job, dataset: assumedDataset(7, 100), epochs: 1 }, memory);
    expect(odd.training.rows[0]!.gpuHours.toFractionString()).toBe('7/36000');
    expect(odd.training.rows[0]!.trainingCost.toFractionString()).toBe('7/18000');
  });

  it('rounds the sequence length up to a power of two, capped at the model’s context', () => {
    expect([1, 2, 400, 512, 513, 5000].map((n) => sequenceLengthFor(n, 4096))).toEqual([1, 2, 512, 512, 1024, 4096]);
  });
});

describe('billing as rentals bill (worked examples)', () => {
  const perSecond = {
    incrementSeconds: 1,
    minimumSeconds: 0,
    source: 'https://persec.example.com',
    asOf: '2026-12-01',
  };
  const hourly = {
    incrementSeconds: 3600,
    minimumSeconds: 3600,
    source: 'https://hourly.example.com',
    asOf: '2026-12-01',
  };
  const perMinute = { incrementSeconds: 60, minimumSeconds: 0, source: 'https://node.example.com', asOf: '2026-12-01' };
  // The toy model on the 2 GiB GPU (it fits on one): a per-second offer at $2.00 and a per-hour one at
  // $1.50 with an hour's minimum, both of one GPU.
  const billedOn: SelfHostingOnDate = {
    ...ON,
    withoutArchitecture: [],
    gpus: [
      {
        id: 'big',
        name: 'Big 2GB',
        memoryGiB: d(2),
        offers: [
          { ...offer('persec', 'big', 1, '2.00'), billing: perSecond },
          { ...offer('hourly', 'big', 1, '1.50'), billing: hourly },
        ],
      },
    ],
  };

  it('a short job: per second beats the cheaper hourly rate, whose minimum bills a whole hour', () => {
    // 360,000 tokens ÷ (1,000 × 3,600) = 0.1 GPU-h = 360 s; + 10 min (the default) = 960 s on the GPU.
    // Per second: 960 s = 4/15 GPU-h × $2.00 = $8/15 ($0.53); per hour: 3,600 s = 1 GPU-h × $1.50 = $1.50.
    const plan = planSelfHosted(billedOn, { dataset: assumedDataset(300, 400), epochs: 3, method: 'lora' }, memory);
    const [row] = plan.training.rows;
    expect(row!.provider).toBe('persec');
    expect(row!.gpuHours.toFractionString()).toBe('1/10');
    expect(row!.jobOverheadGpuHours.toFractionString()).toBe('1/6');
    expect(row!.billedGpuHours.toFractionString()).toBe('4/15');
    expect(row!.trainingCost.toFractionString()).toBe('8/15');
    expect(row!.billing).toEqual(perSecond);
  });

  it('a job of 50 minutes: the hourly offer bills the hour it takes and is cheaper', () => {
    // 2,500 × 400 × 3 = 3,000,000 tokens ÷ 3,600,000 = 5/6 GPU-h = 3,000 s; + 600 s = 3,600 s.
    // Per hour: 1 GPU-h × $1.50 = $1.50; per second: 1 GPU-h × $2.00 = $2.00.
    const plan = planSelfHosted(billedOn, { dataset: assumedDataset(2500, 400), epochs: 3, method: 'lora' }, memory);
    const [row] = plan.training.rows;
    expect(row!.provider).toBe('hourly');
    expect(row!.billedGpuHours.toFractionString()).toBe('1');
    expect(row!.trainingCost.toFractionString()).toBe('3/2');
  });

  it('one second over the hour bills a second hour on the hourly offer', () => {
    // 3,001 × 1,000 tokens × 1 epoch ÷ 3,600,000 = 3,001 s; + 600 s = 3,601 s. Per hour: 2 h × $1.50 = $3.00;
    // per second: 3,601/3,600 GPU-h × $2.00 = $3,601/1,800 ($2.0006), which wins.
    const plan = planSelfHosted(billedOn, { dataset: assumedDataset(3001, 1000), epochs: 1, method: 'lora' }, memory);
    const [row] = plan.training.rows;
    expect(row!.provider).toBe('persec');
    expect(row!.billedGpuHours.toFractionString()).toBe('3601/3600');
    expect(row!.trainingCost.toFractionString()).toBe('3601/1800');
  });

  it('a node of 8 bills all 8 GPUs: (wall clock + overhead) per GPU, rounded, × 8', () => {
    // 5/27 GPU-h of training on 8 GPUs: 5/216 h = 83 1/3 s each; + 600 s = 683 1/3 s a GPU.
    const training = Rational.of(5n, 27n);
    const overhead = Rational.of(1n, 6n);
    // Per minute: 12 minutes = 720 s a GPU × 8 = 5,760 s = 1.6 GPU-h.
    expect(billedGpuHours(training, 8, overhead, perMinute).toFractionString()).toBe('8/5');
    // Per second with an hour's minimum: 3,600 s a GPU × 8 = 8 GPU-h.
    expect(billedGpuHours(training, 8, overhead, { ...perSecond, minimumSeconds: 3600 }).toFractionString()).toBe('8');
    // Not published: billed as computed, 5/27 + 8 × 1/6 = 41/27 GPU-h.
    expect(billedGpuHours(training, 8, overhead, undefined).toFractionString()).toBe('41/27');
  });
});
