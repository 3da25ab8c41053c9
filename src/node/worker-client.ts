// Lints on a Node worker thread (dist/lint-worker.js): the client of src/worker/client.ts with a
// worker_threads worker. The CLI, the desktop extension, the benchmarks and the tests use it.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  LintClient,
  type LintWorkerOptions as ClientOptions,
  type WorkerEvents,
  type WorkerPort,
} from '../worker/client';
import type { WorkerResponse } from '../worker/handler';

export { DEFAULT_TIMEOUT_MS, LintTimeoutError, ResyncError } from '../worker/client';

export interface LintWorkerOptions extends ClientOptions {
  /** The bundled worker script; by default `lint-worker.js` next to this bundle. */
  workerPath?: string;
}

/** The default worker script: `lint-worker.js` beside the bundle that holds this client. */
export function defaultWorkerPath(): string {
  return path.join(__dirname, 'lint-worker.js');
}

/** Starts the worker script on a worker thread. */
function startThread(workerPath: string, events: WorkerEvents): WorkerPort {
  const worker = new Worker(workerPath);
  worker.on('message', (response: WorkerResponse) => events.message(response));
  worker.on('error', (error) => events.failed(error));
  worker.on('exit', (code) =>
    events.failed(new Error(`The lint worker stopped (exit code ${code}).`)),
  );
  return worker;
}

/**
 * Lints on a worker thread. The worker starts on first use and again after it dies; a request
 * in flight when it dies is rejected. Results come back in request order.
 */
export class LintWorker extends LintClient {
  constructor(options: LintWorkerOptions = {}) {
    const workerPath = options.workerPath ?? defaultWorkerPath();
    super((events) => startThread(workerPath, events), options);
  }
}
