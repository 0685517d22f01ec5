/**
 * The verdict of a break-even: what to do at the volume asked about — fine-tune, keep prompting, or
 * nothing can be bought — as a structure, with the inputs the answer rests on. Every break-even output
 * opens with it (src/render/words/verdict.ts words it; `text` holds those words).
 *
 * Computed from the break-even result itself (its options, payback, regimes and the facts behind its
 * assumptions), never from the engine: the verdict says nothing the result does not. Its `option` is
 * always the result's cheapestAtVolume, the cheapest of the regime that contains the volume.
 */
import { Decimal } from '../decimal.js';
import type { Note } from '../domain/notes.js';
import { Rational } from '../engine/breakEven/rational.js';
import type {
  BreakEvenFacts,
  BreakEvenOptionJson,
  BreakEvenResult,
  RegimeJson,
  Verdict,
  VerdictBasis,
  VerdictFineTunedAbove,
  VerdictLeftOut,
} from './breakEvenJson.js';

// The verdict's types live in ./breakEvenJson.ts (with the result's); their importers read them from here as before.
export type {
  CheapestFineTunedVerdict,
  CheapestWithoutTrainingVerdict,
  NeverPaysBackReason,
  NeverPaysBackVerdict,
  NoVolumeVerdict,
  NothingBuyableVerdict,
  PaysBackAfterHorizonVerdict,
  PaysBackVerdict,
  Verdict,
  VerdictBasis,
  VerdictFineTunedAbove,
  VerdictKind,
  VerdictLeftOut,
} from './breakEvenJson.js';

/** "1200" or "7/3" (a RegimeJson's …Exact) as a Rational. */
function exact(text: string): Rational {
  const [num, den] = text.split('/');
  return Rational.of(BigInt(num!), BigInt(den ?? '1'));
}

/**
 * Whether the option carries training (an up-front cost to pay back): every fine-tuned catalog
 * option, and a custom one with a one-time cost or a payback. Prompting the base model never does.
 */
function isFineTuned(o: BreakEvenOptionJson): boolean {
  if (o.kind === 'prompted') return false;
  if (o.kind !== 'custom') return true;
  return o.payback !== null || (o.prices.oneTime !== null && !new Decimal(o.prices.oneTime).isZero());
}

/** The index of the listed regime containing q (exclusive from, except 0; inclusive to), or -1. */
export function regimeIndexAt(regimes: readonly RegimeJson[], q: Rational): number {
  return regimes.findIndex((r) => {
    const from = exact(r.fromQueriesPerDayExact);
    const above = q.gt(from) || (from.isZero() && q.isZero());
    return above && (r.toQueriesPerDayExact === null || q.lte(exact(r.toQueriesPerDayExact)));
  });
}

/** The first listed regime from index `from` on whose cheapest is fine-tuned. */
function fineTunedFrom(res: BreakEvenResult, from: number): VerdictFineTunedAbove | null {
  const byId = new Map(res.options.map((o) => [o.id, o]));
  const r = res.regimes.slice(from).find((r) => {
    const o = byId.get(r.cheapest);
    return o !== undefined && isFineTuned(o);
  });
  return r
    ? { queriesPerDay: r.fromQueriesPerDay, queriesPerDayExact: r.fromQueriesPerDayExact, option: r.cheapest }
    : null;
}

const total = (o: BreakEvenOptionJson) => new Decimal(o.atVolume?.totalPerMonth ?? '0');

/** The cheapest of the options by total at the volume (the first listed on a tie). */
function cheapestOf(options: readonly BreakEvenOptionJson[]): BreakEvenOptionJson | undefined {
  let best: BreakEvenOptionJson | undefined;
  for (const o of options) if (o.atVolume && (!best || total(o).lt(total(best)))) best = o;
  return best;
}

/** The cheapest left-out option at the volume, when it costs less than `than` (or any, without `than`). */
function leftOutOf(res: BreakEvenResult, than: BreakEvenOptionJson | undefined): VerdictLeftOut | null {
  const out = cheapestOf(res.options.filter((o) => !o.decision.competes));
  if (!out?.atVolume || (than && !total(out).lt(total(than)))) return null;
  return {
    option: out.id,
    totalPerMonth: out.atVolume.totalPerMonth,
    excludedBecause: out.decision.excludedBecause ?? '',
  };
}

/**
 * The assumptions among the result's facts that an answer about these options rests on: the tokens
 * per training example (every fine-tuned option's training, when one competes), the epochs of a
 * platform named (a hosted option whose name starts with the platform's), and the self-hosted epochs
 * (a self-hosted option named).
 */
