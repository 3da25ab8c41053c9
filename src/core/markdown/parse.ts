// Markdown → prose units (paragraphs, headings, table rows) with an exact map back to the source.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root, Table, RootContent, PhrasingContent } from 'mdast';
import type { Construct, Extension, TokenizeContext } from 'micromark-util-types';
import { literalAutolinks } from './autolinks';
import { templateSpans } from './templates';
import { admonitions } from './admonitions';
import { frontMatterProse, type ScalarStyle } from './frontmatter';
// plain.ts reads with parseMarkdown too: neither uses the other while its module loads.
import { frontMatterClose, plainBlocks, plainReading } from './plain';

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

/** An inline-comment directive such as `<!-- uxcx-disable-next-line rule -- reason -->`. */
export interface Directive {
  name: string;
  args: string[];
  start: number;
  end: number;
}

export interface ParsedDocument {
  units: ProseUnit[];
  directives: Directive[];
  /** Raw front matter (YAML or TOML) text, when present. */
  frontMatter?: string;
  /** Stretches of the source the parser could not read (in document order; absent when none). */
  unreadable?: Unreadable[];
}

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

/**
 * micromark/micromark#228: indented code leaves itself the flow's current construct after it
 * ends, so the line after it (also after blank lines) is read as interrupting it, and an ordered
 * list that does not start at 1 (or an empty item) cannot start there: `    code\n\n2) x` was a
 * paragraph, though nothing is interrupted (CommonMark and GitHub read a list). The fix upstream
 * (micromark/micromark#228, open) excludes indented code where the document tokenizer decides
 * whether a line interrupts; micromark 4 asks the flow's `_gfmTableDynamicInterruptHack` there,
 * so a construct tried before indented code (which never matches) makes that say so.
 */
const interruptProbe: Construct = {
  name: 'listAfterIndentedCode',
  partial: true,
  tokenize(this: TokenizeContext, _effects, _ok, nok) {
    if (!Object.prototype.hasOwnProperty.call(this, INTERRUPT_HACK)) {
      Object.defineProperty(this, INTERRUPT_HACK, {
        configurable: true,
        get(this: TokenizeContext): boolean {
          return this.currentConstruct?.name === 'codeIndented';
        },
      });
    }
    return nok;
  },
};
const INTERRUPT_HACK = '_gfmTableDynamicInterruptHack';
const listAfterIndentedCode: Extension = {
  flowInitial: { [-2]: interruptProbe, [-1]: interruptProbe, [32]: interruptProbe },
};

/**
 * GFM (tables, footnotes, strikethrough, task lists) without its literal autolinks: their syntax
 * extension costs a third of the parse, and their transform makes text nodes without positions.
 * `literalAutolinks` finds them in the text instead.
 */
function gfmWithoutLiteralAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(
    listAfterIndentedCode,
    gfmFootnote(),
    gfmStrikethrough(),
    gfmTable(),
    gfmTaskListItem(),
  );
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}
const processor = unified()
  .use(remarkParse)
  .use(gfmWithoutLiteralAutolinks)
  .use(admonitions)
  .use(remarkFrontmatter, ['yaml']);
/** Front matter is only recognised on a document's first line: this parses text from further on. */
const continuationProcessor = unified()
  .use(remarkParse)
  .use(gfmWithoutLiteralAutolinks)
  .use(admonitions);

/** A first line that opens YAML front matter (when a closing fence follows). */
export const FENCE = /^---[ \t]*(?:\r|\n|$)/;

/** Trees of texts the parser could not read (empty roots), and why. */
const failures = new WeakMap<Root, ParseFailure>();

/**
 * Parse Markdown (without BOM) into an mdast tree. `frontMatter: false` parses text that starts
 * later in a document (at a line start), where front matter cannot occur. Never throws: for a
 * text the parser cannot read it gives an empty tree, for which `parseFailure` tells why.
 */
export function parseMarkdown(source: string, frontMatter = true): Root {
  if (nestingDepth(source) > MAX_NESTING) return failed('nesting');
  // micromark-extension-frontmatter#5: after a first line `---` that is never closed, the rest
  // is read without lists or block quotes (`> note` and `- item` become paragraphs). Such a text
  // is read without front matter: the `---` is a thematic break and the rest reads as it does
  // everywhere else. (Without a later `---` line it cannot be closed: parsed once.)
  const fence = frontMatter && FENCE.test(source);
  try {
    if (fence && frontMatterClose(source) < 0) return continuationProcessor.parse(source);
    const tree = (frontMatter ? processor : continuationProcessor).parse(source);
    if (fence && tree.children[0]?.type !== 'yaml') return continuationProcessor.parse(source);
    return tree;
  } catch (e) {
    // The parser recurses per nesting level: thousands of nested quotes overflow a small stack.
    if (e instanceof RangeError) return failed('overflow');
    throw e;
  }
}

