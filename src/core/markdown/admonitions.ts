// Admonitions, read by micromark itself (so their content keeps its exact source positions):
//
// - MkDocs / Material (Python-Markdown `admonition`, pymdownx `details`): a line
//   `!!! note "Title"` (or `??? tip`, `???+ warning`, with or without a quoted title) opens a
//   container whose content is indented by four columns, like a list item's. CommonMark alone
//   reads that content as an indented code block, so it was never linted.
// - Docusaurus / VitePress: `:::tip Title` (or `:::tip[Title]`, `::: warning`) … `:::`. The
//   content is not indented and reads as Markdown anyway; the fence lines become blocks of their
//   own (they interrupt a paragraph), so they are no longer read as part of one.
//
// The keyword is not prose; the title is (a unit of its own, see parse.ts).
import type { Processor } from 'unified';
import type { BlockContent, Data, Node, Parent } from 'mdast';
import type { CompileContext, Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type {
  Code,
  Construct,
  Effects,
  Extension as MicromarkExtension,
  State,
  TokenizeContext,
} from 'micromark-util-types';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';

/** A MkDocs admonition: its content blocks, its title's source range (without the quotes). */
export interface Admonition extends Parent {
  type: 'admonition';
  children: BlockContent[];
  title?: [number, number];
  data?: Data;
}

/** A Docusaurus admonition's opening or closing fence line; `title` as above. */
export interface AdmonitionFence extends Node {
  type: 'admonitionFence';
  title?: [number, number];
  data?: Data;
}

declare module 'mdast' {
  interface BlockContentMap {
    admonition: Admonition;
    admonitionFence: AdmonitionFence;
  }
  interface RootContentMap {
    admonition: Admonition;
    admonitionFence: AdmonitionFence;
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    admonition: 'admonition';
    admonitionPrefix: 'admonitionPrefix';
    admonitionIndent: 'admonitionIndent';
    admonitionFence: 'admonitionFence';
  }
}

/** Docusaurus' admonition keywords (and VitePress' `details`). */
const FENCE_KINDS = new Set([
  'note',
  'tip',
  'info',
  'warning',
  'danger',
  'caution',
  'important',
  'details',
]);

/** The columns of indentation that continue a MkDocs admonition. */
const INDENT = 4;

/**
 * Read a MkDocs admonition's first line (without indentation and line ending): `!!!` (or `???`,
 * `???+`), optional white space, class words (`[\w-]+`, separated by white space; required after
 * `!!!`), optionally white space and a title in double quotes (up to the line's last quote). Gives
 * the title's range in the line (without the quotes; empty for `""`), or undefined when the line
 * opens no admonition.
 */
export function readAdmonitionLine(line: string): { title?: [number, number] } | undefined {
  const bang = line.startsWith('!!!');
  if (!bang && !line.startsWith('???')) return undefined;
  const from = !bang && line.charCodeAt(3) === 43 /* + */ ? 4 : 3;
  const end = line.trimEnd().length;
  const quote = line.indexOf('"', from);
  const classes = line.slice(from, quote < 0 ? end : quote);
  const words = classes.trim() ? classes.trim().split(/[ \t]+/) : [];
  if (!words.every((w) => WORD.test(w))) return undefined;
  if (quote < 0) return words.length ? {} : undefined;
  // A title: after white space (unless right after the marker), up to a quote that ends the line.
  if (words.length && !/[ \t]$/.test(classes)) return undefined;
  if (bang && !words.length) return undefined;
  if (end - quote < 2 || line.charCodeAt(end - 1) !== 34 /* " */) return undefined;
  return { title: [quote + 1, end - 1] };
}
const WORD = /^[\p{L}\p{N}_-]+$/u;

/**
 * Read a Docusaurus fence line (without indentation and line ending): three or more colons, then
 * either nothing (a closing fence) or optional white space, a keyword (FENCE_KINDS) and
 * optionally `[Title]`, `{attributes}` or white space and a title. Gives the title's range in the
 * line, or undefined when the line is no fence.
 */
export function readFenceLine(line: string): { title?: [number, number] } | undefined {
  let i = 0;
  while (line.charCodeAt(i) === 58 /* : */) i++;
  if (i < 3) return undefined;
  const end = line.trimEnd().length;
  while (i < end && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  if (i === end) return {};
  const k = i;
  while (i < end && isAsciiLetter(line.charCodeAt(i))) i++;
  if (!FENCE_KINDS.has(line.slice(k, i))) return undefined;
  if (i === end) return {};
  const c = line.charCodeAt(i);
  if (c === 91 /* [ */) {
    if (line.charCodeAt(end - 1) !== 93 /* ] */ || end - i < 2) return undefined;
    return end - i > 2 ? { title: [i + 1, end - 1] } : {};
  }
  if (c === 123 /* { */) return line.charCodeAt(end - 1) === 125 /* } */ ? {} : undefined;
  if (c !== 32 && c !== 9) return undefined;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return { title: [i, end] };
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Consume the rest of a line, collecting its text (a tab as `\t`, its virtual spaces dropped), and
 * decide at its end with `accept`. `first` is the character the line must open with three times.
 */
function lineTokenizer(
  effects: Effects,
  first: number,
  accept: (line: string) => boolean,
  done: State,
  nok: State,
): State {
  let chars = '';
  const line: State = (code: Code) => {
    if (code === null || markdownLineEnding(code)) return accept(chars) ? done(code) : nok(code);
    if (chars.length < 3 && code !== first) return nok(code);
    chars += code === -2 ? '\t' : code === -1 ? '' : String.fromCharCode(code);
    effects.consume(code);
    return line;
  };
  return line;
}

const admonitionConstruct: Construct = {
  name: 'admonition',
  tokenize: tokenizeAdmonitionStart,
  continuation: { tokenize: tokenizeAdmonitionContinuation },
  exit: tokenizeAdmonitionExit,
};

function tokenizeAdmonitionStart(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
): State {
  return (code: Code) => {
    if (code !== 33 && code !== 63) return nok(code);
    effects.enter('admonition', { _container: true });
    effects.enter('admonitionPrefix');
    return lineTokenizer(
      effects,
      code,
      (line) => readAdmonitionLine(line) !== undefined,
      (c: Code) => {
        effects.exit('admonitionPrefix');
        return ok(c);
      },
      nok,
    )(code);
  };
}

/** A line continues the admonition when it is blank or indented by four columns (taken here). */
function tokenizeAdmonitionContinuation(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
): State {
  let size = 0;
  const after = (code: Code): State | undefined =>
    size === INDENT || code === null || markdownLineEnding(code) ? ok(code) : nok(code);
  const inside: State = (code: Code) => {
    if (markdownSpace(code) && size < INDENT) {
      effects.consume(code);
      size++;
      return inside;
    }
    effects.exit('admonitionIndent');
    return after(code);
  };
  return (code: Code) => {
    if (!markdownSpace(code)) return after(code);
    effects.enter('admonitionIndent');
    return inside(code);
  };
}

function tokenizeAdmonitionExit(this: TokenizeContext, effects: Effects): undefined {
  effects.exit('admonition');
}

const fenceConstruct: Construct = {
  name: 'admonitionFence',
  tokenize(effects, ok, nok) {
    return (code: Code) => {
      if (code !== 58) return nok(code);
      effects.enter('admonitionFence');
      return lineTokenizer(
        effects,
        code,
        (line) => readFenceLine(line) !== undefined,
        (c: Code) => {
          effects.exit('admonitionFence');
          return ok(c);
        },
        nok,
      )(code);
    };
  },
};

export const admonitionSyntax: MicromarkExtension = {
  document: { 33: admonitionConstruct, 63: admonitionConstruct },
  flow: { 58: fenceConstruct },
};

export const admonitionFromMarkdown: FromMarkdownExtension = {
  enter: {
    admonition(this: CompileContext, token) {
      this.enter({ type: 'admonition', children: [] }, token);
    },
    admonitionFence(this: CompileContext, token) {
      this.enter({ type: 'admonitionFence' }, token);
    },
  },
  exit: {
    admonitionPrefix(this: CompileContext, token) {
      const node = this.stack[this.stack.length - 1];
      const read = readAdmonitionLine(this.sliceSerialize(token));
      if (node?.type === 'admonition') node.title = shifted(read?.title, token.start.offset);
    },
    admonition(this: CompileContext, token) {
      this.exit(token);
    },
    admonitionFence(this: CompileContext, token) {
      const node = this.stack[this.stack.length - 1];
      const read = readFenceLine(this.sliceSerialize(token));
      if (node?.type === 'admonitionFence') node.title = shifted(read?.title, token.start.offset);
      this.exit(token);
    },
  },
};

function shifted(range: [number, number] | undefined, by: number): [number, number] | undefined {
  return range && range[1] > range[0] ? [range[0] + by, range[1] + by] : undefined;
}

/** The unified plugin: MkDocs and Docusaurus admonitions. */
export function admonitions(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(admonitionSyntax);
  (data.fromMarkdownExtensions ??= []).push(admonitionFromMarkdown);
}
