/**
 * The words of a break-even's verdict (src/result/verdict.ts): one or two sentences a manager can act
 * on — fine-tune (where, and how soon it pays back), keep prompting, or nothing can be bought — then
 * what the answer rests on: "This is an estimate: it assumes …" naming each assumed input, and the
 * inputs whose plausible range flips the cheapest. The words name no flag or field: the same for every
 * audience (the result's assumptions say how to give each input).
 */
import { formatMonths, formatQueriesPerDay, formatUsd } from '../../format/money.js';
import { Decimal } from '../../decimal.js';
import type { BreakEvenOptionJson, BreakEvenResult, RegimeJson } from '../../result/breakEven.js';
import type { NeverPaysBackReason, Verdict, VerdictFineTunedAbove } from '../../result/verdict.js';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "a", "a and b", "a, b and c". */
const listWords = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "1,200 queries/day"; below one a day, "1 query/day" (volumes are shown rounded up). */
function volume(v: string): string {
  return new Decimal(v).lte(1) ? '1 query/day' : `${formatQueriesPerDay(v)} queries/day`;
}

/** "above 180 queries/day", "from 1 query/day" (a volume below one a day rounds up to the first query). */
function abovePhrase(v: string): string {
  return new Decimal(v).lt(1) ? 'from 1 query/day' : `above ${volume(v)}`;
}

/** The volumes a regime covers: "at every volume", "up to 5,644 queries/day", "above 180 …", "from 480 to 2,000 …". */
function rangePhrase(r: RegimeJson): string {
  const from = r.fromQueriesPerDay;
  const to = r.toQueriesPerDay;
  if (to === null) return from === '0' ? 'at every volume' : abovePhrase(from);
  if (from === '0') return `up to ${volume(to)}`;
  return `from ${formatQueriesPerDay(from)} to ${volume(to)}`;
}

/** A custom option as its scenario names it: "gpu (Rented GPUs)", or the id alone. */
const label = (o: BreakEvenOptionJson) => (o.name && o.name !== o.id ? `${o.id} (${o.name})` : o.id);

/**
 * What choosing the option means: "prompting gpt-4.1", "fine-tuning on together/sft-lora" (the id names
 * the platform, method and tier, and the model too when several are compared), "gpu (Rented GPUs)".
 */
function doing(o: BreakEvenOptionJson): string {
  if (o.kind === 'prompted') return `prompting ${o.model ?? o.id}`;
  if (o.kind === 'custom') return label(o);
  return `fine-tuning on ${o.id}`;
}

/** A sentence that starts with the option: capitalised, except a scenario's own id (written as given). */
const lead = (o: BreakEvenOptionJson) => (o.kind === 'custom' ? doing(o) : capital(doing(o)));

/** What the option pays back: its training, or a scenario option's one-time cost. */
const upFront = (o: BreakEvenOptionJson) => (o.kind === 'custom' ? 'one-time cost' : 'training');

/** The advice for a range of volumes: "keep prompting gpt-4.1", "fine-tune on openlab", "choose gpu". */
function advice(o: BreakEvenOptionJson): string {
  if (o.kind === 'prompted') return `keep prompting ${o.model ?? o.id}`;
  if (o.kind === 'custom') return `choose ${label(o)}`;
  return `fine-tune on ${o.id}`;
}

/** Why a fine-tuned option never pays back, after its name: "costs more to run than prompted/gpt-4.1". */
function neverWords(o: BreakEvenOptionJson, reason: NeverPaysBackReason, baseline: string, res: BreakEvenResult) {
  const recovery = o.payback?.recoveryMonths ? ` (it would take ${formatMonths(o.payback.recoveryMonths)})` : '';
  switch (reason) {
    case 'not-within-cycle':
      return (
        `is retrained every ${res.settings.retrainEveryMonths} months, before its ${upFront(o)} is earned back` +
        recovery
      );
    case 'not-within-remaining-life':
      return `stops serving on ${o.decision.servingEndsOn}, before its ${upFront(o)} is earned back${recovery}`;
    default:
      // Against the cheapest itself, said just before: no need to name it again.
      return res.cheapestAtVolume === baseline ? 'costs more to run' : `costs more to run than ${baseline}`;
  }
}

