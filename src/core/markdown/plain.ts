// Plain writing, read without the parser. micromark costs several microseconds a character of a
// long list or table of requirements (events, look-ahead, the mdast built from them), yet much
// writing holds no inline markup at all: paragraphs of words, list items of one sentence, table
// rows of words between pipes. For such text the tree the parser gives is known in advance: this
// module builds it (the same nodes, text values and offsets) when every character of a block is
// one the parser reads as plain text, and gives up (leaving the text to the parser) at anything
// else. A paragraph or heading whose lines are plain at their starts but hold inline markup is
// given to the parser alone (its block structure is known; only its inline content is not). The
// tests compare it with the parser on random and real text (test/unit/plain.test.ts).
//
// What counts as plain, and why:
// - In text, micromark (CommonMark, GFM footnotes, strikethrough and tables, as parse.ts uses it;
//   literal autolinks are found after parsing) starts a construct only at `!` `&` `*` `<` `[`
//   `\` `]` `_` `` ` `` `~` (and `|` in a table), and at spaces or tabs before a line ending (a
//   hard break). Control characters (tabs, NUL) are left to the parser as well. Line endings
//   (`\n`, `\r\n`, a lone `\r`) stay in a text value as written.
// - A line of a block starts with a letter: no block construct (heading, list item, quote, fence,
//   HTML, thematic break, setext underline, table delimiter row, admonition, definition) starts
//   with one, so such a line cannot interrupt a paragraph or start another block.
// - The nodes carry offsets only (line and column are 0): nothing reads the others.
import type {
  Blockquote,
  Heading,
  List,
  ListItem,
  Nodes,
  Paragraph,
  RootContent,
  Table,
  TableRow,
  Text,
  Yaml,
} from 'mdast';
import { parseFailure } from './guard';
import { FENCE, parseMarkdown } from './parse';
import { afterLineEnding, isBlankLineAt, lineEndOf } from '../text/lines';

/** Off in the tests that compare with the parser's reading, and in `npm run bench:shapes -- --parser`. */
export const plainReading = { on: true };

/** ASCII characters that are plain text wherever they are: 1; others 0. */
const PLAIN = new Uint8Array(128);
for (let c = 32; c < 127; c++) PLAIN[c] = 1;
for (const c of '!&*<[\\]_`~|') PLAIN[c.charCodeAt(0)] = 0;

const LETTER = /\p{L}/u;

/** Can `text[i]` be read as plain text (see above)? */
function isPlain(c: number): boolean {
  return c < 128 ? PLAIN[c] === 1 : c !== 0xfeff;
}

/** Does `text[i]` start a line that is nothing but text: a letter (not in a surrogate pair)? */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c < 0xd800 || c > 0xdfff ? LETTER.test(text[i]!) : false;
}

/**
 * The end of the line from `from` (its line ending or the end of the text) when all its
 * characters from `from` are plain and the last is not a space; -1 otherwise.
 */
function plainLineEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? PLAIN[c] !== 1 : c === 0xfeff) {
      if (c === 10 || c === 13) break;
      return -1;
    }
  }
  return i > from && text.charCodeAt(i - 1) === 32 ? -1 : i;
}

/** The first character from `i` that is not a space. */
function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** The start of the first line from `i` (a line start) that is not blank; the end of the text. */
function skipBlankLines(text: string, i: number): number {
  while (i < text.length && isBlankLineAt(text, i)) i = afterLineEnding(text, lineEndOf(text, i));
  return i;
}

function position(start: number, end: number): NonNullable<Text['position']> {
  return {
    start: { line: 0, column: 0, offset: start },
    end: { line: 0, column: 0, offset: end },
  };
}

function textNode(value: string, start: number, end: number): Text {
  return { type: 'text', value, position: position(start, end) };
}

/** What the plain reader found: the blocks, and where the text after them starts. */
export interface PlainRun {
  nodes: RootContent[];
  /**
   * Where the next block starts (a non-blank line, or the end of the text); the parser reads on
   * from there as at the start of a text. `start` itself when nothing was read.
   */
  end: number;
}

/**
 * The top-level blocks of plain writing from `start`, a line start where a new block is read as
 * at the start of a text (the start of a document, or a line after a blank line, or after a
 * heading, that follows a closed block; see parseBlocks): paragraphs, ATX headings, lists, block
 * quotes of one paragraph and table rows of plain text, as long as they go on. Linear in the length of what it reads.
 */
