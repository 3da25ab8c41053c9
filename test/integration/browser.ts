// Suite-side half of the browser protocol of the harness, scripts/vscode-tests/ (its half:
// requests.ts; the actions: browser-actions.ts, security-audit.ts): lets a test in the
// extension host ask the harness for browser-level actions (screenshots, hovers, webview text,
// a security audit of a webview) on the VS Code window it is running in.
//
// A folder is shared with the harness (UXCX_BROWSER_REQUESTS in the Node host; a folder in the
// workspace in the browser's, test/web/). A request is written to requests/<id>.json as
// {id, action, ...params}; the harness answers in replies/<id>.json with
// {id, ok: true, result} or {id, ok: false, error}. Both sides write <file>.tmp, then rename.
// The suite's entry point says how files reach that folder (useBrowserFolder: Node's fs in the
// Node host, browser-node.ts; workspace.fs in the browser's). Under a host without the harness
// (e.g. @vscode/test-electron) there is none: takeScreenshot() then does nothing, the others
// throw; check browserAvailable() to skip. No Node here: the web suite bundles this file too.

/** The folder shared with the harness, and how to reach its files (paths under `dir`). */
export interface BrowserFolder {
  dir: string;
  mkdir: (path: string) => Promise<unknown>;
  writeFile: (path: string, text: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  /** Rejects when the file is not there. */
  readFile: (path: string) => Promise<string>;
  /** Removes a file if it is there. */
  rm: (path: string) => Promise<void>;
}

let folder: BrowserFolder | undefined;

/** Set by the suite's entry point when a harness serves browser requests. */
export function useBrowserFolder(shared: BrowserFolder | undefined): void {
  folder = shared;
}

export type BrowserAction =
  'screenshot' | 'hover-screenshot' | 'evaluate-webview-text' | 'webview-security' | 'element-text';

export interface HoverResult {
  /** Absolute path of the PNG (screenshots/<name>.png in the repo). */
  path: string;
  /** innerText of the hover widget, '' when no hover appeared. */
  hoverText: string;
  /** Links the rendered hover contains: their text and target (`command:…`, `https:…`). */
  links: { text: string; href: string }[];
  /** `src` of every image in the hover. */
  images: string[];
  /** Class names of the theme icons (codicons) in the hover. */
  icons: string[];
}

/** What the harness found in a webview and the whole window (see webviewSecurity). */
export interface WebviewSecurityReport {
  /** Title of the webview that was checked. */
  title: string;
  /** Every broken expectation, in words; empty when all is well. */
  problems: string[];
  /** innerText of the webview's content. */
  text: string;
  audit: {
    /** Content of each Content-Security-Policy meta element. */
    csp: string[];
    scripts: {
      id: string;
      src: string;
      /** Whether its nonce is the one the page's CSP names. */
      nonceMatches: boolean;
      inline: boolean;
      /** Whether it comes before the CSP meta element (VS Code's own API script does). */
      beforeCsp: boolean;
    }[];
    /** `tag[attribute]` of every event-handler attribute (onerror, onload, …). */
    handlers: string[];
    /** `tag[attribute]=value` of every URL-valued attribute. */
    urls: string[];
    bodyVisible: boolean;
  };
  /** Every frame of the window and its `window.__uxcxPwned` (null when unset). */
  frames: { url: string; pwned: string | null }[];
  /** With `probe`: whether an injected inline script ran, and the violations it caused. */
  probe?: { inlineScriptRan: boolean; violations: string[] };
  requests: {
    /** Pass as `since` to look only at later requests. */
    seq: number;
    /** Requests since `since`, all frames and workers. */
    total: number;
    /** URLs requested by webview frames since `since`, with how each ended (the last 50). */
    webview: string[];
    /** Requests since `since` that left the machine (or may have: still pending). */
    nonLocal: { url: string; type: string; frameUrl: string; outcome: string }[];
  };
  /** Chromium's CSP violation reports since `cspSince`; `probe`: caused by the probe. */
  csp: { seq: number; messages: { text: string; url: string; probe: boolean }[] };
}

const DEFAULT_TIMEOUT_MS = 30_000;
let counter = 0;
/** Tells this suite's requests from another's (a process id where there is none). */
const SESSION = Math.floor(Math.random() * 1e9).toString(36);

/** True when the tests run under scripts/vscode-tests/, which serves browser requests. */
export function browserAvailable(): boolean {
  return folder !== undefined;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends one request to the harness and waits for its reply. */
export async function browserRequest<T>(
  action: BrowserAction,
  params: Record<string, unknown>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  if (!folder) throw new Error('no browser harness: the suite was given no folder for requests');
  const { dir, mkdir, readFile, rename, rm, writeFile } = folder;
  const id = `${Date.now()}-${SESSION}-${++counter}`;
  const requests = `${dir}/requests`;
  const replyFile = `${dir}/replies/${id}.json`;
  await mkdir(requests);
  await writeFile(`${requests}/${id}.json.tmp`, JSON.stringify({ ...params, id, action }));
  await rename(`${requests}/${id}.json.tmp`, `${requests}/${id}.json`);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let text: string | undefined;
    try {
      text = await readFile(replyFile);
    } catch {
      // not answered yet
    }
    if (text !== undefined) {
      await rm(replyFile);
      const reply = JSON.parse(text) as { ok: boolean; result?: T; error?: string };
      if (!reply.ok) throw new Error(`browser ${action} failed: ${reply.error ?? 'unknown error'}`);
      return reply.result as T;
    }
    if (Date.now() > deadline) {
      await rm(`${requests}/${id}.json`);
      throw new Error(`browser ${action}: no reply from the harness within ${timeoutMs} ms`);
    }
    await delay(100);
  }
}

/**
 * Screenshot of the whole VS Code window to screenshots/<name>.png; returns its path,
 * or undefined when no browser harness is running (so one suite serves both hosts).
 */
export async function takeScreenshot(
  name: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<string | undefined> {
  if (!browserAvailable()) return undefined;
  const result = await browserRequest<{ path: string }>('screenshot', { name }, timeoutMs);
  return result.path;
}

/**
 * Moves the mouse over the first element matching `target.selector` (default: the first
 * diagnostic squiggle), or the first editor text span containing `target.text`, waits for
 * the hover widget and takes a screenshot to screenshots/<name>.png. With `atCursor` the
 * mouse stays put: the suite shows the hover itself (`editor.action.showHover`).
 */
export async function hoverScreenshot(
  name: string,
  target: { selector?: string; text?: string; atCursor?: boolean } = {},
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<HoverResult> {
  return browserRequest<HoverResult>('hover-screenshot', { name, ...target }, timeoutMs);
}

/**
 * innerText of a webview's content: `viewTitleOrIndex` is the webview's title (exact,
 * else substring, case-insensitive) or its index among open webviews (default 0).
 */
export async function webviewText(
  viewTitleOrIndex: string | number = 0,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<string> {
  const result = await browserRequest<{ title: string; text: string }>(
    'evaluate-webview-text',
    { target: viewTitleOrIndex },
    timeoutMs,
  );
  return result.text;
}

/** The explainer's text once it contains `needle` (the page renders asynchronously). */
export async function sidebarTextContaining(needle: string, ms = 15_000): Promise<string> {
  const deadline = Date.now() + ms;
  let text = '';
  while (Date.now() < deadline) {
    text = await webviewText(0).catch((e: unknown) => String(e));
    if (text.includes(needle)) return text;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the explainer does not show ${JSON.stringify(needle)}; it shows:\n${text}`);
}

/** Where the request and CSP-message logs stand now: pass to webviewSecurity as `since`/`cspSince`. */
export async function securityMark(): Promise<{ since: number; cspSince: number }> {
  const r = await browserRequest<{ requests: { seq: number }; csp: { seq: number } }>(
    'webview-security',
    { mark: true },
  );
  return { since: r.requests.seq, cspSince: r.csp.seq };
}

/**
 * Waits until webview `target` (title substring or index, default 0) shows every string of
 * `expect`, then audits it and the window: payload globals (`window.__uxcxPwned`) in every
 * frame, the page's scripts, event-handler and URL attributes, its CSP, requests that left the
 * machine since `since`, CSP console messages since `cspSince`; with `probe`, whether the
 * page's CSP blocks an injected inline script and an external image.
 */
export async function webviewSecurity(
  params: {
    target?: string | number;
    expect?: string[];
    since?: number;
    cspSince?: number;
    probe?: boolean;
  },
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<WebviewSecurityReport> {
  return browserRequest<WebviewSecurityReport>('webview-security', params, timeoutMs);
}
