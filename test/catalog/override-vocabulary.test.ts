/**
 * Issue 24, round two: an override file is held to the catalog's vocabulary and magnitudes. A provider id the
 * catalog lacks needs `new: true` (a typo gets "did you mean"); base-model prices get the same 10×/100× guard
 * as offer prices; and an override's `notPublished: [trainingPer1M]` hides the shipped training price.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeOverrides } from '../../src/catalog/override.js';
import { formatProblem } from '../../src/catalog/validate.js';
import { runCli } from '../helpers/cli.js';
import { fixtureCatalog } from '../helpers/catalog.js';

const CATALOG = join(import.meta.dirname, '../fixtures/catalogs/golden');
const dir = mkdtempSync(join(tmpdir(), 'ftcost-vocab-'));
const TODAY = '2026-12-07';

const entry = (fields: string) =>
  `          - { effectiveFrom: "2026-10-01", source: "https://example.com/c", asOf: "2026-10-01", ${fields} }`;

/** A full provider file; `newLine` is inserted under `provider:` (e.g. "new: true"). */
function fullProvider(id: string, newLine = ''): string {
  return [
    'schemaVersion: 1',
    'provider:',
    `  id: ${id}`,
    ...(newLine ? [`  ${newLine}`] : []),
    '  name: Open Lab (typo?)',
    '  pricingUrls: [https://example.com/pricing]',
    '  defaultEpochs: { value: 3, source: "https://example.com/docs", asOf: "2026-10-01" }',
    'models:',
    '  - id: ol-mini',
    '    offers:',
    '      - method: sft',
    '        prices:',
    entry('trainingPer1M: "0.30"'),
    '',
  ].join('\n');
}

const merge = (text: string) => mergeOverrides(fixtureCatalog(), [{ file: 'o.yaml', text }], TODAY);

describe('a provider the catalog lacks must be marked new: true', () => {
  it('a mistyped provider id is refused with the nearest known id, on its line', () => {
    const result = merge(fullProvider('openlb'));
    expect(result.catalog).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      'o.yaml:3 provider.id: provider "openlb" is not in the catalog; did you mean "openlab"? ' +
        '(a provider the catalog lacks needs new: true under provider:, and to be given in full)',
    ]);
  });

  it('the same file with new: true adds the provider, and new: true is not kept on it', () => {
    const result = merge(fullProvider('openlb', 'new: true'));
    expect(result.problems).toEqual([]);
    const added = result.catalog!.providers.find((p) => p.id === 'openlb')!;
    expect(added.models.map((m) => m.id)).toEqual(['ol-mini']);
    expect('new' in added).toBe(false);
  });

  it('new: true given as something other than true is not the explicit mark', () => {
    expect(merge(fullProvider('inhouse', 'new: "yes"')).problems[0]!.message).toMatch(/^provider "inhouse" is not/);
  });
});

describe('base-model prices get the 10× / 100× guard of the price-kind table', () => {
  const base = (fields: string, force = '') =>
    [
      'schemaVersion: 1',
      'provider:',
      '  id: openlab',
      'models:',
      '  - id: ol-mini',
      ...(force ? [`    ${force}`] : []),
      '    basePrices:',
      entry(fields).slice(4),
      '',
    ].join('\n');

  it('a base input price 1,000× the shipped $0.15 is refused; 20× warns; force: true accepts', () => {
    // shipped: baseInputPer1M 0.15, baseOutputPer1M 0.60 (fixture openlab.yaml)
    const refused = merge(base('baseInputPer1M: "150", baseOutputPer1M: "0.60"'));
    expect(refused.problems.map(formatProblem)).toEqual([
      'o.yaml:7 models[0].basePrices[0].baseInputPer1M: 150 is 1000× the shipped 0.15 for openlab/ol-mini-2025-01-15 ' +
        '(base model); check the unit (per 1K or per 1M?), or set force: true on the model if it is right',
    ]);
    const warned = merge(base('baseInputPer1M: "3", baseOutputPer1M: "0.60"'));
    expect(warned.problems).toEqual([]);
    expect(warned.warnings.map((w) => w.message)).toEqual([
      '3 is 20× the shipped 0.15 for openlab/ol-mini-2025-01-15 (base model); check the unit (per 1K or per 1M?)',
    ]);
    expect(merge(base('baseInputPer1M: "150", baseOutputPer1M: "0.60"', 'force: true')).problems).toEqual([]);
  });
});

describe("silent item 14: an override's notPublished hides the shipped price", () => {
  it('ol-mini sft is "not published" from the entry, not $2.50 (before: still priced $2.50)', async () => {
    const path = join(dir, 'notpub.yaml');
    writeFileSync(
      path,
      [
        'schemaVersion: 1',
        'provider:',
        '  id: openlab',
        'models:',
        '  - id: ol-mini',
        '    offers:',
        '      - method: sft',
        '        prices:',
        entry('notPublished: [trainingPer1M]'),
        '',
      ].join('\n'),
    );
    const run = (...extra: string[]) =>
      runCli([
        'estimate',
        '--catalog',
        CATALOG,
        '-m',
        'ol-mini',
        '-p',
        'openlab',
        '--existing-customer',
        'openlab',
        '--examples',
        '500',
        '--epochs',
        '3',
        '--format',
        'json',
        ...extra,
      ]);
    const shipped = JSON.parse((await run()).stdout) as { rows: { trainingCost: string | null }[] };
    expect(shipped.rows[0]!.trainingCost).toBe('1.875'); // 500 × 500 × 3 = 750,000 tokens × $2.50 / 1M
    const res = await run('--prices', path);
    expect(res.code).toBe(0);
    const rows = (JSON.parse(res.stdout) as { rows: { trainingCost: string | null; trainingPer1M?: unknown }[] }).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.trainingCost).toBeNull();
  });
});

describe('a GPU host the catalog lacks must be marked new: true', () => {
  const hosts = (id: string, extra: string[] = []) =>
    [
      'schemaVersion: 1',
      'hosts:',
      `  - id: ${id}`,
      ...extra,
      '    hardware:',
      '      - gpu: h100-sxm',
      '        kind: gpu-rental',
      '        prices:',
      entry('gpuPerHour: "2.00"'),
      '',
    ].join('\n');
  const named = ['    name: GPU Cloud', '    pricingUrls: [https://example.com/pricing]'];

  it('a mistyped host with a name and a pricing page is refused (before: a second host, ranked alone)', () => {
    const known = fixtureCatalog().gpuOffers[0]!.provider;
    const typo = `${known.slice(0, -1)}x`;
    const result = merge(hosts(typo, named));
    expect(result.catalog).toBeUndefined();
    expect(result.problems.map((p) => p.message)).toEqual([
      `host "${typo}" is not in the catalog; did you mean "${known}"?; ` +
        'a new host needs new: true, name and pricingUrls',
    ]);
  });

  it('new: true with a name and a pricing page adds it; new: true on a known host is refused', () => {
    const added = merge(hosts('my-cluster', ['    new: true', ...named]));
    expect(added.problems).toEqual([]);
    expect(added.catalog!.gpuOffers.filter((o) => o.provider === 'my-cluster')).toHaveLength(1);
    const known = fixtureCatalog().gpuOffers[0]!.provider;
    expect(merge(hosts(known, ['    new: true'])).problems.map((p) => p.message)).toEqual([
      `host "${known}" is already in the catalog; drop new: true to change its prices`,
    ]);
  });
});
