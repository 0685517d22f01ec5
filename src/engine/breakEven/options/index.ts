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
import type { ComparisonNote } from '../../../domain/notes.js';
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
import { extrasAssumptions, withExtras } from './extras.js';

/**
 * The options on the offers resolved for the inputs' date, team and filters (src/resolve/breakEven.ts).
 * The inputs are checked first (checkOptionsInputs); the offers are read, never changed, so one
 * resolution serves every rebuild (the training set at its bounds, token counts at theirs).
 */
export function optionsOnDate(inputs: CatalogOptionsInputs, offers: BreakEvenOffers): CatalogOptions {
  checkOptionsInputs(inputs);
  const hoursUp = inputs.hoursPerDayUp ?? HOURS_PER_DAY;
  const assumptions: ComparisonNote[] = [];
  const notes: ComparisonNote[] = [];
  const skipped: CatalogOptions['skipped'] = [];

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
        skipped.push({ id: idOf(offerId(row)), reason: row.missingPrice ?? { kind: 'no-training-price' } });
        continue;
      }
      // Already shut down on the date: nothing to buy or run, whatever the caller lets compete.
      if (row.availability && !row.availability.serving) {
        const on = String(row.availability.servingEndsOn);
        skipped.push({ id: idOf(offerId(row)), reason: { kind: 'shut-down', on } });
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
      // One dedicated-endpoint option per provider, with its cheapest training offer (rows are sorted by
      // training cost).
      if (!dedicatedDone.has(row.provider)) {
        const option = dedicatedOption(row, inputs, offers.hardware, model, hoursUp, idOf);
        if (option) {
          dedicated.push({ ...option, ...decision });
          dedicatedDone.add(row.provider);
        }
      }
      if (row.epochs.basis === 'assumed')
        assumptions.push({ kind: 'epochs-assumed', epochs: row.epochs.epochs, providerName: row.providerName });
    }
    options.push(...dedicated);
    if (estimate.rows.length === 0)
      notes.push({
        kind: 'no-platform-fine-tunes',
        model: ftModel,
        providers: [...(inputs.providers ?? [])],
        asOf: inputs.asOf,
      });

    if (inputs.selfHosted !== false) {
      if (weights.parametersBillions) {
        const epochs = inputs.epochs === 'auto' ? (estimate.rows[0]?.epochs.epochs ?? 3) : inputs.epochs;
        if (inputs.epochs === 'auto')
          assumptions.push({
            kind: 'self-hosted-epochs',
            model: weights.id,
            epochs,
            asProviderName: estimate.rows[0]?.providerName ?? null,
          });
        const self = selfHostedOptions(inputs, offers.hardware, weights, epochs, hoursUp, idOf);
        if ('skip' in self) skipped.push({ id: idOf('self-hosted'), reason: self.skip });
        else options.push(...self);
      } else if (!several) {
        skipped.push({ id: 'self-hosted', reason: { kind: 'closed-weights', model: weights.id } });
      }
    }
  }
  if (options.some((o) => o.kind === 'self-hosted' || o.capacityPerDay)) {
    const peak = inputs.peakFactor ?? ONE;
    assumptions.push(
      peak.eq(1) ? { kind: 'serving-capacity-even' } : { kind: 'serving-capacity-peak', peakFactor: peak.toFixed() },
      { kind: 'serving-capacity-tokens' },
    );
  }
  if ((inputs.baseCachedInputTokens ?? 0) > 0 || (inputs.cachedInputTokens ?? 0) > 0) {
    assumptions.push({
      kind: 'prompt-caching',
      baseCachedInputTokens: inputs.baseCachedInputTokens ?? 0,
      baseInputTokens: inputs.baseInputTokens,
      cachedInputTokens: inputs.cachedInputTokens ?? 0,
      inputTokens: inputs.inputTokens,
    });
  }
  if (inputs.batchShare && !inputs.batchShare.isZero()) {
    // Said only as far as it changes something: the options priced at batch rates, by name.
    const sharePercent = inputs.batchShare.times(100).toFixed();
    const batched = options
      .filter((o) => o.perQuery && !(o.notes ?? []).some((n) => n.kind === 'no-batch-rate'))
      .map((o) => o.id);
    assumptions.push(
      batched.length > 0
        ? { kind: 'batch-share', sharePercent, batchedOptions: batched }
        : { kind: 'batch-share-unused', sharePercent },
    );
  }
  const quality = inputs.quality ?? {};
  assumptions.push(...extrasAssumptions(inputs.extraCosts, quality, inputs.horizonMonths, inputs.retrainEveryMonths));
  return {
    options: options.map((o) => withExtras(o, inputs.extraCosts, quality, inputs.dataset.examples)),
    baseline: prompted.option.id,
    skipped,
    assumptions: uniqueNotes(assumptions),
    notes,
    closedToTeam,
  };
}

/** Each fact once, in first-seen order (the same assumption comes from every fine-tuned model). */
function uniqueNotes<T>(notes: readonly T[]): T[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = JSON.stringify(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { checkOptionsInputs } from './inputs.js';
export type { CatalogOptions, CatalogOptionsInputs, SelfHostMethod } from './inputs.js';
