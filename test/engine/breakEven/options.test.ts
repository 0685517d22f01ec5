/** Options built from a hand-made catalog: prompted base, per-token and hourly fine-tunes, self-hosted GPUs. */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/model.js';
import { breakEvenFromCatalog } from '../../../src/api/breakEven.js';
import { d } from '../../../src/decimal.js';
import { assumedDataset } from '../../../src/engine/training/dataset.js';
import type { CatalogOptionsInputs } from '../../../src/engine/breakEven/options/index.js';
import { wordNote } from '../../../src/render/words/notes.js';
import { optionsFromCatalog } from '../../helpers/options.js';
import { catalogOf, providerFile, SRC } from '../../helpers/catalog.js';

const entry = { effectiveFrom: '2025-01-01', source: SRC, asOf: '2026-01-01' };

function handCatalog(): Catalog {
  const base = catalogOf(
    providerFile('acme', [
      {
        id: 'big',
        offers: [{ method: 'sft', prices: [{ ...entry, trainingPer1M: '10.00' }] }],
        basePrices: [
          {
            ...entry,
            baseInputPer1M: '2.00',
            baseCachedInputPer1M: '0.50',
            baseBatchInputPer1M: '1.00',
            baseBatchOutputPer1M: '4.00',
            baseOutputPer1M: '8.00',
          },
        ],
      },
      {
        id: 'small',
        parametersBillions: '8',
        offers: [
          { method: 'sft', prices: [{ ...entry, trainingPer1M: '2.00', inputPer1M: '0.50', outputPer1M: '1.00' }] },
        ],
      },
    ]),
    providerFile('hourly', [
      {
        id: 'small',
        parametersBillions: '8',
        offers: [
          {
            method: 'sft',
            tier: 'global',
            prices: [
              { ...entry, trainingPer1M: '1.00', inputPer1M: '0.20', outputPer1M: '0.40', hostingPerHour: '1.50' },
            ],
          },
          {
            method: 'sft',
            tier: 'developer',
            production: false,
            prices: [{ ...entry, trainingPer1M: '0.50', inputPer1M: '0.20', outputPer1M: '0.40' }],
          },
        ],
      },
    ]),
  );
  // GPU rental and throughput, as the catalog's hosts/throughput files provide them.
  return {
    ...base,
    gpuOffers: [
      {
        provider: 'gpus',
        providerName: 'GPUs Inc',
        kind: 'gpu-rental',
        gpu: 'x1',
        gpuCount: 1,
        interruptible: false,
        prices: [{ ...entry, gpuPerHour: d('2.00'), origin: 'catalog', override: false }],
        notes: [],
      },
      {
        // A bigger, dearer GPU that serves 3× as much: on the lower envelope beside x1.
        provider: 'gpus',
        providerName: 'GPUs Inc',
        kind: 'gpu-rental',
        gpu: 'x3',
        gpuCount: 1,
        interruptible: false,
        prices: [{ ...entry, gpuPerHour: d('5.00'), origin: 'catalog', override: false }],
        notes: [],
      },
      {
        // Dearer than x1 for the same throughput: dominated, never an option.
        provider: 'pricey',
        providerName: 'Pricey',
        kind: 'gpu-rental',
        gpu: 'x1',
        gpuCount: 1,
        interruptible: false,
        prices: [{ ...entry, gpuPerHour: d('3.00'), origin: 'catalog', override: false }],
        notes: [],
      },
      {
        provider: 'gpus',
        providerName: 'GPUs Inc',
        kind: 'gpu-rental',
        gpu: 'x1',
        gpuCount: 1,
        interruptible: true,
        prices: [{ ...entry, gpuPerHour: d('0.50'), origin: 'catalog', override: false }],
        notes: [],
      },
    ],
    trainingThroughput: [
      {
        gpu: 'x1',
        parametersBillions: d(8),
        method: 'lora',
        tokensPerSecond: d(1000),
        basis: 'measured',
        precision: 'bf16',
        source: SRC,
        asOf: '2026-01-01',
      },
    ],
    servingThroughput: [
      {
        gpu: 'x1',
        parametersBillions: d(8),
        outputTokensPerSecond: d(100),
        basis: 'measured',
        precision: 'bf16',
        source: SRC,
        asOf: '2026-01-01',
      },
      {
        gpu: 'x3',
        parametersBillions: d(8),
        outputTokensPerSecond: d(300),
        basis: 'measured',
        precision: 'bf16',
        source: SRC,
        asOf: '2026-01-01',
      },
    ],
  };
}

const inputs: CatalogOptionsInputs = {
  baseModel: 'big',
  baseInputTokens: 2000,
  baseOutputTokens: 100,
  ftModels: ['small'],
  inputTokens: 200,
  outputTokens: 100,
  horizonMonths: d(12),
  // 400 examples × 3,000 tokens × 3 epochs = 3,600,000 training tokens
  dataset: assumedDataset(400, 3000),
  epochs: 3,
  asOf: '2026-06-01',
  today: '2026-06-01',
  queriesPerDay: d(500),
};

