// The Markdown parser: remark with GFM (without literal autolinks), admonitions and front matter.
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
import type { Root } from 'mdast';
import type { Construct, Extension, TokenizeContext } from 'micromark-util-types';
import { admonitions } from './admonitions';
import { failed, MAX_NESTING, nestingDepth } from './guard';
// plain.ts reads with parseMarkdown too: neither uses the other while its module loads.
import { frontMatterClose } from './plain';

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
