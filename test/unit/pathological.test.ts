// No input makes linting super-linear, and no regular expression in the sources backtracks
// catastrophically. Nothing here reads a clock (a busy machine must not fail a test): the work
// of a lint is counted in steps by the counted engine (support/counted-engine.ts: every loop
// iteration and function call of the parser, the Markdown layer and the engine, the elements
// built-in array methods move, and the engine's own counters, src/core/work.ts), and for inputs
// built to hurt each count at 4n must stay within MAX_GROWTH times its count at n and within a
// fixed number of steps per character. Regular expressions are checked statically.
//
// UXCX_PATHOLOGICAL_FULL=1 runs the full sizes (100,000 list items, a 1 MB table); UXCX_STEPS=1
// prints the counts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSafePattern } from 'redos-detector';
import ts from 'typescript';
import { lint } from '../../src/core';
import { IncrementalLinter } from '../../src/core/incremental';
import { LEXICON } from '../../src/core/lexicon';
import { matchesAny } from '../../src/core/glob';
import { glossaryPatterns, glossaryTermAt } from '../../src/extension/glossaryMatch';
import { countedEngine, type CountedEngine, type Steps } from './support/counted-engine';
import { countGlobSteps, matchBound, parseBound } from './support/glob-steps';

const FULL = process.env.UXCX_PATHOLOGICAL_FULL === '1';
const CLAIM = 'The redesigned app will increase customer loyalty.';

/**
 * How much a count may grow from n to 4n. Linear work grows 4 times; on the cases below, binary
 * searches (log n steps each: lines, matches, phrases), the parser's chunks of a long document
 * and the sentence splitter's windows (which double) make some counts grow up to 4.6 times. A
 * quadratic part grows 16 times, and takes a count past 5 once it is a tenth of the work at n.
 */
const MAX_GROWTH = 5;
/** Steps that do not grow with the input (a lint of one line takes about 3,000 in the parser). */
const CONSTANT_STEPS = 5_000;
/**
 * The most steps per character of input a count may take: half as much again as the most any
 * linear case below takes (the parser on `- ok` list items: 158 steps and 105 moved elements a
 * character, before plain writing was read without it; the engine on hard-wrapped claims: 25; the
 * Markdown layer on `- ok` list items: 15, since it reads them itself (plain.ts: per item a
 * marker, a paragraph and their nodes), and each text node is also searched for template markup).
 */
const STEPS_PER_CHAR: Record<keyof Steps, number> = {
  parser: 240,
  markdown: 23,
  engine: 40,
  native: 160,
  sentenceChars: 3,
  segmenterChars: 4.5,
  segments: 1,
  tokenChars: 7,
  matcherSteps: 12,
  analysisSteps: 4.5,
  ruleSteps: 1,
  engineSteps: 4.5,
};

interface Case {
  name: string;
  /** n in the unit `make` counts (characters, items, rows…), and n for the full run. */
  n: number;
  fullN?: number;
  make: (n: number) => string;
}

