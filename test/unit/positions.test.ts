// Positions: the line index on its own, and where the engine's findings land in the source.
import assert from 'node:assert/strict';
import { lint, type Finding, type RuleId } from '../../src/core';
import { LineIndex } from '../../src/core/text/lines';
import { applyEdits, checkFindings } from './support/check';

const CLAIM = 'The redesigned app will increase customer loyalty.';

/** The findings of a rule, checked against the text (ranges, spans, line/column). */
function findings(text: string, rule: RuleId = 'ux-for-cx-outcome'): Finding[] {
  const all = lint(text).findings;
  checkFindings(text, all);
  return all.filter((f) => f.ruleId === rule);
}

/** The one finding of a rule. */
function only(text: string, rule: RuleId = 'ux-for-cx-outcome'): Finding {
  const found = findings(text, rule);
  assert.equal(found.length, 1, `expected one ${rule} finding in ${JSON.stringify(text)}`);
  return found[0]!;
}

const at = (text: string, f: Finding): string =>
  text.slice(f.range.start.offset, f.range.end.offset);

describe('LineIndex', () => {
  it('counts LF lines and 1-based columns', () => {
    const idx = new LineIndex('ab\ncd\n');
    assert.equal(idx.lineCount, 3);
    assert.deepEqual(idx.position(0), { offset: 0, line: 1, column: 1 });
    assert.deepEqual(idx.position(2), { offset: 2, line: 1, column: 3 });
    assert.deepEqual(idx.position(3), { offset: 3, line: 2, column: 1 });
    assert.deepEqual(idx.position(6), { offset: 6, line: 3, column: 1 });
    assert.equal(idx.lineStart(2), 3);
    assert.equal(idx.lineEnd(1), 2);
    assert.equal(idx.lineEnd(3), 6);
  });

  it('treats CRLF as one line ending', () => {
    const idx = new LineIndex('ab\r\ncd');
    assert.equal(idx.lineCount, 2);
    assert.deepEqual(idx.position(2), { offset: 2, line: 1, column: 3 });
    // Between CR and LF is still the first line.
    assert.deepEqual(idx.position(3), { offset: 3, line: 1, column: 4 });
    assert.deepEqual(idx.position(4), { offset: 4, line: 2, column: 1 });
    assert.equal(idx.lineStart(2), 4);
    assert.equal(idx.lineEnd(1), 2);
  });

  it('treats a lone CR as a line ending', () => {
    const idx = new LineIndex('ab\rcd\r');
    assert.equal(idx.lineCount, 3);
    assert.deepEqual(idx.position(3), { offset: 3, line: 2, column: 1 });
    assert.equal(idx.lineEnd(1), 2);
    assert.equal(idx.lineEnd(2), 5);
  });

  it('counts mixed endings: CR, CRLF, LF, and a CR before a CRLF', () => {
    const idx = new LineIndex('a\rb\r\nc\nd\r\r\ne');
    assert.equal(idx.lineCount, 6);
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((l) => idx.lineStart(l)),
      [0, 2, 5, 7, 9, 11],
    );
  });

  it('adds the BOM to offsets but not to columns', () => {
    const idx = new LineIndex('ab\ncd', 1);
    assert.deepEqual(idx.position(0), { offset: 1, line: 1, column: 1 });
    assert.deepEqual(idx.position(4), { offset: 5, line: 2, column: 2 });
  });

  it('counts UTF-16 units: an astral character is two columns, é and tab one', () => {
    const idx = new LineIndex('😀é\tx');
    assert.deepEqual(idx.position(4), { offset: 4, line: 1, column: 5 });
    assert.deepEqual(idx.position(3), { offset: 3, line: 1, column: 4 });
  });

  it('clamps offsets outside the text', () => {
    const idx = new LineIndex('ab\ncd');
    assert.deepEqual(idx.position(-3), { offset: 0, line: 1, column: 1 });
    assert.deepEqual(idx.position(99), { offset: 5, line: 2, column: 3 });
    assert.deepEqual(idx.range(1, 4), {
      start: { offset: 1, line: 1, column: 2 },
      end: { offset: 4, line: 2, column: 2 },
    });
  });

  it('has one empty line for empty text', () => {
    const idx = new LineIndex('');
    assert.equal(idx.lineCount, 1);
    assert.deepEqual(idx.position(0), { offset: 0, line: 1, column: 1 });
    assert.equal(idx.lineEnd(1), 0);
  });
});

