// Generators of Markdown for the property tests (test/unit/fuzz.test.ts) and the fuzzer
// (scripts/fuzz.ts): domain sentences in English and Dutch, inline markup, every kind of block,
// nested lists and quotes, front matter, a BOM and each line-ending style; markup soup; any text.
import fc from 'fast-check';

/** Sentences from the domain, so that findings actually occur. */
export const SENTENCES = [
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

export const WORDS = [
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

export const word = fc.constantFrom(...WORDS);

/** A run of words, optionally wrapped in inline markup. */
export const phrase: fc.Arbitrary<string> = fc
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
export const proseLine: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...SENTENCES), weight: 2 }, phrase), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(' '));

export const paragraph = fc.array(proseLine, { minLength: 1, maxLength: 3 });

export type Block = string[]; // lines, without line endings

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

export const block: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
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
    {
      // A MkDocs admonition: a marker line, content indented by four (or a tab), sometimes lazy.
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            '!!! note',
            '!!! warning "UX: loyalty"',
            '??? tip',
            '???+ danger "Trust"',
          ),
          fc.array(tie('block'), { minLength: 1, maxLength: 2 }),
          fc.boolean(),
          fc.boolean(),
          fc.boolean(),
        )
        .map(([marker, blocks, tab, lazy, blank]) => {
          const content = blocks.flatMap((b, i) => (i > 0 ? ['', ...b] : b));
          const rest = tab ? '\t' : '    ';
          return [marker, ...(blank ? [''] : []), ...indent(content, rest, rest, lazy)];
        }),
      weight: 1,
    },
    {
      // A Docusaurus admonition: fence lines around blocks, sometimes never closed.
      arbitrary: fc
        .tuple(
          fc.constantFrom(':::tip', ':::note Customer loyalty', ':::warning[UX]', '::: info'),
          fc.array(tie('block'), { minLength: 1, maxLength: 2 }),
          fc.boolean(),
        )
        .map(([fence, blocks, closed]) => [
          fence,
          ...blocks.flatMap((b, i) => (i > 0 ? ['', ...b] : b)),
          ...(closed ? [':::'] : []),
        ]),
      weight: 1,
    },
    { arbitrary: longLine, weight: 1 },
  ),
})).block;

const frontMatter = fc
  .tuple(fc.constantFrom('en', 'nl', 'nl-NL', 'fr'), fc.boolean(), fc.constantFrom(...SENTENCES))
  .map(([lang, extra, sentence]): Block => [
    '---',
    `lang: ${lang}`,
    ...(extra
      ? [
          'title: "UX: loyalty"',
          `lead: ${sentence}`,
          'description: >',
          `  ${sentence}`,
          '',
          `  ${sentence}`,
          `excerpt: '${sentence.replace(/'/g, "''")}'`,
        ]
      : []),
    '---',
  ]);

export type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

/** Join lines with a line-ending style; `mixed` picks per line from a seeded choice. */
export function joinLines(lines: string[], eol: Eol, picks: number[]): string {
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
export const markdownDoc: fc.Arbitrary<string> = fc
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

/** Tokens that stress the parser: emphasis, brackets, code, HTML, tables, escapes, line ends. */
export const SOUP_TOKENS = [
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
];

/** Markup soup: tokens that stress the parser, in any order. */
export const soup: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...SOUP_TOKENS), word, fc.constantFrom(...SENTENCES)), {
    maxLength: 60,
  })
  .map((t) => t.join(''));

/** Any text at all, including lone surrogates and control characters (but NUL, which is "binary"). */
export const anyText: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\n', '\r', ' ', '*', '[', ']', '|', 'loyalty ', 'app '),
  ),
  maxLength: 200,
});
