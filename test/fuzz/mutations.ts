// Mutations of real documents and editing sessions, as data: places are fractions of the text's
// length, so a spec generated without the text applies to any text (and replays exactly).
import fc from 'fast-check';
import type { TextChange } from '../../src/core/incremental';
import {
  SENTENCES,
  SOUP_TOKENS,
  block,
  joinLines,
  paragraph,
  phrase,
  type Eol,
} from './generators';

/** A place in a text: a fraction of its length, evenly spread (fast-check's doubles favour 0, 1). */
const at = fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000);

/** The offset a fraction names in a text of `length` characters. */
function offsetIn(length: number, fraction: number): number {
  return Math.min(length, Math.floor(fraction * (length + 1)));
}

/** Offset of the start of the line holding `offset`. */
function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The text's first line ending, for inserted lines. */
function eolOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/** Lines of Markdown to insert: a block (list, quote, table, code…), a paragraph, a blank line. */
const blockLines: fc.Arbitrary<string[]> = fc.oneof(
  { arbitrary: block, weight: 3 },
  { arbitrary: paragraph, weight: 1 },
  { arbitrary: fc.constant(['']).map((l) => [...l]), weight: 1 },
);

/** A short insertion: markup tokens, words, a domain sentence, any characters. */
const snippet = fc.oneof(
  { arbitrary: fc.constantFrom(...SOUP_TOKENS), weight: 4 },
  { arbitrary: phrase, weight: 2 },
  { arbitrary: fc.constantFrom(...SENTENCES), weight: 1 },
  { arbitrary: fc.string({ maxLength: 4 }), weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// Mutations of a real document

export type Mutation =
  /** Keep only `lines` lines from the line at `at` (documents stay small and quick). */
  | { kind: 'excerpt'; at: number; lines: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'insert'; at: number; text: string }
  /** Lines inserted at the start of a line. */
  | { kind: 'insert-lines'; at: number; lines: string[] }
  | { kind: 'swap-lines'; a: number; b: number }
  /** A prefix for a line (indentation, a quote or list marker), or '' to take its indentation. */
  | { kind: 'prefix'; at: number; prefix: string }
  | { kind: 'wrap'; at: number; length: number; open: string; close: string }
  | { kind: 'line-endings'; eol: Eol; picks: number[] }
  | { kind: 'bom' }
  | { kind: 'truncate'; at: number };

const WRAPS: [string, string][] = [
  ['**', '**'],
  ['*', '*'],
  ['_', '_'],
  ['`', '`'],
  ['[', '](x)'],
  ['<span>', '</span>'],
  ['<!-- ', ' -->'],
  ['~~', '~~'],
  ['\n```\n', '\n```\n'],
  ['\n\n<div>\n', '\n</div>\n\n'],
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at, length: fc.nat({ max: 400 }), to: at }),
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: snippet }), weight: 3 },
  {
    arbitrary: fc.record({ kind: fc.constant('insert-lines' as const), at, lines: blockLines }),
    weight: 2,
  },
  fc.record({ kind: fc.constant('swap-lines' as const), a: at, b: at }),
  fc.record({
    kind: fc.constant('prefix' as const),
    at,
    prefix: fc.constantFrom('', ' ', '  ', '    ', '\t', '> ', '>', '- ', '* ', '1. ', '# ', '| '),
  }),
  fc
    .tuple(at, fc.nat({ max: 120 }), fc.constantFrom(...WRAPS))
    .map(([a, length, [open, close]]): Mutation => ({ kind: 'wrap', at: a, length, open, close })),
  fc.record({
    kind: fc.constant('line-endings' as const),
    eol: fc.constantFrom<Eol>('lf', 'crlf', 'cr', 'mixed'),
    picks: fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 7 }),
  }),
  fc.constant<Mutation>({ kind: 'bom' }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
);

/** Mutations of a real document: usually an excerpt of it first, then a few changes. */
export const mutations: fc.Arbitrary<Mutation[]> = fc
  .tuple(
    fc.option(
      fc.record({
        kind: fc.constant('excerpt' as const),
        at,
        lines: fc.integer({ min: 1, max: 80 }),
      }),
      { freq: 4 },
    ),
    fc.array(mutation, { minLength: 0, maxLength: 6 }),
  )
  .map(([excerpt, rest]) => (excerpt ? [excerpt, ...rest] : rest));

