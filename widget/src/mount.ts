/**
 * `mount(elementOrSelector, options) → { update, destroy }`: the one call a host page makes. The
 * widget renders inside a shadow root, so the page's CSS cannot break it and its CSS cannot leak
 * out; only the `--ftcost-*` custom properties (which inherit through the shadow boundary) theme it.
 */
import { h, render } from 'preact';
import type { Catalog } from '../../src/catalog/model.js';
import { loadCatalog } from './catalogSource.js';
import { App } from './components/App.js';
import {
  applyOptions,
  DEFAULT_STATE,
  hashFromState,
  stateFromHash,
  type StateOptions,
  type Theme,
  type WidgetState,
} from './state.js';
import css from './styles.css?inline';

export interface MountOptions extends StateOptions {
  /** light, dark, or auto (follows prefers-color-scheme). Default auto. */
  theme?: Theme;
  /** Keep the inputs in the URL hash so a link reproduces the view (default true; turn off for a second widget on a page). */
  hash?: boolean;
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

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * Render into a shadow root (a custom element's own, or one made on a fresh <div> inside the
 * container). Shared by mount() and the <ftcost-calculator> element.
 */
export function mountInShadow(root: ShadowRoot, options: MountOptions = {}): WidgetHandle {
  const win = root.ownerDocument.defaultView ?? window;
  const idPrefix = `ftc${++instances}`;
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  const container = root.ownerDocument.createElement('div');
  container.className = 'ftcost-root';
  root.append(style, container);

  let settings = { theme: 'auto' as Theme, hash: true, today: todayUtc(), catalog: undefined as Catalog | undefined };
  let state: WidgetState = { ...DEFAULT_STATE, models: [...DEFAULT_STATE.models], providers: [] };
  let destroyed = false;
  let loadError: string | undefined;

  const applySettings = (o: MountOptions) => {
    if (o.theme !== undefined) {
      if (!THEMES.includes(o.theme))
        throw new Error(`ftcost: theme must be one of ${THEMES.join(', ')}, got "${o.theme}"`);
      settings = { ...settings, theme: o.theme };
    }
    if (o.hash !== undefined) settings = { ...settings, hash: o.hash };
    if (o.today !== undefined) settings = { ...settings, today: o.today };
    if (o.catalog !== undefined) settings = { ...settings, catalog: o.catalog };
    state = applyOptions(state, o);
  };

  const writeHash = () => {
    if (!settings.hash) return;
    const next = hashFromState(state, win.location.hash);
    if (next === win.location.hash || (next === '' && win.location.hash === '')) return;
    // replaceState: typing must not flood the back button, and it fires no hashchange back at us.
    const url = `${win.location.pathname}${win.location.search}${next}`;
    win.history.replaceState(
      win.history.state,
      '',
      next === '' ? `${win.location.pathname}${win.location.search}` : url,
    );
  };

  const paint = () => {
    if (destroyed) return;
    if (!settings.catalog) {
      // Before the catalog arrives (one small same-origin fetch), or if it cannot.
      render(
        h(
          'div',
          { class: `ftcost theme-${settings.theme}` },
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
        },
        catalog: settings.catalog,
        today: settings.today,
        theme: settings.theme,
        idPrefix,
      }),
      container,
    );
  };

  const onHashChange = () => {
    if (!settings.hash) return;
    state = { ...state, ...stateFromHash(win.location.hash) };
    paint();
  };

  applySettings(options);
  // A shared link wins over the page's defaults: that is what makes it reproduce the view.
  if (settings.hash) state = { ...state, ...stateFromHash(win.location.hash) };
  win.addEventListener('hashchange', onHashChange);
  paint();
  const ready: Promise<void> = settings.catalog
    ? Promise.resolve()
    : loadCatalog(options.catalogUrl).then(
        (catalog) => {
          settings = { ...settings, catalog: settings.catalog ?? catalog };
          paint();
        },
        (err: unknown) => {
          loadError = err instanceof Error ? err.message : String(err);
          paint();
          throw err;
        },
      );
  // The handle's promise is for callers who want it; an unhandled rejection would only repeat the on-screen error.
  ready.catch(() => undefined);

  return {
    update(next: MountOptions) {
      if (destroyed) throw new Error('ftcost: update() called after destroy()');
      applySettings(next);
      writeHash();
      paint();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      win.removeEventListener('hashchange', onHashChange);
      render(null, container);
      container.remove();
      style.remove();
    },
    get state() {
      return { ...state, models: [...state.models], providers: [...state.providers] };
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
    ready: handle.ready,
  };
}
