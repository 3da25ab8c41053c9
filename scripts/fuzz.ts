// `npm run fuzz -- --count N --seed S`: lints N documents (generated Markdown, markup soup, any
// text, mutations of the shared corpora) on worker threads and checks, for each: lint never
// throws and is deterministic; every range agrees with the text; every quick fix removes its
// finding; incremental linting after random edits equals a full lint; and how long linting takes.
// A worker that does not answer within the watchdog limit is replaced and its document reported.
// Failures go to <out>/failures/<seed>-<index>.{md,json}; `--replay <json>` runs one again.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { buildFuzzWorker } from './bundle';
import { CORPORA, markdownFiles } from './corpus-documents';
import { DocumentSource, type FuzzDocument } from '../test/fuzz/documents';
import { minimise } from '../test/fuzz/minimise';
import { FuzzReport } from '../test/fuzz/report';
import { runJob, type FuzzFailure, type FuzzJob, type FuzzMessage } from '../test/fuzz/worker';

const ROOT = path.resolve(__dirname, '..');

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    'budget-ms': { type: 'string', default: '2000' },
    'strict-time': { type: 'boolean', default: false },
    'watchdog-ms': { type: 'string', default: '20000' },
    jobs: { type: 'string', default: '1' },
    'max-fixes': { type: 'string', default: '8' },
    out: { type: 'string', default: path.join(ROOT, '.fuzz') },
    corpora: { type: 'string', default: CORPORA },
    replay: { type: 'string' },
    minimise: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

function number(name: keyof typeof values, min: number): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

const log = (s: string): void => void process.stderr.write(`${s}\n`);

/**
 * Run one recorded failure again, in this thread, and print what fails now; with `--minimise`,
 * shrink the document for the recorded failure and write it beside the record (`.min.json`).
 */
function replay(file: string): number {
  const record = JSON.parse(readFileSync(file, 'utf8')) as FuzzJob & { failures: FuzzFailure[] };
  const outcome = runJob({ ...record, id: 0 });
  for (const f of outcome.failures) log(`${f.check}: ${f.message}`);
  log(outcome.failures.length ? `${outcome.failures.length} failure(s)` : 'passes now');
  if (values.minimise && record.failures[0]) {
    const small = minimise(record.text, record.failures[0]);
    writeFileSync(file.replace(/\.json$/, '.min.json'), `${JSON.stringify(small, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(small)}\n`);
  }
  return outcome.failures.length ? 1 : 0;
}

interface Slot {
  worker: Worker;
  job?: { index: number; doc: FuzzDocument; phase: string; timer: NodeJS.Timeout };
}

