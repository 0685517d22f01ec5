/**
 * The widget's copy of the compiled catalog, without the prose it never shows: provider and offer
 * `notes`, the `rejected` alternatives (why one source was chosen over another) and `pricingUrls`,
 * and the free-text `note` of individual price entries. Every figure, its `source` and `asOf`, every
 * limit, availability and default-epochs rule (whose notes results do quote) is kept, so the
 * engine's results are identical — test/widget/slimCatalog.test.ts holds that. It is what the
 * browser downloads, so it carries no prose nobody reads there; the CLI keeps the full text.
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

/**
 * Vite plugin: write the slimmed catalog next to the bundles as ftcost-catalog.json (the widget
 * fetches it on mount), from the generated catalog that `npm run build` compiled from the YAML.
 */
export function catalogAssetPlugin(generatedCatalogPath: string, fileName: string) {
  return {
    name: 'ftcost-catalog-asset',
    async generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string }) {
      const { readFile } = await import('node:fs/promises');
      const full = JSON.parse(await readFile(generatedCatalogPath, 'utf8'));
      this.emitFile({ type: 'asset', fileName, source: JSON.stringify(slimCatalog(full)) });
    },
  };
}

const EMBEDDED = /\/src\/catalog\/embedded\.(ts|js)$/;

/**
 * Vite plugin: in the widget, src/catalog/embedded.ts (the catalog compiled *into* the library's
 * code, the default of estimate() and friends) becomes a stub. The widget always passes the catalog
 * it fetched, so the stub is never called; without it the whole catalog would be bundled a second time.
 */
export function noEmbeddedCatalogPlugin() {
  return {
    name: 'ftcost-no-embedded-catalog',
    enforce: 'pre' as const,
    load(id: string) {
      if (!EMBEDDED.test(id.replace(/\\/g, '/').split('?')[0]!)) return null;
      return "export function embeddedCatalog() { throw new Error('ftcost widget: the catalog is loaded from ftcost-catalog.json and passed explicitly'); }";
    },
  };
}