export function plainBlocks(text: string, start: number): PlainRun {
  const nodes: RootContent[] = [];
  let at = start;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    const read =
      c === 35 /* # */
        ? heading(text, at)
        : c === 124 /* | */
          ? table(text, at)
          : c === 62 /* > */
            ? quote(text, at)
            : isLetterAt(text, at)
              ? paragraph(text, at, 0)
              : list(text, at);
    if (!read) break;
    nodes.push(read[0]);
    at = skipBlankLines(text, read[1]);
  }
  return { nodes, end: nodes.length ? at : start };
}

/**
 * YAML front matter at the start of `text` as the parser reads it (remark-frontmatter): a first
 * line `---` and the next line that is `---` (each with spaces or tabs after it); the value is
 * what lies between them without its last line ending. Also the start of the line after it, where
 * the next block is read as at the start of a text. Undefined when there is no front matter or it
 * is never closed (then the parser reads the text; see parseMarkdown). Linear in the length of
 * the front matter: the parser takes microseconds a line of it.
 */
export function plainFrontMatter(text: string): [Yaml, number] | undefined {
  const close = frontMatterClose(text);
  if (close < 0) return undefined;
  const bodyStart = afterLineEnding(text, lineEndOf(text, 0));
  let valueEnd = close;
  if (valueEnd > bodyStart) {
    valueEnd--;
    if (text.charCodeAt(valueEnd) === 10 && text.charCodeAt(valueEnd - 1) === 13) valueEnd--;
  }
  const eol = lineEndOf(text, close);
  const node: Yaml = {
    type: 'yaml',
    value: text.slice(bodyStart, Math.max(bodyStart, valueEnd)),
    position: position(0, eol),
  };
  return [node, afterLineEnding(text, eol)];
}

/**
 * Where the line that closes YAML front matter at the start of `text` starts: the first line
 * after a first line `---` that is `---` too (each with spaces or tabs after it); -1 when the
 * text opens no front matter or never closes it.
 */
export function frontMatterClose(text: string): number {
  if (!FENCE.test(text)) return -1;
  for (let i = afterLineEnding(text, lineEndOf(text, 0)); i < text.length;) {
    const eol = lineEndOf(text, i);
    if (isFence(text, i, eol)) return i;
    i = afterLineEnding(text, eol);
  }
  return -1;
}

