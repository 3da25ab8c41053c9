// The explainer page's HTML shell: a strict CSP, nonce'd scripts, one stylesheet, no inline code.
import { escapeHtml } from '../../core/text/escape';

export interface ShellOptions {
  /** The webview's `cspSource` (the origin its local resources are served from). */
  cspSource: string;
  /** A fresh nonce for this page (see `createNonce`). */
  nonce: string;
  /** URI of media/sidebar.js, as returned by `asWebviewUri`. */
  scriptUri: string;
  /** URI of media/sidebar-rules.js (each rule's name and explanation, loaded first). */
  rulesScriptUri: string;
  /** URI of media/sidebar-model.js (the page's pure helpers, loaded before sidebar.js). */
  modelScriptUri: string;
  /** URI of media/sidebar-strings.js (the page's words in English and Dutch, loaded before sidebar.js). */
  stringsScriptUri: string;
  /** URI of media/sidebar.css. */
  styleUri: string;
  /** URIs of the "UX is one part of CX" picture, one per UI language. */
  primerImageUris: Record<'en' | 'nl', string>;
  /** The UI language. */
  uiLang: 'en' | 'nl';
}

export { escapeHtml };

/** A nonce for one page load: 32 random bytes, hex (64 characters). */
export function createNonce(): string {
  // Web Crypto: in Node 20 and in the browser's extension host alike.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The Content-Security-Policy of the page: nothing but our own files and nonce'd scripts. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return (
    `default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource}; ` +
    `script-src 'nonce-${nonce}';`
  );
}

/** The page's HTML. Every value is escaped; the page's content is built by sidebar.js. */
export function renderShell(opts: ShellOptions): string {
  const lang = opts.uiLang === 'nl' ? 'nl' : 'en';
  const csp = escapeHtml(contentSecurityPolicy(opts.cspSource, opts.nonce));
  const nonce = escapeHtml(opts.nonce);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(opts.styleUri)}">
<title>UX / CX</title>
</head>
<body>
<main id="app" data-primer-en="${escapeHtml(opts.primerImageUris.en)}" data-primer-nl="${escapeHtml(opts.primerImageUris.nl)}"></main>
<script nonce="${nonce}" src="${escapeHtml(opts.rulesScriptUri)}"></script>
<script nonce="${nonce}" src="${escapeHtml(opts.modelScriptUri)}"></script>
<script nonce="${nonce}" src="${escapeHtml(opts.stringsScriptUri)}"></script>
<script nonce="${nonce}" src="${escapeHtml(opts.scriptUri)}"></script>
</body>
</html>
`;
}
