// The lint worker on a Node worker thread (dist/lint-worker.js): src/worker/handler.ts answers
// each request; this only wires it to the thread's port. See src/node/worker-client.ts.
import { parentPort } from 'node:worker_threads';
import { createHandler, type WorkerRequest } from '../worker/handler';

export type { WorkerRequest, WorkerResponse } from '../worker/handler';

const handle = createHandler();

parentPort?.on('message', (request: WorkerRequest) => {
  const response = handle(request);
  if (response) parentPort?.postMessage(response);
});
