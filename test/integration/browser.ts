// Suite-side half of the browser protocol of scripts/run-vscode-tests.js: lets a test in
// the extension host ask the harness for browser-level actions (screenshots, hovers,
// webview text) on the VS Code window it is running in.
//
// UXCX_BROWSER_REQUESTS names a folder. A request is written to requests/<id>.json as
// {id, action, ...params}; the harness answers in replies/<id>.json with
// {id, ok: true, result} or {id, ok: false, error}. Both sides write <file>.tmp, then rename.
// Under a host without the harness (e.g. @vscode/test-electron) the variable is unset:
// takeScreenshot() then does nothing, the others throw; check browserAvailable() to skip.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';

export type BrowserAction = 'screenshot' | 'hover-screenshot' | 'evaluate-webview-text';

export interface HoverResult {
  /** Absolute path of the PNG (screenshots/<name>.png in the repo). */
  path: string;
  /** innerText of the hover widget, '' when no hover appeared. */
  hoverText: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;
let counter = 0;

/** True when the tests run under scripts/run-vscode-tests.js, which serves browser requests. */
export function browserAvailable(): boolean {
  return Boolean(process.env.UXCX_BROWSER_REQUESTS);
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends one request to the harness and waits for its reply. */
export async function browserRequest<T>(
  action: BrowserAction,
  params: Record<string, unknown>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const dir = process.env.UXCX_BROWSER_REQUESTS;
  if (!dir) throw new Error('no browser harness: UXCX_BROWSER_REQUESTS is not set');
  const id = `${Date.now()}-${process.pid}-${++counter}`;
  const requests = `${dir}/requests`;
  const replyFile = `${dir}/replies/${id}.json`;
  await mkdir(requests, { recursive: true });
  await writeFile(`${requests}/${id}.json.tmp`, JSON.stringify({ ...params, id, action }));
  await rename(`${requests}/${id}.json.tmp`, `${requests}/${id}.json`);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let text: string | undefined;
    try {
      text = await readFile(replyFile, 'utf8');
    } catch {
      // not answered yet
    }
    if (text !== undefined) {
      await rm(replyFile, { force: true });
      const reply = JSON.parse(text) as { ok: boolean; result?: T; error?: string };
      if (!reply.ok) throw new Error(`browser ${action} failed: ${reply.error ?? 'unknown error'}`);
      return reply.result as T;
    }
    if (Date.now() > deadline) {
      await rm(`${requests}/${id}.json`, { force: true });
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
 * the hover widget and takes a screenshot to screenshots/<name>.png.
 */
export async function hoverScreenshot(
  name: string,
  target: { selector?: string; text?: string } = {},
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
