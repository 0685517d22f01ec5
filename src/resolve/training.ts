/**
 * The catalog → what a training estimate computes on: the models the filters select (ids or
 * aliases, providers, methods), each offer with its prices in force on the date, its lifecycle for
 * this team and the entries saying what is not published; and the providers closed to the team.
 * Unknown ids are refused here (did-you-mean), before anything is computed.
 */
import type { Catalog, Model, Offer, PriceEntry, Provider } from '../catalog/model.js';
import { availabilityOn, type Customers, checkNames, selectModels, unpublishedOn } from '../catalog/query.js';
import type { Availability } from '../domain/lifecycle.js';
import type { ClosedProvider, TrainingOffers } from '../domain/offers.js';
import { PRICE_FIELDS } from '../domain/priceKinds.js';
import { type Method, SUPERVISED_METHODS } from '../domain/vocabulary.js';
import { pricesOn } from './prices.js';

export interface TrainingFilters {
  /** Model ids or aliases; empty or absent: every model. */
  models?: readonly string[];
  /** Provider ids; empty or absent: every provider. */
  providers?: readonly string[];
  /** Methods to price; absent: supervised fine-tuning (sft, sft-lora, sft-full). */
  methods?: readonly Method[];
}

export function resolveTraining(
  catalog: Catalog,
  filters: TrainingFilters,
  date: string,
  customers: Customers | undefined,
): TrainingOffers {
  checkNames(catalog, filters);
  const wanted = filters.methods?.length ? filters.methods : SUPERVISED_METHODS;
  const closed = new Map<string, ClosedProvider>();
  return {
    catalog: { version: catalog.meta.version, schemaVersion: catalog.meta.schemaVersion },
    staleAfterDays: catalog.meta.staleAfterDays,
    // Spread, not copied field by field: the first view's script pays for every property name it
    // spells (test/widget/budget.test.ts). The catalog fields the types leave out ride along unread.
    models: selectModels(catalog, filters).map(({ provider, model }) => ({
      ...model,
      provider: provider.id,
      providerName: provider.name,
      defaultEpochs: model.defaultEpochs ?? provider.defaultEpochs,
      offers: model.offers
        .filter((offer) => wanted.some((m) => methodMatches(offer.method, m)))
        .map((offer) => {
          // The provider's, the model's and the offer's own lifecycle together (OpenAI's provider-wide
          // end of new training jobs counts).
          const availability = availabilityOn(provider, model, offer, date, customers);
          countClosed(closed, provider, model, offer, availability, date);
          return {
            ...offer,
            availability,
            prices: pricesOn(offer.prices, PRICE_FIELDS, date),
            unpublished: unpublishedOn(offer.prices, date),
            firstSeen: firstSeenAfter(offer.prices, date),
          };
        }),
    })),
    closedToTeam: [...closed.values()],
  };
}

/**
 * Count the offer under its provider when this team cannot train it only because a closure reaches
 * it (an existing customer still could): what every output's footer says in one line, so a hidden
 * platform is never a silent gap.
 */
function countClosed(
  closed: Map<string, ClosedProvider>,
  provider: Provider,
  model: Model,
  offer: Offer,
  a: Availability | undefined,
  date: string,
): void {
  const since = a?.closedToTeamOn;
  if (!a || a.trainable || a.customer === 'existing' || since === undefined || since > date) return;
  if (!availabilityOn(provider, model, offer, date, { [provider.id]: 'existing' })?.trainable) return;
  const seen = closed.get(provider.id);
  if (!seen)
    closed.set(provider.id, {
      provider: provider.id,
      providerName: provider.name,
      customer: a.customer,
      since,
      offers: 1,
    });
  else {
    seen.offers++;
    if (since < seen.since) seen.since = since;
  }
}

/**
 * A requested method names a family: `sft` is every supervised form (sft, sft-lora, sft-full), `dpo`
 * every preference form; `sft-lora` is that one only.
 */
function methodMatches(offered: Method, requested: Method): boolean {
  return offered === requested || offered.startsWith(`${requested}-`);
}

/** The earliest effectiveFrom after `date`, when the offer's earliest price is only first-seen then. */
function firstSeenAfter(prices: readonly PriceEntry[], date: string): string | undefined {
  // ISO dates: code-unit order is date order (and localeCompare would build an ICU collator each call).
  let earliest = prices[0];
  for (const p of prices) if (earliest && p.effectiveFrom < earliest.effectiveFrom) earliest = p;
  return earliest && earliest.effectiveFrom > date && earliest.effectiveFromBasis === 'first-seen'
    ? earliest.effectiveFrom
    : undefined;
}
