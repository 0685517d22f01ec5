/**
 * A quick single-thread check while working on the counter (not part of `npm run bench`): counts
 * a sample file with a fresh ftcost counter (cold caches, as the bench does), then again (warm),
 * and with JS=1 also with the plain js-tiktoken loop, on the same lines.
 *   node bench/single-thread.mjs [FILE] [DIST_DIR]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const file = process.argv[2] ?? new URL('./data/chat-100mb-v2.jsonl', import.meta.url).pathname;
const dist = pathToFileURL(resolve(process.argv[3] ?? new URL('../dist', import.meta.url).pathname)).href;
const { loadCounter } = await import(`${dist}/src/tokens/encodings.js`);
const { exampleTokens } = await import(`${dist}/src/dataset/chat-tokens.js`);
const { checkExample } = await import(`${dist}/src/dataset/validate.js`);

const all = readFileSync(file);
const lines = all.toString('utf8').split('\n').filter(Boolean);
const mb = all.length / 1e6;

function run(count) {
  const counter = { count };
  let total = 0;
  for (const line of lines) {
    const checked = checkExample(JSON.parse(line));
    if (checked.ok) total += exampleTokens(checked.example, counter).total;
  }
  return total;
}

function time(name, count) {
  const t = performance.now();
  const n = run(count);
  const s = (performance.now() - t) / 1000;
  console.log(
    `${name.padEnd(20)} ${String(n).padStart(10)} tokens ${(mb / s).toFixed(1).padStart(6)} MB/s ${s.toFixed(2)} s`,
  );
  return s;
}

const c = await loadCounter('o200k_base');
const cold = time('ftcost (cold)', (t) => c.count(t));
time('ftcost (warm)', (t) => c.count(t));
if (process.env.JS) {
  const { Tiktoken } = await import('js-tiktoken/lite');
  const js = new Tiktoken((await import('js-tiktoken/ranks/o200k_base')).default);
  const plain = time('js-tiktoken loop', (t) => js.encode(t, [], []).length);
  console.log(`ftcost (cold) is ${(plain / cold).toFixed(1)}× the js-tiktoken loop`);
}
