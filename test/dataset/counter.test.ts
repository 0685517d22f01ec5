/**
 * The dataset counter end to end on crafted bytes: the cookbook's published figures, every error
 * code and warning, BOM / CRLF / no final newline / invalid UTF-8 / chunk boundaries, weight: 0,
 * tools, and the worker-thread path giving the same answer as one pass.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get_encoding } from 'tiktoken';
import { describe, expect, it } from 'vitest';
import { countDataset, countersFor, counterOptions, plansFor } from '../../src/dataset/count.js';
import { DatasetCounter, Deduper } from '../../src/dataset/counter.js';
import { countFile } from '../../src/dataset/node/file.js';
import { countedDataset, fileSummary } from '../../src/dataset/report.js';
import { ERROR_CODES, WARNING_CODES } from '../../src/dataset/validate.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
const toy = readFileSync(fixture('toy_chat_fine_tuning.jsonl'));
const broken = readFileSync(fixture('broken.jsonl'));

describe('the OpenAI cookbook, reproduced', () => {
  it('toy_chat_fine_tuning.jsonl with cl100k_base and a 4096 cap: 4306 billed tokens per epoch', async () => {
    const report = await countDataset(toy, { encodings: ['cl100k_base'], overrides: { maxTokensPerExample: 4096 } });
    const s = fileSummary(report, { maxTokensPerExample: 4096 });
    expect(s.examples).toBe(5);
    const e = s.encodings[0]!;
    expect(e.billedTokensPerEpoch).toBe('4306');
    expect(e.truncatedExamples).toBe(1);
    expect(e.distribution).toMatchObject({ min: 26, max: 8032, mean: 1648.4, median: 45 });
    expect(s.warningCounts).toEqual({ missing_system_message: 1, missing_user_message: 1, over_token_limit: 1 });
    // The engine's view: 20 epochs (auto: 100 // 5) × 4306 = 86,120 tokens charged.
    const dataset = countedDataset(report, undefined, { encoding: 'cl100k_base', maxTokensPerExample: 4096 });
    expect(dataset.epochTokens('o200k_base', 65536)).toMatchObject({
      billedTokens: 4306n,
      truncatedExamples: 1,
      exact: true,
      cap: 4096,
    });
  });
});

/** The cookbook rule, written again independently over the reference tokenizer. */
function referenceTokens(line: string, encoding: 'o200k_base' | 'cl100k_base'): number {
  const enc = get_encoding(encoding);
  const n = (s: string) => enc.encode_ordinary(s).length;
  const ex = JSON.parse(line);
  let total = 3;
  for (const m of ex.messages) {
    total += 3;
    for (const [k, v] of Object.entries(m)) {
      if (k === 'weight') continue;
      if (k === 'content' && Array.isArray(v)) total += (v as { text: string }[]).reduce((a, p) => a + n(p.text), 0);
      else if (typeof v === 'string') total += n(v) + (k === 'name' ? 1 : 0);
      else if (v !== null) total += n(JSON.stringify(v));
    }
  }
  if (ex.tools) total += n(JSON.stringify(ex.tools));
  enc.free();
  return total;
}

describe('a crafted file with every error code and warning', () => {
  it('reports each invalid line by number and code, and counts the rest exactly', async () => {
    const report = await countDataset(broken, { encodings: ['o200k_base'], overrides: { maxTokensPerExample: 40 } });
    const s = fileSummary(report, { maxTokensPerExample: 40 });
    expect(s.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'invalid_json'],
      [3, 'data_type'],
      [4, 'missing_messages_list'],
      [5, 'message_missing_key'],
      [5, 'missing_content'],
      [6, 'message_unrecognized_key'],
      [7, 'unrecognized_role'],
      [8, 'example_missing_assistant_message'],
    ]);
    expect(s).toMatchObject({ lines: 14, blankLines: 1, examples: 6, invalidLines: 7, wouldBeRejected: true });
    expect(s.warnings.map((w) => [w.line, w.code])).toEqual([
      [10, 'missing_system_message'],
      [11, 'missing_user_message'],
      [12, 'duplicate_example'],
      [13, 'missing_system_message'],
      [13, 'over_token_limit'],
      [14, 'missing_system_message'],
    ]);
    const valid = broken
      .toString('utf8')
      .split('\n')
      .filter((_, i) => [1, 10, 11, 12, 13, 14].includes(i + 1));
    const expected = valid.map((l) => referenceTokens(l, 'o200k_base'));
    expect(s.encodings[0]!.totalTokens).toBe(String(expected.reduce((a, b) => a + b, 0)));
    expect(s.encodings[0]!.totalTokens).toBe('184'); // pinned
    expect(s.encodings[0]!.distribution).toMatchObject({ min: Math.min(...expected), max: Math.max(...expected) });
    expect(s.encodings[0]!.billedTokensPerEpoch).toBe(String(expected.reduce((a, b) => a + Math.min(40, b), 0)));
  });

  it('covers every error code the product defines except line_too_long, which has its own test', () => {
    // nested_too_deep and unsupported_content_part are covered in bad-input.test.ts.
    expect(ERROR_CODES.filter((c) => c !== 'line_too_long')).toHaveLength(10);
    expect(WARNING_CODES).toEqual([
      'missing_system_message',
      'missing_user_message',
      'over_token_limit',
      'duplicate_example',
    ]);
  });
});

