/**
 * The open-weight models' architecture figures shipped with the package (pricing/architecture/,
 * checked and compiled at build time by scripts/compile-catalog.ts into generated/architecture.json),
 * and the look-up from a model id — an architecture's own id or a catalog model it is — to them.
 */
import shipped from './generated/architecture.json' with { type: 'json' };
import type { ArchitectureSource, ModelArchitecture } from '../domain/architecture.js';

export type ArchitectureEntry = ModelArchitecture & ArchitectureSource & { note?: string };

/** The shipped architectures, in file order. */
export function shippedArchitectures(): readonly ArchitectureEntry[] {
  return (shipped as { models: ArchitectureEntry[] }).models;
}

/** The architecture an id names: its own id first, then a catalog model listed under it. */
export function architectureOf(
  entries: readonly ArchitectureEntry[],
  idOrCatalogModel: string,
): ArchitectureEntry | undefined {
  return (
    entries.find((e) => e.id === idOrCatalogModel) ?? entries.find((e) => e.catalogModels.includes(idOrCatalogModel))
  );
}
