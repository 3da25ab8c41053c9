// IncrementalLinter must give exactly what a full lint gives, after every edit.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lint } from '../../src/core';
import { IncrementalLinter, diff, type TextChange } from '../../src/core/incremental';
import { parseBlocks, parseDocument } from '../../src/core/markdown/blocks';
import { extractProse, type ParsedDocument } from '../../src/core/markdown/prose';
import { parseMarkdown } from '../../src/core/markdown/parse';
import { englishDocument, haveCorpora } from '../../scripts/corpus-documents';

const ROOT = path.resolve(__dirname, '..', '..');
const CORPORA = path.resolve(ROOT, '..', 'shared', 'corpora');

/** Real documents: shared corpora (when present) and the repository's examples. */
const DOCUMENTS = [
  path.join(CORPORA, 'nl-huwelijksplanner/documenten/MVP-beschrijving.md'),
  path.join(CORPORA, 'nl-huwelijksplanner/userstories/techniek.md'),
  path.join(
    CORPORA,
    'nl-gebruikersonderzoeken/docs/onderzoek-bekijken/4-website-gebruik/utrecht-dark-mode.md',
  ),
  path.join(
    CORPORA,
    'nl-gebruikersonderzoeken/docs/onderzoek-bekijken/2-mijn-zaken/utrecht-status-component.md',
  ),
  path.join(ROOT, 'examples/en/mobile-banking-app-requirements.md'),
  path.join(ROOT, 'examples/nl/programma-van-eisen-klantportaal.md'),
  path.join(ROOT, 'examples/en/customer-portal-okrs.md'),
].filter((p) => existsSync(p));

/** Pieces of Markdown and of the rules' vocabulary that edits insert. */
const PIECES = [
  '\n',
  '\n\n',
  '\r\n',
  '# ',
  '## Doelen\n',
  '|',
  '| a | b |\n|---|---|\n',
  '```',
  '```\n',
  '~~~\n',
  '-',
  '- ',
  '* ',
  '1. ',
  '>',
  '> ',
  '    ',
  '\t',
  '---\n',
  '===\n',
  '<!--',
  '-->',
  '<!-- uxcx-disable-next-line -->\n',
  '<!-- uxcx-disable ux-for-cx-outcome -->\n',
  '<!-- uxcx-enable -->\n',
  '<!-- uxcx-lang en -->\n',
  '<div>\n',
  '</div>',
  '[a]',
  '[a]: /x\n',
  '[^1]',
  '[^1]: noot\n',
  '&amp;',
  '*',
  '_',
  '`',
  '\\',
  ' ',
  '.',
  'loyalty',
  'redesign',
  'zodat',
  'vertrouwen',
  'gebruiksvriendelijk',
  'UX/CX',
  'The redesign of the app will increase customer loyalty.',
  'Het nieuwe ontwerp van de app zorgt ervoor dat klanten meer vertrouwen krijgen.',
  'Door de UX te verbeteren stijgt de NPS, zodat klanten loyaal blijven.',
  '\n> CX note: loyalty also depends on the service desk.\n',
  '\n  CX-notitie: de klantreis loopt ook via de balie.\n',
  '!!! note "The redesign will raise trust"\n',
  '\n!!! warning\n    The new app will increase loyalty.\n',
  '???+ tip\n',
  ':::tip Loyalty of customers\n',
  ':::\n',
];

/** A document with MkDocs and Docusaurus admonitions and prose fields in its front matter. */
const ADMONITIONS = `---
title: "The redesign will raise customer loyalty"
lead: >
  The new portal increases trust
  in the organisation.
layout: page
---

# Requirements

Intro paragraph about the portal.

!!! note "The app will increase customer loyalty"

    The redesigned app will increase customer loyalty.

    - An item: the UX team owns the NPS.
    - Another item.

    !!! tip
        Nested: het nieuwe portaal zorgt voor meer vertrouwen.

??? warning "Collapsed"
    The website must be user-friendly.
lazy continuation line

A paragraph between admonitions.

:::tip The new app raises retention
The redesign of the app will increase customer loyalty.

- a list about trust
:::

:::note[Door de nieuwe UX stijgt de klanttevredenheid]
Tekst.
:::

    indented code after a fence line

Closing paragraph: the customer journey covers the app and the website.
`;

