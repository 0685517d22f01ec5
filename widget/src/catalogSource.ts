/**
 * Where the widget's catalog comes from. The build writes it next to the scripts as
 * `ftcost-catalog.json` (compiled from pricing/*.yaml at build time: data, no YAML parser), and the
 * widget fetches it once per page when it mounts: the catalog grows with every provider, and kept
 * out of the script it never pushes the initial JavaScript over its budget. One fetch is shared by
 * every widget on a page. A host page can pass a Catalog object instead (mount's `catalog` option).
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

/** Set by each entry point from where its own script was loaded (import.meta.url, document.currentScript). */
export function setDefaultCatalogBase(scriptUrl: string | undefined): void {
  if (scriptUrl) {
    defaultUrl = new URL(CATALOG_FILE, scriptUrl).href;
    firstViewUrl = new URL(FIRST_VIEW_CATALOG_FILE, scriptUrl).href;
  }
}

/** The first view's catalog from beside the script (only where the whole one is the default one too). */
export function loadFirstViewCatalog(): Promise<Catalog> {
  return loadCatalog(firstViewUrl ?? new URL(FIRST_VIEW_CATALOG_FILE, document.baseURI).href);
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
