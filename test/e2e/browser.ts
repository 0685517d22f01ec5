/**
 * The end-to-end harness: the built demo page (dist/widget) served on 127.0.0.1 by the widget's own
 * static server, opened in Debian's headless Chromium through playwright-core, with a fresh user
 * data dir and every request recorded. Requests to anything but the local server are aborted and
 * kept, so a test can assert that nothing left the machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../widget/scripts/serve.js';

const DEMO_DIR = fileURLToPath(new URL('../../dist/widget', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless and quiet: no background requests of Chromium's own to tell apart from the page's. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to anywhere but the local server (aborted). */
  offsite: string[];
  close(): Promise<void>;
}

function checkPrerequisites(dir: string): void {
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(DEMO_DIR, 'ftcost-widget.iife.js'))) {
    throw new Error(`the demo is not built (${dir}); run \`npm run build\` first`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}; install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
}

/** Opens `path` of the built demo, or of another built site (`dir`: a Vite app's output). */
export async function openDemo(
  path = 'index.html',
  viewport = { width: 1100, height: 1400 },
  dir = DEMO_DIR,
): Promise<Harness> {
  checkPrerequisites(dir);
  const server = await serveStatic(dir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'ftcost-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const requests: string[] = [];
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(server.url + path);
  await page.locator('table.training, .ftcost .error').first().waitFor();
  return {
    server,
    context,
    page,
    requests,
    offsite,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    },
  };
}

/**
 * Type into a labelled input of the widget (inside its shadow root; Playwright's CSS engine pierces open shadow
 * roots).
 */
export async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(value);
  // The break-even follows the training table by a task (App.tsx): wait until no widget's is out of date.
  await page.locator('[data-current="false"]').first().waitFor({ state: 'detached' });
}

/** The training cost shown for a provider/model row. */
export async function trainingCost(page: Page, provider: string, model: string): Promise<string> {
  return (
    (await page.locator(`tr[data-provider="${provider}"][data-model="${model}"] td.cost`).first().textContent()) ?? ''
  );
}
