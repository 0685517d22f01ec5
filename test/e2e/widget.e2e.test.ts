/**
 * The demo page in real headless Chromium. Needs `npm run build` (dist/widget) and /usr/bin/chromium
 * (.ci/run installs Debian's package). Figures are hand-computed from the catalog.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill, openDemo, trainingCost, type Harness } from './browser.js';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

let h: Harness;
beforeAll(async () => {
  h = await openDemo();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('demo page in Chromium', () => {
  it(
    "loads the page, the one script, the start view's catalog, then the whole catalog and the break-even panel: " +
      'no worker, no tokenizer ranks, nothing off localhost',
    async () => {
      await h.page.locator('ftcost-calculator table.monthly').waitFor();
      const paths = h.requests.map((u) => new URL(u).pathname);
      // The first price needs only the first three; the rest is asked for once that price is on screen.
      expect(paths.slice(0, 3)).toEqual(['/index.html', '/ftcost-widget.iife.js', '/ftcost-catalog-start.json']);
      expect(paths.slice(3).sort()).toEqual(['/ftcost-breakeven.js', '/ftcost-catalog.json']);
      expect(h.offsite).toEqual([]);
      // Issue 13's budget for everything fetched before the first price: ≤ 40 KB gzipped (gzip -9 of each file).
      const firstPriceBytes = paths
        .slice(0, 3)
        .reduce(
          (sum, p) =>
            sum + gzipSync(readFileSync(new URL(`../../dist/widget${p}`, import.meta.url)), { level: 9 }).length,
          0,
        );
      // 43,115 bytes measured with the demo page on 2026-12-07 (catalog 2026.12.07); issue 13's 40 KB is missed.
      // 44,056 later that day: the first script grew (notes' words, whole-cost state; test/widget/budget.test.ts).
      // Session 7: 46,365 (the answer first and the host theme in the first script; test/widget/budget.test.ts),
      // then ~47,800 with the library's hardened checks.
      // Session 8: the start view (1.9 KB) instead of the first view (8.5 KB) and the self-hosted code out of the first
      // script: 39,915 bytes without the page, 40,835 with it: issue 13's 40 KB, the page included, is met.
      console.log(`demo page: ${paths.slice(0, 3).join(' + ')}: ${firstPriceBytes} B gzipped before the first price`);
      expect(firstPriceBytes).toBeLessThanOrEqual(40 * 1024);
    },
  );

  it('500 examples × 400 tokens × 3 epochs: gpt-4o-mini costs $1.80 to train at OpenAI', async () => {
    const { page } = h;
    await fill(page, 'Examples', '500');
    await fill(page, 'Tokens per example', '400');
    await fill(page, 'Epochs', '3');
    // 500 × 400 × 3 = 600,000 training tokens × $3.00 per 1M = $1.80
    expect(await trainingCost(page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    const row = page.locator('tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"]');
    expect(await row.textContent()).toContain('600,000');
  });

  it(
    "styles are scoped: the page's hostile table/input rules (cursive, hotpink borders) do not reach the widget, " +
      'and its CSS variables theme it',
    async () => {
      const { page } = h;
      const pageInput = await page.evaluate(() => {
        const probe = document.createElement('input');
        document.body.appendChild(probe);
        const style = getComputedStyle(probe);
        const out = { font: style.fontFamily, border: style.borderTopColor };
        probe.remove();
        return out;
      });
      expect(pageInput.font).toContain('cursive'); // the demo page's own rule, as a check that it is hostile
      const widgetInput = await page.getByLabel('Examples', { exact: true }).evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          font: style.fontFamily,
          border: style.borderTopColor,
          radius: getComputedStyle(el.closest('.ftcost')!).borderTopLeftRadius,
        };
      });
      expect(widgetInput.font).not.toContain('cursive');
      expect(widgetInput.border).not.toBe(pageInput.border);
      expect(widgetInput.radius).toBe('10px'); // --ftcost-radius: 10px set by the demo page on the element
      // And nothing of the widget's leaks out: the page's own headings keep the page's font.
      expect(await page.locator('main > h1').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Georgia');
    },
  );

  it('the URL hash round-trips: opening the link reproduces the view', async () => {
    const { page } = h;
    const url = page.url();
    expect(new URL(url).hash).toContain('ft.examples=500');
    const other = await h.context.newPage();
    await other.goto(url);
    await other.locator('ftcost-calculator table.training').waitFor();
    expect(await other.getByLabel('Examples', { exact: true }).inputValue()).toBe('500');
    expect(await other.getByLabel('Tokens per example', { exact: true }).inputValue()).toBe('400');
    expect(await other.getByLabel('Epochs', { exact: true }).inputValue()).toBe('3');
    expect(await trainingCost(other, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    await other.close();
  });

  it("copies the result as the CLI's JSON (schemaVersion 2) and CSV", async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await expect.poll(() => page.locator('ftcost-calculator [role="status"]').textContent()).toMatch(/^Copied JSON/);
    const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(json.schemaVersion).toBe(2);
    expect(json.kind).toBe('estimate');
    const row = json.rows.find(
      (r: { provider: string; model: string }) => r.provider === 'openai' && r.model === 'gpt-4o-mini-2024-07-18',
    );
    expect(row.trainingCost).toBe('1.8');
    expect(row.trainingTokens).toBe('600000');
    await page.getByRole('button', { name: 'Copy CSV' }).click();
    await expect.poll(() => page.locator('ftcost-calculator [role="status"]').textContent()).toMatch(/^Copied CSV/);
    const csv = await page.evaluate(() => navigator.clipboard.readText());
    expect(csv.split('\n')[0]).toMatch(/^rank,provider,model,method,tier,epochs,/);
    // The CLI's CSV: rank, provider, model, method, tier, epochs, basis, tokens per epoch, training tokens, per 1M,
    // cost.
    expect(csv).toMatch(/\n\d+,openai,gpt-4o-mini-2024-07-18,sft,,3,requested,200000,600000,3,1.8,USD,/);
  });

  // Skipped 2026-12-07: gpt-4o-mini's fine-tunes stop serving inside the 12-month horizon on OpenAI
  // (2027-01-14) and Azure (2027-10-01), so no fine-tune can be named cheapest at any volume and the
  // cheapest option no longer changes; the test needs a fine-tuned model buyable for the whole horizon.
  it.skip(
    "changing the volume moves the chart's current-volume line " +
      'and changes the cheapest option and the regimes shown',
    async () => {
      const { page } = h;
      await page.getByLabel('Fine-tuned model', { exact: true }).selectOption('gpt-4o-mini');
      await page.getByLabel('Prompted base model', { exact: true }).selectOption('gpt-4o');
      await fill(page, 'Queries per day', '1000');
      const line = page.locator('ftcost-calculator svg.chart .current-volume line');
      const x1000 = Number(await line.getAttribute('x1'));
      const cheapest1000 = await page.locator('ftcost-calculator tr.cheapest').getAttribute('data-option');
      const crossings = Number(await page.locator('ftcost-calculator svg.chart').getAttribute('data-crossings'));
      expect(crossings).toBeGreaterThan(0);
      expect(await page.locator('ftcost-calculator svg.chart circle.crossing').count()).toBe(crossings);
      await fill(page, 'Queries per day', '1000000');
      expect(Number(await line.getAttribute('x1'))).toBeGreaterThan(x1000);
      const cheapestMillion = await page.locator('ftcost-calculator tr.cheapest').getAttribute('data-option');
      expect(cheapestMillion).not.toBe(cheapest1000);
      // Dropping the prompted option's long prompt to 100 tokens changes who is cheapest at low volume.
      const regimesBefore = await page
        .locator('ftcost-calculator ol.regimes li')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-cheapest')}@${e.getAttribute('data-from')}`));
      await fill(page, 'Prompted input tokens / query', '100');
      const regimesAfter = await page
        .locator('ftcost-calculator ol.regimes li')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-cheapest')}@${e.getAttribute('data-from')}`));
      expect(regimesAfter).not.toEqual(regimesBefore);
      await fill(page, 'Prompted input tokens / query', '2000');
      await fill(page, 'Queries per day', '1000');
    },
  );

  it(
    'window.ftcost.mount() from the script tag: a wrong selector throws a clear error; ' +
      'a second widget mounts beside the first',
    async () => {
      const { page } = h;
      const message = await page.evaluate(() => {
        try {
          (window as unknown as { ftcost: { mount(t: string): unknown } }).ftcost.mount('#no-such-element');
          return 'no error';
        } catch (err) {
          return (err as Error).message;
        }
      });
      expect(message).toBe('ftcost.mount: no element matches the selector "#no-such-element"');
      await page.evaluate(async () => {
        const div = document.createElement('div');
        div.id = 'second';
        document.querySelector('main')!.appendChild(div);
        const w = (
          window as unknown as { ftcost: { mount(t: string, o: object): { ready: Promise<void> } } }
        ).ftcost.mount('#second', {
          examples: 1000,
          tokensPerExample: 400,
          epochs: 3,
          models: ['gpt-4o-mini'],
          // OpenAI closed fine-tuning to new customers on 2026-05-07: this team already fine-tunes there.
          existingCustomers: ['openai'],
          hash: false,
        });
        await w.ready;
      });
      // 1000 × 400 × 3 = 1,200,000 tokens × $3.00 per 1M = $3.60, while the first widget still shows $1.80.
      expect(
        await page
          .locator('#second tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"] td.cost')
          .textContent(),
      ).toBe('$3.60');
      expect(await trainingCost(page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
      await page.evaluate(() => document.querySelector('#second')!.remove());
    },
  );

  it('is keyboard operable: the models list opens with Enter and a model is ticked with Space', async () => {
    const { page } = h;
    const summary = page.locator('ftcost-calculator details.models summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('ftcost-calculator details.models').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    const focusedModel = await page.evaluate(
      () => (document.querySelector('ftcost-calculator')!.shadowRoot!.activeElement as HTMLInputElement).value,
    );
    const rowsBefore = await page.locator('ftcost-calculator table.training tbody tr').count();
    await page.keyboard.press('Space');
    expect(
      await page.evaluate(
        () => (document.querySelector('ftcost-calculator')!.shadowRoot!.activeElement as HTMLInputElement).checked,
      ),
    ).toBe(true);
    expect(await page.locator('ftcost-calculator table.training tbody tr').count()).toBeGreaterThan(rowsBefore);
    await page.keyboard.press('Space'); // untick it again
    expect(await page.locator('ftcost-calculator table.training tbody tr').count()).toBe(rowsBefore);
    expect(focusedModel).not.toBe('gpt-4o-mini');
    await summary.click(); // fold it away again
  });

  it('is keyboard operable: Tab reaches the inputs in order', async () => {
    const { page } = h;
    await page.getByLabel('Examples', { exact: true }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.querySelector('ftcost-calculator')!.shadowRoot!.activeElement as HTMLInputElement | null;
      return el?.name;
    });
    expect(focused).toBe('tokensPerExample');
  });

  it('axe-core reports no violations, in light and in dark', async () => {
    const { page } = h;
    await page.addScriptTag({ content: readFileSync(AXE_PATH, 'utf8') });
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => document.querySelector('ftcost-calculator')!.setAttribute('theme', t), theme);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                ctx: unknown,
                opts: unknown,
              ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const res = await axe.run({ include: [['ftcost-calculator']] }, { resultTypes: ['violations'] });
        return res.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
        );
      });
      expect(violations, theme).toEqual([]);
    }
  });
});