function assumedInputs(
  facts: BreakEvenFacts,
  named: readonly BreakEvenOptionJson[],
  fineTuneCompetes: boolean,
): VerdictBasis[] {
  const out: VerdictBasis[] = [];
  const fineTuned = named.filter(isFineTuned);
  for (const a of facts.assumptions as Note[]) {
    if (a.kind === 'tokens-per-training-example-assumed' && fineTuneCompetes)
      out.push({ kind: 'assumed', input: 'tokens-per-example', value: String(a.tokensPerExample) });
    else if (
      a.kind === 'epochs-assumed' &&
      fineTuned.some((o) => o.kind !== 'self-hosted' && o.name.startsWith(a.providerName))
    )
      out.push({ kind: 'assumed', input: 'epochs', value: String(a.epochs), where: a.providerName });
    else if (a.kind === 'self-hosted-epochs' && fineTuned.some((o) => o.kind === 'self-hosted'))
      out.push({ kind: 'assumed', input: 'epochs', value: String(a.epochs), where: 'self-hosted' });
  }
  return out;
}

/** The success rates and the failure cost, when given: the answer is a quality-adjusted one. */
function qualityInputs(facts: BreakEvenFacts): VerdictBasis[] {
  const out: VerdictBasis[] = [];
  for (const a of facts.assumptions as Note[]) {
    if (a.kind !== 'quality-adjusted' && a.kind !== 'quality-per-option') continue;
    if (a.kind === 'quality-adjusted') {
      if (a.promptedSuccessRate !== null)
        out.push({ kind: 'given', input: 'prompted-success-rate', value: a.promptedSuccessRate });
      if (a.ftSuccessRate !== null) out.push({ kind: 'given', input: 'ft-success-rate', value: a.ftSuccessRate });
    } else {
      for (const r of a.rates) out.push({ kind: 'given', input: 'success-rate', option: r.id, value: r.successRate });
    }
    out.push(
      a.failureFixUsd === null
        ? { kind: 'assumed', input: 'failure-cost', value: 'retry' }
        : { kind: 'given', input: 'failure-cost', value: a.failureFixUsd },
    );
  }
  return out;
}

/**
 * With --sensitivity, the inputs at whose low or high end the pair compared changes order at the
 * volume (the total saving changes sign), when the pair includes an option the verdict names.
 */
function flippingInputs(res: BreakEvenResult, named: readonly string[]): VerdictBasis[] {
  const s = res.sensitivity;
  if (!s || !(named.includes(s.option) || named.includes(s.baseline))) return [];
  const sign = (saving: string) => new Decimal(saving).cmp(0);
  const expected = sign(s.expected.savingPerMonth);
  if (expected === 0) return [];
  const out: VerdictBasis[] = [];
  for (const row of s.inputs) {
    const end = [row.low, row.high].find((e) => sign(e.savingPerMonth) === -expected);
    if (!end) continue;
    // A positive saving: the option costs less than the baseline; a flip makes the other one cheaper.
    const [cheaper, than] = expected > 0 ? [s.baseline, s.option] : [s.option, s.baseline];
    out.push({ kind: 'flips-cheapest', input: row.input, label: row.label, value: end.value, cheaper, than });
  }
  return out;
}

/** The verdict with its fields in reading order: kind, option, volume, months, the rest, restsOn, text. */
function ordered(v: Verdict): Verdict {
  const { kind, option, queriesPerDay, months, restsOn, text, ...rest } = v;
  return { kind, option, queriesPerDay, months, ...rest, restsOn, text } as Verdict;
}

/** The verdict of a break-even result (its `text` empty: src/render/words/verdict.ts words it). */
export function verdictOf(res: BreakEvenResult, facts: BreakEvenFacts): Verdict {
  return ordered(decide(res, facts));
}

