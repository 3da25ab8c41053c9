// The sentence splitter: soft line breaks inside a paragraph read as spaces, offsets stay exact.
import { strict as assert } from 'node:assert';
import { lint, type Finding } from '../../src/core';
import { extractProse } from '../../src/core/markdown/prose';
import fc from 'fast-check';
import {
  isOneSentence,
  sentenceSegments,
  softBreaksAsSpaces,
  splitSentences,
} from '../../src/core/text/sentences';
import { resetWork, work } from '../../src/core/work';
import type { Lang } from '../../src/core/types';

/** The sentences of a paragraph text, as strings. */
const sentences = (text: string, lang: Lang = 'en'): string[] =>
  splitSentences(text, lang).map(([s, e]) => text.slice(s, e));

/** `ruleId "source text of the range"` for each finding. */
const found = (source: string): string[] =>
  lint(source).findings.map(
    (f: Finding) => `${f.ruleId} ${source.slice(f.range.start.offset, f.range.end.offset)}`,
  );

describe('sentences', () => {
  describe('softBreaksAsSpaces', () => {
    it('replaces LF, CRLF and CR one for one, so offsets carry over', () => {
      for (const eol of ['\n', '\r\n', '\r']) {
        const text = `The redesigned app will increase${eol}customer loyalty.`;
        const read = softBreaksAsSpaces(text);
        assert.equal(read.length, text.length);
        assert.equal(
          read,
          `The redesigned app will increase${' '.repeat(eol.length)}customer loyalty.`,
        );
      }
    });

    it('returns a text without line endings as it is', () => {
      const text = 'One line. Another sentence on it.';
      assert.equal(softBreaksAsSpaces(text), text);
      assert.equal(softBreaksAsSpaces(''), '');
    });

    it('keeps a line ending after sentence-final punctuation, also behind closing marks', () => {
      for (const end of ['.', '!', '?', '."', '.)', '?”', '. ', '!\t']) {
        const text = `First${end}\nsecond`;
        assert.equal(softBreaksAsSpaces(text), text, JSON.stringify(end));
      }
      for (const end of [',', ':', ';', '', ' -', ')']) {
        const text = `First${end}\nsecond`;
        assert.equal(softBreaksAsSpaces(text), `First${end} second`, JSON.stringify(end));
      }
    });

    it('leaves a LINE SEPARATOR (a hard line break) alone', () => {
      const text = 'The redesigned app will increase\u2028customer loyalty.';
      assert.equal(softBreaksAsSpaces(text), text);
    });

    it('reads each character at most twice (counted: src/core/work.ts)', () => {
      // Once going forward, and once more looking back from the line ending that ends its line
      // over blanks and closing marks (which never cross a line ending); plus the character that
      // stops the look-back.
      const shapes = [
        (n: number) => 'word\n'.repeat(n),
        (n: number) => ')\r\n'.repeat(n),
        (n: number) => 'end.\r'.repeat(n),
        (n: number) => `${' )'.repeat(n)}\n`.repeat(4),
        (n: number) => '\n'.repeat(n),
      ];
      for (const make of shapes) {
        for (const n of [1_000, 4_000, 16_000]) {
          const text = make(n);
          resetWork();
          assert.equal(softBreaksAsSpaces(text).length, text.length);
          const lineEndings = text.split(/\r\n|\r|\n/).length - 1;
          assert.ok(
            work.sentenceChars <= 2 * text.length + lineEndings,
            `${work.sentenceChars} steps for ${text.length} characters: ${JSON.stringify(text.slice(0, 12))}…`,
          );
        }
      }
      // Exactly: 'ab.\ncd\n' is read forward (7 characters, the CRLF-free line endings once each)
      // and back from each line ending: `.` (1) and `d` (1).
      resetWork();
      softBreaksAsSpaces('ab.\ncd\n');
      assert.equal(work.sentenceChars, 7 + 2);
    });
  });

  describe('splitSentences', () => {
    it('reads a hard-wrapped sentence as one, with every line ending', () => {
      for (const eol of ['\n', '\r\n', '\r']) {
        const text = `The redesigned app${eol}will increase${eol}customer loyalty.`;
        assert.deepEqual(sentences(text), [text]);
      }
    });

    it('still ends a sentence at its punctuation, on the same line or at a line end', () => {
      assert.deepEqual(sentences('We give the app a new look.\nCustomer loyalty is measured.'), [
        'We give the app a new look.',
        'Customer loyalty is measured.',
      ]);
      assert.deepEqual(
        sentences('We give the app a\nnew look. Customer loyalty is\nmeasured by the desk.'),
        ['We give the app a\nnew look.', 'Customer loyalty is\nmeasured by the desk.'],
      );
    });

    it('keeps lines that end in a full stop apart when the next starts in lowercase', () => {
      // One sentence to the segmenter if the line ending were a space.
      const text = 'We vernieuwen de app.\nb. de klantloyaliteit meten we apart.';
      assert.deepEqual(sentences(text.replace('\n', ' '), 'nl'), [text.replace('\n', ' ')]);
      assert.deepEqual(sentences(text, 'nl'), [
        'We vernieuwen de app.',
        'b. de klantloyaliteit meten we apart.',
      ]);
    });

    it('reads "U.S." as an abbreviation, not a sentence end (the U.S. Web Design System)', () => {
      assert.deepEqual(
        sentences("We've decided to change our name to the U.S. Web Design System. Thanks."),
        ["We've decided to change our name to the U.S. Web Design System.", 'Thanks.'],
      );
    });

    it('still merges an abbreviation at a line end with what follows', () => {
      assert.deepEqual(sentences('Use a clear layout, e.g.\nlarge buttons. Then test.'), [
        'Use a clear layout, e.g.\nlarge buttons.',
        'Then test.',
      ]);
      assert.deepEqual(
        sentences('Denk aan o.a.\nUtrecht en bijv.\nDen Haag. Daarna testen.', 'nl'),
        ['Denk aan o.a.\nUtrecht en bijv.\nDen Haag.', 'Daarna testen.'],
      );
    });

    it('joins lines without final punctuation, labels too, as Markdown renders them', () => {
      // Documented behaviour: written apart, such lines need a hard break or a list.
      assert.deepEqual(sentences('Goal: retention\nMeans: new app'), [
        'Goal: retention\nMeans: new app',
      ]);
      assert.deepEqual(
        sentences('Doel: meer klantloyaliteit\r\nMiddel: een vernieuwde app', 'nl'),
        ['Doel: meer klantloyaliteit\r\nMiddel: een vernieuwde app'],
      );
      assert.deepEqual(sentences('Goal: retention.\nMeans: new app.'), [
        'Goal: retention.',
        'Means: new app.',
      ]);
    });

    it('joins a title line without punctuation to the sentence below it', () => {
      // Documented behaviour: the text does not tell a title line from a wrapped one.
      assert.deepEqual(sentences('Quick start\nOfficiële tutorial om te beginnen.', 'nl'), [
        'Quick start\nOfficiële tutorial om te beginnen.',
      ]);
    });

    it('ends a sentence at a hard line break written as LINE SEPARATOR', () => {
      assert.deepEqual(sentences('ZAP Startgids\u2028De officiële introductiepagina.', 'nl'), [
        'ZAP Startgids',
        'De officiële introductiepagina.',
      ]);
    });

    it('splits a long wrapped paragraph as it splits the same text on one line', () => {
      const words = 'the redesigned app will increase customer loyalty among members'.split(' ');
      const parts: string[] = [];
      for (let i = 0; i < 3000; i++) {
        parts.push(words[i % words.length]!);
        if (i % 97 === 96) parts[parts.length - 1] += '.';
        if (i % 97 === 0)
          parts[parts.length - 1] = parts[parts.length - 1]!.replace(/^./, (c) => c.toUpperCase());
      }
      let wrapped = '';
      let col = 0;
      for (const w of parts) {
        const sep = col === 0 ? '' : col + w.length > 72 ? '\n' : ' ';
        if (sep === '\n') col = 0;
        wrapped += sep + w;
        col += sep.length + w.length;
      }
      // Lines ending in a full stop keep their line ending; elsewhere it is a space.
      const oneLine = wrapped.replace(/([^.])\n/g, '$1 ');
      assert.ok(wrapped.length > 4 * 2048, 'longer than a few segmenter windows');
      assert.ok(wrapped.includes('\n') && oneLine.includes(' '));
      assert.deepEqual(splitSentences(wrapped, 'en'), splitSentences(oneLine, 'en'));
      assert.equal(splitSentences(wrapped, 'en').length, Math.ceil(3000 / 97));
    });
  });

  describe('in the engine', () => {
    const claim = (eol: string): string =>
      `The redesigned app will increase${eol}customer loyalty.${eol}`;

    it('flags a claim wrapped over lines (LF, CRLF, CR) at its exact source range', () => {
      for (const eol of ['\n', '\r\n', '\r']) {
        const source = claim(eol);
        const [f, ...rest] = lint(source).findings;
        assert.equal(rest.length, 0, JSON.stringify(eol));
        assert.equal(f!.ruleId, 'ux-for-cx-outcome');
        assert.equal(source.slice(f!.range.start.offset, f!.range.end.offset), 'loyalty');
        assert.deepEqual(
          [f!.range.start.line, f!.range.start.column, f!.range.end.line, f!.range.end.column],
          [2, 10, 2, 17],
        );
      }
    });

    it('flags it inside block quotes and lists, where the prose text lost the prefixes', () => {
      const sources = [
        '> The redesigned app will increase\n> customer loyalty.\n',
        '> The redesigned app will increase\ncustomer loyalty.\n',
        '- The redesigned app will increase\n  customer loyalty.\n',
        '- The redesigned app will increase\ncustomer loyalty.\n',
        '1. > The redesigned app will increase\n   >    customer loyalty.\n',
        '> - The redesigned app will increase\r\n>   customer loyalty.\r\n',
      ];
      for (const source of sources) {
        const unit = extractProse(source).units[0]!;
        assert.equal(
          unit.text,
          'The redesigned app will increase\ncustomer loyalty.'.replace(
            '\n',
            source.includes('\r') ? '\r\n' : '\n',
          ),
        );
        assert.deepEqual(found(source), ['ux-for-cx-outcome loyalty'], JSON.stringify(source));
      }
    });

    it('maps the statement of a wrapped claim to its source lines', () => {
      const source = '> Intro.\n> The redesigned app will increase\n> customer loyalty. Next.\n';
      const [f] = lint(source).findings;
      assert.ok(f);
      assert.equal(
        source.slice(f.statement.start.offset, f.statement.end.offset),
        'The redesigned app will increase\n> customer loyalty.',
      );
      assert.equal(f.statementText, 'The redesigned app will increase\ncustomer loyalty.');
    });

    it('does not let a negation on the next line get lost', () => {
      assert.deepEqual(
        found(
          'That the redesigned app will increase customer loyalty\nis not something this project promises.\n',
        ),
        [],
      );
      assert.deepEqual(
        found(
          'Dat het nieuwe klantportaal zorgt voor meer vertrouwen in de gemeente\nbeloven we niet.\n',
        ),
        [],
      );
    });

    it('reads a hard line break as the Markdown layer writes it', () => {
      // A hard break should end a sentence; it does once markdown/inline.ts writes it as U+2028.
      // While it writes a line feed, a hard break cannot be told from a soft one.
      for (const br of ['\\\n', '  \n']) {
        const source = `The redesigned app will increase${br}customer loyalty.\n`;
        const text = extractProse(source).units[0]!.text;
        const hard = text.includes('\u2028');
        assert.ok(hard || text.includes('\n'), JSON.stringify(text));
        assert.deepEqual(
          found(source),
          hard ? [] : ['ux-for-cx-outcome loyalty'],
          JSON.stringify(br),
        );
      }
    });

    it('keeps headings, list items and table rows separate units', () => {
      assert.deepEqual(found('# The redesigned app will increase\n\ncustomer loyalty.\n'), []);
      assert.deepEqual(found('The redesigned app will increase\n===\ncustomer loyalty.\n'), []);
      assert.deepEqual(found('- The redesigned app will increase\n- customer loyalty.\n'), []);
      assert.deepEqual(
        found('| Plan |\n| --- |\n| The redesigned app will increase |\n| customer loyalty. |\n'),
        [],
      );
    });
  });

  it('takes a short text for one sentence only where the segmenter does', () => {
    // Every ASCII character and Latin letters and signs, with terminators, line endings and
    // other scripts' terminators (Armenian, Arabic, Devanagari, CJK) among them.
    const chars = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 0x24f }) },
      { weight: 1, arbitrary: fc.constantFrom(0x589, 0x61f, 0x6d4, 0x964, 0x3002, 0x2028, 0x2029) },
    );
    let one = 0;
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((cs) => String.fromCharCode(...cs)),
        fc.constantFrom<Lang>('en', 'nl'),
        (text, lang) => {
          const segs = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)];
          if (isOneSentence(text)) {
            one++;
            assert.equal(segs.length, text.length ? 1 : 0, JSON.stringify(text));
          }
          assert.deepEqual(
            sentenceSegments(text, lang),
            segs.map((s) => [s.index, s.index + s.segment.length]),
            JSON.stringify(text),
          );
        },
      ),
      { numRuns: 5000, seed: 21 },
    );
    assert.ok(one > 500, `only ${one} texts were one sentence`);
  });
});
