/**
 * Which encodings a file must be counted with for an estimate: those of the catalog models the
 * filters select (each distinct one once), or only --encoding when it is given.
 */
import { modelMatches, type Catalog } from '../catalog/model.js';

export function modelEncodings(catalog: Catalog, filters: { models?: readonly string[]; providers?: readonly string[] }): (string | undefined)[] {
  const out = new Set<string | undefined>();
  for (const provider of catalog.providers) {
    if (filters.providers?.length && !filters.providers.includes(provider.id)) continue;
    for (const model of provider.models) {
      if (filters.models?.length && !filters.models.some((id) => modelMatches(model, id))) continue;
      out.add(model.encoding);
    }
  }
  return [...out];
}

/** The smallest per-example cap among the selected models, for listing over-limit examples. */
export function smallestCap(catalog: Catalog, filters: { models?: readonly string[]; providers?: readonly string[] }): number | undefined {
  let cap: number | undefined;
  for (const provider of catalog.providers) {
    if (filters.providers?.length && !filters.providers.includes(provider.id)) continue;
    for (const model of provider.models) {
      if (filters.models?.length && !filters.models.some((id) => modelMatches(model, id))) continue;
      const c = model.limits?.maxTokensPerExample;
      if (c !== undefined && (cap === undefined || c < cap)) cap = c;
    }
  }
  return cap;
}
