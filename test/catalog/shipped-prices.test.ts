/**
 * Checks about the SHIPPED prices (pricing/*.yaml, embedded): what a platform charges on a given day.
 * The engine's arithmetic is tested on fixture catalogs (test/engine/estimate.test.ts); these tests
 * change only when a shipped price does, and then they should: a price change is reviewed here.
 */
import { describe, expect, it } from 'vitest';
import { estimate } from '../../src/api/estimate.js';
import { embeddedCatalog } from '../../src/catalog/embedded.js';
import { listEntries } from '../../src/catalog/listing.js';
import { d } from '../../src/decimal.js';

const TODAY = '2026-11-23';
// OpenAI closed fine-tuning to new customers on 2026-05-07 (pricing/openai.yaml): where a test is about
// OpenAI's prices rather than who may buy them, the team already fine-tunes there.
const existingCustomers = ['openai'];

function rowOf(result: ReturnType<typeof estimate>, provider: string, model: string, tier: string | null = null) {
  const row = result.rows.find((r) => r.provider === provider && r.model === model && r.tier === tier);
  if (!row) throw new Error(`no row ${provider}/${model}/${tier}`);
  return row;
}

describe('shipped prices on 2026-11-23', () => {
  it('OpenAI gpt-4o-mini trains at $3.00/1M and gpt-4o at $25.00/1M: 600,000 tokens → $1.80 and $15.00', () => {
    const result = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      providers: ['openai'],
      today: TODAY,
      existingCustomers,
    });
    expect(rowOf(result, 'openai', 'gpt-4o-mini-2024-07-18')).toMatchObject({
      trainingPer1M: '3',
      trainingTokens: '600000',
      trainingCost: '1.8',
    });
    expect(rowOf(result, 'openai', 'gpt-4o-2024-08-06')).toMatchObject({
      trainingPer1M: '25',
      trainingTokens: '600000',
      trainingCost: '15',
    });
  });

  it(
    'gpt-4o-mini: OpenAI and Azure global $3.00/1M, Azure regional and Data Zone $3.30/1M, ' +
      'Azure Developer $1.50/1M',
    () => {
      const result = estimate({
        examples: 500,
        tokensPerExample: 400,
        epochs: 3,
        models: ['gpt-4o-mini'],
        today: TODAY,
        existingCustomers,
      });
      // 600,000 tokens × $3.30/1M = $1.98; × $1.50/1M = $0.90.
      expect(result.rows.map((r) => `${r.provider}/${r.tier ?? '-'}:${r.trainingCost}`).sort()).toEqual([
        'azure-openai/datazone:1.98',
        'azure-openai/developer:0.9',
        'azure-openai/global:1.8',
        'azure-openai/regional:1.98',
        'openai/-:1.8',
      ]);
    },
  );

  it('OpenAI gpt-4o-mini caps an example at 65,536 billed tokens (10 × 70,000 → 655,360 → $1.96608)', () => {
    const result = estimate({
      examples: 10,
      tokensPerExample: 70_000,
      epochs: 1,
      models: ['gpt-4o-mini'],
      providers: ['openai'],
      today: TODAY,
      existingCustomers,
    });
    expect(result.rows[0]).toMatchObject({
      billedTokensPerEpoch: '655360',
      truncatedExamples: 10,
      trainingCost: '1.96608',
    });
  });

  it('Together Llama 4 Scout has a $6 minimum per job: 600,000 × $3/1M = $1.80, topped up by $4.20', () => {
    const result = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['llama-4-scout'],
      today: TODAY,
    });
    const row = result.rows[0]!;
    expect(row.trainingCost).toBe('6');
    expect(row.charges.map((c) => [c.name, c.total])).toEqual([
      ['training tokens', '1.8'],
      ['minimum charge top-up', '4.2'],
    ]);
  });

  it('default epochs: OpenAI auto (20 examples → 5), Together 1, Vertex AI not published (3 assumed)', () => {
    // 2026-09-01: before Gemini 2.5 Flash was retired on Vertex (2026-10-20).
    const result = estimate({
      examples: 20,
      tokensPerExample: 1000,
      epochs: 'auto',
      models: ['gpt-4o-mini', 'llama-3.1-8b', 'gemini-2.5-flash'],
      today: TODAY,
      asOf: '2026-09-01',
      existingCustomers,
    });
    expect(rowOf(result, 'openai', 'gpt-4o-mini-2024-07-18')).toMatchObject({
      epochs: 5,
      epochsBasis: 'openai-auto',
      trainingCost: '0.3',
    });
    expect(result.rows.find((r) => r.provider === 'together' && r.method === 'sft-lora')).toMatchObject({
      epochs: 1,
      epochsBasis: 'provider-default',
    });
    expect(rowOf(result, 'vertex-ai', 'gemini-2.5-flash')).toMatchObject({ epochs: 3, epochsBasis: 'assumed' });
    expect(result.assumptions.join('\n')).toMatch(/3 epochs assumed for Google Vertex AI/);
  });

  it(
    "OpenAI gpt-4o's price was read on 2025-08-10: " + 'stale on 2026-11-23 (470 days), not on 2025-12-01 (113 days)',
    () => {
      const now = estimate({
        examples: 500,
        epochs: 3,
        models: ['gpt-4o'],
        providers: ['openai'],
        today: TODAY,
        existingCustomers,
      });
      expect(now.rows[0]).toMatchObject({ stale: true, priceAgeDays: 470, asOf: '2025-08-10' });
      const then = estimate({
        examples: 500,
        epochs: 3,
        models: ['gpt-4o'],
        providers: ['openai'],
        today: '2025-12-01',
        asOf: '2025-12-01',
      });
      expect(then.rows[0]).toMatchObject({ stale: false, priceAgeDays: 113 });
    },
  );

  it('OpenAI gpt-4.1-nano was retired on 2026-10-23 ($1.50/1M): hidden unless asked', () => {
    const hidden = estimate({
      examples: 500,
      epochs: 3,
      models: ['gpt-4.1-nano'],
      providers: ['openai'],
      today: TODAY,
    });
    expect(hidden.rows).toHaveLength(0);
    expect(hidden.hiddenUnavailable).toBe(1);
    const shown = estimate({
      examples: 500,
      epochs: 3,
      models: ['gpt-4.1-nano'],
      providers: ['openai'],
      today: TODAY,
      includeUnavailable: true,
    });
    expect(shown.rows[0]).toMatchObject({
      trainingCost: '1.125',
      availability: { status: 'retired', trainable: false, servingEndsOn: '2026-10-23' },
    });
  });
});

