// Plain writing read without the parser (src/core/markdown/plain.ts) must give what the parser
// gives: the same nodes (types, offsets, text values), and the text after them must read as it
// does in the whole. Checked on random text near the edge of what is plain, on the shapes of
// ordinary writing, and on the real documents of ../shared/corpora (when present).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Nodes, RootContent } from 'mdast';
import { lint } from '../../src/core';
import { parseMarkdown } from '../../src/core/markdown/parse';
import { parseBlocks } from '../../src/core/markdown/blocks';
import {
  plainBlocks,
  plainFrontMatter,
  plainReading,
  plainRows,
} from '../../src/core/markdown/plain';
import { longTables, parseLongTable } from '../../src/core/markdown/tables';
import { SHAPES } from '../shapes';
import { markdownDoc } from '../fuzz/generators';

interface Stripped {
  type: string;
  at: [number, number];
  value?: string;
  children?: Stripped[];
}

/** What of a node the plain reader must match: type, offsets (moved by `delta`), value, children. */
function strip(node: Nodes, delta = 0): Stripped {
  const s: Stripped = {
    type: node.type,
    at: [node.position!.start.offset! + delta, node.position!.end.offset! + delta],
  };
  if ('value' in node) s.value = node.value;
  if ('children' in node) s.children = node.children.map((c) => strip(c, delta));
  return s;
}

/**
 * The plain reading of `text` from its start against the parser's: the nodes it gives are the
 * parser's first, and the rest of the text, parsed on its own from where the reading ends, gives
 * the parser's other nodes. Returns how many nodes the plain reader gave.
 */
function checkPlain(text: string): number {
  const whole = parseMarkdown(text).children;
  const run = plainBlocks(text, 0);
  const n = run.nodes.length;
  if (n === 0) {
    assert.equal(run.end, 0);
    return 0;
  }
  assert.deepEqual(
    run.nodes.map((c) => strip(c)),
    whole.slice(0, n).map((c) => strip(c)),
  );
  assert.ok(run.end > 0 && run.end <= text.length);
  // (A text that starts with U+FEFF loses it as a BOM: the chunked parse reads such a document
  // whole.)
  if (text.charCodeAt(run.end) === 0xfeff) return n;
  const rest = parseMarkdown(text.slice(run.end), false).children;
  assert.deepEqual(
    rest.map((c: RootContent) => strip(c, run.end)),
    whole.slice(n).map((c) => strip(c)),
  );
  return n;
}

/**
 * Both readings, as the engine uses them: blocks of a document in chunks of `chunkSize`, tables
 * longer than `longTable` read a few rows at a time.
 */
function checkSameBlocks(text: string, chunkSize?: number, longTable?: number): void {
  plainReading.on = false;
  const want = parseBlocks(text, chunkSize, longTable);
  plainReading.on = true;
  const got = parseBlocks(text, chunkSize, longTable);
  assert.deepEqual(got, want);
}

function checkSameLint(text: string): void {
  plainReading.on = false;
  const want = lint(text);
  plainReading.on = true;
  const got = lint(text);
  assert.deepEqual(got, want);
}

// Pieces of lines near the edge of plain text.
const WORDS = [
  'the',
  'app',
  'loyalty',
  'Trust',
  'klantloyaliteit',
  'intuïtief',
  'Élan',
  'über',
  'x',
  'e\u0301',
  '😀',
  'NPS',
  '2024',
  '10',
  'a.b',
  'www.example.org',
  'a@b.nl',
  'https://x.y',
  '{{ site }}',
  '{% x %}',
];
const MARKS = [
  ',',
  '.',
  ':',
  ';',
  '(',
  ')',
  '"',
  "'",
  '-',
  '/',
  '#',
  '|',
  '*',
  '_',
  '[',
  ']',
  '&',
  '&amp;',
  '<',
  '>',
  '`',
  '~',
  '\\',
  '!',
  '?',
  '=',
  '+',
  '^',
  '\t',
  '\r',
  '\u00a0',
  '\ufeff',
];
const PREFIXES = [
  '',
  '',
  '',
  '',
  '- ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2. ',
  '1) ',
  '10. ',
  '123456789. ',
  '1234567890. ',
  '## ',
  '# ',
  '####### ',
  '#',
  ' ',
  '  ',
  '   ',
  '    ',
  '      ',
  '\t',
  ' \t',
  '\t- ',
  '> ',
  '| ',
  '---',
  '===',
  '-',
  '- - ',
  '-\t',
  '!!! note',
  ':::',
  '```',
  '<!-- ',
  '[x]: u',
  '- [ ] ',
];

const lineArb = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 1, arbitrary: fc.constantFrom(...MARKS) },
      ),
      { maxLength: 6 },
    ),
    fc.constantFrom('', '', '', ' ', '  ', ' #'),
  )
  .map(([p, ws, tail]) => p + ws.join(' ') + tail);

