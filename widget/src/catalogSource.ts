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

export const CATALOG_FILE = 'ftcost-catalog.json';
/**
 * The first view's catalog: every price, source and date the training table shows, without the prose
 * notes and the GPU data (widget/build/slimCatalog.ts). Fetched first, so the first price needs ~5 KB
 * of data instead of ~22; the whole catalog follows once that price is on screen.
 */
export const FIRST_VIEW_CATALOG_FILE = 'ftcost-catalog-first.json';

let defaultUrl: string | undefined;
let firstViewUrl: string | undefined;
const loads = new Map<string, Promise<Catalog>>();

/** Set by the script-tag entry from where its own script was loaded (document.currentScript). */
export function setDefaultCatalogBase(scriptUrl: string | undefined): void {
  if (scriptUrl)
    setDefaultCatalogUrls(new URL(CATALOG_FILE, scriptUrl).href, new URL(FIRST_VIEW_CATALOG_FILE, scriptUrl).href);
}

/**
 * Set by the ESM entry (index.ts) from `new URL('./ftcost-catalog.json', import.meta.url)` and the first view's: the
 * literal pattern an app's bundler (Vite, webpack 5) copies as an asset and points at the copy, so a bundled app
 * finds both catalogs with no configuration, and the first price needs only the small one.
 */
export function setDefaultCatalogUrls(catalogUrl: string, firstViewCatalogUrl: string): void {
  defaultUrl = catalogUrl;
  firstViewUrl = firstViewCatalogUrl;
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

/** First-view URLs that failed on this page: a site that did not copy the file is not asked again. */
const firstViewMissing = new Set<string>();

/**
 * The first view's catalog from beside the script (only where the whole one is the default one too).
 * Rejects at once, without a request, where it already failed on this page (the caller then loads the
 * whole catalog), and where the whole catalog is already loaded or loading (nothing to gain).
 */
export function loadFirstViewCatalog(): Promise<Catalog> {
  const url = firstViewUrl ?? new URL(FIRST_VIEW_CATALOG_FILE, document.baseURI).href;
  if (firstViewMissing.has(url) || loads.has(defaultCatalogUrl()))
    return Promise.reject(new Error('the whole catalog is at hand'));
  const load = loadCatalog(url);
  load.catch(() => firstViewMissing.add(url));
  return load;
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
