/**
 * The widget's copy of the compiled catalog, without the prose it never shows: provider and offer
 * `notes`, the `rejected` alternatives (why one source was chosen over another) and `pricingUrls`,
 * and the free-text `note` of individual price entries. Every figure, its `source` and `asOf`, every
 * limit, availability and default-epochs rule (whose notes results do quote) is kept, so the
 * engine's results are identical — test/widget/slimCatalog.test.ts holds that. This keeps the
 * script-tag build inside its 40 KB budget as the catalog grows; the CLI keeps the full text.
 */

const DROPPED_KEYS = new Set(['notes', 'rejected', 'pricingUrls']);

function slim(value: unknown, parentKey: string): unknown {
  if (Array.isArray(value)) return value.map((item) => slim(item, parentKey));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (DROPPED_KEYS.has(key)) continue;
    // A price entry's note explains where a figure came from; results carry the entry's source URL instead.
    if (key === 'note' && parentKey === 'prices') continue;
    out[key] = slim(child, key);
  }
  return out;
}

export function slimCatalog<T>(compiled: T): T {
  return slim(compiled, '') as T;
}

/** Vite plugin: serve the slimmed catalog wherever src/catalog/generated/catalog.json is imported. */
export function slimCatalogPlugin() {
  return {
    name: 'ftcost-slim-catalog',
    enforce: 'pre' as const,
    async load(id: string) {
      if (!id.replace(/\\/g, '/').split('?')[0]!.endsWith('/src/catalog/generated/catalog.json')) return null;
      const { readFile } = await import('node:fs/promises');
      const full = JSON.parse(await readFile(id.split('?')[0]!, 'utf8'));
      return JSON.stringify(slimCatalog(full));
    },
  };
}
