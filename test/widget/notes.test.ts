/**
 * Every kind of note (src/domain/notes.ts) in each audience's words (src/render/words/): the CLI's name
 * flags, the library's option keys, the widget's its boxes, and a hint naming an input the widget has
 * no box for is left out. One sample of every kind (the compiler refuses a table that misses one).
 */
import { describe, expect, it } from 'vitest';
import { CLI_WORDING } from '../../cli/wording.js';
import type { Note, NoteKind } from '../../src/domain/notes.js';
import { wordNote } from '../../src/render/words/notes.js';
import { WIDGET_WORDING } from '../../widget/src/compute.js';

const pricedAt = { role: 'fine-tuned', model: 'ol-mini', providerName: 'OpenLab', tier: 'global' } as const;
const between: [string, string] = ['a', 'b'];

const SAMPLES: { [K in NoteKind]: Extract<Note, { kind: K }> } = {
  'truncated-examples': { kind: 'truncated-examples', examples: 2, capTokens: 65536 },
  'minimum-charge-applied': {
    kind: 'minimum-charge-applied',
    provider: 'together',
    model: 'm',
    method: 'sft-lora',
    minimumUsd: '6',
  },
  'per-job-cap-applied': { kind: 'per-job-cap-applied', trainingHours: '10', perHourUsd: '100', capUsd: '500' },
  'minimum-charge-without-price': { kind: 'minimum-charge-without-price', providerName: 'Mistral AI', minimumUsd: '4' },
  'training-hours-needed': { kind: 'training-hours-needed' },
  'training-price-not-published': { kind: 'training-price-not-published', providerName: 'Mistral AI' },
  'no-training-price': { kind: 'no-training-price' },
  'budget-billed-per-hour': { kind: 'budget-billed-per-hour' },
  'minimum-charge-over-budget': { kind: 'minimum-charge-over-budget', minimumUsd: '12' },
  'epochs-outside-limit': { kind: 'epochs-outside-limit', epochs: 9, min: 1, max: 5, limitNote: 'Bedrock' },
  'unit-over-budget': { kind: 'unit-over-budget', unit: 'example', unitCostUsd: '3' },
  'tokens-per-example-bounds': { kind: 'tokens-per-example-bounds', low: 250, high: 750, why: 'not-given' },
  'token-count-bounds': { kind: 'token-count-bounds', percent: 10 },
  'epochs-bounds': { kind: 'epochs-bounds', low: 2, high: 4, basis: 'openai-auto' },
  'price-copy-bounds': { kind: 'price-copy-bounds' },
  'price-conflict-bounds': { kind: 'price-conflict-bounds', figures: 2 },
  'no-cached-rate': { kind: 'no-cached-rate', pricedAt, cachedTokens: 150 },
  'no-batch-rate': { kind: 'no-batch-rate', pricedAt },
  'prompted-tokens': {
    kind: 'prompted-tokens',
    inputTokens: 2000,
    cachedInputTokens: 1800,
    cachedRatePer1M: '0.5',
    outputTokens: 100,
  },
  'prompted-snapshot-ends': { kind: 'prompted-snapshot-ends', model: 'gpt-4o', servingEndsOn: '2027-01-14' },
  'storage-fee': { kind: 'storage-fee', perMonthUsd: '1.95' },
  'tokens-in-hourly-price': { kind: 'tokens-in-hourly-price' },
  'one-deployment': { kind: 'one-deployment' },
  'catalog-note': { kind: 'catalog-note', text: 'spot capacity, no SLA' },
  'self-hosted-training': {
    kind: 'self-hosted-training',
    precision: 'bf16',
    engine: null,
    trainingTokens: '1500000',
    epochs: 3,
    tokensPerEpoch: '500000',
    tokensPerSecond: '2500',
    basis: 'measured',
    throughputForBillions: null,
    gpuHours: '0.1666666666666666666666666666666666666667',
    perGpuHourUsd: '2.5',
    providerName: 'GPUs Inc',
    gpu: 'H100',
  },
  serving: {
    kind: 'serving',
    precision: 'bf16',
    engine: 'vLLM',
    providerName: 'GPUs Inc',
    gpu: 'H100',
    gpus: 1,
    perGpuHourUsd: '2.5',
    tokensPerSecond: '1000',
    basis: 'measured',
    tokensPerQuery: 350,
    peakFactor: '2',
    queriesPerReplica: '123428',
    hoursPerDay: '24',
  },
  'serving-throughput-note': { kind: 'serving-throughput-note', text: 'measured at batch 32' },
  'closed-to-team': { kind: 'closed-to-team', customer: 'new', since: '2026-05-07' },
  'not-trainable-on-date': { kind: 'not-trainable-on-date', asOf: '2026-11-23', trainingEndedOn: '2026-10-01' },
  'shut-down-before-date': { kind: 'shut-down-before-date', servingEndsOn: '2026-10-01', asOf: '2026-11-23' },
  'stops-serving-in-horizon': {
    kind: 'stops-serving-in-horizon',
    servingEndsOn: '2027-01-14',
    horizonMonths: '12',
    horizonEnd: '2027-11-23',
    trainingEndsOn: '2027-01-06',
  },
  'retraining-not-buyable': {
    kind: 'retraining-not-buyable',
    due: '2027-05-23',
    trainingEndsOn: '2027-04-01',
    horizonMonths: '12',
  },
  'not-for-production': { kind: 'not-for-production' },
  'shut-down': { kind: 'shut-down', on: '2026-10-01' },
  'no-per-token-serving-price': { kind: 'no-per-token-serving-price' },
  'closed-weights': { kind: 'closed-weights', model: 'gpt-4o-mini' },
  'no-gpu-rental': { kind: 'no-gpu-rental', gpu: 'h100-sxm' },
  'no-gpu-rentals': { kind: 'no-gpu-rentals' },
  'no-training-throughput': {
    kind: 'no-training-throughput',
    precision: 'fp8',
    method: 'lora',
    parametersBillions: '8',
  },
  'no-serving-throughput': { kind: 'no-serving-throughput', precision: 'fp8', parametersBillions: '8' },
  'self-hosted-training-does-not-fit': { kind: 'self-hosted-training-does-not-fit', model: 'm', method: 'lora' },
  'serving-does-not-fit': { kind: 'serving-does-not-fit', model: 'm', contextLength: 8192, concurrency: 4 },
  'epochs-assumed': { kind: 'epochs-assumed', epochs: 1, providerName: 'GCP' },
  'epochs-assumed-default': { kind: 'epochs-assumed-default', epochs: 3, providerName: 'GCP', note: null },
  'self-hosted-epochs': { kind: 'self-hosted-epochs', model: 'llama', epochs: 3, asProviderName: 'Together AI' },
  'serving-capacity-even': { kind: 'serving-capacity-even' },
  'serving-capacity-peak': { kind: 'serving-capacity-peak', peakFactor: '2' },
  'serving-capacity-tokens': { kind: 'serving-capacity-tokens' },
  'prompt-caching': {
    kind: 'prompt-caching',
    baseCachedInputTokens: 1800,
    baseInputTokens: 2000,
    cachedInputTokens: 0,
    inputTokens: 200,
  },
  'batch-share': { kind: 'batch-share', sharePercent: '50', batchedOptions: ['prompted/big'] },
  'batch-share-unused': { kind: 'batch-share-unused', sharePercent: '50' },
  'no-platform-fine-tunes': { kind: 'no-platform-fine-tunes', model: 'm', providers: ['openai'], asOf: '2026-11-23' },
  'prompted-cheapest-at': {
    kind: 'prompted-cheapest-at',
    model: 'gpt-4o',
    providerNames: ['OpenAI'],
    alsoAt: ['Azure OpenAI'],
  },
  'month-hours': { kind: 'month-hours', hoursPerMonth: '730' },
  'training-once': { kind: 'training-once', horizonMonths: '12' },
  'training-every-cycle': { kind: 'training-every-cycle', retrainEveryMonths: '6' },
  'training-cycle-over-horizon': { kind: 'training-cycle-over-horizon', retrainEveryMonths: '24', horizonMonths: '12' },
  'tokens-per-training-example-assumed': { kind: 'tokens-per-training-example-assumed', tokensPerExample: 500 },
  'tokens-per-example-assumed': { kind: 'tokens-per-example-assumed', tokensPerExample: 500 },
  'remaining-life-spread': { kind: 'remaining-life-spread' },
  'hours-up': { kind: 'hours-up', hoursPerDayUp: '12' },
  'training-set-counted': { kind: 'training-set-counted', examples: 3, file: 'train.jsonl' },
  'crossings-repeat': { kind: 'crossings-repeat', between, everyQueriesPerDay: '1000' },
  'crossings-searched-up-to': { kind: 'crossings-searched-up-to', between, queriesPerDay: '200000000' },
  'cheapest-known-up-to': { kind: 'cheapest-known-up-to', queriesPerDay: '200000000' },
  'extras-fine-tuned-only': { kind: 'extras-fine-tuned-only' },
  'extras-once-over-horizon': { kind: 'extras-once-over-horizon', horizonMonths: '12' },
  'extras-every-cycle': { kind: 'extras-every-cycle', retrainEveryMonths: '3' },
  'evaluation-at-own-price': { kind: 'evaluation-at-own-price', evalExamples: '200' },
  'quality-adjusted': {
    kind: 'quality-adjusted',
    promptedSuccessRate: '0.7',
    ftSuccessRate: '0.96',
    failureFixUsd: null,
    retryAssumed: true,
  },
  'quality-per-option': {
    kind: 'quality-per-option',
    rates: [{ id: 'prompted', successRate: '0.7' }],
    failureFixUsd: '0.5',
    retryAssumed: false,
  },
  'epoch-maximum-unverified': { kind: 'epoch-maximum-unverified', providerNames: ['Azure OpenAI'] },
  given: { kind: 'given', text: 'my own assumption' },
  'validation-not-billed': { kind: 'validation-not-billed' },
  'sensitivity-input': { kind: 'sensitivity-input', input: 'queries-per-day' },
  'per-query-price-of': { kind: 'per-query-price-of', option: 'prompted' },
  'success-rate-of': { kind: 'success-rate-of', option: 'prompted' },
  'no-success-rate-in-pair': { kind: 'no-success-rate-in-pair' },
  'no-extra-cost-in-pair': { kind: 'no-extra-cost-in-pair' },
  'input-not-given': { kind: 'input-not-given' },
  'no-hourly-option': { kind: 'no-hourly-option' },
  'no-training-cost': { kind: 'no-training-cost' },
  'no-capacity-limit': { kind: 'no-capacity-limit' },
  'no-input-tokens': { kind: 'no-input-tokens' },
  'scenario-per-query-prices': { kind: 'scenario-per-query-prices' },
  'self-hosted-plan': {
    kind: 'self-hosted-plan',
    method: 'lora',
    precision: 'bf16',
    microBatch: 1,
    gradientCheckpointing: true,
    loraRank: 16,
    headroom: '0.9',
    jobOverheadMinutes: '10',
    jobOverheadAssumed: true,
  },
  'self-hosted-epochs-assumed': { kind: 'self-hosted-epochs-assumed', epochs: 3 },
  'self-hosted-does-not-fit': {
    kind: 'self-hosted-does-not-fit',
    model: 'm',
    gpuName: 'NVIDIA L4',
    largestNode: 1,
    perGpuGiB: '140.5',
    usableGiB: '21.6',
  },
  'self-hosted-no-throughput': {
    kind: 'self-hosted-no-throughput',
    model: 'm',
    gpuName: 'NVIDIA L4',
    method: 'lora',
    precision: 'bf16',
    parametersBillions: '70',
  },
  'self-hosted-no-architecture': { kind: 'self-hosted-no-architecture', model: 'm' },
};

