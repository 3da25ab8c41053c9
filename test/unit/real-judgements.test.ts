// Judged findings on real text (test/real/judgements.jsonl, see scripts/eval-real.ts): every
// finding the engine gives on ../shared/corpora has a judgement; a false alarm that was fixed
// does not come back; an open false alarm that is gone gets closed (a ratchet). The checks are
// pure functions, tested first on small inputs so that each one is known to fail when it should.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { CORPORA, haveCorpora, lintCorpora, parsePromiseCsv } from '../real/corpora';
import {
  JUDGEMENTS_FILE,
  UPDATE_COMMAND,
  closedFalseAlarms,
  describeFinding,
  match,
  parseJudgements,
  readJudgementsFile,
  recordProblems,
  returnedFalseAlarms,
  serialiseJudgements,
  trimSentence,
  unjudged,
  update,
  type Judgement,
  type Matched,
  type RealFinding,
} from '../real/judged';

const finding = (over: Partial<RealFinding> = {}): RealFinding => ({
  corpus: 'en-a',
  file: 'docs/a.md',
  line: 3,
  rule: 'ux-for-cx-outcome',
  text: 'loyalty',
  sentence: 'The new app will make members loyal.',
  ...over,
});

const judged = (over: Partial<Judgement> = {}): Judgement => ({
  ...finding(),
  verdict: 'right',
  reason: 'the app is expected to bring loyalty',
  ...over,
});

/** A list for a failure message: one finding a line. */
const listed = (items: readonly RealFinding[]): string =>
  items.map((f) => `  ${describeFinding(f)}`).join('\n');

