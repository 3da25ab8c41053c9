// The real-sentence set (test/real-sentences/, see its README): the files are well formed, the
// split follows its fixed rule, and ux-for-cx-outcome keeps at least the precision and recall it
// had on the held-out part when the set was made (a ratchet: raise FLOORS when the figures rise,
// never lower them to make a change pass). Each check is a function that returns its problems,
// and the "can fail" cases below feed it broken data to show that it does.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { SENSITIVITIES, type Lang, type Sensitivity } from '../../src/core';
import {
  LANGS,
  readSentences,
  scoreSentences,
  splitOf,
  type Sentence,
} from '../../scripts/eval-sentences';

/**
 * Precision and recall on the held-out part (rounded down), per sensitivity: at d958483 (before
 * there was one; every finding) en 0.785 / 0.578, nl 0.8 / 0.222; raised after the word-sense and
 * Dutch recall work of 2026-12-07 and again on 2026-12-07 (UX qualities as means, outcomes with
 * their own verb). `strict` (the default) leaves out findings of low confidence
 * (claims over two sentences, under a heading, in metaphors): its floors were set when it came.
 * Set again when the set grew from 123/116 to 222/228 sentences (session of 2026-12-07, #5):
 * on the grown set the engine before that session's changes (8093010) scored strict en 0.875 /
 * 0.400, nl 0.882 / 0.405; thorough en 0.889 / 0.457, nl 0.895 / 0.459. The floors are the
 * figures after the session's changes. Raised in session #6 (conditions and reasons as links).
 * Set again when the set grew to 322/311 sentences (session #7: 100 en and 83 nl new records
 * from web pages, labelled before the linter ran; 35 and 27 of them held out by the rule). On the
 * new held-out records alone, first contact: strict en 0.833 / 0.238, nl 1.000 / 0.222; thorough
 * en 0.857 / 0.286, nl 1.000 / 0.333. The engine at the start of session #7 (ecedec4) scored the
 * grown held-out part strict en 0.870 / 0.357, nl 0.895 / 0.370; thorough en 0.897 / 0.464, nl
 * 0.905 / 0.413. The floors are the figures after that session's changes.
 * Set again when the set grew to 396/381 sentences (session #8: 74 en and 70 nl new records from
 * 96 web pages and repositories, labelled before the linter ran; 23 and 22 of them held out, of
 * which 10 and 7 claims). First contact on the new held-out records at 02e8d6d: strict and
 * thorough en 1.000 / 0.500, nl no finding (0 of 7 claims found, no false alarm). Then 100 more
 * Dutch records (61 claims; 68 pages and repository files; 34 held out, 20 of them claims): first
 * contact on their held-out part strict P 0.909 R 0.500, thorough 0.917 / 0.550, the same at
 * 02e8d6d and after that session's changes. On the final set (396 en, 481 nl) 02e8d6d scored
 * held-out strict en 0.893 / 0.379, nl 0.903 / 0.384; thorough en 0.912 / 0.470, nl 0.914 /
 * 0.438. Session #9 (set unchanged) started at 28c1f0c with strict en 0.903 / 0.424, nl 0.906 /
 * 0.397; thorough en 0.919 / 0.515, nl 0.917 / 0.452. The floors are the figures after session
 * #9's changes.
 */
const FLOORS: Record<Sensitivity, Record<Lang, { precision: number; recall: number }>> = {
  thorough: {
    en: { precision: 0.923, recall: 0.545 },
    nl: { precision: 0.921, recall: 0.479 },
  },
  strict: {
    en: { precision: 0.909, recall: 0.455 },
    nl: { precision: 0.914, recall: 0.438 },
  },
};
/** How far below its floor a figure may fall before the test fails. */
const SLACK = 0.02;

/**
 * A file in a repository (its URL must name a commit), not a page such as a discussion or an
 * issue ("https://github.com/owner/repo/discussions/271").
 */
function repositoryFile(url: string): boolean {
  return (
    /^https:\/\/github\.com\/[^/]+\/[^/]+\/(blob|tree|raw)\//.test(url) ||
    url.startsWith('https://raw.githubusercontent.com/')
  );
}

