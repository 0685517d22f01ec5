/**
 * Which Azure Retail Prices meter is which catalog price: model id, method, tier and field, per
 * exact meter name. The names were read in saved API pulls (cpich3g/modelmeters 2025-11-30 and
 * guygregory/modelmeters.com 2025-08-25, raw items; nikklavzar/azure-genai-prices snapshot
 * 2026-07-31, the Data Zone "Dz" meters). Azure names meters inconsistently ("FT-Trng-glbl",
 * "FT Training global", "ft training Dz", "dev ft training glbl"), so the table lists names rather
 * than parsing them: a meter Azure renames or adds is reported as unmapped, never guessed into the
 * wrong field. A name is matched ignoring case and repeated spaces.
 *
 * Tiers are the catalog's (pricing/azure-openai.yaml): global = Global Standard ("glbl", "global"),
 * datazone = Data Zone Standard ("Dz", "DZ", "datazone"), regional = Standard ("regnl",
 * "regional"), developer = Developer ("dev ... glbl"). Meters without a tier word (open-weight
 * models) are Global, as the catalog files them.
 */
import type { PriceField } from '../../../src/domain/priceKinds.js';
import type { Method } from '../../../src/domain/vocabulary.js';
import type { PriceTarget } from '../feed.js';

type AzureTier = 'global' | 'datazone' | 'regional' | 'developer';
/** A field's meter name(s) in one tier: older and newer names of the same price. */
type FieldMeters = Partial<Record<PriceField, string | readonly string[]>>;

interface ModelMeters {
  modelId: string;
  method: Method;
  tiers: Partial<Record<AzureTier, FieldMeters>>;
}