describe('options from the catalog', () => {
  const built = optionsFromCatalog(inputs, handCatalog());
  const byId = Object.fromEntries(built.options.map((o) => [o.id, o]));

  it('prompts the base model at base prices: 2,000 × 2.00/1M + 100 × 8.00/1M = 0.0048 a query', () => {
    expect(byId['prompted/big']!.perQuery!.toFixed()).toBe('0.0048');
    expect(byId['prompted/big']!.oneTime).toBeUndefined();
    expect(built.baseline).toBe('prompted/big');
  });

  it(
    'prices the fine-tune per token where no hosting fee applies: 200 × ' +
      '0.50/1M + 100 × 1.00/1M, training 3.6M × 2.00/1M',
    () => {
      const acme = byId.acme!;
      expect(acme.kind).toBe('hosted-per-token');
      expect(acme.perQuery!.toFixed()).toBe('0.0002');
      expect(acme.oneTime!.toFixed()).toBe('7.2');
      expect(acme.hourly).toBeUndefined();
    },
  );

  it('prices an hourly deployment as one replica at the hosting rate, plus tokens', () => {
    const h = byId['hourly/global']!;
    expect(h.kind).toBe('hosted-hourly');
    expect(h.hourly!.toFixed()).toBe('1.5');
    expect(h.capacityPerDay).toBeUndefined();
    expect(h.perQuery!.toFixed()).toBe('0.00008'); // 200 × 0.20/1M + 100 × 0.40/1M
    expect(h.oneTime!.toFixed()).toBe('3.6');
  });

  it(
    'self-hosts on the on-demand GPU: 3.6M tokens ÷ 1,000 tokens/s = 1 GPU-hour × 2.00; 100 ' +
      'tokens/s × 86,400 s ÷ (200 + 100) tokens = 28,800 queries a day per replica',
    () => {
      const s = byId['self-hosted/x1']!;
      expect(s.kind).toBe('self-hosted');
      expect(s.oneTime!.toFixed()).toBe('2');
      expect(s.hourly!.toFixed()).toBe('2'); // the interruptible 0.50 offer and Pricey's 3.00 x1 are not used
      expect(s.capacityPerDay!.toFixed()).toBe('28800');
    },
  );

  it(
    'self-hosting offers every GPU on the lower envelope: x3 (5.00/h, 86,400 a ' +
      'day) beside x1; the dominated 3.00 x1 is not an option',
    () => {
      expect(
        built.options.filter((o) => o.kind === 'self-hosted').map((o) => `${o.id} ${o.hourly} ${o.capacityPerDay}`),
      ).toEqual([
        // cost per query at scale: x3 5 × 24 / 86,400 = 0.00138…, x1 2 × 24 / 28,800 = 0.00166…
        'self-hosted/x3 5 86400',
        'self-hosted/x1 2 28800',
      ]);
      const pinned = optionsFromCatalog({ ...inputs, gpu: 'x1' }, handCatalog());
      expect(pinned.options.filter((o) => o.kind === 'self-hosted').map((o) => o.id)).toEqual(['self-hosted/x1']);
    },
  );

  it('sizes replicas for the peak: --peak-factor 2 halves the daily capacity of a replica (28,800 → 14,400)', () => {
    const peak = optionsFromCatalog({ ...inputs, peakFactor: d(2), gpu: 'x1' }, handCatalog());
    expect(peak.options.find((o) => o.id === 'self-hosted/x1')!.capacityPerDay!.toFixed()).toBe('14400');
    expect(peak.assumptions).toContainEqual({ kind: 'serving-capacity-peak', peakFactor: '2' });
    expect(peak.assumptions.map((a) => wordNote(a)).join('\n')).toMatch(/sized for a peak 2× the average load/);
  });

  it('prices a cached prompt at the cached-input rate: 200 × 2.00 + 1,800 × 0.50 + 100 × 8.00 = 0.0021 a query', () => {
    const cached = optionsFromCatalog({ ...inputs, baseCachedInputTokens: 1800 }, handCatalog());
    expect(cached.options[0]!.perQuery!.toFixed()).toBe('0.0021');
    // The fine-tune's catalog entry has no cached rate: priced in full, and said so.
    const ft = optionsFromCatalog({ ...inputs, cachedInputTokens: 150 }, handCatalog());
    expect(ft.options.find((o) => o.id === 'acme')!.perQuery!.toFixed()).toBe('0.0002');
    expect(ft.options.find((o) => o.id === 'acme')!.notes).toContainEqual({
      kind: 'no-cached-rate',
      pricedAt: { role: 'fine-tuned', model: 'small', providerName: 'ACME', tier: undefined },
      cachedTokens: 150,
    });
    const notes = ft.options.find((o) => o.id === 'acme')!.notes!.map((n) => wordNote(n));
    expect(notes.join('\n')).toMatch(/^fine-tuned small at ACME: no cached-input rate in the catalog; the 150 cached/m);
  });

  it('prices the batch share at batch rates: 0.0048 × 0.5 + (2,000 × 1.00 + 100 × 4.00)/1M × 0.5 = 0.0036', () => {
    const batch = optionsFromCatalog({ ...inputs, batchShare: d('0.5') }, handCatalog());
    expect(batch.options[0]!.perQuery!.toFixed()).toBe('0.0036');
    expect(batch.assumptions).toContainEqual(expect.objectContaining({ kind: 'batch-share', sharePercent: '50' }));
    expect(batch.assumptions.map((a) => wordNote(a)).join('\n')).toMatch(/50% of queries go through a batch API/);
  });

  it('marks a tier that is not for production: shown, excluded from the decision unless asked', () => {
    expect(byId['hourly/developer']!.excluded).toEqual([{ kind: 'not-for-production' }]);
    expect(wordNote(byId['hourly/developer']!.excluded![0]!)).toBe('not for production (no SLA)');
    const asked = optionsFromCatalog({ ...inputs, includeNonProduction: true }, handCatalog());
    expect(asked.options.find((o) => o.id === 'hourly/developer')!.excluded).toBeUndefined();
  });

  it('compares several fine-tuned models in one answer, each id naming its model', () => {
    const two = optionsFromCatalog({ ...inputs, ftModels: ['small', 'big'] }, handCatalog());
    const ids = two.options.map((o) => o.id);
    expect(ids).toContain('small:acme');
    expect(ids).toContain('small:self-hosted/x1');
    expect(two.skipped.map((s) => s.id)).toContain('big:acme'); // big has no serving price
  });

  it('leaves out self-hosting for a model without a parameter count, and says why', () => {
    const b = optionsFromCatalog({ ...inputs, ftModels: ['big'], inputTokens: 200 }, handCatalog());
    const reason = (id: string) => wordNote(b.skipped.find((s) => s.id === id)!.reason);
    expect(b.skipped.find((s) => s.id === 'self-hosted')?.reason).toEqual({ kind: 'closed-weights', model: 'big' });
    expect(reason('self-hosted')).toMatch(/no published parameter count/);
    // big has a training price but no serving price: skipped with its reason, not priced at zero.
    expect(b.skipped.find((s) => s.id === 'acme')?.reason).toEqual({ kind: 'no-per-token-serving-price' });
    expect(reason('acme')).toMatch(/no per-token price/);
  });

  it('refuses unknown models with a suggestion', () => {
    expect(() => optionsFromCatalog({ ...inputs, ftModels: ['smal'] }, handCatalog())).toThrow(
      /^ftModel: unknown model "smal"; did you mean "small"\?$/,
    );
    expect(() => optionsFromCatalog({ ...inputs, baseModel: 'small' }, handCatalog())).toThrow(
      /no base \(un-tuned\) prices/,
    );
  });
});

