#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/cli.js by `npm run build` (run by `npm ci` via `prepare`).
'use strict';
require('../dist/cli.js');
