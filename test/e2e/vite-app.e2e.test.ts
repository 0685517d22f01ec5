/**
 * `import { mount } from 'ftcost/widget'` inside an app built with Vite, as an npm user would:
 * a minimal app (index.html + main.js) is written to a temp dir and built with Vite's JS API;
 * `ftcost/widget` resolves to dist/widget/ftcost-widget.js through an alias (what package.json's
 * `exports["./widget"]` gives an installed package), and the catalog is copied to the app's public
 * folder and passed as `catalogUrl` (docs/widget.md, "Bundlers"). The built app is served on
 * 127.0.0.1 and opened in Chromium.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, trainingCost, type Harness } from './browser.js';

const WIDGET_DIST = fileURLToPath(new URL('../../dist/widget', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/train-with-errors.jsonl', import.meta.url));

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A Vite app with the ftcost widget</title></head>
<body><div id="calc"></div><script type="module" src="/main.js"></script></body>
</html>
`;

const MAIN_JS = `import { mount } from 'ftcost/widget';
window.ftcostWidget = mount('#calc', {
  catalogUrl: '/ftcost-catalog.json',
  examples: 500,
  tokensPerExample: 400,
  epochs: 3,
  models: ['gpt-4o-mini'],
  providers: ['openai'],
});
`;

const ROW = 'tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"]';

/**
 * Builds the app into <tmp>/dist. `copyAssets`: also copy the package's dist/widget/assets/ (the
 * worker and the rank files it imports) to the app's public/assets/, the workaround docs/widget.md gives.
 */
async function buildApp(copyAssets: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ftcost-vite-app-'));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'main.js'), MAIN_JS);
  mkdirSync(join(dir, 'public'));
  copyFileSync(join(WIDGET_DIST, 'ftcost-catalog.json'), join(dir, 'public', 'ftcost-catalog.json'));
  if (copyAssets) cpSync(join(WIDGET_DIST, 'assets'), join(dir, 'public', 'assets'), { recursive: true });
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { 'ftcost/widget': join(WIDGET_DIST, 'ftcost-widget.js') } },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  return dir;
}

async function dropFixture(page: Harness['page']): Promise<void> {
  await page.locator('#calc input[type="file"]').setInputFiles(FIXTURE);
  await page.locator('#calc .file-report, #calc p.error[role="alert"]').first().waitFor({ timeout: 30_000 });
}

describe('a Vite app importing ftcost/widget, in Chromium', () => {
  let appDir: string;
  let h: Harness;
  beforeAll(async () => {
    appDir = await buildApp(false);
    h = await openDemo('index.html', undefined, join(appDir, 'dist'));
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    if (appDir) rmSync(appDir, { recursive: true, force: true });
  });

  it("Vite bundles the widget into the app; the catalog comes from the app's public folder", () => {
    const emitted = readdirSync(join(appDir, 'dist', 'assets'));
    expect(emitted.some((f) => /^index-.*\.js$/.test(f))).toBe(true);
    // Vite follows the module's new URL('assets/count.worker-….js', import.meta.url) and emits the
    // worker file, but as a plain copy: not the rank files the worker imports.
    expect(emitted.some((f) => f.startsWith('count.worker-'))).toBe(true);
    expect(emitted.some((f) => f.startsWith('o200k_base-'))).toBe(false);
    const paths = h.requests.map((u) => new URL(u).pathname);
    expect(paths).toContain('/ftcost-catalog.json');
    expect(paths.some((p) => p.includes('ftcost-widget'))).toBe(false);
  });

  it('renders the training table: $1.80 for 500 × 400 × 3 on gpt-4o-mini at OpenAI', async () => {
    // 500 examples × 400 tokens × 3 epochs = 600,000 training tokens × $3.00 per 1M = $1.80
    expect(await trainingCost(h.page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
    expect(h.offsite).toEqual([]);
  });

  // Skipped on purpose: a known limitation, documented in docs/widget.md ("Bundlers"). Vite copies
  // the worker (assets/count.worker-….js) into the app but not the tokenizer rank files it imports
  // by relative URL, so the count fails with "train-with-errors.jsonl: Failed to fetch dynamically
  // imported module: http://127.0.0.1:…/assets/o200k_base-DufpEp7C.js" (seen 2026-11-29). Un-skip
  // when the widget's ESM entry emits its worker assets for bundlers (issue 14); the next describe
  // covers the documented workaround.
  it.skip('counts a dropped file without extra setup', async () => {
    await dropFixture(h.page);
    expect(await h.page.locator('#calc [data-encoding="o200k_base"]').getAttribute('data-tokens')).toBe('133');
  });
});

describe('the same Vite app with dist/widget/assets/ copied to its public/assets/ (the documented workaround)', () => {
  let appDir: string;
  let h: Harness;
  beforeAll(async () => {
    appDir = await buildApp(true);
    h = await openDemo('index.html', undefined, join(appDir, 'dist'));
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    if (appDir) rmSync(appDir, { recursive: true, force: true });
  });

  it('counts a dropped file in the worker and prices it, nothing fetched off the machine', async () => {
    await dropFixture(h.page);
    expect(await h.page.locator('#calc p.error[role="alert"]').count()).toBe(0);
    // fixtures/train-with-errors.jsonl: 5 valid examples, 133 o200k_base tokens (see file-drop.e2e.test.ts);
    // the app mounts with epochs: 3, so 133 × 3 = 399 training tokens × $3.00 per 1M = $0.001197 (shown $0.0012).
    expect(await h.page.locator('#calc [data-encoding="o200k_base"]').getAttribute('data-tokens')).toBe('133');
    const row = h.page.locator(ROW);
    expect(await row.textContent()).toContain('399');
    expect(await row.locator('td.cost').getAttribute('data-cost')).toBe('0.001197');
    expect(await trainingCost(h.page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$0.0012');
    const paths = h.requests.map((u) => new URL(u).pathname);
    expect(paths.some((p) => /^\/assets\/o200k_base-.*\.js$/.test(p))).toBe(true);
    expect(h.offsite).toEqual([]);
  });
});
