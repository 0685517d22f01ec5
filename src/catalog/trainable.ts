/**
 * "What can I fine-tune today?": per provider and model, the methods a team can start a job with on
 * a date (for its customer status), until when it can train and serve, and where the training price
 * was read — or, for a platform that offers no fine-tuning, why not and since when. Pure; the CLI's
 * `catalog list --trainable` renders it (src/render/trainable.ts).
 */
import type { Availability } from '../domain/lifecycle.js';
import type { Catalog } from './model.js';
import { availabilityOn, customerOf, type Customers, resolveField } from './query.js';
import type { AvailabilityStatus, CustomerStatus, Method, SourceKind } from '../domain/vocabulary.js';

export interface TrainableModel {
  provider: string;
  providerName: string;
  model: string;
  modelName: string | null;
  /** What the team is to the provider (the rows were read for it). */
  customer: CustomerStatus;
  /** Methods a job can start with on the date, in catalog order, each once. */
  methods: Method[];
  /** preview / deprecated where the offer says so; null while simply available. */
  status: Exclude<AvailabilityStatus, 'available' | 'closed-to-new-users' | 'training-ended' | 'retired'> | null;
  /**
   * The first day no new job can start for this team (a closure reaching it, or the end of training); null: none
   * announced.
   */
  trainableUntil: string | null;
  /** The first day the fine-tuned model no longer serves; null: none announced. */
  servesUntil: string | null;
  /** Where the training price was read (null: not published in the sources read). */
  priceSource: string | null;
  priceAsOf: string | null;
  priceSourceKind: SourceKind | null;
}

/** A platform asked for that has nothing to fine-tune on the date, and why. */
interface NoFineTuning {
  provider: string;
  providerName: string;
  /** The first day it had none; null: it never had any of its own. */
  since: string | null;
  reason: string;
  source: string | null;
}

export interface TrainableListing {
  asOf: string;
  models: TrainableModel[];
  /** Providers asked for (or every provider with nothing to train) that offer no fine-tuning on the date. */
  without: NoFineTuning[];
}

const firstOf = (dates: (string | undefined)[]): string | null =>
  dates.filter((x): x is string => x !== undefined).sort()[0] ?? null;

/** The first day this team can no longer start a job: a closure that reaches it, or the end of training. */
function trainableUntil(a: Availability | undefined): string | null {
  return a ? firstOf([a.closedToTeamOn, a.trainingEndsOn]) : null;
}

export function trainableOn(
  catalog: Catalog,
  date: string,
  options: { providers?: readonly string[]; customers?: Customers } = {},
): TrainableListing {
  const asked = options.providers?.length ? new Set(options.providers) : undefined;
  const models: TrainableModel[] = [];
  const without: NoFineTuning[] = [];
  for (const provider of catalog.providers) {
    if (asked && !asked.has(provider.id)) continue;
    const customer = customerOf(options.customers, provider.id);
    const before = models.length;
    let lastEnd: { on: string; why: string } | undefined;
    for (const model of provider.models) {
      let row: TrainableModel | undefined;
      for (const offer of model.offers) {
        const a = availabilityOn(provider, model, offer, date, options.customers);
        if (a && !a.trainable) {
          const on = trainableUntil(a);
          const why = a.closedToTeamOn && a.closedToTeamOn <= date ? `closed to ${customer} customers` : a.status;
          if (on && (!lastEnd || on > lastEnd.on)) lastEnd = { on, why };
          continue;
        }
        const price =
          resolveField(offer.prices, 'trainingPer1M', date) ?? resolveField(offer.prices, 'trainingPerHour', date);
        if (!row) {
          row = {
            provider: provider.id,
            providerName: provider.name,
            model: model.id,
            modelName: model.name ?? null,
            customer,
            methods: [],
            status: a?.status === 'preview' || a?.status === 'deprecated' ? a.status : null,
            trainableUntil: trainableUntil(a),
            servesUntil: a?.servingEndsOn ?? null,
            priceSource: price?.entry.source ?? null,
            priceAsOf: price?.entry.asOf ?? null,
            priceSourceKind: price ? (price.entry.sourceKind ?? 'official') : null,
          };
          models.push(row);
        }
        if (!row.methods.includes(offer.method)) row.methods.push(offer.method);
        const until = trainableUntil(a);
        if (row.trainableUntil !== null && (until === null || until > row.trainableUntil)) row.trainableUntil = until;
        if (row.servesUntil !== null && (a?.servingEndsOn === undefined || a.servingEndsOn > row.servesUntil))
          row.servesUntil = a?.servingEndsOn ?? null;
        if (!row.priceSource && price) {
          row.priceSource = price.entry.source;
          row.priceAsOf = price.entry.asOf;
          row.priceSourceKind = price.entry.sourceKind ?? 'official';
        }
      }
    }
    // A platform whose every trainable offer is deprecated (Mistral: no replacement) is not one to
    // plan a new fine-tune on: one line, like a platform with none.
    const rows = models.slice(before);
    if (rows.length > 0 && rows.every((r) => r.status === 'deprecated')) {
      models.length = before;
      const since = firstOf(
        provider.models.flatMap((m) =>
          m.offers.flatMap(
            (o) =>
              availabilityOn(provider, m, o, date, options.customers)
                ?.events.filter((e) => e.event === 'deprecated' && e.on <= date)
                .map((e) => e.on) ?? [],
          ),
        ),
      );
      without.push({
        provider: provider.id,
        providerName: provider.name,
        since,
        reason: 'fine-tuning deprecated (still callable, no longer supported)',
        source: null,
      });
    } else if (rows.length === 0 && provider.models.length > 0)
      without.push({
        provider: provider.id,
        providerName: provider.name,
        since: lastEnd?.on ?? null,
        reason: lastEnd ? lastEnd.why.replaceAll('-', ' ') : 'no offer on this date',
        source: null,
      });
  }
  for (const p of catalog.meta.withoutFineTuning ?? []) {
    if (asked && !asked.has(p.id)) continue;
    without.push({ provider: p.id, providerName: p.name, since: p.since ?? null, reason: p.summary, source: p.source });
  }
  return { asOf: date, models, without };
}
