// Bundles parts of the source on their own, as esbuild.js bundles what ships, for the benchmark,
// the fuzzer and the unit tests: the lint worker (src/node/lint-worker.ts), the engine (the
// benchmark measures the code users run, not the source as tsx compiles it on the fly), the
// engine with its parser instrumented to count steps (test/unit/support/counted-engine.ts), the
// fuzzer's worker (test/fuzz/worker.ts) and the extension minified (its activation time as a
// package would ship it).
import * as path from 'node:path';
import { build, buildSync, type BuildOptions, type Plugin } from 'esbuild';

const ROOT = path.join(__dirname, '..');

/** The options of esbuild.js that every bundle shares: CommonJS for Node 20, like dist/. */
const BASE: BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

/** Bundle `entry` (relative to the repository) to `outfile`. */
function bundle(entry: string, outfile: string, options: BuildOptions = {}): void {
  buildSync({ ...BASE, ...options, entryPoints: [path.join(ROOT, entry)], outfile });
}

/** Bundle the lint worker to `outfile` (like dist/lint-worker.js). */
export function buildLintWorker(outfile: string): void {
  bundle('src/node/lint-worker.ts', outfile);
}

/** Bundle the engine's entry for the benchmark (scripts/bench-engine.ts) to `outfile`. */
export function buildEngine(outfile: string): void {
  bundle('scripts/bench-engine.ts', outfile);
}

/**
 * Bundle `entry` (relative to the repository) to `outfile` with esbuild plugins (which need the
 * asynchronous API) and a banner: the unit tests' instrumented engine.
 */
export async function buildWithPlugins(
  entry: string,
  outfile: string,
  plugins: Plugin[],
  banner: string,
): Promise<void> {
  await build({
    ...BASE,
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    plugins,
    banner: { js: banner },
  });
}

/** Bundle the fuzzer's worker (test/fuzz/worker.ts: the engine and the checks) to `outfile`. */
export function buildFuzzWorker(outfile: string): void {
  bundle('test/fuzz/worker.ts', outfile);
}

/** Bundle the extension minified, as esbuild.js --production does for a package. */
export function buildMinifiedExtension(outfile: string): void {
  bundle('src/extension/extension.ts', outfile, {
    // As in esbuild.js: ES-module dependencies read import.meta.url, which CommonJS lacks.
    define: { 'import.meta.url': '__uxcxImportMetaUrl' },
    banner: { js: "const __uxcxImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
    external: ['vscode'],
    minify: true,
  });
}