/** Edits around admonitions: their markers, indentation, titles and content. */
const admonitionEditArb: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000),
  kind: fc.constantFrom(
    'insert' as const,
    'insert' as const,
    'delete' as const,
    'replace' as const,
  ),
  deleteLength: fc.nat({ max: 12 }),
  insert: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(' loyalty', 'e', ' UX', ' trust', '"', ' ', '!', ':') },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '\n',
        '\n\n',
        '    ',
        '\t',
        '\n    more text about trust',
        '!!! note "The redesign will raise trust"\n',
        '\n!!! warning\n    The new app will increase loyalty.\n',
        '??? ',
        ':::tip ',
        ':::\n',
        '\n:::\n',
        ':::caution[NPS]\n',
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...PIECES) },
  ),
  give: fc.boolean(),
});

/** A document of lists with most of what list items can hold. */
const LISTS = `# Eisen

- The redesign of the app will increase customer loyalty.
- Het nieuwe portaal zorgt voor meer vertrouwen bij inwoners.
  A continuation line about the service desk.
lazy continuation without indentation
- An item with a nested list:
  - nested one about retention
  - nested two: the UX team owns the NPS
- An item with code:

  \`\`\`
  const loyalty = redesign();
  \`\`\`

- An item with a quote
  > CX note: loyalty also depends on the service desk.
- [ ] a task about the NPS of the new app
- An item with a table:

  | KPI | target |
  | --- | --- |
  | NPS of the app | +10 |

- <!-- uxcx-disable-next-line -->
  The new app will raise retention.
- Links: [the portal](https://example.nl), www.example.nl and \`the app\`.
-     indented code in an item
- # A heading in an item about brand preference
- The last tight item: the website must be user-friendly.

1. The first ordered requirement.
2. The redesigned screens will raise trust in the organisation.
3) A new list by its delimiter.

* A star list: het formulier moet gebruiksvriendelijk zijn.
+ A plus list: seamless onboarding.

A paragraph between lists.

- The customer journey covers the app and the website.
- Door de nieuwe UX stijgt de klanttevredenheid.
`;

/** Edits of one line mostly (words, claims, markup), some across lines. */
const listEditArb: fc.Arbitrary<EditSpec> = fc.record({
  // Anywhere in the document, evenly (fast-check's doubles favour the ends).
  at: fc.noBias(fc.nat({ max: 999_999 })).map((n) => n / 1_000_000),
  kind: fc.constantFrom(
    'insert' as const,
    'insert' as const,
    'delete' as const,
    'replace' as const,
  ),
  deleteLength: fc.nat({ max: 12 }),
  insert: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(' loyalty', 'e', ' UX', ' de app', '`', '*', '[x]', ' '),
    },
    { weight: 2, arbitrary: fc.constantFrom('\n- new item about trust', '\n  more text', '\n') },
    { weight: 1, arbitrary: fc.constantFrom(...PIECES) },
  ),
  give: fc.boolean(),
});

interface EditSpec {
  at: number;
  kind: 'insert' | 'delete' | 'replace';
  deleteLength: number;
  insert: string;
  /** Pass the change to `update`, or let it diff the texts. */
  give: boolean;
}

const editArb: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
  deleteLength: fc.nat({ max: 80 }),
  insert: fc
    .array(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, fc.string({ maxLength: 6 })),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((parts) => parts.join('')),
  give: fc.boolean(),
});

function apply(text: string, e: EditSpec): { text: string; change: TextChange } {
  const offset = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  const deleteLength = e.kind === 'insert' ? 0 : Math.min(e.deleteLength, text.length - offset);
  const insertText = e.kind === 'delete' ? '' : e.insert;
  return {
    text: text.slice(0, offset) + insertText + text.slice(offset + deleteLength),
    change: { offset, deleteLength, insertText },
  };
}

/** The document as `parseBlocks` gives it, in the shape `extractProse` gives. */
function joined(blocks: ReturnType<typeof parseBlocks>): ParsedDocument {
  const doc: ParsedDocument = {
    units: blocks.flatMap((b) => b.units),
    directives: blocks.flatMap((b) => b.directives),
  };
  const frontMatter = blocks.find((b) => b.frontMatter !== undefined)?.frontMatter;
  if (frontMatter !== undefined) doc.frontMatter = frontMatter;
  return doc;
}