/** Apply one mutation. */
export function mutate(text: string, m: Mutation): string {
  const splitLines = (t: string): { lines: string[]; ends: string[] } => {
    const parts = t.split(/(\r\n|\r|\n)/);
    return {
      lines: parts.filter((_, i) => i % 2 === 0),
      ends: parts.filter((_, i) => i % 2 === 1),
    };
  };
  const join = (lines: string[], ends: string[]): string =>
    lines.map((l, i) => l + (ends[i] ?? '')).join('');
  switch (m.kind) {
    case 'excerpt': {
      const { lines, ends } = splitLines(text);
      const first = Math.min(lines.length - 1, Math.floor(m.at * lines.length));
      return join(lines.slice(first, first + m.lines), ends.slice(first, first + m.lines));
    }
    case 'delete': {
      const o = offsetIn(text.length, m.at);
      return text.slice(0, o) + text.slice(o + m.length);
    }
    case 'duplicate': {
      const o = offsetIn(text.length, m.at);
      const piece = text.slice(o, o + m.length);
      const to = offsetIn(text.length, m.to);
      return text.slice(0, to) + piece + text.slice(to);
    }
    case 'insert': {
      const o = offsetIn(text.length, m.at);
      return text.slice(0, o) + m.text + text.slice(o);
    }
    case 'insert-lines': {
      const o = lineStartAt(text, offsetIn(text.length, m.at));
      const eol = eolOf(text);
      return text.slice(0, o) + m.lines.map((l) => l + eol).join('') + text.slice(o);
    }
    case 'swap-lines': {
      const { lines, ends } = splitLines(text);
      const a = Math.min(lines.length - 1, Math.floor(m.a * lines.length));
      const b = Math.min(lines.length - 1, Math.floor(m.b * lines.length));
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return join(lines, ends);
    }
    case 'prefix': {
      const o = lineStartAt(text, offsetIn(text.length, m.at));
      if (m.prefix) return text.slice(0, o) + m.prefix + text.slice(o);
      let e = o;
      while (text[e] === ' ' || text[e] === '\t') e++;
      return text.slice(0, o) + text.slice(e);
    }
    case 'wrap': {
      const o = offsetIn(text.length, m.at);
      const e = Math.min(text.length, o + m.length);
      return text.slice(0, o) + m.open + text.slice(o, e) + m.close + text.slice(e);
    }
    case 'line-endings': {
      const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
      const { lines } = splitLines(text.slice(bom.length));
      return bom + joinLines(lines, m.eol, m.picks);
    }
    case 'bom':
      return text.startsWith('\uFEFF') ? text.slice(1) : '\uFEFF' + text;
    case 'truncate':
      return text.slice(0, offsetIn(text.length, m.at));
  }
}

// ---------------------------------------------------------------------------------------------
// Editing sessions (for the incremental linter)

export type EditSpec = { at: number; give: boolean } & (
  | { kind: 'insert'; text: string }
  | { kind: 'delete'; length: number }
  | { kind: 'replace'; length: number; text: string }
  /** At the CRLF nearest after `at`: text between CR and LF, or CR or LF deleted. */
  | { kind: 'split-crlf'; op: 'between' | 'delete-cr' | 'delete-lf'; text: string }
  /** Typing: one edit per character; `\b` is a backspace. */
  | { kind: 'type'; keys: string }
  /** Lines pasted at the start of a line, in the document's line ending. */
  | { kind: 'paste'; lines: string[] }
);

const give = fc.boolean();

export const editSpec: fc.Arbitrary<EditSpec> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('insert' as const), at, give, text: snippet }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at,
      give,
      length: fc.nat({ max: 80 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at,
      give,
      length: fc.nat({ max: 40 }),
      text: snippet,
    }),
    weight: 2,
  },
  fc.record({
    kind: fc.constant('split-crlf' as const),
    at,
    give,
    op: fc.constantFrom('between' as const, 'delete-cr' as const, 'delete-lf' as const),
    text: fc.constantFrom('', 'x', ' ', '\r', '\n', '\r\n', '- ', '> ', 'loyalty'),
  }),
  {
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      at,
      give,
      keys: fc
        .array(
          fc.constantFrom(
            ...'aelo ty.,*_`[]#>-|\\&'.split(''),
            '\b',
            '\n',
            'é',
            '😀',
            ...' loyalty',
          ),
          { minLength: 1, maxLength: 8 },
        )
        .map((k) => k.join('')),
    }),
    weight: 2,
  },
  fc.record({ kind: fc.constant('paste' as const), at, give, lines: blockLines }),
);

/** A session of 1–6 edits. */
export const editSession = fc.array(editSpec, { minLength: 1, maxLength: 6 });

/** The changes an edit makes to `text`, in order (typing gives one per key). */
export function editChanges(text: string, e: EditSpec): TextChange[] {
  const o = offsetIn(text.length, e.at);
  switch (e.kind) {
    case 'insert':
      return [{ offset: o, deleteLength: 0, insertText: e.text }];
    case 'delete':
      return [{ offset: o, deleteLength: Math.min(e.length, text.length - o), insertText: '' }];
    case 'replace':
      return [{ offset: o, deleteLength: Math.min(e.length, text.length - o), insertText: e.text }];
    case 'split-crlf': {
      let cr = text.indexOf('\r\n', o);
      if (cr < 0) cr = text.indexOf('\r\n');
      if (cr < 0) return [{ offset: o, deleteLength: 0, insertText: e.text || '\r' }];
      if (e.op === 'between') return [{ offset: cr + 1, deleteLength: 0, insertText: e.text }];
      return [{ offset: e.op === 'delete-cr' ? cr : cr + 1, deleteLength: 1, insertText: '' }];
    }
    case 'type': {
      const changes: TextChange[] = [];
      let cursor = o;
      for (const key of e.keys) {
        if (key !== '\b') {
          changes.push({ offset: cursor, deleteLength: 0, insertText: key });
          cursor += key.length;
        } else if (cursor > 0) {
          // One code unit, as a change event may carry (half of an emoji is a lone surrogate).
          changes.push({ offset: cursor - 1, deleteLength: 1, insertText: '' });
          cursor--;
        }
      }
      return changes;
    }
    case 'paste': {
      const s = lineStartAt(text, o);
      const eol = eolOf(text);
      return [{ offset: s, deleteLength: 0, insertText: e.lines.map((l) => l + eol).join('') }];
    }
  }
}

/** `text` after a change. */
export function applyChange(text: string, c: TextChange): string {
  return text.slice(0, c.offset) + c.insertText + text.slice(c.offset + c.deleteLength);
}
