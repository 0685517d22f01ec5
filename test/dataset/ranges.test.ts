/**
 * The parallel file count: many small newline-cut ranges taken by this thread and a worker from a
 * shared counter, merged in file order, give exactly the single-pass report (line numbers of errors,
 * duplicates across ranges, the BOM of the first range, token histograms).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFile } from '../../src/dataset/node/file.js';
import { fileSummary } from '../../src/dataset/report.js';

const example = (i: number) =>
  JSON.stringify({
    messages: [
      { role: 'system', content: `You are terse. Дружба ${i % 7}` },
      { role: 'user', content: `Question ${i % 40}: what's 2+${i}?` },
      { role: 'assistant', content: `It's ${i + 2}. 🙂 ${'word '.repeat(i % 13)}` },
    ],
  });

describe('count over many ranges', () => {
  it('this thread and a worker over 1 KiB ranges give the single-pass report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftcost-ranges-'));
    const path = join(dir, 'train.jsonl');
    // Broken lines, blank lines and duplicates scattered over ~60 ranges; no final newline.
    const lines = Array.from({ length: 600 }, (_, i) =>
      i % 89 === 3 ? '{"messages": [' : i % 101 === 50 ? '' : example(i % 250),
    );
    writeFileSync(path, '\ufeff' + lines.join('\n'));
    const one = fileSummary(await countFile(path, { encodings: ['o200k_base', 'cl100k_base'], threads: 1 }));
    const many = fileSummary(
      await countFile(path, { encodings: ['o200k_base', 'cl100k_base'], threads: 2, rangeBytes: 1024 }),
    );
    expect(many).toEqual(one);
    // Hand-checked against the lines written: errors on lines i % 89 === 3 (1-based: 4, 93, ...).
    expect(one.errors.map((e) => e.line)).toEqual([4, 93, 182, 271, 360, 449, 538]);
    expect(one.warningCounts.duplicate_example).toBe(600 - 7 - 6 - 250);
  });
});
