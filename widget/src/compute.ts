/**
 * From what the user typed to the engine's results. Pure: (state, catalog, today) → results; the
 * widget renders what this returns and computes no money itself. The engine is the CLI's, through
 * the library entry `estimate()`, on the catalog compiled into the bundle at build time.
 */
import { assumedDataset, estimate, type TrainingDataset } from '../../src/api/estimate.js';
import type { Catalog } from '../../src/catalog/model.js';
import { modelMatches } from '../../src/catalog/query.js';
import { isHoursPerDay } from '../../src/domain/hours.js';
import { isUserError, type Wording } from '../../src/errors.js';
import type { EstimateResult } from '../../src/result/estimate.js';
import { commaProblem, withoutThousands } from '../../src/text/thousands.js';
import { LABELS } from './labels.js';
import type { WidgetState } from './state.js';

/**
 * A whole number typed by a person: "1,000" and "1_000" are 1000; a comma anywhere else ("1,5") is refused, never
 * dropped (src/text/thousands.ts).
 */
export function parseWhole(label: string, raw: string, min = 1): number {
  const text = withoutThousands(raw);
  if (text === undefined)
    throw new InputError(`${label} must be a whole number, got "${raw.trim()}": ${commaProblem(raw)}`);
  if (!/^\d+$/.test(text))
    throw new InputError(`${label} must be a whole number${raw.trim() ? `, got "${raw.trim()}"` : ''}`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new InputError(`${label} is too large`);
  if (value < min) throw new InputError(`${label} must be at least ${min}`);
  return value;
}

/** Hours a deployment or rented GPU is up per day: a whole number, at most 24. */
export function parseHoursPerDay(state: WidgetState): number {
  const hours = parseWhole(LABELS.hoursPerDayUp, state.hoursPerDay);
  if (!isHoursPerDay(hours)) throw new InputError(`${LABELS.hoursPerDayUp} must be at most 24`);
  return hours;
}

/** A mistake in one input box; shown next to the results instead of them. */
class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** "auto" (each platform's default) or a whole number of epochs. */
export function parseEpochs(state: WidgetState): number | 'auto' {
  const text = state.epochs.trim().toLowerCase();
  return text === 'auto' || text === '' ? 'auto' : parseWhole(LABELS.epochs, state.epochs);
}

/** The training set: a dropped file's exact count, else examples × tokens per example as typed. */
export function trainingDataset(state: WidgetState, counted: TrainingDataset | undefined): TrainingDataset {
  if (counted) return counted;
  return assumedDataset(
    parseWhole(LABELS.examples, state.examples),
    parseWhole(LABELS.tokensPerExample, state.tokensPerExample),
  );
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

const labelOf = (key: string): string | undefined => (LABELS as Record<string, string>)[key];

/**
 * A library message, or a result's note, in the widget's words: its boxes and pickers, never a CLI
 * flag or command. A note's hint names a box ("Peak ÷ average load = 2 sizes replicas…"), and is left
 * out where the widget has no box for the input (the prompted model's provider, training hours).
 */
export const WIDGET_WORDING: Wording = {
  option: (key) => labelOf(key) ?? key,
  everyModel: ' (the Models list shows every model)',
  setting: (key, value) => {
    const label = labelOf(key);
    return label === undefined || value === undefined ? label : `${label} = ${value}`;
  },
};

export function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    if (err instanceof InputError || isUserError(err))
      return { ok: false, error: isUserError(err) ? err.messageIn(WIDGET_WORDING) : err.message };
    throw err;
  }
}

/**
 * The message for each input box that holds what it cannot (shown beside the box, which is marked
 * aria-invalid). The same parses the computation uses, so a box is marked exactly when it is refused.
 */
/** A share of queries between 0 and 1, as typed ("0.3"); refused in the widget's own words otherwise. */
export function parseShare(raw: string): string {
  const text = raw.trim() || '0';
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) > 1)
    throw new InputError(`${LABELS.batchShare} must be a number from 0 to 1, like 0.3`);
  return text;
}

/** The peak-to-average load: 1 or more. */
export function parsePeak(raw: string): string {
  const text = raw.trim() || '1';
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) < 1)
    throw new InputError(`${LABELS.peakFactor} must be 1 or more, like 2`);
  return text;
}

export function fieldErrors(state: WidgetState, counted = false): Partial<Record<keyof WidgetState, string>> {
  const out: Partial<Record<keyof WidgetState, string>> = {};
  const check = (field: keyof WidgetState, fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      out[field] = err.message;
    }
  };
  if (!counted) {
    check('examples', () => parseWhole(LABELS.examples, state.examples));
    check('tokensPerExample', () => parseWhole(LABELS.tokensPerExample, state.tokensPerExample));
  }
  check('epochs', () => parseEpochs(state));
  check('queriesPerDay', () => parseWhole(LABELS.queriesPerDay, state.queriesPerDay, 0));
  check('promptedInputTokens', () => parseWhole(LABELS.baseInputTokens, state.promptedInputTokens, 0));
  check('fineTunedInputTokens', () => parseWhole(LABELS.inputTokens, state.fineTunedInputTokens, 0));
  check('outputTokens', () => parseWhole(LABELS.outputTokens, state.outputTokens));
  check('hoursPerDay', () => parseHoursPerDay(state));
  check('horizonMonths', () => parseWhole(LABELS.horizonMonths, state.horizonMonths));
  check('promptedCachedTokens', () => {
    if (
      parseWhole(LABELS.baseCachedInputTokens, state.promptedCachedTokens, 0) >
      Number(withoutThousands(state.promptedInputTokens))
    )
      throw new InputError(`${LABELS.baseCachedInputTokens} cannot be more than ${LABELS.baseInputTokens}`);
  });
  check('batchShare', () => parseShare(state.batchShare));
  check('peakFactor', () => parsePeak(state.peakFactor));
  return out;
}

export interface ComputeContext {
  catalog: Catalog;
  /** YYYY-MM-DD; passed in so results do not depend on a clock. */
  today: string;
  /** A counted training file, which replaces examples × tokens per example. */
  dataset?: TrainingDataset;
}

export function computeEstimate(state: WidgetState, ctx: ComputeContext): Outcome<EstimateResult> {
  return attempt(() => {
    const dataset = trainingDataset(state, ctx.dataset);
    return estimate({
      catalog: ctx.catalog,
      today: ctx.today,
      // Typed numbers go in as numbers (the result then records tokens per example); a file as its dataset.
      ...(ctx.dataset
        ? { dataset }
        : {
            examples: dataset.examples,
            tokensPerExample: parseWhole(LABELS.tokensPerExample, state.tokensPerExample),
          }),
      epochs: parseEpochs(state),
      models: state.models,
      providers: state.providers,
      existingCustomers: state.existingCustomers,
      ...(state.howSure ? { range: true } : {}),
      wording: WIDGET_WORDING,
    });
  });
}

/**
 * The catalog encodings of the models being compared (what a dropped file must be counted with):
 * the ticked models on the ticked providers, or every one when none is ticked.
 */
export function encodingsFor(state: WidgetState, catalog: Catalog): (string | undefined)[] {
  const out = new Set<string | undefined>();
  for (const p of catalog.providers) {
    if (state.providers.length && !state.providers.includes(p.id)) continue;
    for (const m of p.models) {
      if (state.models.length && !state.models.some((id) => modelMatches(m, id))) continue;
      out.add(m.encoding);
    }
  }
  return [...out];
}
