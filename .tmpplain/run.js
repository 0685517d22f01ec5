import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  run
} from "./chunk-NXSPFZW6.js";
import "./chunk-FNUL4OSA.js";
import "./chunk-XVZKWXRP.js";
import "./chunk-BT4PEWYR.js";
import "./chunk-27B5BBAU.js";
import "./chunk-S3RWLBKP.js";
import "./chunk-N34NFUHE.js";
import "./chunk-37GUDAXV.js";
import "./chunk-3JEFV3AJ.js";
import "./chunk-6KZCIXKI.js";
import "./chunk-5JICIXVM.js";
import "./chunk-AAQRN2TG.js";
import "./chunk-5AT5OJX2.js";
import "./chunk-Y7YV45EP.js";
import "./chunk-RLGSNLDK.js";
import "./chunk-PVLPJRTA.js";
import "./chunk-ZT4WRAGS.js";
export {
  run
};
