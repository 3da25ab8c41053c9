// The lint worker: runs the engine on a worker thread, so the thread that asks (the extension
// host) only posts messages. Bundled as its own entry (dist/lint-worker.js); see worker-client.ts.
import { parentPort } from 'node:worker_threads';
import { lint, type LintOptions, type LintResult } from '../core';
import { IncrementalLinter, type TextChange } from '../core/incremental';

/** A request from the client. `key` names a document whose state is kept for `update`. */
export type WorkerRequest =
  | { id: number; type: 'lint'; text: string; options: LintOptions; key?: string }
  | {
      id: number;
      type: 'update';
      key: string;
      text: string;
      change?: TextChange;
      options: LintOptions;
    }
  | { id: number; type: 'close'; key: string };

export type WorkerResponse =
  { id: number; result: LintResult; incremental: boolean } | { id: number; error: string };

interface Document {
  linter: IncrementalLinter;
  /** The options as JSON: other options need a new linter. */
  options: string;
}

const documents = new Map<string, Document>();

function open(key: string, options: LintOptions): Document {
  const doc = { linter: new IncrementalLinter(options), options: JSON.stringify(options) };
  documents.set(key, doc);
  return doc;
}

/** Handle one request (exported for tests; the worker calls it for every message). */
export function handle(request: WorkerRequest): WorkerResponse | undefined {
  const { id } = request;
  try {
    switch (request.type) {
      case 'lint': {
        if (request.key === undefined) {
          return { id, result: lint(request.text, request.options), incremental: false };
        }
        const result = open(request.key, request.options).linter.lintFull(request.text);
        return { id, result, incremental: false };
      }
      case 'update': {
        let doc = documents.get(request.key);
        if (!doc || doc.options !== JSON.stringify(request.options)) {
          doc = open(request.key, request.options);
          return { id, result: doc.linter.lintFull(request.text), incremental: false };
        }
        const result = doc.linter.update(request.text, request.change);
        return { id, result, incremental: doc.linter.lastUpdate !== 'full' };
      }
      case 'close':
        documents.delete(request.key);
        return undefined;
    }
  } catch (error) {
    return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  const response = handle(request);
  if (response) parentPort?.postMessage(response);
});
