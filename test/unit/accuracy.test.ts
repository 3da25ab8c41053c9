// Accuracy gate: ux-for-cx-outcome on the held-out set meets the targets, precision ≥ 0.90
// and recall ≥ 0.85 per language. The held-out set (test/corpus/heldout.*) was written
// independently and is never inspected item by item; see test/eval/evaluate.ts.
import { strict as assert } from 'node:assert';
import { readCorpus, score } from '../eval/evaluate';

const FLOORS = {
  en: { precision: 0.9, recall: 0.85 },
  nl: { precision: 0.9, recall: 0.85 },
} as const;

describe('accuracy on the held-out set', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`${lang}: precision ≥ ${FLOORS[lang].precision}, recall ≥ ${FLOORS[lang].recall}`, () => {
      const s = score(readCorpus(lang, 'heldout'), lang);
      assert.ok(s.precision >= FLOORS[lang].precision, `precision ${s.precision.toFixed(3)}`);
      assert.ok(s.recall >= FLOORS[lang].recall, `recall ${s.recall.toFixed(3)}`);
    });
  }
  it('the tuning sets stay near-perfect (a drop means a regression in the word lists)', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const set of ['tuning', 'tuning2', 'tuning3', 'tuning4'] as const) {
        const s = score(readCorpus(lang, set), lang);
        assert.ok(s.f1 >= 0.97, `${lang} ${set}: F1 ${s.f1.toFixed(3)}`);
      }
    }
  });
});
