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
  // tuning9 (2026-12-07, session 6; written like real web and organisation writing, 60 claims and
  // 90 hard negatives per language): before, en P 0.917 R 0.367 (F1 0.524), nl P 0.920 R 0.383
  // (F1 0.541). After general fixes: en P 1.000 R 0.517, nl P 1.000 R 0.533. Its recall is low
  // on purpose: it is the set that shows how far real phrasing is from the word lists.
  // tuning10 (same session; 50 claims, 100 hard negatives aimed at that session's mechanisms:
  // time clauses, causes that are not UX work, an app as a channel): before, en P 0.810 R 0.680
  // (F1 0.739), nl P 0.853 R 0.580 (F1 0.690); after, en P 0.895 R 0.680, nl P 0.968 R 0.600.
  // Session 7 raised tuning9 to en P 1.000 R 0.533, nl P 1.000 R 0.633 and tuning10 nl to P 0.970
  // R 0.640 (cessations, instruments, conditions in other words). tuning11 (session 7; 50 claims,
  // 100 hard negatives aimed at those forms): before, en P 0.852 R 0.460 (F1 0.590), nl P 0.889
  // R 0.480 (F1 0.623); after, en P 0.931 R 0.540 (F1 0.684), nl P 0.933 R 0.560 (F1 0.700).
  // tuning12 (session 8; 50 claims, 100 hard negatives aimed at generic subjects, contrasts,
  // perception, claims over two sentences without a connective, comparison objects, reported
  // claims): on arrival (02e8d6d), en P 0.630 R 0.340 (F1 0.442), nl P 0.750 R 0.480 (F1 0.585).
  // tuning13 (same session, written after that session's changes by someone who saw neither the
  // word lists nor tuning12, aimed at its forms in both labels): at 02e8d6d en P 0.758 R 0.500
  // (F1 0.602), nl P 0.703 R 0.520 (F1 0.598); on arrival (e2ae51a) en P 0.806 R 0.580 (F1 0.674),
  // nl P 0.757 R 0.560 (F1 0.644). After that session's general fixes (thorough): tuning12 en P
  // 0.962 R 0.500, nl P 0.939 R 0.620; tuning13 en P 0.972 R 0.700, nl P 0.889 R 0.640; tuning8 nl
  // 0.871 / 0.900, tuning9 en 1.000 / 0.550, nl 1.000 / 0.667, tuning10 nl 0.971 / 0.660,
  // tuning11 en 0.966 / 0.560.
  // tuning14 (session 9; 50 claims, 100 hard negatives, written by someone who saw neither the
  // word lists nor the other sets, in the registers of real requirement and product writing): at
  // that session's start (28c1f0c), thorough en P 0.744 R 0.580 (F1 0.652), nl P 0.871 R 0.540
  // (F1 0.667); strict en 0.743 / 0.520, nl 0.875 / 0.420. After that session's general fixes
  // (thorough): en P 0.914 R 0.640 (F1 0.753), nl P 0.971 R 0.660 (F1 0.786); tuning9 en 1.000 /
  // 0.617, nl 1.000 / 0.700; tuning11 en 0.967 / 0.580, nl 0.938 / 0.600. (On the way, tuning9
  // en lost two claims that had been found through the wrong words: the 'cancel' inside 'a
  // simpler pause-or-cancel screen', and a 'so' that opens a conclusion after both the outcome
  // and the UX work.) The floors are those F1, rounded down.
  const laterSets = {
    tuning5: { en: 0.97, nl: 0.92 },
    tuning6: { en: 0.98, nl: 0.95 },
    tuning7: { en: 0.98, nl: 0.98 },
    tuning8: { en: 0.93, nl: 0.88 },
    tuning9: { en: 0.76, nl: 0.82 },
    tuning10: { en: 0.77, nl: 0.78 },
    tuning11: { en: 0.72, nl: 0.73 },
    tuning12: { en: 0.65, nl: 0.74 },
    tuning13: { en: 0.81, nl: 0.74 },
    tuning14: { en: 0.75, nl: 0.78 },
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
