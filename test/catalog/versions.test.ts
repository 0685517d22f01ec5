/** Versioned prices: --as-of picks what was in force; overrides change exactly what they name; diff lists changes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedCatalog } from '../../src/catalog/embedded.js';
import { diffCatalog, listEntries, type CatalogEntry } from '../../src/catalog/listing.js';
import { loadOverrides } from '../../src/catalog/load.js';
import { mergeOverrides } from '../../src/catalog/override.js';
import { formatProblem } from '../../src/catalog/validate.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/catalog');
const TODAY = '2026-11-23';
const H100 = 'fireworks/dedicated-endpoint/h100-80gb-on-demand-deployment';

function price(entries: CatalogEntry[], id: string, field: string): string | undefined {
  return entries.find((e) => e.id === id)?.prices[field]?.toFixed();
}

/** Entries as comparable plain strings: every price with its source and origin. */
function snapshot(entries: CatalogEntry[]): Map<string, string> {
  return new Map(
    entries.map((e) => [
      e.id,
      JSON.stringify({
        prices: Object.fromEntries(Object.entries(e.prices).map(([k, v]) => [k, v.toFixed()])),
        source: e.source,
        origin: e.origin,
        availability: e.availability,
      }),
    ]),
  );
}

describe('as-of resolution of the Fireworks H100 on-demand price history', () => {
  it.each([
    ['2025-06-01', '5.8'],
    ['2026-02-12', '5.8'],
    ['2026-02-13', '4'],
    ['2026-05-07', '4'],
    ['2026-05-08', '7'],
    ['2026-10-06', '7'],
    ['2026-10-07', '8'],
    [TODAY, '8'],
  ])('on %s the H100 costs $%s per GPU-hour', (date, expected) => {
    expect(price(listEntries(embeddedCatalog(), date, TODAY), H100, 'gpuPerHour')).toBe(expected);
  });

  it('ends an offer that left the page: Fireworks A100 is listed before 2026-05-08 and not after', () => {
    const id = 'fireworks/dedicated-endpoint/a100-80gb-on-demand-deployment';
    expect(price(listEntries(embeddedCatalog(), '2026-05-07', TODAY), id, 'gpuPerHour')).toBe('2.9');
    expect(price(listEntries(embeddedCatalog(), '2026-05-08', TODAY), id, 'gpuPerHour')).toBeUndefined();
  });
});

describe('catalog diff', () => {
  it('lists the H100 change $4.00 → $8.00 between 2026-03-01 and 2026-11-23, dated by the later entry', () => {
    const changes = diffCatalog(embeddedCatalog(), '2026-03-01', TODAY);
    const h100 = changes.find((c) => c.id === H100)!;
    expect(h100).toMatchObject({
      field: 'gpuPerHour',
      change: 'changed',
      effective: '2026-10-07',
      source:
        'https://github.com/api-evangelist/fireworks-ai/blob/' +
        '1c5ae01cd3bd3dd4482d8ed1878ea8006812599d/plans/fireworks-ai-plans-pricing.yml',
    });
    expect([h100.from!.toFixed(), h100.to!.toFixed()]).toEqual(['4', '8']);
  });

  it('lists nothing between two dates with no change in between', () => {
    expect(diffCatalog(embeddedCatalog(), '2026-11-10', '2026-11-23')).toEqual([]);
  });

  it('marks a price first recorded in the window as added, and one that ended as removed', () => {
    const changes = diffCatalog(embeddedCatalog(), '2026-03-01', '2026-06-01', { providers: ['fireworks'] });
    expect(changes.find((c) => c.id === 'fireworks/dedicated-endpoint/b300-288gb-on-demand-deployment')?.change).toBe(
      'added',
    );
    expect(changes.find((c) => c.id === 'fireworks/dedicated-endpoint/a100-80gb-on-demand-deployment')).toMatchObject({
      change: 'removed',
      effective: '2026-05-08',
    });
  });
});

