// Failures the fuzzer (npm run fuzz) found, minimised (npm run fuzz -- --replay <json> --minimise),
// each checked with the fuzzer's own check. A failure not fixed yet goes in a `pending` block
// (it.skip), with the reason.
import * as assert from 'node:assert/strict';
import { lint } from '../../src/core';
import { parseDocument } from '../../src/core/markdown/blocks';
import { parseMarkdown } from '../../src/core/markdown/parse';
import { checkFix, checkLint, replayIncremental, type SessionChange } from '../fuzz/checks';
import { checkFindings } from './support/check';

/** Every fix of `kind` of every finding of the text removes its finding (the fuzzer's check 3). */
function checkFixes(text: string, kind: string): void {
  const before = lint(text);
  const fixes = before.findings.flatMap((f) =>
    f.fixes.filter((x) => x.kind === kind).map((x) => [f, x] as const),
  );
  if (fixes.length === 0) throw new Error(`no ${kind} fix to check`);
  for (const [finding, fix] of fixes) checkFix(text, finding, fix, undefined, before);
}

/** After the text is typed into an empty document, `update` with each change equals a lint from
 * scratch (the fuzzer's check 4). */
function checkEdits(text: string, ...changes: SessionChange[]): void {
  checkLint(text);
  replayIncremental(text, changes);
}

const insert = (offset: number, insertText: string, give = true): SessionChange => ({
  offset,
  deleteLength: 0,
  insertText,
  give,
});

