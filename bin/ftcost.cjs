#!/usr/bin/env node
// CommonJS, like dist/cli/boot.cjs and core.cjs: an ES-module entry would start Node's ESM loader
// (~7 ms) on every run (scripts/cli-bundle.ts).
require('../dist/cli/boot.cjs').main();
