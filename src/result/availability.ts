/**
 * An offer's availability in the JSON outputs (estimate rows, catalog entries, break-even options):
 * the status on the as-of date, whether it can still be trained and served, the dates that bound it
 * (each a separate fact, never one "ends" date standing for two) and the source of every event.
 */
import type { Availability } from '../catalog/lifecycle.js';
import type { AvailabilityStatus, LifecycleEventKind, SourceKind } from '../catalog/vocabulary.js';

export interface AvailabilityJson {
  status: AvailabilityStatus;
  /** A new fine-tuning job can be started on the as-of date. */
  trainable: boolean;
  /** A fine-tuned model still serves on the as-of date. */
  serving: boolean;
  closedToNewUsersOn: string | null;
  /** The first day no new training job can start. */
  trainingEndsOn: string | null;
  /** The first day the model no longer serves (shutdown). */
  servingEndsOn: string | null;
  notes: string[];
  events: {
    event: LifecycleEventKind;
    on: string;
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
    trainable: a.trainable,
    serving: a.serving,
    closedToNewUsersOn: a.closedToNewUsersOn ?? null,
    trainingEndsOn: a.trainingEndsOn ?? null,
    servingEndsOn: a.servingEndsOn ?? null,
    notes: a.notes,
    events: a.events.map((e) => ({
      event: e.event,
      on: e.on,
      source: e.source,
      asOf: e.asOf,
      sourceKind: e.sourceKind ?? 'official',
      original: e.original ?? null,
    })),
  };
}
