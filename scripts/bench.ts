// `npm run bench`: speed and memory of uxcx-lint on the shared corpora, against the Markdown
// parser alone (the floor), alex and markdownlint; incremental updates; the lint worker; the
// CLI and the extension. Prints a table and writes .bench/results.json.
//
// Usage: tsx scripts/bench.ts [--reps 5] [--edits 50] [--budget 120] [--skip-slow]
//   --reps    repetitions per measurement (medians are reported)
//   --edits   one-character edits and paragraph pastes timed on the 1.3 MB document
//   --budget  seconds one tool may spend on one document before its repetitions stop early
//             (the run count is reported; alex needs minutes for 5 MB)
//   --skip-slow  leave out alex and markdownlint on the 5 MB document
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { LintWorker } from '../src/node/worker-client';
import type * as Engine from './bench-engine';
import type { TextChange } from './bench-engine';
import { buildEngine, buildLintWorker, buildMinifiedExtension } from './bundle';
import { CORPORA, dutchDocument, englishDocument, syntheticDocument } from './corpus-documents';

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, '.bench');

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

type Tool = 'parse' | 'uxcx' | 'markdownlint' | 'alex';

/**
 * The engine as it ships: bundled by esbuild, as the CLI, the extension and its worker are (the
 * source as tsx compiles it reaches every ES-module export through a getter; the peers run as
 * they ship too). Built once per run; the child processes load the same file.
 */
const ENGINE_BUNDLE = path.join(OUT_DIR, 'engine.js');
if (!process.argv.includes('--child')) {
  mkdirSync(OUT_DIR, { recursive: true });
  buildEngine(ENGINE_BUNDLE);
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lint, IncrementalLinter, parseMarkdown } = require(ENGINE_BUNDLE) as typeof Engine;
type Run = (text: string) => unknown;

// ---------------------------------------------------------------------------------- inputs

// ------------------------------------------------------------------------------- statistics

function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