const notes = Object.values(SAMPLES) as Note[];
const FLAG = /--[a-z]|ftcost /;

describe('notes in each audience’s words', () => {
  it('the widget’s and the library’s words never name a CLI flag or command', () => {
    for (const n of notes) {
      expect(wordNote(n, WIDGET_WORDING), n.kind).not.toMatch(FLAG);
      expect(wordNote(n), n.kind).not.toMatch(FLAG);
    }
  });

  const hints: [NoteKind, string, string, string][] = [
    [
      'serving-capacity-even',
      'serving capacity: the load is spread evenly over the hours up (peak factor 1); ' +
        '--peak-factor 2 sizes replicas for a busiest hour at twice the average',
      'serving capacity: the load is spread evenly over the hours up (peak factor 1); ' +
        'peakFactor: 2 sizes replicas for a busiest hour at twice the average',
      'serving capacity: the load is spread evenly over the hours up (peak factor 1); ' +
        'Peak ÷ average load = 2 sizes replicas for a busiest hour at twice the average',
    ],
    [
      'prompted-cheapest-at',
      'Prompted gpt-4o priced at OpenAI, the cheapest listing it (also ' +
        'at Azure OpenAI); --base-provider picks another.',
      'Prompted gpt-4o priced at OpenAI, the cheapest listing it (also at Azure OpenAI); baseProvider picks another.',
      // The widget prices the prompted model at the cheapest provider only: no box to pick another.
      'Prompted gpt-4o priced at OpenAI, the cheapest listing it (also at Azure OpenAI).',
    ],
    [
      'training-hours-needed',
      'billed per training hour; give the hours (--training-hours) to price it',
      'billed per training hour; give the hours (trainingHours) to price it',
      'billed per training hour',
    ],
    [
      'tokens-per-example-assumed',
      '500 tokens per example assumed (pass --tokens-per-example or --file for your data)',
      '500 tokens per example assumed (pass tokensPerExample or dataset for your data)',
      '500 tokens per example assumed (pass Tokens per example or Training file for your data)',
    ],
    [
      'tokens-per-training-example-assumed',
      '500 tokens per training example assumed (pass --tokens-per-example for your data)',
      '500 tokens per training example assumed (pass tokensPerExample for your data)',
      '500 tokens per training example assumed (pass Tokens per example for your data)',
    ],
    [
      'tokens-per-example-bounds',
      '250–750 tokens per example (assumed: no --tokens-per-example)',
      '250–750 tokens per example (assumed: no tokensPerExample)',
      '250–750 tokens per example (assumed: no Tokens per example)',
    ],
    [
      'validation-not-billed',
      'the validation file is counted but billed 0 times (no evaluations given): pass --evaluations N ' +
        'to price the evaluations the job runs, where a provider bills them',
      'the validation file is counted but billed 0 times (no evaluations given): pass evaluations: N ' +
        'to price the evaluations the job runs, where a provider bills them',
      // The widget has no box for evaluations.
      'the validation file is counted but billed 0 times (no evaluations given)',
    ],
  ];
  it.each(hints)(
    '%s names the input: the CLI’s flag, the library’s key, the widget’s box',
    (kind, cli, lib, widget) => {
      const n = SAMPLES[kind] as Note;
      expect(wordNote(n, CLI_WORDING)).toBe(cli);
      expect(wordNote(n)).toBe(lib);
      expect(wordNote(n, WIDGET_WORDING)).toBe(widget);
    },
  );

  it('every other note is the same sentence for every audience: it names no input', () => {
    const naming = new Set(hints.map(([kind]) => kind));
    for (const n of notes) {
      if (naming.has(n.kind)) continue;
      const cli = wordNote(n, CLI_WORDING);
      expect(cli, n.kind).not.toMatch(FLAG);
      expect(wordNote(n), n.kind).toBe(cli);
      expect(wordNote(n, WIDGET_WORDING), n.kind).toBe(cli);
    }
  });
});
