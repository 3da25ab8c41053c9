// Bundles every entry point: the extension (vscode external), the CLI and the
// integration-test suite. One file per entry, CommonJS, for Node 20.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Entry points that exist in this checkout (the test suite is optional in a package build). */
const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension' },
  { in: 'src/cli/main.ts', out: 'dist/cli' },
  // Lints off the extension host's thread (src/node/worker-client.ts loads it from dist/).
  { in: 'src/node/lint-worker.ts', out: 'dist/lint-worker' },
  { in: 'test/integration/index.ts', out: 'dist-test/integration/index' },
].filter((e) => fs.existsSync(path.join(__dirname, e.in)));

async function main() {
  const ctx = await esbuild.context({
    entryPoints: entries,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    // jsonc-parser's "main" is a UMD build whose inner requires esbuild cannot follow (evanw/esbuild#1619).
    mainFields: ['module', 'main'],
    // ES-module dependencies (fdir, under tinyglobby) read import.meta.url, which CommonJS lacks.
    define: { 'import.meta.url': '__uxcxImportMetaUrl' },
    banner: { js: "const __uxcxImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
    target: 'node20',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    external: ['vscode', 'mocha'],
    outdir: '.',
    logLevel: 'warning',
    metafile: true,
  });
  if (watch) {
    await ctx.watch();
    return;
  }
  const result = await ctx.rebuild();
  if (process.argv.includes('--meta')) {
    fs.writeFileSync('dist/meta.json', JSON.stringify(result.metafile));
  }
  await ctx.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
