import { describe, expect, it } from 'vitest';
import { openaiDefaultEpochs, resolveEpochs } from '../../../src/engine/training/epochs.js';

describe("OpenAI's default epochs (n_epochs = auto)", () => {
  // Hand-applied from the OpenAI cookbook's rule (https://cookbook.openai.com/examples/chat_finetuning_data_prep):
  // n*3 < 100 → min(25, 100 // n); n*3 > 25000 → max(1, 25000 // n); else 3.
  it.each([
    [1, 25], // 100 // 1 = 100, capped at 25
    [3, 25], // 100 // 3 = 33 → 25
    [5, 20], // the cookbook's toy file: 100 // 5
    [20, 5],
    [33, 3], // 99 < 100 → 100 // 33 = 3
    [34, 3], // 102 ≥ 100 → target 3
    [500, 3],
    [8333, 3], // 24,999 ≤ 25,000
    [8334, 2], // 25,002 > 25,000 → 25000 // 8334 = 2
    [10_000, 2],
    [25_000, 1],
    [100_000, 1], // 25000 // 100000 = 0 → at least 1
  ])('%i examples → %i epochs', (examples, epochs) => {
    expect(openaiDefaultEpochs(examples)).toBe(epochs);
  });

  it('refuses a non-positive example count', () => {
    expect(() => openaiDefaultEpochs(0)).toThrow(RangeError);
  });

  it('uses a requested count as given, and reports where an automatic one came from', () => {
    const rule = { rule: 'openai-auto' as const, source: 'https://x', asOf: '2026-01-01' };
    expect(resolveEpochs(7, rule, 500)).toEqual({ epochs: 7, basis: 'requested' });
    expect(resolveEpochs('auto', rule, 5)).toMatchObject({ epochs: 20, basis: 'openai-auto' });
    expect(
      resolveEpochs('auto', { value: 3, assumed: true, source: 'https://x', asOf: '2026-01-01' }, 5),
    ).toMatchObject({ epochs: 3, basis: 'assumed' });
    expect(resolveEpochs('auto', { value: 1, source: 'https://x', asOf: '2026-01-01' }, 5)).toMatchObject({
      epochs: 1,
      basis: 'provider-default',
    });
  });
});
