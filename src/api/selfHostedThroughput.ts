/**
 * Your measured throughput (trainTokensPerSecond, serveTokensPerSecond; the CLI's
 * --train-tokens-per-second, --serve-tokens-per-second) as every door reads it, and the catalog with it
 * in place of the catalog's figures for the fine-tuned models' sizes (src/resolve/hardware.ts).
 */
import type { Catalog } from '../catalog/model.js';
import { d, type Decimal } from '../decimal.js';
import type { Precision } from '../domain/vocabulary.js';
import { LIBRARY_WORDING, UserError, type Wording } from '../errors.js';
import { withYourThroughput } from '../resolve/hardware.js';
import { checkNoComma, decimalText } from './checks.js';

export type ThroughputOption = 'trainTokensPerSecond' | 'serveTokensPerSecond';

/** A measured rate: a decimal above 0 (a number, a decimal string or a Decimal); undefined when not given. */
export function tokensPerSecondOf(name: ThroughputOption, value: unknown): Decimal | undefined {
  if (value === undefined) return undefined;
  const text = decimalText(value);
  if (text !== undefined) checkNoComma(name, text);
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text) || !d(text).gt(0))
    throw new UserError(
      (w) =>
        `${w.option(name)} must be more than 0 tokens per second, ` +
        `got ${typeof value === 'string' ? `"${value}"` : String(value)}`,
      { code: 'invalid-number', option: name },
    );
  return d(text);
}

/**
 * The catalog with your figures in place of its throughput for every size in `sizesBillions` (the
 * open-weight models fine-tuned), on every GPU it rents; labelled "yours" wherever shown. Refused when
 * none of the models has open weights: there is nothing to self-host.
 */
export function calibrated(
  catalog: Catalog,
  yours: { train?: Decimal; serve?: Decimal; method: 'lora' | 'qlora' | 'full'; precision: Precision },
  sizesBillions: readonly Decimal[],
  asOf: string,
  /** The option that names the models, for the refusal: ftModel (break-even) or models (estimate). */
  modelsOption: 'ftModel' | 'models' = 'ftModel',
  /** The audience's words: a figure's source names the option it came from as they name it. */
  wording: Wording = LIBRARY_WORDING,
): Catalog {
  if (yours.train === undefined && yours.serve === undefined) return catalog;
  const name: ThroughputOption = yours.train === undefined ? 'serveTokensPerSecond' : 'trainTokensPerSecond';
  const unique = [...new Map(sizesBillions.map((s) => [s.toFixed(), s])).values()];
  if (unique.length === 0)
    throw new UserError((w) => `${w.option(name)} is for self-hosting: no ${w.option(modelsOption)} has open weights`, {
      code: 'conflicting-options',
      option: name,
    });
  return withYourThroughput(catalog, {
    ...(yours.train === undefined ? {} : { trainTokensPerSecond: yours.train }),
    ...(yours.serve === undefined ? {} : { serveTokensPerSecond: yours.serve }),
    method: yours.method,
    precision: yours.precision,
    sizesBillions: unique,
    asOf,
    optionName: (option) => wording.option(option),
  });
}
