// Text shown as text in HTML or Markdown that others render: the explainer page, the hovers and
// the review report share these, so that document text is escaped one way everywhere.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Text as Markdown that renders as exactly that text, on one line: white space collapsed (and
 * trimmed unless `trim` is false); Markdown's punctuation (no emphasis, links, images, HTML,
 * headings or lists), `&` (no character references), and `:` and `.` (no autolinks such as
 * https://…, www.… or e-mail addresses) escaped.
 */
export function escapeMarkdown(text: string, trim = true): string {
  const flat = text.replace(/\s+/g, ' ');
  return (trim ? flat.trim() : flat).replace(/[\\`*_{}[\]()#+\-!~<>|$.&:]/g, '\\$&');
}
