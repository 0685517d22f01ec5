/**
 * Start-up and package size, for `npm run bench` (bench/run.mjs) or alone: `node bench/startup.mjs`.
 *
 * - Start-up: whole-process wall time of `ftcost estimate --examples 500 --epochs 3` (the built CLI,
 *   bin/ftcost.js, output discarded) against `node -e 0` on the same machine, the two interleaved
 *   run by run so a burst of someone else's work lands on both; one warm-up run of each is
 *   discarded, then the median of FTCOST_BENCH_STARTUP_RUNS (default 11, at least 7) each.
 * - Package: `npm pack --dry-run --json --ignore-scripts` — the tarball's packed and unpacked bytes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/ftcost.js', import.meta.url));
export const STARTUP_ARGS = ['estimate', '--examples', '500', '--epochs', '3'];

function wallMs(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function measureStartup(runs = Math.max(7, Number(process.env.FTCOST_BENCH_STARTUP_RUNS ?? 11))) {
  const load = loadavg();
  const bare = [];
  const ftcost = [];
  for (let i = 0; i <= runs; i++) {
    const b = wallMs(['-e', '0']);
    const f = wallMs([BIN, ...STARTUP_ARGS]);
    if (i === 0) continue; // warm-up: the file cache, not start-up
    bare.push(b);
    ftcost.push(f);
  }
  const bareMs = median(bare);
  const ftcostMs = median(ftcost);
  return { runs, bareMs, ftcostMs, ratio: ftcostMs / bareMs, bare, ftcost, load };
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

export function startupLines(s, p) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  return [
    `| \`ftcost ${STARTUP_ARGS.join(' ')}\` | ${ms(s.ftcostMs)} | ${ms(s.bareMs)} | **${s.ratio.toFixed(2)}×** |`,
    '',
    `- Median of ${s.runs} runs each, interleaved, after one discarded warm-up; load average ${s.load.map((x) => x.toFixed(1)).join(' ')} at start. Every run: ftcost ${s.ftcost.map((x) => x.toFixed(0)).join(' / ')} ms; node -e 0 ${s.bare.map((x) => x.toFixed(0)).join(' / ')} ms.`,
    `- npm package: **${(p.packedBytes / 1e6).toFixed(2)} MB packed**, ${(p.unpackedBytes / 1e6).toFixed(2)} MB unpacked, ${p.files} files (\`npm pack --dry-run --json\`).`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = measureStartup();
  const p = packedSize();
  console.log(startupLines(s, p).join('\n'));
}