const example =
  '{"messages":[{"role":"system","content":"S"},{"role":"user","content":"U"},{"role":"assistant","content":"A"}]}';

async function count(bytes: Uint8Array, chunk?: number, maxLineBytes?: number) {
  const plans = plansFor(['o200k_base']);
  const counter = new DatasetCounter(
    counterOptions(plans, await countersFor(plans), { encodings: ['o200k_base'], maxLineBytes }),
  );
  if (chunk === undefined) counter.push(bytes);
  else for (let i = 0; i < bytes.length; i += chunk) counter.push(bytes.subarray(i, i + chunk));
  return fileSummary({ count: new Deduper().take(counter.end()), plans });
}

describe('line handling', () => {
  const enc = new TextEncoder();
  const one = referenceTokens(example, 'o200k_base');

  it('a BOM, CRLF line endings and no final newline change nothing', async () => {
    const plain = await count(enc.encode(`${example}\n${example.replace('"A"', '"B"')}\n`));
    const messy = await count(
      new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(`${example}\r\n${example.replace('"A"', '"B"')}`)]),
    );
    expect(plain).toMatchObject({ examples: 2, invalidLines: 0 });
    expect(messy.encodings).toEqual(plain.encodings);
    expect(messy).toMatchObject({ examples: 2, invalidLines: 0, lines: 2 });
    expect(plain.encodings[0]!.totalTokens).toBe(String(2 * one));
  });

  it('the same result whatever the chunk size (lines split across chunks)', async () => {
    const bytes = new Uint8Array(broken);
    const whole = await count(bytes);
    for (const size of [1, 2, 7, 64]) expect(await count(bytes, size)).toEqual(whole);
  });

  it('invalid UTF-8 is an invalid_json line with its number; the rest is counted', async () => {
    const bytes = new Uint8Array([
      ...enc.encode(example + '\n'),
      0x7b,
      0xff,
      0xfe,
      0x7d,
      0x0a,
      ...enc.encode(example.replace('"A"', '"B"')),
    ]);
    const s = await count(bytes);
    expect(s.errors).toEqual([
      { line: 2, code: 'invalid_json', message: 'the line is not valid UTF-8 (JSON text must be UTF-8)' },
    ]);
    expect(s.examples).toBe(2);
  });

  it('a line over the byte limit is reported and skipped, not held in memory', async () => {
    const long = `{"messages":[{"role":"user","content":"${'x'.repeat(5000)}"}]}`;
    const s = await count(enc.encode(`${example}\n${long}\n${example.replace('"A"', '"B"')}\n`), 100, 1000);
    expect(s.errors.map((e) => [e.line, e.code])).toEqual([[2, 'line_too_long']]);
    expect(s.examples).toBe(2);
  });

  it('weight: 0 is metadata: no crash, not counted', async () => {
    const weighted = example.replace('"content":"A"}', '"content":"A","weight":0}');
    const [a, b] = [await count(enc.encode(example)), await count(enc.encode(weighted))];
    expect(b.invalidLines).toBe(0);
    expect(b.encodings[0]!.totalTokens).toBe(a.encodings[0]!.totalTokens);
  });

  it('text that looks like a special token is ordinary text', async () => {
    const s = await count(enc.encode(example.replace('"U"', '"<|endoftext|><|fim_prefix|>"')));
    expect(s.invalidLines).toBe(0);
    expect(s.encodings[0]!.totalTokens).toBe(
      String(referenceTokens(example.replace('"U"', '"<|endoftext|><|fim_prefix|>"'), 'o200k_base')),
    );
  });
});

describe('worker threads', () => {
  it(
    'two workers over newline-cut byte ranges give the same report as one pass ' + '(line numbers, duplicates)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ftcost-'));
      const path = join(dir, 'train.jsonl');
      // Errors and duplicates on both sides of the cut; line 1 duplicated near the end.
      const lines = Array.from({ length: 400 }, (_, i) =>
        i % 97 === 5 ? '{"broken": ' : example.replace('"A"', `"A${i % 150}"`),
      );
      writeFileSync(path, '\ufeff' + lines.join('\r\n'));
      const one = await countFile(path, { encodings: ['o200k_base', 'llama3'], threads: 0 });
      const two = await countFile(path, { encodings: ['o200k_base', 'llama3'], threads: 2 });
      expect(fileSummary(two)).toEqual(fileSummary(one));
      const s = fileSummary(one);
      expect(s.errors.map((e) => e.line)).toEqual([6, 103, 200, 297, 394]);
      expect(s.warningCounts.duplicate_example).toBe(400 - 5 - 150);
      expect(s.encodings.map((e) => e.countedWith)).toEqual(['o200k_base', 'llama3']);
    },
  );
});
