import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogDir, loadOverrides } from '../../src/catalog/load.js';
import { type Catalog, toCatalog } from '../../src/catalog/model.js';
import { resolveField } from '../../src/catalog/query.js';
import { aggregate, type FeedPrice } from '../../scripts/prices-import/aggregate.js';
import { importAwsRows } from '../../scripts/prices-import/aws/import.js';
import { readAwsOffer } from '../../scripts/prices-import/aws/offer.js';
import { awsSkuMapping } from '../../scripts/prices-import/aws/skus.js';
import { importAzureItems } from '../../scripts/prices-import/azure/import.js';
import { readRetailFile, retailItemsFromText } from '../../scripts/prices-import/azure/items.js';
import { azureMeterTarget, azureTableMeters } from '../../scripts/prices-import/azure/meters.js';
import { runImport } from '../../scripts/prices-import/cli.js';
import { diffAgainstCatalog } from '../../scripts/prices-import/diff.js';
import type { ImportResult } from '../../scripts/prices-import/feed.js';
import { parseJsonKeepingNumbers } from '../../scripts/prices-import/jsonText.js';
import {
  catalogDecimal,
  fieldUnitKind,
  inFieldUnit,
  parseAzureUnit,
  plainDecimalText,
  priceOf,
} from '../../scripts/prices-import/units.js';

const AZURE_FIXTURE = 'test/fixtures/retail/azure-items.ndjson';
const AWS_FIXTURE = 'test/fixtures/retail/aws-bedrock-offer.json';
/** The day cpich3g/modelmeters pulled the API (commit 4cbcb5bb, 2025-11-30 00:41 UTC). */
const PULLED = '2025-11-30';
const COPY = 'https://github.com/cpich3g/modelmeters/tree/4cbcb5bb90da7aa9e897e73c75960b3311acc1b7/monthly/full';
const COGNITIVE_SERVICES =
  'https://prices.azure.com/api/retail/prices?$filter=serviceName%20eq%20%27Cognitive%20Services%27';

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runImport(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd() });
  return { code, stdout, stderr };
}

let catalog: Catalog;
let azure: ImportResult;
let azurePrices: FeedPrice[];

beforeAll(() => {
  const compiled = loadCatalogDir('pricing');
  catalog = toCatalog(compiled);
  azure = importAzureItems(readRetailFile(AZURE_FIXTURE, AZURE_FIXTURE).items);
  azurePrices = aggregate(azure.observations);
});

function feed(modelId: string, tier: string, field: string): FeedPrice {
  const found = azurePrices.find(
    (p) => p.target.modelId === modelId && p.target.tier === tier && p.target.field === field,
  );
  if (!found) throw new Error(`no feed price for ${modelId} ${tier} ${field}`);
  return found;
}

/** The shipped catalog's price of an Azure offer field on a day, as the catalog writes it. */
function shipped(
  modelId: string,
  method: string,
  tier: string,
  field: 'trainingPer1M' | 'trainingPerHour' | 'hostingPerHour',
  on: string,
) {
  const offer = catalog.providers
    .find((p) => p.id === 'azure-openai')!
    .models.find((m) => m.id === modelId)!
    .offers.find((o) => o.method === method && o.tier === tier)!;
  return resolveField(offer.prices, field, on)!.amount;
}

