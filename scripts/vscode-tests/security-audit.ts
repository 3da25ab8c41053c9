// The 'webview-security' action: what a hostile document could have done in the window. The
// watch records, from before the workbench loads, every request of every frame and service
// worker with how it ended, WebSockets, and the console's Content-Security-Policy reports; the
// audit looks at a webview's content frame (its scripts, event-handler attributes, URLs, CSP),
// at every frame's globals, and at what left the machine since a mark.
//
// auditContentFrame and the function in cspProbe run in the page: they bind no function to a
// name (see browser-actions.ts).
import * as crypto from 'node:crypto';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { WebviewSecurityReport } from '../../test/integration/browser';
import { webviewFrames, type WebviewFrame } from './browser-actions';
import type { BrowserRequest } from './requests';
import { sleep } from './util';

declare global {
  interface Window {
    /** Set by a payload of the hostile test document if it ever runs (test/security-payloads.ts). */
    __uxcxPwned?: number;
    /** Set by cspProbe's inline script if the CSP lets it run. */
    __uxcxCspProbe?: unknown;
  }
}

interface RequestEntry {
  url: string;
  type: string;
  frameUrl: string;
  /** 'pending', 'response', 'service worker', or why it failed. */
  outcome: string;
}

/** What the browser did since it started; positions in the logs let a check look at what came later. */
export interface BrowserWatch {
  requests: RequestEntry[];
  websockets: string[];
  csp: { text: string; url: string }[];
}

/**
 * Records, from before the workbench loads, what the security checks look at: every request of
 * every frame and service worker with how it ended, WebSockets, and console messages about the
 * Content-Security-Policy. Positions in the logs let a check look only at what came later.
 */
export function watchBrowser(context: BrowserContext, page: Page): BrowserWatch {
  const watch: BrowserWatch = { requests: [], websockets: [], csp: [] };
  const entries = new WeakMap<object, RequestEntry>();
  context.on('request', (request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // a service worker's request has no frame
    }
    const entry: RequestEntry = {
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
function stayedLocal(entry: { url: string; outcome?: string }): boolean {
  if (['csp', 'net::ERR_BLOCKED_BY_CSP', 'service worker'].includes(entry.outcome ?? '')) {
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

/** Everything a webview content frame shows about how it was built and what ran in it. Runs in the page. */
function auditContentFrame() {
  const csp = [...document.querySelectorAll('meta[http-equiv]')]
    .filter((m) => /^content-security-policy$/i.test(m.getAttribute('http-equiv') || ''))
    .map((m) => m.getAttribute('content') || '');
  const nonce = /'nonce-([^']+)'/.exec(csp[0] || '')?.[1] || '';
  const handlers: string[] = [];
  const urls: string[] = [];
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
          s.compareDocumentPosition(document.querySelector('meta[http-equiv]')!) &
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

const CSP_PROBE_SCRIPT = 'window.__uxcxCspProbe = 1';
const CSP_PROBE_IMAGE = 'https://example.invalid/csp-probe.png';

/** Tries an inline script and an external image in the frame: the CSP must block both. */
async function cspProbe(frame: Frame): Promise<{ inlineScriptRan: boolean; violations: string[] }> {
  return frame.evaluate(
    async ([source, image]) => {
      const seen: string[] = [];
      // Listens until aborted: a listener bound to a name would need tsx's __name() in the page.
      const listening = new AbortController();
      document.addEventListener(
        'securitypolicyviolation',
        (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        { signal: listening.signal },
      );
      const script = document.createElement('script');
      script.textContent = source;
      document.head.append(script);
      script.remove();
      const img = new Image();
      img.src = image;
      await new Promise((resolve) => setTimeout(resolve, 300));
      listening.abort();
      return { inlineScriptRan: window.__uxcxCspProbe !== undefined, violations: seen };
    },
    [CSP_PROBE_SCRIPT, CSP_PROBE_IMAGE] as const,
  );
}

/** Whether a CSP report is about the probe: its image, or its script (named by its hash). */
function fromProbe(text: string): boolean {
  const hash = crypto.createHash('sha256').update(CSP_PROBE_SCRIPT).digest('base64');
  return text.includes(CSP_PROBE_IMAGE) || text.includes(`sha256-${hash}`);
}

/** The reply to {mark: true}: where the logs stand now. */
type Mark = { requests: { seq: number }; csp: { seq: number } };

/**
 * The 'webview-security' action: waits until the webview `target` shows every string of
 * `expect`, then reports what a hostile document could have done: globals set by payloads
 * (`window.__uxcxPwned`) in any frame, the content frame's scripts, event-handler attributes,
 * URLs and CSP, requests leaving the machine and CSP messages since `since`/`cspSince`, and
 * with `probe` whether the CSP blocks an inline script and an external image.
 * `problems` lists every broken expectation; the suite asserts it is empty.
 */
export async function webviewSecurity(
  page: Page,
  watch: BrowserWatch,
  req: BrowserRequest,
): Promise<WebviewSecurityReport | Mark> {
  if (req.mark) return { requests: { seq: watch.requests.length }, csp: { seq: watch.csp.length } };
  const expect = (req.expect || []).map(String);
  const problems: string[] = [];
  const deadline = Date.now() + 10_000;
  let match: WebviewFrame | undefined;
  let audit: ReturnType<typeof auditContentFrame> | undefined;
  for (;;) {
    const frames = await webviewFrames(page);
    match =
      typeof req.target === 'string' && req.target !== ''
        ? frames.find((f) => f.title.toLowerCase().includes(String(req.target).toLowerCase()))
        : frames[typeof req.target === 'number' ? req.target : 0];
    if (match) {
      audit = await match.frame.evaluate(auditContentFrame).catch(() => undefined);
      const text = audit?.text;
      if (text !== undefined && expect.every((t) => text.includes(t))) break;
    }
    if (Date.now() > deadline) break;
    await sleep(250);
  }
  if (!match || !audit) throw new Error('no webview content frame to check');
  for (const t of expect) {
    if (!audit.text.includes(t)) problems.push(`webview text lacks ${JSON.stringify(t)}`);
  }

  const frames: { url: string; pwned: string | null }[] = [];
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
  const { text, ...auditWithoutText } = audit; // the text is sent once, below
  return {
    title: match.title,
    problems,
    audit: auditWithoutText,
    text,
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
