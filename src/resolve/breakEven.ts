/**
 * The catalog → what the break-even's catalog options compute on (src/engine/breakEven/options.ts):
 * the providers with base prices in force for the prompted model, each fine-tuned model's offers as
 * a training estimate reads them, and the GPU hardware. Unknown models, and a base model without
 * base prices on the date, are refused here.
 */
import type { Catalog } from '../catalog/model.js';
import { availabilityOn, type Customers, findModels, unknownModel } from '../catalog/query.js';
import type { BreakEvenOffers } from '../domain/breakEvenOffers.js';
import type { PromptedCandidate } from '../domain/offers.js';
import { BASE_PRICE_FIELDS } from '../domain/priceKinds.js';
import { UserError } from '../errors.js';
import { hardwareOn } from './hardware.js';
import { pricesOn } from './prices.js';
import { resolveTraining } from './training.js';

export interface BreakEvenFilters {
  /** The un-tuned model prompted, e.g. "gpt-4o". */
  baseModel: string;
  /** Price the base model at this provider only (default: every provider listing base prices). */
  baseProvider?: string;
  ftModels: readonly string[];
  /** Only these providers' fine-tunes (empty: all). */
  providers?: readonly string[];
  /** Only this GPU id, for self-hosting and dedicated endpoints. */
  gpu?: string;
  asOf: string;
  /** What the team is to each provider (absent: a new customer everywhere). */
  customers?: Customers;
}

export function resolveBreakEven(catalog: Catalog, filters: BreakEvenFilters): BreakEvenOffers {
  const { asOf, customers } = filters;
  const prompted = promptedCandidates(catalog, filters);
  const fineTunes = [...new Set(filters.ftModels)].map((asked) => {
    const found = findModels(catalog, asked);
    if (found.length === 0) throw unknownModel(catalog, asked, 'ftModel');
    return {
      asked,
      training: resolveTraining(catalog, { models: [asked], providers: filters.providers }, asOf, customers),
      // Self-hosting needs the parameter count, which any provider listing the open weights gives.
      weights: (found.find((m) => m.model.parametersBillions) ?? found[0]!).model,
    };
  });
  // The GPU part of the catalog is built on first read: a closed model's break-even never needs it.
  const openWeights = fineTunes.some((f) => f.weights.parametersBillions);
  const hardware = openWeights
    ? hardwareOn(catalog, asOf, filters.gpu)
    : { rentals: [], dedicated: [], training: [], serving: [] };
  return { prompted, fineTunes, hardware };
}

/** The providers listing the base model with base input and output prices in force (the one asked for only). */
function promptedCandidates(catalog: Catalog, filters: BreakEvenFilters): PromptedCandidate[] {
  const { baseModel, baseProvider, asOf } = filters;
  const found = findModels(catalog, baseModel);
  if (found.length === 0) throw unknownModel(catalog, baseModel, 'baseModel');
  const priced = found
    .filter(({ provider }) => !baseProvider || provider.id === baseProvider)
    .flatMap(({ provider, model }) => {
      const prices = pricesOn(model.basePrices, BASE_PRICE_FIELDS, asOf);
      const { baseInputPer1M, baseOutputPer1M } = prices;
      if (!baseInputPer1M || !baseOutputPer1M) return [];
      return [
        {
          provider: provider.id,
          providerName: provider.name,
          model: model.id,
          modelName: model.name,
          prices: { ...prices, baseInputPer1M, baseOutputPer1M },
          availability: availabilityOn(provider, model, undefined, asOf, filters.customers),
        },
      ];
    });
  if (priced.length === 0) {
    const where = baseProvider ? ` at ${baseProvider}` : '';
    const listing = [...new Set(found.map((f) => f.provider.id))].join(', ');
    const what = `no base (un-tuned) prices for "${baseModel}"${where} as of ${asOf}`;
    const listed = `providers listing the model: ${listing}`;
    throw new UserError((w) => `${w.option('baseModel')}: the catalog has ${what}; ${listed}`, { option: 'baseModel' });
  }
  return priced;
}
