// Property tests over generated Markdown: the engine never throws, is deterministic, and every
// position it reports lies inside the document and agrees with an independent line count.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, type LintResult } from '../../src/core';
import { sentenceSegments } from '../../src/core/text/sentences';
import { applyEdits, checkFindings } from './support/check';

// ---------------------------------------------------------------------------------------------
// Generators

/** Sentences from the domain, so that findings actually occur. */
const SENTENCES = [
  'The redesigned app will increase customer loyalty.',
  'The new portal must be user-friendly.',
  'Het nieuwe portaal zorgt voor meer vertrouwen in de gemeente.',
  'The UX/CX team owns the NPS goal.',
  'Het UX/CX-team is verantwoordelijk voor de klanttevredenheid.',
  'We verbeteren de klantreis via app en website.',
  'The customer journey shall run via app and website only.',
  'De app moet intuïtief en gebruiksvriendelijk zijn.',
  'A user-friendly checkout so that customers stay loyal.',
  'The redesign of the homepage will boost brand preference.',
  'Door de nieuwe website stijgt de klantloyaliteit.',
  'The app must be seamless and intuitive.',
  'This raises trust in the organisation.',
  'Dat verhoogt het vertrouwen in de overheid.',
  'The design system is adopted in May.',
  'Loyalty depends on letters, phone and counter staff, not on the app alone.',
];

const WORDS = [
  'the',
  'redesigned',
  'app',
  'will',
  'increase',
  'customer',
  'loyalty',
  'trust',
  'NPS',
  'user-friendly',
  'UX/CX',
  'team',
  'portal',
  'website',
  'klantreis',
  'via',
  'en',
  'het',
  'nieuwe',
  'portaal',
  'zorgt',
  'voor',
  'meer',
  'vertrouwen',
  'gemeente',
  'must',
  'moet',
  'so',
  'that',
  'zodat',
  'intuïtief',
  'naïeve',
  'café',
  'e\u0301lan', // combining acute
  'a\u0308pp', // combining diaeresis
  'مرحبا', // Arabic
  'שלום', // Hebrew
  '\u200fRTL\u200e',
  '😀',
  '👩‍💻',
  '𝐀𝐁',
  '漢字',
  '\t',
  '&amp;',
  '&lt;',
  '&copy;',
  '&#128512;',
  '\\*',
  '\\_',
  'e.g.',
  'bijv.',
  '2025',
  '%',
  ';',
  ',',
  '—',
  'but,',
  'maar,',
];

const word = fc.constantFrom(...WORDS);

/** A run of words, optionally wrapped in inline markup. */
const phrase: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
    fc.constantFrom(
      (s: string) => s,
      (s: string) => s,
      (s: string) => s,
      (s: string) => `**${s}**`,
      (s: string) => `*${s}*`,
      (s: string) => `_${s}_`,
      (s: string) => `__${s}__`,
      (s: string) => `~~${s}~~`,
      (s: string) => `\`${s}\``,
      (s: string) => `[${s}](http://example.com/loyalty?q=app)`,
      (s: string) => `[${s}][ref]`,
      (s: string) => `![${s}](img.png)`,
      (s: string) => `<span class="x">${s}</span>`,
      (s: string) => `<!-- ${s} -->`,
      (s: string) => `<https://example.com/${encodeURIComponent(s)}>`,
      (s: string) => `${s}[^1]`,
      (s: string) => `${s}  `, // hard break follows when the line continues
      (s: string) => `${s}\\`,
    ),
  )
  .map(([s, wrap]) => wrap(s));

/** A line of prose: domain sentences mixed with marked-up phrases. */
const proseLine: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...SENTENCES), weight: 2 }, phrase), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(' '));

const paragraph = fc.array(proseLine, { minLength: 1, maxLength: 3 });

type Block = string[]; // lines, without line endings

const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), proseLine, fc.boolean())
  .map(([n, s, closed]): Block => [`${'#'.repeat(n)} ${s}${closed ? ' ' + '#'.repeat(n) : ''}`]);

const setextHeading = fc
  .tuple(proseLine, fc.constantFrom('===', '---'))
  .map(([s, u]): Block => [s, u]);

const table = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.array(phrase, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 4 }),
    fc.array(fc.constantFrom('KPI', 'Goal', 'Doel', 'Owner', 'Eigenaar', 'Measure'), {
      minLength: 4,
      maxLength: 4,
    }),
    fc.boolean(),
  )
  .map(([cols, rows, head, pipes]): Block => {
    const row = (cells: string[]): string => {
      const c = Array.from({ length: cols }, (_, i) => (cells[i] ?? '').replace(/\|/g, '\\|'));
      return pipes ? `| ${c.join(' | ')} |` : c.join(' | ');
    };
    return [
      row(head),
      row(Array.from({ length: cols }, (_, i) => [':--', '---', '--:', ':-:'][i % 4]!)),
      ...rows.map(row),
    ];
  });

const fencedCode = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'md', 'text'), paragraph)
  .map(([f, info, lines]): Block => [f + info, ...lines, f]);

const indentedCode = paragraph.map((lines): Block => lines.map((l) => `    ${l}`));

const htmlBlock = paragraph.map((lines): Block => ['<div class="note">', ...lines, '</div>']);