/**
 * What is cheapest above the volume, for a verdict whose cheapest needs no training: the first fine-tuned
 * option to be ("Above 5,644 queries/day, fine-tuning on nimbus-openai/global would be the cheapest."),
 * else the next regime's option, else — when the regimes are known to the end — that nothing trained is.
 */
function aboveSentence(
  v: { fineTunedAbove: VerdictFineTunedAbove | null; regime: RegimeJson | null; above: RegimeJson | null },
  res: BreakEvenResult,
) {
  const byId = (id: string) => res.options.find((o) => o.id === id)!;
  const cheapest = (from: string, id: string) =>
    ` ${capital(abovePhrase(from))}, ${doing(byId(id))} would be the cheapest.`;
  if (v.fineTunedAbove) return cheapest(v.fineTunedAbove.queriesPerDay, v.fineTunedAbove.option);
  if (v.above) return cheapest(v.above.fromQueriesPerDay, v.above.cheapest);
  const known = v.regime !== null && res.regimesRepeat === null && res.regimesSearchedUpTo === null;
  const noun = res.options.every((o) => o.kind === 'custom') ? 'option with a one-time cost' : 'fine-tuned option';
  return known ? ` No ${noun} is the cheapest at any higher volume.` : '';
}

const percent = (share: string) => `${new Decimal(share).times(100).toFixed()}%`;

/** "It counts failed answers (success rates: prompted 70%, fine-tuned 96%; a failure costs $0.50 to fix)." */
function qualityWords(v: Verdict): string {
  const rates = v.restsOn.flatMap((b) => {
    if (b.kind !== 'given' || b.input === 'failure-cost') return [];
    const who = b.input === 'success-rate' ? b.option : b.input === 'prompted-success-rate' ? 'prompted' : 'fine-tuned';
    return [`${who} ${percent(b.value)}`];
  });
  if (!rates.length) return '';
  const fix = v.restsOn.find((b) => b.kind === 'given' && b.input === 'failure-cost');
  return (
    ` It counts failed answers (success rates: ${rates.join(', ')}` +
    `${fix ? `; a failure costs ${formatUsd(fix.value)} to fix` : ''}).`
  );
}

/** "This is an estimate: …." and "It turns on …." for what the verdict rests on. */
function restsOnWords(v: Verdict): string {
  const assumed = v.restsOn.flatMap((b) =>
    b.kind !== 'assumed'
      ? []
      : b.input === 'tokens-per-example'
        ? [`${b.value} tokens per training example`]
        : b.input === 'failure-cost'
          ? ["a failed answer is asked again at its option's own price"]
          : [`${b.value} epoch${b.value === '1' ? '' : 's'} ${b.where === 'self-hosted' ? b.where : `at ${b.where}`}`],
  );
  const flips = v.restsOn.flatMap((b) =>
    b.kind === 'flips-cheapest' ? [`${b.label} (at ${b.value}, ${b.cheaper} costs less than ${b.than})`] : [],
  );
  return (
    qualityWords(v) +
    (assumed.length ? ` This is an estimate: it assumes ${listWords(assumed)}.` : '') +
    (flips.length ? ` It turns on ${flips.join('; ')}.` : '')
  );
}

