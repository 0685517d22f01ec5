/**
 * Start-up as a user gets it: the package from `npm pack`, installed into a fresh project (not the
 * clone), run by each Node given, against that Node's `node -e 0`. NODE_EXTRA_CA_CERTS is left out
 * (it makes every Node process parse a CA bundle first, ~45 ms on this machine's CI, which flatters
 * the ratio).
 *
 *   npm run build:cli && node bench/startup-packed.mjs [--runs 41] [--instructions] [--tarball t.tgz] [node…]
 *
 * - ftcost runs as installed: bin/ftcost.js enables Node's compile cache in its default place,
 *   os.tmpdir(), here a TMPDIR of each Node's own, empty at the start: "first run" is the median of
 *   5 runs each with it emptied (what a user's first `ftcost` costs), "later runs" the median of
 *   --runs runs interleaved with `node -e 0` (in the environment as given) after one discarded warm-up.
 * - --instructions: instructions retired (valgrind's callgrind, all threads) of one later run of each,
 *   a figure the machine's other work does not move.
 * - --tarball: measure that package instead of packing this checkout (the before side of a comparison).
 * - Nodes: paths of node binaries (scripts/ci-node.mjs installs the pinned ones); default this one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STARTUP_ARGS } from './startup.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const flag = (name) => {
  const i = args.indexOf(name);
  return i !== -1 && args.splice(i, 1).length === 1;
};
const runs = Math.max(7, Number(option('--runs') ?? 41));
const tarballArg = option('--tarball');
const instructions = flag('--instructions');
const nodes = args.length > 0 ? args.map((n) => resolve(n)) : [process.execPath];

const work = mkdtempSync(join(tmpdir(), 'ftcost-startup-'));
const quiet = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
try {
  let tarball = tarballArg && resolve(tarballArg);
  if (!tarball) {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { ...quiet, cwd: ROOT }),
    );
    tarball = join(work, packed.filename);
  }
  const project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "startup-bench", "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], {
    ...quiet,
    cwd: project,
  });
  const bin = join(project, 'node_modules/ftcost/bin/ftcost.js');

  const { NODE_EXTRA_CA_CERTS: _certs, NODE_OPTIONS: _options, NODE_COMPILE_CACHE: _cache, ...baseEnv } = process.env;
  const rows = [];
  nodes.forEach((node, n) => {
    const version = execFileSync(node, ['--version'], quiet).trim();
    const cache = join(work, `tmp-${n}`);
    const env = { ...baseEnv, TMPDIR: cache };
    const wall = (argv) => {
      const t = performance.now();
      const r = spawnSync(node, argv, { cwd: project, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const ms = performance.now() - t;
      if (r.status !== 0) throw new Error(`${node} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
      return ms;
    };
    const first = [];
    for (let i = 0; i < 5; i++) {
      rmSync(cache, { recursive: true, force: true });
      mkdirSync(cache);
      first.push(wall([bin, ...STARTUP_ARGS]));
    }
    const load = loadavg()[0];
    const bare = [];
    const ftcost = [];
    for (let i = 0; i <= runs; i++) {
      const b = wall(['-e', '0']);
      const f = wall([bin, ...STARTUP_ARGS]);
      if (i === 0) continue;
      bare.push(b);
      ftcost.push(f);
    }
    const ir = instructions
      ? {
          bare: callgrind(node, ['-e', '0'], env, project),
          ftcost: callgrind(node, [bin, ...STARTUP_ARGS], env, project),
        }
      : undefined;
    rows.push({ version, first: median(first), bare: median(bare), ftcost: median(ftcost), ir, load });
  });

  console.log(
    `Packed install of ${tarball.split('/').pop()}: \`ftcost ${STARTUP_ARGS.join(' ')}\`, no NODE_EXTRA_CA_CERTS`,
  );
  console.log(
    `(median of ${runs} interleaved runs after a warm-up; first run: median of 5 with an empty compile cache)\n`,
  );
  console.log(
    '| Node | `node -e 0` | ftcost, later runs | ratio | ftcost, first run | instructions: node -e 0 / ftcost | load |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.version} | ${r.bare.toFixed(1)} ms | ${r.ftcost.toFixed(1)} ms | **${(r.ftcost / r.bare).toFixed(2)}×** | ${r.first.toFixed(1)} ms | ${
        r.ir ? `${mega(r.ir.bare)} / ${mega(r.ir.ftcost)} (${(r.ir.ftcost / r.ir.bare).toFixed(2)}×)` : '–'
      } | ${r.load.toFixed(1)} |`,
    );
} finally {
  rmSync(work, { recursive: true, force: true });
}

function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function mega(n) {
  return `${(n / 1e6).toFixed(0)} M`;
}

/** Instructions of one run under callgrind (the smaller of two: the first may find a cache V8 turns down under valgrind's CPU). */
function callgrind(node, argv, env, cwd) {
  const once = () => {
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', node, ...argv], {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const m = /Collected : (\d+)/.exec(r.stderr ?? '');
    if (!m) throw new Error(`valgrind: ${r.error?.message ?? r.stderr}`);
    return Number(m[1]);
  };
  return Math.min(once(), once());
}
