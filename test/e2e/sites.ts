/**
 * The four docs sites of test/sites/ (issue 23): what each generator needs, how the test harness installs and builds
 * it, and a Chromium page on its production build. Each npm site is installed with `npm ci` into its own folder when
 * its node_modules is missing or was installed from another package-lock.json (a copy of the lock it was installed
 * from is kept in node_modules, as scripts/heavy-deps.mjs does for heavy-deps/). MkDocs is Debian's (`apt-get install
 * mkdocs mkdocs-material`: PyPI is not reachable here). Before a build, the widget's files are copied from the packed
 * tarball (`npm pack` of this checkout) into the site's static folder, as the docs/widget.md recipe copies them from
 * node_modules/ftcost/dist/widget/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { fileFor, type SiteServer, serveSite } from './siteServer.js';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITES_DIR = join(ROOT, 'test/sites');

type SiteName = 'vitepress' | 'starlight' | 'mkdocs' | 'docusaurus';

export interface Site {
  name: SiteName;
  /** Which tool builds it: an npm package of its own folder, or Debian's mkdocs. */
  tool: 'npm' | 'mkdocs';
  /** The folder, relative to the site, whose files are published as they are: the widget's files go in ftcost/. */
  staticDir: string;
  /** The production build's output folder, relative to the site. */
  outDir: string;
  /** Whether following a link renders the next page without a full load (client-side navigation). */
  clientNavigation: boolean;
  /**
   * The site must know its own origin at build time (MkDocs Material's navigation.instant intercepts only links under
   * its site_url): it is built for, and always served on, one port picked per run (FTCOST_SITE_URL in the build).
   */
  fixedOrigin?: boolean;
  /** Turns the site dark as its own toggle does. */
  darkToggle: (page: Page) => Promise<void>;
  /**
   * What the site's own pages need beyond `default-src 'self'` and the hashes of their inline scripts (siteCsp):
   * the widget itself needs nothing more (docs/widget.md, "Content-Security-Policy").
   */
  cspExtras: string[];
}

/** Style attributes that the generator's markup or scripts set (the widget sets none). */
const STYLE_ATTRIBUTES = "style-src-attr 'unsafe-inline'";
/** Inline <style> elements that the generator's scripts insert. */
const INLINE_STYLES = "style-src 'self' 'unsafe-inline'";
/** data: images (icons) of the generator's theme. */
const DATA_IMAGES = "img-src 'self' data:";

export const SITES: Site[] = [
  {
    name: 'vitepress',
    tool: 'npm',
    staticDir: 'docs/public',
    outDir: 'docs/.vitepress/dist',
    clientNavigation: true,
    // VitePress's appearance switch toggles the `dark` class on <html>.
    darkToggle: (page) => page.evaluate(() => document.documentElement.classList.add('dark')),
    cspExtras: [INLINE_STYLES, DATA_IMAGES],
  },
  {
    name: 'starlight',
    tool: 'npm',
    staticDir: 'public',
    outDir: 'dist',
    clientNavigation: false,
    // Starlight's theme select sets <html data-theme="dark">.
    darkToggle: (page) => page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark')),
    cspExtras: [STYLE_ATTRIBUTES],
  },
  {
    name: 'mkdocs',
    tool: 'mkdocs',
    staticDir: 'docs',
    outDir: 'dist',
    // Material's navigation.instant (mkdocs.yml features): links load the next page's content without a full load,
    // once site_url is the served origin (fixedOrigin).
    clientNavigation: true,
    fixedOrigin: true,
    // Material's palette toggle sets <body data-md-color-scheme="slate">.
    darkToggle: (page) => page.evaluate(() => document.body.setAttribute('data-md-color-scheme', 'slate')),
    cspExtras: [],
  },
  {
    name: 'docusaurus',
    tool: 'npm',
    staticDir: 'static',
    outDir: 'dist',
    clientNavigation: true,
    // Docusaurus's colour-mode toggle sets <html data-theme="dark">.
    darkToggle: (page) => page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark')),
    cspExtras: [STYLE_ATTRIBUTES, DATA_IMAGES],
  },
];

const siteDir = (site: Site) => join(SITES_DIR, site.name);

/** Whether the site's build tool is on this machine (the npm sites install their own). */
export function toolInstalled(site: Site): boolean {
  if (site.tool === 'npm') return true;
  return spawnSync('mkdocs', ['--version'], { encoding: 'utf8' }).status === 0;
}

