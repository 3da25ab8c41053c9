// The fuzzer's checks of one document (scripts/fuzz.ts runs them on a worker thread): lint never
// throws and is deterministic, every range agrees with the text, every quick fix removes its
// finding, and the incremental linter gives what a full lint gives after every edit.
import { isDeepStrictEqual } from 'node:util';
import { lint, type Finding, type Fix, type LintResult, type Range } from '../../src/core';
import { IncrementalLinter, type TextChange, type UpdateKind } from '../../src/core/incremental';
import { applyEdits, checkFindings, checkProblems } from '../unit/support/check';
import { applyChange, editChanges, type EditSpec } from './mutations';

export type CheckName =
  'throws' | 'deterministic' | 'ranges' | 'fix' | 'incremental' | 'time' | 'watchdog';

/** A failed check, with what a regression test needs to replay it. */
export class CheckFailure extends Error {
  constructor(
    readonly check: CheckName,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'CheckFailure';
  }
}

/** Called before each lint, so a watchdog can tell a slow document from a hung one. */
export type Heartbeat = (phase: string) => void;

/** Run `f`; what it throws (other than a CheckFailure) fails `check`. */
function as<T>(check: CheckName, what: string, f: () => T, detail?: unknown): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof CheckFailure) throw error;
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new CheckFailure(check, `${what}: ${text}`, detail);
  }
}

/**
 * Do two lint results agree? As JSON first (fast for thousands of findings); deep equality only
 * when the strings differ (key order). A property set to `undefined` equals its absence here.
 */
export function sameResult(a: LintResult, b: LintResult): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || isDeepStrictEqual(a, b);
}

const at = (r: Range): string => `${r.start.line}:${r.start.column}`;
const show = (f: Finding): string => `${f.ruleId} at ${at(f.range)}`;

/** Where two lint results first differ, in a line (deepStrictEqual's diff can be megabytes). */
export function firstDifference(got: LintResult, want: LintResult): string {
  for (const key of ['lang', 'langSource', 'suppressed'] as const) {
    if (got[key] !== want[key]) return `${key} ${String(got[key])} ≠ ${String(want[key])}`;
  }
  const n = Math.max(got.findings.length, want.findings.length);
  for (let i = 0; i < n; i++) {
    const g = got.findings[i];
    const w = want.findings[i];
    if (isDeepStrictEqual(g, w)) continue;
    if (!g || !w) return `finding ${i}: ${g ? show(g) : 'none'} ≠ ${w ? show(w) : 'none'}`;
    const keys = Object.keys(w).filter(
      (k) => !isDeepStrictEqual(g[k as keyof Finding], w[k as keyof Finding]),
    );
    return `finding ${i} (${show(w)}) differs in ${keys.join(', ')}: got ${JSON.stringify(
      keys.map((k) => g[k as keyof Finding]),
    ).slice(0, 400)}`;
  }
  if (!isDeepStrictEqual(got.problems, want.problems)) {
    return `problems: ${JSON.stringify(got.problems).slice(0, 300)} ≠ ${JSON.stringify(want.problems).slice(0, 300)}`;
  }
  return 'results differ';
}

/**
 * Check 1 and 2: lint twice (no throw, the same result), every range of findings, spans (the
 * editor's related information), fix edits and problems against the text. Gives the result and
 * how long the first lint took.
 */
export function checkLint(text: string, beat?: Heartbeat): { result: LintResult; ms: number } {
  beat?.('lint');
  const t0 = performance.now();
  const result = as('throws', 'lint', () => lint(text));
  const ms = performance.now() - t0;
  beat?.('lint again');
  const again = as('throws', 'lint (second time)', () => lint(text));
  if (!sameResult(again, result)) {
    throw new CheckFailure(
      'deterministic',
      `a second lint differs: ${firstDifference(again, result)}`,
    );
  }
  as('ranges', 'ranges', () => {
    checkFindings(text, result.findings);
    checkProblems(text, result.problems);
  });
  return { result, ms };
}

/**
 * Where an offset of the text before a fix is after it. A range's start goes before text replaced
 * around it and after text inserted at it; a range's end goes after text replaced around it and
 * before text inserted at it: so a statement keeps its bounds when a fix inserts text beside it,
 * and a statement a fix rewrites becomes the rewrite.
 */
function mapOffset(o: number, fix: Fix, side: 'start' | 'end'): number {
  let shift = 0;
  let covered: number | undefined;
  for (const e of fix.edits) {
    const s = e.range.start.offset;
    const t = e.range.end.offset;
    const delta = e.newText.length - (t - s);
    if (side === 'start') {
      if (o >= t) shift += delta;
      else if (o >= s) covered = s;
    } else if (o > s) {
      if (o >= t) shift += delta;
      else covered = s + e.newText.length;
    }
  }
  return (covered ?? o) + shift;
}

function overlaps(a: { start: number; end: number }, r: Range): boolean {
  const s = r.start.offset;
  const e = r.end.offset;
  return s === e ? a.start <= s && s <= a.end : s < a.end && a.start < e;
}

/**
 * Check 3: a fix applies, the fixed text lints with good ranges, and no longer has that finding:
 * a finding of the same rule whose range overlaps the fixed finding's range, carried through the
 * fix's edits (for a rewrite of the statement, the rewrite; for an insertion, the same words).
 * Every fix kind promises this: a rewrite (split-goal, name-*) replaces the words the rule flags;
 * an insertion (add-cx-note, add-touchpoints, add-measure) adds what the rule asks for; a
 * disable-line fix adds a directive for the finding's line, so the finding must be suppressed
 * (counted in `suppressed`), not gone some other way (its text taken into a comment, say).
 * `before` is the text's lint result.
 */
