/**
 * The script-tag build's size budget: the first load is one file, and it must stay ≤ 40 KB gzipped,
 * with neither the YAML parser nor tokenizer ranks in it (the catalog is compiled JSON; ranks load
 * in the worker only when a file is dropped). Needs `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const SCRIPT = new URL('../../dist/widget/ftcost-widget.iife.js', import.meta.url);
export const BUDGET_GZIP_BYTES = 40 * 1024;

describe('widget size budget', () => {
  it('the script-tag build exists (npm run build)', () => {
    expect(existsSync(SCRIPT), `${SCRIPT.pathname} missing: run npm run build`).toBe(true);
  });

  it(`is at most ${BUDGET_GZIP_BYTES} bytes gzipped`, () => {
    const gz = gzipSync(readFileSync(SCRIPT), { level: 9 }).length;
    console.log(`ftcost-widget.iife.js: ${readFileSync(SCRIPT).length} bytes, ${gz} bytes gzipped (budget ${BUDGET_GZIP_BYTES})`);
    expect(gz).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('carries no YAML parser, no zod and no tokenizer ranks', () => {
    const text = readFileSync(SCRIPT, 'utf8');
    // Marker strings of yaml's parser, zod's error class and js-tiktoken's rank files.
    for (const marker of ['YAMLParseError', 'ZodError', 'pat_str', 'bpe_ranks']) expect(text, marker).not.toContain(marker);
  });
});
