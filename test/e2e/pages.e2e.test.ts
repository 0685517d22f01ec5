/**
 * The widget as docs sites embed it, one page per case, in real headless Chromium (needs the built
 * dist/widget and /usr/bin/chromium; see browser.ts). Pages: widget/public/e2e/*.html.
 * Figures hand-computed: 500 examples × 400 tokens × 3 epochs = 600,000 tokens × $3.00/1M = $1.80.
 */
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { fill, openDemo, trainingCost, type Harness } from './browser.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('strict Content-Security-Policy (style-src and script-src only self)', () => {
  it('is fully styled, draws the chart in its colours, and violates nothing', async () => {
    h = await openDemo('e2e/csp.html');
    const { page } = h;
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    expect(await trainingCost(page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    const looks = await page.getByLabel('Examples', { exact: true }).evaluate((el) => {
      const s = getComputedStyle(el);
      const root = getComputedStyle(el.closest('.ftcost')!);
      return { font: s.fontFamily, align: s.textAlign, radius: root.borderTopLeftRadius, size: root.fontSize };
    });
    expect(looks.font).toContain('system-ui'); // the widget's font, not the browser default serif
    expect(looks.align).toBe('right');
    expect(looks.radius).toBe('8px');
    expect(looks.size).toBe('15px');
    await page.locator('ftcost-calculator svg.chart path.series').first().waitFor();
    const series = await page
      .locator('ftcost-calculator svg.chart path.series')
      .first()
      .evaluate((el) => ({ fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke }));
    expect(series.fill).toBe('none'); // unstyled SVG paths are filled solid black
    expect(series.stroke).not.toBe('none');
    // The fallback inside the element is the no-JavaScript content; with the widget running it is not shown.
    expect(await page.locator('p.fallback').isVisible()).toBe(false);
    await fill(page, 'Epochs', '1');
    // 500 × 400 × 1 = 200,000 tokens × $3.00/1M = $0.60
    expect(await trainingCost(page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$0.60');
    expect(violations).toEqual([]);
  });

  it('without JavaScript the fallback content inside the element is what the reader sees', async () => {
    h = await openDemo('e2e/csp.html');
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${h.server.url}e2e/csp.html`);
      expect(await page.locator('p.fallback').isVisible()).toBe(true);
      expect(await page.locator('p.fallback').textContent()).toContain('$1.80');
    } finally {
      await browser.close();
    }
  });
});

describe('two widgets beside a hash router', () => {
  it("each keeps its own values under its own key, and the router's route is never overwritten", async () => {
    h = await openDemo('e2e/router.html');
    const { page } = h;
    await page.locator('#first table.training').waitFor();
    await page.locator('#second table.training').waitFor();
    // The router's route: the widgets must leave it alone.
    await page.click('a[href="#/guide/pricing"]');
    await page.locator('#route', { hasText: 'route: /guide/pricing' }).waitFor();
    await page.locator('#first').getByLabel('Examples', { exact: true }).fill('600');
    // location.hash, not page.url(): Playwright learns of a replaceState a moment later.
    expect(await page.evaluate(() => location.hash)).toBe('#/guide/pricing');
    // A hash of its own (none, or only widget params): each widget writes its key.
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await page.locator('#first').getByLabel('Examples', { exact: true }).fill('500');
    await page.locator('#second').getByLabel('Examples', { exact: true }).fill('700');
    // Each widget's non-default inputs under its own key (its models and providers attributes too).
    const params = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
    expect(params.get('first.examples')).toBe('500');
    expect(params.get('second.examples')).toBe('700');
    expect([...params.keys()].every((k) => k.startsWith('first.') || k.startsWith('second.'))).toBe(true);
    // Reload: each widget reads its own values back.
    await page.reload();
    await page.locator('#second table.training').waitFor();
    expect(await page.locator('#first').getByLabel('Examples', { exact: true }).inputValue()).toBe('500');
    expect(await page.locator('#second').getByLabel('Examples', { exact: true }).inputValue()).toBe('700');
    expect(await page.locator('#route').textContent()).toBe('route: /');
  });
});

describe('a 320 px phone with html { font-size: 20px }', () => {
  it('fits the screen (cards, no sideways scroll), and chart text stays legible', async () => {
    h = await openDemo('e2e/narrow.html', { width: 320, height: 900 });
    const { page } = h;
    expect(await trainingCost(page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    await page.locator('ftcost-calculator svg.chart text').first().waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    // The cost is on screen (a card line), not behind a horizontal scroll.
    const cost = await page
      .locator('tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"] td.cost')
      .first()
      .boundingBox();
    expect(cost!.x + cost!.width).toBeLessThanOrEqual(320);
    const header = await page.locator('ftcost-calculator table.training thead').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(1);
    // Chart labels: their rendered height, at least 8 px.
    const smallest = await page
      .locator('ftcost-calculator svg.chart text')
      .evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(8);
    // The base size is the widget's own 15 px, whatever the root font size says.
    expect(await page.locator('ftcost-calculator .ftcost').evaluate((el) => getComputedStyle(el).fontSize)).toBe(
      '15px',
    );
  });
});
