/**
 * The options of the common-case comparison, built from the catalog resolved for the date
 * (src/resolve/breakEven.ts): the prompted base model, each fine-tuned model on every platform and
 * deployment tier that offers it (per token, or on an hourly deployment), the same fine-tune on a
 * provider's dedicated endpoint, and self-hosted on rented GPUs. Pure: (inputs, offers) → options;
 * training costs come from `estimateFromOffers`, so a break-even and an estimate never disagree.
 *
 * What can be bought decides: an offer that stops serving inside the horizon, cannot be trained on
 * the date, or is not for production is still costed, but marked `excluded` so it is never named
 * cheapest unless the caller includes it. Prompts served from a cache and batch traffic are priced
 * at the catalog's cached and batch rates where it has them (and said so where it has none).
 */

import type { BreakEvenOffers } from '../../../domain/breakEvenOffers.js';
import type { ClosedProvider } from '../../../domain/offers.js';
import { HOURS_PER_DAY } from '../../../decimal.js';
import type { CostOption } from '../costCurve.js';
import { estimateFromOffers } from '../../training/estimate.js';
import { decisionOf } from './decision.js';
import { dedicatedOption } from './dedicated.js';
import { hostedOption, offerId, offerNotes } from './hosted.js';
import { type CatalogOptions, type CatalogOptionsInputs, checkOptionsInputs } from './inputs.js';
import { ONE } from './perQuery.js';
import { promptedOption } from './prompted.js';
import { selfHostedOptions } from './selfHosted.js';

/**
 * The options on the offers resolved for the inputs' date, team and filters (src/resolve/breakEven.ts).
 * The inputs are checked first (checkOptionsInputs); the offers are read, never changed, so one
 * resolution serves every rebuild (the training set at its bounds, token counts at theirs).
 */
