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
 * The retraining dates inside the horizon: every `cycle` months after the as-of date, before the
 * horizon ends (the first training is on the as-of date itself).
 */
function retrainingDates(inputs: CatalogOptionsInputs): string[] {
  const cycle = inputs.retrainEveryMonths;
  if (!cycle?.gt(0)) return [];
  const end = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  const out: string[] = [];
  for (let k = 1n; ; k++) {
    const on = dateAfterMonths(inputs.asOf, Rational.from(cycle).times(Rational.of(k)));
    if (on >= end) return out;
    out.push(on);
  }
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
    const lateRetraining = a?.trainingEndsOn
      ? retrainingDates(inputs).find((on) => on >= a.trainingEndsOn! && on < (a.servingEndsOn ?? '9999-12-31'))
      : undefined;
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
