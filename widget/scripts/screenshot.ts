/**
 * `tsx widget/scripts/screenshot.ts [out.png] [hash]`: the built demo page in headless Chromium,
 * saved as a PNG (docs/widget.png for the README). THEME=dark sets the element's theme attribute.
 * Needs `npm run build` and /usr/bin/chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = process.argv[2] ?? join(root, 'docs/widget.png');
const hash =
  process.argv[3] ??
  '#ft.examples=500&ft.tokens=400&ft.epochs=3&ft.models=gpt-4o-mini&ft.providers=openai,azure-openai,together';
const server = await serveStatic(join(root, 'dist/widget'));
const dataDir = mkdtempSync(join(tmpdir(), 'ftcost-shot-'));
const context = await chromium.launchPersistentContext(dataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  viewport: { width: 1100, height: 900 },
  deviceScaleFactor: 1,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}index.html${hash}`);
  if (process.env.THEME)
    await page.evaluate(
      (t) => document.querySelector('ftcost-calculator')!.setAttribute('theme', t),
      process.env.THEME,
    );
  await page.locator('ftcost-calculator table.training').waitFor();
  await page.locator('ftcost-calculator table.monthly').waitFor();
  mkdirSync(dirname(out), { recursive: true });
  await page.locator('ftcost-calculator').screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
