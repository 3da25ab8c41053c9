// Runs the bundled mocha integration suite inside a real VS Code (code-server 4.99.4 =
// VS Code 1.99.3, installed by scripts/install-vscode-host.sh) whose window is Debian's
// Chromium driven by playwright-core. Run with tsx, as `npm run test:integration` does:
//
//   tsx scripts/vscode-tests/main.ts [--suite dist-test/integration/index.js]
//        [--workspace test/integration/workspace] [--extension . | --installed [--vsix FILE]]
//        [--theme 'Default Light Modern'|'Default Dark Modern'] [--keep-open] [--port N]
//        [--web]
//
// The harness, one idea a file: args.ts (the flags and the environment), host.ts (code-server),
// workbench.ts (the window's settings and URL, the installed package, the web workspace),
// browser-actions.ts (Chromium and the suite's actions), security-audit.ts ('webview-security'),
// requests.ts (serving the request files), report.ts (what is printed), and this file, which
// runs them in order.
//
// --web runs the web extension (package.json "browser") and the web suite (default
// dist-test/web/index.js, test/web/) in the browser's extension host: VS Code's web worker host
// in Chromium (see userSettings in workbench.ts), where there is no Node. The suite
// cannot read the environment or the disk there, so it runs in a copy of the workspace and
// shares the folder .uxcx-test/ of that copy with this harness through workspace.fs: it writes
// its result and browser requests there, and finds there what the CLI (Node) reports for the
// workspace's English and Dutch documents, to compare (test/web/harness.ts).
//
// --installed tests the package users install instead of the source tree: it packages the
// extension (scripts/package-vsix.ts, as `npm run package`; or takes --vsix FILE), installs the
// .vsix with code-server's --install-extension into the profile's extensions folder, and loads a
// test-only host extension as extensionDevelopmentPath (VS Code runs a suite only for one), so
// the extension under test is the installed copy. The suite checks which copy it got
// (test/integration/extension.test.ts).
//
// --keep-open runs no tests: it starts code-server with the extension under development
// loaded, prints the URL to open (forward the port to your own browser) and runs until Ctrl-C.
//
// Environment: UXCX_TEST_TIMEOUT (seconds, default 300), UXCX_DEBUG=1|2 (browser console
// errors | all console output incl. the extension host's to stdout; keeps the temp folder),
// UXCX_SCREENSHOTS_DIR (default screenshots/),
// UXCX_CHROMIUM (default /usr/bin/chromium).
//
// Hand-over to the suite (the extension host inherits code-server's environment):
//   UXCX_TEST_RESULTS      file the suite writes its mocha result to (test/integration/runner.ts)
//   UXCX_EXPECT_EXTENSION_PATH  the folder the extension under test must be loaded from
//   UXCX_EXPECT_INSTALLED_IN    --installed: the extensions folder it must be installed in
//   UXCX_BROWSER_REQUESTS  folder for browser actions (test/integration/browser.ts):
//     the suite writes  requests/<id>.json  {id, action, name?, ...}
//     the harness writes replies/<id>.json  {id, ok: true, result} | {id, ok: false, error}
//     actions: 'screenshot' {name, fullPage?}
//              'hover-screenshot' {name, selector?, text?, atCursor?}
//                 -> {path, hoverText, links, images, icons}
//              'evaluate-webview-text' {target?: title string | index number}
//              'element-text' {selector, hasText?} -> {texts}
//              'webview-security' {target?, expect?: string[], since?, cspSince?, probe?}
//                 | {mark: true}: audits a webview and the window against hostile document
//                 text; the harness records every request and CSP report from the start
//     Both sides write to <file>.tmp and rename, so a file is never read half-written.
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, DEBUG, parseOptions, TIMEOUT_S } from './args';
import { launchBrowser, openPage } from './browser-actions';
import { checkInstalled, codeServerEnv, freePort, REPO_ROOT, startCodeServer } from './host';
import { printServerLog, reportOutcome, watchPage, type Results } from './report';
import { serveRequests } from './requests';
import { watchBrowser } from './security-audit';
import { errorMessage, log, readJsonIfExists, sleep, writeJsonAtomic } from './util';
import { installPackage, prepareWebWorkspace, userSettings, workbenchUrl } from './workbench';

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);

  const installed = checkInstalled();
  if (!installed.ok) throw new Error(installed.message);
  if (!fs.existsSync(path.join(opts.extension, 'package.json'))) {
    throw new Error(`--extension ${opts.extension} has no package.json`);
  }
  if (!opts.keepOpen && !fs.existsSync(opts.suite)) {
    throw new Error(`suite not found: ${opts.suite} (build it first, e.g. node esbuild.js)`);
  }
  if (!fs.existsSync(opts.workspace)) {
    throw new Error(`workspace folder not found: ${opts.workspace}`);
  }
  if (!opts.keepOpen && !fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found. Run: bash scripts/install-vscode-host.sh`);
  }

  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'uxcx-vscode-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  let resultsFile = path.join(tmp, 'results.json');
  let protocolDir = path.join(tmp, 'browser');
  let webShared: string | undefined;
  if (opts.web) {
    try {
      const prepared = prepareWebWorkspace(opts, tmp);
      opts.workspace = prepared.workspace;
      webShared = prepared.shared;
    } catch (err) {
      await fsp.rm(tmp, { recursive: true, force: true });
      throw err;
    }
    resultsFile = path.join(webShared, 'results.json');
    protocolDir = path.join(webShared, 'browser');
  }
  const serverLog = path.join(tmp, 'code-server.log');
  await fsp.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fsp.mkdir(extensionsDir, { recursive: true });
  await fsp.mkdir(path.join(protocolDir, 'requests'), { recursive: true });
  await fsp.mkdir(path.join(protocolDir, 'replies'), { recursive: true });
  await writeJsonAtomic(
    path.join(userDataDir, 'User', 'settings.json'),
    userSettings(opts.theme, opts),
  );
  // Which copy of the extension the suite must find (test/integration/extension.test.ts).
  const expect = opts.installed
    ? { UXCX_EXPECT_INSTALLED_IN: extensionsDir }
    : { UXCX_EXPECT_EXTENSION_PATH: opts.extension };
  if (opts.installed) {
    try {
      opts.extension = installPackage(opts, { tmp, userDataDir, extensionsDir });
    } catch (err) {
      await fsp.rm(tmp, { recursive: true, force: true });
      throw err;
    }
  }

  const port = opts.port || (await freePort());
  const server = startCodeServer({
    port,
    dir: tmp,
    userDataDir,
    extensionsDir,
    env: codeServerEnv({
      UXCX_TEST_RESULTS: resultsFile,
      UXCX_BROWSER_REQUESTS: protocolDir,
      ...expect,
    }),
    args: ['--disable-getting-started-override'],
    logFile: serverLog,
    detached: true,
  });

  let browser: Browser | undefined;
  let cleanedUp = false;
  async function cleanup() {
    if (cleanedUp) return;
    cleanedUp = true;
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    if (!DEBUG) await fsp.rm(tmp, { recursive: true, force: true }).catch(() => {});
    else log(`kept temp folder ${tmp}`);
  }
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      interrupted = true;
    });
  }

  try {
    // ---- wait for code-server
    await server.ready({ interrupted: () => interrupted });
    log(`code-server up on ${server.url} after ${secs()} s`);

    if (opts.keepOpen) {
      const url = workbenchUrl(port, opts, false);
      log(`open this URL (extension under development, no tests); Ctrl-C stops:\n\n  ${url}\n`);
      while (!interrupted && !server.exit) await sleep(500);
      return 0;
    }

    // ---- browser
    browser = await launchBrowser();
    const { context, page } = await openPage(browser);
    const watch = watchBrowser(context, page);
    const pageWatch = watchPage(page);

    const url = workbenchUrl(port, opts, true);
    if (DEBUG) log(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const under = opts.installed
      ? 'the installed .vsix'
      : `${path.relative(REPO_ROOT, opts.extension) || '.'}${opts.web ? ', in the browser extension host' : ''}`;
    log(
      `workbench loading (extension: ${under}; theme: ${opts.theme}); waiting up to ${TIMEOUT_S} s for results`,
    );

    // ---- wait for the results, serving browser requests meanwhile
    const deadline = Date.now() + TIMEOUT_S * 1000;
    const busy = new Set<string>();
    let results: Results | undefined;
    let failure: string | undefined;
    let lastLogCheck = 0;
    let extHostExitedAt = 0;
    for (;;) {
      await serveRequests(page, watch, protocolDir, busy);
      results = await readJsonIfExists<Results>(resultsFile).catch(() => undefined);
      if (results) break;
      if (Date.now() - lastLogCheck > 500) {
        // The extension host exits after the suite's run() settles, even when loading the
        // suite threw (it then writes no results): fail fast instead of waiting for the limit.
        lastLogCheck = Date.now();
        const text = await fsp.readFile(serverLog, 'utf8').catch(() => '');
        // (--web: that is code-server's Node host, which the suite does not run in.)
        if (!opts.web && !extHostExitedAt && /Extension Host Process exited/.test(text)) {
          extHostExitedAt = Date.now();
        }
      }
      if (extHostExitedAt && Date.now() - extHostExitedAt > 3000) {
        failure =
          'the extension host exited without writing results (did the suite fail to load, ' +
          'or not call runMochaSuite? see the browser errors below)';
        break;
      }
      if (interrupted) {
        failure = 'interrupted';
        break;
      }
      if (server.exit) {
        failure = `code-server exited (${JSON.stringify(server.exit)})`;
        break;
      }
      if (pageWatch.crashed) {
        failure = 'the browser page crashed';
        break;
      }
      if (Date.now() > deadline) {
        failure = `timed out after ${TIMEOUT_S} s without results (set UXCX_TEST_TIMEOUT to change)`;
        break;
      }
      await sleep(100);
    }

    if (webShared) {
      // What the web suite saw of its host (test/web/host.test.ts).
      const host = await readJsonIfExists(path.join(webShared, 'host.json')).catch(() => undefined);
      if (host) log(`web: the suite ran in ${JSON.stringify(host)}`);
    }
    const rc = await reportOutcome({ web: opts.web, results, failure, page, pageWatch, serverLog });
    log(`done in ${secs()} s`);
    return rc;
  } catch (err) {
    log(`ERROR: ${errorMessage(err)}`);
    await printServerLog(serverLog);
    return 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (rc) => process.exit(rc),
  (err: unknown) => {
    console.error(`[vscode-tests] ERROR: ${errorMessage(err)}`);
    process.exit(1);
  },
);
