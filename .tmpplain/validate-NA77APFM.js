import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  MAX_ALIAS_COUNT,
  catalogFileKind,
  formatProblem,
  lineOfPath,
  providerIdOf,
  validateAnyFile,
  validateCatalogMeta,
  validateHostsFile,
  validateHostsPatch,
  validateProviderFile,
  validateProviderPatch,
  validateThroughputFile,
  yamlExpansionMessage
} from "./chunk-5BLY4RM2.js";
import "./chunk-5JICIXVM.js";
import "./chunk-AAQRN2TG.js";
import "./chunk-2Y3U6GQM.js";
import "./chunk-RLGSNLDK.js";
import "./chunk-ZT4WRAGS.js";
export {
  MAX_ALIAS_COUNT,
  catalogFileKind,
  formatProblem,
  lineOfPath,
  providerIdOf,
  validateAnyFile,
  validateCatalogMeta,
  validateHostsFile,
  validateHostsPatch,
  validateProviderFile,
  validateProviderPatch,
  validateThroughputFile,
  yamlExpansionMessage
};