describe('lifecycle, methods and provenance of the shipped catalog on 2026-11-29', () => {
  const NOW = '2026-11-29';
  it(
    'offers none of the models OpenAI shut down on 2026-10-23 (or before); ' +
      'they show with includeUnavailable, marked',
    () => {
      const result = estimate({ examples: 500, tokensPerExample: 400, epochs: 3, providers: ['openai'], today: NOW });
      const retired = ['gpt-3.5-turbo-0125', 'gpt-4.1-nano-2025-04-14', 'babbage-002', 'davinci-002'];
      expect(result.rows.map((r) => r.model).filter((m) => retired.includes(m))).toEqual([]);
      const all = estimate({
        examples: 500,
        tokensPerExample: 400,
        epochs: 3,
        providers: ['openai'],
        today: NOW,
        includeUnavailable: true,
      });
      for (const model of retired) {
        expect(all.rows.find((r) => r.model === model)?.availability).toMatchObject({
          status: 'retired',
          trainable: false,
          serving: false,
        });
      }
      expect(all.rows.find((r) => r.model === 'gpt-3.5-turbo-0125')!.availability!.servingEndsOn).toBe('2026-10-23');
    },
  );

  it(
    'as of 2026-06-01, gpt-3.5-turbo-0125 is offered again to an existing customer ' +
      '(trainable, shutting down 2026-10-23), closed to a new one',
    () => {
      const job = {
        examples: 500,
        tokensPerExample: 400,
        epochs: 3,
        models: ['gpt-3.5-turbo'],
        providers: ['openai'],
        today: NOW,
        asOf: '2026-06-01',
      };
      // A team that already fine-tunes at OpenAI can still train it (deprecated since 2026-04-22, not
      // closed to it) until it shuts down. 600,000 tokens × $8.00/1M = $4.80
      const existing = estimate({ ...job, existingCustomers });
      expect(existing.rows[0]).toMatchObject({
        trainingCost: '4.8',
        availability: {
          status: 'deprecated',
          customer: 'existing',
          trainable: true,
          closedToNewUsersOn: '2026-05-07',
          closedToTeamOn: null,
          trainingEndsOn: '2026-10-23',
          servingEndsOn: '2026-10-23',
        },
      });
      // A new customer (the default) was turned away on 2026-05-07: hidden, counted, and named in the
      // footer; shown with includeUnavailable, closed to new users and not trainable.
      const fresh = estimate(job);
      expect(fresh.rows).toEqual([]);
      expect(fresh.hiddenUnavailable).toBe(1);
      expect(fresh.closedToTeam).toMatchObject([{ provider: 'openai', customer: 'new', since: '2026-05-07' }]);
      expect(estimate({ ...job, includeUnavailable: true }).rows[0]).toMatchObject({
        trainingCost: '4.8',
        availability: {
          status: 'closed-to-new-users',
          customer: 'new',
          trainable: false,
          closedToNewUsersOn: '2026-05-07',
          closedToTeamOn: '2026-05-07',
          trainingEndsOn: '2026-10-23',
          servingEndsOn: '2026-10-23',
        },
      });
    },
  );

  it('DPO on gpt-4.1-mini at OpenAI is priced by training tokens: 600,000 × $5.00/1M = $3.00', () => {
    const result = estimate({
      examples: 500,
      tokensPerExample: 400,
      epochs: 3,
      models: ['gpt-4.1-mini'],
      providers: ['openai'],
      methods: ['dpo'],
      today: NOW,
      existingCustomers,
    });
    expect(result.rows.map((r) => [r.method, r.trainingCost, r.billing])).toEqual([['dpo', '3', 'per-token']]);
  });

  it(
    'RFT is priced by hours, never by tokens: ' +
      'Azure o4-mini global 10 h × $100 = $1,000; 60 h stops at the $5,000 cap',
    () => {
      // Azure closed o4-mini fine-tuning to new customers at its base retirement, 2026-11-19
      // (pricing/azure-openai.yaml): this team already fine-tunes it there.
      const azure = ['azure-openai'];
      const ten = estimate({
        examples: 500,
        epochs: 3,
        models: ['o4-mini'],
        providers: ['azure-openai'],
        methods: ['rft'],
        trainingHours: d(10),
        today: NOW,
        existingCustomers: azure,
      });
      const global = ten.rows.find((r) => r.tier === 'global')!;
      expect(global).toMatchObject({
        billing: 'per-hour',
        trainingPerHour: '100',
        trainingHours: '10',
        trainingCost: '1000',
        trainingPer1M: null,
      });
      const sixty = estimate({
        examples: 500,
        epochs: 3,
        models: ['o4-mini'],
        providers: ['azure-openai'],
        methods: ['rft'],
        trainingHours: d(60),
        today: NOW,
        existingCustomers: azure,
      });
      expect(sixty.rows.find((r) => r.tier === 'global')).toMatchObject({ trainingCost: '5000' });
      const unknown = estimate({
        examples: 500,
        epochs: 3,
        models: ['o4-mini'],
        providers: ['azure-openai'],
        methods: ['rft'],
        today: NOW,
        existingCustomers: azure,
      });
      expect(unknown.rows.find((r) => r.tier === 'global')).toMatchObject({
        trainingCost: null,
        missingPrice: expect.stringMatching(/per training hour/),
      });
    },
  );

  it('every catalog entry says whether its source is official or a copy, and a copy names its original', () => {
    const entries = listEntries(embeddedCatalog(), NOW, NOW);
    expect(entries.length).toBeGreaterThan(100);
    for (const e of entries) {
      expect(['official', 'copy']).toContain(e.sourceKind);
      if (e.sourceKind === 'copy') expect(e.original, e.id).toMatch(/^https:\/\//);
    }
  });
});
