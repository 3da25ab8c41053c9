// @ts-check
// Bundles every entry point: the extension (vscode external), its lint worker, the CLI and the
// integration-test suite, one file per entry, CommonJS, for Node 20; and for the browser (the
// web extension, package.json "browser") the same extension with its web-worker engine and the
// web test suite, under dist/web/ and dist-test/web/. A browser bundle that reaches a Node module
// fails the build (esbuild: "Could not resolve"), so nothing Node-only slips into it.
//
//   node esbuild.js [--production] [--watch] [--meta[=FILE]]
//
// --production (npm run package, scripts/package-vsix.ts) empties dist/ first and builds what
// ships, minified and without source maps: the extension and its worker (the .vsix) and the CLI
// (bin/uxcx-lint.js); not the test suite. --meta writes esbuild's metafile (default
// dist/meta.json): test/unit/package.test.ts reads it to know what the package must hold.
// Plain CommonJS that node runs without a build; `// @ts-check` has tsc check it (its types are
// in JSDoc), and ESLint lints it.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const metaArg = process.argv.find((a) => a === '--meta' || a.startsWith('--meta='));
const metaFile = metaArg && (metaArg.includes('=') ? metaArg.slice(7) : 'dist/meta.json');

/** @typedef {{ in: string, out: string, test?: boolean }} Entry */

/** Entry points that exist in this checkout (the test suite is optional in a package build). */
const entries = /** @type {Entry[]} */ ([
  { in: 'src/extension/extension.ts', out: 'dist/extension' },
  { in: 'src/cli/main.ts', out: 'dist/cli' },
  // Lints off the extension host's thread (src/node/worker-client.ts loads it from dist/).
  { in: 'src/node/lint-worker.ts', out: 'dist/lint-worker' },
  { in: 'test/integration/index.ts', out: 'dist-test/integration/index', test: true },
]).filter((e) => fs.existsSync(path.join(__dirname, e.in)) && !(production && e.test));

/** The browser's entry points: the web extension, its worker, the web test suite. */
const webEntries = /** @type {Entry[]} */ ([
  { in: 'src/web/extension.ts', out: 'dist/web/extension' },
  { in: 'src/web/lint-worker.ts', out: 'dist/web/lint-worker' },
  { in: 'test/web/index.ts', out: 'dist-test/web/index', test: true },
]).filter((e) => fs.existsSync(path.join(__dirname, e.in)) && !(production && e.test));

/**
 * The word-list validator (src/core/lexicon/validate.ts), bundled on its own and loaded.
 * @returns {typeof import('./src/core/lexicon/validate')}
 */
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
  const [bundle] = out.outputFiles;
  if (!bundle) throw new Error('esbuild wrote no bundle of the word-list validator');
  new Function('module', 'exports', 'require', bundle.text)(mod, mod.exports, require);
  return /** @type {typeof import('./src/core/lexicon/validate')} */ (mod.exports);
}

/**
 * The word lists (src/core/lexicon/en.json, nl.json) are reviewed data: a file that fails the
 * validator stops the build. What ships keeps what the engine reads (pattern, category, flags),
 * not the notes and test sentences.
 * @type {import('esbuild').Plugin}
 */
const lexiconData = {
  name: 'uxcx-lexicon-data',
  setup(build) {
    /** @type {ReturnType<typeof loadValidator> | undefined} */
    let validator;
    build.onLoad({ filter: /[\\/]src[\\/]core[\\/]lexicon[\\/](en|nl)\.json$/ }, (args) => {
      validator ??= loadValidator();
      const lang = /** @type {'en' | 'nl'} */ (path.basename(args.path, '.json'));
      /** @type {import('./src/core/lexicon/types').LexiconFile} */
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

/**
 * The options both platforms share.
 * @returns {import('esbuild').BuildOptions & { metafile: true }}
 */
function common() {
  return {
    absWorkingDir: __dirname,
    bundle: true,
    format: 'cjs',
    // jsonc-parser's "main" is a UMD build whose inner requires esbuild cannot follow (evanw/esbuild#1619).
    mainFields: ['module', 'main'],
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    outdir: '.',
    logLevel: 'warning',
    metafile: true,
    plugins: [lexiconData],
  };
}

/**
 * The Node build: the desktop extension, its worker, the CLI, the integration suite.
 * @returns {import('esbuild').BuildOptions & { metafile: true }}
 */
function nodeOptions() {
  return {
    ...common(),
    entryPoints: entries.map((e) => ({ in: e.in, out: e.out })),
    platform: 'node',
    target: 'node20',
    external: ['vscode', 'mocha'],
  };
}

/**
 * The browser build: the web extension host loads CommonJS with `vscode` given; everything else
 * (mocha's browser build in the web suite too) is in the bundle. No Node module is external, so
 * an import of one fails here.
 * @returns {import('esbuild').BuildOptions & { metafile: true }}
 */
function webOptions() {
  return {
    ...common(),
    entryPoints: webEntries.map((e) => ({ in: e.in, out: e.out })),
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    // Everything here runs in a web worker (the extension host, the engine's worker, the suite):
    // no DOM. Packages that have a build for workers say so with this condition
    // (decode-named-character-reference's "browser" build needs `document`).
    conditions: ['worker'],
    target: 'es2022',
    external: ['vscode'],
    // The web suite shares test/integration/helpers.ts, which asserts with node:assert/strict:
    // in the browser that is test/web/assert.ts.
    alias: { 'node:assert/strict': './test/web/assert.ts' },
  };
}

/**
 * Both builds' metafiles as one (the package test reads what was built from it).
 * @param {import('esbuild').Metafile[]} metas
 * @returns {import('esbuild').Metafile}
 */
function mergeMeta(metas) {
  return {
    inputs: Object.assign({}, ...metas.map((m) => m.inputs)),
    outputs: Object.assign({}, ...metas.map((m) => m.outputs)),
  };
}

async function main() {
  if (production) {
    // Nothing from an earlier build (source maps, a bundle no entry makes any more) may reach
    // the package.
    fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  }
  const contexts = await Promise.all(
    [nodeOptions(), ...(webEntries.length ? [webOptions()] : [])].map((o) => esbuild.context(o)),
  );
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  const results = await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  if (metaFile) {
    const file = path.resolve(metaFile);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(mergeMeta(results.map((r) => r.metafile))));
  }
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
