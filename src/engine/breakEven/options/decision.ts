/**
 * The decision rule, one for every option: buyable by this team on the date, serving to the horizon's end, every
 * retraining buyable, meant for production (src/engine/breakEven/months.ts: spans in calendar months).
 */
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
 * asked), with the reason in words and the calendar months it has left to pay back in.
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
  const reasons: string[] = [];
  if (!inputs.includeEnding) {
    const lateRetraining = a?.trainingEndsOn
      ? retrainingDates(inputs).find((on) => on >= a.trainingEndsOn! && on < (a.servingEndsOn ?? '9999-12-31'))
      : undefined;
    if (a && !a.trainable) {
      reasons.push(
        a.closedToTeamOn !== undefined && a.closedToTeamOn <= inputs.asOf
          ? `closed to ${a.customer === 'lapsed' ? 'customers without recent use' : 'new customers'} since ${a.closedToTeamOn}`
          : a.serving
            ? `cannot be trained on ${inputs.asOf} (new training ended ${a.trainingEndsOn})`
            : `shut down on ${a.servingEndsOn}: neither trained nor served on ${inputs.asOf}`,
      );
    } else if (a?.servingEndsOn && a.servingEndsOn < horizonEnd) {
      reasons.push(
        `stops serving on ${a.servingEndsOn}, inside the ${inputs.horizonMonths.toFixed()}-month horizon (to ${horizonEnd})${a.trainingEndsOn && a.trainingEndsOn < a.servingEndsOn ? `; new training ends ${a.trainingEndsOn}` : ''}`,
      );
    } else if (lateRetraining) {
      reasons.push(
        `the retraining due ${lateRetraining} cannot be bought: new training ends ${a!.trainingEndsOn}, inside the ${inputs.horizonMonths.toFixed()}-month horizon`,
      );
    }
  }
  if (!row.production && !inputs.includeNonProduction) reasons.push('not for production (no SLA)');
  if (reasons.length) out.excluded = reasons.join('; ');
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
): { notes: string[]; decision: Pick<CostOption, 'excluded' | 'servingEndsOn'> } {
  const a = candidate.availability;
  const end = horizonEndOf(inputs.asOf, inputs.horizonMonths);
  if (!a?.servingEndsOn || a.servingEndsOn >= end) return { notes: [], decision: {} };
  return {
    notes: [
      `the ${candidate.model} snapshot stops serving on ${a.servingEndsOn}, inside the horizon: prompting moves to its successor, whose prices may differ`,
    ],
    decision: {
      servingEndsOn: a.servingEndsOn,
      excluded: inputs.includeEnding
        ? undefined
        : `stops serving on ${a.servingEndsOn}, inside the ${inputs.horizonMonths.toFixed()}-month horizon (to ${end})`,
    },
  };
}
