// What a fuzz run found: documents per source, per-check counts, failures, lint times, the
// slowest documents. Printed as a summary and written as JSON (scripts/fuzz.ts).
import type { CheckName } from './checks';
import type { FuzzDocument } from './documents';
import type { FuzzFailure, FuzzOutcome } from './worker';

const CHECKS: readonly CheckName[] = [
  'throws',
  'deterministic',
  'ranges',
  'fix',
  'incremental',
  'time',
  'watchdog',
];

interface Timed {
  index: number;
  source: string;
  chars: number;
  ms: number;
}

/** A short name for a document's source. */
function label(doc: FuzzDocument): string {
  return doc.source.kind === 'corpus'
    ? `corpus ${doc.source.file} (${doc.source.mutations.map((m) => m.kind).join(', ') || 'as is'})`
    : doc.source.kind;
}

const add = (into: Record<string, number>, from: Record<string, number | undefined>): void => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + (v ?? 0);
};

export class FuzzReport {
  documents = 0;
  readonly sources: Record<string, number> = {};
  findings = 0;
  withFindings = 0;
  problems = 0;
  readonly fixes: Record<string, number> = {};
  readonly paths: Record<string, number> = {};
  /** Documents that failed, in all and per check. */
  failures = 0;
  readonly failed: Record<string, number> = Object.fromEntries(CHECKS.map((c) => [c, 0]));
  readonly failureLines: string[] = [];
  readonly overBudget: Timed[] = [];
  private readonly times: number[] = [];
  private slowest: Timed[] = [];

  constructor(
    readonly seed: number,
    readonly count: number,
    readonly budgetMs: number,
    private readonly keep = 10,
  ) {}

  /** A document checked (without an outcome: its worker hung or died). */
  add(index: number, doc: FuzzDocument, outcome?: FuzzOutcome): void {
    this.documents++;
    this.sources[doc.source.kind] = (this.sources[doc.source.kind] ?? 0) + 1;
    if (!outcome) return;
    this.findings += outcome.findings;
    if (outcome.findings) this.withFindings++;
    this.problems += outcome.problems;
    add(this.fixes, outcome.fixes);
    add(this.paths, outcome.paths);
    this.times.push(outcome.lintMs);
    const timed = { index, source: label(doc), chars: doc.text.length, ms: outcome.lintMs };
    if (outcome.lintMs > this.budgetMs) this.overBudget.push(timed);
    if (this.slowest.length < this.keep || outcome.lintMs > this.slowest.at(-1)!.ms) {
      this.slowest = [...this.slowest, timed].sort((a, b) => b.ms - a.ms).slice(0, this.keep);
    }
  }

  /** A document's failures (each document counts once per check). */
  fail(index: number, doc: FuzzDocument, failures: readonly FuzzFailure[]): void {
    this.failures++;
    for (const check of new Set(failures.map((f) => f.check))) this.failed[check]!++;
    for (const f of failures) {
      this.failureLines.push(
        `${this.seed}-${index} [${f.check}] ${label(doc)}: ${f.message.split('\n')[0]!.slice(0, 300)}`,
      );
    }
  }

  private percentile(p: number): number {
    const sorted = [...this.times].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  }

  json(elapsedMs: number): object {
    return {
      seed: this.seed,
      documents: this.documents,
      sources: this.sources,
      findings: this.findings,
      documentsWithFindings: this.withFindings,
      problems: this.problems,
      fixesChecked: this.fixes,
      incrementalUpdates: this.paths,
      failedDocuments: this.failures,
      failedPerCheck: this.failed,
      failures: this.failureLines,
      lintMs: { p50: this.percentile(0.5), p99: this.percentile(0.99), max: this.percentile(1) },
      budgetMs: this.budgetMs,
      overBudget: this.overBudget,
      slowest: this.slowest,
      elapsedMs,
      docsPerSecond: (this.documents * 1000) / elapsedMs,
    };
  }

  summary(elapsedMs: number, failuresDir: string): string {
    const n = (x: number): string => x.toLocaleString('en-US');
    const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
    const entries = (r: Record<string, number>): string =>
      Object.entries(r)
        .map(([k, v]) => `${k} ${n(v)}`)
        .join(', ') || 'none';
    const fixes = Object.values(this.fixes).reduce((a, b) => a + b, 0);
    const edits = Object.values(this.paths).reduce((a, b) => a + b, 0);
    const lines = [
      `fuzz summary (seed ${this.seed})`,
      `  documents      ${n(this.documents)} of ${n(this.count)} (${entries(this.sources)})`,
      `  findings       ${n(this.findings)} in ${n(this.withFindings)} documents; problems ${n(this.problems)}`,
      `  checks         throws/deterministic/ranges: ${n(this.documents)} documents; fixes re-linted: ${n(fixes)} (${entries(this.fixes)}); incremental updates compared: ${n(edits)} (${entries(this.paths)})`,
      `  failed         ${CHECKS.map((c) => `${c} ${n(this.failed[c]!)}`).join(', ')}`,
      `  lint time      p50 ${ms(this.percentile(0.5))}, p99 ${ms(this.percentile(0.99))}, max ${ms(this.percentile(1))}; over the ${n(this.budgetMs)} ms budget: ${n(this.overBudget.length)}`,
      `  elapsed        ${(elapsedMs / 1000).toFixed(1)} s, ${((this.documents * 1000) / elapsedMs).toFixed(1)} docs/s`,
      `  slowest        ${this.slowest.length ? '' : 'none'}`,
      ...this.slowest.map(
        (t) =>
          `    ${ms(t.ms).padStart(10)}  ${this.seed}-${t.index} ${n(t.chars)} chars, ${t.source}`,
      ),
      `  failures       ${this.failures ? `${n(this.failures)} documents, written to ${failuresDir}` : 'none'}`,
      ...this.failureLines.slice(0, 50).map((l) => `    ${l}`),
      ...(this.failureLines.length > 50 ? [`    … and ${this.failureLines.length - 50} more`] : []),
    ];
    return `${lines.join('\n')}\n`;
  }
}
