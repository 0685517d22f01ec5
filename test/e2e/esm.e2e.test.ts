/** The ESM build (ftcost/widget) in Chromium: mount() from a module script, the break-even panel as a lazy chunk. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, trainingCost, type Harness } from './browser.js';

let h: Harness;
beforeAll(async () => {
  h = await openDemo('esm.html');
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('ESM build in Chromium', () => {
  it('mount() with options renders the same figures: $1.80 for 500 × 400 × 3 on gpt-4o-mini', async () => {
    expect(await trainingCost(h.page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    expect(await h.page.locator('.ftcost-host .ftcost').getAttribute('data-theme')).toBe('dark');
  });

  it('loads the break-even panel as a lazy chunk, and update()/destroy() work from the page', async () => {
    await h.page.locator('.ftcost-host table.monthly').waitFor();
    const paths = h.requests.map((u) => new URL(u).pathname);
    expect(paths.some((p) => /^\/ftcost-panel-.*\.js$/.test(p))).toBe(true);
    await h.page.evaluate(() =>
      (window as unknown as { ftcostWidget: { update(o: object): void } }).ftcostWidget.update({ epochs: 6 }),
    );
    // 500 × 400 × 6 = 1,200,000 tokens × $3.00 per 1M = $3.60
    expect(await trainingCost(h.page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$3.60');
    await h.page.evaluate(() => (window as unknown as { ftcostWidget: { destroy(): void } }).ftcostWidget.destroy());
    expect(await h.page.locator('#calculator').innerHTML()).toBe('');
    expect(h.offsite).toEqual([]);
  });
});