function failed(reason: ParseFailure): Root {
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

function offsets(node: Nodes): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
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

/** Builds a unit's text and its per-character source map from inline nodes. */
class Accumulator {
  private readonly parts: string[] = [];
  private readonly src: number[] = [];
  length = 0;

  constructor(private readonly source: string) {}

  private push(text: string, srcOffsets: number[]): void {
    this.parts.push(text);
    for (const o of srcOffsets) this.src.push(o);
    this.length += text.length;
  }

  /** A synthetic separator (between table cells), mapped to one source offset. */
  separator(text: string, at: number): void {
    this.push(
      text,
      Array.from({ length: text.length }, () => at),
    );
  }

  /** A mark for `textSince`: the text added after it (cheap, unlike joining all parts). */
  mark(): number {
    return this.parts.length;
  }

  textSince(mark: number): string {
    return this.parts.slice(mark).join('');
  }

  /**
   * Add an inline node's prose. Walks with its own stack: emphasis and links can nest as deep as
   * the parser reads.
   */
  inline(root: PhrasingContent, out: ParsedDocument): void {
    const stack: PhrasingContent[] = [root];
    const pushChildren = (nodes: readonly PhrasingContent[]): void => {
      for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
    };
    for (let node = stack.pop(); node; node = stack.pop()) {
      const range = offsets(node);
      if (!range) continue;
      switch (node.type) {
        case 'text':
          this.text(node.value, range);
          break;
        case 'inlineCode':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          // Not prose: keep a word boundary so the words around it stay apart.
          this.push(' ', [range[0]]);
          break;
        case 'break':
          this.push('\n', [range[0]]);
          break;
        case 'html':
          collectDirectives(
            node.value,
            range[0],
            out.directives,
            this.source.slice(range[0], range[1]),
          );
          break;
        case 'link':
          // An autolink (`<https://…>`) shows its URL: not prose.
          if (this.source.charCodeAt(range[0]) !== 91 /* [ */) this.push(' ', [range[0]]);
          else pushChildren(node.children);
          break;
        default:
          if ('children' in node) {
            pushChildren(node.children);
          }
      }
    }
  }

  /**
   * A text node's value. Not prose: a literal autolink in it (`www.…`, `https://…`, an e-mail
   * address) and template markup (Liquid tags, kramdown attribute lists: templates.ts).
   */
  private text(value: string, range: [number, number]): void {
    const map = align(value, this.source, range[0], range[1]);
    let at = 0;
    for (const [start, end] of notProse(value)) {
      if (start < at) continue;
      if (start > at) this.push(value.slice(at, start), map.slice(at, start));
      this.push(' ', [map[start]!]);
      at = end;
    }
    if (at === 0) this.push(value, map);
    else if (at < value.length) this.push(value.slice(at), map.slice(at));
  }

  finish(end: number): { text: string; src: number[] } {
    this.src.push(end);
    return { text: this.parts.join(''), src: this.src };
  }
}

/** The ranges of a text node's value that are not prose, in order (they may overlap). */
function notProse(value: string): [number, number][] {
  const templates = templateSpans(value);
  // A URL written as a link's text (`[https://…](https://…)`) is not prose either, though GFM
  // does not make it a second link.
  const links = literalAutolinks(value);
  if (templates.length === 0) return links;
  if (links.length === 0) return templates;
  return [...templates, ...links].sort((a, b) => a[0] - b[0]);
}

/** A character reference (`&amp;`, `&#233;`, `&#x1F600;`) at the start of the rest of a string. */
const CHAR_REF = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;
/** The second code point of a two-code-point named reference (`&NotEqualTilde;` is U+2242 U+0338). */
const SECOND_CODE_POINT = /^\p{M}$/u;

/**
 * Map each character of a text node's value to its source offset. The value can differ from the
 * source by escapes, entities, and container prefixes (`> `, indentation) on continuation lines,
 * so the walk moves forward through the source to the next matching character. A character
 * reference the parser decoded maps all its characters to the `&` and is skipped as a whole.
 */
function align(value: string, source: string, start: number, end: number): number[] {
  const map = new Array<number>(value.length);
  // The value as written (no escape, reference or prefix in it): each character is its own.
  if (end - start === value.length && source.startsWith(value, start)) {
    for (let i = 0; i < value.length; i++) map[i] = start + i;
    return map;
  }
  /** Per character code, an offset from which the source (up to `end`) no longer has it. */
  const absentFrom = new Map<number, number>();
  /** The first `&` at or after `p` (`end` when there is none). */
  let amp = start - 1;
  let p = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    let q = p;
    const absent = absentFrom.get(ch);
    if (absent !== undefined && absent <= p) q = end;
    else {
      while (q < end && source.charCodeAt(q) !== ch) q++;
      if (q >= end) absentFrom.set(ch, p);
    }
    if (amp < p) {
      // (Not `indexOf`: it would search to the end of the document for every text node.)
      amp = p;
      while (amp < end && source.charCodeAt(amp) !== 38 /* & */) amp++;
    }
    // A character reference before the literal twin (or past a container prefix) the parser
    // decoded is where the character comes from.
    const ref = amp <= q && amp < end ? decodedRef(value, i, source, amp, end) : 0;
    if (ref > 0) {
      // Its character(s) come from the whole `&…;`. A few named references decode to two code
      // points; the second is a mark or a hair space.
      map[i] = amp;
      if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < value.length) map[++i] = amp;
      const next = value.charCodeAt(i + 1);
      if (
        i + 1 < value.length &&
        source.charCodeAt(amp + ref) !== next &&
        (next === 0x200a || SECOND_CODE_POINT.test(value[i + 1]!))
      ) {
        map[++i] = amp;
      }
      p = amp + ref;
      continue;
    }
    if (q < end) {
      map[i] = q;
      p = q + 1;
    } else {
      // No literal twin in the source (a character the parser made up): keep the place.
      map[i] = Math.min(p, end);
    }
  }
  return map;
}

