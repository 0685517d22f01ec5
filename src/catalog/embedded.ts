/**
 * The catalog shipped inside the package: pricing/*.yaml compiled to JSON at build time
 * (scripts/compile-catalog.ts), so start-up parses JSON, not YAML, and the browser bundle carries
 * no YAML parser.
 *
 * One catalog is built and shared by every call, so it is deep-frozen: a caller that edits what
 * `embeddedCatalog()` returns gets a TypeError (in strict code) instead of silently changing every
 * later result. To price with other figures, pass your own catalog (a copy, or --prices overrides).
 */
import compiled from './generated/catalog.json' with { type: 'json' };
import { toCatalog, type Catalog } from './model.js';
import type { CompiledCatalog } from './schema.js';

let cached: Catalog | undefined;

/**
 * Freeze an object graph (plain objects, arrays and Decimals), each object once. A lazy getter (the
 * catalog's derived throughput tables, computed on first read) is not called here — that would
 * compute at start-up what an estimate never reads — but made to freeze what it returns.
 */
function deepFreeze<T>(value: T, seen = new Set<object>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  // Arrays hold data only; an object's keys one by one (getOwnPropertyDescriptors of the whole graph
  // cost more than the rest of loading the catalog).
  if (Array.isArray(value)) for (const v of value) deepFreeze(v, seen);
  else
    for (const key of Object.keys(value)) {
      const { get, value: v, enumerable } = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
      if (get) Object.defineProperty(value, key, { get: () => deepFreeze(get.call(value), seen), enumerable });
      else deepFreeze(v, seen);
    }
  return Object.freeze(value);
}

export function embeddedCatalog(): Catalog {
  cached ??= deepFreeze(toCatalog(compiled as unknown as CompiledCatalog));
  return cached;
}
