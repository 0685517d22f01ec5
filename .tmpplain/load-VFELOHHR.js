import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  loadCatalogDir,
  loadOverrides,
  readFailure,
  shownPath,
  validateCatalogDir
} from "./chunk-T5ENEJ7Q.js";
import "./chunk-D4CYBBRV.js";
import "./chunk-3JEFV3AJ.js";
import "./chunk-6KZCIXKI.js";
import "./chunk-5BLY4RM2.js";
import "./chunk-5JICIXVM.js";
import "./chunk-AAQRN2TG.js";
import "./chunk-Y7YV45EP.js";
import "./chunk-2Y3U6GQM.js";
import "./chunk-RLGSNLDK.js";
import "./chunk-ZT4WRAGS.js";
export {
  loadCatalogDir,
  loadOverrides,
  readFailure,
  shownPath,
  validateCatalogDir
};
