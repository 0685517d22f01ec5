/**
 * The catalog shipped inside the package: pricing/*.yaml compiled to JSON at build time
 * (scripts/compile-catalog.ts), so start-up parses JSON, not YAML, and the browser bundle carries
 * no YAML parser.
 *
 * One catalog is built and shared by every call, so it is deep-frozen: a caller that edits what
 * `embeddedCatalog()` returns gets a TypeError (in strict code) instead of silently changing every
 * later result. To price with other figures, pass your own catalog (a copy, or --prices overrides).
 */
import shipped from './generated/catalog.json' with { type: 'json' };
import { type Catalog, type CatalogData, type CatalogGpuPart, fromCatalogData, toCatalog } from './model.js';
import type { CompiledCatalog } from './schema.js';

/**
 * What the CLI's bundle puts in place of the JSON module above (scripts/cli-bundle.ts): readers of
 * the data files its build wrote beside it. catalogData() parses the shipped catalog, already in its
 * in-memory shape, afresh at each call (the catalog built from it owns it); gpuPart parses the GPU
 * file when one of its fields is first read.
 */
interface PreparedCatalog {
  catalogData(): CatalogData;
  gpuPart: CatalogGpuPart;
}

/** The shipped catalog, built anew: from its data files in the CLI's bundle, else from the compiled JSON. */
function shippedCatalog(): Catalog {
  const source = shipped as unknown as CompiledCatalog | PreparedCatalog;
  return 'catalogData' in source ? fromCatalogData(source.catalogData(), source.gpuPart) : toCatalog(source);
}

let cached: Catalog | undefined;

/**
 * Freeze a data graph (plain objects, arrays and Decimals; no cycles), each object once: one
 * already frozen is done. Plain property reads only — no descriptors — because this runs on every
 * start over ~2,300 objects, in the interpreter (descriptor look-ups made it 5% of `ftcost estimate`).
 */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/**
 * The catalog frozen. Its lazy getters (the derived throughput tables, computed on first read; see
 * toCatalog) are on the catalog object itself and are not called here — that would compute at every
 * start what an estimate never reads — but made to freeze what they return.
 */
function freezeCatalog(catalog: Catalog): Catalog {
  for (const key of Object.keys(catalog)) {
    const { get, value, enumerable } = Object.getOwnPropertyDescriptor(catalog, key) as PropertyDescriptor;
    if (get) Object.defineProperty(catalog, key, { get: () => deepFreeze(get.call(catalog)), enumerable });
    else deepFreeze(value);
  }
  return Object.freeze(catalog);
}

export function embeddedCatalog(): Catalog {
  cached ??= freezeCatalog(shippedCatalog());
  return cached;
}

let unfrozen: Catalog | undefined;

/**
 * The same catalog, not frozen, for the CLI's own process: it hands the catalog to no caller's code,
 * and the freeze was half the cost of loading it (~20 M instructions of a 390 M `ftcost estimate`).
 * The library's entry points keep the frozen one.
 */
export function embeddedCatalogForCli(): Catalog {
  unfrozen ??= shippedCatalog();
  return unfrozen;
}
