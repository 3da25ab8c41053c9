// `npm run bench:shapes`: time per input shape (test/shapes.ts) and size (10 KB, 100 KB, 1 MB)
// for the engine as it ships (an esbuild bundle), each lint in a child process with a time
// limit, and the growth exponent between sizes (1 is linear, 2 quadratic). Writes
// .bench/shapes.json. The unit tests assert what does not depend on the machine (every shape
// is read or reported, within the step budget); the times belong here.
//
// Usage: tsx scripts/bench-shapes.ts [--only name,name] [--sizes 10240,102400] [--limit 30]
//        [--reps 1] [--unbounded] [--parser]
//   --unbounded  read everything (no read budget): what the budget protects against
//   --parser     give all text to the parser (no plain reading, src/core/markdown/plain.ts): what
//                reading plain writing without it saves
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SHAPES, SIZES } from '../test/shapes';
import type * as Engine from './bench-engine';
import { buildEngine } from './bundle';

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, '.bench');
const ENGINE = path.join(OUT_DIR, 'engine.js');

interface Row {
  shape: string;
  size: number;
  /** Milliseconds of the fastest run; undefined when it ran past the limit. */
  ms?: number;
  findings?: number;
  /** The estimated cost of the text (budget.ts). */
  cost?: number;
  /** Characters reported as not read. */
  unread?: number;
  problems?: number;
}

/** The child: lint one shape at one size `reps` times, print the fastest time and the result. */
function child(
  name: string,
  size: number,
  reps: number,
  unbounded: boolean,
  parserOnly: boolean,
): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lint, readBudget, textCost, plainReading } = require(ENGINE) as typeof Engine;
  if (unbounded) readBudget.density = Infinity;
  if (parserOnly) plainReading.on = false;
  const s = SHAPES.find((x) => x.name === name)!;
  const text = s.make(size);
  let best = Infinity;
  let result: ReturnType<typeof lint> | undefined;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    result = lint(text);
    best = Math.min(best, performance.now() - t0);
  }
  const unread = result!.problems
    .filter((p) => p.kind === 'input' && p.range)
    .reduce((n, p) => n + (p.range!.end.offset - p.range!.start.offset), 0);
  process.stdout.write(
    JSON.stringify({
      ms: best,
      findings: result!.findings.length,
      cost: textCost(text),
      problems: result!.problems.length,
      unread,
    }),
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      sizes: { type: 'string' },
      limit: { type: 'string', default: '30' },
      reps: { type: 'string', default: '1' },
      child: { type: 'string' },
      unbounded: { type: 'boolean', default: false },
      parser: { type: 'boolean', default: false },
    },
  });
  if (values.child) {
    const [name, size, reps] = values.child.split(':');
    child(name!, Number(size), Number(reps), values.unbounded, values.parser);
    return;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  buildEngine(ENGINE);
  const only = values.only?.split(',');
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [...SIZES];
  const limitMs = Number(values.limit) * 1000;
  const rows: Row[] = [];
  const kb = (n: number): string => (n >= 1 << 20 ? `${n >> 20} MB` : `${n >> 10} KB`);
  console.log(
    `${'shape'.padEnd(26)} ${sizes.map((s) => kb(s).padStart(9)).join(' ')}  growth  unread at ${kb(sizes.at(-1)!)}`,
  );
  for (const s of SHAPES) {
    if (only && !only.includes(s.name)) continue;
    const mine: Row[] = [];
    for (const size of sizes) {
      const r = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          __filename,
          '--child',
          `${s.name}:${size}:${values.reps}`,
          ...(values.unbounded ? ['--unbounded'] : []),
          ...(values.parser ? ['--parser'] : []),
        ],
        { encoding: 'utf8', timeout: limitMs, maxBuffer: 1 << 20 },
      );
      const row: Row = { shape: s.name, size };
      if (r.status === 0) Object.assign(row, JSON.parse(r.stdout) as Partial<Row>);
      mine.push(row);
      rows.push(row);
    }
    const cells = mine.map((r) =>
      (r.ms === undefined ? `>${values.limit} s` : `${Math.round(r.ms)} ms`).padStart(9),
    );
    // Growth exponent between the two largest sizes that finished (log t / log n).
    const done = mine.filter((r) => r.ms !== undefined && r.ms > 0);
    const [a, b] = done.slice(-2);
    const growth =
      a && b ? (Math.log(b.ms! / a.ms!) / Math.log(b.size / a.size)).toFixed(2) : '  -';
    const last = mine.at(-1)!;
    const unread =
      last.unread === undefined ? '' : `${((100 * last.unread) / last.size).toFixed(0)} %`;
    console.log(`${s.name.padEnd(26)} ${cells.join(' ')}  ${growth.padStart(6)}  ${unread}`);
  }
  writeFileSync(path.join(OUT_DIR, 'shapes.json'), `${JSON.stringify(rows, null, 1)}\n`);
  const slow = rows.filter((r) => r.size <= 1 << 20 && (r.ms === undefined || r.ms > 2000));
  console.log(
    `\n${rows.length} runs; over 2 s at ≤ 1 MB: ${slow.length ? slow.map((r) => `${r.shape}@${kb(r.size)}`).join(', ') : 'none'}`,
  );
}

main();