/** The verdict in words: the answer, a left-out option that would cost less, then what it rests on. */
function verdictText(v: Verdict, res: BreakEvenResult): string {
  const byId = (id: string) => res.options.find((o) => o.id === id)!;
  const horizon = `for the next ${v.horizonMonths} months`;
  if (v.kind === 'nothing-buyable') {
    const at = v.queriesPerDay === null ? '' : ` at ${volume(v.queriesPerDay)}`;
    const out = v.leftOut
      ? `the cheapest of them, ${v.leftOut.option} (${formatUsd(v.leftOut.totalPerMonth)}/month), ` +
        `is left out: ${v.leftOut.excludedBecause}`
      : 'each option left out says why';
    return (
      `No option can be bought for the whole ${v.horizonMonths}-month horizon, so none is named cheapest${at}; ` +
      `${out}.`
    );
  }
  if (v.kind === 'no-volume') {
    const shown = res.regimes.slice(0, 3).map((r) => `${advice(byId(r.cheapest))} ${rangePhrase(r)}`);
    const more = res.regimes.length - shown.length;
    return (
      `Without a volume, the answer depends on it: ${shown.join('; ')}` +
      (more > 0 ? ` (and ${more} more range${more === 1 ? '' : 's'})` : '') +
      `, ${horizon}.` +
      restsOnWords(v)
    );
  }

  const c = byId(v.option);
  const q = volume(v.queriesPerDay);
  const range = v.regime ? ` ${rangePhrase(v.regime)}` : '';
  // The neighbouring regimes over the volumes they cover ("below that" from 0): the one below, and the one
  // above when it is the last (an alternation above is left to the regimes).
  const next = (r: RegimeJson | null) =>
    r ? `; ${r.fromQueriesPerDay === '0' ? 'below that' : rangePhrase(r)}, ${advice(byId(r.cheapest))}` : '';
  const below = next(v.below);
  const above = next(v.above?.toQueriesPerDay === null ? v.above : null);
  const leftOut = v.leftOut
    ? ` ${v.leftOut.option} would cost less (${formatUsd(v.leftOut.totalPerMonth)}/month) but is left out: ` +
      `${v.leftOut.excludedBecause}.`
    : '';
  // The opening of a verdict whose cheapest needs no training.
  const keep =
    c.kind === 'prompted' ? `Keep prompting ${c.model ?? c.id} at ${q}` : `${lead(c)} is the cheapest option at ${q}`;
  let answer: string;
  switch (v.kind) {
    case 'pays-back':
      answer =
        `${lead(c)} pays back its ${upFront(c)} in ${formatMonths(v.months)} at ${q} ` +
        `and is the cheapest option${range} ${horizon}${below}${above}.`;
      break;
    case 'cheapest-fine-tuned':
      answer =
        `${lead(c)} is the cheapest option at ${q}, its ${upFront(c)} included, ` +
        `and stays the cheapest${range} ${horizon}${below}${above}.` +
        (res.baseline === c.id ? ` No payback is computed: it is the baseline the others are compared with.` : '');
      break;
    case 'cheapest-without-training':
      answer =
        (c.kind === 'prompted'
          ? `${keep}: it is the cheapest option${range} ${horizon}, and no fine-tuned option costs less here.`
          : `${keep}${range ? ` (${range.trim()})` : ''} ${horizon}, with no one-time cost to pay back.`) +
        aboveSentence(v, res);
      break;
    case 'never-pays-back': {
      const ft = byId(v.fineTuned);
      if (v.fineTuned === v.option) {
        answer =
          `${lead(c)} is the cheapest option at ${q}${range ? ` (${range.trim()})` : ''} ${horizon}, ` +
          `but it never pays back its ${upFront(c)} against ${v.baseline}: ` +
          `it ${neverWords(ft, v.reason, v.baseline, res)}.`;
        break;
      }
      const several = res.options.filter((o) => o.decision.competes && o.payback !== null).length > 1;
      const none =
        ft.kind === 'custom'
          ? 'no option with a one-time cost pays it back'
          : 'no fine-tuned option pays back its training';
      answer =
        `${keep}: ${none} here — ${several ? `the cheapest of them, ${ft.id},` : ft.id} ` +
        `${neverWords(ft, v.reason, v.baseline, res)}.` +
        aboveSentence(v, res);
      break;
    }
    case 'pays-back-after-horizon': {
      const ft = byId(v.fineTuned);
      answer =
        v.fineTuned === v.option
          ? `${lead(c)} is the cheapest option at ${q}${range ? ` (${range.trim()})` : ''}, ` +
            `but pays back its ${upFront(c)} only after ${formatMonths(v.months)}, ` +
            `past the ${v.horizonMonths}-month horizon.`
          : `${keep} ${horizon}: ${doing(ft)} would pay back its ${upFront(ft)} only after ` +
            `${formatMonths(v.months)}, past the horizon.` +
            aboveSentence(v, res);
      break;
    }
  }
  return answer + leftOut + restsOnWords(v);
}

/** Words a result's verdict in place (its `text`), from the verdict and the result as they stand. */
export function wordVerdict(result: BreakEvenResult): void {
  result.verdict.text = verdictText(result.verdict, result);
}
