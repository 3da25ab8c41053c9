// Runs the integration tests with mocha inside the extension host and reports the result
// to the harness (scripts/vscode-tests/) through the file named by UXCX_TEST_RESULTS.
// Mocha stays external in the bundle (esbuild.js), so it is loaded from node_modules.
import Mocha from 'mocha';
import { rename, writeFile } from 'node:fs/promises';
import { Recorder, type SuiteResults } from './results';

export type { SuiteResults, TestResult } from './results';

async function report(results: SuiteResults): Promise<void> {
  const file = process.env.UXCX_TEST_RESULTS;
  if (!file) return;
  // Write then rename, so the harness never reads half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(results, null, 2));
  await rename(tmp, file);
}

/**
 * Runs mocha (bdd, 60 s per test, no colours) on `files` and reports the result.
 *
 * `load` is for suites bundled into one file: it runs after mocha has put
 * `describe`/`it` on the global object, so it can pull the test modules in with
 * `() => import('./diagnostics.test')` (esbuild keeps a dynamic import lazy).
 *
 * Resolves when all tests passed; rejects when any failed, so `@vscode/test-electron`
 * reports the failure too.
 */
export async function runMochaSuite(files: string[], load?: () => unknown): Promise<void> {
  // UXCX_TEST_GREP runs only the tests whose full title matches (for working on one test).
  const grep = process.env.UXCX_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, ...(grep ? { grep } : {}) });
  const recorder = new Recorder();
  try {
    for (const file of files) mocha.addFile(file);
    if (load) {
      mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
      await load();
    }
    await new Promise<void>((resolve) => {
      recorder.listen(mocha.run(() => resolve()));
    });
  } catch (err) {
    await report(recorder.results(err));
    throw err;
  }
  await report(recorder.results());
  const failures = recorder.failures;
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