describe('prices:import azure: the saved Retail Prices response reproduces the catalog', () => {
  // The done-criterion: training and hosting figures of the catalog's Azure offers come out
  // of a saved API response exactly, both on the day it was pulled and in the current catalog.
  const cases: [string, string, string, 'trainingPer1M' | 'trainingPerHour' | 'hostingPerHour', string][] = [
    ['gpt-4o-mini-2024-07-18', 'sft', 'global', 'trainingPer1M', '3.00'],
    ['gpt-4o-mini-2024-07-18', 'sft', 'global', 'hostingPerHour', '1.70'],
    ['gpt-4o-mini-2024-07-18', 'sft', 'regional', 'trainingPer1M', '3.30'],
    ['gpt-4o-mini-2024-07-18', 'sft', 'regional', 'hostingPerHour', '1.70'],
    ['gpt-4.1-2025-04-14', 'sft', 'global', 'trainingPer1M', '25.00'],
    ['gpt-4.1-2025-04-14', 'sft', 'global', 'hostingPerHour', '1.70'],
    ['gpt-4.1-2025-04-14', 'sft', 'regional', 'trainingPer1M', '27.50'],
    ['gpt-4.1-2025-04-14', 'sft', 'regional', 'hostingPerHour', '1.70'],
    ['gpt-4.1-mini-2025-04-14', 'sft', 'global', 'trainingPer1M', '5.00'],
    ['o4-mini-2025-04-16', 'rft', 'global', 'trainingPerHour', '100.00'],
    ['o4-mini-2025-04-16', 'rft', 'regional', 'trainingPerHour', '110.00'],
    ['gpt-oss-20b', 'sft', 'global', 'trainingPer1M', '3.60'],
    ['gpt-oss-20b', 'sft', 'global', 'hostingPerHour', '0.30'],
    ['Qwen3-32B', 'sft', 'global', 'trainingPer1M', '3.20'],
  ];
  it.each(cases)('%s %s %s %s = %s', (modelId, method, tier, field, figure) => {
    const price = feed(modelId, tier, field);
    expect(catalogDecimal(price.amount)).toBe(figure);
    expect(price.target.method).toBe(method);
    expect(price.amount.eq(shipped(modelId, method, tier, field, PULLED))).toBe(true);
    expect(price.amount.eq(shipped(modelId, method, tier, field, '2026-12-07'))).toBe(true);
  });

  it('takes the lowest regional meter, as the catalog does, and keeps the spread', () => {
    const training = feed('gpt-4o-mini-2024-07-18', 'regional', 'trainingPer1M');
    expect(training.amount.toFixed()).toBe('3.3');
    expect(training.highest.toFixed()).toBe('3.96');
    expect(training.regions).toEqual(['southeastasia', 'swedencentral']);
    expect(training.regionsAtLowest).toEqual(['swedencentral']);
    expect(training.effectiveFrom).toBe('2024-09-01');
    // US Gov meters of gpt-oss-20b are 25% higher; Global is the lowest.
    expect(feed('gpt-oss-20b', 'global', 'trainingPer1M').highest.toFixed()).toBe('4.5');
  });

  it('accounts for every item: imported, known and skipped with a reason, unmapped by name, or not fine-tuning', () => {
    const count = (rows: { items: number }[]) => rows.reduce((n, r) => n + r.items, 0);
    expect(azure.observations.length + count(azure.known) + count(azure.unmapped) + count(azure.ignored)).toBe(39);
    expect(azure.problems).toEqual([]);
    expect(azure.observations).toHaveLength(34);
  });

  it('reports a meter it cannot map by name, never drops it', () => {
    expect(azure.unmapped.map((u) => [u.name, u.items])).toEqual([
      ['Phi-4-FT Tokens', 1],
      ['babbage-002-FT-Trng-glbl Unit', 1],
    ]);
    expect(azure.known.map((k) => k.name)).toEqual([
      'gpt 4o mini dev ft inpt glbl Tokens',
      'gpt-4.1-ft mdl grdr inpt Tokens',
    ]);
    expect(azure.ignored).toEqual([{ reason: expect.stringMatching(/^not a fine-tuning meter/), items: 1 }]);
  });

  it('diffs against the catalog: same, different (catalog X vs feed Y), missing in catalog', () => {
    const rows = diffAgainstCatalog(catalog, 'azure-openai', azurePrices, PULLED);
    const status = (modelId: string, tier: string, field: string) =>
      rows.find(
        (r) => r.price.target.modelId === modelId && r.price.target.tier === tier && r.price.target.field === field,
      );
    expect(status('gpt-4o-mini-2024-07-18', 'global', 'trainingPer1M')!.status).toBe('same');
    const developer = status('gpt-4.1-2025-04-14', 'developer', 'trainingPer1M')!;
    expect([developer.status, catalogDecimal(developer.catalog!), catalogDecimal(developer.price.amount)]).toEqual([
      'different',
      '12.50',
      '44.00',
    ]);
    expect(status('gpt-4o-mini-2024-07-18', 'datazone', 'cachedInputPer1M')).toMatchObject({
      status: 'missing',
      why: 'no price in force on 2025-11-30',
    });
  });
});

