/**
 * The script-tag build: `<script src="ftcost-widget.iife.js"></script>` defines `window.ftcost`
 * with `mount()` and registers `<ftcost-calculator>`, so a docs page needs one tag and one element.
 */
import { defineCalculatorElement } from './element.js';
import { mount } from './mount.js';

export { mount, defineCalculatorElement };

if (typeof customElements !== 'undefined') defineCalculatorElement();
