/**
 * The words of the break-even options' facts: what an option rests on, why it is left out of the
 * decision or could not be built, and the sensitivity inputs' names and why one is not varied.
 */
import type {
  ExclusionNote,
  OptionNote,
  PricedAt,
  SensitivityInput,
  SensitivityNote,
  SkipNote,
} from '../../domain/notes.js';
import { d } from '../../decimal.js';
import { plural, type WordsOf } from './inputs.js';

/** "prompted gpt-4o at OpenAI", "fine-tuned gpt-4o-mini at Azure OpenAI global". */
function pricedAtWords(p: PricedAt): string {
  return p.role === 'prompted'
    ? `prompted ${p.model} at ${p.providerName}`
    : `fine-tuned ${p.model} at ${p.providerName}${p.tier ? ` ${p.tier}` : ''}`;
}

/** " (bf16, vLLM)": the precision a throughput was measured at, and the engine when known. */
const measuredAt = (n: { precision: string; engine: string | null }) =>
  `${n.precision}${n.engine ? `, ${n.engine}` : ''}`;

/** A serving note's bound when the memory need is within what the unit and the throughput figure take. */
const BOUND_BY_UNIT = 'the rented unit and the throughput figure take as many';

export const OPTION_WORDS: WordsOf<OptionNote> = {
  'no-cached-rate': (n) =>
    `${pricedAtWords(n.pricedAt)}: no cached-input rate in the catalog; ` +
    `the ${n.cachedTokens} cached prompt tokens are priced at the full input rate`,
  'no-batch-rate': (n) =>
    `${pricedAtWords(n.pricedAt)}: no batch rate in the catalog; the batch share is priced at standard rates`,
  'prompted-tokens': (n) =>
    `${n.inputTokens} input` +
    (n.cachedInputTokens > 0 ? ` (${n.cachedInputTokens} of them cached, at ${n.cachedRatePer1M}/1M)` : '') +
    ` + ${n.outputTokens} output tokens per query at base prices`,
  'prompted-snapshot-ends': (n) =>
    `the ${n.model} snapshot stops serving on ${n.servingEndsOn}, inside the horizon: ` +
    'prompting moves to its successor, whose prices may differ',
  'storage-fee': (n) => `storing the fine-tuned model costs ${n.perMonthUsd} USD a month, used or not`,
  'tokens-in-hourly-price': () => 'no per-token price listed: tokens are taken as included in the hourly price',
  'one-deployment': () => 'one deployment: its capacity is not published, so no replicas are added at high volume',
  'catalog-note': (n) => n.text,
  'self-hosted-training': (n) =>
    `training (${measuredAt(n)}): ${n.trainingTokens} tokens ` +
    `(${plural(n.epochs, 'epoch')} × ${n.tokensPerEpoch} tokens) ÷ ${n.tokensPerSecond} tokens/s per GPU ` +
    `(${n.basis}${n.throughputForBillions === null ? '' : `, for ${n.throughputForBillions}B`}) = ` +
    `${d(n.gpuHours).toSignificantDigits(4).toFixed()} GPU-hours` +
    (n.billed === undefined
      ? ` × ${n.perGpuHourUsd}/GPU-hour on ${n.providerName} ${n.gpu}, billed by the second; ` +
        'setup and idle time not included'
      : ` on ${plural(n.billed.gpus, 'GPU')} (the smallest node it fits on), billed ` +
        `${d(n.billed.billedGpuHours).toSignificantDigits(4).toFixed()} GPU-hours with ` +
        `${n.billed.jobOverheadMinutes} min of set-up a GPU, rounded to the rental's increment, ` +
        `× ${n.perGpuHourUsd}/GPU-hour on ${n.providerName} ${n.gpu}`),
  serving: (n) =>
    `serves (${measuredAt(n)}) on ${n.providerName} ${n.gpu} ` +
    `(${n.gpus} GPU${n.gpus > 1 ? 's' : ''} a replica at ${n.perGpuHourUsd}/GPU-hour); ` +
    `${n.tokensPerSecond} tokens/s per GPU (${n.basis}) ÷ ${n.tokensPerQuery} tokens a query (prompt + output)` +
    (n.peakFactor === null ? '' : ` ÷ peak factor ${n.peakFactor}`) +
    ` → ${n.queriesPerReplica} queries per replica per ${n.hoursPerDay}-hour day` +
    (n.memory === undefined
      ? ''
      : `; weights + KV cache for ${n.memory.contextLength} tokens × ${plural(n.memory.concurrency, 'sequence')} ` +
        `need ${plural(n.memory.gpusForMemory, 'GPU')} (${d(n.memory.perGpuGiB).toSignificantDigits(3).toFixed()} ` +
        `GiB each): ${n.memory.bound === 'memory' ? 'memory sets the GPUs a replica' : BOUND_BY_UNIT}`),
  'serving-throughput-note': (n) => `serving throughput: ${n.text}`,
};

