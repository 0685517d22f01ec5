/** The catalog a command prices with: the embedded one, or a directory given with --catalog. */
import { embeddedCatalog } from '../src/catalog/embedded.js';
import { toCatalog, type Catalog } from '../src/catalog/model.js';
import { resolve } from 'node:path';
import type { CliContext } from './context.js';

export interface CatalogArgs {
  catalog?: string;
}

/**
 * Async because the YAML parser and schema library load only when a catalog directory is given:
 * the common path (the embedded, pre-compiled catalog) starts without them.
 */
export async function catalogFor(args: CatalogArgs, ctx: CliContext): Promise<Catalog> {
  if (args.catalog) {
    const { loadCatalogDir } = await import('../src/catalog/load.js');
    return toCatalog(loadCatalogDir(resolve(ctx.cwd, args.catalog), ctx.cwd));
  }
  return embeddedCatalog();
}
