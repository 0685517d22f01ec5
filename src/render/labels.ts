/**
 * The words a row of results is labelled with, one wording for every front-end: the CLI's tables
 * (estimate, catalog list) and the widget's training table. Pure: fields of a result → text; no
 * figure is computed here.
 */
import type { AvailabilityJson } from '../result/availability.js';
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

/**
 * Null while available with nothing ahead; else the status and each dated fact under its own name:
 * "closed-to-new-users; training ends 2027-01-06; shuts down 2027-01-14", "retired 2026-10-23".
 */
export function availabilityLabel(
  a:
    | {
        status: AvailabilityJson['status'];
        trainingEndsOn?: string | null;
        servingEndsOn?: string | null;
        events?: readonly { event: string; on: string; sourceKind?: string }[];
      }
    | null
    | undefined,
): string | null {
  if (!a) return null;
  // A date read only in third parties' write-ups says so wherever it shows (OpenAI's 2027-01-14).
  const claimed = (kind: string, on: string | null | undefined) =>
    on && a.events?.some((e) => e.event === kind && e.on === on && e.sourceKind === 'copy') ? ' (secondary claim)' : '';
  if (a.status === 'retired')
    return a.servingEndsOn ? `retired ${a.servingEndsOn}${claimed('serving-ends', a.servingEndsOn)}` : 'retired';
  const parts: string[] = a.status === 'available' ? [] : [a.status === 'training-ended' ? 'training ended' : a.status];
  if (a.trainingEndsOn && a.status !== 'training-ended') parts.push(`training ends ${a.trainingEndsOn}`);
  if (a.status === 'training-ended' && a.trainingEndsOn) parts[0] = `training ended ${a.trainingEndsOn}`;
  if (a.servingEndsOn) parts.push(`shuts down ${a.servingEndsOn}${claimed('serving-ends', a.servingEndsOn)}`);
  return parts.length ? parts.join('; ') : null;
}

/** The epochs of a row, or "-" where training is billed by the hour and epochs do not set the bill. */
export function epochsCell(r: EstimateRowJson): string {
  return r.billing === 'per-hour' ? '-' : epochsLabel(r);
}

/** The training price as billed: "$3.00" per 1M tokens, "$100.00/h" per training hour, or "n/a". */
export function rateLabel(
  r: Pick<EstimateRowJson, 'trainingPer1M' | 'trainingPerHour'>,
  format: (amount: string) => string,
): string {
  if (r.trainingPer1M !== null) return format(r.trainingPer1M);
  if (r.trainingPerHour !== null) return `${format(r.trainingPerHour)}/h`;
  return 'n/a';
}

/** Short notes next to an estimate row: stale price, availability, truncation, minimum charge, a missing price. */
export function estimateRowNotes(r: EstimateRowJson): string[] {
  const out: string[] = [];
  if (r.stale) out.push(staleLabel(r.priceAgeDays));
  const availability = availabilityLabel(r.availability);
  if (availability) out.push(availability);
  if (r.truncatedExamples > 0) out.push('truncated');
  if (r.charges.some((c) => c.name.startsWith('per-job cap'))) out.push('capped');
  if (r.charges.some((c) => c.name === 'minimum charge top-up')) out.push('minimum charge');
  if (r.missingPrice) out.push(r.missingPrice);
  if (!r.production) out.push('not for production');
  if (r.sourceKind === 'copy') out.push('copy');
  return out;
}

/**
 * The footer line naming the platforms closed to this team, so a hidden platform is never a silent
 * gap: "Closed to you as a new customer: OpenAI since 2026-05-07 (12 offers), Azure OpenAI since
 * 2026-10-01 (30 offers); existing customers pass --existing-customer openai / azure-openai."
 */
export function closedToTeamLine(
  closed: readonly { provider: string; providerName: string; customer: string; since: string; offers: number }[],
): string[] {
  if (closed.length === 0) return [];
  const byStatus = new Map<string, typeof closed>();
  for (const c of closed) byStatus.set(c.customer, [...(byStatus.get(c.customer) ?? []), c]);
  const lines: string[] = [];
  for (const [status, list] of byStatus) {
    const who = status === 'lapsed' ? 'an existing customer without recent use' : 'a new customer';
    const where = list
      .map((c) => `${c.providerName} since ${c.since} (${c.offers} offer${c.offers === 1 ? '' : 's'})`)
      .join(', ');
    const ids = list.map((c) => c.provider).join(' ');
    lines.push(
      `Closed to you as ${who}: ${where}; ` +
        `if you fine-tune there already, pass --existing-customer ${ids.replaceAll(' ', ' --existing-customer ')}.`,
    );
  }
  return lines;
}
