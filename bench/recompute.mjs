/**
 * The widget's recompute and first-price bytes, for `npm run bench` (bench/run.mjs) or alone:
 * `node bench/recompute.mjs` (`--markdown`: also the RESULTS.md section; `--profile`: profile an edit even
 * when within budget). Needs the built widget (dist/widget) and Chromium (/usr/bin/chromium or
 * CHROMIUM_PATH), driven by playwright-core.
 *
 * - Recompute: the demo page (dist/widget/index.html, <ftcost-calculator hash>) served on 127.0.0.1,
 *   in headless Chromium. 50 edits of one field (FTCOST_BENCH_EDITS), each timed inside the page: t0 is
 *   `performance.now()` right before the field's value is set and its 'input' event dispatched; the
 *   page then waits until the DOM shows the new figure (checked, to the exact decimal, on every edit)
 *   and for the next frame: a requestAnimationFrame callback, then a MessageChannel task after it (the
 *   usual "next paint" approximation); t1 is taken there. "input → painted" is t1 − t0; "input → DOM"
 *   is the synchronous part (the recompute and Preact's render). Headless Chromium draws frames at
 *   60 Hz, so input → painted includes waiting for the next frame (0–16.7 ms).
 *   - training only: the break-even panel's script is blocked, so an edit recomputes the training
 *     estimate alone; edits of Examples (500, 501, …) at 400 tokens × 3 epochs, checking gpt-4o-mini at
 *     OpenAI ($3.00 per 1M: n × 400 × 3 × $3/1M) on every edit.
 *   - full break-even: the panel loaded; edits of Queries per day (1,010, 1,020, …), checking the
 *     heading's volume and that the prompted option's monthly total moved in proportion (it is all
 *     per-query token cost) on every edit. Each such edit recomputes the estimate and the break-even.
 * - First-price bytes: a fresh browser context (empty cache, CDP Network.setCacheDisabled), the page
 *   loaded and the first training price watched for in every animation frame; every response whose
 *   request started before it was seen (resource timing, plus the document) is counted at its
 *   gzip size, computed here with node:zlib gzipSync level 9 (the server itself sends identity).
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const DIST = fileURLToPath(new URL('../dist/widget/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
/** The frame budget at 60 Hz. */
const FRAME_MS = 1000 / 60;
const FIRST_PRICE_BUDGET = 40 * 1024;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

/** Serves dist/widget on 127.0.0.1 (identity encoding, no caching). */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST.endsWith(sep) ? DIST : DIST + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((d) => server.close(d)) }),
    ),
  );
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length / 2;
  return s.length % 2 ? s[Math.floor(m)] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank p95: of 50 edits, the 48th fastest. */
const p95 = (xs) => sorted(xs)[Math.ceil(0.95 * xs.length) - 1];

/**
 * Runs inside the page: `edits` edits of the field labelled `label`, each timed and checked.
 * `check(shadow, value)` returns null when the DOM shows the figure expected for `value`, else what it shows.
 */
function pageEdits({ label, values, checkSource }) {
  const check = new Function('shadow', 'value', 'state', checkSource);
  const shadow = document.querySelector('ftcost-calculator').shadowRoot;
  const input = [...shadow.querySelectorAll('label')].find((l) => l.textContent === label)?.control;
  if (!input) throw new Error(`no field labelled ${label}`);
  const state = {};
  check(shadow, null, state); // the baseline
  // Resolves with the start time of the frame that paints what the DOM now holds (rAF's timestamp).
  const nextPaint = () =>
    new Promise((done) =>
      requestAnimationFrame((frameStart) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done(frameStart);
        ch.port2.postMessage(0);
      }),
    );
  const settle = () => new Promise((done) => setTimeout(done, 30));
  return (async () => {
    const out = [];
    await settle();
    for (const value of values) {
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      let problem = check(shadow, value, state);
      const tDom = performance.now();
      const synchronous = problem === null;
      // Preact renders synchronously here; if a figure ever lagged, wait for it (bounded) rather than time the old one.
      for (let i = 0; problem && i < 200; i++) {
        await new Promise((d) => setTimeout(d, 0));
        problem = check(shadow, value, state);
      }
      if (problem) throw new Error(`after ${label} = ${value}: ${problem}`);
      const frameStart = await nextPaint();
      const t1 = performance.now();
      // The frame that shows the update starts this long after the input: within one frame period, it is
      // the first frame after the keystroke (none skipped); below zero, the frame already under way.
      const frameMs = Math.max(0, frameStart - t0);
      out.push({ value, paintedMs: t1 - t0, domMs: tDom - t0, frameMs, synchronous, shown: state.last });
      await settle(); // a pause between edits, as between keystrokes
    }
    return out;
  })();
}