const directive = fc
  .constantFrom(
    '<!-- uxcx-disable-next-line -->',
    '<!-- uxcx-disable-next-line ux-for-cx-outcome -- reviewed -->',
    '<!-- uxcx-disable-line unmeasurable-ux-quality -->',
    '<!-- uxcx-disable ux-cx-conflation -->',
    '<!-- uxcx-disable -->',
    '<!-- uxcx-enable -->',
    '<!-- uxcx-lang nl -->',
    '<!-- uxcx-disable-file digital-only-journey -->',
    '<!--',
  )
  .map((s): Block => [s]);

const thematicBreak = fc.constantFrom('---', '***', '___', '- - -').map((s): Block => [s]);

/** A very long line: many sentences without a line break. */
const longLine = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.integer({ min: 50, max: 300 }), fc.boolean())
  .map(([s, n, noPunct]): Block => [(noPunct ? s.replace(/\.$/, ' and ') : s + ' ').repeat(n)]);

/** Indent the lines of a container's content; `lazy` leaves some continuation lines bare. */
function indent(lines: Block, first: string, rest: string, lazy: boolean): Block {
  return lines.map((l, i) => {
    if (i === 0) return first + l;
    if (l === '') return '';
    return lazy && i % 2 === 1 ? l : rest + l;
  });
}

const block: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: paragraph, weight: 6 },
    { arbitrary: heading, weight: 2 },
    { arbitrary: setextHeading, weight: 1 },
    { arbitrary: table, weight: 2 },
    { arbitrary: fencedCode, weight: 1 },
    { arbitrary: indentedCode, weight: 1 },
    { arbitrary: htmlBlock, weight: 1 },
    { arbitrary: directive, weight: 2 },
    { arbitrary: thematicBreak, weight: 1 },
    {
      // A list: items of blocks, with a marker, continuation indentation (spaces or a tab).
      arbitrary: fc
        .tuple(
          fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '),
          fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), {
            minLength: 1,
            maxLength: 3,
          }),
          fc.boolean(),
          fc.boolean(),
          fc.boolean(),
        )
        .map(([marker, items, tab, lazy, loose]) =>
          items.flatMap((blocks) => {
            const content = blocks.flatMap((b, i) => (i > 0 ? ['', ...b] : b));
            const rest = tab ? '\t' : ' '.repeat(marker.length);
            const item = indent(content, marker, rest, lazy);
            return loose ? [...item, ''] : item;
          }),
        ),
      weight: 2,
    },
    {
      // A block quote of blocks, `>` with or without a space, sometimes lazy.
      arbitrary: fc
        .tuple(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), fc.boolean(), fc.boolean())
        .map(([blocks, space, lazy]) => {
          const content = blocks.flatMap((b, i) => (i > 0 ? ['', ...b] : b));
          const p = space ? '> ' : '>';
          return content.map((l, i) => (lazy && i > 0 && i % 3 === 2 ? l : p + l));
        }),
      weight: 2,
    },
    { arbitrary: longLine, weight: 1 },
  ),
})).block;

const frontMatter = fc
  .tuple(fc.constantFrom('en', 'nl', 'nl-NL', 'fr'), fc.boolean())
  .map(([lang, extra]): Block => [
    '---',
    `lang: ${lang}`,
    ...(extra ? ['title: "UX: loyalty"'] : []),
    '---',
  ]);

type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

/** Join lines with a line-ending style; `mixed` picks per line from a seeded choice. */
function joinLines(lines: string[], eol: Eol, picks: number[]): string {
  const endings = ['\n', '\r\n', '\r'];
  return lines
    .map((l, i) => {
      if (i === lines.length - 1) return l;
      const e =
        eol === 'lf'
          ? '\n'
          : eol === 'crlf'
            ? '\r\n'
            : eol === 'cr'
              ? '\r'
              : endings[picks[i % picks.length]! % 3]!;
      return l + e;
    })
    .join('');
}

/** A Markdown document: optional BOM and front matter, blocks, a line-ending style. */
const markdownDoc: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    front: fc.option(frontMatter, { freq: 4 }),
    blocks: fc.array(block, { minLength: 0, maxLength: 8 }),
    tight: fc.boolean(),
    eol: fc.constantFrom<Eol>('lf', 'lf', 'crlf', 'cr', 'mixed'),
    picks: fc.array(fc.nat({ max: 2 }), { minLength: 1, maxLength: 7 }),
    finalEol: fc.boolean(),
  })
  .map(({ bom, front, blocks, tight, eol, picks, finalEol }) => {
    const lines = [...(front ?? [])];
    blocks.forEach((b, i) => {
      if (i > 0 || front) lines.push(...(tight ? [] : ['']));
      lines.push(...b);
    });
    if (finalEol) lines.push('');
    return (bom ? '\uFEFF' : '') + joinLines(lines, eol, picks);
  });

/** Markup soup: tokens that stress the parser, in any order. */
const soup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '*',
        '**',
        '_',
        '__',
        '~~',
        '[',
        ']',
        '(',
        ')',
        '`',
        '```',
        '<',
        '>',
        '|',
        '\\',
        '&',
        ';',
        '#',
        '-',
        '1.',
        ' ',
        '    ',
        '\t',
        '\n',
        '\r',
        '\r\n',
        '\uFEFF',
        '!',
        '<!--',
        '-->',
        '---',
        ':',
        '^',
      ),
      word,
      fc.constantFrom(...SENTENCES),
    ),
    { maxLength: 60 },
  )
  .map((t) => t.join(''));

/** Any text at all, including lone surrogates and control characters (but NUL, which is "binary"). */
const anyText: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\n', '\r', ' ', '*', '[', ']', '|', 'loyalty ', 'app '),
  ),
  maxLength: 200,
});

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
