// Bundles the lint worker (src/node/lint-worker.ts) on its own, as esbuild.js bundles it for the
// extension, for the benchmark and the unit tests that run it on a real worker thread.
import * as path from 'node:path';
import { buildSync } from 'esbuild';

/** Bundle the lint worker to `outfile` (CommonJS for Node 20, like dist/lint-worker.js). */
export function buildLintWorker(outfile: string): void {
  buildSync({
    entryPoints: [path.join(__dirname, '..', 'src', 'node', 'lint-worker.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'warning',
  });
}
