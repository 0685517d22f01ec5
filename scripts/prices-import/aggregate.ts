/**
 * From feed rows (one per meter and region) to one figure per catalog price. The catalog records a
 * tier's price, not a region's: Global and Data Zone meters are uniform within the tier, and for
 * Standard (regional) the catalog keeps the lowest regional meter and notes that some regions are
 * higher (pricing/azure-openai.yaml, header). So the figure is the lowest price in force in any
 * region, and the spread is kept for the report.
 */
import type { Decimal } from '../../src/decimal.js';
import { PRICE_FIELDS } from '../../src/domain/priceKinds.js';
import { targetKey, type Observation, type PriceTarget } from './feed.js';

export interface FeedPrice {
  target: PriceTarget;
  /** The lowest price in force in any region, in the field's unit. */
  amount: Decimal;
  /** The highest, for the report (equal to `amount` when every region agrees). */
  highest: Decimal;
  /** The first day the lowest price is in force in a region that has it. */
  effectiveFrom: string;
  regions: string[];
  regionsAtLowest: string[];
  /** The feed rows behind the lowest price: meter name and its own figure. */
  sources: { meter: string; quoted: string }[];
}

/** Display order of tiers: the catalog's order in pricing/azure-openai.yaml. */
const TIER_ORDER = ['global', 'datazone', 'regional', 'developer'];

/** The price now in force for one meter in one region, and since when it has been that price. */
interface RegionPrice {
  observation: Observation;
  since: string;
}

/**
 * The latest row is the one in force; a meter re-listed with a later start date at the same price
 * (the Azure feed does this) has been that price since the first row of the run.
 */
function currentPrice(rows: Observation[]): RegionPrice {
  const byDate = [...rows].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const latest = byDate[byDate.length - 1]!;
  let since = latest.effectiveFrom;
  for (let i = byDate.length - 2; i >= 0 && byDate[i]!.amount.eq(latest.amount); i--) since = byDate[i]!.effectiveFrom;
  return { observation: latest, since };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function compareTargets(a: PriceTarget, b: PriceTarget, modelOrder: readonly string[]): number {
  const tierRank = (t?: string) => (t === undefined ? -1 : TIER_ORDER.indexOf(t) + 1 || TIER_ORDER.length + 1);
  const modelRank = (id: string) => {
    const i = modelOrder.indexOf(id);
    return i === -1 ? modelOrder.length : i;
  };
  return (
    modelRank(a.modelId) - modelRank(b.modelId) ||
    a.modelId.localeCompare(b.modelId) ||
    a.method.localeCompare(b.method) ||
    tierRank(a.tier) - tierRank(b.tier) ||
    (a.tier ?? '').localeCompare(b.tier ?? '') ||
    PRICE_FIELDS.indexOf(a.field) - PRICE_FIELDS.indexOf(b.field)
  );
}

/**
 * One FeedPrice per catalog price the observations cover, in catalog order: models as `modelOrder`
 * lists them (the catalog file's order; others after, by id), then tier, then field.
 */
export function aggregate(observations: readonly Observation[], modelOrder: readonly string[] = []): FeedPrice[] {
  const prices: FeedPrice[] = [];
  for (const rows of groupBy(observations, (o) => targetKey(o.target)).values()) {
    const current = [...groupBy(rows, (o) => `${o.meter}\u0000${o.region}`).values()].map(currentPrice);
    let lowest = current[0]!.observation.amount;
    let highest = lowest;
    for (const { observation } of current) {
      if (observation.amount.lt(lowest)) lowest = observation.amount;
      if (observation.amount.gt(highest)) highest = observation.amount;
    }
    const atLowest = current.filter((c) => c.observation.amount.eq(lowest));
    const sources = new Map<string, { meter: string; quoted: string }>();
    for (const { observation: o } of atLowest)
      sources.set(`${o.meter}\u0000${o.quoted}`, { meter: o.meter, quoted: o.quoted });
    prices.push({
      target: rows[0]!.target,
      amount: lowest,
      highest,
      effectiveFrom: atLowest.map((c) => c.since).sort()[0]!,
      regions: [...new Set(current.map((c) => c.observation.region))].sort(),
      regionsAtLowest: [...new Set(atLowest.map((c) => c.observation.region))].sort(),
      sources: [...sources.values()],
    });
  }
  return prices.sort((a, b) => compareTargets(a.target, b.target, modelOrder));
}
