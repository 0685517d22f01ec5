/**
 * One ftcost count in its own process, so its peak RSS is its own: prints a JSON line
 * { seconds, bytes, tokens, examples, maxRssMB }. Used by bench/run.mjs.
 *   node bench/count-child.mjs FILE THREADS
 */
import { countFile } from '../dist/src/dataset/node/file.js';

const [file, threadsArg] = process.argv.slice(2);
const threads = threadsArg === 'auto' ? undefined : Number(threadsArg);
const started = performance.now();
const report = await countFile(file, { encodings: ['o200k_base'], threads });
const seconds = (performance.now() - started) / 1000;
const tokens = report.count.encodings.o200k_base.histogram.reduce((sum, [t, n]) => sum + t * n, 0);
console.log(
  JSON.stringify({
    seconds,
    bytes: report.count.bytes,
    tokens,
    examples: report.count.examples,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