const MIN_TOTAL = 150;
const MIN_PER_LANG = 70;
const POSITIVE_SHARE = { min: 0.35, max: 0.65 };
const MAX_SHARED_CORPUS_SHARE = 1 / 3;
const POSITIVE_FAMILIES = new Set([
  'direct',
  'behavioural',
  'cross-sentence',
  'metaphor',
  'paraphrase',
  'goal',
  'headline',
]);
const NEGATIVE_FAMILIES = new Set([
  'word-sense',
  'ux-only',
  'cx-only',
  'scoped',
  'negated',
  'definition',
]);
const ORIGINS = new Set(['web-page', 'repository', 'shared-corpus']);

/** Problems with one language's records. */
function checkLanguage(lang: string, records: readonly Sentence[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  for (const r of records) {
    const where = `${lang} ${r.id}`;
    if (!new RegExp(`^${lang}-r\\d{3}$`).test(r.id)) problems.push(`${where}: id not ${lang}-rNNN`);
    if (ids.has(r.id)) problems.push(`${where}: duplicate id`);
    ids.add(r.id);
    if (typeof r.text !== 'string' || !r.text.trim()) problems.push(`${where}: no text`);
    else if (r.text !== r.text.trim())
      problems.push(`${where}: text has leading or trailing space`);
    if (texts.has(r.text)) problems.push(`${where}: duplicate text`);
    texts.add(r.text);
    if (r.label !== 'positive' && r.label !== 'negative') problems.push(`${where}: bad label`);
    const families = r.label === 'positive' ? POSITIVE_FAMILIES : NEGATIVE_FAMILIES;
    if (!families.has(r.family))
      problems.push(`${where}: family ${r.family} does not fit ${r.label}`);
    if (typeof r.reason !== 'string' || !r.reason.trim()) problems.push(`${where}: no reason`);
    if (typeof r.url !== 'string' || !/^https?:\/\/\S+$/.test(r.url))
      problems.push(`${where}: no URL`);
    else if (repositoryFile(r.url) && !/\/(blob|tree|raw)\/[0-9a-f]{40}\//.test(r.url)) {
      problems.push(`${where}: repository URL without a commit`);
    }
    if (!ORIGINS.has(r.origin)) problems.push(`${where}: bad origin`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.retrieved)) problems.push(`${where}: no retrieval date`);
    if (r.split !== splitOf(r.text))
      problems.push(`${where}: split is ${r.split}, the rule says ${splitOf(r.text)}`);
  }
  if (records.length < MIN_PER_LANG)
    problems.push(`${lang}: ${records.length} records < ${MIN_PER_LANG}`);
  const positives = records.filter((r) => r.label === 'positive').length;
  if (positives === 0 || positives === records.length) problems.push(`${lang}: only one label`);
  const share = records.length ? positives / records.length : 0;
  if (share < POSITIVE_SHARE.min || share > POSITIVE_SHARE.max) {
    problems.push(
      `${lang}: positive share ${share.toFixed(2)} outside [${POSITIVE_SHARE.min}, ${POSITIVE_SHARE.max}]`,
    );
  }
  return problems;
}

/** Problems with the set as a whole. */
function checkSet(all: readonly Sentence[]): string[] {
  const problems: string[] = [];
  if (all.length < MIN_TOTAL) problems.push(`${all.length} records < ${MIN_TOTAL}`);
  const shared = all.filter((r) => r.origin === 'shared-corpus').length;
  if (shared > all.length * MAX_SHARED_CORPUS_SHARE) {
    problems.push(`${shared} of ${all.length} records from ../shared/corpora (more than a third)`);
  }
  return problems;
}

/** Problems with measured figures against a floor. */
function checkFloor(
  lang: string,
  measured: { precision: number; recall: number },
  floor: { precision: number; recall: number },
  slack = SLACK,
): string[] {
  const problems: string[] = [];
  for (const k of ['precision', 'recall'] as const) {
    if (measured[k] < floor[k] - slack) {
      problems.push(
        `${lang} held-out ${k} ${measured[k].toFixed(3)} < floor ${floor[k]} − ${slack}`,
      );
    }
  }
  return problems;
}

const DATA = Object.fromEntries(LANGS.map((l) => [l, readSentences(l)])) as Record<
  Lang,
  Sentence[]
