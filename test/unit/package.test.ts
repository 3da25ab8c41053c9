// The .vsix users install, built as `npm run package` builds it (scripts/package-vsix.ts). It
// must hold every file the installed extension loads at run time and nothing else. What it must
// hold is derived, not listed by hand: the production bundles that the code it ships names (the
// closure from package.json's main and browser, which name their workers; the webview's files in
// media/), the
// files package.json points at (main, icons, the JSON schema), the translations
// of its %placeholders%, and the rule pages its diagnostics link to. The .vsix is read as the zip
// it is. Like `npm run package`, it leaves dist/ holding the production build. The integration
// suite then runs against the installed copy (scripts/vscode-tests/main.ts --installed); this
// test is the fast part.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { isBuiltin } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { Metafile } from 'esbuild';
import { lint } from '../../src/core';
import { RULES, ruleDocsUrl } from '../../src/core/rules';
import { LintWorker } from '../../src/node/worker-client';
import { packageVsix } from '../../scripts/package-vsix';
import { readZip } from './support/zip';

const ROOT = path.resolve(__dirname, '..', '..');
/** Where vsce puts the extension's files inside the zip. */
const PREFIX = 'extension/';
/** The folder the sidebar webview may load files from (its localResourceRoots). */
const WEBVIEW_FOLDER = 'media';

interface Manifest {
  main: string;
  browser: string;
  bin?: Record<string, string>;
  [key: string]: unknown;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

/** Repository-relative paths of the files under `dir` (relative), '/'-separated. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

/** `./dist/x.js` → `dist/x.js`. */
const normalise = (p: string): string => path.posix.normalize(p).replace(/^\.\//, '');

/**
 * The files package.json points at: every string under main, browser, icon and contributes
 * that names a file or folder of the repository (a folder stands for the files in it).
 */
function manifestFiles(): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!value.includes('/') || value.includes('://')) return;
      const file = normalise(value);
      const stat = fs.statSync(path.join(ROOT, file), { throwIfNoEntry: false });
      if (stat?.isFile()) found.push(file);
      else if (stat?.isDirectory()) found.push(...filesUnder(file));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const key of ['main', 'browser', 'icon', 'contributes']) visit(manifest[key]);
  return found;
}

/** package.nls.json and its translations, when package.json has %placeholders%. */
function nlsFiles(): string[] {
  if (!/"%[\w.-]+%"/.test(JSON.stringify(manifest))) return [];
  return fs.readdirSync(ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f));
}

/** The repository's copies of the rule pages the diagnostics link to (in both languages). */
function linkedRulePages(): string[] {
  return RULES.flatMap((rule) =>
    (['en', 'nl'] as const).map((lang) => {
      // https://github.com/<owner>/<repo>/blob/<branch>/<path>
      const url = new URL(ruleDocsUrl(rule.id, lang));
      return url.pathname.split('/').slice(5).join('/');
    }),
  );
}

/** The bundles bin/ launchers require (the CLI ships through npm's `bin`, not the .vsix). */
function binTargets(): string[] {
  return Object.values(manifest.bin ?? {}).flatMap((launcher) => {
    const text = fs.readFileSync(path.join(ROOT, launcher), 'utf8');
    return [...text.matchAll(/require\(['"](\.[^'"]+)['"]\)/g)].map((m) =>
      normalise(path.posix.join(path.posix.dirname(normalise(launcher)), m[1]!)),
    );
  });
}

/**
 * What the extension's code loads: starting from package.json's main (the desktop) and browser
 * (the web extension), every production bundle
 * and every webview file whose name a loaded script or stylesheet spells out as a string
 * (the worker client names "lint-worker.js"; the sidebar names "sidebar.js", "ux-in-cx.svg"…).
 */
function loadedByCode(outputs: string[], read: (file: string) => string): string[] {
  const candidates = [...outputs, ...filesUnder(WEBVIEW_FOLDER)];
  const loaded = new Set([normalise(manifest.main), normalise(manifest.browser)]);
  const queue = [...loaded];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!/\.(js|css|html)$/.test(file)) continue;
    const text = read(file);
    for (const candidate of candidates) {
      const name = path.posix.basename(candidate);
      if (loaded.has(candidate) || !['"', "'", '/'].some((q) => text.includes(`${q}${name}`))) {
        continue;
      }
      loaded.add(candidate);
      queue.push(candidate);
    }
  }
  return [...loaded];
}

