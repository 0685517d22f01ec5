/**
 * The catalog → what `estimate --self-hosted` prices on a date: the estimate's open-weight models with
 * their architecture figures, and the GPUs the catalog rents on demand with their memory and every
 * offer priced on the date. Plain values for src/engine/training/selfHosted.ts.
 */
import type { ArchitectureEntry } from '../catalog/architecture.js';
import { architectureOf } from '../catalog/architecture.js';
import type { Catalog } from '../catalog/model.js';
import { d, type Decimal } from '../decimal.js';
import type { ModelArchitecture } from '../domain/architecture.js';
import type { GpuOfferOnDate, TrainingThroughput } from '../domain/hardware.js';
import { hardwareOn } from './hardware.js';

/** An open-weight model of the estimate that has architecture figures. */
export interface SelfHostModel {
  /** The catalog's model id (what the estimate's rows name). */
  id: string;
  name?: string;
  parametersBillions: Decimal;
  encoding?: string;
  architecture: ModelArchitecture;
}

/** A GPU the catalog rents on demand on the date. */
export interface SelfHostGpu {
  id: string;
  name: string;
  /** Memory of one GPU in GiB (the catalog's memoryGB is the binary, marketed figure). */
  memoryGiB: Decimal;
  /** Its on-demand offers with a per-GPU-hour price in force on the date (at least one). */
  offers: GpuOfferOnDate[];
}

export interface SelfHostingOnDate {
  models: SelfHostModel[];
  /** Open-weight models of the estimate with no architecture figures (not sized: a note each). */
  withoutArchitecture: string[];
  gpus: SelfHostGpu[];
  training: readonly TrainingThroughput[];
}

/**
 * `modelIds`: the models of the estimate's rows, in their order; closed-weight ones are passed over
 * (nothing to rent a GPU for). Reads the catalog's GPU part only when some model has open weights.
 */
export function resolveSelfHosting(
  catalog: Catalog,
  asOf: string,
  modelIds: readonly string[],
  architectures: readonly ArchitectureEntry[],
): SelfHostingOnDate {
  const models: SelfHostModel[] = [];
  const withoutArchitecture: string[] = [];
  const seen = new Set<string>();
  for (const provider of catalog.providers)
    for (const model of provider.models) {
      if (!modelIds.includes(model.id) || seen.has(model.id) || model.parametersBillions === undefined) continue;
      seen.add(model.id);
      const architecture = architectureOf(architectures, model.id);
      if (!architecture) {
        withoutArchitecture.push(model.id);
        continue;
      }
      models.push({
        id: model.id,
        ...(model.name === undefined ? {} : { name: model.name }),
        parametersBillions: model.parametersBillions,
        ...(model.encoding === undefined ? {} : { encoding: model.encoding }),
        architecture,
      });
    }
  if (models.length === 0) return { models, withoutArchitecture, gpus: [], training: [] };
  const hardware = hardwareOn(catalog, asOf, undefined);
  const gpus = (catalog.gpuSpecs ?? []).flatMap((spec): SelfHostGpu[] => {
    const offers = hardware.rentals.filter((o) => o.gpu === spec.id && o.gpuPerHour);
    return offers.length === 0 ? [] : [{ id: spec.id, name: spec.name, memoryGiB: d(spec.memoryGB), offers }];
  });
  return { models, withoutArchitecture, gpus, training: hardware.training };
}
