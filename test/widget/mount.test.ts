// @vitest-environment happy-dom
/**
 * Component tests of the widget: mount / update / destroy against a DOM, the custom element, the
 * URL hash, and the figures it shows (hand-computed: 500 examples × 400 tokens × 3 epochs =
 * 600,000 training tokens; at OpenAI's $3.00 per 1M for gpt-4o-mini that is $1.80).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  defineCalculatorElement,
  mount as mountNow,
  type MountOptions,
  type WidgetHandle,
} from '../../widget/src/index.js';
import { firstViewCatalog, slimCatalog, startViewCatalog } from '../../widget/build/slimCatalog.js';
import { DEFAULT_STATE } from '../../widget/src/state.js';
import { setDefaultCatalogBase } from '../../widget/src/catalogSource.js';

// What the build writes beside the scripts as ftcost-catalog.json, served by a stubbed fetch.
const CATALOG_JSON = JSON.stringify(
  slimCatalog(
    JSON.parse(
      readFileSync(
        fileURLToPath(import.meta.url).replace(/test\/widget\/mount\.test\.ts$/, 'src/catalog/generated/catalog.json'),
        'utf8',
      ),
    ),
  ),
);
const fetched: string[] = [];
/**
 * ftcost-catalog-first.json and ftcost-catalog-start.json are 404 unless a test serves them (most tests then run
 * the fallback: the whole catalog alone); `holdWhole` delays the whole catalog's response until released.
 */
const serve: { firstView?: string; startView?: string; holdWhole?: Promise<void> } = {};
vi.stubGlobal('fetch', async (url: string) => {
  fetched.push(String(url));
  if (String(url).endsWith('/ftcost-catalog-first.json') && serve.firstView)
    return new Response(serve.firstView, { status: 200 });
  if (String(url).endsWith('/ftcost-catalog-start.json') && serve.startView)
    return new Response(serve.startView, { status: 200 });
  if (String(url).endsWith('/ftcost-catalog.json')) {
    await serve.holdWhole;
    return new Response(CATALOG_JSON, { status: 200 });
  }
  return new Response('', { status: 404 });
});

/** Mount and wait for the catalog, as a page would see it a moment after load. */
async function mount(target: Element | string, options: MountOptions = {}): Promise<WidgetHandle> {
  const h = mountNow(target, options);
  await h.ready;
  return h;
}

const TODAY = '2026-11-23';

function shadowOf(container: Element): ShadowRoot {
  const host = container.querySelector('.ftcost-host') ?? container;
  const root = host.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return root;
}

function costCell(root: ShadowRoot, provider: string, model: string): string | undefined {
  const row = root.querySelector(`tr[data-provider="${provider}"][data-model="${model}"]`);
  return row?.querySelector('td.cost')?.textContent ?? undefined;
}