/** Is `text[from, to)` a fence of front matter: `---`, then only spaces or tabs? */
function isFence(text: string, from: number, to: number): boolean {
  if (!text.startsWith('---', from)) return false;
  for (let i = from + 3; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** An ATX heading on the line at `at` (read by the parser when not plain), and the next line's start. */
function heading(text: string, at: number): [Heading, number] | undefined {
  let i = at;
  while (text.charCodeAt(i) === 35 && i - at < 7) i++;
  const depth = i - at;
  if (depth > 6 || text.charCodeAt(i) !== 32) return undefined;
  const s = skipSpaces(text, i);
  const eol = plainLineEnd(text, s);
  if (eol <= s || text.slice(s, eol).includes('#')) {
    // Markup (or `#`, or nothing): the parser reads the line.
    const line = lineEndOf(text, at);
    const node = alone(text, at, line, 'heading');
    return node && [node, afterLineEnding(text, line)];
  }
  const node: Heading = {
    type: 'heading',
    depth: depth as Heading['depth'],
    children: [textNode(text.slice(s, eol), s, eol)],
    position: position(at, eol),
  };
  return [node, afterLineEnding(text, eol)];
}

/**
 * The block `text[start, end)` (a paragraph whose lines start with letters, or a heading's line)
 * as the parser reads it on its own, at the offsets of `text`; undefined when it does not read as
 * one block of `type`. Inline markup does not change where the block's lines start or end, and
 * inline content is read the same in and out of a container: only references could differ, and
 * a document with definitions is parsed whole (see parseBlocks).
 */
function alone<T extends 'paragraph' | 'heading'>(
  text: string,
  start: number,
  end: number,
  type: T,
): Extract<RootContent, { type: T }> | undefined {
  const tree = parseMarkdown(text.slice(start, end), false);
  const node = tree.children[0];
  if (parseFailure(tree) || tree.children.length !== 1 || node?.type !== type) return undefined;
  if (node.position?.start.offset !== 0) return undefined;
  move(node, start);
  return node as Extract<RootContent, { type: T }>;
}

/**
 * A paragraph from `at` (its first character, a letter), and where it stops: the line after it
 * (blank, or the end of the text). Its other lines are a letter after any number of spaces (a
 * continuation line, lazy or not, whatever container it is in). Undefined when a line is anything
 * else, except a simple quote or list item at column 0 that interrupts it (see `interrupts`). A
 * paragraph of plain lines is built here; one with markup is read by the parser alone. `item` >
 * 0: in a list item with that content indent, any line at column 0 that is not a letter ends the
 * paragraph there (the caller decides what it is).
 */
function paragraph(text: string, at: number, item: number): [Paragraph, number] | undefined {
  // The lines without the spaces before them, each with its line ending but the last.
  const parts: string[] = [];
  let end = at;
  let i = at;
  let s = at;
  /** Whether a line holds markup (or ends with a space): then the parser reads the paragraph. */
  let marked = false;
  for (;;) {
    let eol = plainLineEnd(text, s);
    if (eol < 0) {
      marked = true;
      eol = lineEndOf(text, s);
    }
    end = eol;
    i = afterLineEnding(text, eol);
    if (i >= text.length || isBlankLineAt(text, i)) {
      parts.push(text.slice(s, eol));
      break;
    }
    const next = skipSpaces(text, i);
    if (!isLetterAt(text, next)) {
      parts.push(text.slice(s, eol));
      if (next === i && (item > 0 || interrupts(text, i))) break;
      return undefined;
    }
    parts.push(text.slice(s, i));
    s = next;
  }
  if (marked) {
    const node = alone(text, at, end, 'paragraph');
    return node && [node, i];
  }
  const value = parts.length === 1 ? parts[0]! : parts.join('');
  const node: Paragraph = {
    type: 'paragraph',
    children: [textNode(value, at, end)],
    position: position(at, end),
  };
  return [node, i];
}

/**
 * Does a block quote start at `at` (column 0) whose first line is a letter: `>`, at most one
 * space, a letter? Its content is then a paragraph, read the same wherever the quote starts.
 */
function startsQuote(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 62) return false;
  return isLetterAt(text, text.charCodeAt(at + 1) === 32 ? at + 2 : at + 1);
}

/**
 * Does the line at `at` (column 0) end a paragraph before it by starting a block whose first
 * line is a letter: a quote (see `startsQuote`), or a list item whose content is a letter and
 * that may interrupt a paragraph (a bullet, or an ordered item numbered `1`)? Such a block reads
 * the same after the paragraph as at the start of a text.
 */
function interrupts(text: string, at: number): boolean {
  if (startsQuote(text, at)) return true;
  const m = marker(text, at);
  if (!m || m === 'other') return false;
  return m.kind[0] !== '1' || (m.width === 3 && text.charCodeAt(at) === 49);
}

/**
 * A block quote of one plain paragraph from `at` (see `startsQuote`), and the start of the line
 * after it: its other lines are `>` and a letter after spaces, or a lazy continuation (a letter
 * after spaces). It ends at a blank line, the end of the text, or a line that interrupts its
 * paragraph (see `interrupts`); undefined when a line holds markup or is anything else (a quote's
 * blank line, a nested block): the parser reads it.
 */
function quote(text: string, at: number): [Blockquote, number] | undefined {
  if (!startsQuote(text, at)) return undefined;
  const first = text.charCodeAt(at + 1) === 32 ? at + 2 : at + 1;
  const parts: string[] = [];
  let s = first;
  let end: number;
  let i: number;
  for (;;) {
    const eol = plainLineEnd(text, s);
    if (eol < 0) return undefined;
    end = eol;
    i = afterLineEnding(text, eol);
    if (i >= text.length || isBlankLineAt(text, i)) {
      parts.push(text.slice(s, eol));
      break;
    }
    const next = skipSpaces(text, text.charCodeAt(i) === 62 ? i + 1 : i);
    if (!isLetterAt(text, next)) {
      parts.push(text.slice(s, eol));
      if (next === i && interrupts(text, i)) break;
      return undefined;
    }
    parts.push(text.slice(s, i));
    s = next;
  }
  const value = parts.length === 1 ? parts[0]! : parts.join('');
  const paragraph: Paragraph = {
    type: 'paragraph',
    children: [textNode(value, first, end)],
    position: position(first, end),
  };
  return [{ type: 'blockquote', children: [paragraph], position: position(at, end) }, i];
}

/**
 * A list item marker at `at` (column 0): its kind (the bullet, or the delimiter of an ordered
 * list after a `1`) and its width with the one space after it; undefined when the line does not
 * start with a marker and one space and a letter; 'other' when it starts with a marker that may
 * still start an item (or a thematic break): followed by white space or the line's end.
 */
function marker(text: string, at: number): { kind: string; width: number } | 'other' | undefined {
  const c = text.charCodeAt(at);
  let i = at;
  let kind: string;
  if (c === 45 || c === 43 || c === 42) {
    kind = text[at]!;
    i++;
  } else {
    while (i - at < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const d = text.charCodeAt(i);
    if (i === at || (d !== 46 && d !== 41)) return undefined;
    if (i - at > 9) return 'other';
    kind = `1${text[i]!}`;
    i++;
  }
  const space = text.charCodeAt(i);
  if (space !== 32 || !isLetterAt(text, i + 1)) {
    // A marker followed by white space or nothing may start an item (or a thematic break).
    return space === 32 || space === 9 || space === 10 || Number.isNaN(space) ? 'other' : undefined;
  }
  return { kind, width: i + 1 - at };
}

/**
 * A list of plain items from `at`, and where the text after it starts. An item is a marker, one
 * space and a paragraph of plain lines; after a blank line, it may go on with more such
 * paragraphs indented by its content's indent (up to three columns more). The list ends at a
 * blank line followed by a line at column 0 that cannot be an item of it; anything else (a
 * nested block, code, another marker where it might continue the list) is left to the parser.
 */
function list(text: string, at: number): [List, number] | undefined {
  const first = marker(text, at);
  if (!first || first === 'other') return undefined;
  const items: ListItem[] = [];
  for (let i = at; ;) {
    // An item at `i`; `next`: where the next one starts. A quote right after an item ends the list.
    if (i > at && startsQuote(text, i)) return [listNode(items, at), i];
    const m = marker(text, i);
    if (!m || m === 'other' || m.kind !== first.kind) return undefined;
    const paragraphs: Paragraph[] = [];
    let read = paragraph(text, i + m.width, m.width);
    let next: number;
    for (;;) {
      if (!read) return undefined;
      paragraphs.push(read[0]);
      next = read[1];
      // Right after the paragraph, at column 0 (see `paragraph`): the next item (checked above).
      if (next < text.length && !isBlankLineAt(text, next)) break;
      next = skipBlankLines(text, next);
      const s = skipSpaces(text, next);
      const c0 = text.charCodeAt(next);
      if (next >= text.length || (c0 !== 32 && c0 !== 9)) {
        // The end of the text, or a line at column 0: another item, or the end of the list.
        const n = next < text.length ? marker(text, next) : undefined;
        if (n === 'other' || (n && n.kind === first.kind)) break;
        if (first.kind[0] === '1' && text.charCodeAt(next) >= 48 && text.charCodeAt(next) <= 57) {
          return undefined; // digits: an item of this list or not, left to the parser
        }
        items.push(item(paragraphs, i));
        return [listNode(items, at), next];
      }
      // Indented: another paragraph of the item, or the parser's business.
      if (s - next < m.width || s - next > m.width + 3 || !isLetterAt(text, s)) return undefined;
      read = paragraph(text, s, m.width);
    }
    items.push(item(paragraphs, i));
    i = next;
  }
}

function item(paragraphs: Paragraph[], start: number): ListItem {
  return {
    type: 'listItem',
    spread: false,
    children: paragraphs,
    position: position(start, paragraphs.at(-1)!.position!.end.offset!),
  };
}

function listNode(items: ListItem[], start: number): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items,
    position: position(start, items.at(-1)!.position!.end.offset!),
  };
}

