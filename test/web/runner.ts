// Runs the web suite with mocha's browser build inside the browser's extension host (a web
// worker: no Node, no require of files) and reports the result through workspace.fs to the
// harness (test/web/harness.ts). The result has the shape of test/integration/runner.ts's.
import 'mocha/mocha';
import type { SuiteResults, TestResult } from '../integration/runner';
import { writeResults } from './harness';

function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

/**
 * Runs mocha (bdd, 60 s per test) on the tests `load` pulls in (after mocha has put describe/it
 * on the global object) and reports the result. Rejects when any test failed.
 */
export async function runWebSuite(load: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  const tests: TestResult[] = [];
  let failures = 0;
  const summary = (error?: unknown): SuiteResults => ({
    passes: tests.filter((t) => t.state === 'passed').length,
    failures: failures + (error === undefined ? 0 : 1),
    pending: tests.filter((t) => t.state === 'pending').length,
    tests,
    ...(error === undefined ? {} : { error: describeError(error) }),
    durationMs: Date.now() - started,
  });
  try {
    mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 60_000, color: false });
    await load();
    await new Promise<void>((resolve) => {
      // Mocha's own run: the browser build's mocha.run reads the page's location (to grep by the
      // URL's query), which the extension host's worker does not give it.
      const MochaClass = (globalThis as unknown as { Mocha: typeof Mocha }).Mocha;
      const runner = MochaClass.prototype.run.call(mocha, () => resolve());
      runner.on('pass', (test) => {
        tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          state: 'passed',
          duration: test.duration,
        });
      });
      runner.on('fail', (test, err) => {
        failures++;
        tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          state: 'failed',
          duration: test.duration,
          error: describeError(err),
        });
      });
      runner.on('pending', (test) => {
        tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'pending' });
      });
    });
  } catch (err) {
    await writeResults(summary(err));
    throw err;
  }
  await writeResults(summary());
  if (failures > 0) throw new Error(`${failures} web test(s) failed`);
}
