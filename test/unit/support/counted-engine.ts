// The engine bundled with its work counted, so that tests bound what a lint costs by counting
// steps instead of timing it (a busy machine cannot change a count).
//
// The bundle's code is instrumented as esbuild reads it: every loop iteration and every function
// call adds a step, per group of code:
// - `parser`: everything bundled from node_modules (micromark and its extensions, where the
//   tokenizer calls a state function per character consumed, mdast-util-from-markdown, unified);
// - `markdown`: the Markdown layer, src/core/markdown;
// - `engine`: the rest of src/core (which also keeps its own, named counters: src/core/work.ts).
// `native` counts the elements that built-in array methods move or read, which no loop shows:
// splice, slice, concat, unshift, reverse, indexOf, includes and lastIndexOf are wrapped while
// a counted call runs, and the parser's chunked push (micromark-util-subtokenize) is counted
// where it spreads its items. Built-in string methods, regular expressions and Intl.Segmenter
// count as one step per call (the engine's own counters count what it hands to them).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';
import { buildWithPlugins } from '../../../scripts/bundle';
import type * as Entry from './counted-entry';

const COUNTER = '__uxcxSteps';
const GROUPS = ['parser', 'markdown', 'engine'] as const;
type Group = (typeof GROUPS)[number];

/** The counts of one call: the instrumentation's, and the engine's own (src/core/work.ts). */
export type Steps = Record<Group | 'native', number> & Entry.Work;

/** Which group a bundled file's steps count in; undefined: not counted. */
function groupOf(file: string): Group | undefined {
  const f = file.split(path.sep).join('/');
  if (f.includes('/node_modules/')) return 'parser';
  if (f.includes('/src/core/markdown/')) return 'markdown';
  if (f.includes('/src/core/') && !f.endsWith('/src/core/work.ts')) return 'engine';
  return undefined;
}

/** `code` with a step counted at the start of every loop body and every function body. */
export function instrument(code: string, fileName: string, group: string): string {
  const kind = /\.[cm]?ts$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const step = `${COUNTER}.${group}++`;
  /** [offset, order at that offset (ends first), text]. */
  const inserts: [number, number, string][] = [];
  const wrapStatement = (body: ts.Statement): void => {
    if (ts.isBlock(body)) inserts.push([body.getStart(sf) + 1, 1, `${step};`]);
    else inserts.push([body.getStart(sf), 1, `{${step};`], [body.getEnd(), 0, '}']);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIterationStatement(node, false)) wrapStatement(node.statement);
    else if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const body = node.body as ts.Node;
      if (ts.isBlock(body)) inserts.push([body.getStart(sf) + 1, 1, `${step};`]);
      else inserts.push([body.getStart(sf), 1, `(${step}, (`], [body.getEnd(), 0, '))']);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  inserts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const parts: string[] = [];
  let done = 0;
  for (const [at, , text] of inserts) {
    parts.push(code.slice(done, at), text);
    done = at;
  }
  parts.push(code.slice(done));
  return parts.join('');
}

/** The esbuild plugin that instruments what the bundle reads. */
const countSteps: Plugin = {
  name: 'count-steps',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const group = groupOf(args.path);
      if (!group) return undefined;
      let code = instrument(readFileSync(args.path, 'utf8'), args.path, group);
      if (
        args.path
          .split(path.sep)
          .join('/')
          .endsWith('micromark-util-subtokenize/lib/splice-buffer.js')
      ) {
        const at = 'function chunkedPush(list, right) {';
        if (!code.includes(at)) throw new Error(`counted engine: no ${at} in ${args.path}`);
        code = code.replace(at, `${at}${COUNTER}.native += right.length;`);
      }
      const loader = /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js';
      return { contents: code, loader, resolveDir: path.dirname(args.path) };
    });
  },
};

export interface CountedEngine {
  lint: typeof Entry.lint;
  /** The steps of one call of `f` (built-in array methods counted while it runs). */
  count(f: () => void): Steps;
}

/** Build the counted engine (a few seconds) and load it. */
export async function countedEngine(): Promise<CountedEngine> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'uxcx-counted-'));
  let entry: typeof Entry;
  try {
    const outfile = path.join(dir, 'engine.js');
    const zero = [...GROUPS, 'native'].map((g) => `${g}: 0`).join(', ');
    await buildWithPlugins(
      'test/unit/support/counted-entry.ts',
      outfile,
      [countSteps],
      `var ${COUNTER} = { ${zero} };`,
    );
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    entry = require(outfile) as typeof Entry;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const steps = entry.instrumentedSteps();
  return {
    lint: entry.lint,
    count(f) {
      for (const k of Object.keys(steps)) steps[k] = 0;
      entry.resetWork();
      withNativeCounted(f, steps);
      return { ...(steps as Record<Group | 'native', number>), ...entry.work };
    },
  };
}

const ARRAY_METHODS = [
  'splice',
  'slice',
  'concat',
  'unshift',
  'reverse',
  'indexOf',
  'includes',
  'lastIndexOf',
] as const;
type ArrayMethod = (typeof ARRAY_METHODS)[number];
type Method = (this: unknown[], ...args: unknown[]) => unknown;

/** An index argument as the array methods read it (negative: from the end), or `fallback`. */
function indexArg(value: unknown, length: number, fallback: number): number {
  if (value === undefined) return fallback;
  const i = Math.trunc(Number(value)) || 0;
  return i < 0 ? Math.max(0, length + i) : Math.min(i, length);
}

/** Elements a call moves or reads, from the array's length before it, its arguments and result. */
const COSTS: Record<ArrayMethod, (length: number, args: unknown[], result: unknown) => number> = {
  // Those from `start` on move (or go), and the new ones are written.
  splice: (n, args) => n - indexArg(args[0], n, 0) + Math.max(0, args.length - 2),
  slice: (_n, _args, result) => (result as unknown[]).length,
  concat: (_n, _args, result) => (result as unknown[]).length,
  unshift: (n, args) => n + args.length,
  reverse: (n) => n,
  // Those read up to the one found, or to the end.
  indexOf: (n, args, result) =>
    ((result as number) >= 0 ? (result as number) + 1 : n) - indexArg(args[1], n, 0),
  includes: (n, args) => n - indexArg(args[1], n, 0),
  lastIndexOf: (n, _args, result) => ((result as number) >= 0 ? n - (result as number) : n),
};

/**
 * Run `f` with the array methods that move or read many elements wrapped: each call adds the
 * elements it moves or reads to `steps.native`. Restored afterwards, also when `f` throws.
 */
function withNativeCounted(f: () => void, steps: Record<string, number>): void {
  const proto = Array.prototype as unknown as Record<ArrayMethod, Method>;
  const saved = Object.fromEntries(ARRAY_METHODS.map((m) => [m, proto[m]])) as Record<
    ArrayMethod,
    Method
  >;
  for (const m of ARRAY_METHODS) {
    const native = saved[m];
    const cost = COSTS[m];
    proto[m] = function (this: unknown[], ...args: unknown[]): unknown {
      const length = this.length;
      const result = native.apply(this, args);
      steps.native = (steps.native ?? 0) + cost(length, args, result);
      return result;
    };
  }
  try {
    f();
  } finally {
    for (const m of ARRAY_METHODS) proto[m] = saved[m];
  }
}
