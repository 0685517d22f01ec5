/**
 * The engine on plain inputs, with no catalog: offers resolved for a date are written out by hand
 * (what src/resolve/ would yield), and the engine only computes. Worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { d } from '../../src/decimal.js';
import type { CatalogOptionsInputs } from '../../src/engine/breakEven/options/index.js';
import { optionsOnDate } from '../../src/engine/breakEven/options/index.js';
import { solveBudget } from '../../src/engine/training/budget.js';
import { assumedDataset } from '../../src/engine/training/dataset.js';
import { estimateFromOffers } from '../../src/engine/training/estimate.js';
import type { BreakEvenOffers } from '../../src/domain/breakEvenOffers.js';
import type { ModelOnDate, OfferOnDate, PriceOnDate, TrainingOffers } from '../../src/domain/offers.js';

const SRC = 'https://example.com/pricing';
const price = (amount: string): PriceOnDate => ({ amount: d(amount), entry: { source: SRC, asOf: '2026-01-01' } });

function offer(prices: OfferOnDate['prices'], extra: Partial<OfferOnDate> = {}): OfferOnDate {
  return { method: 'sft', production: true, notes: [], prices, unpublished: [], ...extra };
}

function model(id: string, offers: OfferOnDate[], extra: Partial<ModelOnDate> = {}): ModelOnDate {
  return {
    provider: 'acme',
    providerName: 'Acme',
    id,
    defaultEpochs: { value: 3, source: SRC, asOf: '2026-01-01' },
    offers,
    ...extra,
  };
}

function offersOf(...models: ModelOnDate[]): TrainingOffers {
  return { catalog: { version: 'hand', schemaVersion: 1 }, staleAfterDays: 180, models, closedToTeam: [] };
}

const settings = { asOf: '2026-06-01', today: '2026-06-01' };

describe('the training estimate on offers written by hand', () => {
  it('1,000 examples × 500 tokens × 3 default epochs × $2/1M = $3; a $5 minimum tops it up', () => {
    const offers = offersOf(
      model('small', [offer({ trainingPer1M: price('2'), inputPer1M: price('0.3'), outputPer1M: price('1.2') })]),
      model('floor', [offer({ trainingPer1M: price('2'), minimumChargePerJob: price('5') })]),
    );
    const estimate = estimateFromOffers({ ...settings, dataset: assumedDataset(1000, 500), epochs: 'auto' }, offers);
    const [small, floor] = estimate.rows;
    expect(small).toMatchObject({ model: 'small', trainingTokens: 1_500_000n, epochs: { epochs: 3 } });
    expect(small!.trainingCost!.toFixed()).toBe('3');
    expect(small!.running.outputPer1M!.toFixed()).toBe('1.2');
    expect(floor!.trainingCost!.toFixed()).toBe('5');
    expect(floor!.charges.map((c) => c.name)).toEqual(['training tokens', 'minimum charge top-up']);
  });

  it('an offer not yet priced on the date is listed as not known before its first-seen date', () => {
    const offers = offersOf(model('later', [offer({}, { firstSeen: '2026-09-01' })]));
    const estimate = estimateFromOffers({ ...settings, dataset: assumedDataset(10, 10), epochs: 1 }, offers);
    expect(estimate.rows).toEqual([]);
    expect(estimate.notKnownBefore).toEqual([
      { provider: 'acme', model: 'later', method: 'sft', tier: undefined, firstSeen: '2026-09-01' },
    ]);
  });

  it('the budget: $10 at $2/1M buys 20 epochs of 250,000 tokens (capped at 50 where no bound was read)', () => {
    const offers = offersOf(model('small', [offer({ trainingPer1M: price('2') })]));
    const budget = solveBudget(
      {
        ...settings,
        maxCost: d(10),
        question: { solveFor: 'epochs', dataset: assumedDataset(500, 500) },
      },
      offers,
    );
    expect(budget.rows[0]).toMatchObject({ fits: true, maxEpochs: 20, limitedBy: 'budget' });
    expect(budget.rows[0]!.trainingCost!.toFixed()).toBe('10');
  });
});

describe('the break-even options on offers written by hand', () => {
  const inputs: CatalogOptionsInputs = {
    ...settings,
    baseModel: 'big',
    baseInputTokens: 2000,
    baseOutputTokens: 100,
    ftModels: ['small'],
    inputTokens: 200,
    outputTokens: 100,
    horizonMonths: d(12),
    dataset: assumedDataset(400, 3000),
    epochs: 3,
    queriesPerDay: d(500),
    selfHosted: false,
  };
  const offers: BreakEvenOffers = {
    prompted: [
      {
        provider: 'acme',
        providerName: 'Acme',
        model: 'big',
        prices: { baseInputPer1M: price('5'), baseOutputPer1M: price('15') },
      },
    ],
    fineTunes: [
      {
        asked: 'small',
        training: offersOf(
          model('small', [offer({ trainingPer1M: price('2'), inputPer1M: price('0.3'), outputPer1M: price('1.2') })]),
        ),
        weights: { id: 'small' },
      },
    ],
    hardware: { rentals: [], dedicated: [], training: [], serving: [] },
  };

  it(
    'per query: prompted 2,000 × $5/1M + 100 × $15/1M = $0.0115; ' + 'fine-tuned 200 × $0.30 + 100 × $1.20 = $0.00018',
    () => {
      const built = optionsOnDate(inputs, offers);
      const byId = Object.fromEntries(built.options.map((o) => [o.id, o]));
      expect(byId['prompted/big']!.perQuery!.toFixed()).toBe('0.0115');
      expect(byId.acme!.perQuery!.toFixed()).toBe('0.00018');
      // 400 × 3,000 × 3 = 3,600,000 training tokens × $2/1M
      expect(byId.acme!.oneTime!.toFixed()).toBe('7.2');
      expect(built.baseline).toBe('prompted/big');
    },
  );
});
