/** The shipped catalog: it validates, and every figure in it says where it came from and when. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCatalogDir } from '../../src/catalog/load.js';
import { embeddedCatalog } from '../../src/catalog/embedded.js';
import { listEntries } from '../../src/catalog/listing.js';

const PRICING = join(import.meta.dirname, '../../pricing');
const URL = /^https?:\/\/\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every object in the raw catalog that carries a figure (a dated entry, a limit, a spec, a throughput). */
function sourcedObjects(value: unknown, path = '', out: { path: string; obj: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) sourcedObjects(v, `${path}[${i}]`, out);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (
      'effectiveFrom' in obj ||
      'maxTokensPerExample' in obj ||
      'peakBf16Tflops' in obj ||
      'tokensPerSecond' in obj ||
      'outputTokensPerSecond' in obj ||
      'status' in obj
    )
      out.push({ path, obj });
    for (const [k, v] of Object.entries(obj)) sourcedObjects(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

describe('the shipped catalog', () => {
  const { catalog, problems } = validateCatalogDir(PRICING);

  it('validates with no problem', () => {
    expect(problems).toEqual([]);
    expect(catalog).toBeDefined();
  });

  it('gives every price, limit, status and throughput figure a source URL and an asOf date', () => {
    const objects = sourcedObjects(catalog);
    expect(objects.length).toBeGreaterThan(250);
    const unsourced = objects.filter(
      ({ obj }) =>
        typeof obj.source !== 'string' || !URL.test(obj.source) || typeof obj.asOf !== 'string' || !DATE.test(obj.asOf),
    );
    expect(unsourced.map((u) => u.path)).toEqual([]);
  });

  it('covers every provider the issue names, fine-tuning and GPU rental alike', () => {
    const providers = new Set(listEntries(embeddedCatalog(), '2026-11-23', '2026-11-23').map((e) => e.provider));
    for (const id of [
      'openai',
      'azure-openai',
      'vertex-ai',
      'aws-bedrock',
      'together',
      'fireworks',
      'huggingface',
      'mistral',
      'cohere',
      'lambda',
      'runpod',
      'vast-ai',
      'coreweave',
      'nebius',
    ]) {
      expect(providers, id).toContain(id);
    }
  });

  it('has GPU-hour prices for A10, L4, L40S, A100 40/80 GB, H100, H200 and B200', () => {
    const gpus = new Set(embeddedCatalog().gpuOffers.map((o) => o.gpu));
    for (const gpu of ['a10', 'l4', 'l40s', 'a100-40gb', 'a100-80gb', 'h100-sxm', 'h200', 'b200'])
      expect(gpus, gpu).toContain(gpu);
  });

  it('records what is not published instead of guessing: Bedrock Nova training, Mistral per-token training', () => {
    const entries = listEntries(embeddedCatalog(), '2026-11-23', '2026-11-23', {
      providers: ['aws-bedrock', 'mistral'],
    });
    const nova = entries.find((e) => e.model === 'amazon.nova-micro-v1:0')!;
    expect(nova.notPublished).toEqual(['trainingPer1M', 'storagePerMonth']);
    expect(nova.prices.trainingPer1M).toBeUndefined();
    expect(nova.prices.inputPer1M!.toFixed()).toBe('0.035');
    const mistral = entries.find((e) => e.model === 'open-mistral-7b')!;
    expect(mistral.notPublished).toEqual(['trainingPer1M']);
    expect(mistral.prices.minimumChargePerJob!.toFixed()).toBe('4');
    expect(mistral.prices.storagePerMonth!.toFixed()).toBe('2');
  });

  it('keeps the OpenAI legacy conflict on record: davinci-002 at $12 / $12 with the $2 / $2 figure rejected', () => {
    const davinci = embeddedCatalog()
      .providers.find((p) => p.id === 'openai')!
      .models.find((m) => m.id === 'davinci-002')!;
    expect(davinci.offers[0]!.prices[0]!.outputPer1M!.toFixed()).toBe('12');
    expect(davinci.rejected?.[0]?.figure).toContain('$2.00');
  });

  it('splits an 8-GPU instance price exactly: CoreWeave 8x H100 $49.24/h is $6.155 per GPU-hour', () => {
    const cw = embeddedCatalog().gpuOffers.find(
      (o) => o.provider === 'coreweave' && o.gpu === 'h100-sxm' && !o.interruptible,
    )!;
    expect(cw.prices[0]!.gpuPerHour.toFixed()).toBe('6.155');
    expect(cw.prices[0]!.instancePerHour!.toFixed()).toBe('49.24');
  });
});
