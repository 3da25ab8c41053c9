// Property tests over generated Markdown: the engine never throws, is deterministic, and every
// position it reports lies inside the document and agrees with an independent line count.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, type LintResult } from '../../src/core';
import { sentenceSegments } from '../../src/core/text/sentences';
import { applyEdits, checkFindings } from './support/check';
import { SENTENCES, anyText, markdownDoc, soup, word } from '../fuzz/generators';

// ---------------------------------------------------------------------------------------------
// Properties

/** Bounds a property's run, shrinking included, so a failure on a big input cannot hang the suite. */
const LIMIT = { interruptAfterTimeLimit: 20_000 };

/** How many fixes per document are applied and re-linted (one per kind, first come). */
const MAX_RELINTS = 3;

/** Lint, check every range, apply every fix and re-lint a few: throws (fails) on any violation. */
function checkDocument(text: string, stats?: { docs: number; withFindings: number }): LintResult {
  const result = lint(text);
  assert.deepStrictEqual(lint(text), result, 'lint is not deterministic');
  checkFindings(text, result.findings);
  const relinted = new Set<string>();
  for (const f of result.findings) {
    for (const fix of f.fixes) {
      const fixed = applyEdits(text, fix.edits);
      assert.equal(typeof fixed, 'string');
      if (relinted.size < MAX_RELINTS && !relinted.has(fix.kind)) {
        relinted.add(fix.kind);
        checkFindings(fixed, lint(fixed).findings);
      }
    }
  }
  if (stats) {
    stats.docs++;
    if (result.findings.length > 0) stats.withFindings++;
  }
  return result;
}

describe('fuzz: generated Markdown', function () {
  this.timeout(60_000);

  it('lint never throws, is deterministic, and reports ranges that agree with the text', () => {
    const stats = { docs: 0, withFindings: 0 };
    fc.assert(
      fc.property(markdownDoc, (text) => {
        checkDocument(text, stats);
      }),
      { numRuns: 250, ...LIMIT },
    );
    // The generator is only useful if findings occur: most documents should have some.
    assert.ok(
      stats.withFindings > stats.docs / 3,
      `only ${stats.withFindings} of ${stats.docs} documents had findings`,
    );
  });

  it('holds on markup soup', () => {
    fc.assert(
      fc.property(soup, (text) => {
        checkDocument(text);
      }),
      { numRuns: 500, ...LIMIT },
    );
  });

  it('holds on arbitrary UTF-16 text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkDocument(text);
      }),
      { numRuns: 300, ...LIMIT },
    );
  });

  it('a BOM shifts offsets by one and leaves lines and columns alone', () => {
    fc.assert(
      fc.property(markdownDoc, (text) => {
        const plain = text.replace(/^\uFEFF/, '');
        const a = lint(plain).findings;
        const b = lint('\uFEFF' + plain).findings;
        assert.equal(b.length, a.length);
        a.forEach((f, i) => {
          const g = b[i]!;
          assert.equal(g.range.start.offset, f.range.start.offset + 1);
          assert.equal(g.range.end.offset, f.range.end.offset + 1);
          assert.deepEqual(
            [g.range.start.line, g.range.start.column, g.range.end.line, g.range.end.column],
            [f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column],
          );
        });
      }),
      { numRuns: 60, ...LIMIT },
    );
  });

  it('line endings do not change what is found, only where', () => {
    fc.assert(
      fc.property(markdownDoc, (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const key = (r: LintResult): string[] =>
          r.findings.map((f) => `${f.ruleId}:${f.range.start.line}:${f.range.start.column}`);
        const expected = key(lint(lf));
        assert.deepEqual(key(lint(lf.replace(/\n/g, '\r\n'))), expected, 'CRLF');
        assert.deepEqual(key(lint(lf.replace(/\n/g, '\r'))), expected, 'CR');
      }),
      { numRuns: 60, ...LIMIT },
    );
  });

  it('empty and blank files have no findings', () => {
    for (const text of ['', '\uFEFF', '\n', '\r\n', '\r', '   \t\n\n', '\uFEFF\r\n\r\n']) {
      const r = checkDocument(text);
      assert.deepEqual(r.findings, []);
      assert.deepEqual(r.problems, []);
    }
  });

  it('sentences found window by window are the sentences of the whole text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...SENTENCES),
      word,
      fc.constantFrom(
        '. ',
        '.',
        '? ',
        '! ',
        '.) ',
        '." ',
        '...',
        ' ',
        '  ',
        '\n',
        '\r\n',
        '\r',
        '\u2029',
        'Mr. ',
        'e.g. ',
        'bijv. ',
        '3.5',
        '1. ',
        ' a',
        ' A',
        '(',
        ')',
        '"',
        '«',
        '»',
        '。',
        '؟',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom<'en' | 'nl'>('en', 'nl'),
        (text, window, lang) => {
          const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
          const whole = [...segmenter.segment(text)].map((s): [number, number] => [
            s.index,
            s.index + s.segment.length,
          ]);
          assert.deepEqual(sentenceSegments(text, lang, window), whole);
        },
      ),
      { numRuns: 1500, ...LIMIT },
    );
  });
});
