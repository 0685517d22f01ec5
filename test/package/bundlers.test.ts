/**
 * `import 'ftcost/widget'` from an app, as an npm user gets it: the package is packed (`npm pack`), the tarball is
 * installed into a fresh project (which must run no install script of ftcost's), and the app of
 * test/fixtures/bundlers/ — an index.html with a <ftcost-calculator> and a main.js that only imports 'ftcost/widget' —
 * is built for production by Vite 5, 6, 7 and 8 and webpack 5, each with its defaults
 * (test/fixtures/bundlers/build.mjs).
 * Each build must succeed and hold no absolute path of this machine; then each app is served on 127.0.0.1 and opened in
 * Chromium: the element is registered by the import alone, shows $1.80 for 500 × 400 × 3, fetched the small
 * first-view catalog first (within the 40 KB gzipped first-price budget), and counts a dropped file in the bundler's
 * build of the counting worker, with nothing requested off the machine.
 *
 * Heavy: the bundlers are heavy-deps (vite5/6/7 as aliases, webpack); the install reads npm's cache first
 * (`--prefer-offline`: the root `npm ci` has the same dependencies in it) and the registry for anything missing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, trainingCost, type Harness } from '../e2e/browser.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/bundlers');
const DROPPED_FILE = join(ROOT, 'test/e2e/fixtures/train-with-errors.jsonl');
const BUNDLERS = ['vite5', 'vite6', 'vite7', 'vite8', 'webpack5'] as const;
/**
 * What a bundled app fetches before the first price shows, gzipped, may exceed the script-tag build's (its script and
 * the first-view catalog, as test/widget/budget.test.ts counts them) by this much at most. Issue 13's target for both
 * is 40 KB (measured 2026-12-07: script-tag 36,587 + 8,567 = 45,154 bytes; bundled 50,160 with webpack 5 to 51,249
 * with Vite 6; 58–59 KB before, with the whole catalog: issue 23). 2026-12-08, with the start view's catalog
 * (1.9 KB) and the self-hosted rows out of the first script: script-tag 41,125 → 39,915 bytes; bundled 42,649 (Vite 7)
 * to 43,295 (Vite 6) before the self-hosted move, so the bundled apps still miss 40 KB by ~2–3 KB. The ES-module
 * build's first view is heavier: a module the lazy panel shares with it is loaded whole, with what only the panel
 * uses (widget/src/compute.ts's countCovers alone brings src/dataset/report.ts and src/tokens/plan.ts: 1.6 KB).
 */
const BUNDLED_FIRST_PRICE_EXTRA_GZIP_BYTES = 7 * 1024;
const ROW = 'tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"]';

const built = existsSync(join(ROOT, 'dist/widget/ftcost-widget.js')) && existsSync(join(ROOT, 'dist/cli/boot.cjs'));
const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'warn' } });

