#!/usr/bin/env node
// Runs the bundled mocha integration suite inside a real VS Code (code-server 4.99.4 =
// VS Code 1.99.3, installed by scripts/install-vscode-host.sh) whose window is Debian's
// Chromium driven by playwright-core. Plain CommonJS so it needs no build.
//
//   node scripts/run-vscode-tests.js [--suite dist-test/integration/index.js]
//        [--workspace test/integration/workspace] [--extension . | --installed [--vsix FILE]]
//        [--theme 'Default Light Modern'|'Default Dark Modern'] [--keep-open] [--port N]
//        [--web]
//
// --web runs the web extension (package.json "browser") and the web suite (default
// dist-test/web/index.js, test/web/) in the browser's extension host: VS Code's web worker host
// in Chromium (see userSettings), where there is no Node. The suite
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
//              'webview-security' {target?, expect?: string[], since?, cspSince?, probe?}
//                 | {mark: true}: audits a webview and the window against hostile document
//                 text; the harness records every request and CSP report from the start
//     Both sides write to <file>.tmp and rename, so a file is never read half-written.
'use strict';

const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const codeServer = require('./code-server');

const { REPO_ROOT } = codeServer;
const THEMES = ['Default Light Modern', 'Default Dark Modern'];
/** The extension's id (package.json publisher.name). */
const EXTENSION_ID = (() => {
  const { publisher, name } = require('../package.json');
  return `${publisher}.${name}`;
})();
// UXCX_DEBUG=1: browser console errors to stdout and keep the temp folder;
// UXCX_DEBUG=2: all browser console output, including the extension host's console
// (mocha's spec reporter, console.log in tests), which VS Code forwards to the window.
const DEBUG_LEVEL = Number(process.env.UXCX_DEBUG || 0) || 0;
const DEBUG = DEBUG_LEVEL >= 1;
const TIMEOUT_S = Number(process.env.UXCX_TEST_TIMEOUT || 300);
const SCREENSHOTS_DIR = path.resolve(
  process.env.UXCX_SCREENSHOTS_DIR || path.join(REPO_ROOT, 'screenshots'),
);
const CHROMIUM = process.env.UXCX_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function log(msg) {
  console.log(`[vscode-tests] ${msg}`);
}

function usage(code) {
  console.log(
    'usage: node scripts/run-vscode-tests.js [--suite FILE] [--workspace DIR] [--extension DIR]\n' +
      '         [--installed [--vsix FILE]] [--web]\n' +
      `         [--theme '${THEMES.join("'|'")}'] [--keep-open] [--port N]`,
  );
  process.exit(code);
}

function parseArgs(argv) {
  const opts = {
    suite: 'dist-test/integration/index.js',
    workspace: 'test/integration/workspace',
    extension: '.',
    installed: false,
    vsix: '',
    theme: 'Default Light Modern',
    keepOpen: false,
    port: 0,
    web: false,
  };
  let suiteGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) {
        console.error(`${flag} needs a value`);
        usage(2);
      }
      return argv[++i];
    };
    switch (flag) {
      case '--suite':
        opts.suite = value();
        suiteGiven = true;
        break;
      case '--web':
        opts.web = true;
        break;
      case '--workspace':
        opts.workspace = value();
        break;
      case '--extension':
        opts.extension = value();
        break;
      case '--installed':
        opts.installed = true;
        break;
      case '--vsix':
        opts.vsix = value();
        opts.installed = true;
        break;
      case '--theme':
        opts.theme = value();
        break;
      case '--port':
        opts.port = Number(value());
        if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port > 65535) usage(2);
        break;
      case '--keep-open':
        opts.keepOpen = true;
        break;
      case '-h':
      case '--help':
        usage(0);
        break;
      default:
        console.error(`unknown option: ${arg}`);
        usage(2);
    }
  }
  if (opts.web && opts.installed) {
    console.error('--web runs the source tree; --installed is for the Node host');
    usage(2);
  }
  if (opts.web && !suiteGiven) opts.suite = 'dist-test/web/index.js';
  if (!THEMES.includes(opts.theme)) {
    console.error(`--theme must be one of: ${THEMES.join(', ')}`);
    usage(2);
  }
  // Relative paths are relative to the current folder (npm scripts run from the repo root).
  opts.suite = path.resolve(opts.suite);
  opts.workspace = path.resolve(opts.workspace);
  opts.extension = path.resolve(opts.extension);
  if (opts.vsix) opts.vsix = path.resolve(opts.vsix);
  return opts;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes JSON so a reader never sees half a file. */
