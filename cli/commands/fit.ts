/**
 * `ftcost fit -m MODEL --method qlora --seq-len 4096`: does a fine-tune (or, with --serve, a
 * deployment) of an open-weight model fit in GPU memory, on how many GPUs of each kind the catalog
 * rents, and what the memory is made of (weights, gradients, optimizer states, activations, KV cache).
 * Nothing is priced: the memory model is src/engine/memory/, its figures and sources docs/memory.md.
 */
import type { Argv } from 'yargs';
import { MEMORY_METHODS, MEMORY_PRECISIONS } from '../../src/domain/vocabulary.js';
import type { CliContext } from '../context.js';
import { DEFAULT_RANK, type FitArgs } from './fitArgs.js';
import { OUTPUT_FLAGS } from '../output.js';
import { withCatalogOptions } from '../options.js';

export const command = 'fit';
export const describe = 'Does a fine-tune (or a deployment) of an open-weight model fit in GPU memory, and on how many';

export function builder(y: Argv) {
  return withCatalogOptions(
    y
      .option('model', { alias: 'm', type: 'string', describe: 'The open-weight model (an id or alias)' })
      .option('method', { type: 'string', describe: `Fine-tuning method: ${MEMORY_METHODS.join(', ')}` })
      .option('seq-len', { type: 'string', describe: 'Tokens per training sequence' })
      .option('micro-batch', { type: 'string', describe: 'Sequences per GPU per step (default 1)' })
      .option('rank', { type: 'string', describe: `LoRA rank, on every linear layer (default ${DEFAULT_RANK})` })
      .option('gradient-checkpointing', {
        type: 'boolean',
        default: true,
        describe: 'Recompute activations in the backward pass (--no-gradient-checkpointing: keep them all)',
      })
      .option('precision', {
        type: 'string',
        default: 'bf16',
        describe: `Weights' precision: ${MEMORY_PRECISIONS.join(', ')}`,
      })
      .option('serve', { type: 'boolean', default: false, describe: 'Size a deployment instead of a fine-tune' })
      .option('context', { type: 'string', describe: 'With --serve: tokens of context per sequence' })
      .option('concurrency', { type: 'string', describe: 'With --serve: sequences served at once (default 1)' })
      .options(OUTPUT_FLAGS)
      .example('$0 fit -m llama-3.1-70b --method qlora --seq-len 4096', 'QLoRA of a 70B model: which GPUs, how many')
      .example('$0 fit -m llama-3.1-8b --serve --context 8192 --concurrency 32', 'Weights plus the KV cache'),
  );
}

/**
 * The work is in ./fitRun.ts, loaded only when `fit` runs: it brings the open models' architectures (JSON)
 * and the memory model, which no other command's start-up should parse.
 */
export async function handler(args: FitArgs, ctx: CliContext): Promise<number> {
  return (await import('./fitRun.js')).runFit(args, ctx);
}
