/**
 * The library's and the CLI's `estimate()`: src/api/estimate.ts's, with the self-hosted rows' planner
 * (`selfHosted: true`) — the catalog's open models with architecture figures and its GPU rentals
 * resolved on the date, then sized and priced by src/engine/training/selfHosted.ts. Apart from
 * estimate.ts so that the widget's first script, which never asks for them, stays without the memory
 * model and the architectures (~3.7 KB gzipped).
 */
import { shippedArchitectures } from '../catalog/architecture.js';
import { MEMORY_HEADROOM, OVERHEAD_GIB_PER_GPU } from '../engine/memory/constants.js';
import { planSelfHosted } from '../engine/training/selfHosted.js';
import { resolveSelfHosting } from '../resolve/selfHosted.js';
import type { EstimateResultWithFacts } from '../result/estimate.js';
import { type EstimateOptions, estimate as estimateHosted, type SelfHostedPlanner } from './estimate.js';

/** Sizes and prices the self-hosted rows; the CLI loads it only for `--self-hosted`. */
export const planner: SelfHostedPlanner = (catalog, asOf, modelIds, request) =>
  planSelfHosted(resolveSelfHosting(catalog, asOf, modelIds, shippedArchitectures()), request, {
    headroom: MEMORY_HEADROOM,
    overheadGiBPerGpu: OVERHEAD_GIB_PER_GPU,
  });

/** What every platform charges to train, ranked; with `selfHosted: true`, self-hosted rows on rented GPUs too. */
export function estimate(options: EstimateOptions): EstimateResultWithFacts {
  return estimateHosted(options, planner);
}
