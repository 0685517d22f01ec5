/**
 * Which Amazon Bedrock SKU is which catalog price, by its usage type:
 * `{region}-{model family}-{what}`, e.g. USE1-NovaLite-input-tokens-custom-model.
 *
 * Read in a saved offer file (uwuclxdy/ai-pricelog's trimmed Bedrock index.json, 2026-09-11):
 * `-input-tokens-custom-model` (feature "Model Customization"), the price of running a customized
 * model on demand. The other customization usage types below were not seen in any saved offer file;
 * their names are as recorded from a live Price List query in a third party's cost notes
 * (USE1-Nova2.0Lite-Customization-Training / -Customization-Storage / -output-tokens-custom-model,
 * 2026-08-02), so a real file using other names is reported as unmapped rather than misread.
 */
import type { PriceField } from '../../../src/domain/priceKinds.js';
import type { Method } from '../../../src/domain/vocabulary.js';
import type { PriceTarget } from '../feed.js';

/** The usage type's model family → the catalog's model and the offer (method) it prices. */
const FAMILY_MODELS: Record<string, { modelId: string; method: Method }> = {
  NovaMicro: { modelId: 'amazon.nova-micro-v1:0', method: 'sft-lora' },
  NovaLite: { modelId: 'amazon.nova-lite-v1:0', method: 'sft-lora' },
  NovaPro: { modelId: 'amazon.nova-pro-v1:0', method: 'sft-lora' },
  'Nova2.0Lite': { modelId: 'amazon.nova-2-lite-v1:0', method: 'sft' },
};

/** Customization usage-type endings and the catalog field each prices. */
const CUSTOMIZATION_SUFFIXES: readonly (readonly [string, PriceField])[] = [
  ['-Customization-Training', 'trainingPer1M'],
  ['-Customization-Storage', 'storagePerMonth'],
  ['-input-tokens-custom-model', 'inputPer1M'],
  ['-output-tokens-custom-model', 'outputPer1M'],
  ['-cache-read-input-token-count-custom-model', 'cachedInputPer1M'],
];

/** "USE1-", "USW2-", "EUC1-", "APN1-": the region code Bedrock usage types start with. */
const REGION_PREFIX = /^[A-Z]{2,4}\d-/;

export type SkuMapping =
  | { kind: 'target'; target: PriceTarget }
  | { kind: 'unmapped'; why: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'not-customization' };

function isCustomizationSku(usagetype: string, feature: string): boolean {
  return feature === 'Model Customization' || /customization|custom-model/i.test(usagetype);
}

export function awsSkuMapping(usagetype: string, feature: string): SkuMapping {
  if (/ProvisionedThroughput/i.test(usagetype)) {
    return {
      kind: 'skip',
      reason:
        'Provisioned Throughput model units: not imported ' +
        '(the offer file does not say which custom models a unit serves)',
    };
  }
  if (!isCustomizationSku(usagetype, feature)) return { kind: 'not-customization' };
  const rest = usagetype.replace(REGION_PREFIX, '');
  const suffix = CUSTOMIZATION_SUFFIXES.find(([end]) => rest.toLowerCase().endsWith(end.toLowerCase()));
  if (!suffix)
    return { kind: 'unmapped', why: 'no customization usage-type ending in scripts/prices-import/aws/skus.ts' };
  const family = rest.slice(0, rest.length - suffix[0].length);
  const model = FAMILY_MODELS[family];
  if (!model) return { kind: 'unmapped', why: `model family "${family}" is not in scripts/prices-import/aws/skus.ts` };
  return { kind: 'target', target: { ...model, field: suffix[1] } };
}
