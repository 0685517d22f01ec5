/**
 * The memory model on plain inputs, worked by hand: parameter counts, each part of the breakdown in
 * bytes (GiB × 2^30, exact), the KV cache, sharding over a node; and its invariants (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../src/decimal.js';
import { parameterCounts } from '../../../src/domain/architecture.js';
import { BYTES_PER_GIB, BYTES_PER_NF4_WEIGHT } from '../../../src/engine/memory/constants.js';
import { fitOnGpus, perGpuGiB } from '../../../src/engine/memory/fit.js';
import {
  type MemoryBreakdown,
  servingMemory,
  type TrainingMemoryInput,
  trainingMemory,
} from '../../../src/engine/memory/memory.js';
import type { MemoryMethod } from '../../../src/domain/vocabulary.js';
import { loraParameters } from '../../../src/engine/memory/parameters.js';
import { LLAMA_2_7B, LLAMA_2_70B, LLAMA_31_8B, LLAMA_65B } from './fixtures.js';

const bytes = (gib: Decimal) => gib.times(BYTES_PER_GIB).toFixed();
const total = (b: MemoryBreakdown) =>
  b.weightsGiB.plus(b.gradientsGiB).plus(b.optimizerGiB).plus(b.activationsGiB).plus(b.kvCacheGiB);

const base: TrainingMemoryInput = {
  architecture: LLAMA_31_8B,
  method: 'full',
  precision: 'bf16',
  sequenceLength: 2048,
  microBatch: 1,
  gradientCheckpointing: true,
  loraRank: 16,
};

describe('parameter counts', () => {
  it('Llama 3.1 8B: 8,030,261,248 (its safetensors total), 6,979,321,856 of them in linear projections', () => {
    // Per layer: q 4096², k and v 4096 × 1024, o 4096², gate/up/down 3 × 4096 × 14336 = 218,103,808; × 32.
    // Other: embedding and output 2 × 128256 × 4096 = 1,050,673,152, norms (2 × 32 + 1) × 4096 = 266,240.
    expect(parameterCounts(LLAMA_31_8B)).toEqual({
      total: 8_030_261_248n,
      linear: 6_979_321_856n,
      other: 1_050_939_392n,
    });
  });

  it('LoRA rank 16 on every linear layer of Llama 3.1 8B: 41,943,040 adapter parameters', () => {
    // 16 × ((4096+4096) × 2 + (4096+1024) × 2 + (4096+14336) × 3) = 1,310,720 per layer; × 32.
    expect(loraParameters(LLAMA_31_8B, 16)).toBe(41_943_040n);
  });

  it('NF4 with double quantisation is 4.126953125 bits = 2113/4096 bytes per weight', () => {
    expect(BYTES_PER_NF4_WEIGHT.toFixed()).toBe('0.515869140625');
    expect(BYTES_PER_NF4_WEIGHT.times(4096).toFixed()).toBe('2113');
  });
});

describe('training memory, by part (bytes)', () => {
  it('full fine-tuning of Llama 3.1 8B, BF16, 2,048 tokens, checkpointing: 2 + 2 + 12 bytes per parameter', () => {
    const b = trainingMemory(base);
    expect(bytes(b.weightsGiB)).toBe('16060522496'); // 8,030,261,248 × 2
    expect(bytes(b.gradientsGiB)).toBe('16060522496');
    expect(bytes(b.optimizerGiB)).toBe('96363134976'); // × 12
    // Checkpoints 2048 × 4096 × 2 × 32 = 536,870,912; one layer recomputed 2048 × 4096 × 34 = 285,212,672;
    // FP32 logits 2048 × 128256 × 4 = 1,050,673,152.
    expect(bytes(b.activationsGiB)).toBe('1872756736');
    expect(b.kvCacheGiB.isZero()).toBe(true);
  });

  it('without checkpointing every layer keeps 34 × hidden bytes per token', () => {
    const b = trainingMemory({ ...base, gradientCheckpointing: false });
    // 2048 × 4096 × 34 × 32 = 9,126,805,504, plus the logits 1,050,673,152.
    expect(bytes(b.activationsGiB)).toBe('10177478656');
  });

  it('QLoRA rank 16: NF4 linear weights, 16-bit embeddings and norms, BF16 adapters with FP32 moments', () => {
    const b = trainingMemory({ ...base, method: 'qlora' });
    // 6,979,321,856 × 2113/4096 = 3,600,416,768; 1,050,939,392 × 2 = 2,101,878,784; adapters 41,943,040 × 2.
    expect(bytes(b.weightsGiB)).toBe('5786181632');
    expect(bytes(b.gradientsGiB)).toBe('83886080');
    expect(bytes(b.optimizerGiB)).toBe('335544320'); // × 8
    expect(b.adapterParameters).toBe(41_943_040n);
  });

  it('LoRA keeps the whole base model at the precision: BF16 2 bytes, FP8 1 byte per parameter', () => {
    expect(bytes(trainingMemory({ ...base, method: 'lora' }).weightsGiB)).toBe(String(16060522496 + 83886080));
    expect(bytes(trainingMemory({ ...base, method: 'lora', precision: 'fp8' }).weightsGiB)).toBe(
      String(8030261248 + 83886080),
    );
  });
});

describe('serving memory', () => {
  it('Llama 3.1 8B, BF16, 8,192 tokens × 4 sequences: a KV cache of exactly 4 GiB', () => {
    // 2 × 32 layers × 8 KV heads × 128 × 2 bytes = 131,072 bytes per token; × 32,768 tokens = 2^32.
    const b = servingMemory({ architecture: LLAMA_31_8B, precision: 'bf16', contextLength: 8192, concurrency: 4 });
    expect(b.kvCacheGiB.toFixed()).toBe('4');
    expect(b.weightsGiB.toFixed()).toBe(new Decimal(1960513).div(131072).toFixed()); // 16,060,522,496 / 2^30
  });
});

describe('fit on GPUs', () => {
  const gpu = (id: string, memoryGiB: number, nodeSizes: number[]) => ({
    id,
    name: id,
    memoryGiB: new Decimal(memoryGiB),
    nodeSizes,
    offered: true,
  });
  const assumptions = { headroom: new Decimal('0.9'), overheadGiBPerGpu: new Decimal(1) };

  it('shards weights, gradients and optimizer over the node; activations and overhead on every GPU', () => {
    const b = trainingMemory(base); // full: 128,484,179,968 bytes sharded = 119.66 GiB; activations 1.744 GiB
    const sharded = new Decimal('128484179968').div(BYTES_PER_GIB);
    const expected = sharded.div(2).plus(b.activationsGiB).plus(1);
    expect(perGpuGiB(b, 2, new Decimal(1)).toFixed()).toBe(expected.toFixed());
    const plan = fitOnGpus(b, [gpu('a', 80, [1, 2, 4, 8]), gpu('b', 24, [1, 2]), gpu('c', 80, [1, 8])], assumptions);
    // 80 × 0.9 = 72: on 1 GPU 122.4 > 72; on 2, 59.8 + 1.74 + 1 = 62.6 ≤ 72.
    expect(plan.gpus.map((g) => g.gpusNeeded)).toEqual([2, null, 8]);
    // It fits on no node size of b: the row says so and reports the need on the largest (2).
    expect(plan.gpus[1]!.atGpus).toBe(2);
    expect(plan.totalGiB.toFixed()).toBe(perGpuGiB(b, 1, new Decimal(1)).toFixed());
  });

  it('a job that fits on no GPU at all is a row per GPU with gpusNeeded null, not an error', () => {
    const b = trainingMemory({ ...base, architecture: LLAMA_2_70B });
    const plan = fitOnGpus(b, [gpu('small', 16, [1, 2])], assumptions);
    expect(plan.gpus[0]).toMatchObject({ gpusNeeded: null, atGpus: 2 });
  });
});

describe('invariants (fast-check)', () => {
  const archs = [LLAMA_31_8B, LLAMA_2_70B, LLAMA_65B, LLAMA_2_7B];
  const input = fc.record({
    architecture: fc.constantFrom(...archs),
    method: fc.constantFrom<MemoryMethod>('full', 'lora', 'qlora'),
    precision: fc.constantFrom<'bf16' | 'fp8'>('bf16', 'fp8'),
    sequenceLength: fc.integer({ min: 1, max: 32768 }),
    microBatch: fc.integer({ min: 1, max: 64 }),
    gradientCheckpointing: fc.boolean(),
    loraRank: fc.integer({ min: 1, max: 1024 }),
  });

  it('more sequence length, micro-batch or rank never needs less memory', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 4096 }), (i, more) => {
        const now = total(trainingMemory(i));
        expect(total(trainingMemory({ ...i, sequenceLength: i.sequenceLength + more })).gte(now)).toBe(true);
        expect(total(trainingMemory({ ...i, microBatch: i.microBatch + more })).gte(now)).toBe(true);
        expect(total(trainingMemory({ ...i, loraRank: i.loraRank + more })).gte(now)).toBe(true);
      }),
    );
  });

  it('QLoRA ≤ LoRA ≤ full, at the same precision, length, batch and rank', () => {
    fc.assert(
      fc.property(input, (i) => {
        const [q, l, f] = (['qlora', 'lora', 'full'] as const).map((method) => total(trainingMemory({ ...i, method })));
        expect(q!.lte(l!)).toBe(true);
        expect(l!.lte(f!)).toBe(true);
      }),
    );
  });

  it('checkpointing never needs more memory than keeping every activation', () => {
    fc.assert(
      fc.property(input, (i) => {
        const on = trainingMemory({ ...i, gradientCheckpointing: true }).activationsGiB;
        expect(on.lte(trainingMemory({ ...i, gradientCheckpointing: false }).activationsGiB)).toBe(true);
      }),
    );
  });
});
