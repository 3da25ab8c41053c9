// The block path: re-parse the top-level blocks an edit touches and a neighbour on each side.
import type { Root } from 'mdast';
import {
  blankBefore,
  nextLineStart,
  offsetsOf,
  parseWithDefinitions,
  toBlocks,
  unclosedFrontMatter,
} from '../markdown/blocks';
import { span, type TextChange } from './text-change';
import { definitionsOutside, firstIndex, track, type Plan, type State } from './state';

/** Re-parsed text around an edit larger than this is linted in full instead. */
const MAX_WINDOW = 256 * 1024;

/** How often the window may grow when its end does not line up with the old blocks. */
const MAX_ATTEMPTS = 6;

/** Re-parse the blocks the edit touches and a neighbour on each side. */
export function windowPlan(state: State, body: string, c: TextChange): Plan | undefined {
  const old = state.body;
  const { blocks, starts, ends, lineStarts } = state;
  const { e0, e1, delta } = span(c);

  // The blocks the edit touches, i..j (j < i when it falls between blocks), and a neighbour on
  // each side: a (whose first line the edit leaves alone) and b (entirely after the edit).
  const i = firstIndex(ends, (end) => end >= e0);
  const j = firstIndex(lineStarts, (s) => s > e1) - 1;
  let a = i - 1;
  if (i < blocks.length && startsItsOwn(old, lineStarts[i]!, e0)) {
    // The edited block itself starts the window: the block above cannot take it in.
    a = i;
  } else {
    // The window starts after a blank line, where the parser starts afresh (see parseBlocks).
    while (a >= 0 && (nextLineStart(old, starts[a]!) > e0 || !blankBefore(old, lineStarts[a]!))) {
      a--;
    }
  }
  let b = j + 1;
  const windowStart = a >= 0 ? lineStarts[a]! : 0;
  const lo = Math.max(a, 0);

  let parsed: { tree: Root; source: string; count: number } | undefined;
  /** The window ends with the first item of list b, which is kept (see below). */
  let listTail = false;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && !parsed; attempt++) {
    // A list after the edit is read up to the end of its first item: when that item starts
    // and ends where it did, the rest of the list reads as before, and the list is kept (a
    // long list of requirements would otherwise be read again for an edit above or below it).
    const after = blocks[b];
    listTail = !!after && (after.items?.length ?? 0) > 1 && after.definitions.length === 0;
    const oldEnd = !after ? old.length : listTail ? starts[b]! + after.items![0]![1] : ends[b]!;
    const windowEnd = oldEnd + delta;
    if (windowEnd - windowStart > MAX_WINDOW) return undefined;
    const text = body.slice(windowStart, windowEnd);
    if (text.charCodeAt(0) === 0xfeff) return undefined; // a parser would drop it as a BOM
    const last = Math.min(b, blocks.length - 1);
    const tree = parseWithDefinitions(text, windowStart === 0, () =>
      definitionsOutside(state, lo, last),
    );
    if (!tree) return undefined;
    const kids = tree.children;
    const n = tree.count;
    if (a >= 0 && (n === 0 || offsetsOf(kids[0]!)[0] !== starts[a]! - windowStart)) {
      return undefined;
    }
    const tail = n > 0 ? kids[n - 1] : undefined;
    const tailEnd = tail ? offsetsOf(tail)[1] : 0;
    if (tailEnd > text.length) return undefined;
    // The window ends with the old block b, after a blank line: the rest parses as before.
    if (
      b < blocks.length &&
      (!tail ||
        tail.type !== blocks[b]!.type ||
        offsetsOf(tail)[0] !== starts[b]! + delta - windowStart ||
        tailEnd !== text.length ||
        !blankBefore(body, lineStarts[b]! + delta))
    ) {
      b = Math.min(blocks.length, b + (1 << attempt));
      continue;
    }
    if (listTail && (tail?.type !== 'list' || tail.children.length !== 1)) return undefined;
    parsed = { tree, source: tree.source, count: listTail ? n - 1 : n };
  }
  if (!parsed) return undefined;
  const hi = listTail ? b - 1 : Math.min(b, blocks.length - 1);

  // The new blocks, in the new text's offsets.
  const fresh = toBlocks(parsed.tree, parsed.source, windowStart, parsed.count, body).map(track);
  if (windowStart === 0) {
    const frontMatter = fresh.find((p) => p.block.frontMatter !== undefined)?.block.frontMatter;
    if (frontMatter !== state.frontMatter || unclosedFrontMatter(body, fresh[0]?.block.type)) {
      return undefined;
    }
  }
  return { lo, hi, fresh, kind: 'blocks' };
}

/**
 * Does the block whose first line starts at `lineStart` start afresh whatever an edit from `e0`
 * does? It follows a blank line, and the edit leaves its line's indentation (at most three
 * spaces) and first character alone, which opens no list item or block quote: after a blank
 * line, only those (or indentation) let a line continue the block above.
 */
function startsItsOwn(text: string, lineStart: number, e0: number): boolean {
  if (!blankBefore(text, lineStart)) return false;
  let p = lineStart;
  while (p - lineStart < 3 && text.charCodeAt(p) === 32) p++;
  const c = text.charCodeAt(p);
  const opens = c === 45 || c === 42 || c === 43 || c === 62 || (c >= 48 && c <= 57);
  return !opens && c !== 32 && c !== 9 && c !== 10 && c !== 13 && p < text.length && e0 > p;
}
