/**
 * The words of `ftcost fit`: what was sized, the verdict per GPU, and what the figures assume. The
 * numbers come formatted from ../fit.ts; only the sentences are composed here.
 */
import type { FitResult, FitWorkload } from '../../result/fit.js';

const METHOD_NAMES = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA (4-bit NF4)' } as const;

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** "QLoRA (4-bit NF4), rank 16, BF16 · 4,096-token sequences × micro-batch 1 · gradient checkpointing on". */
export function workloadWords(w: FitWorkload): string {
  if (w.kind === 'serve')
    return (
      `serving, ${w.precision.toUpperCase()} weights and KV cache · ${count(w.contextLength)}-token context × ` +
      `${count(w.concurrency)} concurrent sequence${w.concurrency === 1 ? '' : 's'}`
    );
  const rank = w.loraRank === null ? '' : `, rank ${count(w.loraRank)} (all linear layers)`;
  return (
    `${METHOD_NAMES[w.method]}${rank}, ${w.precision.toUpperCase()} · ${count(w.sequenceLength)} tokens × ` +
    `micro-batch ${count(w.microBatch)} · checkpointing ${w.gradientCheckpointing ? 'on' : 'off'}`
  );
}

export function titleWords(res: FitResult): string {
  return `ftcost fit · ${res.architecture.name} (${res.architecture.id}) · catalog ${res.version} · on ${res.asOf}`;
}

/** The verdict cell of one GPU. */
export function verdictWords(gpusNeeded: number | null): string {
  return gpusNeeded === null ? 'does not fit' : 'fits';
}

/** The lines under the table: how the GPUs were counted, and where every figure comes from. */
export function assumptionLines(res: FitResult, headroomPercent: string, overheadGiB: string): string[] {
  const a = res.architecture;
  const lines = [
    `Usable: ${headroomPercent} % of a GPU's memory; each GPU also holds ${overheadGiB} GiB of CUDA context.`,
    res.workload.kind === 'train'
      ? 'On several GPUs: weights, gradients and optimizer states sharded (FSDP / ZeRO-3), activations per GPU.'
      : 'On several GPUs: weights and KV cache split evenly (tensor parallelism).',
    'GPUs needed: the smallest GPU count a catalog rental offers that fits (* none offered: 1, 2, 4 or 8).',
    `Figures: ${a.source} (read ${a.asOf}${a.sourceKind === 'copy' ? ', from a copy' : ''}).`,
    'Formulas and their sources: docs/memory.md.',
  ];
  if (res.plan.gpus.every((g) => g.gpusNeeded === null))
    lines.unshift('It fits on no GPU of the catalog, even on the largest node offered.');
  return lines;
}