const AZURE_MODEL_METERS: readonly ModelMeters[] = [
  {
    modelId: 'gpt-4o-mini-2024-07-18',
    method: 'sft',
    tiers: {
      global: {
        trainingPer1M: 'gpt-4o-mini-0718-FT-Trng-glbl Tokens',
        inputPer1M: 'gpt-4o-mini-0718-FT-inp-glbl Tokens',
        cachedInputPer1M: 'gpt-4o-mini-0718-cached-FT-inp-glbl Tokens',
        outputPer1M: 'gpt-4o-mini-0718-FT-Outp-glbl Tokens',
        hostingPerHour: 'gpt-4o-mini-0718-FT-Hstng-glbl Unit',
      },
      regional: {
        trainingPer1M: 'gpt-4o-mini-0718-FT-Trng-regnl Tokens',
        inputPer1M: 'gpt-4o-mini-0718-FT-inp-regnl Tokens',
        cachedInputPer1M: 'gpt-4o-mini-0718-cached-FT-inp-regnl Tokens',
        outputPer1M: 'gpt-4o-mini-0718-FT-outp-regnl Tokens',
        hostingPerHour: 'gpt-4o-mini-0718-FT-Hstng-regnl Unit',
      },
      datazone: {
        trainingPer1M: '4o mini 0718 ft training Dz Tokens',
        inputPer1M: '4o mini 0718 ft inp Dz Tokens',
        cachedInputPer1M: ['gpt-4o-mini-0718-cached-FT-inp-datazone Tokens', '4o mini 0718 ft cd inp Dz Tokens'],
        outputPer1M: '4o mini 0718 ft opt Dz Tokens',
        hostingPerHour: '4o mini 0718 ft hosting Dz Unit',
      },
      developer: { trainingPer1M: 'gpt 4o mini dev ft training glbl Tokens' },
    },
  },
  {
    modelId: 'gpt-4o-2024-08-06',
    method: 'sft',
    tiers: {
      global: {
        trainingPer1M: 'gpt-4o-0806-FT-Trng-glbl tkn Tokens',
        inputPer1M: 'gpt-4o-0806-FT-inp-glbl Tokens',
        cachedInputPer1M: 'gpt-4o-0806-cached-FT-inp-glbl Tokens',
        outputPer1M: 'gpt-4o-0806-FT-outp-glbl Tokens',
        hostingPerHour: 'gpt-4o-0806-FT-Hstng-glbl Unit',
      },
      regional: {
        trainingPer1M: 'gpt-4o-0806-FT-Trng-regnl tkn Tokens',
        inputPer1M: 'gpt-4o-0806-FT-inp-regnl Tokens',
        cachedInputPer1M: 'gpt-4o-0806-cached-FT-inp-regnl Tokens',
        outputPer1M: 'gpt-4o-0806-FT-outp-regnl Tokens',
        hostingPerHour: 'gpt-4o-0806-FT-Hstng-regnl Unit',
      },
      datazone: {
        trainingPer1M: '4o 0806 ft training Dz Tokens',
        inputPer1M: '4o 0806 ft inp Dz Tokens',
        cachedInputPer1M: ['gpt-4o-0806-cached-FT-inp-datazone Tokens', '4o 0806 ft cd inp Dz Tokens'],
        outputPer1M: '4o 0806 ft opt Dz Tokens',
        hostingPerHour: '4o 0806 ft hosting Dz Unit',
      },
      developer: { trainingPer1M: 'gpt 4o dev ft training glbl Tokens' },
    },
  },
  gpt41Family('gpt-4.1-2025-04-14', 'gpt-4.1', 'gpt 4.1', '4.1'),
  gpt41Family('gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini', 'gpt 4.1 mini', '4.1 mini'),
  gpt41Family('gpt-4.1-nano-2025-04-14', 'gpt-4.1-nano', 'gpt 4.1 nano', '4.1 nano'),
  {
    modelId: 'o4-mini-2025-04-16',
    method: 'rft',
    tiers: {
      global: {
        trainingPerHour: 'o4-mini RFT Training global Unit',
        inputPer1M: 'o4-mini-ft input global Tokens',
        cachedInputPer1M: 'o4-mini-ft cached input global Tokens',
        outputPer1M: 'o4-mini-ft output global Tokens',
        hostingPerHour: 'o4-mini-ft hosting global Unit',
      },
      regional: {
        trainingPerHour: 'o4-mini RFT Training regional Unit',
        inputPer1M: 'o4-mini-ft input regional Tokens',
        cachedInputPer1M: 'o4-mini-ft cached input regional Tokens',
        outputPer1M: 'o4-mini-ft output regional Tokens',
        hostingPerHour: 'o4-mini-ft hosting regional Unit',
      },
      datazone: {
        trainingPerHour: 'o4 mini rft training Dz Unit',
        inputPer1M: 'o4 mini ft inp Dz Tokens',
        cachedInputPer1M: 'o4 mini ft cd inp Dz Tokens',
        outputPer1M: 'o4 mini ft opt Dz Tokens',
        hostingPerHour: 'o4 mini ft hosting Dz Unit',
      },
      developer: {
        trainingPerHour: 'o4 mini dev RFT Training glb Unit',
        inputPer1M: 'o4 mini dev RFT inp glb Tokens',
        cachedInputPer1M: 'o4 mini dev RFT cd inp glb Tokens',
        outputPer1M: 'o4 mini dev RFT opt glb Tokens',
      },
    },
  },
  {
    modelId: 'gpt-oss-20b',
    method: 'sft',
    tiers: {
      global: {
        trainingPer1M: 'OSS-20b FT Tokens',
        inputPer1M: 'GPT-OSS-20b-IN-FT Tokens',
        outputPer1M: 'GPT-OSS-20b-Out-FT Tokens',
        hostingPerHour: 'OSS-20b FT Deployment Hosting Unit',
      },
      datazone: {
        trainingPer1M: 'OSS 20b FT DZ Tokens',
        inputPer1M: 'OSS 20b Inp FT DZ Tokens',
        outputPer1M: 'OSS 20b Outp FT DZ Tokens',
        hostingPerHour: 'OSS 20b FT DZ Deployment Hosting Unit',
      },
      regional: {
        trainingPer1M: '20b FT regnl Tokens',
        inputPer1M: 'OSS 20b Inp FT regnl Tokens',
        outputPer1M: 'OSS 20b Outp FT regnl Tokens',
        hostingPerHour: '20b FT regnl Deployment Hosting Unit',
      },
    },
  },
  {
    modelId: 'Llama-3.3-70B-Instruct',
    method: 'sft',
    tiers: {
      global: {
        inputPer1M: 'Llama3.3 70b-IN-FT Tokens',
        outputPer1M: 'Llama3.3-Out-FT Tokens',
        hostingPerHour: '3.3 70b FT Deployment Hosting Unit',
      },
    },
  },
  {
    modelId: 'Qwen3-32B',
    method: 'sft',
    tiers: {
      global: {
        trainingPer1M: 'Qwen3 32B FT Tokens',
        inputPer1M: 'Qwen3 32B-IN-FT Tokens',
        outputPer1M: 'Qwen3 32B-Out-FT Tokens',
        hostingPerHour: 'Qwen3 32B FT Deployment Hosting Unit',
      },
    },
  },
  {
    modelId: 'Ministral-3B',
    method: 'sft',
    tiers: {
      global: {
        trainingPer1M: 'Mnstrl 3B FT Tokens',
        inputPer1M: 'Ministral 3B Model In-FT Tokens',
        outputPer1M: 'Ministral 3B Model Out-FT Tokens',
        hostingPerHour: 'Mnstrl 3B FT Deployment Hosting Unit',
      },
    },
  },
];

