// The fuzzer's own parts (test/fuzz): its fix check fails a fix that leaves its finding, its edits
// do what they say (split a CRLF, type, paste at a line start) and its mutations replay exactly.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, type Fix } from '../../src/core';
import { CheckFailure, checkFix } from '../fuzz/checks';
import { editChanges, mutate, mutations, type EditSpec } from '../fuzz/mutations';

const DOC = [
  '# Goals',
  '',
  'The redesigned app will increase customer loyalty. The app must be user-friendly.',
  '',
  '- The UX/CX team owns the NPS goal.',
  '- The customer journey shall run via app and website only.',
  '',
].join('\r\n');

describe('fuzz checks', () => {
  it('every fix of a document with each rule passes the fix check', () => {
    const findings = lint(DOC).findings;
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), [
      'digital-only-journey',
      'unmeasurable-ux-quality',
      'ux-cx-conflation',
      'ux-for-cx-outcome',
    ]);
    for (const f of findings) for (const fix of f.fixes) checkFix(DOC, f, fix);
  });

  it('fails a fix that leaves its finding: text beside it, or the same words again', () => {
    for (const f of lint(DOC).findings) {
      const { start, end } = f.range;
      const same = DOC.slice(start.offset, end.offset);
      const fixes: Fix[] = [
        { kind: 'space-after', title: '', edits: [{ range: { start: end, end }, newText: ' ' }] },
        { kind: 'same-words', title: '', edits: [{ range: f.range, newText: same }] },
      ];
      for (const fix of fixes) {
        assert.throws(
          () => checkFix(DOC, f, fix),
          (e) => e instanceof CheckFailure && e.check === 'fix',
        );
      }
    }
  });

  it('edits split CRLF pairs, type key by key and paste whole lines', () => {
    const text = 'one\r\ntwo\r\nthree';
    const split = editChanges(text, {
      kind: 'split-crlf',
      at: 0.5,
      give: true,
      op: 'between',
      text: 'x',
    });
    assert.deepEqual(split, [{ offset: 9, deleteLength: 0, insertText: 'x' }]);
    assert.equal(text.slice(8, 10), '\r\n');
    const typed = editChanges(text, { kind: 'type', at: 0, give: false, keys: 'ab\bc' });
    assert.deepEqual(
      typed.map((c) => [c.offset, c.deleteLength, c.insertText]),
      [
        [0, 0, 'a'],
        [1, 0, 'b'],
        [1, 1, ''],
        [1, 0, 'c'],
      ],
    );
    const paste: EditSpec = { kind: 'paste', at: 0.4, give: true, lines: ['- a', '- b'] };
    assert.deepEqual(editChanges(text, paste), [
      { offset: 5, deleteLength: 0, insertText: '- a\r\n- b\r\n' },
    ]);
  });

  it('mutations are data: the same list gives the same document', () => {
    fc.assert(
      fc.property(mutations, (list) => {
        const once = list.reduce(mutate, DOC);
        const replayed = JSON.parse(JSON.stringify(list)) as typeof list;
        assert.equal(replayed.reduce(mutate, DOC), once);
      }),
      { numRuns: 100 },
    );
  });
});
