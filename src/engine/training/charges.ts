/**
 * Charges are data: every cost ftcost reports is a list of components, each with its quantity, unit,
 * unit price and the source of that price, summed in one place. A reader can trace every dollar.
 */
import { type Decimal, ZERO } from '../../decimal.js';

export interface Charge {
  /** What is charged: "training tokens", "validation tokens", "minimum charge top-up", ... */
  name: string;
  /** The unit of `quantity` and of `unitPrice`: "1M tokens", "hour", "job". */
  unit: string;
  quantity: Decimal;
  unitPrice: Decimal;
  total: Decimal;
  source: string;
  asOf: string;
}

export function charge(
  name: string,
  unit: string,
  quantity: Decimal,
  unitPrice: Decimal,
  source: string,
  asOf: string,
): Charge {
  return { name, unit, quantity, unitPrice, total: quantity.times(unitPrice), source, asOf };
}

export function sumCharges(charges: readonly Charge[]): Decimal {
  return charges.reduce((sum, c) => sum.plus(c.total), ZERO);
}
