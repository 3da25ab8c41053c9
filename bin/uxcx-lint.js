#!/usr/bin/env node
// @ts-check
// Thin launcher: the CLI is bundled into dist/cli.js by `npm run build` (run by `npm ci` via `prepare`).
// module.require loads it as require does; tsc, which follows a require() call, leaves the bundle
// out of the type check (and does not need it built).
'use strict';
module.require('../dist/cli.js');