/**
 * The body rows of a GFM table in `text[from, to)` (whole lines, after the delimiter row), when
 * each is `|`, cells of plain text that are not blank, `|`, and nothing after; undefined
 * otherwise. Each cell runs from its `|` to the next (the last one takes the closing `|` too);
 * its text is its content without the spaces around it.
 */
export function plainRows(text: string, from: number, to: number): TableRow[] | undefined {
  const rows: TableRow[] = [];
  for (let i = from; i < to;) {
    const eol = Math.min(lineEndOf(text, i), to);
    if (text.charCodeAt(i) !== 124 || eol - i < 3 || text.charCodeAt(eol - 1) !== 124) {
      return undefined;
    }
    const cells: TableRow['children'] = [];
    for (let p = i; p < eol - 1;) {
      let q = p + 1;
      while (text.charCodeAt(q) !== 124) {
        if (!isPlain(text.charCodeAt(q))) return undefined;
        q++;
      }
      const s = skipSpaces(text, p + 1);
      let e = q;
      while (e > s && text.charCodeAt(e - 1) === 32) e--;
      if (s === e) return undefined;
      const last = q === eol - 1;
      cells.push({
        type: 'tableCell',
        children: [textNode(text.slice(s, e), s, e)],
        position: position(p, last ? eol : q),
      });
      p = q;
    }
    rows.push({ type: 'tableRow', children: cells, position: position(i, eol) });
    i = afterLineEnding(text, eol);
  }
  return rows;
}

