/** The words of `estimate --self-hosted`'s facts: what its rows assume, and why a GPU has no row. */
import type { SelfHostedNote } from '../../domain/notes.js';
import { Decimal } from '../../decimal.js';
import type { WordsOf } from './inputs.js';

/** Whole GiB, rounded away from the verdict: a need up, a room down (so "needs 163 of 72" never reads as fitting). */
const needGiB = (s: string) => new Decimal(s).ceil().toFixed(0);
const roomGiB = (s: string) => new Decimal(s).floor().toFixed(0);

export const SELF_HOSTED_WORDS: WordsOf<SelfHostedNote> = {
  'self-hosted-plan': (n) =>
    `self-hosted rows are estimates: ${n.method}${n.loraRank === null ? '' : ` rank ${n.loraRank}`} at ` +
    `${n.precision}, micro-batch ${n.microBatch}, gradient checkpointing ${n.gradientCheckpointing ? 'on' : 'off'}, ` +
    'sequences of the tokens per example rounded up to a power of two; on each GPU the catalog rents, the ' +
    `smallest node whose memory (${new Decimal(n.headroom).times(100).toFixed()}% of each GPU) holds the job, ` +
    'at the offer whose bill is cheapest; GPU-hours = training tokens ÷ (tokens/s per GPU × 3600); each GPU ' +
    `billed its share + ${n.jobOverheadMinutes} min of set-up${n.jobOverheadAssumed ? ' (assumed)' : ''}, ` +
    "rounded up to the offer's billing increment and minimum",
  'self-hosted-epochs-assumed': (n) =>
    `self-hosted: ${n.epochs} epochs (the default num_train_epochs of Hugging Face's TrainingArguments)`,
  'self-hosted-does-not-fit': (n) =>
    `${n.model}: ${n.gpuName} ×${n.largestNode} is the largest node: needs ${needGiB(n.perGpuGiB)} GiB per GPU, ` +
    `${roomGiB(n.usableGiB)} GiB usable`,
  'self-hosted-no-throughput': (n) =>
    `${n.model}: fits on ${n.gpuName}, but the throughput tables have no ${n.method} ${n.precision} training figure ` +
    `for ${n.parametersBillions}B parameters or more on it`,
  'self-hosted-no-architecture': (n) =>
    `${n.model}: no architecture figures (layers, widths), so its memory cannot be sized`,
};