/** Every file under dir, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)));
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe.skipIf(!built)('the packed ftcost, installed into a fresh project and bundled into an app', () => {
  const project = { dir: '', install: '' };

  beforeAll(() => {
    project.dir = mkdtempSync(join(tmpdir(), 'ftcost-bundlers-'));
    // --ignore-scripts: dist/ is built (npm test builds first); packing must not rebuild it under other tests.
    const pack = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', project.dir], ROOT);
    if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stdout}\n${pack.stderr}`);
    const packed = pack.stdout.trim().split('\n').at(-1)!;
    writeFileSync(join(project.dir, 'package.json'), '{ "name": "an-app", "private": true }\n');
    const r = npm(['install', join(project.dir, packed), '--no-audit', '--no-fund', '--prefer-offline'], project.dir);
    project.install = `${r.stdout}\n${r.stderr}`;
    if (r.status !== 0) throw new Error(`npm install of the tarball failed:\n${project.install}`);
    cpSync(join(FIXTURE, 'index.html'), join(project.dir, 'index.html'));
    cpSync(join(FIXTURE, 'main.js'), join(project.dir, 'main.js'));
  }, 240_000);

  // The project holds its node_modules (227 packages) and five builds: slow to remove on a busy machine.
  afterAll(() => {
    if (project.dir) rmSync(project.dir, { recursive: true, force: true });
  }, 120_000);

  it('installs with no install script: npm names none of ftcost, and the lock marks none', () => {
    // npm 11 warns "1 package has install scripts not yet covered by allowScripts: ftcost@… (prepare: …)" for a
    // prepare in the published package.json; ftcost's build runs as `dependencies`, which npm runs in the project only.
    expect(project.install).not.toMatch(/install.scripts|ftcost@[\d.]+ \(/i);
    const lock = JSON.parse(readFileSync(join(project.dir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    expect(lock.packages['node_modules/ftcost']?.hasInstallScript).toBeUndefined();
    const installed = JSON.parse(readFileSync(join(project.dir, 'node_modules/ftcost/package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(Object.keys(installed.scripts).filter((s) => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
  });

  it('ships no demo or test page', () => {
    const widget = filesUnder(join(project.dir, 'node_modules/ftcost/dist/widget'));
    expect(widget.filter((f) => f.endsWith('.html') || f.startsWith('e2e'))).toEqual([]);
    expect(widget).toContain('ftcost-widget.js');
  });

  describe.each(BUNDLERS)('built with %s', (bundler) => {
    const app = { out: '', h: undefined as Harness | undefined, log: '' };

    beforeAll(async () => {
      app.out = join(project.dir, `dist-${bundler}`);
      const r = spawnSync(process.execPath, [join(FIXTURE, 'build.mjs'), bundler, project.dir, app.out], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      app.log = `${r.stdout}\n${r.stderr}`;
      if (r.status !== 0) throw new Error(`${bundler} failed to build the app:\n${app.log}`);
      app.h = await openDemo('index.html', { width: 1280, height: 900 }, app.out);
    }, 180_000);

    afterAll(async () => {
      await app.h?.close();
    }, 30_000);

    it('writes no path of the build machine into the output', () => {
      const needles = [project.dir, ROOT.replace(/\/$/, ''), homedir(), 'file:///'];
      const found = filesUnder(app.out).flatMap((f) => {
        const text = readFileSync(join(app.out, f), 'latin1');
        return needles.filter((n) => text.includes(n)).map((n) => `${f}: ${n}`);
      });
      expect(found).toEqual([]);
    });

    it('the import alone registers <ftcost-calculator>: $1.80 for 500 × 400 × 3 on gpt-4o-mini at OpenAI', async () => {
      const page = app.h!.page;
      expect(await page.evaluate(() => customElements.get('ftcost-calculator') !== undefined)).toBe(true);
      // 500 examples × 400 tokens × 3 epochs = 600,000 training tokens × $3.00 per 1M = $1.80
      expect(await trainingCost(page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$1.80');
      expect(app.h!.offsite).toEqual([]);
    });

    it("fetches the start-view catalog first; the first price takes ≤ 7 KB more than the script tag's", async () => {
      const page = app.h!.page;
      const firstView = readFileSync(join(project.dir, 'node_modules/ftcost/dist/widget/ftcost-catalog-start.json'));
      const copy = filesUnder(app.out).find(
        (f) => f.endsWith('.json') && readFileSync(join(app.out, f)).equals(firstView),
      );
      expect(copy, 'the bundler copied ftcost-catalog-start.json').toBeDefined();
      // What the page had fetched by the time the start-view catalog had arrived: the first price needs no more.
      const entries = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => ({
          path: new URL(e.name).pathname,
          start: e.startTime,
          end: (e as PerformanceResourceTiming).responseEnd,
        })),
      );
      const catalogEntry = entries.find((e) => e.path === `/${copy!.replaceAll('\\', '/')}`);
      expect(catalogEntry, 'the page fetched the start-view catalog').toBeDefined();
      // (Chromium's own favicon.ico request is no file of the app's.)
      const before = entries
        .filter((e) => e.start <= catalogEntry!.end && existsSync(join(app.out, e.path)))
        .map((e) => e.path.slice(1));
      // Not the whole catalog: the start view's is the one the first price waited for.
      const whole = readFileSync(join(project.dir, 'node_modules/ftcost/dist/widget/ftcost-catalog.json'));
      expect(before.filter((p) => readFileSync(join(app.out, p)).equals(whole))).toEqual([]);
      // As test/widget/budget.test.ts counts the script-tag build's: the scripts and the catalog, not the page.
      const bytes = before.reduce((sum, p) => sum + gzipped(join(app.out, p)), 0);
      const widget = join(project.dir, 'node_modules/ftcost/dist/widget');
      const scriptTag =
        gzipped(join(widget, 'ftcost-widget.iife.js')) + gzipped(join(widget, 'ftcost-catalog-start.json'));
      console.log(
        `${bundler}: the first price after ${before.join(', ')}: ${bytes} B gzipped (script tag: ${scriptTag})`,
      );
      expect(bytes).toBeLessThanOrEqual(scriptTag + BUNDLED_FIRST_PRICE_EXTRA_GZIP_BYTES);
    });

    it("counts a dropped file in the bundler's build of the counting worker", async () => {
      const page = app.h!.page;
      await page.locator('ftcost-calculator input[type="file"]').setInputFiles(DROPPED_FILE);
      await page.locator('.file-report, p.error[role="alert"]').first().waitFor({ timeout: 60_000 });
      expect(await page.locator('p.error[role="alert"]').count()).toBe(0);
      // 5 valid examples, 133 o200k_base tokens (test/e2e/file-drop.e2e.test.ts) × 3 epochs = 399 training tokens
      // × $3.00 per 1M = $0.001197: the ranks came from the JSON file the bundler copied beside its worker.
      expect(await page.locator('[data-encoding="o200k_base"]').getAttribute('data-tokens')).toBe('133');
      expect(await page.locator(ROW).locator('td.cost').getAttribute('data-cost')).toBe('0.001197');
      expect(app.h!.offsite).toEqual([]);
    });
  });
});
