// Markdown → prose units (paragraphs, headings, table rows) with an exact map back to the source:
// the walk over a parsed tree's blocks. Inline nodes are read by inline.ts.
import type { Root, Table, RootContent } from 'mdast';
import { frontMatterProse, type ScalarStyle } from './frontmatter';
// plain.ts reads with parseMarkdown too: neither uses the other while its module loads.
import { plainBlocks, plainReading } from './plain';
import { parseMarkdown } from './parse';
import { parseFailure, type Unreadable } from './guard';
import { Accumulator, offsets } from './inline';
import { collectDirectives, DIRECTIVE_PREFIX, type Directive } from '../directives';

/** A piece of prose the rules read: its text and, per character, the source offset it came from. */
export interface ProseUnit {
  kind: 'paragraph' | 'heading' | 'tableRow';
  text: string;
  /** `src[i]` is the source offset of `text[i]`; `src[text.length]` is the end offset. */
  src: number[];
  /** Source range of the block (paragraph, heading, table row). */
  start: number;
  end: number;
  /** Where a note can be inserted after the block (end of paragraph, heading or whole table). */
  blockEnd: number;
  /** For table rows: the header cells' text, and whether this row is the header. */
  tableHeader?: string[];
  cells?: { start: number; end: number }[];
  isHeaderRow?: boolean;
  /** The block sits inside a list item, block quote or admonition. */
  nested: boolean;
  /**
   * For the value of a prose field of the front matter: how the value is written and where its
   * key's line starts (fixes must keep the YAML valid).
   */
  frontMatter?: { style: ScalarStyle; keyStart: number };
  /** For an admonition's title: where its marker (`!!!`, `???`, `:::`) starts. */
  marker?: number;
}

export interface ParsedDocument {
  units: ProseUnit[];
  directives: Directive[];
  /** Raw front matter (YAML or TOML) text, when present. */
  frontMatter?: string;
  /** Stretches of the source the parser could not read (in document order; absent when none). */
  unreadable?: Unreadable[];
}

/** Collect prose units and directives from Markdown source (without BOM). */
export function extractProse(source: string, tree: Root = parseMarkdown(source)): ParsedDocument {
  const out: ParsedDocument = { units: [], directives: [] };
  const failure = parseFailure(tree);
  if (failure) out.unreadable = [{ start: 0, end: source.length, reason: failure }];
  // Depth first, in document order, without recursion: lists and quotes may nest thousands deep.
  // The third element: the end of the outermost admonition around the block, if any (a note
  // is added after the admonition, not inside it).
  const stack: [RootContent, boolean, number | undefined][] = [];
  const pushAll = (children: RootContent[], nested: boolean, outer?: number): void => {
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, nested, outer]);
  };
  pushAll(tree.children, false);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, nested, outer] = next;
    const children = visitBlock(node, source, out, nested, outer);
    if (children) {
      pushAll(children, true, node.type === 'admonition' ? (outer ?? offsets(node)?.[1]) : outer);
    }
  }
  return out;
}

/**
 * A prose field's value (front matter) read as Markdown: without the parser when it is all plain
 * writing (plain.ts; a front matter of thousands of fields would take thousands of parses).
 */
function readValue(text: string): ParsedDocument {
  if (plainReading.on) {
    const plain = plainBlocks(text, 0);
    if (plain.nodes.length && plain.end === text.length) {
      return extractProse(text, { type: 'root', children: plain.nodes });
    }
  }
  return extractProse(text, parseMarkdown(text, false));
}

/**
 * Collect what a block holds; a container returns its children (nested) for the caller to visit.
 * `outer`: the end of the outermost admonition the block is in (its units' `blockEnd`).
 */
function visitBlock(
  node: RootContent,
  source: string,
  out: ParsedDocument,
  nested: boolean,
  outer?: number,
): RootContent[] | undefined {
  const range = offsets(node);
  if (!range) return undefined;
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const acc = new Accumulator(source);
      for (const c of node.children) acc.inline(c, out);
      out.units.push({
        kind: node.type,
        ...acc.finish(range[1]),
        start: range[0],
        end: range[1],
        blockEnd: outer ?? range[1],
        nested,
      });
      return undefined;
    }
    case 'admonition':
      // The title (plain text, as MkDocs shows it) is prose; the keyword is not.
      if (node.title) titleUnit(source, node.title, range[0], outer ?? range[1], nested, out);
      return node.children;
    case 'admonitionFence':
      if (node.title) titleUnit(source, node.title, range[0], outer ?? range[1], nested, out);
      return undefined;
    case 'table':
      visitTable(node, source, out, nested, range[1]);
      return undefined;
    case 'blockquote':
    case 'list':
    case 'listItem':
    case 'footnoteDefinition':
      return node.children;
    case 'html':
      collectDirectives(node.value, range[0], out.directives, source.slice(range[0], range[1]));
      proseAfterDirective(source.slice(range[0], range[1]), range[0], out, nested, outer);
      return undefined;
    case 'yaml':
      if (out.frontMatter === undefined) {
        out.frontMatter = node.value;
        frontMatterProse(source, range[0], range[1], out, readValue);
      }
      return undefined;
    default:
      // code, thematicBreak, definition and others carry no prose.
      return undefined;
  }
}

