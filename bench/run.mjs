/**
 * `npm run bench`: how fast ftcost counts a real-sized training file, against the alternatives,
 * measured in the same run on the same bytes, and how much memory it needs.
 *
 *  1. Generates (deterministically, bench/generate.mjs) a ~100 MB and a ~400 MB chat JSONL under
 *     bench/data/ (gitignored; kept between runs).
 *  2. On the first SAMPLE_MB of the 100 MB file, single-threaded and in this process: read +
 *     split + JSON.parse alone (the ceiling), ftcost's counter, the plain js-tiktoken `encode`
 *     loop, gpt-tokenizer, and the reference tiktoken (WASM). All apply the same cookbook chat rule
 *     and must agree on the token total to the token (checked; the run fails otherwise).
 *  3. In child processes (so peak RSS is the count's own): ftcost over the whole 100 MB file on one
 *     thread and on two threads (this one and a worker), and the same over the 400 MB file;
 *     median of 3 runs each (FTCOST_BENCH_RUNS).
 * The sample is 32 MB by default: on 16 MB a fresh counter spends a large share of its time
 * warming its piece caches and the JIT, which a real file of any size pays once; every tokenizer
 * is measured on the same sample in the same run, so the ratios stay like for like.
 *  4. Before all that (bench/startup.mjs): the CLI's start-up against bare Node, and the npm
 *     package's packed size; then (bench/recompute.mjs) the widget's recompute in headless Chromium,
 *     input → painted over 50 edits, training only and full break-even, and its first-price bytes; and
 *     (bench/breakeven-scale.mjs) break-even time against the number of options (10, 40, 80, 160).
 * Prints a table and writes bench/RESULTS.md.
 */
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { Tiktoken } from 'js-tiktoken/lite';
import o200kRanks from 'js-tiktoken/ranks/o200k_base';
import { encode as gptEncode } from 'gpt-tokenizer/encoding/o200k_base';
import { get_encoding } from 'tiktoken';
import { generate } from './generate.mjs';
import {
  measureStartup,
  measureStartupWithoutExtraCaCerts,
  packedSize,
  startupLines,
  STARTUP_ARGS,
} from './startup.mjs';
import { measureRecompute, recomputeLines, recomputeResultLines } from './recompute.mjs';
import { measureBreakEvenScale, scaleLines, scaleResultLines } from './breakeven-scale.mjs';
import { loadCounter } from '../dist/src/tokens/encodings.js';
import { exampleTokens } from '../dist/src/dataset/chat-tokens.js';
import { checkExample } from '../dist/src/dataset/validate.js';

const LOAD_AT_START = loadavg();
const DATA = new URL('./data/', import.meta.url);
const SAMPLE_MB = Number(process.env.FTCOST_BENCH_SAMPLE_MB ?? 32);
/** Whole-file runs per configuration (the median is reported). */
const RUNS = Number(process.env.FTCOST_BENCH_RUNS ?? 3);
mkdirSync(DATA, { recursive: true });

