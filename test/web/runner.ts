// Runs the web suite with mocha's browser build inside the browser's extension host (a web
// worker: no Node, no require of files) and reports the result through workspace.fs to the
// harness (test/web/harness.ts). The result has the shape of test/integration/runner.ts's.
import 'mocha/mocha';
import { Recorder } from '../integration/results';
import { writeResults } from './harness';

/**
 * Runs mocha (bdd, 60 s per test) on the tests `load` pulls in (after mocha has put describe/it
 * on the global object) and reports the result. Rejects when any test failed.
 */
export async function runWebSuite(load: () => Promise<unknown>): Promise<void> {
  const recorder = new Recorder();
  try {
    mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
    await load();
    await new Promise<void>((resolve) => {
      // Mocha's own run: the browser build's mocha.run reads the page's location (to grep by the
      // URL's query), which the extension host's worker does not give it.
      const MochaClass = (globalThis as unknown as { Mocha: typeof Mocha }).Mocha;
      recorder.listen(MochaClass.prototype.run.call(mocha, () => resolve()));
    });
  } catch (err) {
    await writeResults(recorder.results(err));
    throw err;
  }
  await writeResults(recorder.results());
  if (recorder.failures > 0) throw new Error(`${recorder.failures} web test(s) failed`);
}