/** A line ending: mostly `\n`, some `\r\n` and lone `\r`. */
const eolArb = fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', '\r');

/** Lines joined by the line endings (one fewer is used). */
function joined(lines: string[], eols: string[]): string {
  return lines.map((l, k) => (k ? (eols[k % eols.length] ?? '\n') + l : l)).join('');
}

/** Lines, mostly plain, with blank lines between some. */
const docArb = fc
  .tuple(
    fc.array(
      fc.oneof({ weight: 4, arbitrary: lineArb }, { weight: 1, arbitrary: fc.constant('') }),
      {
        maxLength: 14,
      },
    ),
    fc.array(eolArb, { minLength: 1, maxLength: 4 }),
  )
  .map(([lines, eols]) => joined(lines, eols));

/** The same, with fewer marks: most of it is read by the plain reader. */
const plainLineArb = fc
  .tuple(
    fc.constantFrom(
      '',
      '',
      '',
      '- ',
      '- ',
      '1. ',
      '2. ',
      '## ',
      '  ',
      '   ',
      '    ',
      '* ',
      '> ',
      '>',
      '> > ',
      '>  ',
    ),
    fc.array(fc.constantFrom(...WORDS.slice(0, 14)), { minLength: 1, maxLength: 5 }),
  )
  .map(([p, ws]) => p + ws.join(' '));
const plainDocArb = fc
  .tuple(
    fc.array(
      fc.oneof({ weight: 4, arbitrary: plainLineArb }, { weight: 1, arbitrary: fc.constant('') }),
      { maxLength: 16 },
    ),
    fc.array(eolArb, { minLength: 1, maxLength: 4 }),
  )
  .map(([lines, eols]) => joined(lines, eols));

const cellArb = fc
  .tuple(
    fc.constantFrom('', ' ', '  '),
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 1, arbitrary: fc.constantFrom(...MARKS) },
      ),
      { maxLength: 3 },
    ),
    fc.constantFrom('', ' ', '  '),
  )
  .map(([a, ws, b]) => a + ws.join(' ') + b);
