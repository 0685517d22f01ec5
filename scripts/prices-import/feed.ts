/**
 * What every importer (Azure meters, AWS SKUs) hands on: rows of a price feed mapped to catalog
 * prices, and everything it did not map, by name. Nothing read is dropped without a trace: a row is
 * an observation, a known skip (with the reason it is not imported), an unmapped fine-tuning row
 * (reported by name), or counted as not a fine-tuning price at all.
 */
import type { Decimal } from '../../src/decimal.js';
import type { PriceField } from '../../src/domain/priceKinds.js';
import type { Method } from '../../src/domain/vocabulary.js';

/** Which catalog price a feed row is: model, offer (method and tier) and field. */
export interface PriceTarget {
  modelId: string;
  method: Method;
  tier?: string;
  field: PriceField;
}

/** One priced feed row (an Azure meter in one region, an AWS SKU), converted to the field's unit. */
export interface Observation {
  target: PriceTarget;
  /** The feed's name for it (Azure meterName, AWS usagetype). */
  meter: string;
  region: string;
  /** The day the feed says the price took effect (YYYY-MM-DD). */
  effectiveFrom: string;
  /** Per the field's unit: per 1M tokens, per hour, per month. */
  amount: Decimal;
  /** The feed's own figure in words, for notes: "0.003 per 1K tokens (x 1,000 = per 1M, derived)". */
  quoted: string;
}

/** Rows recognised and deliberately not imported, with why (listed in the report). */
export interface KnownSkip {
  name: string;
  reason: string;
  items: number;
}

/** Rows that look like fine-tuning prices but cannot be mapped: listed by name in the report. */
export interface Unmapped {
  name: string;
  /** Product and unit, to find the row in the feed. */
  detail: string;
  why: string;
  items: number;
}

export interface ImportResult {
  /** The catalog provider the feed prices (azure-openai, aws-bedrock). */
  providerId: string;
  observations: Observation[];
  known: KnownSkip[];
  unmapped: Unmapped[];
  /** Rows that are no fine-tuning price at all, counted by reason. */
  ignored: { reason: string; items: number }[];
  /** Malformed rows: "file:line: message". */
  problems: string[];
}

/** A count of rows by key, kept in first-seen order (so reports follow the feed's order). */
export class Tally<T extends { items: number }> {
  private readonly rows = new Map<string, T>();

  add(key: string, make: () => Omit<T, 'items'>): void {
    const row = this.rows.get(key);
    if (row) row.items++;
    else this.rows.set(key, { ...make(), items: 1 } as T);
  }

  list(): T[] {
    return [...this.rows.values()];
  }
}

export function targetKey(t: PriceTarget): string {
  return `${t.modelId}|${t.method}|${t.tier ?? ''}|${t.field}`;
}

/** "gpt-4o-mini-2024-07-18 sft global trainingPer1M" — a target as the report names it. */
export function targetLabel(t: PriceTarget): string {
  return [t.modelId, t.method, t.tier, t.field].filter(Boolean).join(' ');
}
