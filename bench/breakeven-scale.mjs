/**
 * Break-even time against the number of options, for `npm run bench` (bench/run.mjs) or alone:
 * `node bench/breakeven-scale.mjs` (needs the built library, dist/src: `npm run build:cli`).
 *
 * The options are test/fixtures/many-options.mjs's (issue 24, crash 1: every GPU × provider × count, with the
 * pairs that keep swapping forever and the near-parallel ones that cross many times), compared at 5,000 queries a
 * day over 12 months by the library's breakEven() — the analysis, the result and its JSON, what the CLI does
 * before it renders. Each size is timed FTCOST_BENCH_SCALE_RUNS times (default 3) after one warm-up run; the
 * median is reported, with its ratio to the 10-option time and to what N²/10² (the number of pairs) would predict.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { breakEven } from '../dist/src/api/breakEven.js';
import { manyOptions } from '../test/fixtures/many-options.mjs';

export const SCALE_SIZES = [10, 40, 80, 160];
const RUNS = Number(process.env.FTCOST_BENCH_SCALE_RUNS ?? 3);

function timeOnce(n) {
  const options = manyOptions(n);
  const started = performance.now();
  const result = breakEven({ options, queriesPerDay: 5000, horizonMonths: '12', today: '2026-12-07' });
  const json = JSON.stringify(result);
  return {
    seconds: (performance.now() - started) / 1000,
    breakEvens: result.breakEvens.length,
    jsonBytes: json.length,
  };
}

/** Median seconds per option count, with the size of what came out. */
export function measureBreakEvenScale(sizes = SCALE_SIZES) {
  const loadAtStart = loadavg();
  timeOnce(sizes[0]); // warm-up: module loading and the JIT are not the comparison's cost
  const rows = sizes.map((n) => {
    const runs = Array.from({ length: RUNS }, () => timeOnce(n)).sort((a, b) => a.seconds - b.seconds);
    const median = runs[Math.floor(runs.length / 2)];
    return { options: n, pairs: (n * (n - 1)) / 2, ...median, all: runs.map((r) => r.seconds) };
  });
  return { rows, runs: RUNS, loadAtStart, loadAtEnd: loadavg() };
}

/** Console lines: one per option count. */
export function scaleLines(m) {
  const base = m.rows[0];
  return [
    `Break-even vs option count (median of ${m.runs}, load ${m.loadAtStart.map((x) => x.toFixed(1)).join(' ')}):`,
    ...m.rows.map(
      (r) =>
        `  ${String(r.options).padStart(3)} options (${r.pairs.toLocaleString('en-US')} pairs): ` +
        `${r.seconds.toFixed(2)} s, ${(r.seconds / base.seconds).toFixed(1)}× the ${base.options}-option time ` +
        `(pairs: ${(r.pairs / base.pairs).toFixed(0)}×), ${r.breakEvens.toLocaleString('en-US')} break-evens, ` +
        `JSON ${(r.jsonBytes / 1e6).toFixed(1)} MB`,
    ),
  ];
}

/** The RESULTS.md section's table. */
export function scaleResultLines(m) {
  const base = m.rows[0];
  return [
    `test/fixtures/many-options.mjs at 5,000 queries/day, 12 months, library breakEven() + JSON; median of ${m.runs} ` +
      `runs after a warm-up; load average ${m.loadAtStart.map((x) => x.toFixed(1)).join(' ')} at the start, ` +
      `${m.loadAtEnd.map((x) => x.toFixed(1)).join(' ')} at the end.`,
    '',
    '| Options | Pairs | Time | vs 10 options | Pairs vs 10 options | Break-evens | JSON |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...m.rows.map(
      (r) =>
        `| ${r.options} | ${r.pairs.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} s | ` +
        `${(r.seconds / base.seconds).toFixed(1)}× | ${(r.pairs / base.pairs).toFixed(0)}× | ` +
        `${r.breakEvens.toLocaleString('en-US')} | ${(r.jsonBytes / 1e6).toFixed(1)} MB |`,
    ),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const m = measureBreakEvenScale();
  console.log(scaleLines(m).join('\n'));
  if (process.argv.includes('--markdown')) console.log(`\n${scaleResultLines(m).join('\n')}`);
}
