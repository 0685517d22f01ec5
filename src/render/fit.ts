/**
 * Renderers of `ftcost fit`: the memory breakdown and, per GPU, fits / does not fit on how many, in
 * every format. Pure: result → string; GiB are rounded here, for people, and nowhere else (JSON
 * keeps them exact).
 */
import { Decimal } from '../decimal.js';
import { type FitResult, toFitJson } from '../result/fit.js';
import { CSV_POINT, type CsvDialect, csvText, type SheetTable } from './csv.js';
import type { Format } from './formats.js';
import { mdTable, textTable } from './layout.js';
import { assumptionLines, titleWords, verdictWords, workloadWords } from './words/fit.js';

/** GiB for people: two decimals, rounded half up. */
function gib(x: Decimal): string {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

const HEADER = ['GPU', 'GiB', 'Fits', 'GPUs', 'Per GPU GiB', 'Node sizes'];
const ALIGN = ['left', 'right', 'left', 'right', 'right', 'left'] as const;

function rows(res: FitResult): string[][] {
  return res.plan.gpus.map((g) => [
    g.name,
    gib(g.memoryGiB),
    verdictWords(g.gpusNeeded),
    g.gpusNeeded === null ? '-' : String(g.gpusNeeded),
    `${gib(g.perGpuGiB)}${g.gpusNeeded === null ? ` (on ${g.atGpus})` : ''}`,
    g.nodeSizes.join(', ') + (g.offered ? '' : ' *'),
  ]);
}

function breakdownLine(res: FitResult): string {
  const b = res.plan.breakdown;
  const parts = [
    `weights ${gib(b.weightsGiB)}`,
    `gradients ${gib(b.gradientsGiB)}`,
    `optimizer ${gib(b.optimizerGiB)}`,
    `activations ${gib(b.activationsGiB)}`,
    `KV cache ${gib(b.kvCacheGiB)}`,
    `overhead ${gib(res.plan.assumptions.overheadGiBPerGpu)} per GPU`,
  ];
  return `Memory GiB: ${parts.join(' · ')}\nAll on one GPU: ${gib(res.plan.totalGiB)} GiB`;
}

function notes(res: FitResult): string[] {
  const percent = res.plan.assumptions.headroom.times(100).toFixed();
  return assumptionLines(res, percent, res.plan.assumptions.overheadGiBPerGpu.toFixed());
}

function table(res: FitResult): string {
  const columns = HEADER.map((header, i) => ({ header, align: ALIGN[i] }));
  return (
    [
      titleWords(res),
      workloadWords(res.workload),
      breakdownLine(res),
      '',
      textTable(columns, rows(res)),
      '',
      ...notes(res),
    ].join('\n') + '\n'
  );
}

function markdown(res: FitResult): string {
  return (
    [
      `**${titleWords(res)}**`,
      '',
      workloadWords(res.workload),
      '',
      breakdownLine(res),
      '',
      mdTable(HEADER, rows(res), [...ALIGN]),
      '',
      ...notes(res).map((n) => `- ${n}`),
    ].join('\n') + '\n'
  );
}

/** One row per GPU, the workload and the breakdown repeated on each (a sheet filters by any column). */
function fitSheet(res: FitResult): SheetTable {
  const w = res.workload;
  const b = res.plan.breakdown;
  const three = (x: Decimal) => x.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed();
  return {
    name: 'Fit',
    header: [
      'model',
      'mode',
      'method',
      'precision',
      'sequence_length_tokens',
      'micro_batch',
      'gradient_checkpointing',
      'lora_rank',
      'context_length_tokens',
      'concurrency',
      'gpu',
      'memory_gib',
      'usable_gib',
      'fits',
      'gpus_needed',
      'per_gpu_gib',
      'at_gpus',
      'weights_gib',
      'gradients_gib',
      'optimizer_gib',
      'activations_gib',
      'kv_cache_gib',
      'overhead_gib_per_gpu',
      'total_one_gpu_gib',
      'node_sizes',
      'rental_offered',
      'prices_as_of',
      'run_date',
    ],
    rows: res.plan.gpus.map((g) => [
      res.architecture.id,
      w.kind,
      w.kind === 'train' ? w.method : null,
      w.precision,
      w.kind === 'train' ? w.sequenceLength : null,
      w.kind === 'train' ? w.microBatch : null,
      w.kind === 'train' ? w.gradientCheckpointing : null,
      w.kind === 'train' ? w.loraRank : null,
      w.kind === 'serve' ? w.contextLength : null,
      w.kind === 'serve' ? w.concurrency : null,
      g.gpu,
      three(g.memoryGiB),
      three(g.usableGiB),
      g.gpusNeeded !== null,
      g.gpusNeeded,
      three(g.perGpuGiB),
      g.atGpus,
      three(b.weightsGiB),
      three(b.gradientsGiB),
      three(b.optimizerGiB),
      three(b.activationsGiB),
      three(b.kvCacheGiB),
      three(res.plan.assumptions.overheadGiBPerGpu),
      three(res.plan.totalGiB),
      g.nodeSizes.join(' '),
      g.offered,
      res.asOf,
      res.today,
    ]),
  };
}

export function fitCsv(res: FitResult, dialect: CsvDialect = CSV_POINT): string {
  return csvText(fitSheet(res), dialect);
}

export const fitRenderers: Record<Format, (res: FitResult) => string> = {
  table,
  json: (res) => `${JSON.stringify(toFitJson(res), null, 2)}\n`,
  csv: (res) => fitCsv(res),
  md: markdown,
};
