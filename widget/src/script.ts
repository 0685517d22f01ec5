/**
 * The script-tag build: `<script src="ftcost-widget.iife.js"></script>` defines `window.ftcost`
 * with `mount()` and registers `<ftcost-calculator>`, so a docs page needs one tag and one element.
 */
import { setDefaultCatalogBase } from './catalogSource.js';
import { setBreakEvenLoader } from './lazy/loader.js';
import { scriptLoader } from './lazy/scriptLoader.js';
import { defineCalculatorElement } from './element.js';
import { mount } from './mount.js';

export { mount, defineCalculatorElement };

// Read while this script runs (currentScript is null afterwards): the catalog file sits beside it.
const scriptUrl =
  typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;
setDefaultCatalogBase(scriptUrl);
setBreakEvenLoader(scriptLoader(scriptUrl));

if (typeof customElements !== 'undefined') defineCalculatorElement();
