/**
 * Log-scale chart axes: where a figure sits on an axis and which volumes a chart samples. Never an
 * amount — every cost plotted is computed exactly elsewhere; these only place it.
 *
 * Why not AxisDecimal alone: decimal.js's `log` and `pow` at 20 digits cost ~0.2 ms a call in the
 * interpreter, and a break-even chart makes hundreds of them (61 volumes × every option): they were
 * half of a `ftcost breakeven` run. A double does it in nanoseconds: log10(m × 10^e) = e + log10(m)
 * from the decimal's exponent and a 17-digit mantissa, and 10^x then 3 significant digits. What
 * comes out must be what AxisDecimal gives, so where a double could round differently — a logarithm
 * next to an integer (floor and ceil of it pick the axis ends), a sample next to a 3-digit rounding
 * boundary, a position next to .5 — the AxisDecimal result is computed instead. test/engine/axis.test.ts
 * holds the two equal over every sample grid the engine can ask for and at the boundaries.
 */
import { AxisDecimal, Decimal } from '../../decimal.js';

/** Closer than this to a boundary, a double's answer is not trusted. */
const NEAR = 1e-9;

/** AxisDecimal's log10, as the axes used it before (20 digits, then a double). */
export function exactLog10(value: string | Decimal): number | null {
  const x = new AxisDecimal(value instanceof Decimal ? value.toString() : value);
  return x.gt(0) ? x.log(10).toNumber() : null;
}

/** log10 of a decimal (null for zero or less): equal to exactLog10 wherever the caller floors, ceils or rounds it. */
export function axisLog10(value: string | Decimal): number | null {
  const x = value instanceof Decimal ? value : new Decimal(value);
  if (!x.gt(0)) return null;
  // "d.dddddddddddddddde±x": the mantissa to 17 significant digits, and the exponent.
  const [mantissa, exponent] = x.toExponential(16).split('e') as [string, string];
  const e = Number(exponent);
  if (/^1\.0+$/.test(mantissa) && x.eq(new Decimal(10).pow(e))) return e; // a power of ten: exact
  const y = e + Math.log10(Number(mantissa));
  return Math.abs(y - Math.round(y)) < NEAR ? exactLog10(x) : y;
}

/**
 * Math.round(((y − from) / (to − from)) × steps) for positions on an axis, with exactLog10's
 * figures where the fast ones land next to a half step.
 */
export function axisStep(
  fast: { y: number; from: number; to: number },
  exact: () => { y: number; from: number; to: number },
  steps: number,
): number {
  const at = ({ y, from, to }: { y: number; from: number; to: number }) => ((y - from) / (to - from)) * steps;
  const t = at(fast);
  return Math.abs(t - Math.floor(t) - 0.5) < NEAR ? Math.round(at(exact())) : Math.round(t);
}

/**
 * The chart's volume i of n between 10^lo and 10^hi, evenly on a log scale, to 3 significant
 * digits: AxisDecimal's 10^(lo + (hi − lo)·i/(n − 1)), from a double unless it lies next to a
 * rounding boundary.
 */
export function axisSample(lo: number, hi: number, i: number, n: number): Decimal {
  const f = 10 ** (lo + ((hi - lo) * i) / (n - 1));
  // The digits after the first three: next to 5000… (or 4999…), rounding could go either way.
  const digits = f.toExponential(14).replace(/^(\d)\.(\d+)e.*$/, '$1$2');
  const rest = Number(`0.${digits.slice(3)}`);
  if (Number.isFinite(f) && f > 0 && Math.abs(rest - 0.5) > 1e-6 && rest > 1e-6 && rest < 1 - 1e-6)
    return new Decimal(new AxisDecimal(f.toExponential(14)).toSignificantDigits(3).toString());
  return new Decimal(exactSample(lo, hi, i, n).toString());
}

/** The sample as AxisDecimal computes it. */
export function exactSample(lo: number, hi: number, i: number, n: number): Decimal {
  const exponent = new AxisDecimal(lo).plus(new AxisDecimal(hi - lo).times(i).div(n - 1));
  return new Decimal(new AxisDecimal(10).pow(exponent).toSignificantDigits(3).toString());
}
