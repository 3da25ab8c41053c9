// Accuracy gate: ux-for-cx-outcome on the held-out set meets the targets per language.
// Precision holds for the default sensitivity (strict: findings of high confidence); recall is
// that of every finding (thorough), and the default's recall has a floor of its own (it leaves
// out the claims over two sentences, under a heading and in metaphors). The held-out set
// (test/corpus/heldout.*) was written independently and is never inspected item by item; see
// test/eval/evaluate.ts.
import { strict as assert } from 'node:assert';
import { readCorpus, score } from '../eval/evaluate';

const FLOORS = {
  en: { precision: 0.9, recall: 0.85, strictRecall: 0.75 },
  nl: { precision: 0.9, recall: 0.85, strictRecall: 0.75 },
} as const;

describe('accuracy on the held-out set', () => {
  for (const lang of ['en', 'nl'] as const) {
    const f = FLOORS[lang];
    it(`${lang}: precision ≥ ${f.precision} (strict), recall ≥ ${f.recall} (thorough), ≥ ${f.strictRecall} (strict)`, () => {
      const items = readCorpus(lang, 'heldout');
      const strict = score(items, lang, 'strict');
      const thorough = score(items, lang, 'thorough');
      assert.ok(strict.precision >= f.precision, `precision ${strict.precision.toFixed(3)}`);
      assert.ok(thorough.recall >= f.recall, `recall ${thorough.recall.toFixed(3)}`);
      assert.ok(strict.recall >= f.strictRecall, `strict recall ${strict.recall.toFixed(3)}`);
    });
  }
  it('the tuning sets stay near-perfect (a drop means a regression in the word lists)', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const set of ['tuning', 'tuning2', 'tuning3', 'tuning4'] as const) {
        const s = score(readCorpus(lang, set), lang, 'thorough');
        assert.ok(s.f1 >= 0.97, `${lang} ${set}: F1 ${s.f1.toFixed(3)}`);
      }
    }
  });
  // tuning5 … tuning8 were written on 2026-12-07 by someone who had not seen the word lists.
  // Before any change for them, thorough: tuning5 en P 0.954 R 0.886 (F1 0.919), nl P 0.867
  // R 0.743 (F1 0.800); tuning6 en P 0.929 R 0.867 (F1 0.897), nl P 0.889 R 0.800 (F1 0.842).
  // Their errors were then fixed in general terms; the floors are the F1 after that, rounded down.
  // tuning7 and tuning8 (mostly hard negatives): before, tuning7 en P 0.698 R 1.000, nl P 0.829
  // R 0.967; tuning8 en P 0.758 R 0.833, nl P 0.733 R 0.733.
  const laterSets = {
    tuning5: { en: 0.97, nl: 0.92 },
    tuning6: { en: 0.98, nl: 0.95 },
    tuning7: { en: 0.98, nl: 0.98 },
    tuning8: { en: 0.93, nl: 0.84 },
  } as const;
  for (const [set, floors] of Object.entries(laterSets)) {
    it(`${set} keeps the F1 it reached (en ${floors.en}, nl ${floors.nl}, thorough)`, () => {
      for (const lang of ['en', 'nl'] as const) {
        const s = score(readCorpus(lang, set as keyof typeof laterSets), lang, 'thorough');
        assert.ok(s.f1 >= floors[lang], `${lang} ${set}: F1 ${s.f1.toFixed(3)}`);
      }
    });
  }
});