describe('per-1K → per-1M conversion is exact decimal arithmetic', () => {
  it.each([
    ['0.003', '3'],
    ['8.3e-05', '0.083'],
    ['7e-05', '0.07'],
    ['0.000165', '0.165'],
    // A binary float gives 1.5130000000000001 for 0.001513 * 1000 (gpt-4o regional cached input).
    ['0.001513', '1.513'],
    ['0.03025', '30.25'],
  ])('%s per 1K = %s per 1M', (perThousand, perMillion) => {
    const converted = inFieldUnit(priceOf(perThousand)!, parseAzureUnit('1K')!, 'inputPer1M')!;
    expect(converted.toFixed()).toBe(perMillion);
  });

  it('keeps JSON numbers as the text the API wrote', () => {
    expect(parseJsonKeepingNumbers('{"a": 7e-05, "b": "x 1.5 \\" 2", "c": [1, -0.5, true, null]}')).toEqual({
      a: '7e-05',
      b: 'x 1.5 " 2',
      c: ['1', '-0.5', true, null],
    });
    expect(plainDecimalText('8.3e-05')).toBe('0.000083');
    expect(plainDecimalText('1.7E+2')).toBe('170');
    expect(plainDecimalText('0.1.2')).toBeUndefined();
  });

  it('per-hour meters stay per hour; a unit that does not fit its field is refused', () => {
    expect(inFieldUnit(priceOf('1.7')!, parseAzureUnit('1 Hour')!, 'hostingPerHour')!.toFixed()).toBe('1.7');
    expect(inFieldUnit(priceOf('0.3')!, parseAzureUnit('1/Hour')!, 'hostingPerHour')!.toFixed()).toBe('0.3');
    expect(inFieldUnit(priceOf('34')!, parseAzureUnit('1 Hour')!, 'trainingPer1M')).toBeUndefined();
    expect(parseAzureUnit('1/Day')).toBeUndefined();
  });
});

describe('the meter table', () => {
  it('sends token meters to per-1M fields and hourly "Unit" meters to per-hour fields', () => {
    for (const { name, target } of azureTableMeters()) {
      const kind = fieldUnitKind(target.field);
      expect([name, kind]).toEqual([name, name.endsWith(' tokens') ? 'tokens' : 'hours']);
    }
  });

  it('names only models the shipped catalog has', () => {
    const ids = new Set(catalog.providers.find((p) => p.id === 'azure-openai')!.models.map((m) => m.id));
    const missing = azureTableMeters().filter(({ target }) => !ids.has(target.modelId));
    expect(missing).toEqual([]);
  });

  it('maps the names of every generation read (2024 dashes, 2025 words, 2026 Data Zone "Dz" / "DZ")', () => {
    expect(azureMeterTarget('gpt-4o-mini-0718-FT-Trng-glbl Tokens')).toEqual({
      modelId: 'gpt-4o-mini-2024-07-18',
      method: 'sft',
      tier: 'global',
      field: 'trainingPer1M',
    });
    expect(azureMeterTarget('4.1 mini ft training Dz Tokens')).toMatchObject({
      tier: 'datazone',
      field: 'trainingPer1M',
    });
    expect(azureMeterTarget('o4 mini ft inp Dz Tokens')).toMatchObject({
      modelId: 'o4-mini-2025-04-16',
      tier: 'datazone',
    });
    expect(azureMeterTarget('OSS 20b FT DZ Deployment Hosting Unit')).toMatchObject({ field: 'hostingPerHour' });
    expect(azureMeterTarget('  gpt-4.1  FT Training GLOBAL Tokens ')).toMatchObject({ modelId: 'gpt-4.1-2025-04-14' });
    expect(azureMeterTarget('Phi-4-FT Tokens')).toBeUndefined();
  });
});

describe('reading saved responses', () => {
  it(
    'reads an API page ({"Items": [...], "NextPageLink"}) like NDJSON, ' + 'and takes the $filter off its NextPageLink',
    () => {
      const lines = readFileSync(AZURE_FIXTURE, 'utf8').trim().split('\n');
      const next =
        'https://prices.azure.com:443/api/retail/prices' +
        '?$filter=serviceName%20eq%20%27Cognitive%20Services%27&$skip=1000';
      const page =
        `{"BillingCurrency": "USD", "Items": [${lines.join(', ')}], ` + `"NextPageLink": "${next}", "Count": 1000}`;
      const read = retailItemsFromText(page, 'page.json');
      expect(read.filter).toBe("serviceName eq 'Cognitive Services'");
      expect(read.items.map((i) => [i.meterName, i.retailPrice])).toEqual(
        readRetailFile(AZURE_FIXTURE, AZURE_FIXTURE).items.map((i) => [i.meterName, i.retailPrice]),
      );
    },
  );

  it('reports a malformed line by file:line and reads the rest', () => {
    const lines = readFileSync(AZURE_FIXTURE, 'utf8').trim().split('\n');
    const read = retailItemsFromText([lines[0], '{"meterName": "x"}', 'not json', lines[5]].join('\n'), 'bad.ndjson');
    expect(read.items).toHaveLength(2);
    expect(read.problems).toEqual([
      'bad.ndjson:2: no currencyCode (every Retail Prices item has one)',
      'bad.ndjson:3: not a JSON line',
    ]);
  });
});

