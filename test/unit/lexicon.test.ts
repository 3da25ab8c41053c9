// The word knowledge is data reviewed like code: each language's file is valid (the build checks
// it too), and each entry's sentences are tests. `match` and `noMatch` sentences are checked by
// the validator; `flag` sentences must be flagged and `pass` sentences must not, and the entry is
// pinned by them: without it, one of them changes verdict.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LEXICON } from '../../src/core/lexicon';
import { changesWithout, findingKeys } from '../../scripts/lexicon-ablate';
import { Matcher, compilePattern } from '../../src/core/lexicon/matcher';
import { validateLexicon } from '../../src/core/lexicon/validate';
import { tokenize } from '../../src/core/text/tokens';
import type { LexiconEntry } from '../../src/core/lexicon/types';

const LANGS = ['en', 'nl'] as const;

describe('lexicon data', () => {
  for (const lang of LANGS) {
    describe(lang, () => {
      it(`src/core/lexicon/${lang}.json is valid (shape, patterns, flags, match and noMatch)`, () => {
        const file = path.join(__dirname, '../../src/core/lexicon', `${lang}.json`);
        const errors = validateLexicon(JSON.parse(readFileSync(file, 'utf8')), lang);
        assert.deepEqual(errors, []);
      });

      const tested = LEXICON[lang].filter((e) => e.flag?.length || e.pass?.length);
      for (const e of tested) {
        it(`${e.category} "${e.pattern}": its flag and pass sentences, and it is pinned`, () => {
          for (const s of e.flag ?? []) {
            assert.ok(findingKeys(s, lang).length > 0, `not flagged: "${s}"`);
          }
          for (const s of e.pass ?? []) {
            assert.deepEqual(findingKeys(s, lang), [], `flagged: "${s}"`);
          }
          const sentences = [...(e.flag ?? []), ...(e.pass ?? [])];
          assert.ok(
            sentences.some((s) => changesWithout(e, s)),
            `no sentence needs "${e.pattern}": each gives the same findings without it`,
          );
        });
      }
    });
  }

  describe('the validator', () => {
    const valid = {
      lang: 'en',
      entries: [
        {
          pattern: 'customer loyalty',
          category: 'cxOutcome',
          note: 'the outcome named most often',
          match: ['It raises customer loyalty.'],
        },
      ],
    };
    const withEntry = (change: Record<string, unknown>): unknown => ({
      ...valid,
      entries: [{ ...valid.entries[0], ...change }],
    });
    it('passes a valid file', () => {
      assert.deepEqual(validateLexicon(valid, 'en'), []);
    });
    const bad: [string, unknown, RegExp][] = [
      ['the wrong language', valid, /"lang" is en, not nl/],
      ['a regular expression', withEntry({ pattern: 'loyal(ty)?' }), /not a word pattern/],
      ['an unknown category', withEntry({ category: 'outcome' }), /unknown category/],
      ['a missing note', withEntry({ note: '' }), /"note" must say why/],
      ['no match sentence', withEntry({ match: [] }), /at least one sentence/],
      [
        'a match sentence without the pattern',
        withEntry({ match: ['Loyal fans.'] }),
        /does not match/,
      ],
      [
        'a noMatch sentence with the pattern',
        withEntry({ noMatch: ['Customer loyalty.'] }),
        /matches its "noMatch"/,
      ],
      ['a flag that does not fit', withEntry({ flags: { link: 'purpose' } }), /does not fit/],
      ['an unknown key', withEntry({ example: 'x' }), /unknown key "example"/],
      ['a gap at the start', withEntry({ pattern: '… loyalty', match: ['x loyalty'] }), /gap/],
      [
        'a duplicate',
        { ...valid, entries: [valid.entries[0], valid.entries[0]] },
        /duplicate of an earlier cxOutcome entry/,
      ],
    ];
    for (const [what, data, message] of bad) {
      it(`rejects ${what}`, () => {
        const errors = validateLexicon(data, what === 'the wrong language' ? 'nl' : 'en');
        assert.ok(
          errors.some((e) => message.test(e)),
          JSON.stringify(errors),
        );
      });
    }
  });
});

describe('matcher', () => {
  const entry = (pattern: string): LexiconEntry => ({
    lang: 'nl',
    category: 'cxOutcome',
    pattern,
    note: 'test entry',
    match: [],
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
