/**
 * The widget's copy of the compiled catalog, without what no result ever shows: the `rejected`
 * alternatives (the sources not chosen, and why) and the providers' `pricingUrls` lists (results
 * cite each price entry's own `source`). Every figure, source, date, limit, availability and note
 * that results quote is kept, so the engine's answers are identical — test/widget/slimCatalog.test.ts
 * holds that for estimates and break-evens (it once caught offer notes that break-even options quote).
 * It is what the browser downloads, so it carries nothing nobody reads there; the CLI keeps it all.
 */

const DROPPED_KEYS = new Set(['rejected', 'pricingUrls']);

function slim(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(slim);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (DROPPED_KEYS.has(key)) continue;
    out[key] = slim(child);
  }
  return out;
}

export function slimCatalog<T>(compiled: T): T {
  return slim(compiled) as T;
}

/** Keys the first view never reads: prose (a row's notes are labels computed from dates and kinds). */
const FIRST_VIEW_DROPPED_KEYS = new Set(['note', 'notes']);

function dropProse(value: unknown, inEpochs = false): unknown {
  if (Array.isArray(value)) return value.map((v) => dropProse(v, inEpochs));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    // A default-epochs note is quoted in the assumptions ("3 epochs assumed for …: <note>").
    if (FIRST_VIEW_DROPPED_KEYS.has(key) && !inEpochs) continue;
    out[key] = dropProse(child, inEpochs || key === 'defaultEpochs');
  }
  return out;
}

/**
 * The first view's catalog (ftcost-catalog-first.json, ~5 KB gzipped instead of ~22): what the
 * training table shows — every provider, model, price, source, date and lifecycle event — without
 * the prose notes (in the JSON/CSV exports, not in the table) and without the GPU hardware, hosts and
 * throughput (the break-even panel's self-hosting options). The widget shows its first price from
 * it and loads the whole catalog once that price is on screen; events, exports and the break-even
 * wait for the whole one. test/widget/slimCatalog.test.ts holds that the table is the same from both.
 */
export function firstViewCatalog<T>(compiled: T): T {
  const { hosts: _hosts, throughput: _throughput, ...rest } = slim(compiled) as Record<string, unknown>;
  const providers = (rest.providers as Record<string, unknown>[]).map(({ hardware: _hardware, ...file }) => file);
  return dropProse({ ...rest, providers }) as T;
}

/**
 * Vite plugin: write the slimmed catalog next to the bundles as ftcost-catalog.json, and the first
 * view's as ftcost-catalog-first.json (the widget fetches that on mount, the whole one after the first
 * price), from the generated catalog that `npm run build` compiled from the YAML.
 */
export function catalogAssetPlugin(generatedCatalogPath: string, fileName: string, firstViewFileName: string) {
  return {
    name: 'ftcost-catalog-asset',
    async generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string }) {
      const { readFile } = await import('node:fs/promises');
      const full = JSON.parse(await readFile(generatedCatalogPath, 'utf8'));
      this.emitFile({ type: 'asset', fileName, source: JSON.stringify(slimCatalog(full)) });
      this.emitFile({ type: 'asset', fileName: firstViewFileName, source: JSON.stringify(firstViewCatalog(full)) });
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
