// Long tables are read a few rows at a time (src/core/markdown/tables.ts): the blocks and the
// findings must be those of reading the table whole.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../src/core';
import { IncrementalLinter } from '../../src/core/incremental';
import { CHUNK_SIZE, parseBlocks } from '../../src/core/markdown/blocks';
import { longTables } from '../../src/core/markdown/tables';

/** Blocks read with tables of more than 200 characters in pieces, and read whole. */
function both(text: string): [unknown, unknown] {
  return [parseBlocks(text, CHUNK_SIZE, 200), parseBlocks(text, CHUNK_SIZE, Infinity)];
}

const ROWS = [
  '| redesigned app | customer loyalty |',
  '| The new portal must be user-friendly. | `a | b` |',
  '| escaped \\| pipe | **bold** and [link](https://x.nl) |',
  '| one cell only |',
  '| a | b | c | d (more cells than the header) |',
  '|  | empty first cell |',
  'no leading pipe | still a row',
  '| Het nieuwe portaal zorgt voor meer vertrouwen. | &amp; &#x79; |',
];

const tableText = (rows: string[], eol = '\n'): string =>
  ['| Goal | KPI |', '|:---|---:|', ...rows].join(eol) + eol;

describe('long tables read in pieces', function () {
  it('finds the long tables after blank lines, up to the next blank line', () => {
    const table = tableText(Array.from({ length: 40 }, (_, i) => ROWS[i % ROWS.length]!));
    const text = `# Goals\n\n${table}\nAfter.\n`;
    const [t] = longTables(text, 200);
    assert.equal(text.slice(t!.start, t!.end), table);
    assert.deepEqual(longTables(text, table.length), []);
    // Not after a blank line (a paragraph line before it): not found.
    assert.deepEqual(longTables(`Text\n${table}`, 200), []);
  });

  it('gives the blocks of the whole read, on random tables in random documents', () => {
    const row = fc.constantFrom(...ROWS);
    const around = fc.constantFrom(
      '',
      '# Goals\n\n',
      'Intro text.\n\n',
      '> quote\n\n',
      '- item\n\n',
    );
    const after = fc.constantFrom('', '\nAfter.\n', '\n- item\n', '\n```\ncode\n```\n');
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 120 }),
        around,
        after,
        fc.constantFrom('\n', '\r\n'),
        (rows, before, tail, eol) => {
          const text =
            before.replaceAll('\n', eol) + tableText(rows, eol) + tail.replaceAll('\n', eol);
          const [pieces, whole] = both(text);
          assert.deepEqual(pieces, whole);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it('a table interrupted by another block is read whole (same result)', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ROWS[i % ROWS.length]!);
    rows.splice(30, 0, '# A heading in the rows', '> a quote');
    const text = `Intro.\n\n${tableText(rows)}\nAfter.\n`;
    const [pieces, whole] = both(text);
    assert.deepEqual(pieces, whole);
  });

  it('a 300 KB table of requirements is read in full, each row linted', () => {
    // (1 MB takes seconds a lint: its time is in npm run bench:shapes.)
    const row = '| redesigned app | customer loyalty |\n';
    const text = `| Goal | KPI |\n|---|---|\n${row.repeat(8_000)}`;
    const result = lint(text);
    assert.deepEqual(result.problems, []);
    assert.equal(result.findings.length, 8_000);
    // As the editor lints it, after an edit in a row.
    const linter = new IncrementalLinter();
    linter.lintFull(text);
    const at = text.indexOf('customer', text.length / 2);
    const edited = `${text.slice(0, at)}our ${text.slice(at)}`;
    assert.deepEqual(
      linter.update(edited, { offset: at, deleteLength: 0, insertText: 'our ' }),
      lint(edited),
    );
  });
});
