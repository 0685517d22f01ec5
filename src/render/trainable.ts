/**
 * `ftcost catalog list --trainable`: what a team can fine-tune on a date, one row per provider and
 * model, and one line per platform that has nothing to fine-tune. Pure renderers, one per format.
 */
import type { TrainableModel } from '../catalog/trainable.js';
import type { Format } from './formats.js';
import { type CatalogTrainableResult, toCatalogTrainableJson } from '../result/trainable.js';
import { CSV_POINT, type CsvDialect, csvText } from './csv.js';
import { mdTable, textTable } from './layout.js';

const HEADER = ['Provider', 'Model', 'Methods', 'Trainable until', 'Serves until', 'Training price source'];

function cells(m: TrainableModel): string[] {
  return [
    m.providerName,
    m.modelName ? `${m.modelName} (${m.model})` : m.model,
    m.methods.join(', ') + (m.status ? ` [${m.status}]` : ''),
    m.trainableUntil ?? 'not announced',
    m.servesUntil ?? 'not announced',
    m.priceSource
      ? `${m.priceSourceKind === 'copy' ? 'copy: ' : ''}${m.priceSource} (as of ${m.priceAsOf})`
      : 'not published in the sources read',
  ];
}

function withoutLines(res: CatalogTrainableResult): string[] {
  return res.without.map(
    (w) =>
      `${w.providerName}: no fine-tuning to start on ${res.asOf}${w.since ? ` (since ${w.since})` : ''}: ` +
      `${w.reason}${w.source ? ` (${w.source})` : ''}`,
  );
}

function customersLine(res: CatalogTrainableResult): string {
  const existing = [
    ...new Set(res.models.filter((m) => m.customer !== 'new').map((m) => `${m.provider} (${m.customer})`)),
  ];
  return existing.length
    ? `As an existing customer of ${existing.join(', ')}; a new customer everywhere else.`
    : 'As a new customer of every platform (--existing-customer ID for one you already fine-tune on).';
}

function table(res: CatalogTrainableResult): string {
  const head = `ftcost catalog list --trainable · catalog ${res.version} · on ${res.asOf}`;
  const body = res.models.length
    ? textTable(
        HEADER.map((header) => ({ header })),
        res.models.map(cells),
      )
    : 'Nothing can be fine-tuned with these filters on this date.\n';
  return (
    [head, customersLine(res), '', body.trimEnd(), ...(res.without.length ? ['', ...withoutLines(res)] : [])].join(
      '\n',
    ) + '\n'
  );
}

function markdown(res: CatalogTrainableResult): string {
  const lines = [`**What can be fine-tuned on ${res.asOf}** (catalog ${res.version}). ${customersLine(res)}`, ''];
  if (res.models.length) lines.push(mdTable(HEADER, res.models.map(cells)).trimEnd());
  for (const w of withoutLines(res)) lines.push('', `- ${w}`);
  return lines.join('\n') + '\n';
}

/** The same date columns under the same names as every other CSV: the price's date, the pricing date, the run date. */
export function catalogTrainableCsv(res: CatalogTrainableResult, dialect: CsvDialect = CSV_POINT): string {
  return csvText(
    {
      header: [
        'provider',
        'model',
        'model_name',
        'customer',
        'methods',
        'status',
        'trainable_until',
        'serves_until',
        'source',
        'as_of',
        'source_kind',
        'prices_as_of',
        'run_date',
      ],
      rows: res.models.map((m) => [
        m.provider,
        m.model,
        m.modelName,
        m.customer,
        m.methods.join(' '),
        m.status,
        m.trainableUntil,
        m.servesUntil,
        m.priceSource,
        m.priceAsOf,
        m.priceSourceKind,
        res.asOf,
        res.today,
      ]),
    },
    dialect,
  );
}

export const catalogTrainableRenderers: Record<Format, (res: CatalogTrainableResult) => string> = {
  table,
  json: (res) => `${JSON.stringify(toCatalogTrainableJson(res), null, 2)}\n`,
  csv: (res) => catalogTrainableCsv(res),
  md: markdown,
};
