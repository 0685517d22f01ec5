/** Throughput: measured figures where a benchmark exists, the stated rule elsewhere, checked by hand. */
import { describe, expect, it } from 'vitest';
import { embeddedCatalog } from '../../src/catalog/embedded.js';
import { gpusForMemory } from '../../src/catalog/throughput.js';
import { d } from '../../src/decimal.js';

const catalog = embeddedCatalog();
const training = (gpu: string, size: string, method: string) =>
  catalog.trainingThroughput.find((t) => t.gpu === gpu && t.parametersBillions.eq(size) && t.method === method);

describe('training throughput', () => {
  it('derives LoRA on an A100 for 8B as 312 TFLOP/s × 0.40 / (4 × 8e9) = 3,900 tokens/s', () => {
    const t = training('a100-80gb', '8', 'lora')!;
    expect([t.tokensPerSecond.toFixed(), t.basis, t.minGpus]).toEqual(['3900', 'derived', 1]);
    expect(t.note).toContain('312 TFLOP/s × 0.4 / (4 × 8B params)');
  });

  it('derives QLoRA as LoRA × 0.56: 3,900 × 0.56 = 2,184', () => {
    expect(training('a100-80gb', '8', 'qlora')!.tokensPerSecond.toFixed()).toBe('2184');
  });

  it(
    'derives full fine-tuning of 8B on an H100 as floor(989 × 0.40 × 1000 / 48) = 8,241, ' +
      'on 2 GPUs (16 B/param × 8B / (80 GB × 0.8))',
    () => {
      const t = training('h100-sxm', '8', 'full')!;
      expect([t.tokensPerSecond.toFixed(), t.minGpus]).toEqual(['8241', 2]);
    },
  );

  it('prefers a measurement: XTuner 8B full on A100 (2,771.2), NeMo 7B LoRA on H100 (24,824)', () => {
    expect([
      training('a100-80gb', '8', 'full')!.tokensPerSecond.toFixed(),
      training('a100-80gb', '8', 'full')!.basis,
    ]).toEqual(['2771.2', 'measured']);
    expect(training('h100-sxm', '7', 'lora')!.tokensPerSecond.toFixed()).toBe('24824');
  });

  it('leaves out what does not fit on 8 GPUs: full fine-tuning of 70B on A100 40GB needs 35', () => {
    expect(gpusForMemory(d('16'), d('70'), 40, d('0.8'))).toBe(35);
    expect(training('a100-40gb', '70', 'full')).toBeUndefined();
  });
});

describe('serving throughput', () => {
  it('derives an L4 serving a 1B model as floor(121 × 0.055 × 1000 / 2) = 3,327 output tokens/s', () => {
    const s = catalog.servingThroughput.find((t) => t.gpu === 'l4' && t.parametersBillions.eq(1))!;
    expect([s.outputTokensPerSecond.toFixed(), s.basis]).toEqual(['3327', 'derived']);
  });

  it('uses the Lambda vLLM measurement for 8B on one H100 (3,400.4)', () => {
    const s = catalog.servingThroughput.find((t) => t.gpu === 'h100-sxm' && t.parametersBillions.eq(8))!;
    expect([s.outputTokensPerSecond.toFixed(), s.basis]).toEqual(['3400.4', 'measured']);
  });
});

describe('precision: a figure stands in only for figures of its own precision', () => {
  const at = (gpu: string, size: string, method: string, precision: string) =>
    catalog.trainingThroughput.find(
      (t) => t.gpu === gpu && t.parametersBillions.eq(size) && t.method === method && t.precision === precision,
    );

  it(
    "NeMo's FP8 7B SFT on H100 (16,891 tokens/s) does not replace the BF16 rule's figure: " +
      'floor(989 × 0.40 / (6 × 7)) = 9,419',
    () => {
      expect(at('h100-sxm', '7', 'full', 'fp8')).toMatchObject({ basis: 'measured', engine: 'NeMo 24.07' });
      expect(at('h100-sxm', '7', 'full', 'fp8')!.tokensPerSecond.toFixed()).toBe('16891');
      const bf16 = at('h100-sxm', '7', 'full', 'bf16')!;
      expect([bf16.basis, bf16.tokensPerSecond.toFixed()]).toEqual(['derived', '9419']);
    },
  );

  it('every measured figure says its precision; an unstated one is listed but stands in for nothing', () => {
    for (const t of [...catalog.trainingThroughput, ...catalog.servingThroughput])
      expect(t.precision).toMatch(/^(bf16|fp16|fp8|int4|unstated)$/);
    // XTuner's A100 8B full run does not state its precision: the BF16 rule's 2,600 is used for bf16.
    expect(at('a100-80gb', '8', 'full', 'bf16')!.basis).toBe('derived');
  });
});

describe('the GPU part of a catalog is built on first read', () => {
  it('toCatalog reads no hosts, hardware or throughput until a GPU field is read, then builds them once', async () => {
    const { toCatalog } = await import('../../src/catalog/model.js');
    const { default: compiled } = await import('../../src/catalog/generated/catalog.json', { with: { type: 'json' } });
    const reads: string[] = [];
    const watched = { ...(compiled as unknown as Record<string, unknown>) };
    for (const key of ['hosts', 'throughput']) {
      const value = watched[key];
      Object.defineProperty(watched, key, {
        get: () => {
          reads.push(key);
          return value;
        },
        enumerable: true,
      });
    }
    watched.providers = (compiled.providers as Record<string, unknown>[]).map((file) => {
      const copy = { ...file };
      Object.defineProperty(copy, 'hardware', {
        get: () => {
          reads.push('hardware');
          return file.hardware;
        },
        enumerable: true,
      });
      return copy;
    });
    const built = toCatalog(watched as unknown as Parameters<typeof toCatalog>[0]);
    expect(built.providers.length).toBe(compiled.providers.length);
    expect(reads).toEqual([]);
    const offers = built.gpuOffers;
    expect(offers).toBe(built.gpuOffers);
    expect(offers.length).toBe(catalog.gpuOffers.length);
    expect(new Set(reads)).toEqual(new Set(['hardware', 'hosts']));
    expect(built.trainingThroughput.length).toBe(catalog.trainingThroughput.length);
    expect(reads).toContain('throughput');
  });
});
