// The lint worker's requests and their handling, the same on every platform: the engine runs on
// a worker, so the thread that asks (the extension host) only posts messages. The worker scripts
// only wire this to their port: src/node/lint-worker.ts (worker_threads, dist/lint-worker.js)
// and src/web/lint-worker.ts (a web worker, dist/web/lint-worker.js); see client.ts.
//
// The worker keeps each open document's text, so after the first lint the client sends only the
// edits (`edit`), and a large text can arrive in pieces (`append`, then `update` without text):
// the asking thread never copies a whole large document in one go.
import { lint, type LintOptions, type LintResult } from '../core';
import { IncrementalLinter, applyChange, type TextChange } from '../core/incremental';

/** A request from the client. `key` names a document whose state is kept for `update`/`edit`. */
export type WorkerRequest =
  | { id: number; type: 'lint'; text: string; options: LintOptions; key?: string }
  | {
      id: number;
      type: 'update';
      key: string;
      /** The new text; without it, the pieces sent by `append` since the last request… */
      text?: string;
      /** …whose length is this (a check that none was lost). */
      length?: number;
      change?: TextChange;
      options: LintOptions;
    }
  /** A piece of the next `update`'s text (no reply). */
  | { id: number; type: 'append'; key: string; text: string }
  /**
   * The document's edits since the last request for it, applied in order (as VS Code applies
   * one event's content changes); `length` is the resulting text's length, as a check.
   */
  | {
      id: number;
      type: 'edit';
      key: string;
      changes: TextChange[];
      length: number;
      options: LintOptions;
    }
  | { id: number; type: 'close'; key: string };

export type WorkerResponse =
  | { id: number; result: LintResult; incremental: boolean }
  /**
   * The worker does not hold the text the client thinks (an `edit` for a document it lacks, or
   * pieces that did not all arrive): send the whole text.
   */
  | { id: number; resync: true }
  | { id: number; error: string };

interface Document {
  linter: IncrementalLinter;
  /** The options as JSON: other options need a new linter. */
  options: string;
  text: string;
}

/** Apply changes in order; undefined when one does not fit the text. */
function applied(text: string, changes: readonly TextChange[]): string | undefined {
  let out = text;
  for (const c of changes) {
    const next = applyChange(out, c);
    if (next === undefined) return undefined;
    out = next;
  }
  return out;
}

/**
 * A worker's state and its handling of requests: each worker has its own (a worker that was
 * stopped and started again, or the engine run in the asking thread, starts with no documents).
 */
export function createHandler(): (request: WorkerRequest) => WorkerResponse | undefined {
  const documents = new Map<string, Document>();
  /** Pieces of a text on its way (`append`), per document. */
  const pieces = new Map<string, string[]>();

  /** Lint a document's new text, incrementally when it is known with the same options. */
  function updated(key: string, text: string, options: LintOptions, change?: TextChange) {
    const doc = documents.get(key);
    const json = JSON.stringify(options);
    if (!doc || doc.options !== json) {
      const linter = new IncrementalLinter(options);
      documents.set(key, { linter, options: json, text });
      return { result: linter.lintFull(text), incremental: false };
    }
    const result = doc.linter.update(text, change);
    doc.text = text;
    return { result, incremental: doc.linter.lastUpdate !== 'full' };
  }

  /** Handle one request (the worker calls it for every message). */
  return function handle(request: WorkerRequest): WorkerResponse | undefined {
    const { id } = request;
    try {
      switch (request.type) {
        case 'lint': {
          if (request.key === undefined) {
            return { id, result: lint(request.text, request.options), incremental: false };
          }
          documents.delete(request.key);
          return { id, ...updated(request.key, request.text, request.options) };
        }
        case 'append': {
          const list = pieces.get(request.key);
          if (list) list.push(request.text);
          else pieces.set(request.key, [request.text]);
          return undefined;
        }
        case 'update': {
          const text = request.text ?? (pieces.get(request.key) ?? []).join('');
          pieces.delete(request.key);
          if (request.text === undefined && text.length !== request.length) {
            documents.delete(request.key);
            return { id, resync: true };
          }
          return { id, ...updated(request.key, text, request.options, request.change) };
        }
        case 'edit': {
          const doc = documents.get(request.key);
          const text = doc && applied(doc.text, request.changes);
          if (text === undefined || text.length !== request.length) {
            documents.delete(request.key);
            return { id, resync: true };
          }
          const change = request.changes.length === 1 ? request.changes[0] : undefined;
          return { id, ...updated(request.key, text, request.options, change) };
        }
        case 'close':
          documents.delete(request.key);
          pieces.delete(request.key);
          return undefined;
      }
    } catch (error) {
      return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  };
}
