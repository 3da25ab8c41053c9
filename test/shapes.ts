// Inputs built to hurt a Markdown linter, each as a function of size: the bounded-time suite
// (test/unit/bounded.test.ts) and the benchmark (`npm run bench:shapes`) use them.
//
// A shape makes a text of about `bytes` UTF-8 bytes (at least; the last repetition may run
// over) by repeating a unit or opening and closing a nest. `ordinary` marks writing people do
// produce (a long hard-wrapped paragraph, a long list or table): it must always be read, never
// reported as not read.
import { random } from './fuzz/checks';

/** One shape of input. */
export interface Shape {
  name: string;
  /** What it stresses, in a few words. */
  what: string;
  /** Ordinary writing: must be linted in full, never reported. */
  ordinary?: boolean;
  /** Raw bytes (binary, invalid UTF-8): the text is their decoding, as the CLI reads a file. */
  bytes?: (size: number) => Buffer;
  make: (size: number) => string;
}

export const CLAIM = 'The redesigned app will increase customer loyalty.';
export const CLAIM_NL = 'De vernieuwde app verhoogt de klantloyaliteit.';

/** `unit` repeated to at least `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** `open` k times, then `middle`, then `close` k times, about `size` characters. */
function nest(open: string, middle: string, close: string, size: number): string {
  const k = Math.max(1, Math.floor((size - middle.length) / (open.length + close.length)));
  return `${open.repeat(k)}${middle}${close.repeat(k)}`;
}

function randomBytes(size: number, seed: number): Buffer {
  const next = random(seed);
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = Math.floor(next() * 256);
  return b;
}

/** Bytes that are not UTF-8 between lines of claims: lone continuation bytes, cut sequences. */
function invalidUtf8(size: number): Buffer {
  const line = Buffer.concat([
    Buffer.from(`${CLAIM} `),
    Buffer.from([0x80, 0xbf, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0xff, 0xfe]),
    Buffer.from('\n\n'),
  ]);
  const k = Math.ceil(size / line.length);
  return Buffer.concat(Array.from({ length: k }, () => line));
}

const WORDS =
  'the team will work on the new portal so that residents can find their letters and ' +
  'pay their taxes online while the counter and the phone stay open for those who need them';

/** Hard-wrapped prose: `width`-column lines of sentences, one paragraph. */
function wrapped(size: number, width: number, sentence = `${CLAIM} ${WORDS}.`): string {
  const words = fill(`${sentence} `, size).split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (!w) continue;
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return `${lines.join('\n')}\n`;
}