function decide(res: BreakEvenResult, facts: BreakEvenFacts): Verdict {
  const horizonMonths = res.settings.horizonMonths;
  const byId = new Map(res.options.map((o) => [o.id, o]));
  const competing = res.options.filter((o) => o.decision.competes);
  const q = res.settings.queriesPerDay;
  const restsOn = (named: readonly (string | null | undefined)[]) => {
    const ids = named.filter((id): id is string => typeof id === 'string');
    const options = ids.map((id) => byId.get(id)).filter((o): o is BreakEvenOptionJson => o !== undefined);
    return [
      ...assumedInputs(facts, options, competing.some(isFineTuned)),
      ...qualityInputs(facts),
      ...flippingInputs(res, ids),
    ];
  };

  if (q === null) {
    const lowest = res.regimes[0];
    if (!lowest)
      return {
        kind: 'nothing-buyable',
        option: null,
        queriesPerDay: null,
        months: null,
        horizonMonths,
        leftOut: null,
        restsOn: [],
        text: '',
      };
    const fineTunedAbove = fineTunedFrom(res, 0);
    return {
      kind: 'no-volume',
      option: null,
      queriesPerDay: null,
      months: null,
      horizonMonths,
      lowest: lowest.cheapest,
      fineTunedAbove,
      restsOn: restsOn([lowest.cheapest, fineTunedAbove?.option]),
      text: '',
    };
  }

  const c = res.cheapestAtVolume === null ? undefined : byId.get(res.cheapestAtVolume);
  if (!c)
    return {
      kind: 'nothing-buyable',
      option: null,
      queriesPerDay: q,
      months: null,
      horizonMonths,
      leftOut: leftOutOf(res, undefined),
      restsOn: [],
      text: '',
    };

  const i = regimeIndexAt(res.regimes, Rational.from(q));
  // The regime containing the volume names the same cheapest (src/engine/breakEven/analysis.ts cheapestAt);
  // past the regimes listed (a repeating pattern, or a search stopped), none is named.
  const regime = i >= 0 && res.regimes[i]!.cheapest === c.id ? res.regimes[i]! : null;
  const atVolume = {
    option: c.id,
    queriesPerDay: q,
    horizonMonths,
    regime,
    below: regime && i > 0 ? res.regimes[i - 1]! : null,
    above: regime ? (res.regimes[i + 1] ?? null) : null,
    leftOut: leftOutOf(res, c),
    text: '',
  };
  const above = regime ? fineTunedFrom(res, i + 1) : null;

  if (isFineTuned(c)) {
    const p = c.payback;
    // What the words name: the option, the regime below it, and the one above when it is the last.
    const named = [
      c.id,
      atVolume.below?.cheapest,
      atVolume.above?.toQueriesPerDay === null ? atVolume.above.cheapest : null,
    ];
    if (!p) return { ...atVolume, kind: 'cheapest-fine-tuned', months: null, restsOn: restsOn(named) };
    if (p.paysBack && p.months !== null && p.monthsExact !== null)
      return p.withinHorizon
        ? {
            ...atVolume,
            kind: 'pays-back',
            baseline: p.baseline,
            months: p.months,
            monthsExact: p.monthsExact,
            restsOn: restsOn(named),
          }
        : {
            ...atVolume,
            kind: 'pays-back-after-horizon',
            baseline: p.baseline,
            fineTuned: c.id,
            months: p.months,
            monthsExact: p.monthsExact,
            fineTunedAbove: above,
            restsOn: restsOn(named),
          };
    return {
      ...atVolume,
      kind: 'never-pays-back',
      baseline: p.baseline,
      fineTuned: c.id,
      reason: p.reason ?? 'costs-more-to-run',
      months: null,
      fineTunedAbove: above,
      restsOn: restsOn(named),
    };
  }

  // The cheapest needs no training: what do the fine-tuned options that compete say at this volume?
  const fineTuned = competing.filter((o) => isFineTuned(o) && o.payback !== null);
  const withTraining = (o: BreakEvenOptionJson) => o.payback!;
  if (!fineTuned.some((o) => withTraining(o).paysBack && withTraining(o).withinHorizon)) {
    const late = fineTuned
      .filter((o) => withTraining(o).paysBack && withTraining(o).months !== null)
      .sort((a, b) => new Decimal(withTraining(a).months!).cmp(withTraining(b).months!))[0];
    if (late) {
      const p = withTraining(late);
      return {
        ...atVolume,
        kind: 'pays-back-after-horizon',
        baseline: p.baseline,
        fineTuned: late.id,
        months: p.months!,
        monthsExact: p.monthsExact!,
        fineTunedAbove: above,
        restsOn: restsOn([c.id, late.id, above?.option]),
      };
    }
    const least = cheapestOf(fineTuned);
    if (least) {
      const p = withTraining(least);
      return {
        ...atVolume,
        kind: 'never-pays-back',
        baseline: p.baseline,
        fineTuned: least.id,
        reason: p.reason ?? 'costs-more-to-run',
        months: null,
        fineTunedAbove: above,
        restsOn: restsOn([c.id, least.id, above?.option]),
      };
    }
  }
  return {
    ...atVolume,
    kind: 'cheapest-without-training',
    months: null,
    fineTunedAbove: above,
    restsOn: restsOn([c.id, above?.option]),
  };
}
