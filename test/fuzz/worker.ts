// The fuzzer's worker thread: runs every check on the documents the main thread sends, and says
// before each lint what it is doing, so the main thread can replace it when a lint hangs.
// Bundled by scripts/bundle.ts (buildFuzzWorker), as the lint worker is.
import { parentPort } from 'node:worker_threads';
import type { UpdateKind } from '../../src/core/incremental';
import {
  CheckFailure,
  checkFix,
  checkIncremental,
  checkLint,
  chooseFixes,
  random,
  type CheckName,
  type Heartbeat,
} from './checks';
import type { EditSpec } from './mutations';

export interface FuzzJob {
  id: number;
  text: string;
  session: EditSpec[];
  /** Seeds the choice of fixes. */
  fixSeed: number;
  maxFixes: number;
}

export interface FuzzFailure {
  check: CheckName;
  message: string;
  detail?: unknown;
}

export interface FuzzOutcome {
  /** Milliseconds of the document's first lint. */
  lintMs: number;
  findings: number;
  problems: number;
  fixes: Record<string, number>;
  paths: Partial<Record<UpdateKind, number>>;
  failures: FuzzFailure[];
}

export type FuzzMessage =
  { id: number; type: 'phase'; phase: string } | { id: number; type: 'done'; outcome: FuzzOutcome };

function failure(error: unknown): FuzzFailure {
  if (error instanceof CheckFailure) {
    return { check: error.check, message: error.message, detail: error.detail };
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { check: 'throws', message: `the fuzzer itself: ${message}` };
}

/** Run every check on one document; failures are collected, not thrown. */
export function runJob(job: FuzzJob, beat?: Heartbeat): FuzzOutcome {
  const outcome: FuzzOutcome = {
    lintMs: 0,
    findings: 0,
    problems: 0,
    fixes: {},
    paths: {},
    failures: [],
  };
  let linted;
  try {
    linted = checkLint(job.text, beat);
  } catch (error) {
    outcome.failures.push(failure(error));
    if (!(error instanceof CheckFailure) || error.check === 'throws') return outcome;
  }
  if (linted) {
    const { result, ms } = linted;
    outcome.lintMs = ms;
    outcome.findings = result.findings.length;
    outcome.problems = result.problems.length;
    for (const [finding, fix] of chooseFixes(result.findings, job.maxFixes, random(job.fixSeed))) {
      try {
        checkFix(job.text, finding, fix, beat, result);
        outcome.fixes[fix.kind] = (outcome.fixes[fix.kind] ?? 0) + 1;
      } catch (error) {
        outcome.failures.push(failure(error));
      }
    }
  }
  try {
    checkIncremental(job.text, job.session, outcome.paths, beat);
  } catch (error) {
    outcome.failures.push(failure(error));
  }
  return outcome;
}

parentPort?.on('message', (job: FuzzJob) => {
  const beat: Heartbeat = (phase) => parentPort?.postMessage({ id: job.id, type: 'phase', phase });
  const outcome = runJob(job, beat);
  parentPort?.postMessage({ id: job.id, type: 'done', outcome } satisfies FuzzMessage);
});
