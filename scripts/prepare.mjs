/**
 * The `dependencies` script of package.json: `npm run build:cli` (scripts/build-cli.ts), skipped when dist/ was
 * already built by this script from the same sources.
 *
 * Why `dependencies` and not `prepare`: npm runs `dependencies` only in the project itself, after an `npm ci` or
 * `npm install` that changed node_modules — never for a package installed as a dependency. A `prepare` in the
 * published package.json is an install script to npm 11, which flags it on every install of the tarball
 * ("1 package has install scripts not yet covered by allowScripts") although scripts/ is not in the package and the
 * package ships built (test/package/bundlers.test.ts installs it and checks).
 *
 * Why the skip: the README's main job is `npm ci && npx ftcost …`, and a second build (~10 s of CPU) for nothing
 * must not happen if anything runs this again (npx once ran `prepare` a second time, linking the project into its
 * cache). A hash of every build input, kept in node_modules/.cache/ftcost/ (never packed; `npm ci` empties it, so a
 * fresh install always builds), lets a second run see there is nothing to do.
 *
 * Plain Node: it must cost next to nothing when it skips. `npm run build` always builds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules/.cache/ftcost/prepare-inputs.sha256');
/** What build-cli reads (its dependencies are pinned by package-lock.json). */
const INPUT_DIRS = ['src', 'cli', 'pricing', 'scripts', 'bin'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
/** What it writes: all must be there to skip. */
const OUTPUTS = [
  'dist/cli/boot.cjs',
  'dist/cli/core.cjs',
  'dist/cli/run.js',
  'dist/cli/worker.js',
  'dist/cli/catalog.json',
  'dist/cli/catalog-gpu.json',
  'dist/src/index.js',
  'dist/src/index.d.ts',
];

function inputsHash() {
  const hash = createHash('sha256');
  // The CLI's code cache (dist/cli/core-*.v8cache) is only good for the Node that wrote it.
  hash.update(`${process.version}\0`);
  const files = [...INPUT_FILES];
  for (const dir of INPUT_DIRS) {
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!f.isFile()) continue;
      const path = join(f.parentPath ?? f.path, f.name).slice(root.length + 1);
      // The catalog build writes these itself.
      if (path.startsWith(join('src', 'catalog', 'generated'))) continue;
      files.push(path);
    }
  }
  for (const path of files.sort()) {
    hash.update(`${path}\0`);
    hash.update(existsSync(join(root, path)) ? readFileSync(join(root, path)) : '(missing)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

const inputs = inputsHash();
const built = OUTPUTS.every((p) => existsSync(join(root, p)));
if (built && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) {
  console.log('prepare: dist/ is up to date with its sources (built by an earlier prepare); nothing to do');
  process.exit(0);
}

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const r = spawnSync(process.execPath, [tsx, join(root, 'scripts/build-cli.ts')], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
mkdirSync(dirname(stamp), { recursive: true });
writeFileSync(stamp, inputs);