// Checks, as function bodies (they run in the page). Training only: gpt-4o-mini at OpenAI, n × 400 × 3 × $3 / 1M.
const TRAINING_CHECK = `
  const cell = shadow.querySelector('tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"] td.cost');
  if (!cell) return 'no gpt-4o-mini row';
  if (value === null) return null;
  const expected = (Number(value) * 400 * 3 * 3) / 1e6;
  const shown = Number(cell.getAttribute('data-cost'));
  if (Math.abs(shown - expected) > 1e-12) return 'data-cost ' + shown + ', expected ' + expected;
  state.last = cell.textContent;
  return null;`;
// Full break-even: the heading names the volume; the prompted option's total is per-query cost × volume.
const BREAKEVEN_CHECK = `
  const total = () =>
    Number(shadow.querySelector('tr[data-option="prompted/gpt-4o"] td.cost')?.getAttribute('data-total'));
  const h4 = shadow.querySelector('section.results h4')?.textContent ?? '';
  if (value === null) {
    const m = /Monthly cost at ([\\d,]+) queries\\/day/.exec(h4);
    if (!m) return 'no break-even heading';
    state.perQuery = total() / Number(m[1].replaceAll(',', ''));
    return state.perQuery > 0 ? null : 'no prompted/gpt-4o total';
  }
  const want = 'Monthly cost at ' + Number(value).toLocaleString('en-US') + ' queries/day';
  if (h4 !== want) return 'heading "' + h4 + '", expected "' + want + '"';
  const expected = state.perQuery * Number(value);
  if (Math.abs(total() - expected) > 1e-9 * expected) return 'prompted total ' + total() + ', expected ' + expected;
  state.last = h4;
  return null;`;

async function openPage(browser, server, { blockBreakEven }) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  if (blockBreakEven) await context.route('**/ftcost-breakeven.js', (r) => r.abort('blockedbyclient'));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}index.html#ft.examples=499&ft.tokens=400&ft.epochs=3`);
  await page.locator('ftcost-calculator table.training').waitFor();
  if (blockBreakEven) await page.locator('ftcost-calculator section.results p.error').waitFor();
  else await page.locator('ftcost-calculator table.monthly').waitFor();
  return { context, page, errors };
}

async function scenario(browser, server, { name, blockBreakEven, label, values, checkSource, profile }) {
  const { context, page, errors } = await openPage(browser, server, { blockBreakEven });
  // Warm-up edits (JIT, first layout of a changed table), discarded; they go back to the start value.
  await page.evaluate(pageEdits, { label, values: [values[1], values[0]], checkSource });
  const edits = await page.evaluate(pageEdits, { label, values, checkSource });
  const painted = edits.map((e) => e.paintedMs);
  const dom = edits.map((e) => e.domMs);
  const frames = edits.map((e) => e.frameMs);
  let top;
  if (profile) top = await profileEdit(page, { label, values: [values[values.length - 1], values[0]], checkSource });
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
  return {
    name,
    field: label,
    edits: edits.length,
    first: values[0],
    last: values[values.length - 1],
    /** What the page showed after the first and the last edit (the checked figure's text). */
    shownFirst: edits[0].shown,
    shownLast: edits[edits.length - 1].shown,
    paintedMedianMs: median(painted),
    paintedP95Ms: p95(painted),
    domMedianMs: median(dom),
    domP95Ms: p95(dom),
    frameP95Ms: p95(frames),
    /** Edits shown by the first frame that starts after the input (no frame skipped). */
    firstFrameShare: frames.filter((f) => f <= FRAME_MS).length / frames.length,
    synchronous: edits.every((e) => e.synchronous),
    painted,
    profile: top,
  };
}

