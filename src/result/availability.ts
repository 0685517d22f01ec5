/**
 * An offer's availability in the JSON outputs (estimate rows, catalog entries, break-even options):
 * the status on the as-of date, whether it can still be trained and served, the dates that bound it
 * (each a separate fact, never one "ends" date standing for two) and the source of every event.
 */
import type { Availability } from '../domain/lifecycle.js';
import type { ClosedProvider } from '../domain/offers.js';
import {
  type Audience,
  type AvailabilityStatus,
  type CustomerStatus,
  defaultAudience,
  type LifecycleEventKind,
  type SourceKind,
} from '../domain/vocabulary.js';

export interface AvailabilityJson {
  /** The status for this team (events whose audience it is not in do not count). */
  status: AvailabilityStatus;
  /** What the team is to the provider: `new` unless told otherwise (existingCustomers). */
  customer: CustomerStatus;
  /** This team can start a new fine-tuning job on the as-of date. */
  trainable: boolean;
  /** A fine-tuned model still serves on the as-of date. */
  serving: boolean;
  closedToNewUsersOn: string | null;
  /** The first day a closure reaches this team (before training ends for everyone), or null. */
  closedToTeamOn: string | null;
  /** The first day no new training job can start. */
  trainingEndsOn: string | null;
  /** The first day the model no longer serves (shutdown). */
  servingEndsOn: string | null;
  notes: string[];
  events: {
    event: LifecycleEventKind;
    on: string;
    /** Whom the event applies to. */
    audience: Audience;
    source: string;
    asOf: string;
    sourceKind: SourceKind;
    original: string | null;
  }[];
}

export function availabilityJson(a: Availability | undefined): AvailabilityJson | null {
  if (!a) return null;
  return {
    status: a.status,
    customer: a.customer,
    trainable: a.trainable,
    serving: a.serving,
    closedToNewUsersOn: a.closedToNewUsersOn ?? null,
    closedToTeamOn: a.closedToTeamOn ?? null,
    trainingEndsOn: a.trainingEndsOn ?? null,
    servingEndsOn: a.servingEndsOn ?? null,
    notes: a.notes,
    events: a.events.map((e) => ({
      event: e.event,
      on: e.on,
      audience: e.audience ?? defaultAudience(e.event),
      source: e.source,
      asOf: e.asOf,
      sourceKind: e.sourceKind ?? 'official',
      original: e.original ?? null,
    })),
  };
}

/** A provider closed to this team on the as-of date, in every output's JSON (and its footer line). */
export interface ClosedProviderJson {
  provider: string;
  providerName: string;
  customer: CustomerStatus;
  /** The first day the closure reached the team. */
  since: string;
  /** Offers of the selection hidden or left out because of it. */
  offers: number;
}

export function closedProvidersJson(closed: readonly ClosedProvider[]): ClosedProviderJson[] {
  return closed.map((c) => ({
    provider: c.provider,
    providerName: c.providerName,
    customer: c.customer,
    since: c.since,
    offers: c.offers,
  }));
}
