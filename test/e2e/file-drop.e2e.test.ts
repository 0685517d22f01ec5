/**
 * Dropping a training file on the demo page in Chromium: counted in a Web Worker by the CLI's
 * reader, exact, broken lines listed, and nothing sent anywhere but the local server (the worker
 * and the one rank file it needs).
 *
 * fixtures/train-with-errors.jsonl: 9 lines — 5 valid examples, 1 blank line, 3 invalid lines
 * (4: invalid_json, 6: example_missing_assistant_message, 7: missing_messages_list). Its o200k_base
 * count, 133 tokens (30 + 27 + 20 + 29 + 27), was made with the reference tiktoken WASM binding by
 * the cookbook's chat rule (3 per message + tokens of each value + 1 for a name, + 3 per example;
 * `weight` is not text). gpt-4o-mini on OpenAI: 5 examples → OpenAI auto epochs = min(25, 100 // 5)
 * = 20; 133 × 20 = 2,660 training tokens × $3.00 per 1M = $0.00798.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemo, trainingCost, type Harness } from './browser.js';

const FIXTURE = new URL('./fixtures/train-with-errors.jsonl', import.meta.url);
const START = 'index.html#ft.models=gpt-4o-mini&ft.providers=openai&ft.epochs=auto&ft.existing=openai';

let h: Harness;
beforeAll(async () => {
  h = await openDemo(START);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

async function waitForReport() {
  await h.page.locator('ftcost-calculator .file-report').waitFor({ timeout: 30_000 });
}

describe('file drop in Chromium', () => {
  it('a chosen file is counted exactly in the worker, its broken lines listed, and priced', async () => {
    const { page } = h;
    expect(h.requests.some((u) => u.includes('worker'))).toBe(false);
    await page.locator('ftcost-calculator input[type="file"]').setInputFiles(FIXTURE.pathname);
    await waitForReport();
    const summary = page.locator('ftcost-calculator .file-summary');
    expect(await summary.locator('[data-examples]').getAttribute('data-examples')).toBe('5');
    expect(await summary.locator('[data-invalid]').getAttribute('data-invalid')).toBe('3');
    expect(await page.locator('ftcost-calculator [data-encoding="o200k_base"]').getAttribute('data-tokens')).toBe(
      '133',
    );
    const broken = await page
      .locator('ftcost-calculator .line-errors li')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-line')}:${e.getAttribute('data-code')}`));
    expect(broken).toEqual(['4:invalid_json', '6:example_missing_assistant_message', '7:missing_messages_list']);
    const row = page.locator('tr[data-provider="openai"][data-model="gpt-4o-mini-2024-07-18"]');
    expect(await row.textContent()).toContain('20 auto');
    expect(await row.textContent()).toContain('2,660');
    expect(await row.locator('td.cost').getAttribute('data-cost')).toBe('0.00798');
    expect(await trainingCost(page, 'openai', 'gpt-4o-mini-2024-07-18')).toBe('$0.008');
    // The typed numbers are not used while the file's count is.
    expect(await page.getByLabel('Examples', { exact: true }).isDisabled()).toBe(true);
    // Copy JSON gives the CLI's `estimate --file --format json` result, every broken line included.
    await page.getByRole('button', { name: 'Copy JSON', exact: true }).click();
    await expect
      .poll(() => page.locator('ftcost-calculator .export [role="status"]').textContent())
      .toMatch(/^Copied JSON/);
    const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(json.dataset.kind).toBe('counted');
    expect(json.dataset.counted.training.examples).toBe(5);
    expect(json.dataset.counted.training.wouldBeRejected).toBe(true);
    expect(
      json.dataset.counted.training.errors.map((e: { line: number; code: string }) => `${e.line}:${e.code}`),
    ).toEqual(['4:invalid_json', '6:example_missing_assistant_message', '7:missing_messages_list']);
  });

  it('nothing left localhost: only the worker and the one rank file it needed were fetched', () => {
    expect(h.offsite).toEqual([]);
    const paths = h.requests.map((u) => new URL(u).pathname);
    expect(paths.filter((p) => p.includes('count.worker'))).toHaveLength(1);
    expect(paths.some((p) => p.includes('o200k_base'))).toBe(true);
    expect(paths.some((p) => p.includes('cl100k_base'))).toBe(false);
    for (const u of h.requests) expect(u.startsWith(h.server.url)).toBe(true);
  });

  it('a file dropped on the drop zone is counted the same way', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Use typed numbers instead' }).click();
    expect(await page.locator('ftcost-calculator .file-report').count()).toBe(0);
    const text = readFileSync(FIXTURE, 'utf8');
    await page.locator('ftcost-calculator .drop').evaluate((zone, content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'dropped.jsonl', { type: 'application/jsonl' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await waitForReport();
    expect(await page.locator('ftcost-calculator .file-summary').textContent()).toContain('dropped.jsonl');
    expect(await page.locator('ftcost-calculator [data-encoding="o200k_base"]').getAttribute('data-tokens')).toBe(
      '133',
    );
    expect(h.offsite).toEqual([]);
  });

  it('a large file shows progress and can be cancelled', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'Use typed numbers instead' }).click();
    // ~40 MB of valid examples, made in the page (nothing is fetched for it).
    await page.locator('ftcost-calculator .drop').evaluate((zone) => {
      const line =
        JSON.stringify({
          messages: [
            { role: 'user', content: 'word '.repeat(200) },
            { role: 'assistant', content: 'ok' },
          ],
        }) + '\n';
      const big = new File([line.repeat(40_000_000 / line.length)], 'big.jsonl');
      const dt = new DataTransfer();
      dt.items.add(big);
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.locator('ftcost-calculator progress').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.locator('ftcost-calculator .file-status').textContent())
      .toContain('Counting big.jsonl was cancelled.');
    expect(await page.getByLabel('Examples', { exact: true }).isDisabled()).toBe(false);
  });
});
