// The word knowledge is data reviewed like code: every entry is valid and matches its own example.
import { strict as assert } from 'node:assert';
import { LEXICON } from '../../src/core/lexicon';
import { Matcher, compilePattern } from '../../src/core/lexicon/matcher';
import { tokenize } from '../../src/core/text/tokens';
import type { LexiconEntry } from '../../src/core/lexicon/types';

const WORD_PATTERN = /^(\*?[\p{L}\p{N}'/-]+\*?|…)( (\*?[\p{L}\p{N}'/-]+\*?|…))*$/u;

describe('lexicon data', () => {
  for (const lang of ['en', 'nl'] as const) {
    const entries = LEXICON[lang];
    describe(lang, () => {
      it('has no duplicate (category, pattern) pairs', () => {
        const seen = new Set<string>();
        for (const e of entries) {
          const key = `${e.category}:${e.pattern}`;
          assert.ok(!seen.has(key), `duplicate ${key}`);
          seen.add(key);
        }
      });
      it('holds only word patterns (no regular expressions) with a note and an example', () => {
        for (const e of entries) {
          assert.equal(e.lang, lang);
          assert.match(e.pattern, WORD_PATTERN, `pattern "${e.pattern}"`);
          assert.ok(e.note.length > 10, `note of "${e.pattern}"`);
          assert.ok(e.example.length > 0, `example of "${e.pattern}"`);
          assert.doesNotThrow(() => compilePattern(e));
        }
      });
      // One test per entry: the example sentence contains the pattern.
      for (const e of entries) {
        it(`${e.category} "${e.pattern}" matches its example`, () => {
          assert.ok(matchesOwnExample(e), `"${e.pattern}" not found in "${e.example}"`);
        });
      }
    });
  }
});

function matchesOwnExample(e: LexiconEntry): boolean {
  const m = new Matcher([e]);
  return m.match(tokenize(e.example)).length > 0;
}

describe('matcher', () => {
  const entry = (pattern: string): LexiconEntry => ({
    lang: 'nl',
    category: 'cxOutcome',
    pattern,
    note: 'test entry',
    example: '',
  });
  it('matches inflection with a trailing star', () => {
    const m = new Matcher([entry('loyal*')]);
    assert.equal(m.match(tokenize('Loyalty and loyal fans')).length, 2);
    assert.equal(m.match(tokenize('royal')).length, 0);
  });
  it('matches Dutch compounds by their head with a leading star', () => {
    const m = new Matcher([entry('*loyaliteit')]);
    assert.equal(m.match(tokenize('klantloyaliteit en merkloyaliteit')).length, 2);
    assert.equal(m.match(tokenize('loyaliteitspunten')).length, 0);
  });
  it('matches separable verbs across a bounded gap', () => {
    const m = new Matcher([entry('draag* … bij')]);
    assert.equal(m.match(tokenize('Het draagt zeker bij')).length, 1);
    assert.equal(
      m.match(tokenize('Het draagt een twee drie vier vijf zes zeven acht negen bij')).length,
      0,
    );
  });
  it('ignores case and accents', () => {
    const m = new Matcher([entry('intuitief')]);
    assert.equal(m.match(tokenize('Een INTUÏTIEF portaal')).length, 1);
  });
  it('rejects patterns that start or end with a gap', () => {
    assert.throws(() => compilePattern(entry('… bij')));
  });
});
