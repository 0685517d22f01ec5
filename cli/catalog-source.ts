/** The catalog a command prices with: the embedded one, or a directory given with --catalog. */
import { embeddedCatalog } from '../src/catalog/embedded.js';
import { loadCatalogDir } from '../src/catalog/load.js';
import { toCatalog, type Catalog } from '../src/catalog/model.js';
import { resolve } from 'node:path';
import type { CliContext } from './context.js';

export interface CatalogArgs {
  catalog?: string;
}

export function catalogFor(args: CatalogArgs, ctx: CliContext): Catalog {
  if (args.catalog) return toCatalog(loadCatalogDir(resolve(ctx.cwd, args.catalog), ctx.cwd));
  return embeddedCatalog();
}
