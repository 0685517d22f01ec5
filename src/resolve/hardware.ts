/**
 * The catalog's GPU part → the hardware a break-even may self-host or serve on, on a date: on-demand
 * rentals and dedicated endpoints (the --gpu filter applied), each with its per-GPU-hour price in
 * force, and the throughput tables. Reading them builds the catalog's GPU part on first use
 * (src/catalog/model.ts), so only a model with open weights should ask.
 */
import type { Catalog, GpuOffer } from '../catalog/model.js';
import { resolveField } from '../catalog/query.js';
import type { Decimal } from '../decimal.js';
import type { GpuOfferOnDate, HardwareOnDate, ServingThroughput, TrainingThroughput } from '../domain/hardware.js';
import type { Precision } from '../domain/vocabulary.js';

export function hardwareOn(catalog: Catalog, date: string, gpu: string | undefined): HardwareOnDate {
  // Spread, as in training.ts: the later script pays for every property name spelt out.
  const onDate = (offer: GpuOffer): GpuOfferOnDate => ({
    ...offer,
    gpuPerHour: resolveField(offer.prices, 'gpuPerHour', date),
  });
  const offers = catalog.gpuOffers.filter((o) => !gpu || o.gpu === gpu);
  return {
    // On-demand only: spot capacity can be taken back mid-job, so it never stands for a deployment.
    rentals: offers.filter((o) => o.kind === 'gpu-rental' && !o.interruptible).map(onDate),
    dedicated: offers.filter((o) => o.kind === 'dedicated-endpoint').map(onDate),
    training: catalog.trainingThroughput,
    serving: catalog.servingThroughput,
  };
}

/** Throughput the user measured (--train-tokens-per-second, --serve-tokens-per-second), per GPU. */
export interface YourThroughput {
  /** Training tokens per second per GPU, for the self-hosted method. */
  trainTokensPerSecond?: Decimal;
  /** Aggregate output tokens per second per GPU under load. */
  serveTokensPerSecond?: Decimal;
  method: TrainingThroughput['method'];
  precision: Precision;
  /** The fine-tuned models' sizes (billions): a figure of yours is for each of them. */
  sizesBillions: readonly Decimal[];
  /** The day given (the run's day). */
  asOf: string;
  /**
   * How the audience names the option the figure came from ("--train-tokens-per-second" on the CLI,
   * "trainTokensPerSecond" in the library): the figure's source reads "your <that>". Default: the CLI's flag.
   */
  optionName?: (option: 'trainTokensPerSecond' | 'serveTokensPerSecond') => string;
}

/** "yours": what every output shows as the engine of a throughput the user gave. */
const YOURS = 'yours';

/**
 * The catalog with the user's own throughput in place of every catalog figure it stands for (every
 * GPU the catalog rents, each fine-tuned model's size, the method and precision asked): GPU-hours
 * then come from the user's measurement exactly. A serving figure keeps the GPUs per replica the
 * catalog's figure for that GPU and size needed (memory), where it had one.
 */
export function withYourThroughput(catalog: Catalog, yours: YourThroughput): Catalog {
  const gpus = [...new Set(catalog.gpuOffers.map((o) => o.gpu))].sort();
  const provenance = (flag: string) => ({
    basis: 'measured' as const,
    source: `your ${
      yours.optionName?.(flag === 'train-tokens-per-second' ? 'trainTokensPerSecond' : 'serveTokensPerSecond') ??
      `--${flag}`
    }`,
    asOf: yours.asOf,
    precision: yours.precision,
    engine: YOURS,
    origin: `--${flag}`,
  });
  const training = yours.trainTokensPerSecond;
  const serving = yours.serveTokensPerSecond;
  const shipped = { training: catalog.trainingThroughput, serving: catalog.servingThroughput };
  return {
    ...catalog,
    trainingThroughput: training
      ? gpus.flatMap((gpu) =>
          yours.sizesBillions.map(
            (size): TrainingThroughput => ({
              gpu,
              parametersBillions: size,
              method: yours.method,
              tokensPerSecond: training,
              ...provenance('train-tokens-per-second'),
            }),
          ),
        )
      : shipped.training,
    servingThroughput: serving
      ? gpus.flatMap((gpu) =>
          yours.sizesBillions.map((size): ServingThroughput => {
            const replaced = shipped.serving
              .filter((t) => t.gpu === gpu && t.precision === yours.precision && t.parametersBillions.gte(size))
              .sort((a, b) => a.parametersBillions.comparedTo(b.parametersBillions))[0];
            return {
              gpu,
              parametersBillions: size,
              outputTokensPerSecond: serving,
              ...(replaced?.minGpus === undefined ? {} : { minGpus: replaced.minGpus }),
              ...provenance('serve-tokens-per-second'),
            };
          }),
        )
      : shipped.serving,
  };
}
