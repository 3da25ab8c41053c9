// The lint worker in the browser (dist/web/lint-worker.js): a web worker that the web extension
// host starts (src/web/worker-client.ts). src/worker/handler.ts answers each request, as on a
// Node worker thread; only the port differs.
import { createHandler, type WorkerRequest, type WorkerResponse } from '../worker/handler';

/** The worker's global scope, as far as it is used here (no DOM types in this project). */
const scope = globalThis as unknown as {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(response: WorkerResponse): void;
};

const handle = createHandler();

scope.onmessage = (event) => {
  const response = handle(event.data);
  if (response) scope.postMessage(response);
};
