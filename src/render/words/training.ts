/**
 * The words of the training estimate's and the budget's facts: warnings, missing prices, why nothing
 * fits, bounds, what they assume. Apart from the break-even's (./breakEven.ts, ./summary.ts), so the
 * widget's first script, which estimates, carries only these (./estimate.ts).
 */
import type { BudgetNote, EstimateSummaryNote, RangeNote, TrainingNote } from '../../domain/notes.js';
import { ASSUMED_TOKENS_SPREAD_PERCENT } from '../../engine/training/range.js';
import { settable, type WordsOf } from './inputs.js';

export const TRAINING_WORDS: WordsOf<TrainingNote> = {
  'truncated-examples': (n) =>
    `${n.examples} example(s) exceed the ${n.capTokens}-token limit per example and are billed (and trained) truncated`,
  'minimum-charge-applied': (n) =>
    `${n.provider}/${n.model} ${n.method}: ` +
    `the job is below the ${n.minimumUsd} USD minimum charge and is billed the minimum`,
  'per-job-cap-applied': (n) =>
    `${n.trainingHours} hours × ${n.perHourUsd} USD exceeds the ${n.capUsd} USD per-job cap: ` +
    'the job pauses at the cap',
  'minimum-charge-without-price': (n) =>
    `${n.providerName} charges at least ${n.minimumUsd} USD per job; the per-token price is not published`,
  'training-hours-needed': (_, w) => {
    const hours = settable(w, 'trainingHours');
    return hours ? `billed per training hour; give the hours (${hours}) to price it` : 'billed per training hour';
  },
  'training-price-not-published': (n) => `training price not published in the sources read for ${n.providerName}`,
  'no-training-price': () => 'no training price',
};

export const BUDGET_WORDS: WordsOf<BudgetNote> = {
  'epoch-maximum-unverified': (n) =>
    `epoch maximum not verified for ${n.providerNames.join(', ')}: see each row's epochLimit`,
  'budget-billed-per-hour': () => 'billed per training hour: what fits depends on hours, not tokens',
  'minimum-charge-over-budget': (n) => `the ${n.minimumUsd} USD minimum charge per job is over the budget`,
  'epochs-outside-limit': (n) => `${n.epochs} epochs is outside the platform's ${n.min}–${n.max} (${n.limitNote})`,
  'unit-over-budget': (n) => `one ${n.unit} costs ${n.unitCostUsd} USD, over the budget`,
};

export const RANGE_WORDS: WordsOf<RangeNote> = {
  'tokens-per-example-bounds': (n, w) => {
    const given = settable(w, 'tokensPerExample');
    const why =
      n.why === 'given'
        ? 'the range given'
        : n.why === 'assumed'
          ? `assumed, ±${ASSUMED_TOKENS_SPREAD_PERCENT}%`
          : given
            ? `assumed: no ${given}`
            : 'assumed';
    return `${n.low}–${n.high} tokens per example (${why})`;
  },
  'token-count-bounds': (n) => `±${n.percent}% of a count made with a stand-in tokenizer (exact counts: no spread)`,
  'epochs-bounds': (n) =>
    `${n.low}–${n.high} epochs (${n.basis === 'openai-auto' ? "the service's auto choice" : 'an assumed default'})`,
  'price-copy-bounds': () => "the copy's figure (no other figure known)",
  'price-conflict-bounds': (n) => `${n.figures} rejected figure(s), each with its reason`,
};

export const ESTIMATE_SUMMARY_WORDS: WordsOf<EstimateSummaryNote> = {
  'tokens-per-example-assumed': (n, w) => {
    const given = [settable(w, 'tokensPerExample'), settable(w, 'dataset')].filter((g) => g !== undefined);
    return (
      `${n.tokensPerExample} tokens per example assumed` +
      (given.length ? ` (pass ${given.join(' or ')} for your data)` : '')
    );
  },
  'epochs-assumed-default': (n) =>
    `${n.epochs} epochs assumed for ${n.providerName}: ${n.note ?? 'its default is not published'}`,
  given: (n) => n.text,
  'validation-not-billed': (_n, w) => {
    const hint = settable(w, 'evaluations', 'N');
    return (
      'the validation file is counted but billed 0 times (no evaluations given)' +
      (hint ? `: pass ${hint} to price the evaluations the job runs, where a provider bills them` : '')
    );
  },
};
