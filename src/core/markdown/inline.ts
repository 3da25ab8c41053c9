// A unit's text from inline nodes: prose, with a word boundary for what is not (code, images,
// links shown as URLs, template markup), and per character the source offset it came from.
import type { Nodes, PhrasingContent } from 'mdast';
import { literalAutolinks } from './autolinks';
import { templateSpans } from './templates';
import { align } from './source-map';
import { collectDirectives } from '../directives';
import type { ParsedDocument } from './prose';

/** Builds a unit's text and its per-character source map from inline nodes. */
export class Accumulator {
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

/** A node's source offsets; undefined when the parser gave it none. */
export function offsets(node: Nodes): [number, number] | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [s, e];
}
