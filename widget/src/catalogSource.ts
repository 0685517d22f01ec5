/**
 * Where the widget's catalog comes from. The build writes it next to the scripts as
 * `ftcost-catalog.json` (compiled from pricing/*.yaml at build time: data, no YAML parser), with the
 * first view's slimmer copy `ftcost-catalog-first.json`; a widget fetches the first view's when it
 * mounts and the whole one once its first price is on screen (mount.ts). Kept out of the script, the
 * catalog never pushes the initial JavaScript over its budget. One fetch per URL is shared by every
 * widget on a page. A host page can pass a Catalog object instead (mount's `catalog` option).
 */
import { toCatalog, type Catalog } from '../../src/catalog/model.js';
import type { CompiledCatalog } from '../../src/catalog/schema.js';
import { DEFAULT_STATE } from './state.js';

export const CATALOG_FILE = 'ftcost-catalog.json';
/**
 * The first view's catalog: every price, source and date the training table shows, without the prose
 * notes and the GPU data (widget/build/slimCatalog.ts). Fetched first, so the first price needs ~5 KB
 * of data instead of ~22; the whole catalog follows once that price is on screen.
 */
export const FIRST_VIEW_CATALOG_FILE = 'ftcost-catalog-first.json';
/**
 * The start view's catalog: the first view's prices of the default models only (DEFAULT_STATE.models), every other
 * provider and model by name (widget/build/slimCatalog.ts `startViewCatalog`). A page that shows the default models
 * fetches it instead of the first view's: its first price then needs ~3 KB of data instead of ~8.5 (issue 23: 40 KB
 * before the first price).
 */
export const START_VIEW_CATALOG_FILE = 'ftcost-catalog-start.json';

let defaultUrl: string | undefined;
let firstViewUrl: string | undefined;
let startViewUrl: string | undefined;
const loads = new Map<string, Promise<Catalog>>();

/** Set by the script-tag entry from where its own script was loaded (document.currentScript). */
export function setDefaultCatalogBase(scriptUrl: string | undefined): void {
  if (scriptUrl)
    setDefaultCatalogUrls(
      new URL(CATALOG_FILE, scriptUrl).href,
      new URL(FIRST_VIEW_CATALOG_FILE, scriptUrl).href,
      new URL(START_VIEW_CATALOG_FILE, scriptUrl).href,
    );
}

/**
 * Set by the ESM entry (index.ts) from `new URL('./ftcost-catalog.json', import.meta.url)` and the first view's: the
 * literal pattern an app's bundler (Vite, webpack 5) copies as an asset and points at the copy, so a bundled app
 * finds both catalogs with no configuration, and the first price needs only the small one.
 */
export function setDefaultCatalogUrls(
  catalogUrl: string,
  firstViewCatalogUrl: string,
  startViewCatalogUrl: string,
): void {
  defaultUrl = catalogUrl;
  firstViewUrl = firstViewCatalogUrl;
  startViewUrl = startViewCatalogUrl;
}

/**
 * A file the widget ships beside its script (the counting worker, for the cross-origin fallback in worker/client.ts):
 * resolved against the default catalog's URL, which is beside the script wherever nothing copied it elsewhere.
 * Imported by the ESM build's stand-in for `count.worker.ts?worker&url` (widget/vite.config.ts), not by a source file.
 * @public
 */
export function widgetFileUrl(file: string): string {
  return new URL(file, defaultUrl ?? document.baseURI).href;
}

/** First- and start-view URLs that failed on this page: a site that did not copy the file is not asked again. */
const firstViewMissing = new Set<string>();

/** Whether models picked by these names can start from the start view (before its file says which ids it prices). */
function startsWithDefaults(models: readonly string[]): boolean {
  return models.length > 0 && models.every((m) => DEFAULT_STATE.models.includes(m));
}

/**
 * The first view's catalog from beside the script (only where the whole one is the default one too): the start
 * view's where the widget shows only the default models, else (or where the start view is missing) the first view's.
 * Rejects at once, without a request, where both already failed on this page (the caller then loads the whole
 * catalog), and where the whole catalog is already loaded or loading (nothing to gain).
 */
export function loadFirstViewCatalog(models: readonly string[] = []): Promise<Catalog> {
  const first = firstViewUrl ?? new URL(FIRST_VIEW_CATALOG_FILE, document.baseURI).href;
  const start = startViewUrl ?? new URL(START_VIEW_CATALOG_FILE, document.baseURI).href;
  const urls = (startsWithDefaults(models) ? [start, first] : [first]).filter((u) => !firstViewMissing.has(u));
  const next = (i: number): Promise<Catalog> => {
    if (i >= urls.length || loads.has(defaultCatalogUrl()))
      return Promise.reject(new Error('the whole catalog is at hand'));
    const url = urls[i]!;
    return loadCatalog(url).catch(() => {
      firstViewMissing.add(url);
      return next(i + 1);
    });
  };
  return next(0);
}

/**
 * Whether a catalog prices everything these picked models stand for: always, but for a start view, which holds
 * every model the names it was made for (`meta.startView.models`) match, and no other. None picked means every model.
 */
export function startViewCovers(catalog: Catalog, models: readonly string[]): boolean {
  const made = (catalog.meta as { startView?: { models: readonly string[] } }).startView?.models;
  return !made || (models.length > 0 && models.every((m) => made.includes(m)));
}

function defaultCatalogUrl(): string {
  return defaultUrl ?? new URL(CATALOG_FILE, document.baseURI).href;
}

export function loadCatalog(url: string = defaultCatalogUrl()): Promise<Catalog> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url, { credentials: 'same-origin' })
      .then((res) => {
        if (!res.ok) throw new Error(`could not load the price catalog from ${url} (HTTP ${res.status})`);
        return res.json() as Promise<CompiledCatalog>;
      })
      .then((compiled) => toCatalog(compiled));
    // A failed load may be retried by the next widget (a flaky network, a fixed path).
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}
