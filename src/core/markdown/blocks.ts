// A document as top-level blocks, parsed in pieces. The parser slows down on long inputs (its
// event lists grow), so a long document is parsed a chunk at a time; the result is exactly that of
// parsing it whole, and where that cannot be ensured the document is parsed whole.
import type { Nodes, Root, RootContent } from 'mdast';
import { extractProse, type ParsedDocument, type ProseUnit } from './prose';
import type { Directive } from '../directives';
import { MAX_NESTING, nestingDepth, parseFailure, type ParseFailure } from './guard';
import { FENCE, parseMarkdown } from './parse';
import { overBudget } from './budget';
import { LONG_TABLE, longTables, parseLongTable } from './tables';
import { plainBlocks, plainFrontMatter, plainReading } from './plain';
import { afterLineEnding, lineEndOf, lineStartOf } from '../text/lines';

/** A top-level block with the prose units and directives in it; offsets into the document. */
export interface ParsedBlock {
  /** The mdast node type. */
  type: string;
  start: number;
  end: number;
  /** Where the block's first line starts. */
  lineStart: number;
  units: ProseUnit[];
  directives: Directive[];
  /** Link (`l…`) and footnote (`f…`) definition identifiers in the block. */
  definitions: string[];
  frontMatter?: string;
  /** Set on a stretch the parser could not read (type `unreadable`, no units). */
  unreadable?: ParseFailure;
  /** For a list: where each of its items starts (at its marker) and ends, from `start`. */
  items?: [number, number][];
}

/** Chunk size: parsing costs least per character around 8–16 K. */
export const CHUNK_SIZE = 16 * 1024;

/** Parse a document (without BOM); gives what `extractProse(source)` gives. */
export function parseDocument(source: string): ParsedDocument {
  const doc: ParsedDocument = { units: [], directives: [] };
  for (const b of parseBlocks(source)) {
    for (const u of b.units) doc.units.push(u);
    for (const d of b.directives) doc.directives.push(d);
    if (b.frontMatter !== undefined && doc.frontMatter === undefined) {
      doc.frontMatter = b.frontMatter;
    }
    if (b.unreadable)
      (doc.unreadable ??= []).push({ start: b.start, end: b.end, reason: b.unreadable });
  }
  return doc;
}

/**
 * Parse a document (without BOM) into its top-level blocks, in chunks of about `chunkSize`.
 * Each chunk is parsed on its own; the next chunk starts at the line of a block before its last
 * (the chunk may end inside the last) that follows a blank line, and the blocks from there are
 * dropped. Blocks end where the next one starts, whatever follows, and after a blank line a new
 * top-level block is read as at the start of a text (right after a paragraph it is not: a list in
 * a quote cannot interrupt it), so the blocks kept are those of the whole document. Exceptions,
 * parsed whole: definitions (they change how references elsewhere parse), front matter that is
 * never closed, and blocks that share a line. Where a chunk would start, plain writing (paragraphs,
 * headings, lists and tables without inline markup) is read without the parser (plain.ts), which
 * gives the nodes the parser would.
 *
 * Text the parser cannot read (see `parseFailure`) is read in pieces between blank lines (see
 * `readInPieces`): the pieces that still fail become `unreadable` blocks, and the rest is linted.
 */