/** Top self-time functions over one edit (CDP Profiler, 50 µs sampling). */
async function profileEdit(page, args) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate(pageEdits, { ...args, values: args.values.slice(0, 1) });
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  await cdp.detach();
  return [...self.entries()]
    .filter(([k]) => !['(idle)', '(program)', '(root)'].includes(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([fn, ms]) => ({ fn, ms }));
}

/** What the page fetched before its first price was on screen, at gzip -9 size. */
async function firstPriceBytes(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(() => {
    const look = () => {
      const cell = document.querySelector('ftcost-calculator')?.shadowRoot?.querySelector('td.cost[data-cost]');
      if (cell?.textContent) window.__firstPriceAt = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${server.url}index.html`);
  await page.waitForFunction(() => window.__firstPriceAt !== undefined);
  const { at, fetched } = await page.evaluate(() => ({
    at: window.__firstPriceAt,
    fetched: [
      location.pathname,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < window.__firstPriceAt)
        .map((e) => new URL(e.name).pathname),
    ],
  }));
  await context.close();
  // A 404 (the browser's favicon.ico) has an empty body: left out, named in `missing`.
  const missing = fetched.filter((path) => !existsSync(join(DIST, path)));
  const files = fetched
    .filter((path) => existsSync(join(DIST, path)))
    .map((path) => {
      const body = readFileSync(join(DIST, path));
      return { path, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    });
  const gzipBytes = files.reduce((s, f) => s + f.gzipBytes, 0);
  return {
    firstPriceAtMs: at,
    files,
    missing,
    gzipBytes,
    budgetBytes: FIRST_PRICE_BUDGET,
    withinBudget: gzipBytes <= FIRST_PRICE_BUDGET,
  };
}

export async function measureRecompute({
  edits = Number(process.env.FTCOST_BENCH_EDITS ?? 50),
  profile = 'auto',
} = {}) {
  if (!existsSync(join(DIST, 'ftcost-widget.iife.js')))
    throw new Error('dist/widget is not built: run `npm run build:widget`');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const load = loadavg();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const bytes = await firstPriceBytes(browser, server);
    const range = (start, step) => Array.from({ length: edits }, (_, i) => String(start + i * step));
    const runs = [];
    for (const s of [
      {
        name: 'training only',
        blockBreakEven: true,
        label: 'Examples',
        values: range(500, 1),
        checkSource: TRAINING_CHECK,
      },
      {
        name: 'full break-even',
        blockBreakEven: false,
        label: 'Queries per day',
        values: range(1010, 10),
        checkSource: BREAKEVEN_CHECK,
      },
    ]) {
      let r = await scenario(browser, server, { ...s, profile: profile === true });
      if (profile === 'auto' && r.paintedP95Ms > FRAME_MS)
        r = { ...r, profile: (await scenario(browser, server, { ...s, profile: true })).profile };
      runs.push(r);
    }
    return { load, frameMs: FRAME_MS, bytes, runs, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function recomputeLines(r) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const lines = r.runs.map(
    (s) =>
      `Recompute, ${s.name} (${s.edits} edits of ${s.field}, ${s.first} → ${s.last}, ` +
      `shown "${s.shownFirst}" → "${s.shownLast}"): ` +
      `input → painted median ${ms(s.paintedMedianMs)}, p95 ${ms(s.paintedP95Ms)} — ` +
      `${s.paintedP95Ms <= r.frameMs ? 'within' : 'OVER'} the ${r.frameMs.toFixed(1)} ms frame; ` +
      `input → DOM (synchronous recompute + render${s.synchronous ? '' : ', NOT always synchronous'}) ` +
      `median ${ms(s.domMedianMs)}, p95 ${ms(s.domP95Ms)}; ` +
      `shown by the first frame after the input in ${(s.firstFrameShare * 100).toFixed(0)}% of edits ` +
      `(that frame starts ≤ ${ms(s.frameP95Ms)} after the input at p95)`,
  );
  for (const s of r.runs)
    if (s.profile)
      lines.push(
        `  profile of one ${s.name} edit, top self time: ` +
          `${s.profile.map((p) => `${p.fn} ${p.ms.toFixed(1)} ms`).join('; ')}`,
      );
  const b = r.bytes;
  lines.push(
    `First-price bytes: ${(b.gzipBytes / 1024).toFixed(1)} KB gzipped ` +
      '(node:zlib gzip -9 of each file fetched before the first price showed at ' +
      `${b.firstPriceAtMs.toFixed(0)} ms: ` +
      `${b.files.map((f) => `${f.path} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ')}) — ` +
      `${b.withinBudget ? 'within' : 'OVER'} the 40 KB budget`,
  );
  return lines;
}

/** The same figures as Markdown, for bench/RESULTS.md. */
export function recomputeResultLines(r) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const b = r.bytes;
  return [
    '| Edits (50 each) | input → painted median | p95 | within 16.7 ms? | ' +
      'input → DOM median | p95 | shown by the first frame |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: |',
    ...r.runs.map(
      (s) =>
        `| ${s.name}: ${s.field} ${s.first} → ${s.last} | ${ms(s.paintedMedianMs)} | **${ms(s.paintedP95Ms)}** | ` +
        `${s.paintedP95Ms <= r.frameMs ? 'yes' : 'no'} | ${ms(s.domMedianMs)} | ${ms(s.domP95Ms)} | ` +
        `${(s.firstFrameShare * 100).toFixed(0)}% |`,
    ),
    '',
    `- Headless Chromium ${r.chromium}, demo page served on 127.0.0.1, ` +
      `load average ${r.load.map((x) => x.toFixed(1)).join(' ')} at start. ` +
      "t0: `performance.now()` before the value is set and 'input' dispatched; " +
      't1: after the next requestAnimationFrame and a MessageChannel task behind it, ' +
      'once the DOM shows the new figure ' +
      `(checked on every edit: ${r.runs.map((s) => `${s.name} "${s.shownFirst}" → "${s.shownLast}"`).join('; ')}). ` +
      'Input → painted includes the wait for the next 60 Hz frame; ' +
      'input → DOM is the synchronous recompute and render; ' +
      '"shown by the first frame": the requestAnimationFrame timestamp of the frame that paints the update ' +
      'is at most one frame period after the input, so no frame was skipped. Two warm-up edits discarded.',
    ...r.runs
      .filter((s) => s.profile)
      .map(
        (s) =>
          `- Over budget: CPU profile of one ${s.name} edit (CDP Profiler, 50 µs sampling, minified names), ` +
          `top self time: ${s.profile.map((p) => `\`${p.fn}\` ${p.ms.toFixed(1)} ms`).join(', ')}.`,
      ),
    `- First-price bytes: **${(b.gzipBytes / 1024).toFixed(1)} KB gzipped** ` +
      `(budget 40 KB: ${b.withinBudget ? 'met' : 'not met'}) — every file fetched before the first price showed ` +
      `(${b.firstPriceAtMs.toFixed(0)} ms after navigation, fresh context, cache disabled), ` +
      'each gzipped with node:zlib level 9: ' +
      `${b.files
        .map((f) => `${f.path} ${(f.bytes / 1024).toFixed(1)} KB → ${(f.gzipBytes / 1024).toFixed(1)} KB`)
        .join(', ')}.`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await measureRecompute({ profile: process.argv.includes('--profile') ? true : 'auto' });
  console.log(`Chromium ${r.chromium}, load average ${r.load.map((x) => x.toFixed(1)).join(' ')}`);
  console.log(recomputeLines(r).join('\n'));
  if (process.argv.includes('--markdown')) console.log(`\n${recomputeResultLines(r).join('\n')}`);
}
