/**
 * Which encodings a file must be counted with for an estimate: those of the catalog models the
 * filters select (each distinct one once), or only --encoding when it is given.
 */
import type { Catalog } from '../catalog/model.js';
import { selectModels, type ModelFilters } from '../catalog/query.js';

export function modelEncodings(catalog: Catalog, filters: ModelFilters): (string | undefined)[] {
  return [...new Set(selectModels(catalog, filters).map(({ model }) => model.encoding))];
}

/** The smallest per-example cap among the selected models, for listing over-limit examples. */
export function smallestCap(catalog: Catalog, filters: ModelFilters): number | undefined {
  let cap: number | undefined;
  for (const { model } of selectModels(catalog, filters)) {
    const c = model.limits?.maxTokensPerExample;
    if (c !== undefined && (cap === undefined || c < cap)) cap = c;
  }
  return cap;
}
