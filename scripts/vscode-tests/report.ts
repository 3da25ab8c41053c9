// What the harness prints: the browser's console (collected, and shown with UXCX_DEBUG), the
// suite's results test by test with a closing count, and on failure what helps to see why.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import * as util from 'node:util';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { SuiteResults } from '../../test/integration/results';
import { DEBUG, DEBUG_LEVEL } from './args';
import { screenshot } from './browser-actions';
import { REPO_ROOT } from './host';
import { log } from './util';

/** VS Code styles console lines with %c and CSS: drop both. */
function cleanConsoleText(text: string): string {
  return text
    .replace(/%c/g, '')
    .replace(/\s*color: #[0-9a-f]+;?/gi, '')
    .trim();
}

/** Applies the printf-style format of a console message ('%s (%dms)' from mocha). */
async function formatConsoleMessage(msg: ConsoleMessage): Promise<string> {
  const values = await Promise.all(
    msg.args().map((a): Promise<unknown> => a.jsonValue().catch(() => '?')),
  );
  if (values.length === 0) return cleanConsoleText(msg.text());
  const parts: string[] = [];
  // Workbench loggers print ['%c LEVEL', 'color: ...', format, ...args].
  const first = values[0];
  if (typeof first === 'string' && first.startsWith('%c') && values.length > 1) {
    parts.push(first.slice(2).trim());
    values.splice(0, 2);
  }
  if (values.length) parts.push(util.format(...values));
  return cleanConsoleText(parts.join(' '));
}

/** What the page said that a failure report shows. */
export interface PageWatch {
  /** The last 50 console errors and page errors. */
  errors: string[];
  crashed: boolean;
}

/**
 * Collects the page's console errors and uncaught errors, and notes a crash; with UXCX_DEBUG
 * prints them (UXCX_DEBUG=2: all console output) as they come.
 */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], crashed: false };
  page.on('console', (msg) => {
    const type = msg.type();
    if (type === 'error') {
      watch.errors.push(cleanConsoleText(msg.text()));
      if (watch.errors.length > 50) watch.errors.shift();
    }
    if (DEBUG_LEVEL >= 2 || (DEBUG_LEVEL >= 1 && type === 'error')) {
      formatConsoleMessage(msg).then(
        (text) => console.log(`[browser] ${type === 'error' ? 'error: ' : ''}${text}`),
        () => {},
      );
    }
  });
  page.on('pageerror', (err) => {
    watch.errors.push(`pageerror: ${err.message}`);
    if (DEBUG) console.log(`[browser] pageerror: ${err.message}`);
  });
  page.on('crash', () => {
    watch.crashed = true;
  });
  return watch;
}

/** The suite's results as read from its file (written by test/integration/runner.ts). */
export type Results = Partial<SuiteResults>;

function printResults(results: Results): void {
  console.log('');
  for (const t of results.tests || []) {
    const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
    console.log(`  ${mark} ${t.fullTitle || t.title}${t.duration ? ` (${t.duration} ms)` : ''}`);
  }
  const failed = (results.tests || []).filter((t) => t.state === 'failed');
  failed.forEach((t, i) => {
    console.log(`\n  ${i + 1}) ${t.fullTitle || t.title}`);
    console.log(
      String(t.error || '')
        .split('\n')
        .map((l) => `     ${l}`)
        .join('\n'),
    );
  });
  if (results.error) console.log(`\n  suite error: ${results.error}`);
  console.log('');
}

function tail(text: string, lines: number): string {
  const all = text.split('\n');
  return all.slice(Math.max(0, all.length - lines)).join('\n');
}

/** The last 150 lines of code-server's log. */
export async function printServerLog(serverLog: string): Promise<void> {
  const text = await fsp.readFile(serverLog, 'utf8').catch(() => '');
  console.log(`----- code-server log (last 150 lines) -----\n${tail(text, 150)}\n-----`);
}

/**
 * Prints the results (or why there are none) and the closing count, and on failure the browser's
 * errors, a picture of the window and code-server's log. Returns the exit code: 1 when a test
 * failed, the suite failed or ran no tests, or there are no results.
 */
export async function reportOutcome(outcome: {
  web: boolean;
  results: Results | undefined;
  failure: string | undefined;
  page: Page;
  pageWatch: PageWatch;
  serverLog: string;
}): Promise<number> {
  const { results, page, pageWatch } = outcome;
  let rc = 0;
  if (results) {
    printResults(results);
    const total = (results.passes || 0) + (results.failures || 0);
    const closing = `${results.passes || 0} passed, ${results.failures || 0} failed, ${results.pending || 0} skipped`;
    console.log(`${outcome.web ? 'web' : 'integration'}: ${closing}`);
    if ((results.failures ?? 0) > 0 || results.error) rc = 1;
    else if (total === 0) {
      log('ERROR: the suite ran no tests');
      rc = 1;
    }
  } else {
    log(`ERROR: ${outcome.failure}`);
    rc = 1;
  }
  if (rc !== 0) {
    if (!DEBUG && pageWatch.errors.length) {
      console.log(`----- browser console errors (last ${pageWatch.errors.length}) -----`);
      for (const e of pageWatch.errors) console.log(`[browser] ${e}`);
    }
    if (!results || results.error)
      await screenshot(page, 'failure', false).then(
        (f) => log(`screenshot of the window at failure: ${path.relative(REPO_ROOT, f)}`),
        () => {},
      );
    await printServerLog(outcome.serverLog);
  }
  return rc;
}
