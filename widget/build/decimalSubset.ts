/**
 * The widget's decimal.js without the methods no ftcost code calls: trigonometry, roots, base
 * conversion, fractions, random numbers. Every Decimal the widget makes is still decimal.js's own
 * (same parser, same arithmetic, same rounding, so results stay byte-identical to the CLI's, which
 * uses the whole library); only functions never called are left out. decimal.js assigns its methods to a prototype and a constructor, which
 * no bundler can tree-shake, so the assignments are taken out here and the functions behind them
 * then fall away as unused. test/widget/decimalSubset.test.ts holds that src/ and widget/src/ call
 * none of them; a decimal.js whose source no longer matches fails the build.
 */

/** Prototype methods taken out, by their long names (each one's short alias goes with it). */
export const REMOVED_METHODS = [
  'clampedTo',
  'cosine',
  'cubeRoot',
  'hyperbolicCosine',
  'hyperbolicSine',
  'hyperbolicTangent',
  'inverseCosine',
  'inverseHyperbolicCosine',
  'inverseHyperbolicSine',
  'inverseHyperbolicTangent',
  'inverseSine',
  'inverseTangent',
  'sine',
  'squareRoot',
  'tangent',
  'toBinary',
  'toFraction',
  'toHexadecimal',
  'toNearest',
  'toOctal',
] as const;

/** Their short aliases (P.cosine = P.cos = …), and the constructor's functions of the same kind. */
export const REMOVED_ALIASES = [
  'clamp',
  'cos',
  'cbrt',
  'cosh',
  'sinh',
  'tanh',
  'acos',
  'acosh',
  'asinh',
  'atanh',
  'asin',
  'atan',
  'sin',
  'sqrt',
  'tan',
  'toHex',
] as const;
export const REMOVED_STATICS = [
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'atan2',
  'cbrt',
  'clamp',
  'cos',
  'cosh',
  'hypot',
  'random',
  'sin',
  'sinh',
  'sqrt',
  'tan',
  'tanh',
] as const;

const DECIMAL_JS = /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/;

/** decimal.mjs's source without those methods; throws where the source is not as expected. */
export function decimalSubset(code: string): string {
  // The package's file has CRLF line ends (the same source either way: no template literal in it).
  let out = code.replace(/\r\n/g, '\n');
  for (const name of REMOVED_METHODS) {
    // `P.cosine = P.cos = function () {` … the `};` that closes it at the start of a line.
    const method = new RegExp(`^P\\.${name} = (?:P\\.\\w+ = )?function \\([^)]*\\) \\{\\n[^]*?^\\};\\n`, 'm');
    if (!method.test(out)) throw new Error(`decimal.js: no method P.${name} to leave out`);
    out = out.replace(method, '');
  }
  for (const name of REMOVED_STATICS) {
    const assignment = new RegExp(`^ {2}Decimal\\.${name} = \\w+;.*\\n`, 'm');
    if (!assignment.test(out)) throw new Error(`decimal.js: no Decimal.${name} to leave out`);
    out = out.replace(assignment, '');
  }
  return out;
}

/** Vite plugin: the widget builds bundle decimalSubset(decimal.mjs). */
export function decimalSubsetPlugin() {
  return {
    name: 'ftcost-decimal-subset',
    transform(code: string, id: string) {
      if (!DECIMAL_JS.test(id.split('?')[0]!)) return null;
      return { code: decimalSubset(code), map: null };
    },
  };
}
