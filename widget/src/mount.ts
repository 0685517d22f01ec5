/**
 * `mount(elementOrSelector, options) → { update, destroy }`: the one call a host page makes. The
 * widget renders inside a shadow root, so the page's CSS cannot break it and its CSS cannot leak
 * out; only the `--ftcost-*` custom properties (which inherit through the shadow boundary) theme it.
 */
import { h, render } from 'preact';
import type { Catalog } from '../../src/catalog/model.js';
import type { EstimateResult } from '../../src/result/estimate.js';
import { loadCatalog, loadFirstViewCatalog, startViewCovers } from './catalogSource.js';
import { App } from './components/App.js';
import { sanitizeOptions } from './options.js';
import { hostScheme, watchHostScheme } from './hostTheme.js';
import {
  applyOptions,
  DEFAULT_HASH_KEY,
  DEFAULT_STATE,
  hashFromState,
  isWidgetHash,
  stateFromHash,
  type StateOptions,
  type Theme,
  type WidgetState,
} from './state.js';
import { adoptStyles } from './styles.js';

/** Fired on the host element when the inputs change (typed, or through update()); `detail` is the inputs. */
export const CHANGE_EVENT = 'ftcost:change';
/** Fired on the host element with each new estimate: `detail` is the library's EstimateResult (a copy). */
export const RESULT_EVENT = 'ftcost:result';

export interface MountOptions extends StateOptions {
  /**
   * light, dark, or auto (default): what the page around the widget shows — its background, or its color-scheme
   * (docs sites' theme toggles included, live; widget/src/hostTheme.ts).
   */
  theme?: Theme;
  /**
   * Keep the inputs in the URL hash so a link reproduces the view. Off by default. `true` uses the key
   * "ft" ("#ft.examples=500"); a string is this widget's own key (two widgets on a page: two keys).
   * A hash the widget did not write (a router's route, an anchor, the page's own params) is never changed.
   */
  hash?: boolean | string;
  /** YYYY-MM-DD: the day prices are taken as of (default: today, UTC). */
  today?: string;
  /** A catalog object to use (default: ftcost-catalog.json, fetched from beside the script). */
  catalog?: Catalog;
  /** Where to fetch the catalog from instead (a URL). */
  catalogUrl?: string;
}

export interface WidgetHandle {
  /** Change inputs or settings; what the options give wins over what the user had typed. */
  update(options: MountOptions): void;
  /** Unmount, remove the widget's DOM and listeners; the container is left as it was. */
  destroy(): void;
  /** The current inputs (a copy). */
  readonly state: WidgetState;
  /**
   * The current estimate, the library's JSON-safe EstimateResult (a copy); undefined while inputs are invalid or prices
   * load.
   */
  readonly result: EstimateResult | undefined;
  /** Settles when the catalog is loaded and the results are on screen (rejects if it cannot be loaded). */
  readonly ready: Promise<void>;
}

let instances = 0;

