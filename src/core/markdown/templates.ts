// Markup of site generators inside Markdown text, which is not prose: Liquid tags and output
// (`{% include quote.html quote="…" %}`, `{{ site.baseurl }}`, used by Jekyll sites such as the
// U.S. Web Design System's) and kramdown attribute lists (`{:.font-lang-7}`, `{: #id .class}`).
// Their words (`page`, `font`, `include`) must not be read as a writer's words.

/** Openers and their closers. A kramdown attribute list is `{:` … `}`. */
const KINDS = [
  ['{%', '%}'],
  ['{{', '}}'],
  ['{:', '}'],
] as const;

/**
 * The ranges `[start, end)` of template markup in a text, in order, not overlapping. Linear in the
 * length: after a closer is found the search goes on past it, and once a kind has no closer left
 * no later opener of that kind is tried.
 */
export function templateSpans(value: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!value.includes('{')) return spans;
  const closed = [true, true, true];
  for (let i = value.indexOf('{'); i >= 0 && i < value.length - 1;) {
    const k = KINDS.findIndex(([open]) => value.charCodeAt(i + 1) === open.charCodeAt(1));
    if (k < 0 || !closed[k]) {
      i = value.indexOf('{', i + 1);
      continue;
    }
    const close = KINDS[k]![1];
    const end = value.indexOf(close, i + 2);
    if (end < 0) {
      closed[k] = false;
      i = value.indexOf('{', i + 1);
      continue;
    }
    spans.push([i, end + close.length]);
    i = value.indexOf('{', end + close.length);
  }
  return spans;
}
