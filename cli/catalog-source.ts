/** The catalog a command prices with: the embedded one, or a directory given with --catalog. */
import { embeddedCatalogForCli as embeddedCatalog } from '../src/catalog/embedded.js';
import { toCatalog, type Catalog } from '../src/catalog/model.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../src/errors.js';
import type { CliContext } from './context.js';

export interface CatalogArgs {
  catalog?: string;
  /** --prices FILE (repeatable): override files merged over the catalog, in order. */
  prices?: string[];
}

/**
 * Async because the YAML parser and schema library load only when a catalog directory is given:
 * the common path (the embedded, pre-compiled catalog) starts without them.
 */
export async function catalogFor(args: CatalogArgs, ctx: CliContext): Promise<Catalog> {
  const prices = (args.prices ?? []).flatMap((p) => String(p).split(',')).map((p) => p.trim());
  // `--prices ''` (an unset shell variable) or `--prices a.yaml,` would otherwise be ignored silently.
  if (prices.some((p) => p === '')) throw new UserError('--prices needs a file path; got an empty one');
  if (args.catalog !== undefined && String(args.catalog).trim() === '')
    throw new UserError('--catalog needs a directory path; got an empty one');
  if (!args.catalog && prices.length === 0) return embeddedCatalog();
  const { loadCatalogDir, loadOverrides } = await import('../src/catalog/load.js');
  const base = args.catalog
    ? toCatalog(loadCatalogDir(resolve(ctx.cwd, args.catalog), ctx.cwd, ctx.today))
    : embeddedCatalog();
  // Override entries carry their file as origin and win field by field (resolveField).
  return prices.length > 0
    ? loadOverrides(prices, base, ctx.cwd, {
        today: ctx.today,
        onWarning: (line) => ctx.stderr.write(`ftcost: warning: --prices: ${line}\n`),
      })
    : base;
}

/**
 * The shipped pricing/ directory (it is in the npm package's files): found by walking up from this
 * module to ftcost's package.json, so it works from the sources (tsx) and from dist/ alike.
 */
export function shippedPricingDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'ftcost')
      return join(dir, 'pricing');
    const up = dirname(dir);
    if (up === dir) throw new Error('the shipped pricing/ directory was not found beside ftcost');
    dir = up;
  }
}
