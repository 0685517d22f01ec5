/** `ftcost fit`'s work: the memory answer for one model on every GPU the catalog rents (see ./fit.ts). */
import { type ArchitectureEntry, architectureOf, shippedArchitectures } from '../../src/catalog/architecture.js';
import type { Catalog } from '../../src/catalog/model.js';
import { findModels, unknownModel } from '../../src/catalog/query.js';
import { Decimal, d } from '../../src/decimal.js';
import { MEMORY_HEADROOM, OVERHEAD_GIB_PER_GPU } from '../../src/engine/memory/constants.js';
import { fitOnGpus, type GpuForFit } from '../../src/engine/memory/fit.js';
import { servingMemory, trainingMemory } from '../../src/engine/memory/memory.js';
import {
  MEMORY_METHODS,
  MEMORY_PRECISIONS,
  type MemoryMethod,
  type MemoryPrecision,
} from '../../src/domain/vocabulary.js';
import { UserError } from '../../src/errors.js';
import { FORMATS } from '../../src/render/formats.js';
import { fitCsv, fitRenderers } from '../../src/render/fit.js';
import { hardwareOn } from '../../src/resolve/hardware.js';
import type { FitResult, FitWorkload } from '../../src/result/fit.js';
import { suggest } from '../../src/text/suggest.js';
import { catalogFor } from '../catalog-source.js';
import type { CliContext } from '../context.js';
import { outputPlan, textFormat, writeOutput } from '../output.js';
import { asOfWarning, parseCount, parseDate } from '../options.js';
import { DEFAULT_RANK, type FitArgs } from './fitArgs.js';

/** GPUs per node for a GPU no catalog rental offers: the usual server shapes. */
const STANDARD_NODE_SIZES = [1, 2, 4, 8] as const;

function choice<T extends string>(flag: string, raw: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new UserError(`--${flag} must be one of ${allowed.join(', ')}; got "${raw}"${suggest(raw, allowed)}`, {
    code: flag === 'method' ? 'unknown-method' : 'invalid-choice',
  });
}

/** The architecture -m names: its own id, or a catalog model it is; a clear refusal otherwise. */
function architectureFor(catalog: Catalog, id: string): ArchitectureEntry {
  const entries = shippedArchitectures();
  const direct = architectureOf(entries, id);
  if (direct) return direct;
  const found = findModels(catalog, id);
  if (found.length === 0) throw unknownModel(catalog, id, 'model');
  for (const { model } of found) {
    const arch = architectureOf(entries, model.id);
    if (arch) return arch;
  }
  if (found.every(({ model }) => model.parametersBillions === undefined))
    throw new UserError(`--model: "${id}" has no open weights: it cannot be self-hosted, so there is nothing to fit`, {
      code: 'invalid-input',
    });
  throw new UserError(
    `--model: no architecture figures for "${id}" yet (mixture-of-experts and sliding-window models are not ` +
      `modelled); ftcost fit knows ${entries.map((e) => e.id).join(', ')}`,
    { code: 'invalid-input' },
  );
}

/** A token count no longer than the model was trained for. */
function withinContext(flag: string, tokens: number, arch: ArchitectureEntry): number {
  if (tokens > arch.maxContext)
    throw new UserError(`--${flag} ${tokens} is longer than ${arch.id}'s maximum context (${arch.maxContext} tokens)`, {
      code: 'invalid-number',
    });
  return tokens;
}