describe('fuzz regressions', () => {
  // An escaped ampersand makes the character reference after it literal: the engine reads
  // `\&#128512;` as "&#128512;", and the check of the statement's text must read its slice, which
  // starts right after the backslash, the same way (it decoded the reference). fast-check seed
  // -673204038 of the 'markup soup' property.
  it('a statement that starts after an escaping backslash reads as its source', () => {
    const text = '\\&#128512;The redesigned app will increase customer loyalty.&copy;the';
    const { findings } = lint(text);
    assert.ok(findings.length > 0);
    assert.ok(findings[0]!.statementText.startsWith('&#128512;'));
    checkFindings(text, findings);
  });

  // A Liquid tag is not prose (src/core/markdown/templates.ts); the range check compared a
  // statement holding one with its source character for character. Seed 201-1464.
  it('a statement around a Liquid tag reads as its source', () => {
    checkLint(
      'layout: standard\n  permalink: "/{{ version }}/{{ standard }}/"\nThe UX/CX team owns the NPS goal.',
    );
  });

  // The engine reads a literal URL as no prose (as mdast-util-gfm-autolink-literal does, also after
  // `:`); the range check compared such a statement with its source character for character.
  // Seed 101-8667.
  it('a statement around a literal URL reads as its source', () => {
    checkLint(':http://h. intuitive-requirement');
    checkLint(
      '👉 Live-Dokumentation: https://haski-rak.github.io/haskiThe app must be intuitive.-x/',
    );
  });

  // The disable-line fix appended its comment after a `<!--` read as text (never closed), which
  // then paired with the comment's `-->`: the directive was lost, or, when the `<!--` was on an
  // earlier line, the flagged line itself became a comment. Such a `<!--` is now escaped.
  // Seeds 101-12604, 101-20811, 102-11162, 102-24400.
  it('the disable-line fix works after a `<!--` read as text', () => {
    checkFixes(' website stijg de loyaliteit<!--', 'disable-line');
    checkFixes(' UX/CX<!--', 'disable-line');
    checkFixes('- The UX/CX team <!-- a --> <!--\n- next', 'disable-line');
    checkFixes('- first <!-- x <!-- y\n  The UX/CX team <!-- z', 'disable-line');
    checkFixes('> a \\<!-- b\n> The UX/CX team<!--', 'disable-line');
  });

  // A range that goes on to the next line had its comment after its end, on the next line; the
  // suppression looks at the line the finding starts on. Seed 105-5846.
  it('the disable-line fix disables the line a finding starts on, when its range goes on', () => {
    checkFixes(' customer\njourney shall app', 'disable-line');
    checkFixes('- The customer\n  journey shall run via app and website only.', 'disable-line');
  });

  // A disable-next-line comment put on its own line under another one took that one's line: the
  // other finding came back. Seeds 105-6737, 106-1662.
  it('the disable-line fix keeps a disable-next-line comment above the line working', () => {
    checkFixes(
      '<!--uxcx-disable-next-line ux-for-cx-outcome-->\rcustomer journey app will loyal',
      'disable-line',
    );
    checkFixes(
      '<!-- uxcx-disable-next-line ux-cx-conflation -->\nThe UX/CX team will increase customer loyalty.',
      'disable-line',
    );
  });

  // Prose after a directive at a line's start is the rest of an HTML block's line, read raw: the
  // disable-line fix's comment became part of its text, and a `<!--` in it was escaped (a
  // backslash does not escape in HTML) and took the directive into its comment. Its comments are
  // no longer prose, and one never closed hides the rest of the line.
  it('the disable-line fix works in the prose after a directive comment', () => {
    checkFixes('<!-- uxcx-x --> The UX/CX team\nmust be intuitive.', 'disable-line');
    checkFixes('<!-- uxcx-x --> The UX/CX team <!-- a', 'disable-line');
    checkFixes('<!-- uxcx-x --> The UX/CX team <!-- a --> b', 'disable-line');
    checkFixes('- <!-- uxcx-x --> The UX/CX team <!-- a', 'disable-line');
    checkFixes('> <!-- uxcx-x --> The UX/CX team <!--', 'disable-line');
    assert.deepStrictEqual(
      lint('<!-- uxcx-x --> A <!-- c -->B UX/CX').findings.map((f) => f.statementText),
      ['A B UX/CX'],
    );
  });

  // micromark/micromark#228: after indented code (also across blank lines), a list that does not
  // start at 1, or an empty item, was read as interrupting the code, so as a paragraph (`2) …`).
  // A disable-next-line comment line before it made it a list item (its text after five spaces
  // indented code: the finding went without a directive), and the incremental linter, which
  // re-parses from a block after a blank line, read a list where a full lint read a paragraph.
  // Seeds 105-11706, 101-24754 (disable-line); 101-297, 101-4088, 101-10822, 101-24754, 102-2968,
  // 102-16796, 102-18753, 102-20043, 102-20138, 102-20962, 105-11706 (incremental).
  it('a list not starting at 1 after indented code is a list', () => {
    const types = (text: string): string[] => parseMarkdown(text).children.map((n) => n.type);
    assert.deepStrictEqual(types('    .\n2)     site stijg loyaliteit Dat'), ['code', 'list']);
    assert.deepStrictEqual(types('\t#\n\n2) Te\n'), ['code', 'list']);
    assert.deepStrictEqual(types('    code\n\n-\n  x'), ['code', 'list']);
    // Not after a paragraph, which it would interrupt.
    assert.deepStrictEqual(types('para\n2) x'), ['paragraph']);
    checkFixes('    .\n2) site stijg loyaliteit Dat', 'disable-line');
    checkFixes('    .\n2) x <!--homepage boost loyalty', 'disable-line'); // 'brand' alone is no outcome now
    checkEdits('\t#\n\n2) Te\n', insert(10, 'moet intuïtief', false));
    checkEdits('\t>\n\n2) moet intuïtief\n\n', {
      offset: 22,
      deleteLength: 1,
      insertText: '',
      give: true,
    });
    checkEdits('    t\n\n2) UX/CX\n\nC', {
      offset: 17,
      deleteLength: 1,
      insertText: '',
      give: true,
    });
    checkEdits('    )\n\n2) portal NPS goal\n', insert(26, '\n', false));
    checkEdits('    k\n\n2. :\n\n    \nvoor', {
      offset: 17,
      deleteLength: 1,
      insertText: '',
      give: true,
    });
  });

  // The escapes' offsets were cached per unit, but the incremental linter moves a unit's offsets
  // when text before it changes: an escape stayed behind. Seed 101-12604, replayed.
  it('the disable-line fix escapes the moved `<!--` after an edit before it', () => {
    checkEdits('- .\n- website stijg de loyaliteit<!--', insert(2, '\\'));
  });

  // micromark-extension-frontmatter#5: after a first line `---` that is never closed, the rest was
  // read without lists or block quotes, so the note the fix adds was a paragraph, not a quote, and
  // did not scope the claim. Such a text is now read without front matter (the `---` is a
  // thematic break). All 134 documents of seeds 101–106 that failed the add-cx-note check started
  // so (45 after a BOM). Seeds 101-333, 101-368, 101-1068, 101-1763.
  it('the add-cx-note fix removes its finding after an unclosed front-matter fence', () => {
    checkFixes('---\nloyalty shall app', 'add-cx-note'); // 'trust' alone is no outcome now
    checkFixes('---\rapp will loyal', 'add-cx-note');
    checkFixes('\ufeff---\r\n- The redesigned app will increase customer loyalty.', 'add-cx-note');
  });

  it('a first line `---` that is never closed leaves lists and quotes as they are', () => {
    const units = parseDocument('---\n> a quote\n\n- an item\n').units;
    assert.deepStrictEqual(
      units.map((u) => [u.text, u.nested]),
      [
        ['a quote', true],
        ['an item', true],
      ],
    );
    assert.strictEqual(parseDocument('---\nlang: nl\n---\n> a quote').frontMatter, 'lang: nl');
  });

  // An item whose HTML (`<!--`, `<!e`) or fenced code is never closed ends after the next line's
  // list marker; the list path took the units up to that end for the edited item's, and the next
  // item's paragraph was lost. Seeds 102-1813, 102-4184, 102-5348, 104-3577, 104-13415,
  // 104-17880, 104-19937, 105-9926, 106-10884.
  it('incremental: an edit in a list item whose HTML or code is never closed', () => {
    checkEdits('- <!e\n- UX/CX', insert(5, 'y'));
    checkEdits('* <!--o\n* UX/CX', { offset: 6, deleteLength: 1, insertText: '', give: false });
    checkEdits('1. <!--\r1. must user-friendl', insert(7, '~'));
    checkEdits('1. T\n   <!--\n1. must seamless', insert(4, ' '));
    checkEdits('- <!--\r- UX/CX', insert(6, ']', false));
    checkEdits('+ <!--\r+ design rise trust', insert(6, 'a', false));
    checkEdits('-\t```\r- UX/CX', insert(5, '`', false));
    checkEdits('-\t~~~\n- UX/CX', insert(5, '.'));
    checkEdits('1. T\r   <!--\r1. UX/CX', insert(5, ';', false));
  });

  // micromark reads the first line of a list item that interrupts a paragraph as interrupting it
  // too (`2) …` in it is a paragraph, not a list); the list path re-parsed the item on its own,
  // where it is a list. Such an item now takes the block path. Seed 108-755.
  it('incremental: typing in the first item of a list that interrupts a paragraph', () => {
    checkEdits('.\n* 2) must seamless', insert(20, 'a'));
  });

  // A heading in a list item is the context of the statements after it, up to the next heading;
  // after an edit before it in the list (the list path keeps its unit and statement), the
  // findings after the list kept spans with the heading's old offsets. Seeds 101-7255, 102-3271,
  // 102-4953, 103-14977.
  it('incremental: spans from a heading in a list item after an edit before it', () => {
    checkEdits('- .\n\n- # that The UX/the goal\nDat het vertrouwen in de', {
      offset: 3,
      deleteLength: 1,
      insertText: '',
      give: true,
    });
    checkEdits('2) |\n2) # UX goal\nNPS', insert(3, ' '));
    checkEdits('+ ,.\n+ # the goal portal must be\nDat het vertrouwen in de', {
      offset: 2,
      deleteLength: 1,
      insertText: '',
      give: false,
    });
    checkEdits('- ]e\n- goal website\n\t=\nNPS', {
      offset: 3,
      deleteLength: 1,
      insertText: '',
      give: false,
    });
  });
});