/** Resolve a container: an Element, or a selector that must match one (a wrong selector fails loudly). */
function resolveTarget(target: Element | string, doc: Document = document): Element {
  if (typeof target === 'string') {
    const found = doc.querySelector(target);
    if (!found) throw new Error(`ftcost.mount: no element matches the selector "${target}"`);
    return found;
  }
  if (!target || typeof (target as Element).appendChild !== 'function') {
    throw new TypeError(
      `ftcost.mount: expected an element or a CSS selector, got ${target === null ? 'null' : typeof target}`,
    );
  }
  return target;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The last hash any widget on a page wrote: a hash equal to it is ours to rewrite. */
const lastWritten = new WeakMap<object, string>();

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Render into a shadow root (a custom element's own, or one made on a fresh <div> inside the
 * container). Shared by mount() and the <ftcost-calculator> element. Events are dispatched on the
 * shadow root's host element.
 */
export function mountInShadow(root: ShadowRoot, options: MountOptions = {}, fromAttributes = false): WidgetHandle {
  const win = root.ownerDocument.defaultView ?? window;
  const idPrefix = `ftc${++instances}`;
  const removeStyles = adoptStyles(root);
  const container = root.ownerDocument.createElement('div');
  container.className = 'ftcost-root';
  root.append(container);

  let settings = {
    theme: 'auto' as Theme,
    hashKey: undefined as string | undefined,
    today: todayUtc(),
    catalog: undefined as Catalog | undefined,
    /** The first view's catalog (no notes, no GPU data) until the whole one arrives. */
    firstView: undefined as Catalog | undefined,
  };
  let state: WidgetState = copy(DEFAULT_STATE);
  let destroyed = false;
  let loadError: string | undefined;
  let result: EstimateResult | undefined;

  const emit = (type: string, detail: unknown) =>
    root.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

  const applySettings = (raw: MountOptions) => {
    const o = sanitizeOptions(raw, fromAttributes);
    if (o.theme !== undefined) settings = { ...settings, theme: o.theme };
    if (o.hash !== undefined)
      settings = {
        ...settings,
        hashKey: o.hash === true || o.hash === '' ? DEFAULT_HASH_KEY : o.hash === false ? undefined : o.hash,
      };
    if (o.today !== undefined) settings = { ...settings, today: o.today };
    if (o.catalog !== undefined) settings = { ...settings, catalog: o.catalog };
    state = applyOptions(state, o);
  };

  const writeHash = () => {
    const key = settings.hashKey;
    if (key === undefined) return;
    const current = win.location.hash;
    // Only a hash this page's widgets wrote (or none) is rewritten: never a route, an anchor or the page's own params.
    if (current !== (lastWritten.get(win) ?? '') && !isWidgetHash(current)) return;
    const next = hashFromState(state, current, key);
    if (next === current || (next === '' && current === '')) return;
    // replaceState: typing must not flood the back button, and it fires no hashchange back at us.
    const base = `${win.location.pathname}${win.location.search}`;
    win.history.replaceState(win.history.state, '', next === '' ? base : `${base}${next}`);
    lastWritten.set(win, next);
  };

  const onResult = (next: EstimateResult | undefined) => {
    if (next === result) return;
    result = next;
    if (next) emit(RESULT_EVENT, copy(next));
  };

  // theme "auto" is what the page around shows (hostTheme.ts), read at each paint and watched while mounted.
  let scheme: Theme = 'light';
  const shownTheme = (): Theme => (settings.theme === 'auto' ? hostScheme(root.host) : settings.theme);
  const unwatchTheme = watchHostScheme(root.host, () => {
    if (settings.theme === 'auto' && shownTheme() !== scheme) paint();
  });

  const paint = () => {
    if (destroyed) return;
    scheme = shownTheme();
    const catalog = settings.catalog ?? settings.firstView;
    if (!catalog) {
      // Before the catalog arrives (the first view's small same-origin fetch), or if it cannot.
      render(
        h(
          'div',
          { class: `ftcost theme-${scheme}` },
          loadError
            ? h('p', { class: 'error', role: 'alert' }, `ftcost: ${loadError}`)
            : h('p', { role: 'status' }, 'Loading prices…'),
        ),
        container,
      );
      return;
    }
    render(
      h(App, {
        state,
        onChange: (patch: Partial<WidgetState>) => {
          state = { ...state, ...patch };
          writeHash();
          paint();
          emit(CHANGE_EVENT, copy(state));
        },
        onResult,
        catalog,
        complete: settings.catalog !== undefined,
        // A start view (the default models' prices) prices nothing else: another pick waits for the whole catalog.
        priced: settings.catalog !== undefined || startViewCovers(catalog, state.models),
        loadError,
        today: settings.today,
        theme: scheme,
        idPrefix,
      }),
      container,
    );
  };

  const onHashChange = () => {
    if (settings.hashKey === undefined) return;
    const fromHash = stateFromHash(win.location.hash, settings.hashKey);
    if (Object.keys(fromHash).length === 0) return;
    state = { ...state, ...fromHash };
    paint();
  };

  applySettings(options);
  // A shared link wins over the page's defaults: that is what makes it reproduce the view.
  if (settings.hashKey !== undefined) state = { ...state, ...stateFromHash(win.location.hash, settings.hashKey) };
  win.addEventListener('hashchange', onHashChange);
  paint();
  // Nothing to load once destroyed, or once the host gave a catalog (update({ catalog })).
  const loadWhole = (): Promise<void> =>
    destroyed || settings.catalog
      ? Promise.resolve()
      : loadCatalog(options.catalogUrl).then(
          (catalog) => {
            settings = { ...settings, catalog: settings.catalog ?? catalog };
            paint();
          },
          (err: unknown) => {
            loadError = err instanceof Error ? err.message : String(err);
            // The first view stays on screen; the error shows where the break-even would be.
            paint();
            throw err;
          },
        );
  // With the default catalog: the first view's (small) first, the whole one once its price is on
  // screen and the browser is idle — so the first price waits for ~5 KB of data, not ~22. A site that
  // did not copy the first view's file (or a failed fetch) just loads the whole one.
  // (Safari has no requestIdleCallback.)
  // destroy() cancels a pending load of the whole catalog (and settles `ready`: nothing more will load).
  let cancelIdle = () => {};
  const whenIdle = (run: () => void, cancelled: () => void) => {
    if (typeof win.requestIdleCallback === 'function') {
      const id = win.requestIdleCallback(run, { timeout: 200 });
      cancelIdle = () => {
        win.cancelIdleCallback(id);
        cancelled();
      };
    } else {
      const id = (win as Window).setTimeout(run, 0);
      cancelIdle = () => {
        (win as Window).clearTimeout(id);
        cancelled();
      };
    }
  };
  const ready: Promise<void> = settings.catalog
    ? Promise.resolve()
    : options.catalogUrl !== undefined
      ? loadWhole()
      : loadFirstViewCatalog(state.models).then(
          (firstView) => {
            if (settings.catalog || destroyed) return;
            settings = { ...settings, firstView };
            paint();
            return new Promise<void>((resolve, reject) => whenIdle(() => loadWhole().then(resolve, reject), resolve));
          },
          () => loadWhole(),
        );
  // The handle's promise is for callers who want it; an unhandled rejection would only repeat the on-screen error.
  ready.catch(() => undefined);

  return {
    update(next: MountOptions) {
      if (destroyed) throw new Error('ftcost: update() called after destroy()');
      const before = JSON.stringify(state);
      applySettings(next);
      writeHash();
      paint();
      if (JSON.stringify(state) !== before) emit(CHANGE_EVENT, copy(state));
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      cancelIdle();
      unwatchTheme();
      win.removeEventListener('hashchange', onHashChange);
      render(null, container);
      container.remove();
      removeStyles();
    },
    get state() {
      return copy(state);
    },
    get result() {
      return result === undefined ? undefined : copy(result);
    },
    ready,
  };
}

/** Mount the calculator into a container element (or the element a selector names). */
export function mount(target: Element | string, options: MountOptions = {}): WidgetHandle {
  const container = resolveTarget(target);
  const host = container.ownerDocument.createElement('div');
  host.className = 'ftcost-host';
  container.appendChild(host);
  const shadow = host.attachShadow({ mode: 'open' });
  let handle: WidgetHandle;
  try {
    handle = mountInShadow(shadow, options);
  } catch (err) {
    host.remove();
    throw err;
  }
  return {
    update: (o) => handle.update(o),
    destroy() {
      handle.destroy();
      host.remove();
    },
    get state() {
      return handle.state;
    },
    get result() {
      return handle.result;
    },
    ready: handle.ready,
  };
}
