/**
 * Where each `--format json` output's JSON Schema is published: the files in schema/ of the npm
 * package (generated from the result types by scripts/output-schemas.ts), as served by a package CDN.
 * Plain literals (the schema generator reads these types). Each output names its own in a `$schema`
 * field; each schema file carries the same URL as its `$id`.
 */
export const ESTIMATE_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/estimate.schema.json';
export const BUDGET_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/budget.schema.json';
export const BREAKEVEN_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/breakeven.schema.json';
export const CATALOG_LIST_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/catalog-list.schema.json';
export const INSPECT_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/inspect.schema.json';
export const CATALOG_DIFF_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/catalog-diff.schema.json';
export const CATALOG_TRAINABLE_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/catalog-trainable.schema.json';
export const CATALOG_SHOW_SCHEMA_URL = 'https://unpkg.com/ftcost/schema/catalog-show.schema.json';
