/**
 * Start-up as a user gets it: the package from `npm pack`, installed into a fresh project (not the
 * clone), run by each Node given, against that Node's `node -e 0`. NODE_EXTRA_CA_CERTS is left out
 * (it makes every Node process parse a CA bundle first, ~45 ms on this machine's CI, which flatters
 * the ratio).
 *
 *   npm run build:cli && node bench/startup-packed.mjs [--runs 41] [--instructions] [--tarball t.tgz]… [node…]
 *
 * - ftcost runs as installed: bin/ftcost.js enables Node's compile cache in its default place,
 *   os.tmpdir(), here a TMPDIR of each package and Node's own, empty at the start: "first run" is the
 *   median of 5 runs each with it emptied (what a user's first `ftcost` costs), "later runs" the
 *   median of --runs rounds after one discarded warm-up.
 * - A round runs `node -e 0` (in the environment as given) and then each package once, their order
 *   alternating from round to round; "ratio" is the median of the rounds' own ratios. A machine
 *   doing other work slows every run of a round alike, so the packages of one invocation compare
 *   fairly even when the load moves between invocations.
 * - --instructions: instructions retired (valgrind's callgrind) in a later run of each, a figure the
 *   machine's other work does not move: all threads, and the main thread alone (V8's compiler and GC
 *   helper threads vary from run to run by a few million; the main thread's count varies less).
 * - --tarball: measure that package instead of packing this checkout; give it more than once to
 *   measure several in the same rounds (a before and an after).
 * - Nodes: paths of node binaries (scripts/ci-node.mjs installs the pinned ones); default this one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STARTUP_ARGS } from './startup.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const options = (name) => {
  const values = [];
  for (let value = option(name); value !== undefined; value = option(name)) values.push(value);
  return values;
};
const flag = (name) => {
  const i = args.indexOf(name);
  return i !== -1 && args.splice(i, 1).length === 1;
};
const runs = Math.max(7, Number(option('--runs') ?? 41));
const tarballArgs = options('--tarball');
const instructions = flag('--instructions');
const nodes = args.length > 0 ? args.map((n) => resolve(n)) : [process.execPath];

const work = mkdtempSync(join(tmpdir(), 'ftcost-startup-'));
const quiet = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
try {
  const tarballs = tarballArgs.map((t) => resolve(t));
  if (tarballs.length === 0) {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { ...quiet, cwd: ROOT }),
    );
    tarballs.push(join(work, packed.filename));
  }
  const packages = tarballs.map((tarball, p) => {
    const project = join(work, `project-${p}`);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "startup-bench", "private": true }\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], {
      ...quiet,
      cwd: project,
    });
    return { name: basename(tarball), project, bin: join(project, 'node_modules/ftcost/bin/ftcost.js') };
  });

  const { NODE_EXTRA_CA_CERTS: _certs, NODE_OPTIONS: _options, NODE_COMPILE_CACHE: _cache, ...baseEnv } = process.env;
  const rows = [];
  nodes.forEach((node, n) => {
    const version = execFileSync(node, ['--version'], quiet).trim();
    const measured = packages.map((pkg, p) => ({
      ...pkg,
      cache: join(work, `tmp-${n}-${p}`),
      env: { ...baseEnv, TMPDIR: join(work, `tmp-${n}-${p}`) },
      first: [],
      times: [],
      ratios: [],
    }));
    const wall = (argv, { env, project }) => {
      const t = performance.now();
      const r = spawnSync(node, argv, { cwd: project, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const ms = performance.now() - t;
      if (r.status !== 0) throw new Error(`${node} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
      return ms;
    };
    for (const m of measured)
      for (let i = 0; i < 5; i++) {
        rmSync(m.cache, { recursive: true, force: true });
        mkdirSync(m.cache);
        m.first.push(wall([m.bin, ...STARTUP_ARGS], m));
      }
    const load = [loadavg()[0]];
    const bare = [];
    for (let i = 0; i <= runs; i++) {
      const b = wall(['-e', '0'], measured[0]);
      for (const m of i % 2 ? [...measured].reverse() : measured) {
        const f = wall([m.bin, ...STARTUP_ARGS], m);
        if (i === 0) continue;
        m.times.push(f);
        m.ratios.push(f / b);
      }
      if (i > 0) bare.push(b);
    }
    load.push(loadavg()[0]);
    for (const m of measured) {
      const ir = instructions
        ? {
            bare: callgrind(node, ['-e', '0'], m.env, m.project),
            ftcost: callgrind(node, [m.bin, ...STARTUP_ARGS], m.env, m.project),
          }
        : undefined;
      rows.push({
        version,
        name: m.name,
        first: median(m.first),
        bare: median(bare),
        ftcost: median(m.times),
        ratio: median(m.ratios),
        ir,
        load,
      });
    }
  });

  console.log(`Packed installs: \`ftcost ${STARTUP_ARGS.join(' ')}\`, no NODE_EXTRA_CA_CERTS`);
  console.log(
    `(medians of ${runs} rounds after a warm-up, each \`node -e 0\` then every package; ratio: the median of the ` +
      "rounds' ratios; first run: median of 5 with an empty compile cache)\n",
  );
  console.log(
    '| Node | package | `node -e 0` | ftcost, later runs | ratio | ftcost, first run | ' +
      'instructions: node -e 0 / ftcost (main thread) | load |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const times = (a, b) => `${(a / b).toFixed(2)}×`;
  for (const { version, name, bare, ftcost, ratio, first, ir, load } of rows) {
    const counts = ir
      ? `${mega(ir.bare.all)} / ${mega(ir.ftcost.all)} (${times(ir.ftcost.all, ir.bare.all)}); ` +
        `main ${mega(ir.bare.main)} / ${mega(ir.ftcost.main)} (${times(ir.ftcost.main, ir.bare.main)})`
      : '–';
    console.log(
      `| ${version} | ${name} | ${bare.toFixed(1)} ms | ${ftcost.toFixed(1)} ms | **${ratio.toFixed(2)}×** | ` +
        `${first.toFixed(1)} ms | ${counts} | ${load.map((l) => l.toFixed(1)).join('→')} |`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

function mega(n) {
  return `${(n / 1e6).toFixed(0)} M`;
}

/**
 * Instructions of a run under callgrind, all threads and the main thread: the median of three runs
 * each (a run before them has written the code cache).
 */
function callgrind(node, argv, env, cwd) {
  const once = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-callgrind-'));
    try {
      const out = join(dir, 'cg');
      const r = spawnSync(
        'valgrind',
        ['--tool=callgrind', '--separate-threads=yes', `--callgrind-out-file=${out}`, node, ...argv],
        { cwd, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
      );
      const threads = readdirSync(dir)
        .filter((f) => /^cg-\d+$/.test(f))
        .sort()
        .map((f) => Number(/^summary: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))?.[1]));
      if (r.status !== 0 || threads.length === 0 || threads.some(Number.isNaN))
        throw new Error(`valgrind: ${r.error?.message ?? r.stderr}`);
      return { all: threads.reduce((a, b) => a + b, 0), main: threads[0] };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const runs = [once(), once(), once()];
  return { all: median(runs.map((r) => r.all)), main: median(runs.map((r) => r.main)) };
}
