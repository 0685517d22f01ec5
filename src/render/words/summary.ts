/**
 * The words of what a whole break-even comparison assumes and notes. The hints name inputs
 * through the audience's Wording ("pass --tokens-per-example for your data" on the command line), and
 * are left out where the audience cannot set the input (the widget has no base-provider box).
 */
import type { ComparisonNote } from '../../domain/notes.js';
import { d, HOURS_PER_MONTH } from '../../decimal.js';
import { plural, settable, type WordsOf } from './inputs.js';

const failureWords = (n: { failureFixUsd: string | null; retryAssumed: boolean }) =>
  n.failureFixUsd
    ? `a failed answer costs $${n.failureFixUsd} to fix by hand`
    : `a failed answer is asked again at the option's own price${n.retryAssumed ? ' (no failure cost given)' : ''}`;

export const COMPARISON_WORDS: WordsOf<ComparisonNote> = {
  'epochs-assumed': (n) => `${plural(n.epochs, 'epoch')} assumed for ${n.providerName} (its default is not published)`,
  'self-hosted-epochs': (n) =>
    `self-hosted training of ${n.model} runs ${plural(n.epochs, 'epoch')} ` +
    `(${n.asProviderName ? `as ${n.asProviderName} would by default` : 'assumed'})`,
  'serving-capacity-even': (_, w) => {
    const peak = settable(w, 'peakFactor', '2');
    return (
      'serving capacity: the load is spread evenly over the hours up (peak factor 1)' +
      (peak ? `; ${peak} sizes replicas for a busiest hour at twice the average` : '')
    );
  },
  'serving-capacity-peak': (n) => `serving capacity: replicas are sized for a peak ${n.peakFactor}× the average load`,
  'serving-capacity-tokens': () =>
    'serving capacity counts every token of a query (prompt and output) against the measured output-token ' +
    'throughput: conservative, since prefill is faster per token than decoding',
  'prompt-caching': (n) =>
    `prompt caching: ${n.baseCachedInputTokens} of the prompted model's ${n.baseInputTokens} input tokens ` +
    `and ${n.cachedInputTokens} of the fine-tuned model's ${n.inputTokens} are served from the provider's cache, ` +
    'at its cached-input rate',
  'batch-share': (n) =>
    `${n.sharePercent}% of queries go through a batch API, at batch rates for ${n.batchedOptions.join(', ')} ` +
    '(the others have none in the catalog: standard rates)',
  'batch-share-unused': (n) =>
    `${n.sharePercent}% of queries would go through a batch API, ` +
    'but no option here has a batch rate in the catalog: the batch share changes nothing',
  'no-platform-fine-tunes': (n) =>
    `No platform in the catalog fine-tunes ${n.model}` +
    (n.providers.length ? ` among ${n.providers.join(', ')}` : '') +
    ` as of ${n.asOf}.`,
  'prompted-cheapest-at': (n, w) => {
    const other = settable(w, 'baseProvider');
    return (
      `Prompted ${n.model} priced at ${n.providerNames.join(', ')}, the cheapest listing it ` +
      `(also at ${n.alsoAt.join(', ')})${other ? `; ${other} picks another.` : '.'}`
    );
  },
  'month-hours': (n) =>
    `a month is ${n.hoursPerMonth} hours` +
    (d(n.hoursPerMonth).eq(HOURS_PER_MONTH) ? ' (365 × 24 ÷ 12, the cloud billing convention)' : '') +
    ' and a day 24',
  'training-once': (n) => `training is paid once and spread over the ${n.horizonMonths}-month horizon`,
  'training-every-cycle': (n) =>
    `training is repeated every ${n.retrainEveryMonths} months and its cost spread over each cycle`,
  'training-cycle-over-horizon': (n) =>
    `training is repeated every ${n.retrainEveryMonths} months, longer than the ${n.horizonMonths}-month horizon: ` +
    'the one training inside it is spread over the horizon',
  'tokens-per-training-example-assumed': (n, w) => {
    const given = settable(w, 'tokensPerExample');
    return `${n.tokensPerExample} tokens per training example assumed${given ? ` (pass ${given} for your data)` : ''}`;
  },
  'remaining-life-spread': () =>
    'an option that stops serving inside the horizon spreads its training over the calendar months it has left, ' +
    'and its running costs stop at the shutdown',
  'hours-up': (n) => `deployments and rented GPUs are up ${n.hoursPerDayUp} hours a day (and billed only then)`,
  'training-set-counted': (n) =>
    `training set: ${n.examples} valid examples counted${n.file ? ` in ${n.file}` : ''}, ` +
    "with each option's own tokenizer and per-example cap",
  'crossings-repeat': (n) =>
    `${n.between[0]} and ${n.between[1]} cost the same per query on average: their order keeps alternating, ` +
    `and the crossings listed repeat every ${n.everyQueriesPerDay} queries/day.`,
  'crossings-searched-up-to': (n) =>
    `${n.between[0]} and ${n.between[1]}: crossings were searched up to ${n.queriesPerDay} queries/day only ` +
    '(a great many replica steps).',
  'cheapest-known-up-to': (n) =>
    `the cheapest option is known up to ${n.queriesPerDay} queries/day only: ` +
    'the search for crossings stopped there, and past it nothing is named.',
  'extras-fine-tuned-only': () =>
    'costs beyond compute (data preparation, engineering, evaluation, review, monitoring) are paid by every ' +
    'fine-tuned option, not by prompting the base model',
  'extras-once-over-horizon': (n) =>
    `data preparation and engineering are paid once and spread over the ${n.horizonMonths}-month horizon ` +
    '(not again at a retraining)',
  'extras-every-cycle': (n) =>
    n.retrainEveryMonths
      ? `evaluation and review are paid again at every training, every ${n.retrainEveryMonths} months`
      : 'evaluation and review are paid with the one training',
  'evaluation-at-own-price': (n) =>
    `evaluation runs ${n.evalExamples} queries at each option's own per-query price ` +
    '(nothing more on an option billed by the hour: its replicas are paid for)',
  'quality-adjusted': (n) =>
    `volumes count usable answers: prompted answers usable ${n.promptedSuccessRate ?? '1'} of the time, ` +
    `fine-tuned ${n.ftSuccessRate ?? '1'}; ${failureWords(n)}`,
  'quality-per-option': (n) => {
    const rates = n.rates.map((r) => `${r.id}'s answers usable ${r.successRate} of the time`).join(', ');
    return `volumes count usable answers: ${rates}; ${failureWords(n)}`;
  },
};
