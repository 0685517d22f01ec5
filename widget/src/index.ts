/**
 * ftcost/widget (ESM): the fine-tuning cost calculator for docs pages.
 *   import { mount } from 'ftcost/widget';
 *   const widget = mount('#calculator', { examples: 500, tokensPerExample: 400, epochs: 3 });
 * or register the element: `defineCalculatorElement()` then `<ftcost-calculator examples="500">`.
 */
import { setDefaultCatalogBase } from './catalogSource.js';
import { setBreakEvenLoader } from './lazy/loader.js';

// The catalog file sits beside this module in dist/widget/; the break-even panel is a lazy chunk.
setDefaultCatalogBase(import.meta.url);
setBreakEvenLoader(() => import('./lazy/panel.js'));

export { mount, CHANGE_EVENT, RESULT_EVENT, type MountOptions, type WidgetHandle } from './mount.js';
export { loadCatalog, CATALOG_FILE, FIRST_VIEW_CATALOG_FILE } from './catalogSource.js';
export { defineCalculatorElement, ELEMENT_NAME, ELEMENT_ATTRIBUTES } from './element.js';
export { DEFAULT_STATE, type WidgetState, type Theme } from './state.js';