function run(cmd: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): void {
  // No telemetry (Astro) or update check (Docusaurus): a build asks nothing of the network.
  const env = { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1', ...extraEnv };
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env });
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} in ${cwd} failed (${r.error?.message ?? `exit ${r.status}`}):\n` +
        `${r.stdout}\n${r.stderr}`,
    );
  }
}

/** `npm ci` in the site's folder when its node_modules is missing or stale; returns the seconds it took (0: none). */
export function installSite(site: Site): number {
  if (site.tool !== 'npm') return 0;
  const dir = siteDir(site);
  const stamp = join(dir, 'node_modules', '.ftcost-installed-lock.json');
  const lock = readFileSync(join(dir, 'package-lock.json'), 'utf8');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return 0;
  const started = Date.now();
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  writeFileSync(stamp, lock);
  return (Date.now() - started) / 1000;
}

/** The packed package's dist/widget/ (`npm pack` of this checkout, unpacked in a temp dir): call once per run. */
export function packWidget(): { widgetDir: string; cleanup(): void } {
  const tmp = mkdtempSync(join(tmpdir(), 'ftcost-sites-pack-'));
  // --ignore-scripts: dist/ is built (npm test builds first); packing must not rebuild it under other tests.
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stdout}\n${pack.stderr}`);
  const tarball = join(tmp, pack.stdout.trim().split('\n').at(-1)!);
  run('tar', ['-xzf', tarball, '-C', tmp], tmp);
  return { widgetDir: join(tmp, 'package/dist/widget'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** The port a fixedOrigin site is built for and served on, picked once per run (a free one the system gives). */
const fixedPorts = new Map<SiteName, number>();

/** Picks the port of a fixedOrigin site (call before buildSite); nothing for the others. */
export async function reserveOrigin(site: Site): Promise<void> {
  if (!site.fixedOrigin || fixedPorts.has(site.name)) return;
  const probe = createNetServer();
  const port = await new Promise<number>((ok, fail) => {
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => ok((probe.address() as AddressInfo).port));
  });
  await new Promise((done) => probe.close(done));
  fixedPorts.set(site.name, port);
}

/** Copies the widget's files into the site's static folder and builds the site; returns the seconds the build took. */
export function buildSite(site: Site, widgetDir: string): number {
  const dir = siteDir(site);
  const target = join(dir, site.staticDir, 'ftcost');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(dir, site.staticDir), { recursive: true });
  cpSync(widgetDir, target, { recursive: true });
  rmSync(join(dir, site.outDir), { recursive: true, force: true });
  const started = Date.now();
  const port = fixedPorts.get(site.name);
  if (site.fixedOrigin && port === undefined) throw new Error(`${site.name}: call reserveOrigin() before buildSite()`);
  const origin: Record<string, string> = port === undefined ? {} : { FTCOST_SITE_URL: `http://127.0.0.1:${port}/` };
  if (site.tool === 'mkdocs') run('mkdocs', ['build', '--strict', '--quiet'], dir, origin);
  else run('npm', ['run', 'build', '--silent'], dir);
  return (Date.now() - started) / 1000;
}

/** Every .html file under dir. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.html'))
    .map((f) => join(f.parentPath, f.name));
}

/**
 * The strictest Content-Security-Policy header the built site works with: `default-src 'self'`, its pages' own inline
 * scripts allowed by hash (every generator writes some: the theme set before the first paint, route data), and its
 * cspExtras.
 */
export function siteCsp(site: Site): string {
  const hashes = new Set<string>();
  for (const file of htmlFiles(join(siteDir(site), site.outDir))) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (m[1]) hashes.add(`'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
    }
  }
  return ["default-src 'self'", `script-src 'self' ${[...hashes].sort().join(' ')}`, ...site.cspExtras].join('; ');
}

export interface SitePage {
  page: Page;
  server: SiteServer;
  /** Requests to anywhere but the local server (aborted). */
  offsite: string[];
  /** Content-Security-Policy violations the page reported (`directive blockedURI`). */
  cspViolations: string[];
  /** Uncaught errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

/** The built site served on 127.0.0.1 (with `csp` as its header, if given), opened at `path` in Chromium. */
export async function openSite(
  site: Site,
  viewport: { width: number; height: number },
  csp?: string,
  path = '',
): Promise<SitePage> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}; install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  const server = await serveSite(join(siteDir(site), site.outDir), csp, fixedPorts.get(site.name));
  const userDataDir = mkdtempSync(join(tmpdir(), 'ftcost-sites-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    colorScheme: 'light',
  });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  const cspViolations: string[] = [];
  await context.exposeBinding('__ftcostCsp', (_source, v: string) => void cspViolations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __ftcostCsp(v: string): void }).__ftcostCsp(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      ),
    );
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(server.url + path);
  return {
    page,
    server,
    offsite,
    cspViolations,
    errors,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The first line of the widget's answer, once it shows. */
export async function answerLine(page: Page): Promise<string> {
  const answer = page.locator('ftcost-calculator .answer p').first();
  await answer.waitFor({ timeout: 30_000 });
  return (await answer.textContent()) ?? '';
}

/**
 * The widget's files the page had fetched by the time its first catalog arrived (the start view's, the first view's
 * or the whole one, whichever came first), and their gzip -9 bytes: what the first price waited for, as
 * test/widget/budget.test.ts counts the script-tag build's (the site's own pages, styles and scripts are not counted).
 */
export async function widgetBytesBeforeFirstPrice(
  s: SitePage,
  site: Site,
): Promise<{ files: string[]; bytes: number }> {
  const entries = await s.page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      path: new URL(e.name).pathname,
      start: e.startTime,
      end: (e as PerformanceResourceTiming).responseEnd,
    })),
  );
  const catalog = entries.find((e) => /\/ftcost-catalog(-start|-first)?\.json$/.test(e.path));
  if (!catalog) throw new Error(`${site.name}: no catalog request among ${entries.map((e) => e.path).join(', ')}`);
  const files = entries
    .filter((e) => e.start <= catalog.end && /\/ftcost-[^/]*\.(js|json)$/.test(e.path))
    .map((e) => e.path);
  const root = join(siteDir(site), site.outDir);
  const bytes = files.reduce((sum, path) => {
    const file = fileFor(root, decodeURIComponent(path));
    if (!file) throw new Error(`${site.name}: ${path} is not a file of the build`);
    return sum + gzipSync(readFileSync(file), { level: 9 }).length;
  }, 0);
  return { files: files.map((f) => f.slice(f.lastIndexOf('/') + 1)), bytes };
}