export function optionsOnDate(inputs: CatalogOptionsInputs, offers: BreakEvenOffers): CatalogOptions {
  checkOptionsInputs(inputs);
  const hoursUp = inputs.hoursPerDayUp ?? HOURS_PER_DAY;
  const assumptions: string[] = [];
  const notes: string[] = [];
  const skipped: { id: string; reason: string }[] = [];

  const prompted = promptedOption(inputs, offers.prompted);
  if (prompted.note) notes.push(prompted.note);
  const options: CostOption[] = [prompted.option];
  const closedToTeam: ClosedProvider[] = [];
  const several = offers.fineTunes.length > 1;
  for (const { asked: ftModel, training, weights } of offers.fineTunes) {
    const idOf = (id: string) => (several ? `${ftModel}:${id}` : id);
    // Every offer, the ones that cannot be trained now included: they are shown, marked, left out of the decision.
    const estimate = estimateFromOffers(
      {
        dataset: inputs.dataset,
        epochs: inputs.epochs,
        asOf: inputs.asOf,
        today: inputs.today,
        includeUnavailable: true,
      },
      training,
    );
    for (const c of estimate.closedToTeam) {
      const seen = closedToTeam.find((x) => x.provider === c.provider);
      if (!seen) closedToTeam.push({ ...c });
      else {
        seen.offers += c.offers;
        if (c.since < seen.since) seen.since = c.since;
      }
    }
    const dedicated: CostOption[] = [];
    const dedicatedDone = new Set<string>();
    for (const row of estimate.rows) {
      if (row.trainingCost === null) {
        skipped.push({ id: idOf(offerId(row)), reason: row.missingPrice ?? 'no training price' });
        continue;
      }
      // Already shut down on the date: nothing to buy or run, whatever the caller lets compete.
      if (row.availability && !row.availability.serving) {
        skipped.push({ id: idOf(offerId(row)), reason: `shut down on ${row.availability.servingEndsOn}` });
        continue;
      }
      const model = training.models.find((m) => m.provider === row.provider)!;
      const decision = decisionOf(row, inputs);
      const hosted = hostedOption(row, inputs, hoursUp);
      if ('skip' in hosted) skipped.push({ id: idOf(offerId(row)), reason: hosted.skip });
      else {
        hosted.notes!.push(...offerNotes(model, row));
        options.push({ ...hosted, id: idOf(hosted.id), ...decision });
      }
      // One dedicated-endpoint option per provider, with its cheapest training offer (rows are sorted by training cost).
      if (!dedicatedDone.has(row.provider)) {
        const option = dedicatedOption(row, inputs, offers.hardware, model, hoursUp, idOf);
        if (option) {
          dedicated.push({ ...option, ...decision });
          dedicatedDone.add(row.provider);
        }
      }
      if (row.epochs.basis === 'assumed')
        assumptions.push(
          `${row.epochs.epochs} epoch${row.epochs.epochs === 1 ? '' : 's'} assumed for ${row.providerName} (its default is not published)`,
        );
    }
    options.push(...dedicated);
    if (estimate.rows.length === 0)
      notes.push(
        `No platform in the catalog fine-tunes ${ftModel}${inputs.providers?.length ? ` among ${inputs.providers.join(', ')}` : ''} as of ${inputs.asOf}.`,
      );

    if (inputs.selfHosted !== false) {
      if (weights.parametersBillions) {
        const epochs = inputs.epochs === 'auto' ? (estimate.rows[0]?.epochs.epochs ?? 3) : inputs.epochs;
        if (inputs.epochs === 'auto')
          assumptions.push(
            `self-hosted training of ${weights.id} runs ${epochs} epoch${epochs === 1 ? '' : 's'} (${estimate.rows[0] ? `as ${estimate.rows[0].providerName} would by default` : 'assumed'})`,
          );
        const self = selfHostedOptions(inputs, offers.hardware, weights, epochs, hoursUp, idOf);
        if ('skip' in self) skipped.push({ id: idOf('self-hosted'), reason: self.skip });
        else options.push(...self);
      } else if (!several) {
        skipped.push({
          id: 'self-hosted',
          reason: `${weights.id} has no published parameter count (closed weights): it cannot be self-hosted`,
        });
      }
    }
  }
  if (options.some((o) => o.kind === 'self-hosted' || o.capacityPerDay)) {
    const peak = inputs.peakFactor ?? ONE;
    assumptions.push(
      peak.eq(1)
        ? 'serving capacity: the load is spread evenly over the hours up (peak factor 1); --peak-factor 2 sizes replicas for a busiest hour at twice the average'
        : `serving capacity: replicas are sized for a peak ${peak.toFixed()}× the average load`,
      'serving capacity counts every token of a query (prompt and output) against the measured output-token throughput: conservative, since prefill is faster per token than decoding',
    );
  }
  if ((inputs.baseCachedInputTokens ?? 0) > 0 || (inputs.cachedInputTokens ?? 0) > 0) {
    assumptions.push(
      `prompt caching: ${inputs.baseCachedInputTokens ?? 0} of the prompted model's ${inputs.baseInputTokens} input tokens and ${inputs.cachedInputTokens ?? 0} of the fine-tuned model's ${inputs.inputTokens} are served from the provider's cache, at its cached-input rate`,
    );
  }
  if (inputs.batchShare && !inputs.batchShare.isZero()) {
    // Said only as far as it changes something: the options priced at batch rates, by name.
    const share = `${inputs.batchShare.times(100).toFixed()}% of queries`;
    const batched = options
      .filter((o) => o.perQuery && !(o.notes ?? []).some((n) => n.includes('no batch rate in the catalog')))
      .map((o) => o.id);
    assumptions.push(
      batched.length > 0
        ? `${share} go through a batch API, at batch rates for ${batched.join(', ')} (the others have none in the catalog: standard rates)`
        : `${share} would go through a batch API, but no option here has a batch rate in the catalog: the batch share changes nothing`,
    );
  }
  return {
    options,
    baseline: prompted.option.id,
    skipped,
    assumptions: [...new Set(assumptions)],
    notes,
    closedToTeam,
  };
}

export { checkOptionsInputs } from './inputs.js';
export type { CatalogOptions, CatalogOptionsInputs, SelfHostMethod } from './inputs.js';