async function ensure(name, megabytes, seed) {
  const path = new URL(name, DATA).pathname;
  if (!existsSync(path) || Math.abs(statSync(path).size - megabytes * 1e6) > 2e6) {
    process.stdout.write(`generating ${name} (${megabytes} MB)... `);
    const t = performance.now();
    await generate(path, megabytes, seed);
    console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return path;
}

// Start-up first, before the counting runs heat the machine (bench/startup.mjs).
const startup = measureStartup();
const startupNoCerts = measureStartupWithoutExtraCaCerts();
const pack = packedSize();
console.log(
  `\nStart-up: ftcost ${STARTUP_ARGS.join(' ')} ${startup.ftcostMs.toFixed(0)} ms, ` +
    `node -e 0 ${startup.bareMs.toFixed(0)} ms (median of ${startup.runs}): ${startup.ratio.toFixed(2)}× bare Node`,
);
if (startupNoCerts)
  console.log(
    '  without NODE_EXTRA_CA_CERTS (which makes every Node process load a CA bundle first): ' +
      `${startupNoCerts.ftcostMs.toFixed(0)} ms vs ${startupNoCerts.bareMs.toFixed(0)} ms, ` +
      `${startupNoCerts.ratio.toFixed(2)}×`,
  );
console.log(
  `npm package: ${(pack.packedBytes / 1e6).toFixed(2)} MB packed, ` +
    `${(pack.unpackedBytes / 1e6).toFixed(2)} MB unpacked\n`,
);
// The widget in Chromium, also before the counting runs (bench/recompute.mjs).
const recompute = await measureRecompute();
console.log(`${recomputeLines(recompute).join('\n')}\n`);
// Break-even time against the number of options (bench/breakeven-scale.mjs), also before the counting runs.
const scale = measureBreakEvenScale();
console.log(`${scaleLines(scale).join('\n')}\n`);

const file100 = await ensure('chat-100mb-v2.jsonl', 100, 20261123);
const file400 = await ensure('chat-400mb-v2.jsonl', 400, 4);

// The sample: whole lines from the start of the 100 MB file, decoded once.
const all = readFileSync(file100);
const cut = all.indexOf(0x0a, SAMPLE_MB * 1e6) + 1;
const sampleBytes = all.subarray(0, cut);
const sampleText = sampleBytes.toString('utf8');
const sampleMB = sampleBytes.length / 1e6;

/** Parses every line and applies the cookbook rule with `count(text)`. */
function countWith(count) {
  const counter = { count };
  let total = 0;
  for (const line of sampleText.split('\n')) {
    if (!line) continue;
    const checked = checkExample(JSON.parse(line));
    if (checked.ok) total += exampleTokens(checked.example, counter).total;
  }
  return total;
}

function time(fn) {
  const t = performance.now();
  const result = fn();
  return { seconds: (performance.now() - t) / 1000, result };
}

const results = [];
function record(name, seconds, tokens, mb = sampleMB, note = '') {
  results.push({ name, seconds, tokens, mb, mbPerS: mb / seconds, tokensPerS: tokens / seconds, note });
  console.log(
    `${name.padEnd(44)} ${(mb / seconds).toFixed(1).padStart(7)} MB/s ` +
      `${(tokens / seconds / 1e6).toFixed(2).padStart(6)} M tokens/s  ${seconds.toFixed(2)} s ${note}`,
  );
}

console.log(
  `\nSample: first ${sampleMB.toFixed(1)} MB of ${file100} · ${cpus().length} cores · load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);

const parse = time(() => {
  let n = 0;
  for (const line of new TextDecoder().decode(sampleBytes).split('\n')) if (line) n += JSON.parse(line).messages.length;
  return n;
});
record('read + split + JSON.parse alone', parse.seconds, 0, sampleMB, '(the ceiling)');

const ftcostCounter = await loadCounter('o200k_base');
const ft = time(() => countWith((t) => ftcostCounter.count(t)));
record('ftcost, 1 thread', ft.seconds, ft.result);

const gpt = time(() => countWith((t) => gptEncode(t, { disallowedSpecial: new Set() }).length));
record('gpt-tokenizer 4.0.0', gpt.seconds, gpt.result);

const wasm = get_encoding('o200k_base');
const ref = time(() => countWith((t) => wasm.encode_ordinary(t).length));
record('tiktoken 1.0.22 (WASM, reference)', ref.seconds, ref.result);

const js = new Tiktoken(o200kRanks);
const plain = time(() => countWith((t) => js.encode(t, [], []).length));
record('js-tiktoken 1.0.21 encode loop', plain.seconds, plain.result);

const totals = new Set([ft.result, gpt.result, ref.result, plain.result]);
if (totals.size !== 1) {
  console.error(
    `token totals disagree: ftcost ${ft.result}, gpt-tokenizer ${gpt.result}, ` +
      `reference ${ref.result}, js-tiktoken ${plain.result}`,
  );
  process.exit(1);
}
console.log(`\nAll four agree: ${ft.result.toLocaleString('en-US')} o200k_base tokens in the sample.\n`);

function child(path, threads) {
  const out = execFileSync(
    process.execPath,
    [new URL('./count-child.mjs', import.meta.url).pathname, path, String(threads)],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop());
}

const whole = [];
for (const [label, path, threads] of [
  ['ftcost, 1 thread, whole 100 MB file', file100, 0],
  [`ftcost, ${Math.min(2, availableParallelism())} threads, whole 100 MB file`, file100, 'auto'],
  ['ftcost, 1 thread, whole 400 MB file', file400, 0],
  [`ftcost, ${Math.min(2, availableParallelism())} threads, whole 400 MB file`, file400, 'auto'],
]) {
  // Median of RUNS child runs: the machine is shared, and one run can land on someone else's build.
  const runs = Array.from({ length: RUNS }, () => child(path, threads)).sort((a, b) => a.seconds - b.seconds);
  const r = runs[Math.floor(runs.length / 2)];
  r.maxRssMB = Math.max(...runs.map((x) => x.maxRssMB));
  r.allSeconds = runs.map((x) => x.seconds);
  whole.push({ label, ...r });
  record(label, r.seconds, r.tokens, r.bytes / 1e6, `peak RSS ${r.maxRssMB.toFixed(0)} MB`);
}

const ratio = (a, b) => (a / b).toFixed(1) + '×';
const byName = Object.fromEntries(results.map((r) => [r.name, r]));
const ftS = byName['ftcost, 1 thread'].mbPerS;
const lines = [
  '# ftcost counting benchmark',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ` +
    `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ` +
    `load average at start ${LOAD_AT_START.map((x) => x.toFixed(1)).join(' ')} ` +
    '(other work shares this machine, so absolute rates move between runs; ' +
    'the ratios are measured on the same bytes in the same run).',
  '',
  `Data: bench/generate.mjs (deterministic) — ${(all.length / 1e6).toFixed(1)} MB, ` +
    `${whole[0].examples.toLocaleString('en-US')} chat examples, ` +
    `${whole[0].tokens.toLocaleString('en-US')} o200k_base tokens by the cookbook chat rule; ` +
    'and a 400 MB file from another seed. ' +
    `Single-thread comparisons run on the first ${sampleMB.toFixed(1)} MB, ` +
    'each tokenizer starting cold (a fresh ftcost counter: empty piece caches) on the same bytes in the same process ' +
    '(the slow tokenizers would take minutes on the whole file); ' +
    `all four tokenizers agreed on the sample's total to the token (${ft.result.toLocaleString('en-US')}).`,
  '',
  '| What | MB/s | tokens/s | vs js-tiktoken loop | time |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.name}${r.note ? ` ${r.note}` : ''} | ${r.mbPerS.toFixed(1)} | ` +
      `${r.tokens ? (r.tokensPerS / 1e6).toFixed(2) + 'M' : '–'} | ` +
      `${ratio(r.mbPerS, byName['js-tiktoken 1.0.21 encode loop'].mbPerS)} | ${r.seconds.toFixed(2)} s |`,
  ),
  '',
  `- ftcost on one thread: **${ratio(ftS, byName['js-tiktoken 1.0.21 encode loop'].mbPerS)} ` +
    'the plain js-tiktoken loop**, ' +
    `${ratio(ftS, byName['gpt-tokenizer 4.0.0'].mbPerS)} gpt-tokenizer, ` +
    `${ratio(ftS, byName['tiktoken 1.0.22 (WASM, reference)'].mbPerS)} the WASM reference; ` +
    `read + parse alone is ${ratio(byName['read + split + JSON.parse alone'].mbPerS, ftS)} faster than counting.`,
  `- Both cores: ${whole[1].label.replace('ftcost, ', '').replace(', whole 100 MB file', '')} ` +
    `count the 100 MB file ${ratio(whole[0].seconds, whole[1].seconds)} as fast as one thread, ` +
    `and the 400 MB file ${ratio(whole[2].seconds, whole[3].seconds)}.`,
  `- Whole-file rows are the median of ${RUNS} runs (times of each: ` +
    `${whole
      .map((w) => `${w.label.replace('ftcost, ', '')}: ${w.allSeconds.map((x) => x.toFixed(2)).join(' / ')} s`)
      .join('; ')}); ` +
    'peak RSS is the largest of the runs.',
  `- Load average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}.`,
  `- Peak RSS (whole process, child per run): ` +
    `${whole.map((w) => `${w.label.replace('ftcost, ', '')}: ${w.maxRssMB.toFixed(0)} MB`).join('; ')}.`,
  '',
  '## Start-up and package size',
  '',
  '| Command | ftcost | node -e 0 | ratio |',
  '| --- | ---: | ---: | ---: |',
  ...startupLines(startup, pack, startupNoCerts),
  '',
  '## Widget: recompute and first-price bytes',
  '',
  ...recomputeResultLines(recompute),
  '',
  '## Break-even time vs option count',
  '',
  ...scaleResultLines(scale),
  '',
];
writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n'));
console.log('\nwrote bench/RESULTS.md');
