/** ftcost/catalog: the catalog's schema, validation and (Node-only) loading of YAML directories. */
export * from './schema.js';
export { validateProviderFile, validateCatalogMeta, formatProblem, type CatalogProblem } from './validate.js';
export { loadCatalogDir, validateCatalogDir } from './load.js';
export { toCatalog, resolveField, allModelIds, type Catalog } from './model.js';
export { embeddedCatalog } from './embedded.js';
