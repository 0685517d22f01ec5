/**
 * The widget's copy of the compiled catalog, without what no result ever shows: the `rejected`
 * alternatives (the sources not chosen, and why) and the providers' `pricingUrls` lists (results
 * cite each price entry's own `source`). Every figure, source, date, limit, availability and note
 * that results quote is kept, so the engine's answers are identical — test/widget/slimCatalog.test.ts
 * holds that for estimates and break-evens (it once caught offer notes that break-even options quote).
 * It is what the browser downloads, so it carries nothing nobody reads there; the CLI keeps it all.
 */

import { PRICE_FIELDS, RUNNING_PRICE_FIELDS } from '../../src/domain/priceKinds.js';

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
 * What a first-view price entry keeps: its dates, its source, and the training prices (the table's
 * "Per 1M" and cost, a per-job minimum or cap). The prices of running the fine-tuned model go: the
 * table never shows them (the break-even and the result event, which quote them, wait for the whole
 * catalog). From src/domain/priceKinds.ts, so a new kind of price is sorted by its role there.
 */
const RUNNING = new Set<string>(RUNNING_PRICE_FIELDS);

/** A price entry without its running prices; undefined when nothing about training is left in it. */
function trainingEntry(entry: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    // `original` (the page a copy copies) is in the result's rows, not in the table; the row's "copy" note stays.
    if (RUNNING.has(key) || key === 'original') continue;
    if (key === 'notPublished') {
      const training = (value as string[]).filter((f) => !RUNNING.has(f));
      if (training.length) out[key] = training;
      continue;
    }
    out[key] = value;
  }
  const priced = Object.keys(out).some((k) => (PRICE_FIELDS as readonly string[]).includes(k) || k === 'notPublished');
  return priced ? out : undefined;
}

/** A model as the training table needs it: no base-model prices, parameter count or check date. */
function firstViewModel({
  basePrices: _basePrices,
  parametersBillions: _parametersBillions,
  pricesChecked: _pricesChecked,
  ...model
}: Record<string, unknown>): Record<string, unknown> {
  const offers = (model.offers as Record<string, unknown>[]).map((offer) => ({
    ...offer,
    prices: (offer.prices as Record<string, unknown>[]).map(trainingEntry).filter((e) => e !== undefined),
  }));
  return { ...model, offers };
}

/**
 * The first view's catalog (ftcost-catalog-first.json, ~5 KB gzipped instead of ~22): what the
 * training table shows — every provider, model, training price, source, date and lifecycle event —
 * without the prose notes (in the JSON/CSV exports, not in the table), the running and base-model
 * prices, and the GPU hardware, hosts and throughput (the break-even panel's). The widget shows its
 * first price from it and loads the whole catalog once that price is on screen; events, exports,
 * the break-even and its inputs wait for the whole one. test/widget/slimCatalog.test.ts holds that
 * the table is the same from both.
 */
export function firstViewCatalog<T>(compiled: T): T {
  const { hosts: _hosts, throughput: _throughput, ...rest } = slim(compiled) as Record<string, unknown>;
  const providers = (rest.providers as Record<string, unknown>[]).map(({ hardware: _hardware, ...file }) => ({
    ...file,
    models: (file.models as Record<string, unknown>[]).map(firstViewModel),
  }));
  return dropProse({ ...rest, providers }) as T;
}

/**
 * The start view's catalog (ftcost-catalog-start.json, ~2 KB gzipped): the first view's entries of the widget's
 * default models only (DEFAULT_STATE.models: what a page that sets no `models` shows) with their providers, and every
 * other provider by id and name alone (the provider picker lists them all). A widget showing only those models prices
 * from it; any other choice waits for the whole catalog (widget/src/catalogSource.ts `startViewCovers`), and the
 * model picker lists the other models once it is there. `meta.startView.models` names the models it was made for.
 * Not kept: the catalog's list of providers without fine-tuning (`withoutFineTuning`, quoted only for their models).
 */
export function startViewCatalog<T>(compiled: T, defaultModels: readonly string[]): T {
  const first = firstViewCatalog(compiled) as unknown as {
    meta: Record<string, unknown>;
    providers: { provider: Record<string, unknown>; models: Record<string, unknown>[] }[];
  };
  const isDefault = (m: Record<string, unknown>) =>
    [m.id as string, ...((m.aliases as string[] | undefined) ?? [])].some((id) => defaultModels.includes(id));
  const providers = first.providers.map(({ provider, models }) => {
    const kept = models.filter(isDefault);
    return { provider: kept.length ? provider : { id: provider.id, name: provider.name }, models: kept };
  });
  const { withoutFineTuning: _withoutFineTuning, ...meta } = first.meta;
  return { ...first, meta: { ...meta, startView: { models: [...defaultModels] } }, providers } as unknown as T;
}

/**
 * Vite plugin: write the slimmed catalog next to the bundles as ftcost-catalog.json, the start view's as
 * ftcost-catalog-start.json and the first view's as ftcost-catalog-first.json (the widget fetches one of those on
 * mount, the whole one after the first price), from the generated catalog `npm run build` compiled from the YAML.
 */
export function catalogAssetPlugin(
  generatedCatalogPath: string,
  fileName: string,
  firstViewFileName: string,
  start: { fileName: string; models: readonly string[] },
) {
  return {
    name: 'ftcost-catalog-asset',
    async generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string }) {
      const { readFile } = await import('node:fs/promises');
      const full = JSON.parse(await readFile(generatedCatalogPath, 'utf8'));
      this.emitFile({ type: 'asset', fileName, source: JSON.stringify(slimCatalog(full)) });
      this.emitFile({ type: 'asset', fileName: firstViewFileName, source: JSON.stringify(firstViewCatalog(full)) });
      this.emitFile({
        type: 'asset',
        fileName: start.fileName,
        source: JSON.stringify(startViewCatalog(full, start.models)),
      });
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