/**
 * A table at `at`, and the start of the line after it: its head (header and delimiter row) as the
 * parser reads it alone, its plain rows (see `plainRows`) read here, and each run of other rows
 * read by the parser after a copy of the head (each body row is read on its own against the head:
 * see tables.ts). The table runs to the next blank line; undefined when the parser does not read
 * a run as rows of the table.
 */
function table(text: string, at: number): [Table, number] | undefined {
  const delimiter = afterLineEnding(text, lineEndOf(text, at));
  if (delimiter >= text.length) return undefined;
  const rowsStart = afterLineEnding(text, lineEndOf(text, delimiter));
  const node = tableHead(text, at, rowsStart);
  if (!node) return undefined;
  const head = text.slice(at, rowsStart);
  /** The rows of `text[from, to)` read by the parser after the head; false when they are not. */
  const parsed = (from: number, to: number): boolean => {
    const piece = head + text.slice(from, to);
    const tree = parseMarkdown(piece, false);
    const t = tree.children[0];
    if (parseFailure(tree) || tree.children.length !== 1 || t?.type !== 'table') return false;
    if (t.position?.end.offset !== trimEnd(piece)) return false;
    for (const row of t.children.slice(1)) {
      move(row, from - head.length);
      node.children.push(row);
    }
    return true;
  };
  let end = rowsStart;
  let run = -1;
  while (end < text.length && !isBlankLineAt(text, end)) {
    const next = afterLineEnding(text, lineEndOf(text, end));
    const row = plainRows(text, end, next);
    if (!row) {
      if (run < 0) run = end;
    } else {
      if (run >= 0 && !parsed(run, end)) return undefined;
      run = -1;
      node.children.push(row[0]!);
    }
    end = next;
  }
  if (run >= 0 && !parsed(run, end)) return undefined;
  if (node.children.length > 1) node.position!.end = { ...node.children.at(-1)!.position!.end };
  return [node, end];
}

/** The length of `s` without the line endings at its end. */
function trimEnd(s: string): number {
  let n = s.length;
  while (n > 0 && (s.charCodeAt(n - 1) === 10 || s.charCodeAt(n - 1) === 13)) n--;
  return n;
}

/**
 * The head of a table, `text[start, rowsStart)` (its header line and delimiter row, with the line
 * ending after it), read by the parser on its own: a table of its header row, at the offsets of
 * `text`. Undefined when the two lines do not read as one table.
 */
export function tableHead(text: string, start: number, rowsStart: number): Table | undefined {
  const head = text.slice(start, rowsStart);
  const tree = parseMarkdown(head, false);
  const node = tree.children[0];
  if (parseFailure(tree) || tree.children.length !== 1 || node?.type !== 'table') return undefined;
  if (node.position?.end.offset !== trimEnd(head) || node.children.length !== 1) return undefined;
  move(node, start);
  return node;
}

/** Move the offsets of a node and all inside it by `delta` (line and column become 0). */
function move(root: Nodes, delta: number): void {
  const stack: Nodes[] = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.position) {
      n.position = position(n.position.start.offset! + delta, n.position.end.offset! + delta);
    }
    if ('children' in n) for (const c of n.children) stack.push(c);
  }
}
