/**
 * Derived throughput, where no measurement exists: the standard compute rule
 *
 *   training tokens/s per GPU = peak FLOP/s × utilisation / (FLOPs per token per parameter × parameters)
 *
 * (6 FLOPs per token per parameter for full fine-tuning: 2 forward + 4 backward; fewer for LoRA, whose
 * frozen weights need no weight gradients), and, for serving, peak × a (much lower, memory-bound)
 * utilisation / (2 × parameters). Every assumption comes from throughput.yaml with its source, and
 * every derived figure says how it was computed, so a reader can redo it by hand. Pure.
 */
import { Decimal, d } from '../decimal.js';
import type { RawDerivation } from './schema.js';
import { THROUGHPUT_METHODS } from '../domain/vocabulary.js';

/** A GPU's datasheet figures, for derived throughput and memory fit. */
export interface GpuSpec {
  id: string;
  name: string;
  memoryGB: number;
  peakBf16Tflops: Decimal;
  source: string;
  asOf: string;
  note?: string;
}

// The figures' shapes are the engine's inputs too, so they are declared in src/domain/.
export type { ServingThroughput, TrainingThroughput } from '../domain/hardware.js';
import type { ServingThroughput, TrainingThroughput } from '../domain/hardware.js';

/** TFLOP/s → FLOP/s over billions of parameters: 1e12 / 1e9. */
const TERA_OVER_GIGA = new Decimal(1000);

export interface DerivedThroughput {
  training: TrainingThroughput[];
  serving: ServingThroughput[];
}

function key(gpu: string, size: Decimal, method: string, precision: string): string {
  return `${gpu}/${size.toFixed()}/${method}/${precision}`;
}

/** GPUs whose memory (at the stated headroom) holds bytesPerParam × parameters. */
export function gpusForMemory(
  bytesPerParam: Decimal,
  parametersBillions: Decimal,
  memoryGB: number,
  headroom: Decimal,
): number {
  const needGB = bytesPerParam.times(parametersBillions);
  return needGB.div(headroom.times(memoryGB)).ceil().toNumber() || 1;
}

function fmt(x: Decimal): string {
  return x.toFixed();
}

export function deriveThroughput(
  gpus: readonly GpuSpec[],
  rule: RawDerivation,
  measuredTraining: readonly TrainingThroughput[],
  measuredServing: readonly ServingThroughput[],
): DerivedThroughput {
  const util = d(rule.trainingUtilisation);
  const headroom = d(rule.memoryHeadroom);
  // A measurement replaces the rule's figure only at the rule's own precision: an FP8 run on a tuned
  // stack (NeMo's H100 figures) must not stand in for what a BF16 run achieves.
  const measured = new Set(measuredTraining.map((t) => key(t.gpu, t.parametersBillions, t.method, t.precision)));
  const measuredServe = new Set(measuredServing.map((t) => key(t.gpu, t.parametersBillions, 'serve', t.precision)));
  const training: TrainingThroughput[] = [];
  const serving: ServingThroughput[] = [];
  for (const gpu of gpus) {
    for (const sizeText of rule.sizesBillions) {
      const size = d(sizeText);
      const denseFlops = gpu.peakBf16Tflops.times(TERA_OVER_GIGA);
      for (const method of THROUGHPUT_METHODS) {
        if (measured.has(key(gpu.id, size, method, rule.precision))) continue;
        const minGpus = gpusForMemory(d(rule.bytesPerParam[method]), size, gpu.memoryGB, headroom);
        if (minGpus > rule.maxGpus) continue;
        const flopsPerToken = d(rule.flopsPerTokenPerParam[method === 'qlora' ? 'lora' : method]);
        let tokensPerSecond = denseFlops.times(util).div(flopsPerToken.times(size));
        let how = `${fmt(gpu.peakBf16Tflops)} TFLOP/s × ${fmt(util)} / (${fmt(flopsPerToken)} × ${fmt(size)}B params)`;
        if (method === 'qlora') {
          tokensPerSecond = tokensPerSecond.times(d(rule.qloraSpeedFactor));
          how += ` × ${rule.qloraSpeedFactor} (QLoRA vs LoRA)`;
        }
        tokensPerSecond = tokensPerSecond.floor();
        training.push({
          gpu: gpu.id,
          parametersBillions: size,
          method,
          tokensPerSecond,
          basis: 'derived',
          source: rule.source,
          asOf: rule.asOf,
          minGpus,
          precision: rule.precision,
          note:
            `derived: ${how} = ${tokensPerSecond.toFixed()} tokens/s per GPU; ` +
            `memory needs ≥ ${minGpus} × ${gpu.memoryGB} GB ` +
            `(${rule.bytesPerParam[method]} bytes/param at ${fmt(headroom)} of memory)`,
        });
      }
      if (measuredServe.has(key(gpu.id, size, 'serve', rule.precision))) continue;
      const serveGpus = gpusForMemory(d(rule.servingBytesPerParam), size, gpu.memoryGB, headroom);
      if (serveGpus > rule.maxGpus) continue;
      const serveUtil = d(rule.servingUtilisation);
      const outputTokensPerSecond = denseFlops.times(serveUtil).div(size.times(2)).floor();
      serving.push({
        gpu: gpu.id,
        parametersBillions: size,
        outputTokensPerSecond,
        basis: 'derived',
        source: rule.source,
        asOf: rule.asOf,
        minGpus: serveGpus,
        precision: rule.precision,
        note:
          `derived: ${fmt(gpu.peakBf16Tflops)} TFLOP/s × ${fmt(serveUtil)} / (2 × ${fmt(size)}B params) = ` +
          `${outputTokensPerSecond.toFixed()} output tokens/s per GPU under batched load; ` +
          `weights need ≥ ${serveGpus} × ${gpu.memoryGB} GB`,
      });
    }
  }
  return { training, serving };
}