describe('engine positions', () => {
  it('finds the outcome on a plain LF line', () => {
    const text = `Intro.\n\n${CLAIM}\n`;
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.equal(f.range.start.offset, text.indexOf('loyalty'));
    assert.equal(f.range.start.line, 3);
    assert.equal(f.range.start.column, CLAIM.indexOf('loyalty') + 1);
    assert.equal(f.statement.start.column, 1);
    assert.equal(f.statement.end.column, CLAIM.length + 1);
  });

  for (const [name, eol] of [
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ] as const) {
    it(`counts lines of a ${name} file`, () => {
      const text = `# Goals${eol}${eol}Intro.${eol}${eol}${CLAIM}${eol}`;
      const f = only(text);
      assert.equal(at(text, f), 'loyalty');
      assert.equal(f.range.start.offset, text.indexOf('loyalty'));
      assert.deepEqual(
        [f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column],
        [5, CLAIM.indexOf('loyalty') + 1, 5, CLAIM.indexOf('loyalty') + 8],
      );
    });
  }

  it('keeps a CRLF inside a paragraph out of the columns of the next line', () => {
    const text = 'The redesigned app\r\nwill increase customer loyalty.';
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.equal(f.range.start.line, 2);
    assert.equal(f.range.start.column, 'will increase customer '.length + 1);
    assert.equal(f.range.end.line, 2);
  });

  it('counts a BOM in offsets (offset 0) but not in columns', () => {
    const plain = only(CLAIM);
    const text = `\uFEFF${CLAIM}`;
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.equal(f.range.start.offset, plain.range.start.offset + 1);
    assert.equal(f.range.start.column, plain.range.start.column);
    assert.equal(f.statement.start.offset, 1);
    assert.equal(f.statement.start.column, 1);
  });

  it('counts a tab inside a line as one column', () => {
    const text = 'The redesigned app\twill increase customer loyalty.';
    const f = only(text);
    assert.equal(f.range.start.column, text.indexOf('loyalty') + 1);
  });

  it('counts é and ï as one column each', () => {
    const text = 'Het naïeve, intuïtieve café-portaal zorgt voor meer vertrouwen in de gemeente.';
    const f = only(text);
    assert.equal(at(text, f), 'meer vertrouwen');
    assert.equal(f.range.start.column, text.indexOf('meer vertrouwen') + 1);
  });

  it('counts an emoji before the finding as two columns', () => {
    const plain = only(CLAIM);
    const text = `😀${CLAIM}`;
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.equal(f.range.start.column, plain.range.start.column + 2);
    assert.equal(f.range.start.offset, plain.range.start.offset + 2);
  });

  it('counts combining marks and right-to-left text in UTF-16 units', () => {
    const prefix = 'e\u0301 שלום مرحبا ';
    const text = prefix + CLAIM;
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.equal(f.range.start.column, prefix.length + CLAIM.indexOf('loyalty') + 1);
  });

  it('maps a finding inside emphasis to the source characters', () => {
    const text = 'The redesigned app will increase customer **loyalty**.';
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.equal(f.range.start.column, text.indexOf('loyalty') + 1);
    assert.equal(f.statementText, CLAIM);
  });

  it('maps a finding inside link text to the source characters', () => {
    const text = 'The redesigned app will increase [brand preference](http://x).';
    const f = only(text);
    assert.equal(at(text, f), 'brand preference');
    assert.equal(f.range.start.column, text.indexOf('brand') + 1);
  });

  it('maps a span across escapes and character references', () => {
    const text = 'The redesigned app \\*will\\* increase customer loyalty &amp; trust.';
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    for (const s of f.spans)
      assert.equal(text.slice(s.range.start.offset, s.range.end.offset), s.text);
  });

  it('keeps offsets right after a character reference whose character occurs later', () => {
    const text = 'Use &lt; for a < b; the redesigned app will increase customer loyalty.';
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    const text2 = 'Smile &#128512; the redesigned app will increase customer loyalty.';
    assert.equal(at(text2, only(text2)), 'loyalty');
    // A reference after a continuation line's indentation, its character occurring later.
    const text3 = `> Intro.\n>   &#128512; 👩‍💻 ${CLAIM}`;
    assert.equal(at(text3, only(text3)), 'loyalty');
  });

  it('ends a range after the whole character reference its last character came from', () => {
    for (const [text, want] of [
      ['The redesigned app will increase customer loyalt&#x79;.', 'loyalt&#x79;'],
      ['The redesigned app will increase customer loyalt&#121;', 'loyalt&#121;'],
      ['- The redesigned app will increase customer loyalt&#X79;', 'loyalt&#X79;'],
      ['| Goal | KPI |\n|---|---|\n| redesigned app | customer loyalt&#x79; |', 'loyalt&#x79;'],
    ] as const) {
      const f = only(text);
      assert.equal(at(text, f), want, text);
      assert.equal(f.range.end.offset, text.indexOf(want) + want.length);
      const outcome = f.spans.find((s) => s.role === 'cxOutcome')!;
      assert.equal(text.slice(outcome.range.start.offset, outcome.range.end.offset), want);
      const statement = text.slice(f.statement.start.offset, f.statement.end.offset);
      assert.ok(statement.endsWith(want) || statement.endsWith(`${want}.`), statement);
    }
    const vague = 'The new app must be intuitiv&eacute;, and fast.';
    assert.equal(at(vague, only(vague, 'unmeasurable-ux-quality')), 'intuitiv&eacute;');
    // A reference that decodes to a surrogate pair, and one that decodes to two code points.
    for (const end of ['&#128512;', '&#x1F600;', '&NotEqualTilde;']) {
      const text = `The UX/CX team ${end}`;
      const f = only(text, 'ux-cx-conflation');
      assert.equal(text.slice(f.statement.start.offset, f.statement.end.offset), text, end);
    }
  });

  it('fixes replace and follow a character reference whole', () => {
    const text = 'The redesigned app will increase customer loyalt&#121;';
    const split = only(text).fixes.find((x) => x.kind === 'split-goal')!;
    assert.ok(!applyEdits(text, split.edits).includes('#121;'));
    for (const doc of [
      '- The redesigned app will increase customer loyalt&#x79;',
      '| Goal | KPI |\n|---|---|\n| redesigned app | customer loyalt&#x79; |',
    ]) {
      const disable = only(doc).fixes.find((x) => x.kind === 'disable-line')!;
      const fixed = applyEdits(doc, disable.edits);
      assert.ok(fixed.includes('loyalt&#x79; <!-- uxcx-disable-line'), fixed);
      const r = lint(fixed);
      assert.deepEqual([r.findings.length, r.suppressed], [0, 1], fixed);
    }
  });

  it('never flags a CX word inside inline code', () => {
    assert.deepEqual(findings('The redesigned app will increase `customer loyalty`.'), []);
  });

  it('never flags a CX word inside a URL', () => {
    for (const text of [
      'The redesigned app will increase [our goals](http://example.com/customer-loyalty).',
      'The redesigned app will increase <https://example.com/customer-loyalty>.',
      'The redesigned app will increase https://example.com/customer-loyalty today.',
      'The redesigned app will increase www.loyalty.example today.',
      'The redesigned app will increase loyalty@example.com today.',
      'The redesigned app will increase ![customer loyalty](loyalty.png) today.',
    ]) {
      assert.deepEqual(findings(text), [], text);
    }
  });

  it('skips fenced and indented code, HTML blocks and the non-prose fields of front matter', () => {
    for (const text of [
      `\`\`\`\n${CLAIM}\n\`\`\``,
      `~~~md\n${CLAIM}\n~~~`,
      `Intro.\n\n    ${CLAIM}`,
      `<div>\n${CLAIM}\n</div>`,
      `<!-- ${CLAIM} -->`,
      `---\nlayout: ${CLAIM}\n---\n\nIntro.`,
      `---\ntags:\n  - ${CLAIM}\nmeta:\n  title: ${CLAIM}\n---\n\nIntro.`,
    ]) {
      assert.deepEqual(lint(text).findings, [], text);
    }
  });

  it('places a finding in a heading', () => {
    const text = `Intro.\n\n## ${CLAIM.slice(0, -1)}\n`;
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.equal(f.range.start.line, 3);
    assert.equal(f.range.start.column, 4 + CLAIM.indexOf('loyalty'));
    assert.equal(f.statement.start.column, 4);
  });

  it('places a finding in a table cell', () => {
    const row = '| The redesigned app | will increase customer loyalty |';
    const text = `| Goal | Target |\n|---|---|\n${row}\n`;
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.equal(f.range.start.line, 3);
    assert.equal(f.range.start.column, row.indexOf('loyalty') + 1);
  });

  it('places a finding in a nested list and a block quote', () => {
    const text = `- Goals\n  - ${CLAIM}\n\n> > ${CLAIM}\n`;
    const found = findings(text);
    assert.equal(found.length, 2);
    assert.deepEqual(
      found.map((f) => [at(text, f), f.range.start.line, f.range.start.column]),
      [
        ['loyalty', 2, 5 + CLAIM.indexOf('loyalty')],
        ['loyalty', 4, 5 + CLAIM.indexOf('loyalty')],
      ],
    );
  });

  it('places a finding on a continuation line of a block quote', () => {
    const text = '> The redesigned app will\n> increase customer loyalty.';
    const f = only(text);
    assert.equal(at(text, f), 'loyalty');
    assert.deepEqual([f.range.start.line, f.range.start.column], [2, 21]);
  });

  it('places a disable comment indented with a tab where it is, whatever the line endings', () => {
    // The parser gives the comment a leading space for the part of the tab the list item does not
    // use; the comment's offsets must still come from the source.
    const lf = `2) ${CLAIM}\n\n\t<!-- uxcx-disable-next-line -->\n2) ${CLAIM}`;
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const r = lint(text);
      assert.deepEqual(
        r.findings.map((f) => f.range.start.line),
        [1],
        JSON.stringify(text),
      );
      assert.equal(r.suppressed, 1);
    }
  });
});