const rowArb = fc
  .tuple(
    fc.constantFrom('|', '|', '|', '', ' |'),
    fc.array(cellArb, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('|', '|', '|', '', '| ', '|\r'),
  )
  .map(([a, cells, b]) => a + cells.join('|') + b);
/** Rows that are mostly plain. */
const plainRowArb = fc
  .array(
    fc
      .tuple(
        fc.constantFrom('', ' ', '  '),
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', ' ', '  '),
      )
      .map(([a, ws, b]) => a + ws.join(' ') + b),
    { minLength: 1, maxLength: 4 },
  )
  .map((cells) => `|${cells.join('|')}|`);

/** A table: a head (sometimes not one), then rows, mostly plain. */
const tableArb = fc
  .tuple(
    fc.constantFrom(
      '| Goal | KPI |',
      '| a |',
      '|a|b|c|',
      'a | b',
      '| [x] | `y` |',
      '| Goal | KPI |',
    ),
    fc.constantFrom('|---|---|', '|:-|-:|', '| --- |', '|---|', '---', 'x', '|---|---|'),
    fc.array(fc.oneof(rowArb, plainRowArb, plainRowArb), { maxLength: 6 }),
  )
  .map(([h, d, rows]) => [h, d, ...rows].join('\n'));

describe('plain writing, read without the parser', () => {
  it('gives the parser’s nodes, and the rest reads as in the whole (random lines)', () => {
    let read = 0;
    fc.assert(
      fc.property(docArb, (text) => {
        read += checkPlain(text) > 0 ? 1 : 0;
      }),
      { numRuns: 3000, seed: 11 },
    );
    assert.ok(read > 80, `only ${read} texts were read plainly`);
  });

  it('gives the parser’s nodes on mostly plain text (lists, headings, paragraphs, quotes)', () => {
    let read = 0;
    /** Texts whose plain reading holds a block of each type. */
    const types = new Map<string, number>();
    fc.assert(
      fc.property(plainDocArb, (text) => {
        read += checkPlain(text) > 0 ? 1 : 0;
        for (const t of new Set(plainBlocks(text, 0).nodes.map((n) => n.type))) {
          types.set(t, (types.get(t) ?? 0) + 1);
        }
      }),
      { numRuns: 3000, seed: 12 },
    );
    assert.ok(read > 500, `only ${read} texts were read plainly`);
    for (const t of ['paragraph', 'heading', 'list', 'blockquote']) {
      assert.ok((types.get(t) ?? 0) > 100, `only ${types.get(t) ?? 0} texts with a ${t}`);
    }
  });

  it('gives the parser’s table rows', () => {
    let read = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(rowArb, plainRowArb), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const head = '| Goal | KPI |\n|---|---|\n';
          const text = `${head}${rows.join(rows.length % 3 ? '\n' : '\r\n')}\n`;
          const plain = plainRows(text, head.length, text.length);
          if (!plain) return;
          read++;
          const table = parseMarkdown(text).children[0];
          assert.equal(table?.type, 'table');
          if (table?.type !== 'table') return;
          assert.deepEqual(
            plain.map((r) => strip(r)),
            table.children.slice(1).map((r) => strip(r)),
          );
        },
      ),
      { numRuns: 3000, seed: 13 },
    );
    assert.ok(read > 200, `only ${read} tables were read plainly`);
  });

  it('gives the parser’s tables, and what follows reads as in the whole', () => {
    let read = 0;
    fc.assert(
      fc.property(tableArb, fc.constantFrom('\n', '\n\n', '\n  \n'), plainDocArb, (t, gap, doc) => {
        read += checkPlain(t + gap + doc) > 0 ? 1 : 0;
      }),
      { numRuns: 3000, seed: 15 },
    );
    assert.ok(read > 150, `only ${read} texts were read plainly`);
  });

  it('gives the same blocks and findings in chunks (random documents)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(docArb, plainDocArb, tableArb), { maxLength: 8 }), (docs) => {
        const text = docs.join('\n\n');
        checkSameBlocks(text, 32, 256);
        checkSameBlocks(text);
        checkSameLint(text);
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('gives the same blocks and findings on the fuzzer’s documents (front matter and all)', () => {
    fc.assert(
      fc.property(markdownDoc, (text) => {
        checkSameBlocks(text, 64, 256);
        checkSameLint(text);
      }),
      { numRuns: 400, seed: 16 },
    );
  });

  it('gives the parser’s front matter, and what follows reads as in the whole', () => {
    const fmLineArb = fc.constantFrom(
      'title: x',
      '---',
      '--- ',
      '---\t',
      ' ---',
      '----',
      '...',
      '',
      '  ',
      'a: b',
      '- ---',
      '# c',
    );
    let read = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('---', '--- ', '---\t ', '----', ' ---'),
        fc.array(fmLineArb, { maxLength: 8 }),
        fc.array(eolArb, { minLength: 1, maxLength: 3 }),
        plainDocArb,
        (open, lines, eols, rest) => {
          const text = joined([open, ...lines], eols) + (lines.length % 2 ? '\n' : '\r\n') + rest;
          const whole = parseMarkdown(text).children;
          const fm = plainFrontMatter(text);
          if (!fm) {
            assert.notEqual(whole[0]?.type, 'yaml', JSON.stringify(text));
            return;
          }
          read++;
          assert.deepEqual(strip(fm[0]), strip(whole[0]!), JSON.stringify(text));
          const after = parseMarkdown(text.slice(fm[1]), false).children;
          assert.deepEqual(
            after.map((c) => strip(c, fm[1])),
            whole.slice(1).map((c) => strip(c)),
          );
          checkSameBlocks(text, 32, 256);
        },
      ),
      { numRuns: 3000, seed: 17 },
    );
    assert.ok(read > 500, `only ${read} texts had front matter`);
  });

  it('reads a front matter of many prose fields without the parser, with the same findings', () => {
    const fields = Array.from({ length: 300 }, (_, k) =>
      k % 3 ? `title: ${k % 2 ? 'The app will increase loyalty' : 'x **y**'}` : 'tags: x',
    );
    checkSameLint(`---\n${fields.join('\n')}\n---\n\nThe redesigned app will increase loyalty.\n`);
  });

  it('reads the ordinary shapes and gives the same findings as the parser', () => {
    for (const s of SHAPES.filter((x) => x.ordinary)) {
      const text = s.make(40 * 1024);
      const tables = longTables(text, 1024);
      for (const t of tables) {
        plainReading.on = false;
        const want = parseLongTable(text, t);
        plainReading.on = true;
        const got = parseLongTable(text, t);
        assert.deepEqual(
          got?.children.map((c) => strip(c)),
          want?.children.map((c) => strip(c)),
        );
      }
      checkSameBlocks(text, 1024, 256);
      checkSameLint(text);
    }
  });

  const corpora = path.resolve(__dirname, '../../../shared/corpora');
  (existsSync(corpora) ? it : it.skip)('gives the same blocks on the real corpora', function () {
    this.timeout(600_000);
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir)) {
        const p = path.join(dir, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(md|markdown)$/i.test(e)) files.push(p);
      }
    };
    walk(corpora);
    assert.ok(files.length > 100);
    let plainly = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8').replace(/^\ufeff/, '');
      try {
        checkSameBlocks(text, 256, 256);
        checkSameBlocks(text);
      } catch (e) {
        throw new Error(`${f}: ${(e as Error).message.slice(0, 2000)}`);
      }
      if (plainBlocks(text, 0).nodes.length) plainly++;
    }
    assert.ok(plainly > 0);
  });

  after(() => {
    plainReading.on = true;
  });
});
