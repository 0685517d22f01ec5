// @vitest-environment happy-dom
/**
 * "Already fine-tuning on:": the widget's customer dimension. A team is a new customer everywhere
 * unless told, so OpenAI (closed to new customers since 2026-05-07) is left out of the training table
 * and named in the line under it; ticking OpenAI (or `existing-customers="openai"`, or the hash
 * `ft.existing=openai`) passes `existingCustomers: ['openai']` to the library, and its offers come
 * back. Hand-computed: 500 examples × 400 tokens × 3 epochs = 600,000 training tokens at OpenAI's
 * $3.00 per 1M for gpt-4o-mini is $1.80. The boxes and the line come with the later script
 * (lazy/panel.ts); the table honours the ticked providers from the first price.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCatalog } from '../../src/catalog/model.js';
import { computeBreakEven } from '../../widget/src/breakEven.js';
import { slimCatalog } from '../../widget/build/slimCatalog.js';
import { defineCalculatorElement, DEFAULT_STATE, mount, type WidgetHandle } from '../../widget/src/index.js';

const COMPILED = JSON.parse(
  readFileSync(
    fileURLToPath(import.meta.url).replace(/test\/widget\/customers\.test\.ts$/, 'src/catalog/generated/catalog.json'),
    'utf8',
  ),
);
vi.stubGlobal('fetch', async (url: string) =>
  String(url).endsWith('/ftcost-catalog.json')
    ? new Response(JSON.stringify(slimCatalog(COMPILED)), { status: 200 })
    : new Response('', { status: 404 }),
);

const TODAY = '2026-11-23';
const GPT_4O_MINI = { examples: 500, tokensPerExample: 400, epochs: 3, models: ['gpt-4o-mini'], today: TODAY };

let handle: WidgetHandle | undefined;
beforeEach(() => {
  document.body.innerHTML = '<div id="calc"></div>';
  window.location.hash = '';
});
afterEach(() => {
  handle?.destroy();
  handle = undefined;
  document.body.innerHTML = '';
});

/** Once the later script's parts are on screen (its file drop is one). */
const laterLoaded = (root: ShadowRoot) =>
  vi.waitFor(() => expect(root.querySelector('input[type="file"]')).not.toBeNull(), { timeout: 5000 });

async function mounted(options: Parameters<typeof mount>[1]): Promise<ShadowRoot> {
  handle = mount('#calc', options);
  await handle.ready;
  const root = document.querySelector('#calc .ftcost-host')!.shadowRoot!;
  await laterLoaded(root);
  return root;
}

const openaiRows = (root: ShadowRoot) => root.querySelectorAll('table.training tr[data-provider="openai"]');
const closedLine = (root: ShadowRoot) => root.querySelector('p.closed')?.textContent;
const customerBox = (root: ShadowRoot, id: string) =>
  root.querySelector<HTMLInputElement>(`input[name="existingCustomer"][value="${id}"]`);
/** The training section's message (the first results section; the break-even's is the second). */
const trainingAlert = (root: ShadowRoot) => root.querySelector('section.results')!.querySelector('[role="alert"]');
const cost = (root: ShadowRoot) =>
  root.querySelector('tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"] td.cost')?.textContent;