/**
 * The source offset (BOM-less) just after `unit.text[i - 1]`: past the whole character reference
 * (`&#x79;`, `&eacute;`) the character was decoded from, which `unit.src` maps to its `&`.
 * `source` is the document.
 */
export function sourceEnd(unit: ProseUnit, i: number, source: string): number {
  const o = unit.src[i - 1];
  if (o === undefined || source.charCodeAt(o) !== 38 /* & */) return o! + 1;
  // The reference's first character (it may have decoded to two: a surrogate pair, or a
  // character and a mark).
  const first = i >= 2 && unit.src[i - 2] === o ? i - 2 : i - 1;
  const ref = decodedRef(unit.text, first, source, o, unit.end);
  return ref > 0 ? o + ref : o + 1;
}

/**
 * The length of the character reference at `source[p]` when the parser decoded it into
 * `value[i]` (the value does not hold the reference literally); 0 otherwise.
 */
function decodedRef(value: string, i: number, source: string, p: number, end: number): number {
  CHAR_REF.lastIndex = p;
  const m = CHAR_REF.exec(source);
  if (!m || p + m[0].length > end) return 0;
  if (value.startsWith(m[0], i)) return 0; // Not a known entity: the parser kept it as text.
  return m[0].length;
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

const DIRECTIVE_PREFIX = 'uxcx-';

/**
 * Find `<!-- uxcx-… -->` comments in an HTML node's value. `raw` is the node's source, from
 * `base`: the value can lack container prefixes (`> `) or hold a space for part of a tab, so the
 * offsets of the n-th comment are taken from the n-th comment in the source.
 */
export function collectDirectives(
  html: string,
  base: number,
  into: Directive[],
  raw: string = html,
): void {
  let from = 0;
  let rawFrom = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) return;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return;
    const body = html.slice(open + 4, close).trim();
    from = close + 3;
    const rawOpen = raw.indexOf('<!--', rawFrom);
    const rawClose = rawOpen < 0 ? -1 : raw.indexOf('-->', rawOpen + 4);
    rawFrom = rawClose < 0 ? raw.length : rawClose + 3;
    if (!body.startsWith(DIRECTIVE_PREFIX)) continue;
    const reasonAt = body.indexOf(' -- ');
    const words = (reasonAt >= 0 ? body.slice(0, reasonAt) : body).split(/\s+/).filter(Boolean);
    const [name, ...args] = words;
    if (!name) continue;
    into.push({
      name: name.slice(DIRECTIVE_PREFIX.length),
      args: args.flatMap((a) => a.split(',')).filter(Boolean),
      start: base + (rawClose < 0 ? open : rawOpen),
      end: base + (rawClose < 0 ? close : rawClose) + 3,
    });
  }
}
