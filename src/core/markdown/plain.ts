// Plain writing, read without the parser. micromark costs several microseconds a character of a
// long list or table of requirements (events, look-ahead, the mdast built from them), yet much
// writing holds no inline markup at all: paragraphs of words, list items of one sentence, table
// rows of words between pipes. For such text the tree the parser gives is known in advance: this
// module builds it (the same nodes, text values and offsets) when every character of a block is
// one the parser reads as plain text, and gives up (leaving the text to the parser) at anything
// else. The tests compare it with the parser on random and real text (test/unit/plain.test.ts).
//
// What counts as plain, and why:
// - In text, micromark (CommonMark, GFM footnotes, strikethrough and tables, as parse.ts uses it;
//   literal autolinks are found after parsing) starts a construct only at `!` `&` `*` `<` `[`
//   `\` `]` `_` `` ` `` `~` (and `|` in a table), and at spaces or tabs before a line ending (a
//   hard break). Control characters (tabs, `\r`, NUL) are left to the parser as well.
// - A line of a block starts with a letter: no block construct (heading, list item, quote, fence,
//   HTML, thematic break, setext underline, table delimiter row, admonition, definition) starts
//   with one, so such a line cannot interrupt a paragraph or start another block.
// - The nodes carry offsets only (line and column are 0): nothing reads the others.
import type { Heading, List, ListItem, Paragraph, RootContent, TableRow, Text } from 'mdast';

/** Off in the tests that compare with the parser's reading, and in `npm run bench:shapes --parser`. */
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

/** Are all of `text[from, to)` plain, and (when not empty) the last not a space? */
function plainLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isPlain(text.charCodeAt(i))) return false;
  return to === from || text.charCodeAt(to - 1) !== 32;
}

/** The end of the line at `i` (its `\n`, or the end of the text). */
function eolAt(text: string, i: number): number {
  const e = text.indexOf('\n', i);
  return e < 0 ? text.length : e;
}

/** Just after the line ending at `eol` (the end of the text on the last line). */
function after(text: string, eol: number): number {
  return eol < text.length ? eol + 1 : eol;
}

/** The first character from `i` that is not a space. */
function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** Is the line at `i` blank (spaces and tabs only)? */
function isBlank(text: string, i: number): boolean {
  for (; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || Number.isNaN(c)) return true;
    if (c !== 32 && c !== 9) return false;
  }
}

/** The start of the first line from `i` (a line start) that is not blank; the end of the text. */
function skipBlankLines(text: string, i: number): number {
  while (i < text.length && isBlank(text, i)) i = after(text, eolAt(text, i));
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
 * heading, that follows a closed block; see parseBlocks): paragraphs, ATX headings and lists of
 * plain text, as long as they go on. Linear in the length of what it reads.
 */
export function plainBlocks(text: string, start: number): PlainRun {
  const nodes: RootContent[] = [];
  let at = start;
  while (at < text.length) {
    const c = text.charCodeAt(at);
    const read =
      c === 35 /* # */
        ? heading(text, at)
        : isLetterAt(text, at)
          ? paragraph(text, at, 0)
          : list(text, at);
    if (!read) break;
    nodes.push(read[0]);
    at = skipBlankLines(text, read[1]);
  }
  return { nodes, end: nodes.length ? at : start };
}

/** An ATX heading of plain text (no `#` in it) on the line at `at`, and the next line's start. */
function heading(text: string, at: number): [Heading, number] | undefined {
  let i = at;
  while (text.charCodeAt(i) === 35 && i - at < 7) i++;
  const depth = i - at;
  if (depth > 6 || text.charCodeAt(i) !== 32) return undefined;
  const s = skipSpaces(text, i);
  const eol = eolAt(text, s);
  if (s === eol || !plainLine(text, s, eol)) return undefined;
  if (text.lastIndexOf('#', eol) >= s) return undefined;
  const node: Heading = {
    type: 'heading',
    depth: depth as Heading['depth'],
    children: [textNode(text.slice(s, eol), s, eol)],
    position: position(at, eol),
  };
  return [node, after(text, eol)];
}

/**
 * A paragraph of plain lines from `at` (its first character, a letter), and where it stops: the
 * line after it (blank, or the end of the text). Its other lines are a letter after any number of
 * spaces (a continuation line, lazy or not, whatever container it is in). Undefined when a line
 * is anything else. `item` > 0: in a list item with that content indent, a line at column 0
 * that is not a letter ends the paragraph there (the caller decides what it is).
 */
function paragraph(text: string, at: number, item: number): [Paragraph, number] | undefined {
  const parts: string[] = [];
  let end = at;
  let i = at;
  let s = at;
  for (;;) {
    const eol = eolAt(text, s);
    if (!plainLine(text, s, eol)) return undefined;
    parts.push(text.slice(s, eol));
    end = eol;
    i = after(text, eol);
    if (i >= text.length || isBlank(text, i)) break;
    s = skipSpaces(text, i);
    if (!isLetterAt(text, s)) {
      if (item > 0 && s === i) break;
      return undefined;
    }
  }
  const value = parts.length === 1 ? parts[0]! : parts.join('\n');
  const node: Paragraph = {
    type: 'paragraph',
    children: [textNode(value, at, end)],
    position: position(at, end),
  };
  return [node, i];
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
    // An item at `i`; `next`: where the next one starts.
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
      if (next < text.length && !isBlank(text, next)) break;
      next = skipBlankLines(text, next);
      const s = skipSpaces(text, next);
      if (next >= text.length || s === next) {
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
    const eol = Math.min(eolAt(text, i), to);
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
    i = after(text, eol);
  }
  return rows;
}
