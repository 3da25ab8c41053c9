// What a suite run reports to its harness, and how a mocha runner's events become it: shared by
// the Node suite (runner.ts) and the browser suite (test/web/runner.ts), so no Node import here.

export interface TestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: string;
}

export interface SuiteResults {
  passes: number;
  failures: number;
  pending: number;
  tests: TestResult[];
  /** Set when the suite could not be loaded or run at all. */
  error?: string;
  durationMs: number;
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

/** What the tests of a runner did, as they finish. */
export class Recorder {
  readonly tests: TestResult[] = [];
  failures = 0;
  private readonly started = Date.now();

  /** Record each test of `runner` as it passes, fails or is skipped. */
  listen(runner: Mocha.Runner): void {
    runner.on('pass', (test) => {
      this.tests.push({
        title: test.title,
        fullTitle: test.fullTitle(),
        state: 'passed',
        duration: test.duration,
      });
    });
    runner.on('fail', (test, err) => {
      this.failures++;
      this.tests.push({
        title: test.title,
        fullTitle: test.fullTitle(),
        state: 'failed',
        duration: test.duration,
        error: describeError(err),
      });
    });
    runner.on('pending', (test) => {
      this.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'pending' });
    });
  }

  /** The results so far; `error`: the suite itself failed (it counts as one failure more). */
  results(error?: unknown): SuiteResults {
    return {
      passes: this.tests.filter((t) => t.state === 'passed').length,
      failures: this.failures + (error === undefined ? 0 : 1),
      pending: this.tests.filter((t) => t.state === 'pending').length,
      tests: this.tests,
      ...(error === undefined ? {} : { error: describeError(error) }),
      durationMs: Date.now() - this.started,
    };
  }
}