export function parseBlocks(
  source: string,
  chunkSize = CHUNK_SIZE,
  longTable = LONG_TABLE,
): ParsedBlock[] {
  // Text past the read budget (see budget.ts) is not given to the parser: each stretch becomes
  // an unreadable block. A long table is read a few rows at a time (see tables.ts).
  const over = overBudget(source);
  const tables = longTables(source, longTable).filter(
    (t) => !over.some((o) => o.start < t.end && o.end > t.start),
  );
  if (over.length === 0 && tables.length === 0) return parseWithinBudget(source, chunkSize);
  const regions = [
    ...over.map((o) => ({ start: o.start, end: o.end, table: undefined })),
    ...tables.map((t) => ({ start: t.start, end: t.end, table: t })),
  ].sort((a, b) => a.start - b.start);
  // The text between them is read in pieces between blank lines.
  const blocks: ParsedBlock[] = [];
  let pos = 0;
  for (const r of regions) {
    if (r.start > pos) for (const b of readInPieces(source, pos, r.start)) blocks.push(b);
    const tree = r.table && parseLongTable(source, r.table);
    if (tree) blocks.push(...toBlocks(tree, source, 0, 1, source));
    else if (r.table) for (const b of readInPieces(source, r.start, r.end)) blocks.push(b);
    else if (source.slice(r.start, r.end).trim()) {
      // A line nested too deeply is the more telling reason (and the older one).
      const nested = nestingDepth(source.slice(r.start, r.end)) > MAX_NESTING;
      blocks.push(unreadableBlock(source, r.start, r.end, nested ? 'nesting' : 'budget'));
    }
    pos = r.end;
  }
  if (pos < source.length) for (const b of readInPieces(source, pos, source.length)) blocks.push(b);
  return blocks;
}

/** `parseBlocks` for a text within the read budget. */
function parseWithinBudget(source: string, chunkSize: number): ParsedBlock[] {
  const whole = (): ParsedBlock[] => {
    const tree = parseMarkdown(source);
    if (parseFailure(tree)) return readInPieces(source, 0, source.length);
    return toBlocks(tree, source, 0, tree.children.length, source);
  };
  // Front matter is read without the parser (plain.ts); what follows it starts afresh.
  const frontMatter = plainReading.on ? plainFrontMatter(source) : undefined;
  // A short text is parsed whole, unless it starts with front matter or plain writing (read as
  // below: the work for a text does not change its kind with its length).
  const atStart = plainReading.on && !frontMatter ? plainBlocks(source, 0) : undefined;
  if (source.length <= 2 * chunkSize && !frontMatter && !atStart?.nodes.length) return whole();
  const blocks: ParsedBlock[] = [];
  let pos = 0;
  if (frontMatter) {
    blocks.push(...toBlocks({ type: 'root', children: [frontMatter[0]] }, source, 0, 1, source));
    pos = frontMatter[1];
  }
  while (pos < source.length) {
    // Where a block is read as at the start of a text: plain writing is read without the parser
    // (plain.ts), up to where it stops.
    if (plainReading.on) {
      const plain = pos === 0 && atStart ? atStart : plainBlocks(source, pos);
      if (plain.nodes.length) {
        const tree: Root = { type: 'root', children: plain.nodes };
        for (const b of toBlocks(tree, source, 0, plain.nodes.length, source)) blocks.push(b);
        pos = plain.end;
        if (pos >= source.length) break;
      }
    }
    // A chunk without a place to cut is parsed again larger: near the end, up to the end.
    const grow = (size: number): number =>
      source.length - pos <= 8 * chunkSize ? source.length - pos : size * 4;
    for (let size = chunkSize; ; size = grow(size)) {
      const end = pos + size >= source.length ? source.length : cutAfter(source, pos + size);
      const text = source.slice(pos, end);
      if (text.charCodeAt(0) === 0xfeff) return whole(); // the parser drops it as a BOM
      const tree = parseMarkdown(text, pos === 0);
      const kids = tree.children;
      if (parseFailure(tree)) {
        // The chunk, up to a blank line (the end of the block the parser failed on, or further).
        const stop =
          end === source.length || blankBefore(source, end) ? end : afterBlankLine(source, end);
        for (const b of readInPieces(source, pos, stop)) blocks.push(b);
        pos = stop;
        break;
      }
      // No blocks from text that is not blank: the parser gave up; so it will whole.
      if (kids.length === 0 && text.trim()) return whole();
      if (pos === 0 && unclosedFrontMatter(text, kids[0]?.type)) return whole();
      if (end === source.length) {
        for (const b of toBlocks(tree, text, pos, kids.length, source)) blocks.push(b);
        pos = end;
        break;
      }
      // The next chunk starts at the last block (but one) after a blank line.
      let k = kids.length - 2;
      while (k > 0 && !blankBefore(text, lineStartOf(text, offsetsOf(kids[k]!)[0]))) k--;
      if (k <= 0) continue;
      const next = lineStartOf(text, offsetsOf(kids[k]!)[0]);
      if (next < offsetsOf(kids[k - 1]!)[1]) return whole();
      for (const b of toBlocks(tree, text, pos, k, source)) blocks.push(b);
      pos += next;
      break;
    }
  }
  if (blocks.some((b) => b.definitions.length > 0)) return whole();
  return blocks;
}