const CASES: Case[] = [
  { name: 'one repeated word', n: 32_000, make: (n) => 'loyalty '.repeat(n) }, // 256 KB → 1 MB
  { name: 'nested brackets [[[[', n: 16_000, make: (n) => `${'['.repeat(n)} ${CLAIM}` },
  { name: 'nested parentheses ((((', n: 64_000, make: (n) => `${'('.repeat(n)} ${CLAIM}` },
  { name: 'a link opening ((((', n: 64_000, make: (n) => `[${CLAIM}](${'('.repeat(n)}` },
  {
    name: 'one long sentence without punctuation',
    n: 1_600,
    make: (n) => 'the team will work on many things and '.repeat(n),
  },
  {
    name: 'list items',
    n: 2_500,
    fullN: 25_000, // 100,000 items at 4n
    make: (n) => '- ok\n'.repeat(n),
  },
  {
    name: 'list items with claims',
    n: 500,
    make: (n) => `- ${CLAIM}\n`.repeat(n),
  },
  { name: 'a run of *', n: 256_000, make: (n) => '*'.repeat(n) },
  { name: 'a run of _', n: 256_000, make: (n) => '_'.repeat(n) },
  { name: 'runs of * and _ between words', n: 10_000, make: (n) => '*a _b '.repeat(n) },
  {
    name: 'a table (rows)',
    n: 900,
    fullN: 7_000, // 1 MB at 4n
    make: (n) =>
      `| Goal | KPI |\n|---|---|\n${'| redesigned app | customer loyalty |\n'.repeat(n)}`,
  },
  {
    name: 'a table (columns)',
    n: 2_500,
    fullN: 40_000,
    make: (n) => `${'| a '.repeat(n)}|\n${'|---'.repeat(n)}|\n${'| b '.repeat(n)}|\n`,
  },
  { name: 'a line of one word', n: 256_000, make: (n) => 'x'.repeat(n) }, // 1 MB at 4n
  { name: 'a line of sentences', n: 1_250, fullN: 5_000, make: (n) => `${CLAIM} `.repeat(n) },
  {
    name: 'disable comments',
    n: 2_000,
    make: (n) => `${'<!-- uxcx-disable -->\n'.repeat(n)}${CLAIM}\n`,
  },
  {
    name: 'disable … enable pairs around claims',
    n: 1_000,
    make: (n) => `<!-- uxcx-disable -->\n${CLAIM}\n<!-- uxcx-enable -->\n\n`.repeat(n),
  },
  {
    name: 'disable-next-line comments before claims',
    n: 1_000,
    make: (n) => `<!-- uxcx-disable-next-line -->\n${CLAIM}\n\n`.repeat(n),
  },
  {
    // The rules test outcome matches against means, role and blocker matches.
    name: 'one long sentence of domain words',
    n: 2_400,
    make: (n) => 'the redesigned app will increase customer loyalty and '.repeat(n),
  },
  {
    // The rules ask for the matches of each clause.
    name: 'clauses separated by ;',
    n: 8_000,
    make: (n) => 'the app loyalty; '.repeat(n),
  },
  {
    // The disable-line fix of each finding puts its comment after the line's last prose
    // character (found in a per-unit index).
    name: 'claims on one long line in a list item',
    n: 1_000,
    make: (n) => `- ${`${CLAIM} `.repeat(n)}`,
  },
  {
    name: 'hard-wrapped long lines of claims',
    n: 2_000,
    make: (n) => `${`${CLAIM} `.repeat(8)}\n`.repeat(n / 8),
  },
  {
    // Pending while timed (micromark's resolveAllText was thought to splice the event list once
    // per line); counted, the parser's work is linear.
    name: 'a hard-wrapped paragraph of claims',
    n: 2_000,
    make: (n) => `${CLAIM}\n`.repeat(n),
  },
  {
    // Likewise (thought to splice once per escape).
    name: 'escapes in one paragraph',
    n: 4_000,
    make: (n) => 'Ok \\* '.repeat(n),
  },
];

/**
 * Known super-linear inputs, outside the engine's own code: the parser's counts grow about 16
 * times from n to 4n. The reason names where the work goes.
 */
const KNOWN: (Case & { reason: string })[] = [
  {
    name: 'brackets closed: [[[[ … ]]]]',
    n: 2_000,
    make: (n) => `${'['.repeat(n)}loyalty${']'.repeat(n)}`,
    reason: 'micromark-extension-gfm-footnote looks back over every open label',
  },
  {
    // Also `<?`, `<![CDATA[` and `<!X` (a declaration): 28 kB of them take 7 to 16 s to parse.
    name: 'unclosed HTML comments in one paragraph: Ok <!-- Ok <!-- …',
    n: 500,
    make: (n) => `${CLAIM} ${'Ok <!-- '.repeat(n)}`,
    reason: 'micromark html-text looks for the end of the comment from every opener to the end',
  },
  {
    name: 'nested strong emphasis',
    n: 500,
    make: (n) => `${'**'.repeat(n)}${CLAIM}${'**'.repeat(n)}`,
    reason: 'micromark attention resolution is quadratic in nesting',
  },
  {
    name: 'nested list markers',
    n: 500,
    make: (n) => `${'- '.repeat(n)}${CLAIM}`,
    reason: 'mdast-util-from-markdown prepareList is quadratic in depth',
  },
];

/** The counts of a lint of `chars` characters that are over their bound per character. */
function overBound(steps: Steps, chars: number): string[] {
  return (Object.keys(STEPS_PER_CHAR) as (keyof Steps)[]).flatMap((k) =>
    steps[k] > STEPS_PER_CHAR[k] * chars + CONSTANT_STEPS
      ? [`${k}: ${steps[k]} steps for ${chars} characters (> ${STEPS_PER_CHAR[k]} a character)`]
      : [],
  );
}