describe('npm run prices:import -- azure', () => {
  it('prints YAML entries on stdout and the diff and unmapped meters on stderr', () => {
    const { code, stdout, stderr } = run(['azure', AZURE_FIXTURE, '--as-of', PULLED]);
    expect(code).toBe(0);
    const lines = stderr.split('\n');
    expect(lines).toContain('  same: gpt-4o-mini-2024-07-18 sft global trainingPer1M 3.00');
    expect(lines).toContain('  same: gpt-4o-mini-2024-07-18 sft global hostingPerHour 1.70');
    expect(lines).toContain(
      '  same: gpt-4o-mini-2024-07-18 sft regional trainingPer1M 3.30 [lowest in 1 of 2 regions; up to 3.96]',
    );
    expect(lines).toContain(
      '  different: gpt-4.1-2025-04-14 sft developer trainingPer1M (catalog 12.50 vs feed 44.00)',
    );
    expect(lines).toContain(
      '  missing in catalog: gpt-4o-mini-2024-07-18 sft developer trainingPer1M ' +
        '(feed 22.00; no price in force on 2025-11-30)',
    );
    expect(lines).toContain(
      "  'Phi-4-FT Tokens' (product Phi, unit 1K; 1 row): no row in scripts/prices-import/azure/meters.ts",
    );
    expect(lines).toContain(
      'summary: 26 same, 1 different, 2 missing in catalog; ' +
        '2 row names not mapped; 2 known row names not imported; 0 unreadable rows',
    );
    const yaml = parse(stdout);
    const mini = yaml.models.find((m: { id: string }) => m.id === 'gpt-4o-mini-2024-07-18');
    const global = mini.offers.find((o: { tier: string }) => o.tier === 'global');
    expect(global.prices).toEqual([
      expect.objectContaining({
        effectiveFrom: '2024-12-01',
        source: 'https://prices.azure.com/api/retail/prices',
        asOf: PULLED,
        sourceKind: 'official',
        trainingPer1M: '3.00',
        inputPer1M: '0.15',
        cachedInputPer1M: '0.075',
        outputPer1M: '0.60',
        hostingPerHour: '1.70',
      }),
    ]);
    expect(global.prices[0].note).toContain(
      "trainingPer1M: 'gpt-4o-mini-0718-FT-Trng-glbl Tokens' 0.003 per 1K tokens (x 1,000 = per 1M, derived), 1 region",
    );
    // Prices are quoted decimal strings in the file, never YAML floats.
    expect(stdout).toContain('trainingPer1M: "3.00"');
  });

  it('a third party’s copy is recorded as a copy of the API query, and the YAML is a valid --prices file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prices-import-'));
    const out = join(dir, 'azure.yaml');
    const { code, stdout } = run([
      'azure',
      AZURE_FIXTURE,
      '--as-of',
      PULLED,
      '--filter',
      "serviceName eq 'Cognitive Services'",
      '--copied-from',
      COPY,
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(`source: ${COPY} (copy of ${COGNITIVE_SERVICES})`);
    const entry = parse(readFileSync(out, 'utf8')).models[0].offers[0].prices[0];
    expect(entry).toMatchObject({ source: COPY, sourceKind: 'copy', original: COGNITIVE_SERVICES, asOf: PULLED });
    const warnings: string[] = [];
    const merged = loadOverrides([out], catalog, process.cwd(), { onWarning: (w) => warnings.push(w) });
    const offer = merged.providers
      .find((p) => p.id === 'azure-openai')!
      .models.find((m) => m.id === 'gpt-4.1-2025-04-14')!
      .offers.find((o) => o.method === 'sft' && o.tier === 'developer')!;
    expect(catalogDecimal(resolveField(offer.prices, 'trainingPer1M', PULLED)!.amount)).toBe('44.00');
    // The override check flags the one figure far from the shipped one: the Developer training meter
    // of November 2025 (0.022 per 1K), later 0.0015 per 1K (the catalog's 1.50 from 2025-12-01).
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          /azure\.yaml:\d+ models\[0\]\.offers\[\d\]\.prices\[0\]\.trainingPer1M: /.source +
            /22\.00 is 14\.7× the shipped 1\.5 for azure-openai\/gpt-4o-mini-2024-07-18 sft \(developer\)/.source,
        ),
      ),
    ]);
  });

  it('refuses a bad feed name or date (exit 2, usage on stderr)', () => {
    expect(run(['gcp', AZURE_FIXTURE]).code).toBe(2);
    const bad = run(['azure', AZURE_FIXTURE, '--as-of', '2025-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^prices:import: --as-of must be a date YYYY-MM-DD, got "2025-02-30"\n/);
    expect(run(['azure', 'test/fixtures/retail/README.md']).code).toBe(2);
    expect(run(['azure', 'nope.ndjson'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'prices:import: nope.ndjson cannot be read: no such file\n',
    });
  });
});

describe('npm run prices:import -- aws', () => {
  it(
    'maps the offer file’s custom-model SKU to the catalog ' + '(Nova Lite custom-model input $0.06 / 1M = catalog)',
    () => {
      const offer = readAwsOffer(AWS_FIXTURE, AWS_FIXTURE);
      const result = importAwsRows(offer.rows);
      const prices = aggregate(result.observations);
      expect(prices.map((p) => [p.target.modelId, p.target.method, p.target.field, catalogDecimal(p.amount)])).toEqual([
        ['amazon.nova-lite-v1:0', 'sft-lora', 'inputPer1M', '0.06'],
      ]);
      expect(prices[0]!.effectiveFrom).toBe('2026-08-01');
      expect(diffAgainstCatalog(catalog, 'aws-bedrock', prices, '2026-09-11').map((r) => r.status)).toEqual(['same']);
      expect(result.known.map((k) => k.name)).toEqual(['USE1-NovaLite-ProvisionedThroughput-1month-ModelUnits']);
      expect(result.ignored).toEqual([{ reason: expect.stringMatching(/^not a model-customization SKU/), items: 2 }]);
    },
  );

  it('prints the diff with asOf from the offer file’s publicationDate and the bulk-API URL as source', () => {
    const { code, stdout, stderr } = run(['aws', AWS_FIXTURE]);
    expect(code).toBe(0);
    expect(stderr).toContain("asOf 2026-09-11 (the offer file's publicationDate)");
    expect(stderr).toContain('  same: amazon.nova-lite-v1:0 sft-lora inputPer1M 0.06\n');
    expect(parse(stdout).models[0].offers[0].prices[0]).toMatchObject({
      source:
        'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonBedrock/20260911124408/us-east-1/index.json',
      inputPer1M: '0.06',
    });
  });

  it('reads customization usage types by region prefix, family and ending; an unknown family is reported', () => {
    expect(awsSkuMapping('USE1-Nova2.0Lite-Customization-Training', 'Model Customization')).toEqual({
      kind: 'target',
      target: { modelId: 'amazon.nova-2-lite-v1:0', method: 'sft', field: 'trainingPer1M' },
    });
    expect(awsSkuMapping('USW2-NovaPro-Customization-Storage', 'Model Customization')).toMatchObject({
      target: { field: 'storagePerMonth' },
    });
    expect(awsSkuMapping('USE1-Qwen3-32B-input-tokens-custom-model', 'Model Customization')).toMatchObject({
      kind: 'unmapped',
    });
    expect(awsSkuMapping('USE1-NovaLite-input-tokens', 'On-demand Inference')).toEqual({ kind: 'not-customization' });
  });

  it('an offer file without customization SKUs says so in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prices-import-'));
    const file = join(dir, 'base-only.json');
    const offer = JSON.parse(readFileSync(AWS_FIXTURE, 'utf8'));
    delete offer.products['2W4JGY5BWVAPKQ6J'];
    delete offer.terms.OnDemand['2W4JGY5BWVAPKQ6J'];
    writeFileSync(file, JSON.stringify(offer));
    const { code, stderr } = run(['aws', file]);
    expect(code).toBe(0);
    expect(stderr).toContain('\n  no model-customization SKU in the offer file: nothing to import\n');
  });
});
