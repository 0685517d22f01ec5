/**
 * `estimateTraining(inputs, catalog)`: the engine's estimate on a catalog, for library callers who
 * hold their own Catalog. Resolve, then compute: the catalog is read once for the date, the team and
 * the filters (src/resolve/training.ts), and the engine prices what that yields.
 */
import type { Catalog } from '../catalog/model.js';
import type { Customers } from '../catalog/query.js';
import { estimateFromOffers, type Estimate, type EstimateSettings } from '../engine/training/estimate.js';
import { resolveTraining, type TrainingFilters } from '../resolve/training.js';
import { UserError } from '../errors.js';

export interface EstimateInputs extends EstimateSettings, TrainingFilters {
  /** What the team is to each provider (absent: a new customer everywhere). */
  customers?: Customers;
}

export function estimateTraining(inputs: EstimateInputs, catalog: Catalog): Estimate {
  // Before the catalog is read, so a bad epoch count is named before an unknown model id.
  if (inputs.epochs !== 'auto' && (!Number.isSafeInteger(inputs.epochs) || inputs.epochs < 1))
    throw new UserError(`epochs must be a whole number of at least 1, or "auto" (got ${inputs.epochs})`);
  return estimateFromOffers(inputs, resolveTraining(catalog, inputs, inputs.asOf, inputs.customers));
}