function workloadOf(args: FitArgs, arch: ArchitectureEntry): FitWorkload {
  const precision = choice<MemoryPrecision>('precision', String(args.precision), MEMORY_PRECISIONS);
  const trainingFlags = (['method', 'seqLen', 'microBatch', 'rank'] as const).filter((k) => args[k] !== undefined);
  if (args.serve) {
    if (trainingFlags.length > 0)
      throw new UserError(
        `--serve sizes a deployment: drop --${trainingFlags[0]!.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        { code: 'conflicting-options' },
      );
    if (args.context === undefined)
      throw new UserError('--serve needs --context N (tokens of context per sequence)', { code: 'invalid-input' });
    const contextLength = withinContext('context', parseCount('context', args.context), arch);
    const concurrency = args.concurrency === undefined ? 1 : parseCount('concurrency', args.concurrency, { max: 1e6 });
    return { kind: 'serve', precision, contextLength, concurrency };
  }
  for (const flag of ['context', 'concurrency'] as const)
    if (args[flag] !== undefined)
      throw new UserError(`--${flag} sizes a deployment's KV cache: add --serve`, { code: 'conflicting-options' });
  if (args.method === undefined)
    throw new UserError(`--method is needed: ${MEMORY_METHODS.join(', ')} (or --serve for a deployment)`, {
      code: 'invalid-input',
    });
  const method = choice<MemoryMethod>('method', String(args.method), MEMORY_METHODS);
  if (args.seqLen === undefined)
    throw new UserError('--seq-len is needed: the tokens per training sequence', { code: 'invalid-input' });
  const sequenceLength = withinContext('seq-len', parseCount('seq-len', args.seqLen), arch);
  const microBatch = args.microBatch === undefined ? 1 : parseCount('micro-batch', args.microBatch, { max: 4096 });
  if (method === 'full' && args.rank !== undefined)
    throw new UserError('--rank is a LoRA rank: full fine-tuning has none', { code: 'conflicting-options' });
  const loraRank = method === 'full' ? null : args.rank === undefined ? DEFAULT_RANK : parseCount('rank', args.rank);
  if (loraRank !== null && loraRank > arch.hiddenSize)
    throw new UserError(
      `--rank ${loraRank} is above ${arch.id}'s hidden size (${arch.hiddenSize}): a LoRA rank is at most that`,
      { code: 'invalid-number' },
    );
  return {
    kind: 'train',
    method,
    precision,
    sequenceLength,
    microBatch,
    gradientCheckpointing: args.gradientCheckpointing,
    loraRank,
  };
}

/** The catalog's GPUs with their memory, and the node sizes its on-demand rentals offer on the date. */
function gpusOf(catalog: Catalog, asOf: string): GpuForFit[] {
  const specs = catalog.gpuSpecs ?? [];
  if (specs.length === 0) throw new UserError('the catalog lists no GPUs with their memory (throughput.yaml gpus:)');
  const sizes = new Map<string, Set<number>>();
  for (const offer of hardwareOn(catalog, asOf, undefined).rentals) {
    if (!offer.gpuPerHour) continue;
    const set = sizes.get(offer.gpu) ?? new Set<number>();
    set.add(offer.gpuCount);
    sizes.set(offer.gpu, set);
  }
  return specs.map((s) => {
    const offered = sizes.get(s.id);
    return {
      id: s.id,
      name: s.name,
      memoryGiB: d(s.memoryGB),
      nodeSizes: offered ? [...offered].sort((x, y) => x - y) : [...STANDARD_NODE_SIZES],
      offered: offered !== undefined,
    };
  });
}

/** `ftcost fit`'s handler (./fit.ts loads it on demand). */
export async function runFit(args: FitArgs, ctx: CliContext): Promise<number> {
  const plan = outputPlan(args, ctx, FORMATS);
  const format = textFormat(plan)!;
  if (args.model === undefined || String(args.model).trim() === '')
    throw new UserError('--model is needed: the open-weight model to fit (-m llama-3.1-8b)', {
      code: 'invalid-input',
    });
  const asOf = args.asOf === undefined ? ctx.today : parseDate('as-of', args.asOf);
  const catalog = await catalogFor(args, ctx);
  ctx.stderr.write(asOfWarning(catalog, asOf, ctx.today) ?? '');
  const architecture = architectureFor(catalog, String(args.model));
  const workload = workloadOf(args, architecture);
  const breakdown =
    workload.kind === 'serve'
      ? servingMemory({ architecture, ...workload })
      : trainingMemory({ architecture, ...workload, loraRank: workload.loraRank ?? 0 });
  const res: FitResult = {
    version: catalog.meta.version,
    asOf,
    today: ctx.today,
    requested: String(args.model),
    architecture,
    workload,
    plan: fitOnGpus(breakdown, gpusOf(catalog, asOf), {
      headroom: MEMORY_HEADROOM,
      overheadGiBPerGpu: new Decimal(OVERHEAD_GIB_PER_GPU),
    }),
  };
  await writeOutput(ctx, plan, { text: () => fitRenderers[format](res), csv: (dialect) => fitCsv(res, dialect) });
  return 0;
}
