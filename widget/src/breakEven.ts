/**
 * The break-even part of the calculator: what the user typed → the library's `breakEvenFromCatalog`
 * (the one the CLI's `ftcost breakeven` calls), which returns the CLI's JSON contract
 * (src/result/breakEven.ts). Only the input boxes are read here; the pipeline is the library's.
 */
import type { TrainingDataset } from '../../src/api/estimate.js';
import { breakEvenFromCatalog } from '../../src/api/breakEven.js';
import type { CatalogBreakEvenOptions } from '../../src/api/breakEvenOptions.js';
import { parseAmount, parseFailureCost, parseSuccessRate } from '../../src/api/checks.js';
import type { Catalog } from '../../src/catalog/model.js';
import {
  checkExtraCostInputs,
  checkQualityInputs,
  type ExtraCostInputs,
} from '../../src/engine/breakEven/options/extras.js';
import { isUserError, UserError } from '../../src/errors.js';
import { withoutThousands } from '../../src/text/thousands.js';
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
      ...extrasOptions(state),
      // The notes in the widget's words: its boxes' labels, never a CLI flag.
      wording: WIDGET_WORDING,
    });
  });
}

/** The boxes of "Costs beyond compute and quality" (components/ExtrasInputs.tsx), named as the library's options. */
export const EXTRAS_FIELDS = [
  'dataPrepCost',
  'costPerLabelledExample',
  'engineeringHours',
  'hourlyRate',
  'evalCost',
  'evalExamples',
  'reviewHours',
  'monitoringPerMonth',
  'promptedSuccessRate',
  'ftSuccessRate',
  'failureCost',
] as const satisfies readonly (keyof WidgetState & keyof CatalogBreakEvenOptions)[];
export type ExtrasField = (typeof EXTRAS_FIELDS)[number];

const AMOUNTS = [
  'dataPrepCost',
  'costPerLabelledExample',
  'engineeringHours',
  'hourlyRate',
  'evalCost',
  'evalExamples',
  'reviewHours',
  'monitoringPerMonth',
] as const;
const RATES = ['promptedSuccessRate', 'ftSuccessRate'] as const;

/**
 * An amount as people type it ("$3,000"), for the library to check; an empty box is not given. A comma that does not
 * separate thousands stays, so the library refuses it ("1,5" is never 15).
 */
const amount = (raw: string): string | undefined => {
  const text = raw.trim().replace(/^\$/, '');
  return (withoutThousands(text) ?? text) || undefined;
};

/** A percent box ("96" or "96%") as the library's percent ("96%"); refused in the box's own terms (0–100). */
function percent(key: (typeof RATES)[number], raw: string): string | undefined {
  const text = raw.trim().replace(/\s*%$/, '');
  if (!text) return undefined;
  try {
    parseSuccessRate(key, `${text}%`);
  } catch {
    throw new UserError((w) => `${w.option(key)} must be more than 0 and at most 100, got "${raw.trim()}"`, {
      option: key,
    });
  }
  return `${text}%`;
}

/** "retry" (any case) or USD for a person's fix; empty: not given (a retry, where a success rate is). */
const failure = (raw: string): string | undefined => (/^\s*retry\s*$/i.test(raw) ? 'retry' : amount(raw));

/**
 * The library's options from the boxes: each undefined while its box is empty, so a comparison without them is
 * today's exactly. The library's own checks say what goes together (hours and a rate; one way of giving a cost).
 */
function extrasOptions(state: WidgetState): Pick<CatalogBreakEvenOptions, ExtrasField> {
  const out: Pick<CatalogBreakEvenOptions, ExtrasField> = {};
  for (const key of AMOUNTS) out[key] = amount(state[key]);
  for (const key of RATES) out[key] = percent(key, state[key]);
  out.failureCost = failure(state.failureCost);
  return out;
}

/**
 * The message for each box of the group that holds what the library refuses, from its own parses and checks
 * (each box alone, then the boxes together: hours without a rate, a failure cost without a success rate). The
 * library's error names its input (`option`), which is the box to mark.
 */
export function extrasErrors(state: WidgetState): Partial<Record<ExtrasField, string>> {
  const out: Partial<Record<ExtrasField, string>> = {};
  const mark = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      if (!isUserError(err)) throw err;
      const field = EXTRAS_FIELDS.find((f) => f === err.option);
      if (field) out[field] ??= err.messageIn(WIDGET_WORDING);
    }
  };
  for (const key of AMOUNTS) mark(() => parseAmount(key, amount(state[key])));
  for (const key of RATES) mark(() => percent(key, state[key]));
  mark(() => parseFailureCost(failure(state.failureCost)));
  if (Object.keys(out).length) return out;
  mark(() => {
    const o = extrasOptions(state);
    const x: ExtraCostInputs = {};
    for (const key of AMOUNTS) x[key] = parseAmount(key, o[key]);
    checkExtraCostInputs(x);
    checkQualityInputs({
      promptedSuccessRate: parseSuccessRate('promptedSuccessRate', o.promptedSuccessRate),
      ftSuccessRate: parseSuccessRate('ftSuccessRate', o.ftSuccessRate),
      failureCost: parseFailureCost(o.failureCost),
    });
  });
  return out;
}
