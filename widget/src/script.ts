/**
 * The script-tag build: `<script src="ftcost-widget.iife.js"></script>` defines `window.ftcost`
 * with `mount()` and registers `<ftcost-calculator>`, so a docs page needs one tag and one element.
 */
import { setDefaultCatalogBase } from './catalogSource.js';
import { defineCalculatorElement } from './element.js';
import { mount } from './mount.js';

export { mount, defineCalculatorElement };

// Read while this script runs (currentScript is null afterwards): the catalog file sits beside it.
setDefaultCatalogBase(typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined);

if (typeof customElements !== 'undefined') defineCalculatorElement();