function describeActivation(a: Activation): string {
  return a.totalMs !== undefined
    ? `${ms(a.totalMs)} ms (require ${ms(a.requireMs)} + activate ${ms(a.activateMs)}), ${a.status}`
    : a.status;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const ms = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(1);
const ratio = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(2)}×`;

/** Make a string flat, as an editor's `getText()` returns it (edits build rope strings). */
function flat(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

// ------------------------------------------------------------------------------------ tools

async function loadTools(): Promise<Record<Tool, Run>> {
  const alex = await import('alex');
  const markdownlint = await import('markdownlint/sync');
  return {
    parse: (t) => parseMarkdown(t),
    uxcx: (t) => lint(t),
    markdownlint: (t) => markdownlint.lint({ strings: { doc: t } }),
    alex: (t) => alex.markdown(t),
  };
}

// ------------------------------------------------------------------------ child processes

/** Run `task` in a fresh process; gives its peak RSS and heap use (MB). */
function childMemory(task: string): { maxRssMB: number; heapUsedMB: number; baseRssMB: number } {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', task], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as { maxRssMB: number; heapUsedMB: number; baseRssMB: number };
  } catch {
    throw new Error(`child ${task} failed: ${r.stderr.slice(-500)}`);
  }
}

async function child(task: string): Promise<void> {
  const { text } = dutchDocument();
  const tools = await loadTools();
  gc();
  const baseRssMB = process.memoryUsage().rss / 2 ** 20;
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 5);
  if (task === 'incremental') {
    const linter = new IncrementalLinter();
    linter.lintFull(text);
    let doc = text;
    for (let k = 0; k < 10; k++) {
      const at = Math.floor(doc.length / 2) + k * 997;
      doc = doc.slice(0, at) + 'e' + doc.slice(at);
      linter.update(doc, { offset: at, deleteLength: 0, insertText: 'e' });
    }
  } else if (task !== 'baseline') {
    tools[task as Tool](text);
  }
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  clearInterval(sample);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ maxRssMB, heapUsedMB: heapPeak / 2 ** 20, baseRssMB }));
}

/** require() + activate() of the bundled extension with a stand-in `vscode` module. */
const ACTIVATION_SCRIPT = String.raw`
const Module = require('module');
const path = require('path');
const root = process.argv[1];
function fake() {
  const cache = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (cache.has(prop)) return cache.get(prop);
      if (prop === 'then') return undefined;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => '';
      if (prop === 'toString' || prop === 'toJSON') return () => '';
      if (prop === 'length') return 0;
      if (prop === 'get') return (_key, fallback) => fallback;
      if (prop === 'prototype') return {};
      cache.set(prop, fake());
      return cache.get(prop);
    },
    set(_t, prop, value) {
      cache.set(prop, value);
      return true;
    },
    apply() { return fake(); },
    construct() { return fake(); },
  });
}
// A plain object (the bundle copies its own properties) with every name the bundle reads from
// the variables it assigns require("vscode") to (minified bundles rename them).
const vscode = {};
const bundle = require('fs').readFileSync(path.join(root, 'dist', 'extension.js'), 'utf8');
const names = [...bundle.matchAll(/([A-Za-z_$][\w$]*)\s*=\s*[\w$]*\(?require\(["']vscode["']\)/g)];
for (const [, name] of names) {
  const use = new RegExp('(?<![\\w$])' + name.replace(/\$/g, '\\$') + '\\.([A-Za-z_$][\\w$]*)', 'g');
  for (const m of bundle.matchAll(use)) vscode[m[1]] ??= fake();
}
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return load.call(this, request, parent, isMain);
};
const context = {
  subscriptions: [],
  extensionPath: root,
  extensionUri: fake(),
  globalState: fake(),
  workspaceState: fake(),
  secrets: fake(),
  environmentVariableCollection: fake(),
  extension: { packageJSON: require(path.join(root, 'package.json')) },
  asAbsolutePath: (p) => path.join(root, p),
  storageUri: undefined,
  globalStorageUri: fake(),
  logUri: fake(),
  extensionMode: 1,
};
const t0 = performance.now();
const ext = require(path.join(root, 'dist', 'extension.js'));
const t1 = performance.now();
Promise.resolve(ext.activate(context)).then(
  () => {
    const t2 = performance.now();
    console.log(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0 }));
    process.exit(0);
  },
  (e) => { console.error(e); process.exit(1); },
);
`;

interface Activation {
  requireMs?: number;
  activateMs?: number;
  totalMs?: number;
  runs: number;
  status: string;
}

/** Median require() + activate() time of `root`/dist/extension.js, each in a fresh process. */
function measureActivation(root: string, reps: number): Activation {
  const runs: { requireMs: number; activateMs: number; totalMs: number }[] = [];
  for (let k = 0; k < reps; k++) {
    const r = spawnSync(process.execPath, ['-e', ACTIVATION_SCRIPT, root], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    try {
      runs.push(JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as (typeof runs)[number]);
    } catch {
      return { runs: 0, status: `n/a: activation failed: ${(r.stderr || r.stdout).slice(-300)}` };
    }
  }
  return {
    requireMs: median(runs.map((r) => r.requireMs)),
    activateMs: median(runs.map((r) => r.activateMs)),
    totalMs: median(runs.map((r) => r.totalMs)),
    runs: runs.length,
    status: 'ok (stand-in vscode module)',
  };
}

// ------------------------------------------------------------------------------------ main

interface Measured {
  median: number;
  runs: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string', default: '5' },
      edits: { type: 'string', default: '50' },
      budget: { type: 'string', default: '120' },
      'skip-slow': { type: 'boolean', default: false },
      child: { type: 'string' },
    },
  });
  if (values.child) return child(values.child);
  if (!existsSync(CORPORA)) throw new Error(`No corpora at ${CORPORA}`);
  const reps = Math.max(1, Number(values.reps));
  const edits = Math.max(1, Number(values.edits));
  const budgetMs = Number(values.budget) * 1000;
  const log = (s: string): void => void process.stderr.write(`${s}\n`);

  const nl = dutchDocument();
  const en = englishDocument();
  const synthetic = syntheticDocument();
  const docs = [
    { name: 'nl-corpora', text: nl.text, note: `${nl.files} Dutch .md files` },
    { name: 'promise-nfr', text: en.text, note: `${en.items} English requirements` },
    { name: 'synthetic-5MB', text: synthetic, note: 'generated' },
  ];
  const tools = await loadTools();
  const toolNames: Tool[] = ['parse', 'uxcx', 'markdownlint', 'alex'];

  // Full runs: the tools interleaved per repetition, so drift hits them alike.
  const full: Record<string, Partial<Record<Tool, Measured>>> = {};
  for (const doc of docs) {
    const times: Record<Tool, number[]> = { parse: [], uxcx: [], markdownlint: [], alex: [] };
    const skip = (t: Tool): boolean =>
      values['skip-slow'] && doc.name === 'synthetic-5MB' && (t === 'alex' || t === 'markdownlint');
    for (let rep = 0; rep < reps; rep++) {
      for (let q = 0; q < toolNames.length; q++) {
        const tool = toolNames[(q + rep) % toolNames.length]!;
        const spent = times[tool].reduce((a, b) => a + b, 0);
        if (skip(tool) || (times[tool].length > 0 && spent > budgetMs)) continue;
        gc();
        const t = time(() => tools[tool](doc.text));
        times[tool].push(t);
        log(`${doc.name} ${tool} run ${times[tool].length}: ${ms(t)} ms`);
      }
    }
    full[doc.name] = Object.fromEntries(
      toolNames
        .filter((t) => times[t].length)
        .map((t) => [t, { median: median(times[t]), runs: times[t].length }]),
    );
  }

  // Incremental updates on the 1.3 MB document, in the middle fifth.
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const middle = (n: number): number => Math.floor(n * (0.4 + 0.2 * random()));
  const paste =
    'De vernieuwde app moet de klanttevredenheid verhogen, zodat inwoners loyaal blijven. ' +
    'Het formulier is gebruiksvriendelijk en de balie blijft open. The redesign of the portal ' +
    'will increase customer loyalty.\n\n';
  const edited = (text: string, c: TextChange): string =>
    flat(text.slice(0, c.offset) + c.insertText + text.slice(c.offset + c.deleteLength));
  const linter = new IncrementalLinter();
  let text = nl.text;
  gc();
  const initial = time(() => linter.lintFull(text));
  const oneChar: number[] = [];
  const pasted: number[] = [];
  const kinds: Record<string, number> = {};
  const changes: TextChange[] = [];
  for (let k = 0; k < edits; k++) {
    const c = { offset: middle(text.length), deleteLength: 0, insertText: 'e' };
    const next = edited(text, c);
    oneChar.push(time(() => linter.update(next, c)));
    kinds[linter.lastUpdate] = (kinds[linter.lastUpdate] ?? 0) + 1;
    changes.push(c);
    text = next;
  }
  for (let k = 0; k < edits; k++) {
    let at = middle(text.length);
    at = text.indexOf('\n\n', at) + 2; // at the start of a block, as a pasted paragraph goes
    const c = { offset: at, deleteLength: 0, insertText: paste };
    const next = edited(text, c);
    pasted.push(time(() => linter.update(next, c)));
    kinds[linter.lastUpdate] = (kinds[linter.lastUpdate] ?? 0) + 1;
    text = next;
  }
  const verified = isDeepStrictEqual(linter.update(text), lint(text));
  log(`incremental: one-char p50 ${ms(median(oneChar))} ms, paste p50 ${ms(median(pasted))} ms`);

  // The same in one long list (the PROMISE items, repeated to about 1.2 MB: one block): a
  // character typed in an item, and a new item after one (Enter and its text).
  const listDoc = `# Requirements\n\n${en.text.slice(en.text.indexOf('- ')).repeat(16)}`;
  const listLinter = new IncrementalLinter();
  let listText = listDoc;
  listLinter.lintFull(listText);
  const listChar: number[] = [];
  const listItemAdded: number[] = [];
  const listKinds: Record<string, number> = {};
  for (let k = 0; k < 2 * edits; k++) {
    const end = listText.indexOf('\n', middle(listText.length));
    const c =
      k % 2 === 0
        ? { offset: end - 1, deleteLength: 0, insertText: 'e' }
        : {
            offset: end,
            deleteLength: 0,
            insertText: '\n- The portal shall be usable on a phone.',
          };
    const next = edited(listText, c);
    (k % 2 === 0 ? listChar : listItemAdded).push(time(() => listLinter.update(next, c)));
    listKinds[listLinter.lastUpdate] = (listKinds[listLinter.lastUpdate] ?? 0) + 1;
    listText = next;
  }
  const listVerified = isDeepStrictEqual(listLinter.update(listText), lint(listText));
  log(`incremental in a long list: one-char p50 ${ms(median(listChar))} ms`);

  // The same on a worker thread, as the extension does it: the whole text once (in pieces), then
  // only the edits. How long is the main thread ever blocked?
  const workerPath = path.join(OUT_DIR, 'lint-worker.js');
  mkdirSync(OUT_DIR, { recursive: true });
  buildLintWorker(workerPath);
  const worker = new LintWorker({ workerPath });
  await worker.lint('warm-up');
  gc();
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let posted = 0;
  const roundTrips: number[] = [];
  delay.enable();
  let t0 = performance.now();
  let p = worker.update('doc', nl.text);
  posted = Math.max(posted, performance.now() - t0);
  await p;
  const workerFull = performance.now() - t0;
  let length = nl.text.length;
  for (const c of changes) {
    length += c.insertText.length - c.deleteLength;
    t0 = performance.now();
    p = worker.edit('doc', [c], length);
    posted = Math.max(posted, performance.now() - t0);
    await p;
    roundTrips.push(performance.now() - t0);
  }
  delay.disable();
  await worker.dispose();
  const workerResult = {
    fullLintMs: workerFull,
    updateRoundTripP50Ms: median(roundTrips),
    updateRoundTripP95Ms: quantile(roundTrips, 0.95),
    longestPostMs: posted,
    eventLoopDelayMaxMs: delay.max / 1e6,
    eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
  };
  log(`worker: event-loop delay max ${ms(workerResult.eventLoopDelayMaxMs)} ms`);

  // Peak memory, each in a fresh process on the 1.3 MB document.
  const memory: Record<string, { maxRssMB: number; heapUsedMB: number; baseRssMB: number }> = {};
  for (const task of ['baseline', 'parse', 'uxcx', 'incremental', 'markdownlint', 'alex']) {
    log(`memory: ${task}`);
    memory[task] = childMemory(task);
  }

  // The CLI over all corpora, after a build.
  const cli: { medianMs?: number; runs: number; status?: string } = { runs: 0 };
  const built = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) cli.status = `n/a: build failed: ${built.stderr.slice(-300)}`;
  else if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) cli.status = 'n/a: no dist/cli.js';
  else {
    const times: number[] = [];
    for (let k = 0; k < Math.min(reps, 3); k++) {
      const t = performance.now();
      const r = spawnSync(
        process.execPath,
        ['bin/uxcx-lint.js', path.relative(ROOT, CORPORA), '--format', 'json'],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
      );
      const elapsed = performance.now() - t;
      if (r.status !== 0 && r.status !== 1) {
        cli.status = `n/a: exit ${r.status}: ${r.stderr.slice(-300)}`;
        break;
      }
      times.push(elapsed);
      log(`cli run ${k + 1}: ${ms(elapsed)} ms`);
    }
    if (times.length) {
      cli.medianMs = median(times);
      cli.runs = times.length;
      cli.status = 'ok';
    }
  }

  // Extension activation (the build as is, and minified as a package would ship it) and sizes.
  const extension = path.join(ROOT, 'dist', 'extension.js');
  const activation = existsSync(extension)
    ? measureActivation(ROOT, reps)
    : { runs: 0, status: 'n/a: no dist/extension.js' };
  let activationMinified: Activation = { runs: 0, status: 'n/a' };
  if (existsSync(path.join(ROOT, 'src/extension/extension.ts'))) {
    const prod = path.join(OUT_DIR, 'production');
    mkdirSync(path.join(prod, 'dist'), { recursive: true });
    writeFileSync(path.join(prod, 'package.json'), readFileSync(path.join(ROOT, 'package.json')));
    try {
      buildMinifiedExtension(path.join(prod, 'dist', 'extension.js'));
      activationMinified = measureActivation(prod, reps);
    } catch (error) {
      activationMinified = { runs: 0, status: `n/a: ${String(error).slice(0, 200)}` };
    }
  }
  const vsix = readdirSync(ROOT).filter((f) => f.endsWith('.vsix'));
  const sizes = {
    extensionJsBytes: existsSync(extension) ? statSync(extension).size : undefined,
    vsix: vsix.length
      ? vsix.map((f) => ({ file: f, bytes: statSync(path.join(ROOT, f)).size }))
      : 'n/a',
  };

  // Report.
  const nlFull = full['nl-corpora']!;
  const uxcx = nlFull.uxcx?.median;
  const ratios = {
    uxcxOverParse: uxcx && nlFull.parse ? uxcx / nlFull.parse.median : undefined,
    uxcxOverAlex: uxcx && nlFull.alex ? uxcx / nlFull.alex.median : undefined,
    alexOverUxcx: uxcx && nlFull.alex ? nlFull.alex.median / uxcx : undefined,
    uxcxOverMarkdownlint:
      uxcx && nlFull.markdownlint ? uxcx / nlFull.markdownlint.median : undefined,
  };
  const incremental = {
    initialFullLintMs: initial,
    oneCharP50Ms: median(oneChar),
    oneCharP95Ms: quantile(oneChar, 0.95),
    oneCharMaxMs: Math.max(...oneChar),
    pasteP50Ms: median(pasted),
    pasteP95Ms: quantile(pasted, 0.95),
    pasteMaxMs: Math.max(...pasted),
    edits,
    kinds,
    verifiedEqualToFullLint: verified,
    longList: {
      chars: listDoc.length,
      oneCharP50Ms: median(listChar),
      oneCharP95Ms: quantile(listChar, 0.95),
      newItemP50Ms: median(listItemAdded),
      newItemP95Ms: quantile(listItemAdded, 0.95),
      kinds: listKinds,
      verifiedEqualToFullLint: listVerified,
    },
  };
  const longestBlock = {
    inProcessFullLintMs: uxcx,
    inProcessIncrementalMaxMs: Math.max(...oneChar, ...pasted),
    withWorkerMaxEventLoopDelayMs: workerResult.eventLoopDelayMaxMs,
  };
  const targets = {
    'full lint ≤ 1.3× parse-only': (ratios.uxcxOverParse ?? Infinity) <= 1.3,
    'faster than markdownlint': (ratios.uxcxOverMarkdownlint ?? Infinity) < 1,
    '≥ 5× faster than alex': (ratios.alexOverUxcx ?? 0) >= 5,
    'incremental one-char p50 ≤ 20 ms': incremental.oneCharP50Ms <= 20,
    'incremental one-char p95 ≤ 50 ms': incremental.oneCharP95Ms <= 50,
    'activation ≤ 50 ms (build as is)': (activation.totalMs ?? Infinity) <= 50,
    'activation ≤ 50 ms (minified build)': (activationMinified.totalMs ?? Infinity) <= 50,
    'main thread never blocked > 50 ms (worker)': workerResult.eventLoopDelayMaxMs <= 50,
  };

  const rows: string[][] = [['document', 'size', 'tool', 'median ms', 'runs', 'MB/s', '× parse']];
  for (const doc of docs) {
    for (const tool of toolNames) {
      const m = full[doc.name]![tool];
      const floor = full[doc.name]!.parse?.median;
      rows.push([
        doc.name,
        `${(doc.text.length / 1e6).toFixed(2)} M`,
        tool,
        ms(m?.median),
        String(m?.runs ?? 0),
        m ? (doc.text.length / 1e6 / (m.median / 1000)).toFixed(2) : 'n/a',
        m && floor ? ratio(m.median / floor) : 'n/a',
      ]);
    }
  }
  const table = (r: string[][]): string => {
    const widths = r[0]!.map((_, c) => Math.max(...r.map((row) => row[c]!.length)));
    return r.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
  };
  const lines = [
    `uxcx-lint benchmark — node ${process.version}, ${reps} reps (medians), ${new Date().toISOString()}`,
    '',
    table(rows),
    '',
    `ratios on nl-corpora: uxcx/parse ${ratio(ratios.uxcxOverParse)}, uxcx/alex ${ratio(ratios.uxcxOverAlex)} (alex/uxcx ${ratio(ratios.alexOverUxcx)}), uxcx/markdownlint ${ratio(ratios.uxcxOverMarkdownlint)}`,
    `incremental (${edits} edits each, middle fifth of nl-corpora): one char p50 ${ms(incremental.oneCharP50Ms)} ms, p95 ${ms(incremental.oneCharP95Ms)} ms, max ${ms(incremental.oneCharMaxMs)} ms; paste p50 ${ms(incremental.pasteP50Ms)} ms, p95 ${ms(incremental.pasteP95Ms)} ms; paths ${JSON.stringify(kinds)}; equal to full lint: ${verified}`,
    `incremental in one long list (${(incremental.longList.chars / 1e6).toFixed(2)} M, ${edits} edits each): one char p50 ${ms(incremental.longList.oneCharP50Ms)} ms, p95 ${ms(incremental.longList.oneCharP95Ms)} ms; new item p50 ${ms(incremental.longList.newItemP50Ms)} ms, p95 ${ms(incremental.longList.newItemP95Ms)} ms; paths ${JSON.stringify(listKinds)}; equal to full lint: ${listVerified}`,
    `worker: full lint round trip ${ms(workerResult.fullLintMs)} ms, update round trip p50 ${ms(workerResult.updateRoundTripP50Ms)} ms / p95 ${ms(workerResult.updateRoundTripP95Ms)} ms, longest post ${ms(workerResult.longestPostMs)} ms, main-thread event-loop delay max ${ms(workerResult.eventLoopDelayMaxMs)} ms (p99 ${ms(workerResult.eventLoopDelayP99Ms)} ms)`,
    `longest synchronous lint block on the calling thread: full lint in-process ${ms(longestBlock.inProcessFullLintMs)} ms, incremental in-process max ${ms(longestBlock.inProcessIncrementalMaxMs)} ms, with the worker ${ms(longestBlock.withWorkerMaxEventLoopDelayMs)} ms`,
    `peak memory (fresh process, nl-corpora, max RSS MB / heap high-water MB): ${Object.entries(
      memory,
    )
      .map(([k, m]) => `${k} ${m.maxRssMB.toFixed(0)}/${m.heapUsedMB.toFixed(0)}`)
      .join(', ')}`,
    `CLI over ../shared/corpora (--format json): ${cli.medianMs !== undefined ? `${ms(cli.medianMs)} ms (${cli.runs} runs)` : cli.status}`,
    `extension activation: ${describeActivation(activation)}; minified build: ${describeActivation(activationMinified)}`,
    `sizes: dist/extension.js ${sizes.extensionJsBytes ?? 'n/a'} bytes; vsix ${typeof sizes.vsix === 'string' ? sizes.vsix : sizes.vsix.map((v) => `${v.file} ${v.bytes} bytes`).join(', ')}`,
    '',
    'targets:',
    ...Object.entries(targets).map(([k, ok]) => `  ${ok ? 'met    ' : 'NOT met'}  ${k}`),
  ];
  console.log(lines.join('\n'));
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    reps,
    documents: docs.map((d) => ({ name: d.name, chars: d.text.length, note: d.note })),
    full,
    ratios,
    incremental,
    worker: workerResult,
    longestBlock,
    memory,
    cli,
    activation,
    activationMinified,
    sizes,
    targets,
  };
  writeFileSync(path.join(OUT_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwritten: ${path.relative(ROOT, path.join(OUT_DIR, 'results.json'))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