async function main(): Promise<number> {
  if (values.replay) return replay(values.replay);
  const count = number('count', 0);
  const seed = values.seed !== undefined ? number('seed', 0) : Math.floor(Math.random() * 2 ** 31);
  const budgetMs = number('budget-ms', 1);
  const watchdogMs = number('watchdog-ms', 1);
  const jobs = number('jobs', 1);
  const maxFixes = number('max-fixes', 0);
  const out = path.resolve(values.out);
  const failuresDir = path.join(out, 'failures');

  const corpora = path.resolve(values.corpora);
  const files = existsSync(corpora) ? markdownFiles(corpora).sort() : [];
  if (files.length === 0) log(`fuzz: no corpora at ${corpora}: generated documents only`);
  const source = new DocumentSource(seed, corpora, files);
  const report = new FuzzReport(seed, count, budgetMs);
  log(
    `fuzz: seed ${seed}, ${count} documents, ${jobs} worker(s), ${files.length} corpus files, ` +
      `budget ${budgetMs} ms${values['strict-time'] ? ' (strict)' : ''}, watchdog ${watchdogMs} ms`,
  );

  const dir = mkdtempSync(path.join(tmpdir(), 'uxcx-fuzz-'));
  const workerPath = path.join(dir, 'fuzz-worker.js');
  buildFuzzWorker(workerPath);

  const jobFor = (index: number, doc: FuzzDocument): FuzzJob => {
    const { text, session, fixSeed } = doc;
    return { id: index, text, session, fixSeed, maxFixes };
  };

  /** Write a failed document and what failed (the JSON replays it: `--replay`). */
  const record = (index: number, doc: FuzzDocument, failures: FuzzFailure[], lintMs = 0): void => {
    report.fail(index, doc, failures);
    mkdirSync(failuresDir, { recursive: true });
    const name = path.join(failuresDir, `${seed}-${index}`);
    writeFileSync(`${name}.md`, doc.text);
    const { id: _, ...job } = jobFor(index, doc);
    const json = { seed, index, source: doc.source, lintMs, failures, ...job };
    writeFileSync(`${name}.json`, `${JSON.stringify(json, null, 2)}\n`);
  };

  let next = 0;
  let running = 0;
  const started = performance.now();
  let lastProgress = started;
  const slots: Slot[] = [];
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));

  const dispatch = (slot: Slot): void => {
    if (next >= count) {
      if (running === 0) finish();
      return;
    }
    const index = next++;
    const doc = source.document(index);
    const timer = setTimeout(() => hung(slot), watchdogMs);
    slot.job = { index, doc, phase: 'start', timer };
    running++;
    slot.worker.postMessage(jobFor(index, doc));
  };

  const settle = (slot: Slot): NonNullable<Slot['job']> => {
    const job = slot.job!;
    clearTimeout(job.timer);
    slot.job = undefined;
    running--;
    return job;
  };

  const start = (slot: Slot): void => {
    const worker = new Worker(workerPath, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    slot.worker = worker;
    worker.on('message', (m: FuzzMessage) => {
      const job = slot.job;
      if (!job || m.id !== job.index) return;
      if (m.type === 'phase') {
        job.phase = m.phase;
        job.timer.refresh();
        return;
      }
      settle(slot);
      const { outcome } = m;
      const failures = [...outcome.failures];
      if (outcome.lintMs > budgetMs && values['strict-time']) {
        failures.push({
          check: 'time',
          message: `lint took ${Math.round(outcome.lintMs)} ms (budget ${budgetMs} ms)`,
        });
      }
      report.add(job.index, job.doc, outcome);
      if (failures.length) record(job.index, job.doc, failures, outcome.lintMs);
      progress();
      dispatch(slot);
    });
    worker.on('error', (error) => {
      // The worker died (out of memory, say): its document fails, a new worker goes on.
      if (slot.worker !== worker) return;
      const job = slot.job && settle(slot);
      if (job) report.add(job.index, job.doc);
      if (job)
        record(job.index, job.doc, [
          {
            check: 'throws',
            message: `worker died in ${job.phase}: ${error.stack ?? error.message}`,
          },
        ]);
      start(slot);
      dispatch(slot);
    });
  };

  const hung = (slot: Slot): void => {
    const job = settle(slot);
    const old = slot.worker;
    report.add(job.index, job.doc);
    record(job.index, job.doc, [
      {
        check: 'watchdog',
        message: `no answer within ${watchdogMs} ms, in ${job.phase}; worker replaced`,
      },
    ]);
    start(slot);
    void old.terminate();
    dispatch(slot);
  };

  const progress = (): void => {
    const now = performance.now();
    if (values.quiet || now - lastProgress < 15_000) return;
    lastProgress = now;
    const n = report.documents;
    log(
      `fuzz: ${n}/${count} documents, ${report.failures} failed, ${((n * 1000) / (now - started)).toFixed(1)} docs/s`,
    );
  };

  for (let i = 0; i < jobs; i++) {
    const slot = {} as Slot;
    slots.push(slot);
    start(slot);
  }
  for (const slot of slots) dispatch(slot);
  await done;
  await Promise.all(slots.map((s) => s.worker.terminate()));
  rmSync(dir, { recursive: true, force: true });

  const elapsedMs = performance.now() - started;
  process.stdout.write(report.summary(elapsedMs, failuresDir));
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, `summary-${seed}.json`),
    `${JSON.stringify(report.json(elapsedMs), null, 2)}\n`,
  );
  return report.failures > 0 || (values['strict-time'] && report.overBudget.length > 0) ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