describe('parseBlocks (chunked parsing)', () => {
  it('gives what parsing the whole document gives, for any chunk size', function () {
    for (const file of DOCUMENTS) {
      const original = readFileSync(file, 'utf8');
      fc.assert(
        fc.property(
          fc.array(editArb, { maxLength: 4 }),
          fc.integer({ min: 40, max: 2000 }),
          (edits, chunkSize) => {
            let text = original;
            for (const e of edits) text = apply(text, e).text;
            const whole = extractProse(text, parseMarkdown(text));
            assert.deepStrictEqual(joined(parseBlocks(text, chunkSize)), whole);
          },
        ),
        { numRuns: 6 },
      );
    }
  });
});

/**
 * A linter that has linted `text` as an edit of an empty document (a lint is the incremental
 * linter run from one), checked against a lint from scratch: below the largest edit window, the
 * whole text is parsed in one go, not in chunks.
 */
function fromEmpty(text: string): IncrementalLinter {
  const linter = new IncrementalLinter();
  linter.lintFull('');
  assert.deepStrictEqual(linter.update(text), lint(text));
  return linter;
}

describe('IncrementalLinter', () => {
  it('gives what a full lint gives after random edits of real documents', function () {
    const counts = { edits: 0, incremental: 0 };
    for (const file of DOCUMENTS) {
      const original = readFileSync(file, 'utf8');
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 4, maxLength: 8 }), (edits) => {
          const linter = fromEmpty(original);
          let text = original;
          for (const e of edits) {
            const next = apply(text, e);
            const got = linter.update(next.text, e.give ? next.change : undefined);
            assert.deepStrictEqual(got, lint(next.text), `after ${JSON.stringify(next.change)}`);
            counts.edits++;
            if (linter.lastUpdate !== 'full') counts.incremental++;
            text = next.text;
          }
        }),
        { numRuns: 8 },
      );
    }
    assert.ok(counts.edits >= DOCUMENTS.length * 8 * 4, `only ${counts.edits} edits`);
    // Most edits must take the incremental path, or the test proves little.
    assert.ok(counts.incremental > counts.edits * 0.6, JSON.stringify(counts));
  });

  it('gives what a full lint gives after random edits of long lists', function () {
    const documents = [LISTS, LISTS.replace(/\n/g, '\r\n')];
    if (haveCorpora(CORPORA)) {
      // The PROMISE requirements as one list, as the benchmark builds it (its first 120 items).
      documents.push(englishDocument(CORPORA).text.split('\n').slice(0, 122).join('\n'));
    }
    const counts: Record<string, number> = { edits: 0 };
    for (const original of documents) {
      fc.assert(
        fc.property(fc.array(listEditArb, { minLength: 4, maxLength: 10 }), (edits) => {
          const linter = new IncrementalLinter();
          let text = original;
          linter.lintFull(text);
          for (const e of edits) {
            const next = apply(text, e);
            const got = linter.update(next.text, e.give ? next.change : undefined);
            assert.deepStrictEqual(got, lint(next.text), `after ${JSON.stringify(next.change)}`);
            counts.edits!++;
            counts[linter.lastUpdate] = (counts[linter.lastUpdate] ?? 0) + 1;
            text = next.text;
          }
        }),
        { numRuns: 40, seed: 20261206 },
      );
    }
    // Most edits in lists must take the list-item path, or the test proves little about it.
    assert.ok((counts['in-block'] ?? 0) > counts.edits! * 0.5, JSON.stringify(counts));
  });

  it('gives what a full lint gives after random edits in and around admonitions', function () {
    const documents = [ADMONITIONS, ADMONITIONS.replace(/\n/g, '\r\n')];
    const counts: Record<string, number> = { edits: 0 };
    for (const original of documents) {
      fc.assert(
        fc.property(fc.array(admonitionEditArb, { minLength: 4, maxLength: 10 }), (edits) => {
          const linter = fromEmpty(original);
          let text = original;
          for (const e of edits) {
            const next = apply(text, e);
            const got = linter.update(next.text, e.give ? next.change : undefined);
            assert.deepStrictEqual(got, lint(next.text), `after ${JSON.stringify(next.change)}`);
            counts.edits!++;
            counts[linter.lastUpdate] = (counts[linter.lastUpdate] ?? 0) + 1;
            text = next.text;
          }
        }),
        { numRuns: 60, seed: 20261207 },
      );
    }
    // Edits in the body take the incremental path (front matter edits lint in full).
    assert.ok((counts.blocks ?? 0) > counts.edits! * 0.4, JSON.stringify(counts));
  });

  it('re-parses only the admonition an edit is in, and gives what a full lint gives', () => {
    const linter = new IncrementalLinter();
    linter.lintFull(ADMONITIONS);
    let current = ADMONITIONS;
    const edit = (find: string, insertText: string, kind: string): void => {
      const offset = current.indexOf(find) + find.length;
      const next = current.slice(0, offset) + insertText + current.slice(offset);
      const result = linter.update(next, { offset, deleteLength: 0, insertText });
      assert.deepStrictEqual(result, lint(next), JSON.stringify(insertText));
      assert.equal(linter.lastUpdate, kind, JSON.stringify(insertText));
      current = next;
    };
    // Inside: content, title, nested admonition; before and after one.
    edit('The redesigned app', ' definitely', 'blocks');
    edit('!!! note "The app', ' surely', 'blocks');
    edit('Nested: het nieuwe portaal', ' echt', 'blocks');
    edit('Intro paragraph', ': the redesign will raise trust.', 'blocks');
    edit('A paragraph between admonitions.', ' The new UX raises loyalty.', 'blocks');
    edit('The website must be user-friendly.', '\n\n    It must also raise NPS.', 'blocks');
    edit(':::tip The new app', ' surely', 'blocks');
    // A new admonition marker takes in the indented code below it: now prose.
    const code = 'indented code after a fence line';
    assert.ok(!parseDocument(current).units.some((u) => u.text === code));
    edit('Tekst.\n:::\n\n', '!!! danger "Customer loyalty"\n', 'blocks');
    assert.ok(parseDocument(current).units.some((u) => u.text === code));
  });

  it('re-parses only the edited items of a long list, also for a new item', () => {
    const items = Array.from(
      { length: 3000 },
      (_, k) => `- De aanvraag ${k} wordt binnen 5 dagen behandeld.`,
    );
    const text = `# Eisen\n\n${items.join('\n')}\n`;
    const linter = new IncrementalLinter({ lang: 'nl' });
    linter.lintFull(text);
    let current = text;
    const edit = (offset: number, insertText: string): void => {
      const next = current.slice(0, offset) + insertText + current.slice(offset);
      const result = linter.update(next, { offset, deleteLength: 0, insertText });
      assert.equal(linter.lastUpdate, 'in-block', JSON.stringify(insertText));
      assert.deepStrictEqual(result, lint(next, { lang: 'nl' }));
      current = next;
    };
    const at = current.indexOf('aanvraag 1500') + 'aanvraag 1500'.length;
    edit(at, ' (de nieuwe app verhoogt de klantloyaliteit)');
    const end = current.indexOf('\n', current.indexOf('aanvraag 2000'));
    edit(end, '\n- Door het nieuwe ontwerp stijgt de NPS.');
    edit(current.length - 1, '\n- Het portaal zorgt voor meer vertrouwen.');
  });

  it('keeps a long list when the edit is in a block above or below it', function () {
    // Longer than the largest window: re-parsing the list would mean a full lint.
    const items = Array.from(
      { length: 6500 },
      (_, k) => `- Requirement ${k} is met within 5 days.`,
    );
    const text = `# Eisen\n\nIntro.\n\n${items.join('\n')}\n\nAfter the list.\n\n## Next\n\nEnd.\n`;
    const linter = new IncrementalLinter({ lang: 'en' });
    linter.lintFull(text);
    let current = text;
    const edit = (after: string, insertText: string, path: string): void => {
      assert.ok(current.includes(after), after);
      const offset = current.indexOf(after) + after.length;
      const next = current.slice(0, offset) + insertText + current.slice(offset);
      const result = linter.update(next, { offset, deleteLength: 0, insertText });
      assert.deepStrictEqual(result, lint(next, { lang: 'en' }));
      assert.equal(linter.lastUpdate, path, `${after} + ${JSON.stringify(insertText)}`);
      current = next;
    };
    edit('Intro', ': the redesign will increase customer loyalty', 'blocks');
    edit('After', ' the redesigned app raises trust,', 'blocks');
    edit('## Ne', 'w UX goals for the', 'blocks');
    // A list typed right above joins it, and an indented paragraph below joins its last item:
    // both change the list, which is then linted in full (and right).
    edit('customer loyalty.', '\n\n- A new first item about the app', 'full');
    edit('5 days.\n\n', '  ', 'full');
  });

  it('leaves to the block path an edit after which the last item could take in the next block', () => {
    // "2. x" reads its content from column 3, so the paragraph indented by 3 joins it.
    const text = '# T\n\n1.  The new app\n\n   The redesign will increase customer loyalty.\n';
    const linter = new IncrementalLinter();
    linter.lintFull(text);
    const at = text.indexOf('app') + 3;
    const next = text.slice(0, at) + '\n2. x' + text.slice(at);
    const result = linter.update(next, { offset: at, deleteLength: 0, insertText: '\n2. x' });
    assert.deepStrictEqual(result, lint(next));
    assert.equal(linter.lastUpdate, 'blocks');
  });

  it('re-parses only the edited blocks of a long document', () => {
    const section = (k: number): string =>
      `## Eis ${k}\n\nHet portaal toont de status van de aanvraag ${k}.\n\n- punt ${k}\n- nog een punt\n\n`;
    const text = Array.from({ length: 400 }, (_, k) => section(k)).join('');
    const linter = new IncrementalLinter({ lang: 'nl' });
    linter.lintFull(text);
    const at = text.indexOf('aanvraag 200');
    const claim = ' Door de nieuwe UX stijgt de klantloyaliteit.';
    const next = text.slice(0, at) + claim + text.slice(at);
    const result = linter.update(next, { offset: at, deleteLength: 0, insertText: claim });
    assert.equal(linter.lastUpdate, 'blocks');
    assert.deepStrictEqual(result, lint(next, { lang: 'nl' }));
  });

  it('falls back to a full lint for front matter, BOM and binary edits', () => {
    const text = '---\nlang: en\n---\n\nThe redesign will increase customer loyalty.\n';
    const linter = new IncrementalLinter();
    linter.lintFull(text);
    const nl = text.replace('lang: en', 'lang: nl');
    assert.deepStrictEqual(linter.update(nl), lint(nl));
    assert.equal(linter.lastUpdate, 'full');
    const bom = '\ufeff' + nl;
    assert.deepStrictEqual(linter.update(bom), lint(bom));
    const binary = bom + '\u0000';
    assert.deepStrictEqual(linter.update(binary), lint(binary));
    assert.deepStrictEqual(linter.update(nl), lint(nl));
    assert.deepStrictEqual(linter.update(nl), lint(nl));
    assert.equal(linter.lastUpdate, 'unchanged');
  });

  it('ignores a change that does not describe the edit, and diffs instead', () => {
    const text = 'Eerste alinea.\n\nDe redesign verhoogt de loyaliteit van klanten.\n';
    const linter = new IncrementalLinter();
    linter.lintFull(text);
    const next = text.replace('Eerste', 'Tweede');
    const wrong = { offset: 0, deleteLength: 0, insertText: 'x' };
    assert.deepStrictEqual(linter.update(next, wrong), lint(next));
  });

  it('diffs texts by common prefix and suffix', () => {
    assert.deepStrictEqual(diff('abcdef', 'abXYef'), {
      offset: 2,
      deleteLength: 2,
      insertText: 'XY',
    });
    assert.deepStrictEqual(diff('aaa', 'aaaa'), { offset: 3, deleteLength: 0, insertText: 'a' });
    const long = 'x'.repeat(5000);
    assert.deepStrictEqual(diff(long + 'a' + long, long + long), {
      offset: 5000,
      deleteLength: 1,
      insertText: '',
    });
  });
});