/** Why the counts of a case are not linear (none: they are). */
function superLinear(engine: CountedEngine, c: Case): string[] {
  const n = FULL ? (c.fullN ?? c.n) : c.n;
  const small = c.make(n);
  const big = c.make(4 * n);
  const atN = engine.count(() => engine.lint(small));
  const at4n = engine.count(() => engine.lint(big));
  if (process.env.UXCX_STEPS === '1') {
    const show = (k: keyof Steps): string => `${k} ${atN[k]} → ${at4n[k]}`;
    console.log(
      `      ${small.length} → ${big.length} characters: ${Object.keys(atN)
        .map((k) => show(k as keyof Steps))
        .join(', ')}`,
    );
  }
  const grown = (Object.keys(STEPS_PER_CHAR) as (keyof Steps)[]).flatMap((k) =>
    at4n[k] > MAX_GROWTH * atN[k] + CONSTANT_STEPS
      ? [`${k}: ${atN[k]} steps at n, ${at4n[k]} at 4n (×${(at4n[k] / atN[k]).toFixed(1)})`]
      : [],
  );
  return [...grown, ...overBound(atN, small.length), ...overBound(at4n, big.length)];
}

describe('pathological inputs', function () {
  // A guard against a hang only (the counted engine runs a few times slower than the engine).
  if (FULL) this.timeout(1_800_000);
  let engine: CountedEngine;

  before(async function () {
    engine = await countedEngine();
    engine.lint(`${CLAIM}\n\n| a | b |\n|---|---|\n| x | y |\n`); // compile the lexicons
  });

  describe('linear work (counted steps)', () => {
    for (const c of CASES) it(c.name, () => assert.deepEqual(superLinear(engine, c), [], c.name));
  });

  describe('known super-linear inputs', () => {
    // They show that the counts see the parser's work: each would fail the check above. One that
    // passes has become linear; move it to CASES.
    for (const c of KNOWN) {
      it(`${c.name}: ${c.reason}`, () => {
        const why = superLinear(engine, c);
        assert.ok(
          why.some((w) => w.startsWith('parser:')),
          `${c.name} is linear now: ${JSON.stringify(why)}`,
        );
      });
    }
  });

  describe('deep nesting', () => {
    // The parser and the prose walk must not overflow the stack (lint never throws).
    const deep: [string, string][] = [
      ['10,000 nested block quotes', `${'>'.repeat(10_000)} ${CLAIM}`],
      ['2,000 nested list items', `${'- '.repeat(2_000)}${CLAIM}`],
      ['2,000 nested emphasis', `${'*a '.repeat(2_000)}${CLAIM}${' a*'.repeat(2_000)}`],
      ['2,000 nested links', `${'['.repeat(2_000)}${CLAIM}${'](u)'.repeat(2_000)}`],
    ];
    for (const [name, text] of deep) {
      it(`${name} never throw`, () => {
        assert.ok(Array.isArray(lint(text).findings));
      });
    }

    it('a nested list item still yields its finding', () => {
      const text = `${'- '.repeat(1_000)}${CLAIM}`;
      assert.deepEqual(
        lint(text).findings.map((f) => text.slice(f.range.start.offset, f.range.end.offset)),
        ['loyalty'],
      );
    });

    // Text the parser cannot read is reported, not skipped in silence; the rest is linted.
    const claims = (k: number): string =>
      Array.from({ length: k }, (_, i) => `Claim ${i}: ${CLAIM}`).join('\n\n');
    const texts = (result: ReturnType<typeof lint>, text: string): string[] =>
      result.findings.map((f) => text.slice(f.range.start.offset, f.range.end.offset));

    it('100,000 nested block quotes: a problem of kind input, no throw, never parsed', () => {
      const text = `${'>'.repeat(100_000)} ${CLAIM}`;
      const result = lint(text);
      // The parser is never called; the Markdown layer's scans of the text are linear.
      const steps = engine.count(() => engine.lint(text));
      assert.equal(steps.parser, 0);
      assert.deepEqual(overBound(steps, text.length), []);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.problems, [
        {
          kind: 'input',
          range: {
            start: { offset: 0, line: 1, column: 1 },
            end: { offset: text.length, line: 1, column: text.length + 1 },
          },
          message:
            'The document is nested too deeply to read (a line opens more than 2,000 block quotes and list items); it was not linted.',
        },
      ]);
    });

    it('a deep quote between claims: the claims are linted, its lines reported once', () => {
      for (const k of [2, 1_000]) {
        // 1,000 claims on each side: the document is parsed in chunks.
        const deep = `${'> '.repeat(3_000)}${CLAIM}\n${'>'.repeat(10_000)} ${CLAIM}`;
        const text = `${claims(k)}\n\n${deep}\n\n${claims(k)}\n`;
        const result = lint(text);
        assert.equal(result.findings.length, 2 * k);
        assert.deepEqual(new Set(texts(result, text)), new Set(['loyalty']));
        const line = 2 * k + 1;
        assert.deepEqual(
          result.problems.map((p) => [p.kind, p.range?.start.line, p.range?.end.line, p.message]),
          [
            [
              'input',
              line,
              line + 1,
              `Lines ${line}–${line + 1} are nested too deeply to read (a line opens more than 2,000 block quotes and list items); they were not linted.`,
            ],
          ],
        );
        assert.equal(text.slice(result.problems[0]!.range!.start.offset).indexOf(deep), 0);
        // The editor's linter, which had the document empty, gives the same, and keeps giving it
        // after an edit.
        const linter = new IncrementalLinter();
        linter.lintFull('');
        assert.deepEqual(linter.update(text), result);
        const edited = `${text}\n${CLAIM}\n`;
        assert.deepEqual(linter.update(edited), lint(edited));
      }
    });

    it('a deep line typed into a code block is reported as a full lint reports it', () => {
      const text = `${CLAIM}\n\n\`\`\`\ncode\n\`\`\`\n`;
      const linter = new IncrementalLinter();
      linter.lintFull(text);
      const at = text.indexOf('code');
      const edited = `${text.slice(0, at)}${'> '.repeat(2_500)}${text.slice(at)}`;
      const result = linter.update(edited, {
        offset: at,
        deleteLength: 0,
        insertText: '> '.repeat(2_500),
      });
      assert.deepEqual(result, lint(edited));
      assert.equal(result.problems.length, 1);
      assert.deepEqual(texts(result, edited), ['loyalty']);
    });

    it('the problem is in the document language', () => {
      const text = `De nieuwe app verhoogt de klantloyaliteit.\n\n${'>'.repeat(3_000)} x\n`;
      assert.deepEqual(
        lint(text).problems.map((p) => p.message),
        [
          'Regel 3 is te diep genest om te lezen (die opent meer dan 2.000 citaten en lijstitems); die is niet gecontroleerd.',
        ],
      );
    });

    it('a parser stack overflow below the nesting limit is reported too (small stack)', () => {
      // 1,999 nested quotes (just under the limit) overflow the parser on a 100 KB stack; a child
      // process runs with one. (The engine's own walks keep their own stacks: with 200 KB the
      // parser reads them, and the line is linted.)
      const script = `
        const { lint } = require(${JSON.stringify(join(__dirname, '../../src/core'))});
        const claim = ${JSON.stringify(CLAIM)};
        const text = claim + '\\n\\n' + '>'.repeat(1999) + ' ' + claim + '\\n\\n' + claim + '\\n';
        const r = lint(text);
        process.stdout.write(JSON.stringify({ findings: r.findings.length, problems: r.problems }));
      `;
      const out = execFileSync(
        process.execPath,
        ['--stack-size=100', '--import', 'tsx', '-e', script],
        { encoding: 'utf8' },
      );
      const { findings, problems } = JSON.parse(out) as {
        findings: number;
        problems: { kind: string; message: string }[];
      };
      assert.equal(findings, 2);
      assert.deepEqual(
        problems.map((p) => [p.kind, p.message]),
        [
          [
            'input',
            'Line 3 is nested too deeply to read (parser stack overflow); it was not linted.',
          ],
        ],
      );
    });
  });
});

