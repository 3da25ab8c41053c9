// Long tables, read a few rows at a time. A table is one Markdown block, so the chunked parse of
// a document (blocks.ts) cannot cut it, and micromark's time on one table grows faster than its
// length (a 400 KB table takes seconds; a 1 MB table of requirements, tens of seconds). Each body
// row of a GFM table is read on its own against the header, so the rows can be parsed in pieces,
// each after a copy of the header and delimiter row, and put together into the table the whole
// parse gives (checked by the tests against the whole parse).
import type { Nodes, Root, Table } from 'mdast';
import { parseFailure } from './guard';
import { parseMarkdown } from './parse';
import { plainReading, plainRows, tableHead } from './plain';
import { afterLineEnding, isBlankBetween, lineEndOf } from '../text/lines';

/** A table longer than this (in characters) is read a few rows at a time. */
export const LONG_TABLE = 64 * 1024;
/** About how many characters of rows go into one piece. */
const ROWS_PER_PIECE = 8 * 1024;

/** A stretch of a document that starts a table: from its header line to the end of its last line. */
export interface TableRegion {
  start: number;
  /** Where the rows start (after the delimiter row's line ending). */
  rowsStart: number;
  /** Just after the last line's line ending (or the end of the text). */
  end: number;
}

/** The end of the line at `i` (before its line ending) and the start of the next line. */
function lineAt(text: string, i: number): [number, number] {
  const eol = lineEndOf(text, i);
  return [eol, afterLineEnding(text, eol)];
}

function isLineEnd(c: number): boolean {
  return c === 10 || c === 13;
}

/** A GFM delimiter row: pipes, dashes, colons and spaces, with a dash and a pipe. */
function isDelimiterRow(text: string, from: number, to: number): boolean {
  let dash = false;
  let pipe = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) dash = true;
    else if (c === 124) pipe = true;
    else if (c !== 58 && c !== 32 && c !== 9) return false;
  }
  return dash && pipe;
}

/**
 * The tables of `text` longer than `min` characters that start after a blank line (or at the
 * start) with a header line beginning with `|` and a delimiter row, up to the next blank line.
 * Linear in the length of the text.
 */
export function longTables(text: string, min = LONG_TABLE): TableRegion[] {
  const out: TableRegion[] = [];
  let i = 0;
  let afterBlank = true;
  while (i < text.length) {
    const [eol, next] = lineAt(text, i);
    const blank = isBlankBetween(text, i, eol);
    if (afterBlank && !blank && text.charCodeAt(i) === 124 /* | */ && next < text.length) {
      const [dEol, dNext] = lineAt(text, next);
      if (isDelimiterRow(text, next, dEol)) {
        // The table runs to the next blank line.
        let end = dNext;
        while (end < text.length) {
          const [e, n] = lineAt(text, end);
          if (isBlankBetween(text, end, e)) break;
          end = n;
        }
        if (end - i > min) out.push({ start: i, rowsStart: dNext, end });
        i = end;
        afterBlank = false;
        continue;
      }
    }
    afterBlank = blank;
    i = next;
  }
  return out;
}

/** Add `delta` to the offsets and `lines` to the line numbers of a node and all inside it. */
function shift(node: Nodes, delta: number, lines: number): void {
  const stack: Nodes[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.position) {
      const { start, end } = n.position;
      n.position = {
        start: { ...start, offset: (start.offset ?? 0) + delta, line: start.line + lines },
        end: { ...end, offset: (end.offset ?? 0) + delta, line: end.line + lines },
      };
    }
    if ('children' in n) for (const c of n.children) stack.push(c);
  }
}

/** How many line endings `text` has in [from, to). */
function countLines(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) k++;
  }
  return k;
}

/**
 * The table of `region`, parsed a piece of rows at a time, as a tree whose offsets are those of
 * `text` (a table with nothing else, as the whole parse gives it); undefined when a piece does
 * not read as one table of all its lines (another block interrupts the rows): then the region is
 * to be parsed whole.
 */
export function parseLongTable(text: string, region: TableRegion): Root | undefined {
  const head = text.slice(region.start, region.rowsStart);
  const headLines = countLines(head, 0, head.length);
  // The head read on its own when the rows are plain (plain.ts): the parser reads only them.
  let table: Table | undefined = plainReading.on
    ? tableHead(text, region.start, region.rowsStart)
    : undefined;
  const line = 1 + countLines(text, 0, region.start); // line of region.start
  let rowLine = line + headLines;
  for (let at = region.rowsStart; at < region.end || !table;) {
    let to = Math.min(region.end, at + ROWS_PER_PIECE);
    if (to < region.end) to = lineAt(text, to)[1];
    // Rows of plain text need no parser (plain.ts).
    const plain = table && plainReading.on ? plainRows(text, at, to) : undefined;
    if (table && plain?.length) {
      table.children.push(...plain);
      table.position!.end = { ...plain.at(-1)!.position!.end };
      rowLine += countLines(text, at, to);
      at = to;
      if (at >= region.end) break;
      continue;
    }
    const rows = text.slice(at, to);
    const piece = head + rows;
    const tree = parseMarkdown(piece, false);
    const node = tree.children[0];
    if (parseFailure(tree) || tree.children.length !== 1 || node?.type !== 'table')
      return undefined;
    // The table must take every line of the piece (no block interrupted it).
    let trimmed = piece.length;
    while (trimmed > 0 && isLineEnd(piece.charCodeAt(trimmed - 1))) trimmed--;
    if (node.position?.end.offset !== trimmed) return undefined;
    if (!table) {
      shift(node, region.start, line - 1);
      table = node;
    } else {
      const body = node.children.slice(1);
      for (const row of body) shift(row, at - head.length, rowLine - 1 - headLines);
      table.children.push(...body);
      table.position!.end = { ...body.at(-1)!.position!.end };
    }
    rowLine += countLines(text, at, to);
    at = to;
    if (at >= region.end) break;
  }
  return { type: 'root', children: [table] };
}