/**
 * The GPT-4.1 family names its meters the same way for each size: "gpt-4.1-mini FT Training
 * global", "gpt-4.1-mini-ft input global", "gpt 4.1 mini dev ft training glbl", "4.1 mini ft inp Dz".
 * Two of them abbreviate "regional" ("cached input regnl", mini and nano only); both spellings are
 * listed, as read.
 */
function gpt41Family(modelId: string, dashed: string, spaced: string, short: string): ModelMeters {
  return {
    modelId,
    method: 'sft',
    tiers: {
      global: {
        trainingPer1M: `${dashed} FT Training global Tokens`,
        inputPer1M: `${dashed}-ft input global Tokens`,
        cachedInputPer1M: `${dashed}-ft cached input global Tokens`,
        outputPer1M: `${dashed}-ft output global Tokens`,
        hostingPerHour: `${dashed}-ft hosting global Unit`,
      },
      regional: {
        trainingPer1M: `${dashed} FT Training regional Tokens`,
        inputPer1M: `${dashed}-ft input regional Tokens`,
        cachedInputPer1M: [`${dashed}-ft cached input regional Tokens`, `${dashed}-ft cached input regnl Tokens`],
        outputPer1M: `${dashed}-ft output regional Tokens`,
        hostingPerHour: `${dashed}-ft hosting regional Unit`,
      },
      datazone: {
        trainingPer1M: `${short} ft training Dz Tokens`,
        inputPer1M: `${short} ft inp Dz Tokens`,
        cachedInputPer1M: `${short} ft cd inp Dz Tokens`,
        outputPer1M: `${short} ft opt Dz Tokens`,
        hostingPerHour: `${short} ft hosting Dz Unit`,
      },
      developer: {
        trainingPer1M: `${spaced} dev ft training glbl Tokens`,
        inputPer1M: `${dashed}-dev-ft inpt glbl Tokens`,
        cachedInputPer1M: `${dashed}-dev-ft cchd inpt glbl Tokens`,
        outputPer1M: `${dashed}-dev-ft opt glbl Tokens`,
      },
    },
  };
}

/**
 * Fine-tuning meters recognised and deliberately not imported, with the reason the report prints.
 * Everything else that looks like fine-tuning and is not in the table is reported as unmapped.
 */
const AZURE_KNOWN_SKIPS: readonly { match: (normalised: string) => boolean; reason: string }[] = [
  {
    match: (name) => /\b(grader|grdr)\b/.test(name),
    reason: 'RFT model-grader tokens (billed when a model grader scores an RFT job): no catalog price field',
  },
  {
    match: (name) => /^gpt 4o( mini)? dev ft (inpt|cchd inpt|opt) glbl tokens$/.test(name),
    reason:
      'Developer-tier 4o / 4o-mini inference meters are inconsistent (cached input above input); ' +
      "the catalog uses the Global rates, as Microsoft's cost-management doc says (pricing/azure-openai.yaml)",
  },
];

/** Meter names that are fine-tuning prices: a model's FT / RFT / fine-tuned meters. */
const FINE_TUNING_NAME = /(^|[\s-])(ft|rft)([\s-]|$)|fine[\s-]?tun/i;

function normalise(meterName: string): string {
  return meterName.trim().replace(/\s+/g, ' ').toLowerCase();
}

function buildIndex(): Map<string, PriceTarget> {
  const index = new Map<string, PriceTarget>();
  for (const { modelId, method, tiers } of AZURE_MODEL_METERS) {
    for (const [tier, fields] of Object.entries(tiers)) {
      for (const [field, names] of Object.entries(fields ?? {})) {
        for (const name of typeof names === 'string' ? [names] : (names ?? [])) {
          const key = normalise(name);
          // A name listed twice would send one meter to two prices: a table mistake, caught on load.
          if (index.has(key)) throw new Error(`azure/meters.ts: meter "${name}" is listed twice`);
          index.set(key, { modelId, method, tier, field: field as PriceField });
        }
      }
    }
  }
  return index;
}

const METER_INDEX = buildIndex();

/** The catalog price an Azure meter is, or undefined if the table does not list it. */
export function azureMeterTarget(meterName: string): PriceTarget | undefined {
  return METER_INDEX.get(normalise(meterName));
}

/** Why a known fine-tuning meter is not imported, or undefined. */
export function azureKnownSkip(meterName: string): string | undefined {
  const name = normalise(meterName);
  return AZURE_KNOWN_SKIPS.find((s) => s.match(name))?.reason;
}

export function looksLikeFineTuning(meterName: string): boolean {
  return FINE_TUNING_NAME.test(meterName);
}

/** Every meter name of the table (for tests: each must fit its field's unit). */
export function azureTableMeters(): { name: string; target: PriceTarget }[] {
  return [...METER_INDEX.entries()].map(([name, target]) => ({ name, target }));
}
