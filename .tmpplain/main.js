import { createRequire as __ftcostRequire } from 'node:module'; const require = __ftcostRequire(import.meta.url);
import {
  run,
  todayOf
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
import {
  isIsoDate
} from "./chunk-RLGSNLDK.js";
import "./chunk-PVLPJRTA.js";
import "./chunk-ZT4WRAGS.js";

// cli/main.ts
import { isatty } from "node:tty";
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  process.stderr.write(`ftcost: cannot write the output: ${err.message}
`);
  process.exit(2);
});
var pinned = process.env.FTCOST_TODAY;
if (pinned !== void 0 && !isIsoDate(pinned)) {
  process.stderr.write(`ftcost: FTCOST_TODAY must be a date written YYYY-MM-DD, got "${pinned}"
`);
  process.exit(2);
}
var code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  today: pinned ?? todayOf(/* @__PURE__ */ new Date()),
  // process.stdin is created only when a command reads it (`-`), so other runs never touch it.
  stdin: {
    get stream() {
      return process.stdin;
    },
    isTTY: isatty(0)
  }
});
process.exitCode = code;
