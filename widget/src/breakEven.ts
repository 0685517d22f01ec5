/**
 * The break-even part of the calculator: the catalog's options for the common case (the prompted
 * base model vs the fine-tune on every platform, hourly deployments, self-hosting), their monthly
 * costs, every crossing and the regimes — all by the engine (src/engine/options.ts,
 * breakEvenAnalysis.ts) and in the CLI's JSON contract (src/result/breakEven.ts). Pure.
 */
import { d, HOURS_PER_MONTH } from '../../src/decimal.js';
import type { Catalog } from '../../src/catalog/model.js';
import type { TrainingDataset } from '../../src/engine/dataset.js';
import { analyzeBreakEven, type BreakEvenAnalysis } from '../../src/engine/breakEvenAnalysis.js';
import { optionsFromCatalog } from '../../src/engine/options.js';
import { toBreakEvenResult, type BreakEvenResult } from '../../src/result/breakEven.js';
import { attempt, InputError, parseEpochs, parseWhole, trainingDataset, type Outcome } from './compute.js';
import type { WidgetState } from './state.js';

export interface BreakEvenView {
  analysis: BreakEvenAnalysis;
  result: BreakEvenResult;
}

export function computeBreakEven(state: WidgetState, ctx: { catalog: Catalog; today: string; dataset?: TrainingDataset }): Outcome<BreakEvenView> {
  return attempt(() => {
    const dataset = trainingDataset(state, ctx.dataset);
    const hoursPerDay = parseWhole('Hours up per day', state.hoursPerDay);
    if (hoursPerDay > 24) throw new InputError('Hours up per day must be at most 24');
    const built = optionsFromCatalog(
      {
        baseModel: state.promptedModel,
        baseInputTokens: parseWhole('Prompted input tokens', state.promptedInputTokens, 0),
        baseOutputTokens: parseWhole('Output tokens', state.outputTokens),
        ftModel: state.ftModel,
        inputTokens: parseWhole('Fine-tuned input tokens', state.fineTunedInputTokens, 0),
        outputTokens: parseWhole('Output tokens', state.outputTokens),
        dataset,
        epochs: parseEpochs(state),
        providers: state.providers,
        asOf: ctx.today,
        today: ctx.today,
        hoursPerDayUp: d(hoursPerDay),
        queriesPerDay: d(parseWhole('Queries per day', state.queriesPerDay, 0)),
        selfHosted: state.selfHosted,
      },
      ctx.catalog,
    );
    // "Hourly deployments" off: compare only what is billed per token (and self-hosting, if on).
    const options = built.options.filter((o) => state.hourlyHosting || o.kind !== 'hosted-hourly');
    const horizon = d(parseWhole('Horizon (months)', state.horizonMonths));
    const analysis = analyzeBreakEven({
      options,
      baseline: built.baseline,
      queriesPerDay: d(parseWhole('Queries per day', state.queriesPerDay, 0)),
      horizonMonths: horizon,
      hoursPerMonth: HOURS_PER_MONTH,
      amortizationMonths: horizon,
    });
    // Worded as the library's breakEvenFromCatalog words them, so a copied result is the CLI's
    // (test/widget/breakEven.test.ts compares the two).
    const assumptions = [
      `a month is ${HOURS_PER_MONTH.toFixed()} hours (365 × 24 ÷ 12, the cloud billing convention) and a day 24`,
      `training is paid once and spread over the ${horizon.toFixed()}-month horizon`,
      ...(hoursPerDay < 24 ? [`deployments and rented GPUs are up ${hoursPerDay} hours a day (and billed only then)`] : []),
      ...built.assumptions,
    ];
    const result = toBreakEvenResult(analysis, {
      catalog: { version: ctx.catalog.meta.version, schemaVersion: ctx.catalog.meta.schemaVersion },
      asOf: ctx.today,
      today: ctx.today,
      source: { kind: 'catalog', file: null },
      assumptions,
      notes: built.notes,
      skipped: built.skipped,
    });
    return { analysis, result };
  });
}
