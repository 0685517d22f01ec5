/**
 * The widget as a docs site shows it (issue 23): in a 688 px content column between a sidebar and an outline, the
 * answer is on screen without scrolling and the training table's price without a sideways scroll; theme="auto"
 * follows the site's own toggle (html[data-theme], as VitePress/Docusaurus/Starlight do it), live; at 320 px nothing
 * spills past the widget's border. The page is a copy of the built demo with a docs-like page beside it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, type Harness } from './browser.js';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Docs column</title>
<style>
  html[data-theme="dark"] { color-scheme: dark; }
  html[data-theme="dark"] body { background: #1b1b1f; color: #dfdfd6; }
  body { font: 16px/1.7 system-ui, sans-serif; margin: 0; background: #fff; color: #213547; }
  .layout { display: grid; grid-template-columns: 260px minmax(0, 688px) 220px; gap: 32px; justify-content: center; }
  main { padding: 24px 0; min-width: 0; }
  @media (max-width: 960px) { .layout { grid-template-columns: minmax(0, 1fr); } nav, aside { display: none; }
    main { padding: 12px; } }
</style></head>
<body><div class="layout"><nav>Guide</nav><main>
<h1>Fine-tuning cost calculator</h1>
<p>Type your training set; the cheapest platform shows first.</p>
<ftcost-calculator examples="500" tokens-per-example="400" epochs="3" models="gpt-4o-mini"
  existing-customers="openai" providers="openai"></ftcost-calculator>
</main><aside>On this page</aside></div>
<script src="./ftcost-widget.iife.js" defer></script>
</body></html>`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ftcost-docs-column-'));
  cpSync(fileURLToPath(new URL('../../dist/widget', import.meta.url)), dir, { recursive: true });
  writeFileSync(join(dir, 'docs.html'), PAGE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The widget's background luminance (0 black – 1 white) and its color-scheme, read from inside the shadow root. */
const shownScheme = (h: Harness) =>
  h.page.evaluate(() => {
    const box = document.querySelector('ftcost-calculator')!.shadowRoot!.querySelector('.ftcost')!;
    const style = getComputedStyle(box);
    const [r, g, b] = (style.backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    return { light: (r! + g! + b!) / 3 > 128, colorScheme: style.colorScheme, color: style.color };
  });

describe('in a docs column at 1280 × 900', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openDemo('docs.html', { width: 1280, height: 900 }, dir);
  }, 60_000);
  afterAll(async () => h?.close());

  it('the answer is on screen without scrolling: $1.80 for 500 × 400 × 3', async () => {
    const answer = h.page.locator('.answer p').first();
    expect(await answer.textContent()).toBe('Cheapest you can buy: $1.80 — GPT-4o mini, sft on OpenAI');
    const box = (await answer.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(900);
    expect(await h.page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
  });

  it("the training table's price needs no sideways scroll", async () => {
    const fits = await h.page.evaluate(() => {
      const root = document.querySelector('ftcost-calculator')!.shadowRoot!;
      const scroller = root.querySelector('table.training')!.closest('.scroll')!.getBoundingClientRect();
      const cost = root.querySelector('table.training td.cost')!.getBoundingClientRect();
      return cost.right <= scroller.right;
    });
    expect(fits).toBe(true);
  });

  it("theme auto follows the site's toggle, live, form controls included", async () => {
    expect(await shownScheme(h)).toMatchObject({ light: true, colorScheme: 'light' });
    await h.page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await h.page.waitForFunction(() =>
      document.querySelector('ftcost-calculator')!.shadowRoot!.querySelector('.ftcost.theme-dark'),
    );
    expect(await shownScheme(h)).toMatchObject({ light: false, colorScheme: 'dark' });
    await h.page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
    await h.page.waitForFunction(() =>
      document.querySelector('ftcost-calculator')!.shadowRoot!.querySelector('.ftcost.theme-light'),
    );
    expect(await shownScheme(h)).toMatchObject({ light: true });
  });
});

describe('at 320 px', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openDemo('docs.html', { width: 320, height: 900 }, dir);
    // The later script's parts (the file drop's native input among them) are on screen.
    await h.page.locator('input[type="file"]').waitFor();
  }, 60_000);
  afterAll(async () => h?.close());

  it("nothing spills past the widget's own border", async () => {
    const spills = await h.page.evaluate(() => {
      const root = document.querySelector('ftcost-calculator')!.shadowRoot!;
      const border = root.querySelector('.ftcost')!.getBoundingClientRect();
      return [...root.querySelectorAll('.ftcost *')]
        .filter((e) => !e.closest('.sr-only, thead') && e.getClientRects().length > 0)
        .filter((e) => e.getBoundingClientRect().right > border.right + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    });
    expect(spills).toEqual([]);
  });
});
