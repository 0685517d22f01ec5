/**
 * How many epochs a platform runs. A user's number is used as given; "auto" means each platform's
 * own default: OpenAI's published n_epochs=auto rule for OpenAI and Azure OpenAI, and the value a
 * provider documents elsewhere (flagged as assumed where the provider does not publish one).
 */
import type { DefaultEpochs } from '../../domain/offers.js';

// OpenAI cookbook, "Data preparation and analysis for chat model fine-tuning"
// (https://cookbook.openai.com/examples/chat_finetuning_data_prep, the notebook
// examples/Chat_finetuning_data_prep.ipynb of github.com/openai/openai-cookbook).
const OPENAI_TARGET_EPOCHS = 3;
const OPENAI_MIN_TARGET_EXAMPLES = 100;
const OPENAI_MAX_TARGET_EXAMPLES = 25_000;
const OPENAI_MIN_DEFAULT_EPOCHS = 1;
const OPENAI_MAX_DEFAULT_EPOCHS = 25;

/** OpenAI's default epochs for a training file of `examples` examples. */
export function openaiDefaultEpochs(examples: number): number {
  if (!Number.isSafeInteger(examples) || examples < 1)
    throw new RangeError(`examples must be a positive integer, got ${examples}`);
  if (examples * OPENAI_TARGET_EPOCHS < OPENAI_MIN_TARGET_EXAMPLES) {
    return Math.min(OPENAI_MAX_DEFAULT_EPOCHS, Math.floor(OPENAI_MIN_TARGET_EXAMPLES / examples));
  }
  if (examples * OPENAI_TARGET_EPOCHS > OPENAI_MAX_TARGET_EXAMPLES) {
    return Math.max(OPENAI_MIN_DEFAULT_EPOCHS, Math.floor(OPENAI_MAX_TARGET_EXAMPLES / examples));
  }
  return OPENAI_TARGET_EPOCHS;
}

export type EpochsRequest = number | 'auto';

/** Where an epoch count came from: the user, OpenAI's rule, a documented default, or an assumption. */
export type EpochsBasis = 'requested' | 'openai-auto' | 'provider-default' | 'assumed';

export interface ResolvedEpochs {
  epochs: number;
  basis: EpochsBasis;
  source?: string;
  note?: string;
}

export function resolveEpochs(request: EpochsRequest, rule: DefaultEpochs, examples: number): ResolvedEpochs {
  if (request !== 'auto') return { epochs: request, basis: 'requested' };
  if ('rule' in rule)
    return { epochs: openaiDefaultEpochs(examples), basis: 'openai-auto', source: rule.source, note: rule.note };
  return {
    epochs: rule.value,
    basis: rule.assumed ? 'assumed' : 'provider-default',
    source: rule.source,
    note: rule.note,
  };
}
