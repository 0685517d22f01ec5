/**
 * The words a row of results is labelled with, one wording for every front-end: the CLI's tables
 * (estimate, catalog list) and the widget's training table. Pure: fields of a result → text; no
 * figure is computed here.
 */
import type { EstimateRowJson } from '../result/estimate.js';

/** "sft", "sft-lora (batch)". */
export function methodLabel(r: { method: string; tier?: string | null }): string {
  return r.tier ? `${r.method} (${r.tier})` : r.method;
}

const EPOCHS_MARK: Record<string, string> = {
  requested: '',
  'openai-auto': ' auto',
  'provider-default': ' default',
  assumed: ' assumed',
};

/** "3", "20 auto" (OpenAI's default-epochs rule), "3 default" (the provider's), "3 assumed". */
export function epochsLabel(r: Pick<EstimateRowJson, 'epochs' | 'epochsBasis'>): string {
  return `${r.epochs}${EPOCHS_MARK[r.epochsBasis] ?? ''}`;
}

/** A price last checked too long ago: "stale (283 d)". */
export function staleLabel(ageDays: number): string {
  return `stale (${ageDays} d)`;
}

/** Null while available; else "retired", "closed-to-new-users, ends 2027-01-06". */
export function availabilityLabel(a: { status: string; shutdownOn?: string | null } | null | undefined): string | null {
  if (!a || a.status === 'available') return null;
  return a.shutdownOn ? `${a.status}, ends ${a.shutdownOn}` : a.status;
}

/** Short notes next to an estimate row: stale price, availability, truncation, minimum charge, a missing price. */
export function estimateRowNotes(r: EstimateRowJson): string[] {
  const out: string[] = [];
  if (r.stale) out.push(staleLabel(r.priceAgeDays));
  const availability = availabilityLabel(r.availability);
  if (availability) out.push(availability);
  if (r.truncatedExamples > 0) out.push('truncated');
  if (r.charges.some((c) => c.name === 'minimum charge top-up')) out.push('minimum charge');
  if (r.missingPrice) out.push(r.missingPrice);
  return out;
}
