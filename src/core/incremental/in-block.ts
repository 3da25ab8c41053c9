// The in-block path: an edit inside one block that keeps the block's kind and extent (fenced code,
// an HTML block), or one that the table and list paths take.
import type { Html } from 'mdast';
import { extractProse } from '../markdown/prose';
import { MAX_NESTING, nestingDepth } from '../markdown/guard';
import { nextLineStart } from '../markdown/blocks';
import { lineEndOf, lineStartOf } from '../text/lines';
import type { TextChange } from './text-change';
import { firstIndex, newBlock, type Plan, type State } from './state';
import { rowPlan } from './table';
import { itemPlan } from './list';

/**
 * An edit inside one block that keeps the block's kind and extent: the content of fenced code
 * or of an HTML block (no prose to lint), or one body row of a table (re-parsed on its own).
 */
export function inBlockPlan(state: State, body: string, c: TextChange): Plan | undefined {
  const k = firstIndex(state.ends, (end) => end >= c.offset);
  const block = state.blocks[k];
  if (!block) return undefined;
  const at = { start: state.starts[k]!, end: state.ends[k]!, lineStart: state.lineStarts[k]! };
  if (c.offset < at.lineStart || c.offset + c.deleteLength > at.end) return undefined;
  const delta = c.insertText.length - c.deleteLength;
  const end = at.end + delta;
  // A line nested too deeply for the parser makes the text around it unreadable, even in code.
  const edited = body.slice(
    lineStartOf(body, c.offset),
    lineEndOf(body, c.offset + c.insertText.length),
  );
  if (nestingDepth(edited) > MAX_NESTING) return undefined;
  switch (block.type) {
    case 'code': {
      if (block.units.length || block.directives.length) return undefined;
      if (!fencedCodeKeeps(state.body, body, at, c)) return undefined;
      const fresh = newBlock(block.type, at.start, { units: [], directives: [] });
      return { lo: k, hi: k, fresh: [{ ...at, end, block: fresh }], kind: 'in-block' };
    }
    case 'html': {
      if (!htmlKeeps(state.body, body, at, c)) return undefined;
      // What the HTML node gives (directives, prose after a directive), read from its new value.
      const node = htmlNode(body.slice(at.start, end), at.start, end);
      const fresh = newBlock(
        block.type,
        at.start,
        extractProse(body, { type: 'root', children: [node] }),
      );
      return { lo: k, hi: k, fresh: [{ ...at, end, block: fresh }], kind: 'in-block' };
    }
    case 'table':
      return rowPlan(state, body, c, k);
    case 'list':
      return itemPlan(state, body, c, k);
    default:
      return undefined;
  }
}

interface Extent {
  start: number;
  end: number;
  lineStart: number;
}

/**
 * Is the edit inside the content of a closed fenced code block, and does it leave the block
 * closed by the same fence? Then the block only grows or shrinks.
 */
function fencedCodeKeeps(old: string, body: string, block: Extent, c: TextChange): boolean {
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(old.slice(block.lineStart, lineEndOf(old, block.start)));
  if (!open) return false;
  const fence = open[1]!;
  const closeStart = lineStartOf(old, block.end);
  if (closeStart <= block.start || lineEndOf(old, closeStart) !== block.end) return false;
  if (!closes(old.slice(closeStart, block.end), fence)) return false;
  if (c.offset < nextLineStart(old, block.start)) return false;
  if (c.offset + c.deleteLength > lineEndingBefore(old, closeStart)) return false;
  return everyLine(body, c.offset, c.offset + c.insertText.length, (line) => !closes(line, fence));
}

/** Is `line` a closing fence for an opening `fence`? */
function closes(line: string, fence: string): boolean {
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return !!m && m[1]![0] === fence[0] && m[1]!.length >= fence.length;
}

/**
 * Is the edit inside an HTML block after its first line, and does the block keep its end? HTML
 * comments end at the first line with `-->`, blocks of other tags at a blank line; the rarer
 * kinds (`<script>`, `<?`, `<!X`, CDATA) are left to the block path.
 */
function htmlKeeps(old: string, body: string, block: Extent, c: TextChange): boolean {
  const first = old.slice(block.lineStart, lineEndOf(old, block.start)).replace(/^ {0,3}/, '');
  if (c.offset < nextLineStart(old, block.start) || lineEndOf(old, block.end) !== block.end) {
    return false;
  }
  const e1 = c.offset + c.deleteLength;
  const to = c.offset + c.insertText.length;
  if (first.startsWith('<!--')) {
    const closeStart = lineStartOf(old, block.end);
    if (!old.slice(closeStart, block.end).includes('-->')) return false;
    if (e1 > lineEndingBefore(old, closeStart)) return false;
    return everyLine(body, c.offset, to, (line) => !line.includes('-->'));
  }
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(first) || /^<[!?]/.test(first)) {
    return false;
  }
  // Ended by a blank line (or the end of the text): the line after it must be one.
  const after = nextLineStart(old, block.end);
  if (after <= old.length && !isBlank(old.slice(after, lineEndOf(old, after)))) return false;
  return everyLine(body, c.offset, to, (line) => !isBlank(line));
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** Does `test` hold for every line of `text` that holds a character of [from, to]? */
function everyLine(
  text: string,
  from: number,
  to: number,
  test: (line: string) => boolean,
): boolean {
  let start = lineStartOf(text, from);
  for (;;) {
    const end = lineEndOf(text, start);
    if (!test(text.slice(start, end))) return false;
    if (end >= to) return true;
    start = nextLineStart(text, start);
    if (start > text.length) return true;
  }
}

/** Where the line ending before the line starting at `lineStart` begins. */
function lineEndingBefore(text: string, lineStart: number): number {
  return text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13
    ? lineStart - 2
    : lineStart - 1;
}

/** An mdast HTML node as the parser makes it for `value` at [start, end). */
function htmlNode(value: string, start: number, end: number): Html {
  return {
    type: 'html',
    value,
    position: {
      start: { line: 1, column: 1, offset: start },
      end: { line: 1, column: 1, offset: end },
    },
  };
}
