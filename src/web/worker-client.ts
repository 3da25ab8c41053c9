// Where the engine runs in the browser: a web worker (dist/web/lint-worker.js) started from the
// web extension host, which is itself a web worker. The extension's files may live where a
// worker cannot be started from (code-server serves them as vscode-remote: URIs, which VS Code's
// worker refuses), so the script is read through workspace.fs and started from a blob: URL;
// files on http(s) (vscode.dev) are started from their URL as they are. Where no worker can be
// started at all, the engine runs in the extension host's own thread (off the window's thread,
// but a long lint then delays the extension's other work, and has no time limit).
import * as vscode from 'vscode';
import {
  LintClient,
  type LintWorkerOptions,
  type WorkerEvents,
  type WorkerPort,
} from '../worker/client';
import type { EngineHost } from '../extension/api';
import type { WorkerResponse } from '../worker/handler';
import { startInThread } from '../worker/in-thread';

/** The web platform's Worker, as far as it is used here (no DOM types in this project). */
interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
}
type WorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

interface WebGlobals {
  Worker?: WorkerConstructor;
  Blob: new (parts: unknown[], options?: { type?: string }) => unknown;
  URL: { createObjectURL(blob: unknown): string };
}

const web = globalThis as unknown as WebGlobals;

/** How long the first answer of a new worker may take before the engine runs in the host. */
const START_TIMEOUT_MS = 15_000;

function startWebWorker(Worker: WorkerConstructor, url: string, events: WorkerEvents): WorkerPort {
  const worker = new Worker(url, { name: 'uxcx-lint engine' });
  worker.onmessage = (event) => events.message(event.data as WorkerResponse);
  worker.onerror = (event) => {
    event.preventDefault?.();
    events.failed(new Error(`The lint worker failed: ${event.message ?? 'unknown error'}`));
  };
  return worker;
}

/** The URL to start the worker script from. */
async function workerScriptUrl(extensionUri: vscode.Uri): Promise<string> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'lint-worker.js');
  if (script.scheme === 'http' || script.scheme === 'https') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return web.URL.createObjectURL(new web.Blob([bytes], { type: 'text/javascript' }));
}

/** Whether a new client answers a lint within the time limit. */
async function answers(client: LintClient): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), START_TIMEOUT_MS);
  });
  const answered = client.lint('# uxcx-lint\n').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The lint backend for the web extension: a web worker when one starts and answers, else the
 * engine in the extension host. `log` is told which, and why.
 */
export async function startWebBackend(
  extensionUri: vscode.Uri,
  log: (message: string) => void,
  options: LintWorkerOptions = {},
): Promise<{ client: LintClient; host: EngineHost }> {
  const Worker = web.Worker;
  if (Worker) {
    try {
      const url = await workerScriptUrl(extensionUri);
      const client = new LintClient((events) => startWebWorker(Worker, url, events), options);
      if (await answers(client)) return { client, host: 'web worker' };
      void client.dispose();
      log('The lint worker did not answer; linting in the extension host instead.');
    } catch (error) {
      log(
        `The lint worker could not be started (${String(error)}); linting in the extension host instead.`,
      );
    }
  } else {
    log('This extension host cannot start workers; linting in the extension host instead.');
  }
  return { client: new LintClient(startInThread, options), host: 'extension host' };
}
