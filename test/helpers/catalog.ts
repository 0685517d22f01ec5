/** Small hand-made catalogs for engine tests, independent of the shipped prices. */
import { fileURLToPath } from 'node:url';
import { loadCatalogDir } from '../../src/catalog/load.js';
import { toCatalog, type Catalog } from '../../src/catalog/model.js';
import type { CompiledCatalog, RawProviderFile } from '../../src/catalog/schema.js';

export const SRC = 'https://example.com/pricing';

export function providerFile(
  id: string,
  models: RawProviderFile['models'],
  extra: Partial<RawProviderFile['provider']> = {},
): RawProviderFile {
  return {
    schemaVersion: 1,
    provider: {
      id,
      name: id.toUpperCase(),
      pricingUrls: [SRC],
      currency: 'USD',
      defaultEpochs: { value: 1, source: SRC, asOf: '2026-01-01' },
      ...extra,
    },
    models,
  };
}

export function catalogOf(...providers: RawProviderFile[]): Catalog {
  const compiled: CompiledCatalog = {
    meta: { schemaVersion: 1, version: '2026.01.01', staleAfterDays: 180, defaultTokensPerExample: 500 },
    providers,
  };
  return toCatalog(compiled);
}

/** One provider, one model, one sft offer at `trainingPer1M`. */
export function simpleCatalog(trainingPer1M: string, extra: Record<string, string> = {}): Catalog {
  return catalogOf(
    providerFile('acme', [
      {
        id: 'm1',
        offers: [
          {
            method: 'sft',
            prices: [{ effectiveFrom: '2025-01-01', source: SRC, asOf: '2026-01-01', trainingPer1M, ...extra }],
          },
        ],
      },
    ]),
  );
}

/**
 * The fixture catalog of the golden tests (test/fixtures/catalogs/golden), loaded the way --catalog
 * loads a directory: fictional prices that never change, for worked examples computed by hand.
 */
const FIXTURE_CATALOG_DIR = fileURLToPath(new URL('../fixtures/catalogs/golden', import.meta.url));

export function fixtureCatalog(): Catalog {
  return toCatalog(loadCatalogDir(FIXTURE_CATALOG_DIR));
}
