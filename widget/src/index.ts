/**
 * ftcost/widget (ESM): the fine-tuning cost calculator for docs pages.
 *   import 'ftcost/widget';   // registers <ftcost-calculator examples="500" …> in a browser
 *   import { mount } from 'ftcost/widget';
 *   const widget = mount('#calculator', { examples: 500, tokensPerExample: 400, epochs: 3 });
 * Importing it on a server (a docs generator's SSR) does nothing: no DOM is touched there.
 */
import { setDefaultCatalogUrls } from './catalogSource.js';
import { defineCalculatorElement } from './element.js';
import { setBreakEvenLoader } from './lazy/loader.js';

// The catalogs sit beside this module in dist/widget/. This literal pattern is what an app's bundler (Vite, webpack 5)
// copies as an asset and rewrites to the copy's URL (widget/vite.config.ts keeps it literal in the ESM build), so a
// bundled app fetches the small first-view catalog first too, from where its own assets are served.
setDefaultCatalogUrls(
  new URL('./ftcost-catalog.json', import.meta.url).href,
  new URL('./ftcost-catalog-first.json', import.meta.url).href,
  new URL('./ftcost-catalog-start.json', import.meta.url).href,
);
// The break-even panel is a lazy chunk.
setBreakEvenLoader(() => import('./lazy/panel.js'));
// `import 'ftcost/widget'` is enough for the element (package.json lists this file in sideEffects, so a bundler keeps
// the import); where there is no customElements (a server), this returns false and nothing happens.
defineCalculatorElement();

export { mount, CHANGE_EVENT, RESULT_EVENT, type MountOptions, type WidgetHandle } from './mount.js';
export { loadCatalog, CATALOG_FILE, FIRST_VIEW_CATALOG_FILE, START_VIEW_CATALOG_FILE } from './catalogSource.js';
export { defineCalculatorElement, ELEMENT_NAME, ELEMENT_ATTRIBUTES } from './element.js';
export { DEFAULT_STATE, type WidgetState, type Theme } from './state.js';
