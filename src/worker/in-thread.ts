// The engine in the asking thread, behind the worker protocol: for a host that cannot start a
// worker (src/web/worker-client.ts falls back to it). Each request is answered in a later turn,
// from a copy, as a worker would receive it; stopping it drops what it held. A long lint then
// holds up the thread, and the client's time limit cannot stop it.
import type { WorkerEvents, WorkerPort } from './client';
import { createHandler, type WorkerRequest } from './handler';

export function startInThread(events: WorkerEvents): WorkerPort {
  const handle = createHandler();
  let stopped = false;
  return {
    postMessage(message: WorkerRequest) {
      const request = structuredClone(message);
      setTimeout(() => {
        if (stopped) return;
        const response = handle(request);
        if (response) events.message(structuredClone(response));
      }, 0);
    },
    terminate() {
      stopped = true;
    },
  };
}