export const EXCLUSION_WORDS: WordsOf<ExclusionNote> = {
  'closed-to-team': (n) =>
    `closed to ${n.customer === 'lapsed' ? 'customers without recent use' : 'new customers'} since ${n.since}`,
  'not-trainable-on-date': (n) => `cannot be trained on ${n.asOf} (new training ended ${n.trainingEndedOn})`,
  'shut-down-before-date': (n) => `shut down on ${n.servingEndsOn}: neither trained nor served on ${n.asOf}`,
  'stops-serving-in-horizon': (n) =>
    `stops serving on ${n.servingEndsOn}, inside the ${n.horizonMonths}-month horizon (to ${n.horizonEnd})` +
    (n.trainingEndsOn ? `; new training ends ${n.trainingEndsOn}` : ''),
  'retraining-not-buyable': (n) =>
    `the retraining due ${n.due} cannot be bought: ` +
    `new training ends ${n.trainingEndsOn}, inside the ${n.horizonMonths}-month horizon`,
  'not-for-production': () => 'not for production (no SLA)',
};

export const SKIP_WORDS: WordsOf<SkipNote> = {
  'shut-down': (n) => `shut down on ${n.on}`,
  'no-per-token-serving-price': () =>
    'the catalog has no per-token price for serving the fine-tuned model here (a dedicated endpoint may apply)',
  'closed-weights': (n) => `${n.model} has no published parameter count (closed weights): it cannot be self-hosted`,
  'no-gpu-rental': (n) => `no on-demand rental of GPU "${n.gpu}" in the catalog`,
  'no-gpu-rentals': () => 'the catalog has no GPU rental prices',
  'no-training-throughput': (n) =>
    `no ${n.precision} ${n.method} training throughput for a ${n.parametersBillions}B model ` +
    'on a rentable GPU in the catalog',
  'no-serving-throughput': (n) =>
    `no ${n.precision} serving throughput for a ${n.parametersBillions}B model on a rentable GPU in the catalog`,
  'self-hosted-training-does-not-fit': (n) =>
    `${n.model}: its ${n.method} training fits on no rented GPU that has a training throughput figure for it`,
  'serving-does-not-fit': (n) =>
    `${n.model}: weights + KV cache for ${n.contextLength} tokens × ${plural(n.concurrency, 'sequence')} fit on ` +
    'no rented GPU with a serving throughput figure, up to 8 of it',
};

/** Each sensitivity input's name (docs/sensitivity.md). */
const SENSITIVITY_LABELS: Record<SensitivityInput, string> = {
  'queries-per-day': 'query volume',
  'prompted-input-tokens': 'prompted input tokens/query',
  'ft-input-tokens': 'fine-tuned input tokens/query',
  'output-tokens': 'output tokens/query',
  'cached-share': 'cached input share',
  'hosting-per-hour': 'hosting $/h',
  'training-examples': 'training size (examples)',
  epochs: 'epochs',
  'horizon-months': 'horizon',
  throughput: 'throughput',
  'prompted-success-rate': 'prompted success rate',
  'ft-success-rate': 'fine-tuned success rate',
  'one-time-extras': 'data preparation and engineering',
  'per-cycle-extras': 'evaluation and review per cycle',
  'monitoring-per-month': 'monitoring $/month',
  'failure-cost': 'cost of fixing a failed answer',
};

export const SENSITIVITY_WORDS: WordsOf<SensitivityNote> = {
  'sensitivity-input': (n) => SENSITIVITY_LABELS[n.input],
  'per-query-price-of': (n) => `per-query price of ${n.option}`,
  'success-rate-of': (n) => `success rate of ${n.option}`,
  'no-success-rate-in-pair': () => 'neither option compared has this success rate',
  'no-extra-cost-in-pair': () => 'neither option compared pays this cost',
  'input-not-given': () => 'not given',
  'no-hourly-option': () => 'neither option is billed by the hour',
  'no-training-cost': () => 'neither option has a training cost',
  'no-capacity-limit': () => 'neither option has a capacity limit',
  'no-input-tokens': () => 'no input tokens',
  'scenario-per-query-prices': () => "a scenario's options give prices per query, not token counts",
};
