/**
 * A provider's dedicated endpoint serving the fine-tune it trained (billed by the hour, idle or not).
 */
import type { HardwareOnDate } from '../../../domain/hardware.js';
import type { ModelOnDate } from '../../../domain/offers.js';
import type { Decimal } from '../../../decimal.js';
import type { CostOption } from '../costCurve.js';
import type { EstimateRow } from '../../training/estimate.js';
import { offerId } from './hosted.js';
import type { CatalogOptionsInputs } from './inputs.js';
import { cheapestServing, servingConfigs, servingNotes, servingSources } from './serving.js';

/** A provider's dedicated endpoint serving the fine-tune it trained (billed by the hour, idle or not). */
export function dedicatedOption(
  row: EstimateRow,
  inputs: CatalogOptionsInputs,
  hardware: HardwareOnDate,
  model: ModelOnDate,
  hoursUp: Decimal,
  idOf: (id: string) => string,
): CostOption | undefined {
  if (!model.parametersBillions) return undefined;
  const offers = hardware.dedicated.filter((o) => o.provider === row.provider);
  const serving = cheapestServing(
    servingConfigs(hardware, offers, model.parametersBillions, inputs, hoursUp),
    inputs.queriesPerDay,
    hoursUp,
  );
  if (!serving) return undefined;
  return {
    id: idOf(`${offerId(row)}/dedicated`),
    name: `${row.providerName} ${row.method}, dedicated ${serving.offer.gpu} endpoint: fine-tuned ${row.model}`,
    kind: 'hosted-hourly',
    hourly: serving.hourly,
    hoursPerDay: hoursUp,
    capacityPerDay: serving.capacityPerDay,
    monthly: row.running.storagePerMonth,
    storagePerMonth: row.running.storagePerMonth,
    oneTime: row.trainingCost!,
    provider: row.provider,
    model: row.model,
    method: row.method,
    tier: row.tier,
    sources: [{ what: 'training price', source: row.source, asOf: row.asOf }, ...servingSources(serving)],
    notes: servingNotes(serving, inputs, hoursUp),
  };
}
