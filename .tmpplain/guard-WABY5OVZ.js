import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  MAX_COST_APPLIES_TO,
  checkMaxCost,
  checkMaxMonthlyCost
} from "./chunk-FNUL4OSA.js";
import "./chunk-AAQRN2TG.js";
import "./chunk-ZT4WRAGS.js";
export {
  MAX_COST_APPLIES_TO,
  checkMaxCost,
  checkMaxMonthlyCost
};