>;

describe('real sentences (test/real-sentences)', () => {
  for (const lang of LANGS) {
    it(`${lang}: records are well formed and the split follows its rule`, () => {
      assert.deepEqual(checkLanguage(lang, DATA[lang]), []);
    });
  }

  it(`the set has at least ${MIN_TOTAL} records, at most a third from ../shared/corpora`, () => {
    assert.deepEqual(checkSet([...DATA.en, ...DATA.nl]), []);
  });

  for (const lang of LANGS) {
    for (const sensitivity of SENSITIVITIES) {
      it(`${lang}, ${sensitivity}: held-out precision and recall stay at their floor (−${SLACK})`, () => {
        const s = scoreSentences(
          DATA[lang].filter((r) => r.split === 'heldout'),
          lang,
          sensitivity,
        );
        assert.deepEqual(checkFloor(lang, s, FLOORS[sensitivity][lang]), []);
      });
    }
  }

  describe('each check can fail', () => {
    const base = DATA.en;
    const one = (i: number): Sentence => ({ ...base[i]! });
    const has = (problems: string[], part: string): boolean =>
      problems.some((p) => p.includes(part));

    it('duplicate id, missing URL, commit-less repository URL, bad label, wrong split', () => {
      const recs = base.map((r) => ({ ...r }));
      recs[1]!.id = recs[0]!.id;
      recs[2]!.url = '';
      recs[3]!.url = 'https://github.com/owner/repo/blob/main/README.md';
      recs[4]!.label = 'maybe' as Sentence['label'];
      recs[5]!.split = recs[5]!.split === 'tune' ? 'heldout' : 'tune';
      const p = checkLanguage('en', recs);
      for (const part of [
        'duplicate id',
        'no URL',
        'without a commit',
        'bad label',
        'the rule says',
      ]) {
        assert.ok(has(p, part), `expected a problem "${part}" in ${JSON.stringify(p)}`);
      }
    });

    it('one label only, too few records, a lopsided share', () => {
      const negatives = base.filter((r) => r.label === 'negative').map((r) => ({ ...r }));
      assert.ok(has(checkLanguage('en', negatives), 'only one label'));
      assert.ok(has(checkLanguage('en', base.slice(0, 10)), 'records <'));
      const lopsided = [...negatives, ...base.filter((r) => r.label === 'positive').slice(0, 5)];
      assert.ok(has(checkLanguage('en', lopsided), 'positive share'));
    });

    it('a family that does not fit the label, a missing reason or date', () => {
      const r = one(0);
      r.family = r.label === 'positive' ? 'word-sense' : 'direct';
      r.reason = ' ';
      r.retrieved = 'today';
      const p = checkLanguage('en', [r]);
      for (const part of ['does not fit', 'no reason', 'no retrieval date'])
        assert.ok(has(p, part));
    });

    it('too small a set, too much from the shared corpora', () => {
      assert.ok(has(checkSet(base.slice(0, 20)), 'records <'));
      const shared = base.map((r) => ({ ...r, origin: 'shared-corpus' as const }));
      assert.ok(has(checkSet(shared), 'more than a third'));
    });

    it('a figure below its floor minus the slack', () => {
      const floor = { precision: 0.8, recall: 0.5 };
      assert.deepEqual(checkFloor('en', { precision: 0.79, recall: 0.49 }, floor), []);
      const p = checkFloor('en', { precision: 0.77, recall: 0.47 }, floor);
      assert.ok(has(p, 'precision') && has(p, 'recall'), JSON.stringify(p));
    });

    it('the split rule is the documented hash', () => {
      // README: held out when parseInt(sha1(text).slice(0, 8), 16) % 3 === 0
      for (const text of ['', 'a', ...base.slice(0, 20).map((r) => r.text)]) {
        const h = createHash('sha1').update(text, 'utf8').digest('hex');
        const expected = parseInt(h.slice(0, 8), 16) % 3 === 0 ? 'heldout' : 'tune';
        assert.equal(splitOf(text), expected, JSON.stringify(text));
      }
      const splits = new Set(base.map((r) => splitOf(r.text)));
      assert.deepEqual([...splits].sort(), ['heldout', 'tune']);
    });
  });
});
