/**
 * The library's `breakEvenFromCatalog()`: src/api/breakEven.ts's, with the serving sizer of
 * src/api/selfHosted.ts (`context`: self-hosted replicas sized by memory as well as by throughput).
 * Its own module so that the CLI's lazy estimate planner does not bring the break-even engine along.
 */
import type { BreakEvenResultWithFacts } from '../result/breakEven.js';
import { breakEvenFromCatalog as breakEvenPlain } from './breakEven.js';
import type { CatalogBreakEvenOptions } from './breakEvenOptions.js';
import { breakEvenMemory } from './selfHosted.js';

/** The break-even against the catalog; with `context`, self-hosted replicas sized by memory too. */
export function breakEvenFromCatalog(input: CatalogBreakEvenOptions): BreakEvenResultWithFacts {
  return breakEvenPlain(input, breakEvenMemory);
}
