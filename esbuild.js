// Bundles every entry point: the extension (vscode external), its lint worker, the CLI and the
// integration-test suite. One file per entry, CommonJS, for Node 20.
//
//   node esbuild.js [--production] [--watch] [--meta[=FILE]]
//
// --production (npm run package, scripts/package-vsix.ts) empties dist/ first and builds what
// ships, minified and without source maps: the extension and its worker (the .vsix) and the CLI
// (bin/uxcx-lint.js); not the test suite. --meta writes esbuild's metafile (default
// dist/meta.json): test/unit/package.test.ts reads it to know what the package must hold.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const metaArg = process.argv.find((a) => a === '--meta' || a.startsWith('--meta='));
const metaFile = metaArg && (metaArg.includes('=') ? metaArg.slice(7) : 'dist/meta.json');

/** Entry points that exist in this checkout (the test suite is optional in a package build). */
const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension' },
  { in: 'src/cli/main.ts', out: 'dist/cli' },
  // Lints off the extension host's thread (src/node/worker-client.ts loads it from dist/).
  { in: 'src/node/lint-worker.ts', out: 'dist/lint-worker' },
  { in: 'test/integration/index.ts', out: 'dist-test/integration/index', test: true },
].filter((e) => fs.existsSync(path.join(__dirname, e.in)) && !(production && e.test));

/** The word-list validator (src/core/lexicon/validate.ts), bundled on its own and loaded. */
function loadValidator() {
  const out = esbuild.buildSync({
    absWorkingDir: __dirname,
    entryPoints: ['src/core/lexicon/validate.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    write: false,
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports;
}

/**
 * The word lists (src/core/lexicon/en.json, nl.json) are reviewed data: a file that fails the
 * validator stops the build. What ships keeps what the engine reads (pattern, category, flags),
 * not the notes and test sentences.
 */
const lexiconData = {
  name: 'uxcx-lexicon-data',
  setup(build) {
    let validator;
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]lexicon[\\/](en|nl)\.json$/ }, (args) => {
      validator ??= loadValidator();
      const lang = path.basename(args.path, '.json');
      const data = JSON.parse(fs.readFileSync(args.path, 'utf8'));
      const errors = validator.validateLexicon(data, lang);
      if (errors.length > 0) {
        const file = path.relative(__dirname, args.path);
        return { errors: errors.map((text) => ({ text: `${file}: ${text}` })) };
      }
      const entries = data.entries.map(({ pattern, category, flags }) =>
        flags ? { pattern, category, flags } : { pattern, category },
      );
      return { contents: JSON.stringify({ lang, entries }), loader: 'json' };
    });
  },
};

async function main() {
  if (production) {
    // Nothing from an earlier build (source maps, a bundle no entry makes any more) may reach
    // the package.
    fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  }
  const ctx = await esbuild.context({
    absWorkingDir: __dirname,
    entryPoints: entries.map((e) => ({ in: e.in, out: e.out })),
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
    plugins: [lexiconData],
  });
  if (watch) {
    await ctx.watch();
    return;
  }
  const result = await ctx.rebuild();
  if (metaFile) {
    const file = path.resolve(metaFile);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(result.metafile));
  }
  await ctx.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