export function checkFix(
  text: string,
  finding: Finding,
  fix: Fix,
  beat?: Heartbeat,
  before: LintResult = lint(text),
): void {
  const detail = { finding: show(finding), fix: fix.kind, edits: fix.edits };
  const what = `${fix.kind} fix of ${show(finding)}`;
  const fixed = as('fix', `${what}: applying it`, () => applyEdits(text, fix.edits), detail);
  beat?.(`lint after ${fix.kind}`);
  const after = as('throws', `${what}: lint of the fixed text`, () => lint(fixed), detail);
  as(
    'ranges',
    `${what}: ranges in the fixed text`,
    () => {
      checkFindings(fixed, after.findings);
      checkProblems(fixed, after.problems);
    },
    detail,
  );
  const target = {
    start: mapOffset(finding.range.start.offset, fix, 'start'),
    end: mapOffset(finding.range.end.offset, fix, 'end'),
  };
  const left = after.findings.find((g) => g.ruleId === finding.ruleId && overlaps(target, g.range));
  if (left) {
    throw new CheckFailure(
      'fix',
      `${what} leaves it: ${show(left)} in ${JSON.stringify(left.statementText.slice(0, 200))}`,
      { ...detail, fixed },
    );
  }
  if (fix.kind === 'disable-line' && after.suppressed <= before.suppressed) {
    throw new CheckFailure(
      'fix',
      `${what} removes it without a directive (suppressed ${before.suppressed} → ${after.suppressed})`,
      { ...detail, fixed },
    );
  }
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to `max` fixes to check: one of each kind first (of a random finding), then any. */
export function chooseFixes(
  findings: readonly Finding[],
  max: number,
  rand: () => number,
): [Finding, Fix][] {
  const all = findings.flatMap((f) => f.fixes.map((fix): [Finding, Fix] => [f, fix]));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  const kinds = new Set<string>();
  const first = all.filter(([, fix]) => !kinds.has(fix.kind) && kinds.add(fix.kind));
  const rest = all.filter((p) => !first.includes(p));
  return [...first, ...rest].slice(0, max);
}

/** A change as the session made it: `give` says whether `update` was told the change. */
export interface SessionChange extends TextChange {
  give: boolean;
}

/**
 * How many changes of a session are checked: each costs a full lint, so fewer in a long document
 * (a 17 kB paragraph with 300 findings takes 50 ms to lint): 16 up to 3,750 characters, 3 from
 * 20,000.
 */
export function sessionLimit(length: number): number {
  return Math.min(16, Math.max(3, Math.floor(60_000 / Math.max(1, length))));
}

/**
 * Check 4: after the text was typed into an empty document, and after every change of the session
 * (up to `sessionLimit`), `IncrementalLinter` gives what a lint from scratch gives. Counts the update paths taken in
 * `paths`.
 */
export function checkIncremental(
  text: string,
  session: readonly EditSpec[],
  paths: Partial<Record<UpdateKind, number>>,
  beat?: Heartbeat,
): void {
  const changes: SessionChange[] = [];
  const limit = sessionLimit(text.length);
  let current = text;
  for (const spec of session) {
    for (const c of editChanges(current, spec)) {
      if (changes.length === limit) break;
      changes.push({ ...c, give: spec.give });
      current = applyChange(current, c);
    }
  }
  replayIncremental(text, changes, paths, beat);
}

/** Check 4 for a list of changes (as a failure records them). */
export function replayIncremental(
  text: string,
  changes: readonly SessionChange[],
  paths: Partial<Record<UpdateKind, number>> = {},
  beat?: Heartbeat,
): void {
  // The text as an edit of an empty document (below the largest edit window, parsed in one go
  // instead of in chunks), then the session's changes.
  const linter = new IncrementalLinter();
  linter.lintFull('');
  beat?.('update from empty');
  const detail = (n: number): unknown => ({ changes: changes.slice(0, n) });
  const first = as('incremental', 'update from empty', () => linter.update(text), detail(0));
  beat?.('lint');
  const want = as('throws', 'lint', () => lint(text));
  if (!sameResult(first, want)) {
    throw new CheckFailure(
      'incremental',
      `update from empty ≠ lint: ${firstDifference(first, want)}`,
      detail(0),
    );
  }
  let current = text;
  changes.forEach(({ give, ...c }, i) => {
    const next = applyChange(current, c);
    const step = `change ${i + 1} of ${changes.length} ${JSON.stringify(c).slice(0, 120)}`;
    beat?.(`update ${i + 1}`);
    const got = as(
      'incremental',
      `update after ${step}`,
      () => linter.update(next, give ? c : undefined),
      detail(i + 1),
    );
    paths[linter.lastUpdate] = (paths[linter.lastUpdate] ?? 0) + 1;
    beat?.(`lint ${i + 1}`);
    const full = as('throws', `lint after ${step}`, () => lint(next), detail(i + 1));
    if (!sameResult(got, full)) {
      throw new CheckFailure(
        'incremental',
        `after ${step} (${linter.lastUpdate}): ${firstDifference(got, full)}`,
        detail(i + 1),
      );
    }
    current = next;
  });
}
