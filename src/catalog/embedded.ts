/**
 * The catalog shipped inside the package: pricing/*.yaml compiled to JSON at build time
 * (scripts/compile-catalog.ts), so start-up parses JSON, not YAML, and the browser bundle carries
 * no YAML parser.
 */
import compiled from './generated/catalog.json' with { type: 'json' };
import { toCatalog, type Catalog } from './model.js';
import type { CompiledCatalog } from './schema.js';

let cached: Catalog | undefined;

export function embeddedCatalog(): Catalog {
  cached ??= toCatalog(compiled as unknown as CompiledCatalog);
  return cached;
}
