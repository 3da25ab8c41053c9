// Markdown → prose units (paragraphs, headings, table rows) with an exact map back to the source.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root, Table, RootContent, PhrasingContent } from 'mdast';

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
  /** The block sits inside a list item or block quote. */
  nested: boolean;
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
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
/** Front matter is only recognised on a document's first line: this parses text from further on. */
const continuationProcessor = unified().use(remarkParse).use(remarkGfm);

/**
 * Parse Markdown (without BOM) into an mdast tree. `frontMatter: false` parses text that starts
 * later in a document (at a line start), where front matter cannot occur.
 */
export function parseMarkdown(source: string, frontMatter = true): Root {
  return (frontMatter ? processor : continuationProcessor).parse(source);
}

/** Collect prose units and directives from Markdown source (without BOM). */
export function extractProse(source: string, tree: Root = parseMarkdown(source)): ParsedDocument {
  const out: ParsedDocument = { units: [], directives: [] };
  for (const child of tree.children) visitBlock(child, source, out, false);
  return out;
}

function offsets(node: Nodes): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}

function visitBlock(node: RootContent, source: string, out: ParsedDocument, nested: boolean): void {
  const range = offsets(node);
  if (!range) return;
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
        blockEnd: range[1],
        nested,
      });
      return;
    }
    case 'table':
      visitTable(node, source, out, nested, range[1]);
      return;
    case 'blockquote':
    case 'list':
    case 'listItem':
    case 'footnoteDefinition':
      for (const c of node.children) visitBlock(c, source, out, true);
      return;
    case 'html':
      collectDirectives(node.value, range[0], out.directives);
      proseAfterDirective(node.value, range[0], out, nested);
      return;
    case 'yaml':
      if (out.frontMatter === undefined) out.frontMatter = node.value;
      return;
    default:
      // code, thematicBreak, definition and others carry no prose.
      return;
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
      const before = acc.length;
      for (const c of cell.children) acc.inline(c, out);
      cellTexts.push(acc.textFrom(before).trim());
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

  textFrom(index: number): string {
    return this.parts.join('').slice(index);
  }

  inline(node: PhrasingContent, out: ParsedDocument): void {
    const range = offsets(node);
    if (!range) return;
    switch (node.type) {
      case 'text':
        this.push(node.value, align(node.value, this.source, range[0], range[1]));
        return;
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        // Not prose: keep a word boundary so the words around it stay apart.
        this.push(' ', [range[0]]);
        return;
      case 'break':
        this.push('\n', [range[0]]);
        return;
      case 'html':
        collectDirectives(node.value, range[0], out.directives);
        return;
      default:
        if ('children' in node) {
          for (const c of node.children) this.inline(c, out);
        }
    }
  }

  finish(end: number): { text: string; src: number[] } {
    this.src.push(end);
    return { text: this.parts.join(''), src: this.src };
  }
}

/**
 * Map each character of a text node's value to its source offset. The value can differ from the
 * source by escapes, entities, and container prefixes (`> `, indentation) on continuation lines,
 * so the walk moves forward through the source to the next matching character.
 */
function align(value: string, source: string, start: number, end: number): number[] {
  const map = new Array<number>(value.length);
  let p = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    let q = p;
    while (q < end && source.charCodeAt(q) !== ch) q++;
    if (q < end) {
      map[i] = q;
      p = q + 1;
    } else {
      // An entity or similar: the character has no literal twin in the source.
      map[i] = Math.min(p, end);
      if (source.charCodeAt(p) === 38 /* & */) {
        const semi = source.indexOf(';', p);
        p = semi >= 0 && semi < end ? semi + 1 : p + 1;
      } else if (p < end) p++;
    }
  }
  return map;
}

/**
 * `<!-- uxcx-disable-line … --> The app will …` at the start of a line opens an HTML block that
 * swallows the rest of the line; that rest is still prose, so it becomes a paragraph of its own.
 */
function proseAfterDirective(
  html: string,
  base: number,
  out: ParsedDocument,
  nested: boolean,
): void {
  const open = html.indexOf('<!--');
  const close = html.indexOf('-->', open + 4);
  if (open !== 0 || close < 0 || !html.slice(4, close).trim().startsWith(DIRECTIVE_PREFIX)) return;
  const lineEnd = html.slice(close + 3).search(/\r|\n/);
  const tail = html.slice(close + 3, lineEnd < 0 ? undefined : close + 3 + lineEnd);
  const lead = tail.length - tail.trimStart().length;
  const text = tail.trim();
  if (!text || text.startsWith('<')) return;
  const start = base + close + 3 + lead;
  const src = Array.from({ length: text.length + 1 }, (_, i) => start + i);
  out.units.push({
    kind: 'paragraph',
    text,
    src,
    start,
    end: start + text.length,
    blockEnd: start + text.length,
    nested,
  });
}

const DIRECTIVE_PREFIX = 'uxcx-';

/** Find `<!-- uxcx-… -->` comments in an HTML node's value. */
export function collectDirectives(html: string, base: number, into: Directive[]): void {
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) return;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return;
    const body = html.slice(open + 4, close).trim();
    from = close + 3;
    if (!body.startsWith(DIRECTIVE_PREFIX)) continue;
    const reasonAt = body.indexOf(' -- ');
    const words = (reasonAt >= 0 ? body.slice(0, reasonAt) : body).split(/\s+/).filter(Boolean);
    const [name, ...args] = words;
    if (!name) continue;
    into.push({
      name: name.slice(DIRECTIVE_PREFIX.length),
      args: args.flatMap((a) => a.split(',')).filter(Boolean),
      start: base + open,
      end: base + close + 3,
    });
  }
}