export const SHAPES: Shape[] = [
  // Nesting of containers
  {
    name: 'quotes-one-line',
    what: 'block quotes nested on one line',
    make: (s) => `${fill('>', s)} ${CLAIM}\n`,
  },
  {
    name: 'quotes-staircase',
    what: 'each line one quote deeper',
    make: (s) => {
      const lines: string[] = [];
      let n = 0;
      for (let d = 1; n < s; d++) {
        const l = `${'> '.repeat(d)}${CLAIM}\n`;
        lines.push(l);
        n += l.length;
      }
      return lines.join('');
    },
  },
  {
    name: 'lists-one-line',
    what: 'list markers nested on one line',
    make: (s) => `${fill('- ', s)}${CLAIM}\n`,
  },
  {
    name: 'lists-staircase',
    what: 'each item indented one level deeper',
    make: (s) => {
      const lines: string[] = [];
      let n = 0;
      for (let d = 0; n < s; d++) {
        const l = `${'  '.repeat(d)}- ${CLAIM}\n`;
        lines.push(l);
        n += l.length;
      }
      return lines.join('');
    },
  },
  {
    name: 'quote-list-mix',
    what: 'quotes and ordered items nested',
    make: (s) => `${fill('> 1. ', s)}${CLAIM}\n`,
  },
  // Inline nesting
  { name: 'strong-nested', what: '** … ** nested', make: (s) => nest('**', CLAIM, '**', s) },
  { name: 'emphasis-nested', what: '*a … a* nested', make: (s) => nest('*a ', CLAIM, ' a*', s) },
  { name: 'emphasis-runs', what: 'runs of * and _ between words', make: (s) => fill('*a _b ', s) },
  { name: 'star-run', what: 'one run of *', make: (s) => fill('*', s) },
  { name: 'underscore-run', what: 'one run of _', make: (s) => fill('_', s) },
  { name: 'links-nested', what: '[[[ … ](u)](u)', make: (s) => nest('[', CLAIM, '](u)', s) },
  {
    name: 'brackets-open',
    what: 'an unclosed run of [',
    make: (s) => `${fill('[', s)} ${CLAIM}\n`,
  },
  {
    name: 'brackets-closed',
    what: '[[[[ … ]]]] (100,000 each at 200 KB)',
    make: (s) => nest('[', '', ']', s),
  },
  { name: 'brackets-pairs', what: '[a] [b] … on one line', make: (s) => fill('[a] ', s) },
  {
    name: 'parentheses-open',
    what: 'an unclosed run of (',
    make: (s) => `${fill('(', s)} ${CLAIM}\n`,
  },
  {
    name: 'link-destination-parens',
    what: 'a link destination of (((',
    make: (s) => `[${CLAIM}](${fill('(', s)}\n`,
  },
  { name: 'images-nested', what: '![![![ … ](u)](u)', make: (s) => nest('![', 'x', '](u)', s) },
  {
    name: 'footnote-refs',
    what: 'many [^n] references',
    make: (s) => fill('See [^1] and [^2]. ', s) + '\n\n[^1]: a\n[^2]: b\n',
  },
  // Code
  { name: 'backtick-run', what: 'one run of `', make: (s) => fill('`', s) },
  {
    name: 'backtick-spans',
    what: 'many unclosed code-span openers of growing length',
    make: (s) => {
      const parts: string[] = [];
      let n = 0;
      for (let k = 1; n < s; k = (k % 200) + 1) {
        const p = `${'`'.repeat(k)}a `;
        parts.push(p);
        n += p.length;
      }
      return parts.join('');
    },
  },
  { name: 'code-spans', what: 'many closed `code` spans', make: (s) => fill('a `b` ', s) },
  { name: 'fences-unclosed', what: 'many unclosed ``` fences', make: (s) => fill('```\nx\n', s) },
  // Tables
  {
    name: 'table-rows',
    what: 'a long table (rows)',
    ordinary: true,
    make: (s) => `| Goal | KPI |\n|---|---|\n${fill('| redesigned app | customer loyalty |\n', s)}`,
  },
  {
    name: 'table-columns',
    what: 'a table with very many columns',
    make: (s) => {
      const k = Math.max(1, Math.floor(s / 12));
      return `${'| a '.repeat(k)}|\n${'|---'.repeat(k)}|\n${'| b '.repeat(k)}|\n`;
    },
  },
  {
    name: 'table-escaped-pipes',
    what: 'table cells full of \\| and `|`',
    make: (s) => `| a | b |\n|---|---|\n${fill('| x \\| y `|` | z |\n', s)}`,
  },
  // HTML
  {
    name: 'html-nested',
    what: '<div> nested',
    make: (s) => nest('<div>', `\n\n${CLAIM}\n\n`, '</div>', s),
  },
  {
    name: 'html-inline',
    what: 'many inline tags in a paragraph',
    make: (s) => fill('<b>a</b> <i x="1">b</i> ', s),
  },
  {
    name: 'html-comment-open',
    what: 'an unclosed <!-- then claims',
    make: (s) => `<!--\n${fill(`${CLAIM}\n`, s)}`,
  },
  { name: 'html-lt-run', what: 'a run of <', make: (s) => fill('<', s) },
  {
    // micromark looks for the end from every opener to the paragraph's end (quadratic).
    name: 'html-inline-unclosed',
    what: 'unclosed <!-- <? <!X in one paragraph',
    make: (s) => `${CLAIM} ${fill('Ok <!-- b <? c <!X d\n', s)}`,
  },
  // Entities and escapes
  { name: 'entities-named', what: 'many &amp; references', make: (s) => fill('&amp; &copy; ', s) },
  {
    name: 'entities-numeric',
    what: 'many &#x79; references in words',
    make: (s) => fill('loyalt&#x79; ', s),
  },
  {
    name: 'escapes',
    what: 'an escape in every word, one paragraph',
    make: (s) => fill('Ok \\* ', s),
  },
  // Lines
  { name: 'long-line-word', what: 'one line of one word', make: (s) => fill('x', s) },
  { name: 'long-line-sentences', what: 'one line of sentences', make: (s) => fill(`${CLAIM} `, s) },
  {
    name: 'long-sentence',
    what: 'one sentence without punctuation',
    make: (s) => fill('the team will work on many things and ', s),
  },
  {
    name: 'hard-wrapped-72',
    what: 'a hard-wrapped paragraph, 72 columns',
    ordinary: true,
    make: (s) => wrapped(s, 72),
  },
  {
    name: 'hard-wrapped-claims',
    what: 'a paragraph of one-claim lines',
    ordinary: true,
    make: (s) => fill(`${CLAIM}\n`, s),
  },
  {
    name: 'hard-wrapped-nl',
    what: 'a hard-wrapped Dutch paragraph',
    ordinary: true,
    make: (s) =>
      wrapped(
        s,
        60,
        `${CLAIM_NL} Het team werkt aan het nieuwe portaal zodat inwoners hun brieven vinden.`,
      ),
  },
  {
    name: 'short-paragraphs',
    what: 'very many short paragraphs',
    ordinary: true,
    make: (s) => fill(`${CLAIM}\n\n`, s),
  },
  { name: 'short-lines', what: 'very many one-character lines', make: (s) => fill('a\n', s) },
  {
    name: 'blank-lines',
    what: 'very many blank lines, claims at both ends',
    make: (s) => `${CLAIM}\n${fill('\n', s)}${CLAIM}\n`,
  },
  {
    name: 'list-long',
    what: 'a long list of requirements',
    ordinary: true,
    make: (s) => fill(`- ${CLAIM}\n`, s),
  },
  {
    name: 'list-loose',
    what: 'a long loose list with paragraphs',
    ordinary: true,
    make: (s) => fill(`1. ${CLAIM}\n\n   ${WORDS}.\n\n`, s),
  },
  {
    name: 'requirements-doc',
    what: 'sections of headings, prose, lists and tables, some markup',
    ordinary: true,
    make: (s) =>
      fill(
        [
          '## Goals of the redesign',
          '',
          `${CLAIM} ${WORDS}. See the [research](https://example.org/research) for **why**.`,
          '',
          '### Requirements',
          '',
          `- ${CLAIM}`,
          '- The portal must show letters within two seconds.',
          `- ${CLAIM_NL}`,
          '- Users can pay with `iDEAL` or a credit card.',
          '',
          '| Goal | KPI | Owner |',
          '| --- | --- | --- |',
          '| redesigned app | customer loyalty | UX team |',
          '| new portal | NPS above 40 | CX team |',
          '| faster forms | time on task | _product_ |',
          '',
          `${CLAIM_NL} Het team werkt aan het nieuwe portaal zodat inwoners hun brieven vinden.`,
          '',
          '',
        ].join('\n'),
        s,
      ),
  },
  {
    name: 'headings',
    what: 'very many headings',
    ordinary: true,
    make: (s) => fill(`## ${CLAIM}\n`, s),
  },
  {
    name: 'setext-underlines',
    what: 'lines of text and === underlines',
    make: (s) => fill('a\n===\n', s),
  },
  {
    name: 'definitions',
    what: 'many link reference definitions',
    make: (s) => {
      const parts: string[] = [];
      let n = 0;
      for (let i = 0; n < s; i++) {
        const p = `[d${i}]: https://example.org/${i}\n`;
        parts.push(p);
        n += p.length;
      }
      return `${CLAIM} [d0]\n\n${parts.join('')}`;
    },
  },
  {
    name: 'autolinks',
    what: 'many literal URLs and e-mail addresses',
    make: (s) => fill('see www.example.org/a_b or a@b.nl and https://x.y/(z) ', s),
  },
  {
    name: 'directives',
    what: 'many uxcx-disable comments',
    make: (s) => `${fill('<!-- uxcx-disable -->\n', s)}${CLAIM}\n`,
  },
  {
    name: 'front-matter',
    what: 'a huge front matter block',
    make: (s) => `---\n${fill('title: x\n', s)}---\n\n${CLAIM}\n`,
  },
  {
    name: 'crlf-mix',
    what: 'CRLF, CR and LF line ends mixed',
    make: (s) => fill(`${CLAIM}\r\n> quote\r- item\n\r\n`, s),
  },
  {
    name: 'unicode',
    what: 'combining marks, astral characters, RTL',
    make: (s) => fill('e\u0301 😀 \u202e abc \u0000 ', s),
  },
  // Bytes
  {
    name: 'binary',
    what: 'random bytes, decoded as UTF-8',
    bytes: (s) => randomBytes(s, 42),
    make: (s) => randomBytes(s, 42).toString('utf8'),
  },
  {
    name: 'invalid-utf8',
    what: 'claims with invalid UTF-8 sequences',
    bytes: invalidUtf8,
    make: (s) => invalidUtf8(s).toString('utf8'),
  },
];

/** The sizes every shape is tried at. */
export const SIZES = [10 * 1024, 100 * 1024, 1024 * 1024] as const;

export function shape(name: string): Shape {
  const s = SHAPES.find((x) => x.name === name);
  if (!s) throw new Error(`no shape ${name}`);
  return s;
}