/** Just after the first blank line from `at`; the end of the source when there is none. */
function afterBlankLine(source: string, at: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = at;
  const m = blank.exec(source);
  return m ? m.index + m[0].length : source.length;
}

/**
 * Blocks of `source[from, to)` (from a line start after a blank line, to the end of the source or
 * just after a blank line), which the parser could not read as a whole. The text is cut at its
 * blank lines, where a new block is read as at the start of a text, and read in halves, each half
 * that fails again in halves: what one piece between blank lines holds is read or is unreadable,
 * and the rest costs about three reads of the text. (Pieces are read apart, so a list or quote
 * across a blank line next to the unreadable piece may read differently than in the whole.)
 */
function readInPieces(source: string, from: number, to: number): ParsedBlock[] {
  const cuts = [from];
  for (let cut = afterBlankLine(source, from); cut < to; cut = afterBlankLine(source, cut)) {
    cuts.push(cut);
  }
  const blocks: ParsedBlock[] = [];
  const read = (lo: number, hi: number): void => {
    const start = cuts[lo]!;
    const end = hi < cuts.length ? cuts[hi]! : to;
    const text = source.slice(start, end);
    const tree = parseMarkdown(text, start === 0);
    const failure = parseFailure(tree);
    if (!failure) {
      for (const b of toBlocks(tree, text, start, tree.children.length, source)) blocks.push(b);
    } else if (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      read(lo, mid);
      read(mid, hi);
    } else if (text.trim()) {
      blocks.push(unreadableBlock(source, start, end, failure));
    }
  };
  read(0, cuts.length);
  return blocks;
}

/** A block for text the parser could not read: from its first to its last non-blank character. */
function unreadableBlock(
  source: string,
  from: number,
  to: number,
  reason: ParseFailure,
): ParsedBlock {
  const text = source.slice(from, to);
  const end = from + text.trimEnd().length;
  const start = lineStartOf(source, from + (text.length - text.trimStart().length));
  return {
    type: 'unreadable',
    start,
    end,
    lineStart: start,
    units: [],
    directives: [],
    definitions: [],
    unreadable: reason,
  };
}

/**
 * Where to end a chunk: after the first blank line from `at` (or the end of a line). With no
 * blank line after `at`, the end of the source: a chunk is cut only at a block after a blank
 * line, so the text after `at` offers no place to cut, and the rest is parsed in one go instead
 * of once per growing attempt (a long hard-wrapped paragraph or list would be).
 */
function cutAfter(source: string, at: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = at;
  const m = blank.exec(source);
  if (!m) return source.length;
  if (m.index < at + CHUNK_SIZE) return m.index + m[0].length;
  const eol = source.indexOf('\n', at);
  return eol < 0 ? source.length : eol + 1;
}

/**
 * Blocks for the first `count` top-level nodes of a tree parsed from `text`, which starts at
 * offset `base` of `source` (the whole document).
 */