function typeInto(root: ShadowRoot, name: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

let handle: WidgetHandle | undefined;
beforeEach(() => {
  document.body.innerHTML = '<div id="calc"></div><p class="page">page text</p>';
  window.location.hash = '';
});
afterEach(() => {
  handle?.destroy();
  handle = undefined;
});

describe('mount', () => {
  it('renders the training table from the engine: 500 × 400 × 3 on gpt-4o-mini is $1.80 at OpenAI', async () => {
    handle = await mount('#calc', {
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['gpt-4o-mini'],
      existingCustomers: ['openai'],
      today: TODAY,
      hash: false,
    });
    const root = shadowOf(document.querySelector('#calc')!);
    expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    const row = root.querySelector('tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"]')!;
    expect(row.textContent).toContain('600,000');
    expect(row.textContent).toContain('$3.00');
    expect(root.textContent).toContain(`Catalog ${JSON.parse(CATALOG_JSON).meta.version}`);
  });

  it('accepts an element as well as a selector, and a wrong selector fails loudly', async () => {
    expect(() => mountNow('#nope', { today: TODAY })).toThrow('ftcost.mount: no element matches the selector "#nope"');
    expect(() => mountNow(null as unknown as Element)).toThrow(/expected an element or a CSS selector/);
    handle = await mount(document.querySelector('#calc')!, { today: TODAY, hash: false });
    expect(document.querySelectorAll('#calc .ftcost-host')).toHaveLength(1);
  });

  it('recomputes as the user types, and shows a clear message for a bad number', async () => {
    handle = await mount('#calc', {
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['gpt-4o-mini'],
      existingCustomers: ['openai'],
      today: TODAY,
      hash: false,
    });
    const root = shadowOf(document.querySelector('#calc')!);
    typeInto(root, 'examples', '1000');
    // 1000 × 400 × 3 = 1,200,000 tokens × $3.00/1M = $3.60
    expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$3.60');
    typeInto(root, 'examples', '12x');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Examples must be a whole number, got "12x"');
    expect(root.querySelector('table.training')).toBeNull();
  });

  it('update() changes inputs and theme; destroy() removes everything it added', async () => {
    handle = await mount('#calc', {
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['gpt-4o-mini'],
      existingCustomers: ['openai'],
      today: TODAY,
      hash: false,
    });
    const container = document.querySelector('#calc')!;
    const root = shadowOf(container);
    handle.update({ epochs: 6, theme: 'dark' });
    // 500 × 400 × 6 = 1,200,000 tokens → $3.60
    expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$3.60');
    expect(root.querySelector('.ftcost')!.classList.contains('theme-dark')).toBe(true);
    expect(handle.state.epochs).toBe('6');
    // An invalid setting never breaks the widget: it is ignored (the theme stays dark) with one warning.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    handle.update({ theme: 'pink' as never });
    expect(root.querySelector('.ftcost')!.classList.contains('theme-dark')).toBe(true);
    expect(warn.mock.calls).toEqual([['ftcost: option theme="pink" is not one of light, dark, auto; using auto']]);
    warn.mockRestore();
    handle.destroy();
    handle = undefined;
    expect(container.innerHTML).toBe('');
    expect(document.querySelector('p.page')!.textContent).toBe('page text');
  });

  it("auto epochs follow OpenAI's rule: 20 examples → 5 epochs (100 // 20)", async () => {
    handle = await mount('#calc', {
      examples: 20,
      tokensPerExample: 1000,
      epochs: 'auto',
      models: ['gpt-4o-mini'],
      providers: ['openai'],
      existingCustomers: ['openai'],
      today: TODAY,
      hash: false,
    });
    const root = shadowOf(document.querySelector('#calc')!);
    const row = root.querySelector('tr[data-provider="openai"]')!;
    // 20 × 1000 × 5 = 100,000 tokens × $3.00/1M = $0.30
    expect(row.textContent).toContain('5 auto');
    expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$0.30');
  });

  it(
    'keeps its styles in the shadow root as an adopted ' + 'stylesheet (no <style>, so a strict CSP allows it)',
    async () => {
      const before = document.head.innerHTML;
      handle = await mount('#calc', { today: TODAY, hash: false });
      expect(document.head.innerHTML).toBe(before);
      const root = shadowOf(document.querySelector('#calc')!);
      expect(root.querySelector('style')).toBeNull();
      expect(root.adoptedStyleSheets).toHaveLength(1);
      handle.destroy();
      handle = undefined;
      expect(root.adoptedStyleSheets).toHaveLength(0);
    },
  );

  it('fires ftcost:change with the inputs and ftcost:result with the library result; .result reads it', async () => {
    const changes: unknown[] = [];
    const results: { rows: { provider: string; trainingCost: string | null }[] }[] = [];
    const container = document.querySelector('#calc')!;
    container.addEventListener('ftcost:change', (e) => changes.push((e as CustomEvent).detail));
    container.addEventListener('ftcost:result', (e) => results.push((e as CustomEvent).detail));
    handle = await mount('#calc', {
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['gpt-4o-mini'],
      providers: ['openai'],
      existingCustomers: ['openai'],
      today: TODAY,
    });
    // 500 × 400 × 3 = 600,000 tokens × $3.00/1M = 1.8 (the JSON's unrounded decimal string)
    expect(results).toHaveLength(1);
    expect(results[0]!.rows.map((r) => r.trainingCost)).toEqual(['1.8']);
    expect(handle.result?.rows[0]?.trainingCost).toBe('1.8');
    typeInto(shadowOf(container), 'epochs', '1');
    expect(changes).toHaveLength(1);
    expect((changes[0] as { epochs: string }).epochs).toBe('1');
    // 500 × 400 × 1 = 200,000 × $3.00/1M = 0.6
    expect(results.at(-1)!.rows[0]!.trainingCost).toBe('0.6');
    // An invalid box: no new result, the field marked and its message beside it.
    const before = results.length;
    typeInto(shadowOf(container), 'epochs', 'lots');
    expect(results).toHaveLength(before);
    expect(handle.result).toBeUndefined();
    const input = shadowOf(container).querySelector('input[name="epochs"]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((x) => x.endsWith('-error'))!;
    expect(shadowOf(container).getElementById(errorId)?.textContent).toBe('Epochs must be a whole number, got "lots"');
  });

  it(
    'lists each model once in the picker (a model several ' + 'providers sell under their own ids is one choice)',
    async () => {
      handle = await mount('#calc', { today: TODAY, hash: false });
      const labels = [...shadowOf(document.querySelector('#calc')!).querySelectorAll('input[name="model"]')].map(
        (i) => i.parentElement!.textContent,
      );
      expect(labels.filter((l) => l === 'Llama 3.1 8B Instruct')).toHaveLength(1);
      expect(new Set(labels).size).toBe(labels.length);
    },
  );
});

describe('catalog loading', () => {
  it(
    'fetches ftcost-catalog.json once, shows a loading state ' + 'first, and a clear error when it is missing',
    async () => {
      const first = mountNow('#calc', {
        today: TODAY,
        hash: false,
        catalogUrl: 'http://localhost/other/ftcost-catalog.json',
      });
      const root = shadowOf(document.querySelector('#calc')!);
      expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading prices…');
      await first.ready;
      expect(root.querySelector('table.training')).not.toBeNull();
      first.destroy();
      const before = fetched.length;
      handle = await mount('#calc', {
        today: TODAY,
        hash: false,
        catalogUrl: 'http://localhost/other/ftcost-catalog.json',
      });
      expect(fetched.length).toBe(before); // shared: one fetch per URL per page
      handle.destroy();
      const broken = mountNow('#calc', { today: TODAY, hash: false, catalogUrl: 'http://localhost/missing.json' });
      await expect(broken.ready).rejects.toThrow(
        'could not load the price catalog from http://localhost/missing.json (HTTP 404)',
      );
      expect(shadowOf(document.querySelector('#calc')!).querySelector('[role="alert"]')?.textContent).toBe(
        'ftcost: could not load the price catalog from http://localhost/missing.json (HTTP 404)',
      );
      handle = broken;
    },
  );
});

describe('URL hash', () => {
  it('is off by default: typing leaves the hash alone', async () => {
    window.location.hash = '#install';
    handle = await mount('#calc', { today: TODAY });
    typeInto(shadowOf(document.querySelector('#calc')!), 'examples', '500');
    expect(window.location.hash).toBe('#install');
  });

  it('opted in, writes the inputs to the hash and a link reproduces the view', async () => {
    handle = await mount('#calc', { today: TODAY, models: ['gpt-4o-mini'], existingCustomers: ['openai'], hash: true });
    const root = shadowOf(document.querySelector('#calc')!);
    typeInto(root, 'examples', '500');
    typeInto(root, 'tokensPerExample', '400');
    typeInto(root, 'epochs', '3');
    const link = window.location.hash;
    expect(link).toBe('#ft.examples=500&ft.models=gpt-4o-mini&ft.existing=openai&ft.tokens=400&ft.epochs=3');
    handle.destroy();
    // A second page load with that hash: the page's own options lose to the link.
    document.body.innerHTML = '<div id="calc"></div>';
    handle = await mount('#calc', { today: TODAY, examples: 99, models: ['gpt-4o-mini'], hash: true });
    expect(handle.state.examples).toBe('500');
    expect(costCell(shadowOf(document.querySelector('#calc')!), 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
  });

  it("never touches a hash it did not write: a router's route, an anchor, the page's own params", async () => {
    for (const hash of ['#/guide/pricing', '#install', '#tab=pricing']) {
      window.location.hash = hash;
      handle = await mount('#calc', { today: TODAY, hash: true });
      typeInto(shadowOf(document.querySelector('#calc')!), 'examples', '777');
      expect(window.location.hash).toBe(hash);
      handle.destroy();
      document.body.innerHTML = '<div id="calc"></div>';
    }
    handle = undefined;
  });

  it('two widgets with their own keys share the hash; after a reload each gets its own values back', async () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const a = await mount('#a', { today: TODAY, hash: 'a' });
    const b = await mount('#b', { today: TODAY, hash: 'b' });
    typeInto(shadowOf(document.querySelector('#a')!), 'examples', '600');
    typeInto(shadowOf(document.querySelector('#b')!), 'examples', '700');
    expect(window.location.hash).toBe('#a.examples=600&b.examples=700');
    a.destroy();
    b.destroy();
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const a2 = await mount('#a', { today: TODAY, hash: 'a' });
    const b2 = await mount('#b', { today: TODAY, hash: 'b' });
    expect([a2.state.examples, b2.state.examples]).toEqual(['600', '700']);
    a2.destroy();
    handle = b2;
  });
});

describe('<ftcost-calculator>', () => {
  it('renders from attributes and updates when one changes; removing it unmounts', async () => {
    defineCalculatorElement();
    defineCalculatorElement(); // a second call is a no-op, not a DOMException
    document.body.innerHTML =
      '<ftcost-calculator examples="500" tokens-per-example="400" epochs="3" models="gpt-4o-mini" ' +
      `providers="openai" existing-customers="openai" today="${TODAY}" no-hash></ftcost-calculator>`;
    const el = document.querySelector('ftcost-calculator') as HTMLElement & { widget: WidgetHandle };
    await el.widget.ready;
    const root = el.shadowRoot!;
    expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(1);
    el.setAttribute('epochs', '1');
    // 500 × 400 × 1 = 200,000 tokens → $0.60
    expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$0.60');
    el.remove();
    expect(root.querySelector('.ftcost')).toBeNull();
  });

  it('invalid attributes fall back to the defaults, each with one console warning', async () => {
    defineCalculatorElement();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.innerHTML =
      '<ftcost-calculator theme="purple" today="not-a-date" examples="many" epochs="0" hash="#bad">' +
      '</ftcost-calculator>';
    const el = document.querySelector('ftcost-calculator') as HTMLElement & {
      widget: WidgetHandle;
      state: { examples: string; epochs: string };
    };
    await el.widget.ready;
    const root = el.shadowRoot!;
    // theme "auto" shows what the page shows: a plain page is drawn white.
    expect(root.querySelector('.ftcost')!.classList.contains('theme-light')).toBe(true);
    expect(root.textContent).not.toContain('not-a-date');
    expect(el.state.examples).toBe('1000');
    expect(el.state.epochs).toBe('auto');
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      'ftcost: attribute examples="many" is not a whole number of at least 1; using the default (1000)',
      'ftcost: attribute epochs="0" is not "auto" or a whole number of at least 1; using the default (auto)',
      'ftcost: attribute theme="purple" is not one of light, dark, auto; using auto',
      'ftcost: attribute today="not-a-date" is not a date written YYYY-MM-DD; using today\'s date',
      'ftcost: attribute hash="#bad" is not a hash key (letters, digits, _ or -); using no URL hash',
    ]);
    warn.mockRestore();
    el.remove();
  });
});

describe('the start and first views (ftcost-catalog-start.json, ftcost-catalog-first.json)', () => {
  const DEFAULT_BASE = new URL('../../widget/src/index.ts', import.meta.url).href;
  /** Serve both views from a fresh base URL (the catalogs other tests loaded are cached per page), the whole held. */
  function serveViews(base: string) {
    setDefaultCatalogBase(`http://localhost/${base}/ftcost-widget.js`);
    const whole = JSON.parse(CATALOG_JSON);
    serve.firstView = JSON.stringify(firstViewCatalog(whole));
    serve.startView = JSON.stringify(startViewCatalog(whole, DEFAULT_STATE.models));
    let release: () => void = () => {};
    serve.holdWhole = new Promise<void>((r) => {
      release = r;
    });
    onTestFinished(() => {
      release();
      serve.holdWhole = undefined;
      serve.firstView = undefined;
      serve.startView = undefined;
      setDefaultCatalogBase(DEFAULT_BASE);
    });
    return () => release();
  }

  it(
    'shows the first price of the default models from the start view, then loads the whole ' +
      'one; events, exports and break-even wait for it',
    async () => {
      const release = serveViews('fresh');
      const results: unknown[] = [];
      document
        .querySelector('#calc')!
        .addEventListener('ftcost:result', (e) => results.push((e as CustomEvent).detail));
      const before = fetched.length;
      handle = mountNow('#calc', {
        today: TODAY,
        hash: false,
        examples: 500,
        tokensPerExample: 400,
        epochs: 3,
        existingCustomers: ['openai'],
      });
      const root = shadowOf(document.querySelector('#calc')!);
      // 500 × 400 × 3 = 600,000 tokens × $3.00 per 1M = $1.80, from the start view alone.
      await vi.waitFor(() => expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80'));
      expect(fetched.slice(before)[0]).toMatch(/\/ftcost-catalog-start\.json$/);
      expect(results).toEqual([]);
      expect(handle.result).toBeUndefined();
      expect(root.querySelector('table.monthly')).toBeNull();
      expect(root.querySelector('.export button')).toBeNull();
      // The model picker says the other models are on their way.
      expect(root.querySelector('details.models .hint')?.textContent).toBe('(2 of …; change)');
      // The whole catalog is asked for once the first price is on screen; with it the rest follows.
      await vi.waitFor(() => expect(fetched.slice(before).some((u) => u.endsWith('/ftcost-catalog.json'))).toBe(true));
      release();
      await handle.ready;
      await vi.waitFor(() => expect(root.querySelector('table.monthly')).not.toBeNull(), { timeout: 5000 });
      expect(results.length).toBeGreaterThan(0);
      expect(handle.result?.rows.some((r) => r.model === 'gpt-4o-mini-2024-07-18')).toBe(true);
      expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
      expect(root.querySelector('details.models .hint')?.textContent).not.toContain('…');
      expect(fetched.slice(before)).toEqual([
        'http://localhost/fresh/ftcost-catalog-start.json',
        'http://localhost/fresh/ftcost-catalog.json',
      ]);
    },
  );

  it("a page that picks other models starts from the first view (every model's training prices)", async () => {
    const release = serveViews('other-models');
    const before = fetched.length;
    handle = mountNow('#calc', {
      today: TODAY,
      hash: false,
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['llama-3.1-8b'],
    });
    const root = shadowOf(document.querySelector('#calc')!);
    // 600,000 tokens × $0.40 per 1M (Llama 3.1 8B LoRA at Crusoe) = $0.24, before the whole catalog.
    await vi.waitFor(() => expect(costCell(root, 'crusoe', 'meta-llama/Llama-3.1-8B-Instruct')).toBe('$0.24'));
    expect(fetched.slice(before)[0]).toMatch(/\/ftcost-catalog-first\.json$/);
    release();
    await handle.ready;
  });

  it('a model picked before the whole catalog arrives says its prices are loading, not a wrong table', async () => {
    const release = serveViews('picked-early');
    handle = mountNow('#calc', {
      today: TODAY,
      hash: false,
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      existingCustomers: ['openai'],
    });
    const root = shadowOf(document.querySelector('#calc')!);
    await vi.waitFor(() => expect(costCell(root, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80'));
    handle.update({ models: ['llama-3.1-8b'] });
    const status = () => [...root.querySelectorAll('[role="status"]')].map((e) => e.textContent);
    expect(status()).toContain('Loading the prices of these models…');
    expect(root.querySelector('table.training')).toBeNull();
    release();
    await handle.ready;
    await vi.waitFor(() => expect(costCell(root, 'crusoe', 'meta-llama/Llama-3.1-8B-Instruct')).toBe('$0.24'));
  });

  it(
    'where the views are missing (a site that copied only the ' + 'whole catalog), asks for each once per page',
    async () => {
      setDefaultCatalogBase('http://localhost/only-whole/ftcost-widget.js');
      onTestFinished(() => setDefaultCatalogBase(DEFAULT_BASE));
      const before = fetched.length;
      handle = await mount('#calc', { today: TODAY, hash: false });
      handle.destroy();
      handle = await mount('#calc', { today: TODAY, hash: false, existingCustomers: ['openai'] });
      expect(costCell(shadowOf(document.querySelector('#calc')!), 'openai', 'gpt-4o-mini-2024-07-18')).toBeDefined();
      expect(fetched.slice(before)).toEqual([
        'http://localhost/only-whole/ftcost-catalog-start.json',
        'http://localhost/only-whole/ftcost-catalog-first.json',
        'http://localhost/only-whole/ftcost-catalog.json',
      ]);
    },
  );

  it('with catalogUrl, fetches that catalog alone', async () => {
    const before = fetched.length;
    handle = await mount('#calc', {
      today: TODAY,
      hash: false,
      catalogUrl: 'http://localhost/third/ftcost-catalog.json',
    });
    expect(fetched.slice(before)).toEqual(['http://localhost/third/ftcost-catalog.json']);
  });
});
