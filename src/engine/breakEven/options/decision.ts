/**
 * The decision rule, one for every option: buyable by this team on the date, serving to the horizon's end, every
 * retraining buyable, meant for production (src/engine/breakEven/months.ts: spans in calendar months).
 */
import type { ExclusionNote, OptionNote } from '../../../domain/notes.js';
import type { PromptedCandidate } from '../../../domain/offers.js';
import { dateAfterMonths, monthsBetween } from '../months.js';
import { Rational } from '../rational.js';
import type { Decimal } from '../../../decimal.js';
import type { CostOption } from '../costCurve.js';
import type { EstimateRow } from '../../training/estimate.js';
import type { CatalogOptionsInputs } from './inputs.js';

/** The first day after the horizon that starts on the as-of date (calendar months: src/engine/breakEven/months.ts). */
function horizonEndOf(asOf: string, months: Decimal): string {
  return dateAfterMonths(asOf, Rational.from(months));
}

/**
 * The first retraining on or after `from` inside the horizon, or undefined: retrainings fall every `cycle` months
 * after the as-of date (the first training is on the as-of date itself), before the horizon ends. Found by
 * bisection over the retraining number, not by listing them: a 1,200-month horizon retrained every 0.001 months
 * has 1.2 million of them.
 */
function retrainingOnOrAfter(inputs: CatalogOptionsInputs, from: string): string | undefined {
  const cycle = inputs.retrainEveryMonths;
  if (!cycle?.gt(0)) return undefined;
  const end = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  const every = Rational.from(cycle);
  const on = (k: bigint) => dateAfterMonths(inputs.asOf, every.times(Rational.of(k)));
  // Retraining k = ceil(horizon / cycle) is at or past the horizon's end; dates grow with k.
  let lo = 1n;
  let hi = Rational.from(inputs.horizonMonths).div(every).ceil();
  if (hi < 1n) return undefined;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (on(mid) >= from) hi = mid;
    else lo = mid + 1n;
  }
  const date = on(lo);
  return date >= from && date < end ? date : undefined;
}

/**
 * The decision rule, one for every option: can this team buy it on the as-of date (its customer
 * status included), keep it serving to the horizon's end, buy every retraining the scenario asks
 * for, and run it in production? Anything else is costed but left out of the decision (unless
 * asked), with the reasons (facts) and the calendar months it has left to pay back in.
 */
export function decisionOf(
  row: EstimateRow,
  inputs: CatalogOptionsInputs,
): Pick<CostOption, 'excluded' | 'servingEndsOn' | 'remainingMonths'> {
  const a = row.availability;
  const out: Pick<CostOption, 'excluded' | 'servingEndsOn' | 'remainingMonths'> = {};
  const horizonEnd = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  if (a?.servingEndsOn) {
    out.servingEndsOn = a.servingEndsOn;
    out.remainingMonths = monthsBetween(inputs.asOf, a.servingEndsOn);
  }
  const reasons: ExclusionNote[] = [];
  const horizonMonths = inputs.horizonMonths.toFixed();
  if (!inputs.includeEnding) {
    // The first retraining once training has ended, while the model still serves (later ones are later still).
    const firstLate = a?.trainingEndsOn ? retrainingOnOrAfter(inputs, a.trainingEndsOn) : undefined;
    const lateRetraining =
      firstLate !== undefined && firstLate < (a?.servingEndsOn ?? '9999-12-31') ? firstLate : undefined;
    if (a && !a.trainable) {
      reasons.push(
        a.closedToTeamOn !== undefined && a.closedToTeamOn <= inputs.asOf
          ? { kind: 'closed-to-team', customer: a.customer === 'lapsed' ? 'lapsed' : 'new', since: a.closedToTeamOn }
          : a.serving
            ? { kind: 'not-trainable-on-date', asOf: inputs.asOf, trainingEndedOn: String(a.trainingEndsOn) }
            : { kind: 'shut-down-before-date', servingEndsOn: String(a.servingEndsOn), asOf: inputs.asOf },
      );
    } else if (a?.servingEndsOn && a.servingEndsOn < horizonEnd) {
      reasons.push({
        kind: 'stops-serving-in-horizon',
        servingEndsOn: a.servingEndsOn,
        horizonMonths,
        horizonEnd,
        trainingEndsOn: a.trainingEndsOn && a.trainingEndsOn < a.servingEndsOn ? a.trainingEndsOn : null,
      });
    } else if (lateRetraining) {
      reasons.push({
        kind: 'retraining-not-buyable',
        due: lateRetraining,
        trainingEndsOn: a!.trainingEndsOn!,
        horizonMonths,
      });
    }
  }
  if (!row.production && !inputs.includeNonProduction) reasons.push({ kind: 'not-for-production' });
  if (reasons.length) out.excluded = reasons;
  return out;
}

/**
 * The decision rule for the prompted base model: a snapshot that stops serving inside the horizon
 * cannot be prompted for all of it (its successor may cost more), so it is costed but never named
 * cheapest (unless asked), like any other option that ends inside the horizon.
 */
export function promptedDecision(
  candidate: PromptedCandidate,
  inputs: CatalogOptionsInputs,
): { notes: OptionNote[]; decision: Pick<CostOption, 'excluded' | 'servingEndsOn'> } {
  const a = candidate.availability;
  const end = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  if (!a?.servingEndsOn || a.servingEndsOn >= end) return { notes: [], decision: {} };
  return {
    notes: [{ kind: 'prompted-snapshot-ends', model: candidate.model, servingEndsOn: a.servingEndsOn }],
    decision: {
      servingEndsOn: a.servingEndsOn,
      excluded: inputs.includeEnding
        ? undefined
        : [
            {
              kind: 'stops-serving-in-horizon',
              servingEndsOn: a.servingEndsOn,
              horizonMonths: inputs.horizonMonths.toFixed(),
              horizonEnd: end,
              trainingEndsOn: null,
            },
          ],
    },
  };
}
