// Hostile text that must stay text wherever findings are shown: the explainer webview and the
// hovers (test/integration/security.test.ts) and the review report (test/unit/report.test.ts).

/** The test document that carries them: test/integration/workspace/security/hostile.md. */
export const HOSTILE_FIXTURE = 'security/hostile.md';

/**
 * The payloads as the findings' statements carry them (the fixture escapes them, so Markdown
 * keeps them as literal text). The `<img>` URL is protocol-relative: the engine leaves out a
 * `https://` URL as not prose; the fixture's last sentence has the raw https forms.
 */
export const PAYLOADS = [
  '<script>window.__uxcxPwned=1</script>',
  '<img src=x onerror="window.__uxcxPwned=2">',
  '<img src="//example.invalid/leak.png">',
  '[link](javascript:window.__uxcxPwned=3)',
  '</style><style>body{visibility:hidden}</style>',
  // A template expression (Svelte's braces; Liquid's `{{…}}` is not prose, the engine leaves it out).
  "{constructor.constructor('window.__uxcxPwned=4')()}",
  '${window.__uxcxPwned=5}',
  '"><meta http-equiv="Content-Security-Policy" content="default-src *">',
  '[x](command:workbench.action.terminal.new)',
] as const;