async function writeJsonAtomic(file, value) {
  const tmp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, JSON.stringify(value, null, 2));
  await fsp.rename(tmp, file);
}

async function readJsonIfExists(file) {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${encodeURI(absPath.split(path.sep).join('/'))}`;
}

function workbenchUrl(port, opts, withTests) {
  const authority = `127.0.0.1:${port}`;
  const payload = [['extensionDevelopmentPath', remoteUri(authority, opts.extension)]];
  if (withTests) payload.push(['extensionTestsPath', remoteUri(authority, opts.suite)]);
  return (
    `http://${authority}/?folder=${encodeURIComponent(opts.workspace)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`
  );
}

/**
 * The profile's settings. --web: the extension runs in the browser's extension host. Its kind is
 * set to "web" with the user setting remote.extensionKind (VS Code's override of an extension's
 * kind); the payload's extensionDevelopmentKind does not do it in the web workbench of VS Code
 * 1.99 (it is stored there as extensionDevelopmentLocationKind, which nothing reads). Without it,
 * code-server runs an extension with a "main" in its Node host, as it does for users.
 */
function userSettings(theme, opts) {
  return {
    ...(opts.web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}),
    'workbench.colorTheme': theme,
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'chat.commandCenter.enabled': false,
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
  };
}

// ------------------------------------------------------------------ browser actions

function safeName(name) {
  const base = String(name || 'screenshot').replace(/[^\w.-]+/g, '_');
  return base.endsWith('.png') ? base : `${base}.png`;
}

async function screenshot(page, name, fullPage) {
  await fsp.mkdir(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, safeName(name));
  await sleep(250); // let the workbench paint what the suite just changed
  await page.screenshot({ path: file, fullPage: Boolean(fullPage) });
  return file;
}

/** Inner content frames of all webviews: [{frame, title}] in document order. */
async function webviewFrames(page) {
  const found = [];
  for (const frame of page.frames()) {
    const parent = frame.parentFrame();
    if (!parent || !/webview/.test(parent.url()) || !/webview/.test(frame.url())) continue;
    let title = '';
    try {
      title = (await (await frame.frameElement()).getAttribute('title')) || '';
    } catch {
      continue; // detached while we looked
    }
    found.push({ frame, title });
  }
  return found;
}

async function webviewText(page, target) {
  const deadline = Date.now() + 10_000;
  let frames = [];
  let match;
  // A webview that was just opened may not have its content frame yet: retry briefly.
  while (Date.now() < deadline) {
    frames = await webviewFrames(page);
    if (typeof target === 'number') match = frames[target];
    else if (target === undefined || target === null || target === '') match = frames[0];
    else {
      const want = String(target).toLowerCase();
      match =
        frames.find((f) => f.title.toLowerCase() === want) ||
        frames.find((f) => f.title.toLowerCase().includes(want));
    }
    if (match) {
      try {
        const text = await match.frame.evaluate(() => document.body?.innerText ?? '');
        if (text.trim() !== '' || Date.now() + 500 >= deadline) {
          return { title: match.title, text };
        }
      } catch {
        // frame navigated or detached: look again
      }
    }
    await sleep(250);
  }
  const titles = frames.map((f, i) => `${i}: ${JSON.stringify(f.title)}`).join(', ') || 'none';
  throw new Error(`no webview matches ${JSON.stringify(target)} (webviews: ${titles})`);
}

