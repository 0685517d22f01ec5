/**
 * pricing/architecture/: the shipped figures are valid, each names catalog models that exist and are
 * open-weight, and the checks refuse a mistyped figure (the parameter count it gives is off).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { architectureOf, shippedArchitectures } from '../../src/catalog/architecture.js';
import { validateArchitectureFile } from '../../src/catalog/architectureSchema.js';
import { embeddedCatalog } from '../../src/catalog/embedded.js';
import { Decimal } from '../../src/decimal.js';
import { parameterCounts } from '../../src/domain/architecture.js';

const FILE = fileURLToPath(new URL('../../pricing/architecture/open-models.yaml', import.meta.url));
const TEXT = readFileSync(FILE, 'utf8');

describe('shipped architecture figures', () => {
  it('validate, and the compiled JSON is the file', () => {
    const checked = validateArchitectureFile(TEXT, 'open-models.yaml', '2026-12-07');
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(shippedArchitectures()).toEqual(checked.models);
  });

  it('name catalog models that exist, with open weights, whose size is the count within 25 %', () => {
    const catalog = embeddedCatalog();
    const models = new Map(catalog.providers.flatMap((p) => p.models.map((m) => [m.id, m] as const)));
    for (const a of shippedArchitectures()) {
      const counted = new Decimal(parameterCounts(a).total.toString()).div(1e9);
      for (const id of a.catalogModels) {
        const m = models.get(id);
        expect(m, `${a.id}: catalog model ${id}`).toBeDefined();
        expect(m!.parametersBillions, `${id} has open weights`).toBeDefined();
        const off = counted.minus(m!.parametersBillions!).abs().div(counted);
        // 25 %: some catalog sizes are the nominal one in the name (Bedrock's Llama 3.2 1B: 1 vs 1.24 counted).
        expect(off.lte('0.25'), `${id}: ${m!.parametersBillions}B vs ${counted.toFixed(2)}B`).toBe(true);
      }
    }
  });

  it('Llama 3.1 70B: 80 layers, 8 KV heads of 128, 70,553,706,496 parameters; found by a catalog id too', () => {
    const a = architectureOf(shippedArchitectures(), 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference');
    expect(a?.id).toBe('llama-3.1-70b');
    expect([a?.layers, a?.kvHeads, a?.headDim, a?.hiddenSize]).toEqual([80, 8, 128, 8192]);
    expect(parameterCounts(a!).total).toBe(70_553_706_496n);
  });
});

describe('checks', () => {
  it('refuse a mistyped figure: the parameter count drifts more than 1 % from the stated size', () => {
    // Llama 3.1 8B with intermediate_size 13336 instead of 14336: 7.24B counted against 8.03B stated.
    const bad = TEXT.replace(
      'intermediateSize: 14336\n    vocabSize: 128256',
      'intermediateSize: 13336\n    vocabSize: 128256',
    );
    const checked = validateArchitectureFile(bad, 'open-models.yaml');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problems[0]!.path).toBe('models[0].parametersBillions');
      expect(checked.problems[0]!.message).toMatch(/the figures give 7\.\d+B parameters, more than 1 %/);
    }
  });

  it('refuse a magnitude out of band and KV heads that do not divide the query heads', () => {
    const bad = TEXT.replace('layers: 32', 'layers: 3200').replace('kvHeads: 8', 'kvHeads: 7');
    const checked = validateArchitectureFile(bad, 'open-models.yaml');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((p) => p.path)).toContain('models[0].layers');
  });
});
