/**
 * Start-up and package size, for `npm run bench` (bench/run.mjs) or alone: `node bench/startup.mjs`.
 *
 * - Start-up: whole-process wall time of `ftcost estimate --examples 500 --epochs 3` (the built CLI,
 *   bin/ftcost.js, output discarded) against `node -e 0` on the same machine, the two interleaved
 *   run by run so a burst of someone else's work lands on both; one warm-up run of each is
 *   discarded (ftcost's first run on a Node writes core's code cache at exit: scripts/cli-bundle.ts),
 *   then the median of FTCOST_BENCH_STARTUP_RUNS (default 11, at least 7) each. The package as a user
 *   installs it, on each Node: bench/startup-packed.mjs.
 * - Package: `npm pack --dry-run --json --ignore-scripts` — the tarball's packed and unpacked bytes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/ftcost.js', import.meta.url));
export const STARTUP_ARGS = ['estimate', '--examples', '500', '--epochs', '3'];

function wallMs(args, env = process.env) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * NODE_EXTRA_CA_CERTS (set on some machines, this project's CI among them) makes every Node process
 * read and parse a CA bundle before running anything: ~45 ms here, paid by `node -e 0` and ftcost
 * alike. The ratio is measured in the environment as given; `withoutExtraCaCerts` measures it again
 * without that variable, so the figure ftcost's own work gives is printed too.
 */
export function measureStartup(
  runs = Math.max(7, Number(process.env.FTCOST_BENCH_STARTUP_RUNS ?? 11)),
  env = process.env,
) {
  const load = loadavg();
  const bare = [];
  const ftcost = [];
  for (let i = 0; i <= runs; i++) {
    const b = wallMs(['-e', '0'], env);
    const f = wallMs([BIN, ...STARTUP_ARGS], env);
    if (i === 0) continue; // warm-up: the file cache, not start-up
    bare.push(b);
    ftcost.push(f);
  }
  const bareMs = median(bare);
  const ftcostMs = median(ftcost);
  return { runs, bareMs, ftcostMs, ratio: ftcostMs / bareMs, bare, ftcost, load };
}

/** The same measurement without NODE_EXTRA_CA_CERTS, where it is set (else undefined). */
export function measureStartupWithoutExtraCaCerts(runs) {
  if (!process.env.NODE_EXTRA_CA_CERTS) return undefined;
  const { NODE_EXTRA_CA_CERTS: _certs, ...env } = process.env;
  return measureStartup(runs, env);
}

export function packedSize() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [pack] = JSON.parse(out);
  return { packedBytes: pack.size, unpackedBytes: pack.unpackedSize, files: pack.files.length };
}

export function startupLines(s, p, noCerts) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const each = (xs) => xs.map((x) => x.toFixed(0)).join(' / ');
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  return [
    `| \`ftcost ${STARTUP_ARGS.join(' ')}\` | ${ms(s.ftcostMs)} | ${ms(s.bareMs)} | **${s.ratio.toFixed(2)}×** |`,
    ...(noCerts
      ? [
          '| the same without NODE_EXTRA_CA_CERTS (set here: every Node process loads a CA bundle first) | ' +
            `${ms(noCerts.ftcostMs)} | ${ms(noCerts.bareMs)} | ${noCerts.ratio.toFixed(2)}× |`,
        ]
      : []),
    '',
    `- Median of ${s.runs} runs each, interleaved, after one discarded warm-up; load average ` +
      `${s.load.map((x) => x.toFixed(1)).join(' ')} at start. Every run: ftcost ${each(s.ftcost)} ms; ` +
      `node -e 0 ${each(s.bare)} ms.`,
    `- npm package: **${mb(p.packedBytes)} packed**, ${mb(p.unpackedBytes)} unpacked, ${p.files} files ` +
      '(`npm pack --dry-run --json`).',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = measureStartup();
  const noCerts = measureStartupWithoutExtraCaCerts();
  const p = packedSize();
  console.log(startupLines(s, p, noCerts).join('\n'));
}
