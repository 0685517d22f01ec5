/** ftcost/catalog: the catalog's schema, validation and (Node-only) loading of YAML directories. */
export * from './schema.js';
export { validateProviderFile, validateCatalogMeta, formatProblem, type CatalogProblem } from './validate.js';
export { loadCatalogDir, validateCatalogDir } from './load.js';
export { toCatalog, type Catalog } from './model.js';
export { resolveField, allModelIds } from './query.js';
export { embeddedCatalog } from './embedded.js';
export { loadOverrides } from './load.js';
export { mergeOverrides, applyOverride, validateOverride, type Override } from './override.js';
export { listEntries, diffCatalog, type CatalogEntry, type PriceChange } from './listing.js';
export { deriveThroughput } from './throughput.js';
export { validateAnyFile, validateHostsFile, validateThroughputFile } from './validate.js';
