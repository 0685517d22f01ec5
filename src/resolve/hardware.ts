/**
 * The catalog's GPU part → the hardware a break-even may self-host or serve on, on a date: on-demand
 * rentals and dedicated endpoints (the --gpu filter applied), each with its per-GPU-hour price in
 * force, and the throughput tables. Reading them builds the catalog's GPU part on first use
 * (src/catalog/model.ts), so only a model with open weights should ask.
 */
import type { Catalog, GpuOffer } from '../catalog/model.js';
import { resolveField } from '../catalog/query.js';
import type { GpuOfferOnDate, HardwareOnDate } from '../domain/hardware.js';

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