describe('--prices overrides', () => {
  const base = embeddedCatalog();
  const negotiated = loadOverrides([join(FIXTURES, 'negotiated.yaml')], base, FIXTURES);

  it('changes exactly the price it names, and nothing else', () => {
    const before = snapshot(listEntries(base, TODAY, TODAY));
    const after = snapshot(listEntries(negotiated, TODAY, TODAY));
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after.keys()].filter((id) => after.get(id) !== before.get(id));
    expect(changed).toEqual(['openai/gpt-4o-mini-2024-07-18/sft']);
    const entry = listEntries(negotiated, TODAY, TODAY).find((e) => e.id === 'openai/gpt-4o-mini-2024-07-18/sft')!;
    expect(entry.prices.trainingPer1M!.toFixed()).toBe('2.4');
    // The inference prices are still the shipped ones.
    expect([
      entry.prices.inputPer1M!.toFixed(),
      entry.prices.cachedInputPer1M!.toFixed(),
      entry.prices.outputPer1M!.toFixed(),
    ]).toEqual(['0.3', '0.15', '1.2']);
    expect(entry.origin).toBe('negotiated.yaml');
    // Azure's gpt-4o-mini (same model id, other provider) is untouched.
    expect(
      price(listEntries(negotiated, TODAY, TODAY), 'azure-openai/gpt-4o-mini-2024-07-18/sft/global', 'trainingPer1M'),
    ).toBe('3');
  });

  it('applies from the day it names: before 2026-06-01 the shipped $3.00 is in force', () => {
    expect(
      price(listEntries(negotiated, '2026-05-31', TODAY), 'openai/gpt-4o-mini-2024-07-18/sft', 'trainingPer1M'),
    ).toBe('3');
    expect(
      price(listEntries(negotiated, '2026-06-01', TODAY), 'openai/gpt-4o-mini-2024-07-18/sft', 'trainingPer1M'),
    ).toBe('2.4');
  });

  it('adds a provider ftcost does not ship, with its hardware', () => {
    const merged = loadOverrides([join(FIXTURES, 'new-provider.yaml')], base, FIXTURES);
    const entries = listEntries(merged, TODAY, TODAY, { providers: ['inhouse'] });
    expect(entries.map((e) => [e.id, Object.values(e.prices)[0]!.toFixed()])).toEqual([
      ['inhouse/llama-3.1-8b-inhouse/sft-lora', '0.25'],
      ['inhouse/gpu-rental/reserved-h100', '1.75'],
    ]);
  });

  it('merges a partial hosts file into a known host (a quoted Lambda rate)', () => {
    const merged = loadOverrides([join(FIXTURES, 'lambda-discount.yaml')], base, FIXTURES);
    expect(price(listEntries(merged, TODAY, TODAY), 'lambda/gpu-rental/8x-h100-sxm', 'gpuPerHour')).toBe('2.99');
    expect(price(listEntries(base, TODAY, TODAY), 'lambda/gpu-rental/8x-h100-sxm', 'gpuPerHour')).toBe('3.99');
    expect(merged.gpuOffers).toHaveLength(base.gpuOffers.length);
  });

  it('refuses two files pricing the same offer from the same day (the order of --prices would decide)', () => {
    const later = readFileSync(join(FIXTURES, 'negotiated.yaml'), 'utf8').replace('"2.40"', '"2.10"');
    const merged = mergeOverrides(base, [
      { file: 'a.yaml', text: readFileSync(join(FIXTURES, 'negotiated.yaml'), 'utf8') },
      { file: 'b.yaml', text: later },
    ]);
    expect(merged.catalog).toBeUndefined();
    expect(merged.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          /^b\.yaml:\d+ models\[0\]\.offers\[0\]\.prices\[0\]\.effectiveFrom: \d{4}-\d{2}-\d{2}: /.source +
            /a\.yaml also gives openai\/gpt-4o-mini-2024-07-18 sft a price from this day; keep one/.source,
        ),
      ),
    ]);
  });

  it('refuses a model id the provider does not have, with did-you-mean, unless it is marked new', () => {
    const text = 'schemaVersion: 1\nprovider:\n  id: openai\nmodels:\n  - id: gpt-4o-mni\n    name: typo\n';
    const merged = mergeOverrides(base, [{ file: 'p.yaml', text }]);
    expect(merged.problems.map(formatProblem)).toEqual([
      'p.yaml:5 models[0].id: model "gpt-4o-mni" is not in the catalog for openai; ' +
        'did you mean "gpt-4o-mini", "gpt-4o", "gpt-4.1-mini"? (a model the catalog lacks needs new: true)',
    ]);
    const marked = text.replace('    name: typo', '    new: true\n    name: mine');
    expect(mergeOverrides(base, [{ file: 'p.yaml', text: marked }]).problems.map(formatProblem)).toEqual([
      'p.yaml:5 models[0]: model "gpt-4o-mni" is new; a new model needs offers',
    ]);
  });

  it('validates override prices like shipped ones (magnitude guard)', () => {
    const text = readFileSync(join(FIXTURES, 'negotiated.yaml'), 'utf8').replace('"2.40"', '"0.0024"');
    const merged = mergeOverrides(base, [{ file: 'n.yaml', text }]);
    expect(merged.problems.map(formatProblem)[0]).toMatch(
      /^n\.yaml:13 models\[0\]\.offers\[0\]\.prices\[0\]\.trainingPer1M: 0\.0024 is outside the plausible range/,
    );
  });
});