describe('breakEvenFromCatalog', () => {
  it('costs each option per month and finds the exact break-evens', () => {
    const {
      hoursPerDayUp: _unused,
      queriesPerDay: _q,
      ftModels,
      horizonMonths: _h,
      batchShare: _b,
      peakFactor: _p,
      retrainEveryMonths: _r,
      ...rest
    } = inputs;
    const res = breakEvenFromCatalog({ ...rest, ftModel: ftModels, queriesPerDay: 500, catalog: handCatalog() });
    const o = Object.fromEntries(res.options.map((x) => [x.id, x]));
    // hourly/global: 1.50 × 730 = 1,095 hosting a month; training 3.6 / 12 = 0.3 a month.
    expect(o['hourly/global']!.atVolume!.hostingPerMonth).toBe('1095');
    expect(o['hourly/global']!.atVolume!.trainingPerMonth).toBe('0.3');
    // prompted vs acme: 0.0048q = 0.0002q + 7.2/12 × 24/730  →  q = (0.6 × 24/730) / 0.0046 = 14.4/3.358 = 7200/1679
    const be = res.breakEvens.find((b) => b.between[0] === 'prompted/big' && b.between[1] === 'acme')!;
    expect(be.queriesPerDayExact).toBe('7200/1679');
    expect(be.kind).toBe('equal');
    // payback of acme's training against prompting: 7.2 / ((0.0048 − 0.0002) × 500 × 730/24) = 7.2 / 69.958… months
    expect(o.acme!.payback!.months!.startsWith('0.10291')).toBe(true);
    expect(res.regimes[0]!.cheapest).toBe('prompted/big');
    expect(res.regimes.at(-1)!.toQueriesPerDay).toBeNull();
  });
});
