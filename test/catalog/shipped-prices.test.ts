/**
 * Checks about the SHIPPED prices (pricing/*.yaml, embedded): what a platform charges on a given day.
 * The engine's arithmetic is tested on fixture catalogs (test/engine/estimate.test.ts); these tests
 * change only when a shipped price does, and then they should: a price change is reviewed here.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/api.js';

const TODAY = '2026-11-23';

function rowOf(result: ReturnType<typeof estimate>, provider: string, model: string, tier: string | null = null) {
  const row = result.rows.find((r) => r.provider === provider && r.model === model && r.tier === tier);
  if (!row) throw new Error(`no row ${provider}/${model}/${tier}`);
  return row;
}

describe('shipped prices on 2026-11-23', () => {
  it('OpenAI gpt-4o-mini trains at $3.00/1M and gpt-4o at $25.00/1M: 600,000 tokens → $1.80 and $15.00', () => {
    const result = estimate({ examples: 500, tokensPerExample: 400, epochs: 3, providers: ['openai'], today: TODAY });
    expect(rowOf(result, 'openai', 'gpt-4o-mini-2024-07-18')).toMatchObject({ trainingPer1M: '3', trainingTokens: '600000', trainingCost: '1.8' });
    expect(rowOf(result, 'openai', 'gpt-4o-2024-08-06')).toMatchObject({ trainingPer1M: '25', trainingTokens: '600000', trainingCost: '15' });
  });

  it('gpt-4o-mini: OpenAI and Azure global $3.00/1M, Azure regional $3.30/1M (600,000 tokens → $1.98)', () => {
    const result = estimate({ examples: 500, tokensPerExample: 400, epochs: 3, models: ['gpt-4o-mini'], today: TODAY });
    expect(result.rows.map((r) => `${r.provider}/${r.tier ?? '-'}:${r.trainingCost}`).sort()).toEqual([
      'azure-openai/global:1.8',
      'azure-openai/regional:1.98',
      'openai/-:1.8',
    ]);
  });

  it('OpenAI gpt-4o-mini caps an example at 65,536 billed tokens (10 × 70,000 → 655,360 → $1.96608)', () => {
    const result = estimate({ examples: 10, tokensPerExample: 70_000, epochs: 1, models: ['gpt-4o-mini'], providers: ['openai'], today: TODAY });
    expect(result.rows[0]).toMatchObject({ billedTokensPerEpoch: '655360', truncatedExamples: 10, trainingCost: '1.96608' });
  });

  it('Together Llama 4 Scout has a $6 minimum per job: 600,000 × $3/1M = $1.80, topped up by $4.20', () => {
    const result = estimate({ examples: 500, tokensPerExample: 400, epochs: 3, models: ['llama-4-scout'], today: TODAY });
    const row = result.rows[0]!;
    expect(row.trainingCost).toBe('6');
    expect(row.charges.map((c) => [c.name, c.total])).toEqual([
      ['training tokens', '1.8'],
      ['minimum charge top-up', '4.2'],
    ]);
  });

  it('default epochs: OpenAI auto (20 examples → 5), Together 1, Vertex AI not published (3 assumed)', () => {
    const result = estimate({ examples: 20, tokensPerExample: 1000, epochs: 'auto', models: ['gpt-4o-mini', 'llama-3.1-8b', 'gemini-2.5-flash'], today: TODAY });
    expect(rowOf(result, 'openai', 'gpt-4o-mini-2024-07-18')).toMatchObject({ epochs: 5, epochsBasis: 'openai-auto', trainingCost: '0.3' });
    expect(result.rows.find((r) => r.provider === 'together' && r.method === 'sft-lora')).toMatchObject({ epochs: 1, epochsBasis: 'provider-default' });
    expect(rowOf(result, 'vertex-ai', 'gemini-2.5-flash')).toMatchObject({ epochs: 3, epochsBasis: 'assumed' });
    expect(result.assumptions.join('\n')).toMatch(/3 epochs assumed for Google Vertex AI/);
  });

  it("OpenAI gpt-4o's price was read on 2025-08-10: stale on 2026-11-23 (470 days), not on 2025-12-01 (113 days)", () => {
    const now = estimate({ examples: 500, epochs: 3, models: ['gpt-4o'], providers: ['openai'], today: TODAY });
    expect(now.rows[0]).toMatchObject({ stale: true, priceAgeDays: 470, asOf: '2025-08-10' });
    const then = estimate({ examples: 500, epochs: 3, models: ['gpt-4o'], providers: ['openai'], today: '2025-12-01', asOf: '2025-12-01' });
    expect(then.rows[0]).toMatchObject({ stale: false, priceAgeDays: 113 });
  });

  it('OpenAI gpt-4.1-nano was retired on 2026-10-23 ($1.50/1M): hidden unless asked', () => {
    const hidden = estimate({ examples: 500, epochs: 3, models: ['gpt-4.1-nano'], providers: ['openai'], today: TODAY });
    expect(hidden.rows).toHaveLength(0);
    expect(hidden.hiddenUnavailable).toBe(1);
    const shown = estimate({ examples: 500, epochs: 3, models: ['gpt-4.1-nano'], providers: ['openai'], today: TODAY, includeUnavailable: true });
    expect(shown.rows[0]).toMatchObject({ trainingCost: '1.125', availability: { status: 'retired', shutdownOn: '2026-10-23' } });
  });
});
