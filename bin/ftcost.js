#!/usr/bin/env node
// CommonJS (bin/package.json), like dist/cli/boot.cjs and core.cjs: an ES-module entry would start
// Node's ESM loader (~7 ms) on every run (scripts/cli-bundle.ts). The file keeps its name so the
// `ftcost` links npm and npx made for earlier versions still point at it.
require('../dist/cli/boot.cjs').main();