async function hoverScreenshot(page, req) {
  let box;
  if (req.atCursor) {
    // The suite showed the hover itself (editor.action.showHover at the cursor).
  } else if (req.text) {
    const span = page
      .locator('.monaco-editor .view-lines span span', { hasText: String(req.text) })
      .first();
    await span.waitFor({ state: 'visible', timeout: 10_000 });
    box = await span.boundingBox();
  } else {
    const selector =
      req.selector ||
      '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, ' +
        '.monaco-editor .squiggly-info, .monaco-editor .squiggly-hint';
    const el = page.locator(selector).first();
    await el.waitFor({ state: 'attached', timeout: 10_000 });
    box = await el.boundingBox();
  }
  if (!req.atCursor) {
    if (!box) throw new Error('hover target has no box (not visible)');
    // Move the mouse by coordinates: squiggles sit under the text layer, so a locator
    // hover() would fail its hit-target check.
    const { x, y, width, height } = box;
    await page.mouse.move(x + Math.min(width / 2, 20), y + height / 2, { steps: 2 });
  }
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  let hoverText = '';
  let links = [];
  let images = [];
  let icons = [];
  try {
    await hover.waitFor({ state: 'visible', timeout: 8_000 });
    await sleep(300); // let the hover finish rendering its markdown
    hoverText = await hover.innerText();
    // What the rendered Markdown made of the contents: links (VS Code keeps a Markdown link's
    // target in data-href), images and theme icons.
    ({ links, images, icons } = await hover.evaluate((el) => ({
      links: [...el.querySelectorAll('a[data-href], a[href]')].map((a) => ({
        text: a.innerText,
        href: a.getAttribute('data-href') || a.getAttribute('href') || '',
      })),
      images: [...el.querySelectorAll('img')].map((img) => img.getAttribute('src') || ''),
      icons: [...el.querySelectorAll('.codicon')].map((i) => i.className),
    })));
  } catch {
    // no hover appeared: still take the picture, report empty text
  }
  const file = await screenshot(page, req.name, false);
  if (!req.atCursor) await page.mouse.move(1, 1);
  return { path: file, hoverText, links, images, icons };
}

/** innerText of the window's elements matching `selector` (and containing `hasText`). */
async function elementText(page, req) {
  const locator = page.locator(String(req.selector), req.hasText ? { hasText: req.hasText } : {});
  await locator
    .first()
    .waitFor({ state: 'attached', timeout: 10_000 })
    .catch(() => {});
  return { texts: await locator.allInnerTexts() };
}

// ------------------------------------------------------------------ security watch

/**
 * Records, from before the workbench loads, what the security checks look at: every request of
 * every frame and service worker with how it ended, WebSockets, and console messages about the
 * Content-Security-Policy. Positions in the logs let a check look only at what came later.
 */
function watchBrowser(context, page) {
  const watch = { requests: [], websockets: [], csp: [] };
  const entries = new WeakMap();
  context.on('request', (request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // a service worker's request has no frame
    }
    const entry = {
      url: request.url(),
      type: request.resourceType(),
      frameUrl,
      outcome: 'pending',
    };
    entries.set(request, entry);
    watch.requests.push(entry);
  });
  context.on('response', (response) => {
    const entry = entries.get(response.request());
    if (entry) entry.outcome = response.fromServiceWorker() ? 'service worker' : 'response';
  });
  context.on('requestfailed', (request) => {
    const entry = entries.get(request);
    if (entry) entry.outcome = request.failure()?.errorText || 'failed';
  });
  page.on('websocket', (ws) => watch.websockets.push(ws.url()));
  page.on('console', (msg) => {
    // Chromium's own report of a violation (the extension host's console, forwarded to the
    // window with %c styling, may quote such reports: those are left out).
    const text = msg.text();
    if (/violates the following Content Security Policy/.test(text) && !text.includes('%c')) {
      watch.csp.push({ text, url: msg.location().url || '' });
    }
  });
  return watch;
}

/**
 * Whether a request stayed on this machine: code-server itself, data and blob URLs, a webview
 * resource the workbench's service worker answered (those URLs name vscode-cdn.net but never
 * reach it), or a request Chromium blocked before sending (the page's CSP).
 */
function stayedLocal(entry) {
  if (['csp', 'net::ERR_BLOCKED_BY_CSP', 'service worker'].includes(entry.outcome)) {
    return true;
  }
  let url;
  try {
    url = new URL(entry.url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:'].includes(url.protocol)) return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Everything a webview content frame shows about how it was built and what ran in it. */
function auditContentFrame() {
  const csp = [...document.querySelectorAll('meta[http-equiv]')]
    .filter((m) => /^content-security-policy$/i.test(m.getAttribute('http-equiv') || ''))
    .map((m) => m.getAttribute('content') || '');
  const nonce = /'nonce-([^']+)'/.exec(csp[0] || '')?.[1] || '';
  const handlers = [];
  const urls = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) handlers.push(`${el.localName}[${attr.name}]`);
      if (/^(src|href|action|formaction|srcset|data|poster|xlink:href)$/i.test(attr.name)) {
        // The glossary's source links are the page's only links to the web.
        const where = el.closest('#glossary-list') ? 'glossary ' : '';
        urls.push(`${where}${el.localName}[${attr.name}]=${attr.value}`);
      }
    }
  }
  const body = getComputedStyle(document.body);
  return {
    csp,
    scripts: [...document.scripts].map((s) => ({
      id: s.id,
      src: s.getAttribute('src') || '',
      nonceMatches: nonce !== '' && s.nonce === nonce,
      inline: !s.hasAttribute('src'),
      beforeCsp:
        csp.length > 0 &&
        Boolean(
          s.compareDocumentPosition(document.querySelector('meta[http-equiv]')) &
          Node.DOCUMENT_POSITION_FOLLOWING,
        ),
    })),
    styles: [...document.querySelectorAll('style')].map((s) => s.id || '(no id)'),
    handlers,
    urls,
    forbidden: [...document.querySelectorAll('iframe, frame, object, embed, base, form, meta')]
      .filter((el) => !(el.localName === 'meta' && el.parentElement === document.head))
      .map((el) => el.localName),
    metas: document.head.querySelectorAll('meta').length,
    bodyVisible: body.visibility !== 'hidden' && body.display !== 'none',
    text: document.body.innerText,
  };
}

