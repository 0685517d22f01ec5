#!/usr/bin/env node
// CommonJS (bin/package.json), like dist/cli/boot.cjs and core.cjs: an ES-module entry would start
// Node's ESM loader (~7 ms) on every run (scripts/cli-bundle.ts). The file keeps its name so the
// `ftcost` links npm and npx made for earlier versions still point at it.
//
// Node's compile cache (Node >= 22.1; keyed to the Node version, in os.tmpdir() unless
// NODE_COMPILE_CACHE says otherwise, off with NODE_DISABLE_COMPILE_CACHE=1): the lazy chunks compile
// from it, and boot.cjs keeps core's code cache in the same directory (docs/speed.md).
require('node:module').enableCompileCache?.();
require('../dist/cli/boot.cjs').main();
