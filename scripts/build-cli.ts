/**
 * Build step: the CLI as a bundle in dist/cli/ (scripts/cli-bundle.ts, esbuild): what `ftcost
 * <command>` loads at start is one CommonJS file (core.cjs), compiled with a V8 code cache the first
 * run on the user's Node writes, and what only some runs need stays in lazy ES-module chunks beside it:
 *
 * - zod and yaml (a catalog directory, --prices, a scenario file), the counting code and the
 *   progress bar, reached only through `await import()` in the sources, load on that path.
 * - The tokenizers stay outside the bundle: js-tiktoken's rank files (megabytes of data, a
 *   dependency) and the optional open-model tokenizer packages are imported from node_modules at
 *   the moment a file is counted; `import.meta.resolve` asks whether an optional one is installed.
 * - yargs' help layout (string-width) loads on the first help text; the compiled catalog is a data
 *   file beside the bundle (catalog.json), parsed with JSON.parse.
 *
 * Entries: boot.cjs (bin/ftcost.js calls its main()), run.js (exports run(); tests import it) and
 * worker.js, the counting worker, which src/dataset/node/file.ts starts as `new URL('./worker.js',
 * import.meta.url)`: every file lives flat in dist/cli/, so that URL is the bundled worker.
 *
 * Also the library's JavaScript, dist/src/ (`import 'ftcost'`, `ftcost/catalog`, `ftcost/tokens`):
 * each src/ file transpiled on its own, as tsc would emit it (the compiled catalog JSON copied
 * beside), which esbuild does in a fraction of a second where tsc's emit took ~10 s of CPU. The
 * declarations (dist/src/*.d.ts) stay with tsc (`--emitDeclarationOnly`), run as a child process
 * while esbuild works, and the catalog is compiled first in this same process (one tsx start-up
 * less): this script is the whole of `npm run build:cli`, hence of `prepare`.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildCliBundle } from './cli-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');

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
  // The engines' oldest Node (22.12): tsc's ES2022 plus import attributes, which an es2022 target drops.
  target: 'node22.12',
  tsconfig: 'tsconfig.build.json',
  logLevel: 'warning',
}).then(() => {
  for (const json of ['catalog/generated/catalog.json', 'catalog/generated/architecture.json']) {
    mkdirSync(dirname(join(libOutdir, json)), { recursive: true });
    copyFileSync(join(root, 'src', json), join(libOutdir, json));
  }
});
// A failed bundle or transpile stops the declarations' tsc too (it would go on writing into dist/src).
library.catch(() => tsc.kill());
const bundle = buildCliBundle(root, outdir);
bundle.catch(() => tsc.kill());
const [result] = await Promise.all([bundle, library]);
const tscExit = await declarations;
if (tscExit !== 0) {
  console.error(`build-cli: tsc (the library's declarations) failed (exit ${tscExit})`);
  process.exit(1);
}
console.log(
  `build-cli: dist/cli/ ${result.files} files, ${(result.bytes / 1e6).toFixed(2)} MB; ` +
    `dist/src/ ${libEntries.length} modules`,
);
