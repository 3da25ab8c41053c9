// The harness's half of the browser protocol (the suite's half: test/integration/browser.ts):
// the suite writes requests/<id>.json, the harness performs the action in the browser and
// answers in replies/<id>.json (see main.ts for the actions and their replies).
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { DEBUG } from './args';
import { elementText, hoverScreenshot, screenshot, webviewText } from './browser-actions';
import { webviewSecurity, type BrowserWatch } from './security-audit';
import { errorMessage, log, writeJsonAtomic } from './util';

/** A request of the suite: its action and that action's parameters (as JSON gave them). */
export interface BrowserRequest {
  id?: string;
  action?: unknown;
  /** screenshot, hover-screenshot: the picture's name. */
  name?: string;
  fullPage?: boolean;
  /** hover-screenshot, element-text. */
  selector?: string;
  text?: string;
  atCursor?: boolean;
  hasText?: string;
  /** evaluate-webview-text, webview-security: the webview's title or index. */
  target?: string | number | null;
  /** webview-security. */
  expect?: unknown[];
  since?: unknown;
  cspSince?: unknown;
  probe?: boolean;
  mark?: boolean;
}

async function performRequest(
  page: Page,
  watch: BrowserWatch,
  req: BrowserRequest,
): Promise<unknown> {
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

/**
 * Performs every request in `protocolDir`/requests that is not already being served (`busy`),
 * and writes each reply under the request's file name in `protocolDir`/replies.
 */
export async function serveRequests(
  page: Page,
  watch: BrowserWatch,
  protocolDir: string,
  busy: Set<string>,
): Promise<void> {
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
    let req: BrowserRequest | undefined;
    let reply;
    try {
      req = JSON.parse(await fsp.readFile(file, 'utf8')) as BrowserRequest;
      if (DEBUG) {
        log(`browser request ${req.id}: ${String(req.action)} ${req.name ?? req.target ?? ''}`);
      }
      reply = { id: req.id, ok: true, result: await performRequest(page, watch, req) };
    } catch (err) {
      reply = {
        id: req?.id ?? path.basename(name, '.json'),
        ok: false,
        error: errorMessage(err),
      };
    }
    await fsp.rm(file, { force: true });
    await writeJsonAtomic(path.join(replyDir, name), reply); // same file name as the request
  }
}
