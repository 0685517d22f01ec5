/** The break-even's catalog options as the library entry builds them: check the inputs, resolve, compute. */
import type { Catalog } from '../../src/catalog/model.js';
import {
  type CatalogOptionsInputs,
  checkOptionsInputs,
  optionsOnDate,
} from '../../src/engine/breakEven/options/index.js';
import { type BreakEvenFilters, resolveBreakEven } from '../../src/resolve/breakEven.js';

export function optionsFromCatalog(inputs: CatalogOptionsInputs & BreakEvenFilters, catalog: Catalog) {
  checkOptionsInputs(inputs);
  return optionsOnDate(inputs, resolveBreakEven(catalog, inputs));
}