// -----------------------------------------------------------------------------------------------
// Regular expressions

interface FoundRegex {
  where: string;
  re: RegExp;
}

const SRC = join(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * Every regular expression in the sources, found by the TypeScript parser (not by a text scan,
 * which would trip over division and comments): literals, and `RegExp(…)` / `new RegExp(…)` with
 * a constant pattern. Calls with a computed pattern are returned apart, by place.
 */
function collectRegexes(): { found: FoundRegex[]; computed: string[] } {
  const found: FoundRegex[] = [];
  const computed: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const place = (n: ts.Node): string =>
      `${relative(SRC, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const constant = (n: ts.Node | undefined): string | undefined =>
      n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const slash = lit.lastIndexOf('/');
        found.push({
          where: place(node),
          re: new RegExp(lit.slice(1, slash), lit.slice(slash + 1)),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        const source = constant(pattern);
        if (source !== undefined) {
          found.push({ where: place(node), re: new RegExp(source, constant(flags) ?? '') });
        } else computed.push(place(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, computed };
}

/** Each cased letter of a pattern (outside escapes) as a class of both its cases: `i` without `i`. */
function caseless(source: string): string {
  return source.replace(/\\[pPu]\{[^}]*\}|\\.|\p{L}/gu, (c) =>
    c.length > 1 || c.toLowerCase() === c.toUpperCase()
      ? c
      : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
}

/**
 * Why a regular expression may backtrack catastrophically, or undefined when it cannot: the
 * static check of redos-detector, which follows every way a string can be matched (deterministic:
 * a step limit, no time limit). A sticky pattern (`y`) is only tried where it is put, so it is
 * checked as anchored; `i` and `u` together, which the checker does not take, are checked as `u`
 * with each cased letter as a class of both its cases.
 */
function backtracking(re: RegExp, anchored = re.flags.includes('y')): string | undefined {
  const iu = re.flags.includes('i') && re.flags.includes('u');
  const source = iu ? caseless(re.source) : re.source;
  const result = isSafePattern(anchored ? `^(?:${source})` : source, {
    caseInsensitive: re.flags.includes('i') && !iu,
    unicode: re.flags.includes('u'),
    dotAll: re.flags.includes('s'),
    multiLine: re.flags.includes('m'),
    timeout: Infinity,
  });
  if (result.safe) return undefined;
  const score = result.score.infinite ? 'infinite' : String(result.score.value);
  return `${result.error ?? 'unsafe'} (score ${score})`;
}

/**
 * Patterns the checker cannot prove safe, each read and judged linear, with the reason. The
 * checker reads an unanchored pattern as `[^]*?` before it (a try at every start), so it flags
 * any whose repeated part can fail after it (even `/a\s+b/`); a pattern is linear all the same
 * when its tries cannot start inside each other's runs, so that each character is read by a
 * bounded number of tries.
 */
const ALLOWED: Record<string, string> = {
  [String(/^\*?[\p{L}\p{N}'/-]+\*?$/u)]:
    'lexicon/validate.ts (one word of a pattern, at build time): anchored, one character class ' +
    'that holds no `*` between two optional literal `*`s, so each character has one way to match',
  [String(/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi)]:
    'autolinks.ts (GFM URL): a try starts at `http` or `www` after no letter or digit; it can fail ' +
    'only before the first `.` of its host (no later part is required), in a run of word ' +
    'characters and `-` where another try fails within 5 characters (no `:` and no `.` there)',
  [String(
    /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
  )]:
    'autolinks.ts (GFM xmpp): a try starts at `xmpp:` after no word character, `+`, `-`, `.` or ' +
    '`@`, so never inside the runs another try reads; the domain has one way to match (its ' +
    'labels and the dots between them take different characters)',
  [String(/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g)]:
    'autolinks.ts (GFM mailto): as xmpp',
  [String(/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g)]:
    'autolinks.ts (GFM e-mail): a try starts only where a run of word characters, `+`, `-` and ' +
    '`.` starts, and reads that run up to its `@` and the domain after it; no other try starts ' +
    'inside them',
  [String(/\n[ \t]*\r?\n/g)]:
    'blocks.ts (a blank line): a try starts at a line feed and reads blanks up to the next line ' +
    'ending, where the next try starts: each blank is read by one try',
  [String(/\{(\w+)\}/g)]:
    'messages.ts (placeholders, in our own message templates): a try starts at `{`, which is no ' +
    'word character: each word character is read by one try',
};

describe('regular expressions', () => {
  const { found, computed } = collectRegexes();

  it('finds the regular expressions in the sources', () => {
    assert.ok(found.length > 20, `only ${found.length} regular expressions found`);
    if (process.env.UXCX_STEPS === '1') console.log(`      ${found.length} regular expressions`);
    assert.ok(found.some((f) => f.where.startsWith('core/lang.ts')));
  });

  it('the backtracking check catches polynomial and exponential patterns, and passes linear ones', () => {
    for (const re of [/a*a*b/, /(a+)+b/, /^(\w+\s?)+$/, /^\s*\S*\s*x$/]) {
      assert.ok(backtracking(re), String(re));
    }
    for (const re of [/^a*b$/, /^(?:ab)+$/, /^\s*\w+/, /\s+/g, /x/y]) {
      assert.equal(backtracking(re), undefined, String(re));
    }
  });

  it('no regular expression backtracks catastrophically (or is judged linear, with a reason)', () => {
    const unsafe = found.flatMap(({ where, re }) => {
      const why = backtracking(re);
      return why && !ALLOWED[String(re)] ? [`${where} ${String(re)}: ${why}`] : [];
    });
    assert.deepEqual(unsafe, []);
    // No stale entry: each is in the sources and still needs its reason.
    for (const key of Object.keys(ALLOWED)) {
      const uses = found.filter(({ re }) => String(re) === key);
      assert.ok(uses.length > 0, `${key} is no longer in the sources`);
      assert.ok(
        uses.every(({ re }) => backtracking(re)),
        `${key} passes the check now`,
      );
    }
  });

  it('computed patterns are only the reviewed ones (glossary)', () => {
    assert.deepEqual(
      computed.map((w) => w.replace(/:\d+$/, '')).sort(),
      ['extension/glossaryMatch.ts'],
      `new computed RegExp: ${computed.join(', ')} — add a check for it here`,
    );
  });

  it('glossary patterns are words between white space, linear in each try and over all tries', () => {
    // Literal words (escaped) joined by \s+, between look-arounds for letters and digits: a try
    // starts only at a letter or digit after none, and reads literal words (whose letters after
    // the first follow a letter: no try starts there) and runs of white space (none starts there
    // either), so each character is read by at most as many tries as a term has words. Each try
    // on its own has one way to match (checked anchored).
    const before = String.raw`(?<![\p{L}\p{N}])`;
    const after = String.raw`(?![\p{L}\p{N}])`;
    /** A literal word: no white space, every special character escaped. */
    const literal = /^(?:[^\\\s()[\]{}|*+?^$.]|\\[\\()[\]{}|*+?^$.])+$/u;
    for (const lang of ['en', 'nl'] as const) {
      const patterns = glossaryPatterns(lang);
      assert.ok(patterns.length > 50, `${lang}: only ${patterns.length} glossary patterns`);
      for (const re of patterns) {
        const { source } = re;
        assert.ok(source.startsWith(before) && source.endsWith(after), source);
        for (const w of source.slice(before.length, -after.length).split(String.raw`\s+`)) {
          assert.match(w, literal, source);
        }
        assert.equal(re.flags, 'giu');
        assert.equal(backtracking(re, true), undefined, String(re));
      }
    }
    for (const line of [
      `customer${' '.repeat(50_000)}x`,
      'customer '.repeat(10_000),
      `user${'\u00a0'.repeat(50_000)}`,
    ]) {
      assert.equal(glossaryTermAt(line, 0, 'en'), undefined);
    }
  });

  it('glob patterns with many * or ** do not backtrack (no RegExp; counted: see glob.test.ts)', () => {
    for (const [glob, path] of [
      ['*a*a*a*a*a*b', 'a'.repeat(10_000)],
      ['**/**/**/**/**/**/x', `${'a/'.repeat(2_000)}y`],
      ['{a,b}'.repeat(20), 'ab'.repeat(10)],
    ] as const) {
      const work = countGlobSteps(() => matchesAny(path, [glob]));
      assert.equal(work.result, false);
      assert.ok(work.match <= matchBound(glob, path), `${glob}: ${work.match} match steps`);
      assert.ok(work.parse <= parseBound(glob), `${glob}: ${work.parse} parse steps`);
    }
  });

  it('lexicon patterns are word patterns, not regular expressions', () => {
    const bad: string[] = [];
    for (const entries of Object.values(LEXICON)) {
      for (const e of entries) {
        const words = e.pattern.trim().split(/\s+/);
        const ok =
          /^[\p{L}\p{M}\p{N} '’\-/*…]+$/u.test(e.pattern) &&
          words.every((w) => w === '…' || /^\*?[^*]+\*?$/u.test(w));
        if (!ok) bad.push(`${e.lang} ${JSON.stringify(e.pattern)}`);
      }
    }
    assert.deepEqual(bad, []);
  });
});