/** Tries an inline script and an external image in the frame: the CSP must block both. */
async function cspProbe(frame) {
  return frame.evaluate(
    async ([source, image]) => {
      const seen = [];
      const listener = (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`);
      document.addEventListener('securitypolicyviolation', listener);
      const script = document.createElement('script');
      script.textContent = source;
      document.head.append(script);
      script.remove();
      const img = new Image();
      img.src = image;
      await new Promise((resolve) => setTimeout(resolve, 300));
      document.removeEventListener('securitypolicyviolation', listener);
      return { inlineScriptRan: window.__uxcxCspProbe !== undefined, violations: seen };
    },
    [CSP_PROBE_SCRIPT, CSP_PROBE_IMAGE],
  );
}

const CSP_PROBE_SCRIPT = 'window.__uxcxCspProbe = 1';
const CSP_PROBE_IMAGE = 'https://example.invalid/csp-probe.png';

/** Whether a CSP report is about the probe: its image, or its script (named by its hash). */
function fromProbe(text) {
  const hash = crypto.createHash('sha256').update(CSP_PROBE_SCRIPT).digest('base64');
  return text.includes(CSP_PROBE_IMAGE) || text.includes(`sha256-${hash}`);
}

/**
 * The 'webview-security' action: waits until the webview `target` shows every string of
 * `expect`, then reports what a hostile document could have done: globals set by payloads
 * (`window.__uxcxPwned`) in any frame, the content frame's scripts, event-handler attributes,
 * URLs and CSP, requests leaving the machine and CSP messages since `since`/`cspSince`, and
 * with `probe` whether the CSP blocks an inline script and an external image.
 * `problems` lists every broken expectation; the suite asserts it is empty.
 */
async function webviewSecurity(page, watch, req) {
  if (req.mark) return { requests: { seq: watch.requests.length }, csp: { seq: watch.csp.length } };
  const expect = (req.expect || []).map(String);
  const problems = [];
  const deadline = Date.now() + 10_000;
  let match;
  let audit;
  for (;;) {
    const frames = await webviewFrames(page);
    match =
      typeof req.target === 'string' && req.target !== ''
        ? frames.find((f) => f.title.toLowerCase().includes(String(req.target).toLowerCase()))
        : frames[typeof req.target === 'number' ? req.target : 0];
    if (match) {
      audit = await match.frame.evaluate(auditContentFrame).catch(() => undefined);
      if (audit && expect.every((t) => audit.text.includes(t))) break;
    }
    if (Date.now() > deadline) break;
    await sleep(250);
  }
  if (!match || !audit) throw new Error('no webview content frame to check');
  for (const t of expect) {
    if (!audit.text.includes(t)) problems.push(`webview text lacks ${JSON.stringify(t)}`);
  }

  const frames = [];
  for (const frame of page.frames()) {
    const pwned = await frame
      .evaluate(() =>
        typeof window.__uxcxPwned === 'undefined' ? null : String(window.__uxcxPwned),
      )
      .catch(() => 'unreadable');
    frames.push({ url: frame.url(), pwned });
    if (pwned !== null && pwned !== 'unreadable') {
      problems.push(`window.__uxcxPwned = ${pwned} in ${frame.url()}`);
    }
  }

  if (audit.csp.length !== 1) problems.push(`${audit.csp.length} CSP meta elements`);
  for (const s of audit.scripts) {
    const vscodeApi = s.id === '_vscodeApiScript' && s.inline && s.beforeCsp;
    const ours = s.nonceMatches && /\/media\/sidebar(-model|-strings|-rules)?\.js$/.test(s.src);
    if (!vscodeApi && !ours) problems.push(`unexpected script ${JSON.stringify(s)}`);
  }
  if (audit.handlers.length)
    problems.push(`event-handler attributes: ${audit.handlers.join(', ')}`);
  for (const u of audit.urls) {
    const value = u.slice(u.indexOf('=') + 1);
    const ownFile = /^https:\/\/[^/]*\.vscode-resource\.vscode-cdn\.net\/.*\/media\/[\w.-]+$/;
    if (!ownFile.test(value) && !/^glossary a\[href\]=https:\/\//.test(u)) {
      problems.push(`unexpected URL attribute ${u}`);
    }
  }
  if (audit.forbidden.length) problems.push(`forbidden elements: ${audit.forbidden.join(', ')}`);
  const styles = audit.styles.filter((id) => id !== '_defaultStyles'); // VS Code's theme styles
  if (styles.length) problems.push(`style elements: ${styles.join(', ')}`);
  if (!audit.bodyVisible) problems.push('the page body is hidden');

  let probe;
  if (req.probe) {
    probe = await cspProbe(match.frame);
    if (probe.inlineScriptRan) problems.push('the CSP let an injected inline script run');
    if (probe.violations.length < 2)
      problems.push(`the probe saw ${probe.violations.length} of 2 violations`);
  }

  // Requests still under way may yet be blocked or answered locally: give them a moment.
  const requests = watch.requests.slice(Number(req.since) || 0);
  for (let i = 0; i < 20 && requests.some((r) => r.outcome === 'pending' && !stayedLocal(r)); i++) {
    await sleep(100);
  }
  const nonLocal = requests.filter((r) => !stayedLocal(r));
  for (const r of nonLocal) {
    problems.push(
      `request off the machine: ${r.type} ${r.url} (${r.outcome}; from ${r.frameUrl || 'a worker'})`,
    );
  }
  for (const url of watch.websockets.filter((u) => !stayedLocal({ url: u }))) {
    problems.push(`WebSocket off the machine: ${url}`);
  }
  const csp = watch.csp.slice(Number(req.cspSince) || 0);
  for (const c of csp.filter((m) => !fromProbe(m.text))) problems.push(`CSP violation: ${c.text}`);
  return {
    title: match.title,
    problems,
    audit: { ...audit, text: undefined },
    text: audit.text,
    frames,
    probe,
    requests: {
      seq: watch.requests.length,
      total: requests.length,
      webview: requests
        .filter((r) => /webview/.test(r.frameUrl))
        .map((r) => `${r.url} (${r.outcome})`)
        .slice(-50),
      nonLocal,
    },
    csp: { seq: watch.csp.length, messages: csp.map((m) => ({ ...m, probe: fromProbe(m.text) })) },
  };
}

async function performRequest(page, watch, req) {
  switch (req.action) {
    case 'screenshot':
      return { path: await screenshot(page, req.name, req.fullPage) };
    case 'hover-screenshot':
      return hoverScreenshot(page, req);
    case 'evaluate-webview-text':
      return webviewText(page, req.target);
    case 'webview-security':
      return webviewSecurity(page, watch, req);
    case 'element-text':
      return elementText(page, req);
    default:
      throw new Error(`unknown action: ${JSON.stringify(req.action)}`);
  }
}

async function serveRequests(page, watch, protocolDir, busy) {
  const reqDir = path.join(protocolDir, 'requests');
  const replyDir = path.join(protocolDir, 'replies');
  let names;
  try {
    names = (await fsp.readdir(reqDir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (busy.has(name)) continue;
    busy.add(name);
    const file = path.join(reqDir, name);
    let req;
    let reply;
    try {
      req = JSON.parse(await fsp.readFile(file, 'utf8'));
      if (DEBUG) log(`browser request ${req.id}: ${req.action} ${req.name ?? req.target ?? ''}`);
      reply = { id: req.id, ok: true, result: await performRequest(page, watch, req) };
    } catch (err) {
      reply = {
        id: req?.id ?? path.basename(name, '.json'),
        ok: false,
        error: String(err?.message ?? err),
      };
    }
    await fsp.rm(file, { force: true });
    await writeJsonAtomic(path.join(replyDir, name), reply); // same file name as the request
  }
}

// ------------------------------------------------------------------ reporting

/** VS Code styles console lines with %c and CSS: drop both. */
function cleanConsoleText(text) {
  return text
    .replace(/%c/g, '')
    .replace(/\s*color: #[0-9a-f]+;?/gi, '')
    .trim();
}

/** Applies the printf-style format of a console message ('%s (%dms)' from mocha). */
async function formatConsoleMessage(msg) {
  const values = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => '?')));
  if (values.length === 0) return cleanConsoleText(msg.text());
  const parts = [];
  // Workbench loggers print ['%c LEVEL', 'color: ...', format, ...args].
  if (typeof values[0] === 'string' && values[0].startsWith('%c') && values.length > 1) {
    parts.push(values[0].slice(2).trim());
    values.splice(0, 2);
  }
  if (values.length) parts.push(util.format(...values));
  return cleanConsoleText(parts.join(' '));
}

function printResults(results) {
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

function tail(text, lines) {
  const all = text.split('\n');
  return all.slice(Math.max(0, all.length - lines)).join('\n');
}

// ------------------------------------------------------------------ the installed package

/**
 * --installed: packages the extension into `tmp` (unless --vsix names a file), installs the .vsix
 * into the profile with code-server's --install-extension, and writes a test-only host extension
 * (no code; VS Code loads a suite only for an extension under development). Returns the host's
 * folder, to load as extensionDevelopmentPath in place of the source tree.
 */
function installPackage(opts, { tmp, userDataDir, extensionsDir }) {
  let vsix = opts.vsix;
  if (!vsix) {
    vsix = path.join(tmp, 'uxcx-lint.vsix');
    const built = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/package-vsix.ts', '--out', vsix],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    if (built.status !== 0) {
      console.log(`${built.stdout}${built.stderr}`);
      throw new Error(`packaging the extension failed (exit ${built.status})`);
    }
  }
  if (!fs.existsSync(vsix)) throw new Error(`--vsix ${vsix} not found`);
  log(`installing ${vsix} (${fs.statSync(vsix).size} bytes)`);
  const env = codeServer.codeServerEnv();
  const status = codeServer.installExtension({ vsix, userDataDir, extensionsDir, env });
  if (status !== 0) throw new Error(`installing ${vsix} failed (exit ${status})`);
  const host = path.join(tmp, 'test-host');
  fs.mkdirSync(host);
  const manifest = {
    name: 'uxcx-lint-test-host',
    publisher: 'uxcx-test',
    version: '0.0.0',
    description: 'Lets VS Code run the integration suite against the installed uxcx-lint.',
    engines: { vscode: '^1.90.0' },
  };
  fs.writeFileSync(path.join(host, 'package.json'), JSON.stringify(manifest, null, 2));
  return host;
}

// ------------------------------------------------------------------ the web suite's workspace

/** The folder the web suite shares with this harness, in its workspace (test/web/harness.ts). */
const WEB_SHARED = '.uxcx-test';

/** The name test/web/harness.ts reads a document's expected findings under. */
const expectedName = (relative) => `${relative.replace(/[^\w.-]+/g, '_')}.json`;

/**
 * --web: copies the workspace into `tmp` (the suite writes there), makes the shared folder and
 * writes into it what the CLI finds in each Markdown document under en/ and nl/, for the suite to
 * compare with the web extension's diagnostics. Returns the copy's path and the shared folder.
 */
function prepareWebWorkspace(opts, tmp) {
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(opts.workspace, workspace, { recursive: true });
  const shared = path.join(workspace, WEB_SHARED);
  const expectedDir = path.join(shared, 'expected');
  for (const dir of ['browser/requests', 'browser/replies', 'expected']) {
    fs.mkdirSync(path.join(shared, dir), { recursive: true });
  }
  const files = ['en', 'nl'].flatMap((dir) =>
    fs
      .readdirSync(path.join(workspace, dir))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${dir}/${name}`),
  );
  const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
  const run = spawnSync(process.execPath, [cli, '--format', 'json', ...files], {
    cwd: workspace,
    encoding: 'utf8',
  });
  let findings;
  try {
    findings = JSON.parse(run.stdout);
  } catch {
    throw new Error(`the CLI gave no JSON (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  for (const file of files) {
    const mine = findings.filter((f) => f.file === file);
    fs.writeFileSync(path.join(expectedDir, expectedName(file)), JSON.stringify(mine, null, 2));
  }
  log(
    `web: workspace copied to ${workspace}; the CLI found ${findings.length} finding(s) in ${files.join(', ')}`,
  );
  return { workspace, shared };
}

// ------------------------------------------------------------------ main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1);

  const installed = codeServer.checkInstalled();
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
  let webShared;
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

  const port = opts.port || (await codeServer.freePort());
  const server = codeServer.startCodeServer({
    port,
    dir: tmp,
    userDataDir,
    extensionsDir,
    env: codeServer.codeServerEnv({
      UXCX_TEST_RESULTS: resultsFile,
      UXCX_BROWSER_REQUESTS: protocolDir,
      ...expect,
    }),
    args: ['--disable-getting-started-override'],
    logFile: serverLog,
    detached: true,
  });

  let browser;
  let cleanedUp = false;
  async function cleanup() {
    if (cleanedUp) return;
    cleanedUp = true;
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    if (!DEBUG) await fsp.rm(tmp, { recursive: true, force: true }).catch(() => {});
    else log(`kept temp folder ${tmp}`);
  }
  const printServerLog = async () => {
    const text = await fsp.readFile(serverLog, 'utf8').catch(() => '');
    console.log(`----- code-server log (last 150 lines) -----\n${tail(text, 150)}\n-----`);
  };
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM']) {
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
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const watch = watchBrowser(context, page);
    const browserErrors = [];
    page.on('console', (msg) => {
      const type = msg.type();
      if (type === 'error') {
        browserErrors.push(cleanConsoleText(msg.text()));
        if (browserErrors.length > 50) browserErrors.shift();
      }
      if (DEBUG_LEVEL >= 2 || (DEBUG_LEVEL >= 1 && type === 'error')) {
        formatConsoleMessage(msg).then(
          (text) => console.log(`[browser] ${type === 'error' ? 'error: ' : ''}${text}`),
          () => {},
        );
      }
    });
    page.on('pageerror', (err) => {
      browserErrors.push(`pageerror: ${err.message}`);
      if (DEBUG) console.log(`[browser] pageerror: ${err.message}`);
    });
    let pageCrashed = false;
    page.on('crash', () => {
      pageCrashed = true;
    });

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
    const busy = new Set();
    let results;
    let failure;
    let lastLogCheck = 0;
    let extHostExitedAt = 0;
    for (;;) {
      await serveRequests(page, watch, protocolDir, busy);
      results = await readJsonIfExists(resultsFile).catch(() => undefined);
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
      if (pageCrashed) {
        failure = 'the browser page crashed';
        break;
      }
      if (Date.now() > deadline) {
        failure = `timed out after ${TIMEOUT_S} s without results (set UXCX_TEST_TIMEOUT to change)`;
        break;
      }
      await sleep(100);
    }

    let rc = 0;
    if (webShared) {
      // What the web suite saw of its host (test/web/host.test.ts).
      const host = await readJsonIfExists(path.join(webShared, 'host.json')).catch(() => undefined);
      if (host) log(`web: the suite ran in ${JSON.stringify(host)}`);
    }
    if (results) {
      printResults(results);
      const total = (results.passes || 0) + (results.failures || 0);
      const closing = `${results.passes || 0} passed, ${results.failures || 0} failed, ${results.pending || 0} skipped`;
      console.log(`${opts.web ? 'web' : 'integration'}: ${closing}`);
      if (results.failures > 0 || results.error) rc = 1;
      else if (total === 0) {
        log('ERROR: the suite ran no tests');
        rc = 1;
      }
    } else {
      log(`ERROR: ${failure}`);
      rc = 1;
    }
    if (rc !== 0) {
      if (!DEBUG && browserErrors.length) {
        console.log(`----- browser console errors (last ${browserErrors.length}) -----`);
        for (const e of browserErrors) console.log(`[browser] ${e}`);
      }
      if (!results || results.error)
        await screenshot(page, 'failure', false).then(
          (f) => log(`screenshot of the window at failure: ${path.relative(REPO_ROOT, f)}`),
          () => {},
        );
      await printServerLog();
    }
    log(`done in ${secs()} s`);
    return rc;
  } catch (err) {
    log(`ERROR: ${err.message}`);
    await printServerLog();
    return 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (rc) => process.exit(rc),
  (err) => {
    console.error(`[vscode-tests] ERROR: ${err.message}`);
    process.exit(1);
  },
);
