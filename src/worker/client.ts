// Runs lints on a worker (src/worker/handler.ts behind a port), so a caller such as the extension
// host never blocks on a long lint: a 1 MB document takes seconds to lint in full. The client is
// the same on every platform; how a worker is started is not: a Node worker thread
// (src/node/worker-client.ts) or a web worker (src/web/worker-client.ts).
import type { LintOptions, LintResult } from '../core';
import type { TextChange } from '../core/incremental';
import type { WorkerRequest, WorkerResponse } from './handler';

/** A started worker, as the client uses it. */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  /** Stop it (a lint under way cannot be interrupted, only the worker stopped). */
  terminate(): unknown;
  /** Node: let the process exit while nothing is awaited (`unref`), or not (`ref`). */
  ref?(): void;
  unref?(): void;
}

/** What a started worker tells the client. */
export interface WorkerEvents {
  message(response: WorkerResponse): void;
  /** It failed or stopped on its own: the requests in flight are lost. */
  failed(error: Error): void;
}

/** Starts a worker; called on first use and again after the worker died or was stopped. */
export type StartWorker = (events: WorkerEvents) => WorkerPort;

export interface LintWorkerOptions {
  /** Texts longer than this many characters are sent in pieces of this size (default 256 Ki). */
  pieceLength?: number;
  /**
   * How long the worker may go without answering a request before it is stopped and replaced
   * (default 20 s). The engine reads every input within its read budget (about 2 s for 1 MB);
   * this is the safety net for what the budget does not foresee.
   */
  timeoutMs?: number;
}

/** The default for `LintWorkerOptions.timeoutMs`. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * The rejection of the requests in flight when the worker ran past its time limit: the worker was
 * stopped and is replaced on the next request (which starts without the documents it held).
 */
