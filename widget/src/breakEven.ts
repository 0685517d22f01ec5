/**
 * The break-even part of the calculator: what the user typed → the library's `breakEvenFromCatalog`
 * (the one the CLI's `ftcost breakeven` calls), which returns the CLI's JSON contract
 * (src/result/breakEven.ts). Only the input boxes are read here; the pipeline is the library's.
 */
import type { TrainingDataset } from '../../src/api/estimate.js';
import { breakEvenFromCatalog } from '../../src/api/breakEven.js';
import type { Catalog } from '../../src/catalog/model.js';
import type { BreakEvenResultWithFacts, CostOptionKind } from '../../src/result/breakEven.js';
import {
  attempt,
  parseEpochs,
  parseHoursPerDay,
  parsePeak,
  parseShare,
  parseWhole,
  trainingDataset,
  type Outcome,
  WIDGET_WORDING,
} from './compute.js';
import { LABELS } from './labels.js';
import type { WidgetState } from './state.js';

/** "Hourly deployments" off: compare only what is billed per token (and self-hosting, if on). */
const WITHOUT_HOURLY: readonly CostOptionKind[] = ['prompted', 'hosted-per-token', 'self-hosted', 'custom'];

export function computeBreakEven(
  state: WidgetState,
  ctx: { catalog: Catalog; today: string; dataset?: TrainingDataset },
): Outcome<BreakEvenResultWithFacts> {
  return attempt(() => {
    const dataset = trainingDataset(state, ctx.dataset);
    const hoursPerDay = parseHoursPerDay(state);
    return breakEvenFromCatalog({
      catalog: ctx.catalog,
      today: ctx.today,
      asOf: ctx.today,
      baseModel: state.promptedModel,
      baseInputTokens: parseWhole(LABELS.baseInputTokens, state.promptedInputTokens, 0),
      baseOutputTokens: parseWhole(LABELS.outputTokens, state.outputTokens),
      ftModel: state.ftModel,
      inputTokens: parseWhole(LABELS.inputTokens, state.fineTunedInputTokens, 0),
      outputTokens: parseWhole(LABELS.outputTokens, state.outputTokens),
      dataset,
      epochs: parseEpochs(state),
      providers: state.providers,
      existingCustomers: state.existingCustomers,
      hoursPerDayUp: hoursPerDay,
      queriesPerDay: parseWhole(LABELS.queriesPerDay, state.queriesPerDay, 0),
      horizonMonths: parseWhole(LABELS.horizonMonths, state.horizonMonths),
      selfHosted: state.selfHosted,
      kinds: state.hourlyHosting ? undefined : WITHOUT_HOURLY,
      baseCachedInputTokens: parseWhole(LABELS.baseCachedInputTokens, state.promptedCachedTokens, 0),
      batchShare: parseShare(state.batchShare),
      peakFactor: parsePeak(state.peakFactor),
      includeEnding: state.includeEnding,
      includeNonProduction: state.includeEnding,
      range: state.howSure,
      sensitivity: state.howSure,
      // The notes in the widget's words: its boxes' labels, never a CLI flag.
      wording: WIDGET_WORDING,
    });
  });
}