describe('Already fine-tuning on', () => {
  it(
    'by default (a new customer everywhere) shows no OpenAI row, ' + 'and the line under the table names OpenAI',
    async () => {
      const root = await mounted({ today: TODAY, hash: false });
      expect(root.querySelector('table.training, p.empty')).not.toBeNull();
      expect(openaiRows(root)).toHaveLength(0);
      expect(closedLine(root)).toMatch(/^Closed to you as a new customer: .*OpenAI since 2026-05-07 \(\d+ offers?\)/);
      expect(closedLine(root)).toMatch(/; tick (it|them) above if you fine-tune there already\.$/);
      // The widget's own words: no CLI flag.
      expect(closedLine(root)).not.toContain('--');
      const box = customerBox(root, 'openai')!;
      expect(box.checked).toBe(false);
      expect(box.closest('fieldset')!.querySelector('legend')!.textContent).toBe('Already fine-tuning on:');
      expect(box.parentElement!.textContent).toBe('OpenAI');
      // Ticked, OpenAI is no longer closed to the team; its box stays where it was (catalog order).
      const boxes = () =>
        [...root.querySelectorAll<HTMLInputElement>('input[name="existingCustomer"]')].map((b) => b.value);
      const before = boxes();
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      expect(openaiRows(root).length).toBeGreaterThan(0);
      expect(boxes()).toEqual(before);
    },
  );

  it(
    'ticking OpenAI brings its rows back ($1.80 for 500 × 400 × ' + '3 on gpt-4o-mini); the box stays, ticked',
    async () => {
      const root = await mounted({ ...GPT_4O_MINI, providers: ['openai'], hash: true });
      expect(openaiRows(root)).toHaveLength(0);
      expect(root.querySelector('p.empty')?.textContent).toBe('No offer matches these models and providers.');
      expect(closedLine(root)).toBe(
        'Closed to you as a new customer: OpenAI since 2026-05-07 (1 offer); ' +
          'tick it above if you fine-tune there already.',
      );
      const box = customerBox(root, 'openai')!;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      expect(cost(root)).toBe('$1.80');
      expect(closedLine(root)).toBeUndefined();
      // No longer closed to the team, so no longer in closedToTeam: the box is kept because it is ticked.
      expect(customerBox(root, 'openai')?.checked).toBe(true);
      expect(handle!.state.existingCustomers).toEqual(['openai']);
      expect(handle!.result?.closedToTeam).toEqual([]);
      // The hash keeps it, so a link reproduces the view.
      expect(window.location.hash).toContain('ft.existing=openai');
      const box2 = customerBox(root, 'openai')!;
      box2.checked = false;
      box2.dispatchEvent(new Event('change', { bubbles: true }));
      expect(openaiRows(root)).toHaveLength(0);
      expect(customerBox(root, 'openai')?.checked).toBe(false);
    },
  );

  it('a link with ft.existing=openai shows the OpenAI rows', async () => {
    window.location.hash = '#ft.existing=openai';
    const root = await mounted({ ...GPT_4O_MINI, hash: true });
    expect(cost(root)).toBe('$1.80');
    expect(handle!.state.existingCustomers).toEqual(['openai']);
  });

  it('the break-even is computed for the same customers', () => {
    const catalog = toCatalog(slimCatalog(COMPILED));
    const state = { ...DEFAULT_STATE, examples: '500', tokensPerExample: '400', epochs: '3' };
    const asNew = computeBreakEven(state, { catalog, today: TODAY });
    const asCustomer = computeBreakEven({ ...state, existingCustomers: ['openai'] }, { catalog, today: TODAY });
    if (!asNew.ok || !asCustomer.ok) throw new Error('no break-even');
    expect(asNew.value.closedToTeam.map((c) => c.provider)).toContain('openai');
    expect(asCustomer.value.closedToTeam.map((c) => c.provider)).not.toContain('openai');
  });
});

describe('<ftcost-calculator existing-customers>', () => {
  const element = async (attrs: string) => {
    defineCalculatorElement();
    document.body.innerHTML =
      '<ftcost-calculator examples="500" tokens-per-example="400" epochs="3" models="gpt-4o-mini" ' +
      `today="${TODAY}" ${attrs}></ftcost-calculator>`;
    const el = document.querySelector('ftcost-calculator') as HTMLElement & { widget: WidgetHandle };
    await el.widget.ready;
    await laterLoaded(el.shadowRoot!);
    return el;
  };

  it('existing-customers="openai" shows the OpenAI rows; a space- or comma-separated list is read alike', async () => {
    const el = await element('existing-customers="openai"');
    const root = el.shadowRoot!;
    expect(cost(root)).toBe('$1.80');
    expect(customerBox(root, 'openai')?.checked).toBe(true);
    el.setAttribute('existing-customers', 'openai azure-openai');
    expect((el as unknown as { state: { existingCustomers: string[] } }).state.existingCustomers).toEqual([
      'openai',
      'azure-openai',
    ]);
    expect(cost(root)).toBe('$1.80');
    el.setAttribute('existing-customers', 'azure-openai,openai');
    expect(cost(root)).toBe('$1.80');
    el.setAttribute('existing-customers', '');
    expect(openaiRows(root)).toHaveLength(0);
  });

  it(
    'an unknown provider id is refused as the library refuses it, ' + "in the widget's words, where results would be",
    async () => {
      const el = await element('existing-customers="opneai"');
      const root = el.shadowRoot!;
      expect(root.querySelector('table.training')).toBeNull();
      const message = trainingAlert(root)!.textContent!;
      expect(message).toMatch(
        /^Already fine-tuning on: unknown provider "opneai"; did you mean "openai"\?; known providers: .*\bopenai\b/,
      );
      expect(message).not.toContain('--');
      // The bad id is a box of its own: unticking it clears the error.
      const box = customerBox(root, 'opneai')!;
      expect(box.checked).toBe(true);
      box.checked = false;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      expect(root.querySelector('table.training, p.empty')).not.toBeNull();
      expect(trainingAlert(root)).toBeNull();
    },
  );
});
