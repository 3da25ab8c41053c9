// The browser: Chromium (playwright-core) showing the VS Code window, and the actions the suite
// asks of it through the request files (requests.ts): screenshots, hovers, a webview's text, the
// text of the window's elements. The security audit of a webview is in security-audit.ts.
//
// Functions passed to evaluate() run in the page, which gets their source text: tsx compiles
// this file with esbuild's keepNames, which wraps a function bound to a name inside them in
// __name(), a helper the page lacks. So they bind no function to a name.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { HoverResult } from '../../test/integration/browser';
import { CHROMIUM, SCREENSHOTS_DIR } from './args';
import type { BrowserRequest } from './requests';
import { sleep } from './util';

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

/** Headless Chromium. */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** The page the VS Code window will be shown in, and its context. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  return { context, page };
}

function safeName(name: string | undefined): string {
  const base = String(name || 'screenshot').replace(/[^\w.-]+/g, '_');
  return base.endsWith('.png') ? base : `${base}.png`;
}

/** A picture of the window in SCREENSHOTS_DIR/<name>.png; returns its path. */
export async function screenshot(
  page: Page,
  name: string | undefined,
  fullPage?: boolean,
): Promise<string> {
  await fsp.mkdir(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, safeName(name));
  await sleep(250); // let the workbench paint what the suite just changed
  await page.screenshot({ path: file, fullPage: Boolean(fullPage) });
  return file;
}

export interface WebviewFrame {
  frame: Frame;
  title: string;
}

/** Inner content frames of all webviews: [{frame, title}] in document order. */
export async function webviewFrames(page: Page): Promise<WebviewFrame[]> {
  const found: WebviewFrame[] = [];
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

/**
 * The 'evaluate-webview-text' action: innerText of the webview `target` (its title, exact, else
 * a substring, case-insensitive; or its index; default the first).
 */
export async function webviewText(
  page: Page,
  target: BrowserRequest['target'],
): Promise<{ title: string; text: string }> {
  const deadline = Date.now() + 10_000;
  let frames: WebviewFrame[] = [];
  let match: WebviewFrame | undefined;
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

/**
 * The 'hover-screenshot' action: moves the mouse over the first element matching `selector`
 * (default: the first diagnostic squiggle) or the first editor text span containing `text`
 * (with `atCursor`: the suite showed the hover itself), waits for the hover and takes a picture.
 */
export async function hoverScreenshot(page: Page, req: BrowserRequest): Promise<HoverResult> {
  let box: { x: number; y: number; width: number; height: number } | null = null;
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
  let links: HoverResult['links'] = [];
  let images: string[] = [];
  let icons: string[] = [];
  try {
    await hover.waitFor({ state: 'visible', timeout: 8_000 });
    await sleep(300); // let the hover finish rendering its markdown
    hoverText = await hover.innerText();
    // What the rendered Markdown made of the contents: links (VS Code keeps a Markdown link's
    // target in data-href), images and theme icons.
    ({ links, images, icons } = await hover.evaluate((el) => ({
      links: [...el.querySelectorAll<HTMLElement>('a[data-href], a[href]')].map((a) => ({
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

/** The 'element-text' action: innerText of the window's elements matching `selector` (and containing `hasText`). */
export async function elementText(page: Page, req: BrowserRequest): Promise<{ texts: string[] }> {
  const locator = page.locator(String(req.selector), req.hasText ? { hasText: req.hasText } : {});
  await locator
    .first()
    .waitFor({ state: 'attached', timeout: 10_000 })
    .catch(() => {});
  return { texts: await locator.allInnerTexts() };
}
