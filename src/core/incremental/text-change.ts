// Text changes: applying one, telling whether one turns a text into another, and finding the
// change between two texts.

/** A change of a text: `deleteLength` characters at `offset` replaced by `insertText`. */
export interface TextChange {
  offset: number;
  deleteLength: number;
  insertText: string;
}

/** Where a change starts and ends in the old text, and how far it moves the text after it. */
export function span(c: TextChange): { e0: number; e1: number; delta: number } {
  return {
    e0: c.offset,
    e1: c.offset + c.deleteLength,
    delta: c.insertText.length - c.deleteLength,
  };
}

/** Can `c` apply to `text` (whole offsets, its deleted range inside the text)? */
function fits(c: TextChange, text: string): boolean {
  return (
    Number.isInteger(c.offset) &&
    Number.isInteger(c.deleteLength) &&
    c.offset >= 0 &&
    c.deleteLength >= 0 &&
    c.offset + c.deleteLength <= text.length &&
    typeof c.insertText === 'string'
  );
}

/** `text` after the change `c`; undefined when `c` does not fit `text`. */
export function applyChange(text: string, c: TextChange): string | undefined {
  if (!fits(c, text)) return undefined;
  return text.slice(0, c.offset) + c.insertText + text.slice(c.offset + c.deleteLength);
}

/** Does `c` turn `old` into `text`? */
export function describes(c: TextChange, old: string, text: string): boolean {
  const end = c.offset + c.deleteLength;
  return (
    fits(c, old) &&
    old.length - c.deleteLength + c.insertText.length === text.length &&
    text.startsWith(c.insertText, c.offset) &&
    text.slice(0, c.offset) === old.slice(0, c.offset) &&
    text.slice(c.offset + c.insertText.length) === old.slice(end)
  );
}

/** The change from `a` to `b`: their common prefix and suffix are kept. */
export function diff(a: string, b: string): TextChange {
  const n = Math.min(a.length, b.length);
  let p = 0;
  const CHUNK = 1024;
  while (p + CHUNK <= n && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  const m = n - p;
  while (
    s + CHUNK <= m &&
    a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)
  ) {
    s += CHUNK;
  }
  while (s < m && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { offset: p, deleteLength: a.length - p - s, insertText: b.slice(p, b.length - s) };
}
