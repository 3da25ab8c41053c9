// Runs lints on a worker thread (dist/lint-worker.js), so a caller such as the extension host
// never blocks on a long lint: a 1 MB document takes seconds to lint in full.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LintOptions, LintResult } from '../core';
import type { TextChange } from '../core/incremental';
import type { WorkerRequest, WorkerResponse } from './lint-worker';

export interface LintWorkerOptions {
  /** The bundled worker script; by default `lint-worker.js` next to this bundle. */
  workerPath?: string;
}

/** A request without the id the client adds. */
type Request = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  resolve: (result: LintResult) => void;
  reject: (error: Error) => void;
}

/** The default worker script: `lint-worker.js` beside the bundle that holds this client. */
export function defaultWorkerPath(): string {
  return path.join(__dirname, 'lint-worker.js');
}

/**
 * Lints on a worker thread. The worker starts on first use and again after it dies; a request
 * in flight when it dies is rejected. Results come back in request order.
 */
export class LintWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;
  /** Whether the last result came from an incremental update (for diagnostics and benchmarks). */
  lastIncremental = false;

  constructor(private readonly options: LintWorkerOptions = {}) {}

  /** Lint a text. With a `key`, the worker keeps the document so `update` can be incremental. */
  lint(text: string, options: LintOptions = {}, key?: string): Promise<LintResult> {
    return this.request({ type: 'lint', text, options, key });
  }

  /**
   * Lint a document's new text. `change` (in the previous text's offsets) is optional; the worker
   * checks it. An unknown key, or other options, gives a full lint that starts a new document.
   */
  update(
    key: string,
    text: string,
    change?: TextChange,
    options: LintOptions = {},
  ): Promise<LintResult> {
    return this.request({ type: 'update', key, text, change, options });
  }

  /** Forget a document's state. */
  close(key: string): void {
    if (this.worker) this.post({ type: 'close', key, id: 0 });
  }

  /** Stop the worker; requests in flight are rejected. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('The lint worker was disposed.'));
    if (worker) await worker.terminate();
  }

  private request(request: Request): Promise<LintResult> {
    if (this.disposed) return Promise.reject(new Error('The lint worker was disposed.'));
    const id = this.nextId++;
    return new Promise<LintResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      try {
        this.post({ ...request, id });
      } catch (error) {
        this.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private post(message: WorkerRequest): void {
    const worker = this.start();
    worker.ref();
    worker.postMessage(message);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerPath ?? defaultWorkerPath());
    worker.on('message', (response: WorkerResponse) => this.settle(response));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) =>
      this.crashed(worker, new Error(`The lint worker stopped (exit code ${code}).`)),
    );
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) this.worker?.unref();
    if ('error' in response) pending.reject(new Error(response.error));
    else {
      this.lastIncremental = response.incremental;
      pending.resolve(response.result);
    }
  }

  private crashed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }
}