function visitTable(
  table: Table,
  source: string,
  out: ParsedDocument,
  nested: boolean,
  tableEnd: number,
): void {
  let header: string[] | undefined;
  table.children.forEach((row, rowIndex) => {
    const rowRange = offsets(row);
    if (!rowRange) return;
    const acc = new Accumulator(source);
    const cellTexts: string[] = [];
    const cells: { start: number; end: number }[] = [];
    row.children.forEach((cell, i) => {
      const cellRange = offsets(cell);
      if (!cellRange) return;
      if (i > 0) acc.separator(' | ', cellRange[0]);
      const before = acc.mark();
      for (const c of cell.children) acc.inline(c, out);
      cellTexts.push(acc.textSince(before).trim());
      cells.push({ start: cellRange[0], end: cellRange[1] });
    });
    if (rowIndex === 0) header = cellTexts;
    out.units.push({
      kind: 'tableRow',
      ...acc.finish(rowRange[1]),
      start: rowRange[0],
      end: rowRange[1],
      blockEnd: tableEnd,
      tableHeader: header,
      cells,
      isHeaderRow: rowIndex === 0,
      nested,
    });
  });
}

/**
 * `<!-- uxcx-disable-line … --> The app will …` at the start of a line opens an HTML block that
 * swallows the rest of the line; that rest is still prose, so it becomes a paragraph of its own.
 * Its HTML comments are not prose (a directive after it, as the disable-line fix writes, is one),
 * and one never closed hides the rest of the line.
 */
function proseAfterDirective(
  html: string,
  base: number,
  out: ParsedDocument,
  nested: boolean,
  outer?: number,
): void {
  const open = html.indexOf('<!--');
  const close = html.indexOf('-->', open + 4);
  if (open !== 0 || close < 0 || !html.slice(4, close).trim().startsWith(DIRECTIVE_PREFIX)) return;
  const lineEnd = html.slice(close + 3).search(/\r|\n/);
  const tail = html.slice(close + 3, lineEnd < 0 ? undefined : close + 3 + lineEnd);
  if (tail.trimStart().startsWith('<') && !tail.trimStart().startsWith('<!--')) return;
  // The tail's characters outside comments, and their offsets in the tail.
  const kept: number[] = [];
  for (let i = 0; i < tail.length;) {
    const comment = tail.indexOf('<!--', i);
    const stop = comment < 0 ? tail.length : comment;
    for (let k = i; k < stop; k++) kept.push(k);
    if (comment < 0) break;
    const end = tail.indexOf('-->', comment + 4);
    if (end < 0) break;
    i = end + 3;
  }
  let first = 0;
  let last = kept.length;
  while (first < last && /\s/.test(tail[kept[first]!]!)) first++;
  while (last > first && /\s/.test(tail[kept[last - 1]!]!)) last--;
  if (first === last) return;
  const chars = kept.slice(first, last);
  const text = chars.map((k) => tail[k]).join('');
  if (text.startsWith('<')) return;
  const at = base + close + 3;
  const src = chars.map((k) => at + k);
  const end = src[src.length - 1]! + 1;
  src.push(end);
  out.units.push({
    kind: 'paragraph',
    text,
    src,
    start: src[0]!,
    end,
    blockEnd: outer ?? end,
    nested,
  });
}

/** An admonition's title, `source[range]`, as a paragraph of its own (read as plain text). */
function titleUnit(
  source: string,
  [start, end]: [number, number],
  marker: number,
  blockEnd: number,
  nested: boolean,
  out: ParsedDocument,
): void {
  const text = source.slice(start, end);
  if (!text.trim()) return;
  const src = Array.from({ length: text.length + 1 }, (_, i) => start + i);
  out.units.push({ kind: 'paragraph', text, src, start, end, blockEnd, nested, marker });
}