export function toBlocks(
  tree: Root,
  text: string,
  base: number,
  count: number,
  source: string,
): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  for (let k = 0; k < count; k++) {
    const node = tree.children[k]!;
    const [start, end] = offsetsOf(node);
    const doc = extractProse(text, { type: 'root', children: [node] });
    if (base) {
      for (const u of doc.units) shiftUnit(u, base);
      for (const d of doc.directives) {
        d.start += base;
        d.end += base;
      }
    }
    const definitions: string[] = [];
    collectDefinitions(node, definitions);
    const block: ParsedBlock = {
      type: node.type,
      start: start + base,
      end: end + base,
      lineStart: lineStartOf(source, start + base),
      units: doc.units,
      directives: doc.directives,
      definitions,
      frontMatter: doc.frontMatter,
    };
    if (node.type === 'list') {
      block.items = node.children.map((item) => {
        const [s, e] = offsetsOf(item);
        return [s - start, e - start];
      });
    }
    blocks.push(block);
  }
  return blocks;
}

/** Move a unit's offsets by `delta`. */
export function shiftUnit(u: ProseUnit, delta: number): void {
  const src = u.src;
  for (let i = 0; i < src.length; i++) src[i]! += delta;
  u.start += delta;
  u.end += delta;
  u.blockEnd += delta;
  if (u.frontMatter) u.frontMatter.keyStart += delta;
  if (u.marker !== undefined) u.marker += delta;
  if (u.cells) {
    for (const c of u.cells) {
      c.start += delta;
      c.end += delta;
    }
  }
}

export function offsetsOf(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/**
 * A first line `---` that opens no front matter in `source` (it is not closed there). A closing
 * fence further on would make the text up to it front matter, so no part of such a document is
 * parsed on its own.
 */
export function unclosedFrontMatter(source: string, firstType: string | undefined): boolean {
  return FENCE.test(source) && firstType !== 'yaml';
}

/**
 * Push the definition identifiers in a node: `l` + link label, `f` + footnote label. Walks with
 * its own stack: containers can nest as deep as the parser reads.
 */
export function collectDefinitions(node: RootContent, into: string[]): void {
  const stack: RootContent[] = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    switch (next.type) {
      case 'definition':
        into.push(`l${next.identifier}`);
        break;
      case 'footnoteDefinition':
        into.push(`f${next.identifier}`);
        pushReversed(stack, next.children);
        break;
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'admonition':
        pushReversed(stack, next.children);
        break;
      default:
        break;
    }
  }
}

/** Push nodes so that they pop in document order. */
function pushReversed(stack: RootContent[], nodes: readonly RootContent[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
}

/** A definition that makes references to `id` resolve, as the real one elsewhere does. */
function syntheticDefinition(id: string): string {
  return id.startsWith('f') ? `[^${id.slice(1)}]: x` : `[${id.slice(1)}]: x`;
}

/**
 * Parse `text` (a stretch of a document starting at a line start) so that references resolve as
 * in the whole document: the definitions made elsewhere (`outside`) are appended. `count` is the
 * number of top-level nodes from `text` itself; undefined when the definitions did not parse back
 * or the parser could not read the text.
 */
export function parseWithDefinitions(
  text: string,
  frontMatter: boolean,
  outside: () => string[],
): (Root & { count: number; source: string }) | undefined {
  const defs = text.includes('[') ? [...new Set(outside())] : [];
  const source = defs.length ? text + '\n\n' + defs.map(syntheticDefinition).join('\n\n') : text;
  const tree = parseMarkdown(source, frontMatter);
  if (parseFailure(tree)) return undefined;
  const kids = tree.children;
  const first = kids.findIndex((k) => offsetsOf(k)[0] >= text.length);
  const count = first < 0 ? kids.length : first;
  const added = kids.slice(count);
  if (added.length !== defs.length) return undefined;
  const ok = added.every((n, k) => {
    const got: string[] = [];
    collectDefinitions(n, got);
    return got.length === 1 && got[0] === defs[k];
  });
  return ok ? Object.assign(tree, { count, source }) : undefined;
}

/** Offset just past the line ending of the line holding `offset` (length + 1 on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const end = lineEndOf(text, offset);
  return end >= text.length ? text.length + 1 : afterLineEnding(text, end);
}

/** Is the line before the one starting at `lineStart` blank (or is there none)? */
export function blankBefore(text: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  const end =
    text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13
      ? lineStart - 2
      : lineStart - 1;
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, end), end));
}
