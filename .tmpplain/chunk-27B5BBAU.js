import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);

// src/result/schemaIds.ts
var ESTIMATE_SCHEMA_URL = "https://unpkg.com/ftcost/schema/estimate.schema.json";
var BUDGET_SCHEMA_URL = "https://unpkg.com/ftcost/schema/budget.schema.json";
var BREAKEVEN_SCHEMA_URL = "https://unpkg.com/ftcost/schema/breakeven.schema.json";
var CATALOG_LIST_SCHEMA_URL = "https://unpkg.com/ftcost/schema/catalog-list.schema.json";
var INSPECT_SCHEMA_URL = "https://unpkg.com/ftcost/schema/inspect.schema.json";
var CATALOG_DIFF_SCHEMA_URL = "https://unpkg.com/ftcost/schema/catalog-diff.schema.json";
var CATALOG_SHOW_SCHEMA_URL = "https://unpkg.com/ftcost/schema/catalog-show.schema.json";

export {
  ESTIMATE_SCHEMA_URL,
  BUDGET_SCHEMA_URL,
  BREAKEVEN_SCHEMA_URL,
  CATALOG_LIST_SCHEMA_URL,
  INSPECT_SCHEMA_URL,
  CATALOG_DIFF_SCHEMA_URL,
  CATALOG_SHOW_SCHEMA_URL
};
