/**
 * An offer's life on a date, from dated events. The provider's, the model's and the offer's own
 * events all apply (OpenAI's provider-wide "no new training jobs from 2027-01-06" matters to a
 * model that serves until 2027-01-14), so the status on a date is the most restrictive that any of
 * them has reached by then, and the dates still ahead are kept so a decision over a horizon can see
 * them (training ends in six weeks, serving a week later). Pure; dates are YYYY-MM-DD strings,
 * which compare in calendar order.
 */
import {
  type Audience,
  AUDIENCE_REACHES,
  AVAILABILITY_STATUSES,
  type AvailabilityStatus,
  type CustomerStatus,
  defaultAudience,
  type LifecycleEventKind,
  type SourceKind,
} from './vocabulary.js';

/**
 * One dated fact of an offer's life, as the catalog's files state it (src/catalog/schema.ts validates
 * the same shape): declared here so that this pure module, and the engine, need nothing of the catalog.
 */
export interface LifecycleEvent {
  event: LifecycleEventKind;
  on: string;
  audience?: Audience;
  source: string;
  asOf: string;
  sourceKind?: SourceKind;
  original?: string;
  note?: string;
}

/** The status each event moves an offer to, from its `on` date. */
const STATUS_OF: Record<LifecycleEventKind, AvailabilityStatus> = {
  preview: 'preview',
  deprecated: 'deprecated',
  'closed-to-new-users': 'closed-to-new-users',
  'training-ends': 'training-ended',
  'serving-ends': 'retired',
};

const rank = (status: AvailabilityStatus) => AVAILABILITY_STATUSES.indexOf(status);

/** The dates that bound what can be bought: the first day each restriction is in force. */
interface LifecycleDates {
  closedToNewUsersOn?: string;
  /** The first day no new training job can start. */
  trainingEndsOn?: string;
  /** The first day the model no longer serves (shutdown). */
  servingEndsOn?: string;
}

export interface Availability extends LifecycleDates {
  /** The status on the date asked, for this team (events whose audience it is not in do not count). */
  status: AvailabilityStatus;
  /** What the team is to this provider: the lifecycle was read for it. */
  customer: CustomerStatus;
  /**
   * The first day the offer is closed to this team (a closure whose audience includes it), when
   * that comes before training ends for everyone: from then on the team cannot buy it.
   */
  closedToTeamOn?: string;
  /** Can this team start a new fine-tuning job on the date? */
  trainable: boolean;
  /** Does a fine-tuned model still serve on the date? */
  serving: boolean;
  /** The events in force on the date and those still ahead, earliest first, each with its source. */
  events: LifecycleEvent[];
  /** Each event's note, once. */
  notes: string[];
}

/** Does the event apply to a team of this customer status? */
function appliesTo(event: LifecycleEvent, customer: CustomerStatus): boolean {
  return AUDIENCE_REACHES[event.audience ?? defaultAudience(event.event)].includes(customer);
}

/** The earliest `on` of an event kind across all levels (a stricter date anywhere wins). */
function earliest(events: readonly LifecycleEvent[], kind: LifecycleEventKind): string | undefined {
  let first: string | undefined;
  for (const e of events) if (e.event === kind && (first === undefined || e.on < first)) first = e.on;
  return first;
}

/**
 * The availability on `date` of an offer whose provider, model and offer carry these events
 * (any of the three lists may be empty); undefined when none has any event (nothing is known but
 * the prices, which is "available").
 */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function availabilityOn(
  levels: readonly (readonly LifecycleEvent[] | undefined)[],
  date: string,
  customer: CustomerStatus = 'new',
): Availability | undefined {
  const events = levels
    .flatMap((l) => l ?? [])
    // ISO dates and lowercase event names: code-unit order is their order, without a locale
    // collator (this runs for every offer of every estimate).
    .sort((a, b) => byCodeUnits(a.on, b.on) || byCodeUnits(a.event, b.event));
  if (events.length === 0) return undefined;
  // Only the events that reach this team move its status and bound what it can buy; the rest stay
  // listed (an existing customer still sees that new customers are turned away).
  const applying = events.filter((e) => appliesTo(e, customer));
  let status: AvailabilityStatus = 'available';
  for (const e of applying) {
    if (e.on > date) continue;
    const next = STATUS_OF[e.event];
    if (rank(next) > rank(status)) status = next;
  }
  const servingEndsOn = earliest(applying, 'serving-ends');
  // A shutdown ends training too, whether or not a separate training end was published; and a
  // closure to new users after training has ended closes nothing. So the dates reported always
  // read in order: closed ≤ training ends ≤ serving ends (OpenAI's provider-wide 2027-01-06 does
  // not outlive gpt-3.5-turbo's 2026-10-23 shutdown).
  const trainingEndsOn = [earliest(applying, 'training-ends'), servingEndsOn]
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const beforeTrainingEnds = (d: string | undefined) =>
    d !== undefined && (trainingEndsOn === undefined || d < trainingEndsOn) ? d : undefined;
  const closedToNewUsersOn = beforeTrainingEnds(
    earliest(
      events.filter((e) => appliesTo(e, 'new')),
      'closed-to-new-users',
    ),
  );
  const closedToTeamOn = beforeTrainingEnds(earliest(applying, 'closed-to-new-users'));
  const dates: LifecycleDates & { closedToTeamOn?: string } = {
    closedToNewUsersOn,
    closedToTeamOn,
    trainingEndsOn,
    servingEndsOn,
  };
  return {
    status,
    customer,
    trainable:
      (trainingEndsOn === undefined || date < trainingEndsOn) &&
      !(closedToTeamOn !== undefined && closedToTeamOn <= date),
    serving: servingEndsOn === undefined || date < servingEndsOn,
    ...Object.fromEntries(Object.entries(dates).filter(([, v]) => v !== undefined)),
    events,
    notes: [...new Set(events.map((e) => e.note).filter((n): n is string => n !== undefined))],
  };
}
