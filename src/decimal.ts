/**
 * The one configured Decimal of ftcost. Every amount of money, every price and every rate in the
 * catalog and the engine is one of these, made from a string (or a safe integer count): a JS
 * float never touches a price, because 0.1 + 0.2 !== 0.3 and a budget must add up to the cent.
 */
import { Decimal as DecimalJs } from 'decimal.js';

// 60 significant digits: token counts up to 1e15 times per-1M prices with 6 decimals, and
// break-even quotients, stay exact (or, for a repeating quotient, exact far past any cent).
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/**
 * For chart axes only — the logarithms and powers of ten that place a point on a log scale, never an
 * amount: 20 significant digits. At 60, one ln/exp per sample point was most of a break-even
 * (18 of 20 ms a call); what comes out is cut to 3 significant digits or a pixel position anyway.
 */
export const AxisDecimal = DecimalJs.clone({
  precision: 20,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});

const DECIMAL_STRING = /^-?(?:\d+)(?:\.\d+)?$/;

/** Make a Decimal from a decimal string, a bigint, or a safe integer (a count, never a price). */
export function d(value: string | bigint | number | Decimal): Decimal {
  if (value instanceof Decimal) return value;
  if (typeof value === 'bigint') return new Decimal(value.toString());
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new TypeError(`d(): refusing the non-integer number ${value}; pass money as a decimal string`);
    }
    return new Decimal(value);
  }
  if (!DECIMAL_STRING.test(value.trim())) throw new TypeError(`d(): "${value}" is not a decimal string`);
  return new Decimal(value.trim());
}

/** Unrounded, non-exponential string form for JSON: "1.8", "0.000125", "15". */
export function toDecimalString(value: Decimal): string {
  return value.toFixed();
}

export const ZERO = new Decimal(0);
/** Token prices are quoted per one million tokens. */
export const TOKENS_PER_MILLION = new Decimal(1_000_000);
/** The cloud billing convention (365 × 24 / 12); 720 is the other one, selectable where hours matter. */
export const HOURS_PER_MONTH = new Decimal(730);
export const HOURS_PER_DAY = new Decimal(24);
