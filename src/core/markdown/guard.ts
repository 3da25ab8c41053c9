// The parser guard: text the parser cannot read is not given to it (a line nested too deeply), or
// gives an empty tree that says why (its stack overflowed); text past the read budget (budget.ts)
// is not given to it either. Such text is reported, never linted.
import type { Root } from 'mdast';

/**
 * Why the parser could not read a text: its stack overflowed (it recurses per nesting level), a
 * line opens more than `MAX_NESTING` block quotes and list items, which the parser would take
 * seconds to overflow on, or reading it would take longer than the read budget allows (see
 * budget.ts).
 */
export type ParseFailure = 'overflow' | 'nesting' | 'budget';

/** A stretch of a document the parser could not read: no finding comes from it. */
export interface Unreadable {
  start: number;
  end: number;
  reason: ParseFailure;
}

/**
 * The most block quotes and list items one line may open. The parser's time grows with the
 * square of the depth (3,000 nested list items take seconds) and its stack overflows at a few
 * thousand; deeper text is not given to it.
 */
export const MAX_NESTING = 2_000;

/** Trees of texts the parser could not read (empty roots), and why. */
const failures = new WeakMap<Root, ParseFailure>();

/** An empty tree for a text the parser could not read, and why. */
export function failed(reason: ParseFailure): Root {
  const tree: Root = { type: 'root', children: [] };
  failures.set(tree, reason);
  return tree;
}

/** Why `parseMarkdown` could not read the text of this tree; undefined when it could. */
export function parseFailure(tree: Root): ParseFailure | undefined {
  return failures.get(tree);
}

/**
 * The most block quote and list item markers a line of `text` starts with (`> > - 1. x` has
 * four), counting no further than just past `MAX_NESTING`.
 */
export function nestingDepth(text: string): number {
  let max = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    for (;;) {
      while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      const c = text.charCodeAt(i);
      if (c === 62 /* > */) {
        i++;
      } else {
        const m = listMarkerEnd(text, i);
        if (m < 0 || !isBlank(text.charCodeAt(m))) break;
        i = m + 1;
      }
      if (++depth > MAX_NESTING) return depth;
    }
    if (depth > max) max = depth;
    // On to the next line.
    while (i < n && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    i++;
  }
  return max;
}

/**
 * Just past a list item marker at `i` (`-`, `*`, `+`, or up to nine digits and `.` or `)`); -1
 * when there is none there.
 */
export function listMarkerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) return i + 1;
  let j = i;
  while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const d = text.charCodeAt(j);
  return j > i && (d === 46 || d === 41) ? j + 1 : -1;
}

/** A space or tab (a list marker is followed by one). */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