export class LintTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The lint worker did not answer within ${timeoutMs / 1000} s; it was stopped.`);
    this.name = 'LintTimeoutError';
  }
}

/** Thrown (as the rejection) when the worker lost a text on its way: send it again. */
export class ResyncError extends Error {
  constructor() {
    super('The lint worker does not hold the text the client expected; send the whole text.');
    this.name = 'ResyncError';
  }
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

/** A turn of the event loop (setImmediate where there is one: Node; else a timer). */
const nextTurn = (): Promise<void> =>
  new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

/**
 * Lints on a worker. The worker starts on first use and again after it dies; a request in flight
 * when it dies is rejected. Results come back in request order.
 */
export class LintClient {
  private worker: WorkerPort | undefined;
  private nextId = 1;
  /** Keys for texts linted once (in pieces), each its own. */
  private onceId = 0;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;
  /** Per document, the posting in progress (pieces of a long text): later posts wait for it. */
  private readonly posting = new Map<string, Promise<unknown>>();
  /** Whether the last result came from an incremental update (for diagnostics and benchmarks). */
  lastIncremental = false;
  /** Runs while requests are pending; restarted at each answer. */
  private watchdog: ReturnType<typeof setTimeout> | undefined;
  /** How many times the worker was stopped for running past its time limit. */
  timeouts = 0;

  constructor(
    private readonly startWorker: StartWorker,
    private readonly options: LintWorkerOptions = {},
  ) {}

  /** Lint a text. With a `key`, the worker keeps the document so `update` can be incremental. */
  lint(text: string, options: LintOptions = {}, key?: string): Promise<LintResult> {
    if (key === undefined) {
      if (text.length <= this.pieceLength()) return this.request({ type: 'lint', text, options });
      // A long text goes in pieces, under a key of its own that is dropped after.
      const once = `\u0000once-${++this.onceId}`;
      const result = this.update(once, text, undefined, options);
      this.close(once);
      return result;
    }
    return this.inOrder(key, () => ({ reply: this.request({ type: 'lint', text, options, key }) }));
  }

  /**
   * Lint a document's new text. `change` (in the previous text's offsets) is optional; the worker
   * checks it. An unknown key, or other options, gives a full lint that starts a new document.
   * A long text goes in pieces, a turn of the event loop apart, so no single post copies it all.
   */
  update(
    key: string,
    text: string,
    change?: TextChange,
    options: LintOptions = {},
  ): Promise<LintResult> {
    const pieceLength = this.pieceLength();
    if (text.length <= pieceLength) {
      return this.inOrder(key, () => ({
        reply: this.request({ type: 'update', key, text, change, options }),
      }));
    }
    return this.inOrder(key, async () => {
      for (let at = 0; at < text.length; at += pieceLength) {
        this.post({ type: 'append', key, text: text.slice(at, at + pieceLength), id: 0 });
        await nextTurn();
      }
      return { reply: this.request({ type: 'update', key, length: text.length, change, options }) };
    });
  }

  /**
   * Lint a document after `changes` (applied in order to the text the worker holds for `key`).
   * Rejects with a ResyncError when the worker does not hold that text (it restarted, or never
   * had it): then send the whole text with `update`.
   */
  edit(
    key: string,
    changes: TextChange[],
    length: number,
    options: LintOptions = {},
  ): Promise<LintResult> {
    return this.inOrder(key, () => ({
      reply: this.request({ type: 'edit', key, changes, length, options }),
    }));
  }

  /** Forget a document's state. */
  close(key: string): void {
    void this.inOrder(key, () => {
      if (this.worker) this.post({ type: 'close', key, id: 0 });
      return { reply: Promise.resolve() };
    });
  }

  /** Stop the worker; requests in flight are rejected. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('The lint worker was disposed.'));
    if (worker) await worker.terminate();
  }

  /**
   * Run `send` (which posts, then gives the reply to wait for) after the posts already under way
   * for `key`: pieces of one text never interleave with another request's. Replies are not awaited.
   */
  private inOrder<T>(
    key: string,
    send: () => Promise<{ reply: Promise<T> }> | { reply: Promise<T> },
  ): Promise<T> {
    const before = this.posting.get(key);
    // With nothing under way, post now (an async function runs up to its first await at once).
    const posted = before ? before.then(send) : (async () => send())();
    const settled = posted.then(
      () => undefined,
      () => undefined,
    );
    this.posting.set(key, settled);
    void settled.then(() => {
      if (this.posting.get(key) === settled) this.posting.delete(key);
    });
    return posted.then((p) => p.reply);
  }

  private pieceLength(): number {
    return this.options.pieceLength ?? 256 * 1024;
  }

  private request(request: Request): Promise<LintResult> {
    if (this.disposed) return Promise.reject(new Error('The lint worker was disposed.'));
    const id = this.nextId++;
    return new Promise<LintResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (!this.watchdog) this.watch();
      try {
        this.post({ ...request, id });
        // A reply is awaited: the worker keeps the process alive until it comes.
        this.worker?.ref?.();
      } catch (error) {
        this.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  private post(message: WorkerRequest): void {
    this.start().postMessage(message);
  }

  private start(): WorkerPort {
    if (this.worker) return this.worker;
    const worker: WorkerPort = this.startWorker({
      message: (response) => this.settle(response),
      failed: (error) => this.crashed(worker, error),
    });
    worker.unref?.();
    this.worker = worker;
    return worker;
  }

  /** (Re)start the watchdog for the requests pending; none pending, none running. */
  private watch(): void {
    clearTimeout(this.watchdog);
    this.watchdog = undefined;
    if (this.pending.size === 0) return;
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.watchdog = setTimeout(() => {
      this.watchdog = undefined;
      const worker = this.worker;
      if (!worker || this.pending.size === 0) return;
      // Stop it: a worker cannot be interrupted in the middle of a lint, only replaced.
      this.timeouts++;
      this.worker = undefined;
      this.failAll(new LintTimeoutError(timeoutMs));
      void worker.terminate();
    }, timeoutMs);
    this.watchdog.unref?.();
  }

  private settle(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    this.watch();
    if (this.pending.size === 0) this.worker?.unref?.();
    if ('error' in response) pending.reject(new Error(response.error));
    else if ('resync' in response) pending.reject(new ResyncError());
    else {
      this.lastIncremental = response.incremental;
      pending.resolve(response.result);
    }
  }

  private crashed(worker: WorkerPort, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.watch();
    for (const p of pending) p.reject(error);
  }
}
