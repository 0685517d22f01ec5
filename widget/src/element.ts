/**
 * `<ftcost-calculator examples="500" tokens-per-example="400" epochs="3" models="gpt-4o-mini">`:
 * the calculator as a custom element, for pages that cannot run a script of their own. Attributes
 * are the common options (kebab-case); changing one updates the widget.
 */
import type { EstimateResult } from '../../src/result/estimate.js';
import { mountInShadow, type MountOptions, type WidgetHandle } from './mount.js';
import type { WidgetState } from './state.js';

/**
 * attribute → option. Lists are comma- or space-separated. An invalid value is ignored (the default applies)
 * with one console warning. `hash` (or `hash="key"`) turns URL-hash sync on for this widget.
 */
const ATTRIBUTE_OPTIONS = [
  'examples',
  'tokensPerExample',
  'epochs',
  'models',
  'providers',
  'existingCustomers',
  'queriesPerDay',
  'ftModel',
  'horizonMonths',
  'promptedModel',
  'promptedInputTokens',
  'fineTunedInputTokens',
  'outputTokens',
  'hoursPerDay',
  'theme',
  'today',
  'catalogUrl',
] as const satisfies readonly (keyof MountOptions)[];
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, (typeof ATTRIBUTE_OPTIONS)[number]>> = Object.fromEntries(
  ATTRIBUTE_OPTIONS.map((o) => [o.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), o]),
);

/** `no-hash` is accepted for old pages (the hash is off unless `hash` is given). */
const BOOLEAN_ATTRIBUTES = ['hash', 'no-hash', 'no-hourly-hosting', 'no-self-hosted'] as const;

function optionsFromAttributes(el: Element): MountOptions {
  const out: Record<string, unknown> = {};
  for (const [attr, option] of Object.entries(ELEMENT_ATTRIBUTES)) {
    const value = el.getAttribute(attr);
    if (value !== null) out[option] = value;
  }
  const hash = el.getAttribute('hash');
  out.hash = hash !== null && !el.hasAttribute('no-hash') ? hash || true : false;
  out.hourlyHosting = !el.hasAttribute('no-hourly-hosting');
  out.selfHosted = !el.hasAttribute('no-self-hosted');
  return out as MountOptions;
}

export const ELEMENT_NAME = 'ftcost-calculator';

/**
 * Register <ftcost-calculator> (once; a second call is a no-op). The class is made here, not at import, so importing
 * never needs a DOM. Returns whether the element is defined afterwards: false where there is no registry or no
 * HTMLElement to extend — a server rendering the page (SSR), where a docs generator may import the widget — so a
 * call there is harmless, and the browser's import of the same module registers it.
 */
export function defineCalculatorElement(
  name: string = ELEMENT_NAME,
  registry: CustomElementRegistry | undefined = typeof customElements === 'undefined' ? undefined : customElements,
): boolean {
  if (!registry || typeof HTMLElement === 'undefined') return false;
  if (registry.get(name)) return true;
  class FtcostCalculator extends HTMLElement {
    static observedAttributes = [...Object.keys(ELEMENT_ATTRIBUTES), ...BOOLEAN_ATTRIBUTES];
    #handle: WidgetHandle | undefined;

    /** The live widget (update/destroy), once connected. */
    get widget(): WidgetHandle | undefined {
      return this.#handle;
    }

    /** The current inputs (a copy), once connected. */
    get state(): WidgetState | undefined {
      return this.#handle?.state;
    }

    /** The current estimate (the library's EstimateResult, a copy), once computed. */
    get result(): EstimateResult | undefined {
      return this.#handle?.result;
    }

    connectedCallback() {
      if (this.#handle) return;
      // Children of the element are its no-JavaScript fallback: with a shadow root attached they are not rendered.
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.#handle = mountInShadow(shadow, optionsFromAttributes(this), true);
    }

    disconnectedCallback() {
      this.#handle?.destroy();
      this.#handle = undefined;
    }

    attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null) {
      if (oldValue === newValue || !this.#handle) return;
      this.#handle.update(optionsFromAttributes(this));
    }
  }
  registry.define(name, FtcostCalculator);
  return true;
}
