// Bundles parts of the source on their own, as esbuild.js bundles what ships, for the benchmark
// and the unit tests: the lint worker (src/node/lint-worker.ts), and the engine (the benchmark
// measures the code users run, not the source as tsx compiles it on the fly).
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.join(__dirname, '..');

/** Bundle `entry` (relative to the repository) to `outfile`: CommonJS for Node 20, like dist/. */
function bundle(entry: string, outfile: string): void {
  buildSync({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'warning',
  });
}

/** Bundle the lint worker to `outfile` (like dist/lint-worker.js). */
export function buildLintWorker(outfile: string): void {
  bundle('src/node/lint-worker.ts', outfile);
}

/** Bundle the engine's entry for the benchmark (scripts/bench-engine.ts) to `outfile`. */
export function buildEngine(outfile: string): void {
  bundle('scripts/bench-engine.ts', outfile);
}