describe('real-text judgements', () => {
  describe('the checks, on small inputs', () => {
    it('matches by corpus, file, rule, line and flagged text; equal keys in order', () => {
      const a = judged({ reason: 'first' });
      const b = judged({ reason: 'second', verdict: 'wrong', open: true });
      const other = judged({ line: 4 });
      const m = match([finding(), finding(), finding({ text: 'trust' })], [a, other, b]);
      assert.equal(m.pairs[0]!.judgement, a);
      assert.equal(m.pairs[1]!.judgement, b);
      assert.equal(m.pairs[2]!.judgement, undefined);
      assert.deepEqual(m.unmatched, [other]);
      // The sentence is not part of the key: it may change with the engine's sentence splitting.
      assert.equal(match([finding({ sentence: 'x' })], [a]).pairs[0]!.judgement, a);
      for (const key of ['corpus', 'file', 'rule', 'line', 'text'] as const) {
        const changed = finding({
          [key]: key === 'line' ? 9 : key === 'rule' ? 'ux-cx-conflation' : 'z',
        });
        assert.equal(match([changed], [a]).pairs[0]!.judgement, undefined, key);
      }
    });

    it('a finding without a judgement, or with a null verdict, is unjudged', () => {
      const pending = judged({ text: 'trust', verdict: null, reason: '' });
      const m = match(
        [finding(), finding({ text: 'trust' }), finding({ line: 8 })],
        [judged(), pending],
      );
      assert.deepEqual(
        unjudged(m).map((f) => [f.text, f.line]),
        [
          ['trust', 3],
          ['loyalty', 8],
        ],
      );
      assert.deepEqual(unjudged(match([finding()], [judged()])), []);
    });

    it('a finding judged wrong without "open" that comes back is caught; an open one is not', () => {
      const fixed = judged({ verdict: 'wrong', reason: 'quote' });
      assert.deepEqual(returnedFalseAlarms(match([finding()], [fixed])), [fixed]);
      assert.deepEqual(returnedFalseAlarms(match([finding()], [{ ...fixed, open: true }])), []);
      assert.deepEqual(returnedFalseAlarms(match([], [fixed])), []);
      assert.deepEqual(returnedFalseAlarms(match([finding()], [judged()])), []);
    });

    it('an open false alarm that no longer appears is caught (in the corpora linted)', () => {
      const open = judged({ verdict: 'wrong', reason: 'quote', open: true });
      assert.deepEqual(closedFalseAlarms(match([], [open])), [open]);
      assert.deepEqual(closedFalseAlarms(match([finding()], [open])), []);
      assert.deepEqual(closedFalseAlarms(match([], [open]), new Set(['nl-b'])), []);
      assert.deepEqual(closedFalseAlarms(match([], [open]), new Set(['en-a'])), [open]);
      // A fixed false alarm (no "open") or a right finding that is gone is not this failure.
      const gone: Matched = match([], [judged({ verdict: 'wrong', reason: 'x' }), judged()]);
      assert.deepEqual(closedFalseAlarms(gone), []);
    });

    it('finds malformed records', () => {
      assert.deepEqual(recordProblems([judged(), judged({ verdict: 'wrong', open: true })]), []);
      assert.deepEqual(recordProblems([judged({ verdict: null, reason: '' })]), []);
      const bad: [unknown, RegExp][] = [
        [[1], /not a JSON object/],
        [{ ...judged(), extra: 1 }, /unknown key "extra"/],
        [{ ...judged(), corpus: '' }, /"corpus" must be a non-empty string/],
        [{ ...judged(), corpus: 'a/b' }, /"corpus" must be a folder name/],
        [{ ...judged(), file: '../x.md' }, /"file" must be a relative path/],
        [{ ...judged(), file: 'a\\x.md' }, /"file" must be a relative path/],
        [{ ...judged(), line: 0 }, /"line" must be a whole number/],
        [{ ...judged(), line: '3' }, /"line" must be a whole number/],
        [{ ...judged(), rule: 'ux-for-cx' }, /"rule" must be one of/],
        [{ ...judged(), text: '' }, /"text" must be a non-empty string/],
        [{ ...judged(), sentence: 'a\nb' }, /"sentence" must be one line/],
        [{ ...judged(), verdict: 'maybe' }, /"verdict" must be/],
        [(({ verdict: _, ...rest }) => rest)(judged()), /"verdict" must be/],
        [{ ...judged(), reason: '' }, /a judged record needs a "reason"/],
        [{ ...judged(), reason: 'a\nb' }, /"reason" must be one line/],
        [{ ...judged(), reason: 3 }, /"reason" must be a string/],
        [{ ...judged(), verdict: 'wrong', open: false }, /"open" can only be true/],
        [{ ...judged(), open: true }, /only a wrong finding can be open/],
      ];
      for (const [record, expected] of bad) {
        const problems = recordProblems([judged(), record]);
        assert.ok(
          problems.some((p) => p.startsWith('record 2: ') && expected.test(p)),
          `${JSON.stringify(record)}: ${problems.join('; ')}`,
        );
      }
      assert.deepEqual(parseJudgements('{"a":1}\n\nnot json\n').problems.length, 1);
    });

    it('--update adds null verdicts, closes gone open ones, and never changes a verdict', () => {
      const right = judged({ line: 1, reason: 'R' });
      const gone = judged({ line: 2, verdict: 'wrong', reason: 'W', open: true });
      const fixed = judged({ line: 5, verdict: 'wrong', reason: 'F' });
      const stillOpen = judged({ line: 6, verdict: 'wrong', reason: 'O', open: true });
      const pendingGone = judged({ line: 7, verdict: null, reason: '' });
      const elsewhere = judged({ corpus: 'nl-b', verdict: 'wrong', reason: 'E', open: true });
      const before = [right, gone, fixed, stillOpen, pendingGone, elsewhere];
      const snapshot = JSON.stringify(before);
      const u = update(
        [finding({ line: 1 }), finding({ line: 6 }), finding({ line: 4, text: 'NPS' })],
        before,
        new Set(['en-a']),
      );
      assert.equal(JSON.stringify(before), snapshot, 'the input is not changed');
      assert.deepEqual(
        u.judgements.map((j) => [j.corpus, j.line, j.verdict, j.reason, j.open ?? false]),
        [
          ['en-a', 1, 'right', 'R', false],
          ['en-a', 2, 'wrong', 'W', false], // gone: no longer open, but kept
          ['en-a', 4, null, '', false], // a new finding, for a person to judge
          ['en-a', 5, 'wrong', 'F', false], // a fixed false alarm stays, to catch its return
          ['en-a', 6, 'wrong', 'O', true],
          ['nl-b', 3, 'wrong', 'E', true], // a corpus not linted this time: untouched
        ],
      );
      assert.deepEqual(u.dropped, [pendingGone]);
      assert.deepEqual(u.closed, [gone]);
      assert.deepEqual(
        u.added.map((j) => j.text),
        ['NPS'],
      );
      // Run again: nothing more to do, and the file's text is stable.
      const again = update(
        [finding({ line: 1 }), finding({ line: 6 }), finding({ line: 4, text: 'NPS' })],
        u.judgements,
        new Set(['en-a']),
      );
      assert.equal(serialiseJudgements(again.judgements), serialiseJudgements(u.judgements));
      assert.deepEqual([again.added, again.closed, again.dropped], [[], [], []]);
    });

    it('writes one record a line, keys in order, and reads it back', () => {
      const text = serialiseJudgements([
        judged({ line: 9 }),
        judged({ verdict: 'wrong', open: true }),
      ]);
      assert.equal(text.split('\n').length, 3);
      assert.match(text, /^\{"corpus":"en-a","file":"docs\/a.md","line":3,"rule":/);
      assert.deepEqual(parseJudgements(text).records, [
        judged({ verdict: 'wrong', open: true }),
        judged({ line: 9 }),
      ]);
    });

    it('trims a long sentence to about 300 characters, on one line', () => {
      const long = `${'word '.repeat(100)}\nend`;
      const t = trimSentence(long);
      assert.ok(t.length <= 301 && t.endsWith('…') && !t.includes('\n'), t);
      assert.equal(trimSentence('  a \n b  '), 'a b');
    });

    it('reads the PROMISE CSV: single quotes, \\%, CSV double quotes, lost quotes', () => {
      const csv = [
        'ProjectID,RequirementText,class',
        "1,'The system shall refresh the display every 60 seconds.',PE",
        "1,' If projected  the data must be readable.  90\\% of viewers',US",
        "3,The system shall interface with CampusConnect’s central server',O",
        '8,"System shall let customers register as a ""pay as you go""user.\'",PE',
        '',
      ].join('\n');
      assert.deepEqual(parsePromiseCsv(csv), [
        { line: 2, text: 'The system shall refresh the display every 60 seconds.' },
        { line: 3, text: 'If projected the data must be readable. 90% of viewers' },
        { line: 4, text: 'The system shall interface with CampusConnect’s central server' },
        { line: 5, text: 'System shall let customers register as a "pay as you go"user.' },
      ]);
    });
  });

  describe('the judgements file', () => {
    it('has well-formed records', () => {
      const { problems } = readJudgementsFile();
      assert.deepEqual(problems, [], `${JUDGEMENTS_FILE}:\n${problems.join('\n')}`);
    });

    it('is written as --update writes it (sorted, one record a line)', () => {
      const text = readFileSync(JUDGEMENTS_FILE, 'utf8');
      const canonical = serialiseJudgements(readJudgementsFile().judgements);
      const lines = text.split('\n');
      const at = canonical.split('\n').findIndex((line, i) => line !== lines[i]);
      assert.ok(
        text === canonical,
        `line ${at + 1} differs from the canonical form; rewrite the file with ${UPDATE_COMMAND}`,
      );
    });
  });

  describe('on ../shared/corpora', function () {
    let m: Matched;
    let linted: Set<string>;

    before(async function () {
      if (!haveCorpora()) {
        console.log(
          `    (skipped: no corpora at ${CORPORA}; clone the shared folder beside the repository)`,
        );
        this.skip();
      }
      const runs = await lintCorpora();
      linted = new Set(runs.map((r) => r.corpus));
      m = match(
        runs.flatMap((r) => r.findings),
        readJudgementsFile().judgements,
      );
    });

    it('every finding has a judgement', () => {
      const missing = unjudged(m);
      assert.equal(
        missing.length,
        0,
        `${missing.length} finding(s) on the corpora are not judged. Run ${UPDATE_COMMAND}, ` +
          `then set "verdict" and "reason" in test/real/judgements.jsonl:\n${listed(missing)}`,
      );
    });

    it('no fixed false alarm comes back', () => {
      const back = returnedFalseAlarms(m);
      assert.equal(
        back.length,
        0,
        `${back.length} finding(s) judged wrong (and fixed) are back. Fix the regression, or mark ` +
          `the record "open": true if the false alarm is accepted again:\n${listed(back)}`,
      );
    });

    it('every open false alarm still appears (the ratchet)', () => {
      const closed = closedFalseAlarms(m, linted);
      assert.equal(
        closed.length,
        0,
        `${closed.length} open false alarm(s) no longer appear — good. Run ${UPDATE_COMMAND} ` +
          `to remove "open" from them, so that they are caught if they come back:\n${listed(closed)}`,
      );
    });
  });
});