/** Runs `action` with console output held back; shows it only when the action fails. */
async function quietly<T>(action: () => Promise<T>): Promise<T> {
  const held: string[] = [];
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const hold = (...args: unknown[]) => void held.push(args.map(String).join(' '));
  Object.assign(console, { log: hold, info: hold, warn: hold, error: hold });
  try {
    return await action();
  } catch (error) {
    saved.log(held.join('\n'));
    throw error;
  } finally {
    Object.assign(console, saved);
  }
}

describe('the .vsix package', function () {
  let scratch: string;
  let metafile: Metafile;
  /** The .vsix's entries as stored. */
  let zip: Map<string, Buffer>;
  /** Packaged files by repository-relative name (without vsce's `extension/`). */
  let packaged: Map<string, Buffer>;
  /** Files vsce adds about the package: its manifests, and README, CHANGELOG and LICENSE. */
  let vsceFiles: Set<string>;
  /** The assets extension.vsixmanifest declares, by type (minus the package.json manifest). */
  let assets: Map<string, string>;
  let required: Map<string, string>;

  before(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'uxcx-vsix-'));
    const built = await quietly(() => packageVsix(path.join(scratch, 'uxcx-lint.vsix')));
    metafile = built.metafile;
    zip = readZip(built.vsix);
    const xml = zip.get('extension.vsixmanifest')?.toString('utf8') ?? '';
    assets = new Map();
    for (const [, type, file] of xml.matchAll(/<Asset Type="([^"]+)" Path="([^"]+)"/g)) {
      if (!type!.endsWith('.Code.Manifest')) assets.set(type!, file!);
    }
    vsceFiles = new Set(['extension.vsixmanifest', '[Content_Types].xml', ...assets.values()]);
    packaged = new Map();
    for (const [name, data] of zip) {
      if (name.startsWith(PREFIX) && !vsceFiles.has(name)) {
        packaged.set(name.slice(PREFIX.length), data);
      }
    }

    const outputs = Object.keys(metafile.outputs);
    const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
    required = new Map<string, string>([['package.json', 'the extension manifest']]);
    const need = (files: string[], why: string) => {
      for (const f of files) if (!required.has(f)) required.set(f, why);
    };
    need(loadedByCode(outputs, read), "named by the extension's code");
    need(manifestFiles(), 'named in package.json');
    need(nlsFiles(), "package.json's %placeholders%");
    need(linkedRulePages(), 'the rule pages the diagnostics link to');
  });

  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('holds every file the installed extension loads at run time', () => {
    const missing = [...required]
      .filter(([file]) => !packaged.has(file))
      .map(([file, why]) => `${file} (${why})`);
    assert.deepEqual(missing, [], `missing from the .vsix (see .vscodeignore)`);
    // The packaged bundles are the ones this production build wrote.
    for (const file of Object.keys(metafile.outputs)) {
      if (packaged.has(file)) {
        assert.ok(packaged.get(file)!.equals(fs.readFileSync(path.join(ROOT, file))), file);
      }
    }
  });

  it('holds nothing else: no sources, tests, maps, CLI, node_modules or host files', () => {
    const extra = [...packaged.keys()].filter((file) => !required.has(file));
    assert.deepEqual(extra, [], 'in the .vsix but not loaded by the extension');
    const outside = [...zip.keys()].filter((n) => !n.startsWith(PREFIX) && !vsceFiles.has(n));
    assert.deepEqual(outside, [], 'in the .vsix outside extension/');
    const dev =
      /^(src|test|scripts|bin|examples|node_modules|dist-test|\.vscode-test|screenshots|\.bench|\.ci|\.git)\/|\.map$|\.ts$|\.vsix$/;
    assert.deepEqual(
      [...packaged.keys()].filter((file) => dev.test(file)),
      [],
    );
  });

  it('holds the README, CHANGELOG and LICENSE the extension page shows', () => {
    for (const kind of ['Details', 'Changelog', 'License']) {
      const file = assets.get(`Microsoft.VisualStudio.Services.Content.${kind}`);
      assert.ok(file, `extension.vsixmanifest declares no ${kind} asset`);
      assert.ok(zip.has(file), `${file} (${kind}) is not in the .vsix`);
    }
    // vsce makes the README's relative links absolute: none may point into files left out.
    const readme = zip.get(assets.get('Microsoft.VisualStudio.Services.Content.Details')!)!;
    const relative = [...readme.toString('utf8').matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1]!)
      .filter((target) => !/^(https?:|mailto:|#)/.test(target));
    assert.deepEqual(relative, [], 'relative links in the packaged README');
  });

  it('every production bundle ships in the .vsix or through the CLI launcher', () => {
    const forCli = new Set(binTargets());
    assert.ok(forCli.size > 0, 'bin/uxcx-lint.js requires no bundle');
    for (const file of Object.keys(metafile.outputs)) {
      assert.ok(!file.endsWith('.map'), `the production build wrote ${file}`);
      if (forCli.has(file)) assert.ok(!packaged.has(file), `${file} is for the CLI only`);
      else assert.ok(required.has(file), `${file} is built but nothing loads it`);
    }
    for (const file of forCli) assert.ok(metafile.outputs[file], `${file} is not built`);
  });

  it('its bundles need nothing outside the package: Node built-ins, and vscode in the entries', () => {
    const entries = [normalise(manifest.main), normalise(manifest.browser)];
    for (const [file, output] of Object.entries(metafile.outputs)) {
      if (!packaged.has(file)) continue;
      const external = output.imports
        .filter((i) => i.external)
        .map((i) => i.path)
        .filter((p) => !isBuiltin(p) && !(entries.includes(file) && p === 'vscode'));
      assert.deepEqual(external, [], `${file} requires modules the package does not hold`);
    }
  });

  it('its web bundles need no Node: only vscode, in the web extension', () => {
    const browser = normalise(manifest.browser);
    assert.ok(packaged.has(browser), `${browser} (package.json "browser") is not packaged`);
    const web = Object.keys(metafile.outputs).filter((f) => f.startsWith('dist/web/'));
    assert.deepEqual(web.sort(), ['dist/web/extension.js', 'dist/web/lint-worker.js']);
    for (const file of web) {
      const external = [
        ...new Set(metafile.outputs[file]!.imports.filter((i) => i.external).map((i) => i.path)),
      ];
      assert.deepEqual(external, file === browser ? ['vscode'] : [], file);
    }
  });

  it('its web lint worker, unpacked alone, lints in a context without Node', () => {
    // A bare JavaScript context: no require, module, process, Buffer or timers; only what a web
    // worker's scope gives the script that it uses (onmessage, postMessage).
    const replies: unknown[] = [];
    const scope = vm.createContext({
      onmessage: null,
      postMessage: (r: unknown) => replies.push(r),
    });
    vm.runInContext(packaged.get('dist/web/lint-worker.js')!.toString('utf8'), scope);
    const onmessage = (scope as { onmessage: ((e: { data: unknown }) => void) | null }).onmessage;
    assert.ok(onmessage, 'the web worker set no onmessage');
    const text = '# Goals\n\nThe redesigned dashboard will strengthen brand preference.\n';
    onmessage({ data: { id: 7, type: 'lint', text, options: {} } });
    // The reply crossed no structured clone here: compare as JSON, as it would arrive.
    assert.deepEqual(JSON.parse(JSON.stringify(replies)), [
      JSON.parse(JSON.stringify({ id: 7, result: lint(text), incremental: false })),
    ]);
  });

  it('its lint worker, unpacked alone, lints', async () => {
    // No node_modules next to it: the worker must run from what the package holds.
    const dir = path.join(scratch, 'unpacked');
    for (const [file, data] of packaged) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), data);
    }
    const worker = new LintWorker({ workerPath: path.join(dir, 'dist', 'lint-worker.js') });
    try {
      const text = '# Goals\n\nThe redesigned dashboard will strengthen brand preference.\n';
      const result = await worker.lint(text);
      assert.deepEqual(result, lint(text));
      assert.ok(result.findings.some((f) => f.ruleId === 'ux-for-cx-outcome'));
    } finally {
      await worker.dispose();
    }
  });
});
