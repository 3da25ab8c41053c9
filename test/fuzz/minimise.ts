// Shrinks a failing document to a small input that fails the same check, for a regression test:
// whole lines first, then characters. An incremental failure is first reduced to one change
// after the text is typed into an empty document, then the text before and after the change and its inserted text
// shrink.
import { lint } from '../../src/core';
import { CheckFailure, checkFix, checkLint, replayIncremental, type SessionChange } from './checks';
import { applyChange } from './mutations';
import type { FuzzFailure } from './worker';

/** What a failure reduces to: a text, and for an incremental failure one change of it. */
export interface Minimised {
  text: string;
  change?: SessionChange;
}

/** Remove pieces of the parts (lines, then characters) while `fails` holds, until none goes. */
function shrink(parts: string[], fails: (parts: string[]) => boolean): string[] {
  const length = (p: string[]): number => p.reduce((n, s) => n + s.length, 0);
  let current = parts;
  for (let before = Infinity; length(current) < before;) {
    before = length(current);
    current = shrinkOnce(current, fails);
  }
  return current;
}

function shrinkOnce(parts: string[], fails: (parts: string[]) => boolean): string[] {
  let current = [...parts];
  for (const unit of ['line', 'char'] as const) {
    for (let k = 0; k < current.length; k++) {
      const split = (s: string): string[] =>
        unit === 'line' ? s.split(/(?<=\r\n|\r(?!\n)|\n)/) : [...s];
      let pieces = split(current[k]!);
      for (
        let size = Math.max(1, pieces.length >> 1);
        size >= 1;
        size = size === 1 ? 0 : size >> 1
      ) {
        for (let i = 0; i + size <= pieces.length;) {
          const without = [...pieces.slice(0, i), ...pieces.slice(i + size)];
          const candidate = [...current];
          candidate[k] = without.join('');
          if (fails(candidate)) {
            current = candidate;
            pieces = without;
          } else i += size;
        }
      }
    }
  }
  return current;
}

/** Does `f` fail with a CheckFailure whose check (and, for a fix, fix kind and rule) match? */
function failsLike(failure: FuzzFailure, f: () => void): boolean {
  try {
    f();
    return false;
  } catch (error) {
    if (!(error instanceof CheckFailure)) return false;
    if (error.check !== failure.check) return false;
    return failure.check !== 'fix' || error.message.startsWith(failure.message.split(' at ')[0]!);
  }
}

/** Every fix of the failure's kind, for every finding of its rule. */
function checkFixesLike(failure: FuzzFailure, text: string): void {
  const [kind, , , rule] = failure.message.split(' ');
  const before = lint(text);
  for (const finding of before.findings) {
    if (finding.ruleId !== rule) continue;
    for (const fix of finding.fixes)
      if (fix.kind === kind) checkFix(text, finding, fix, undefined, before);
  }
}

/** The smallest input found that fails like `failure` did on `text`. */
export function minimise(text: string, failure: FuzzFailure): Minimised {
  if (failure.check === 'incremental') return minimiseIncremental(text, failure);
  const fails = ([t]: string[]): boolean =>
    failsLike(failure, () =>
      failure.check === 'fix' ? checkFixesLike(failure, t!) : checkLint(t!),
    );
  if (!fails([text])) return { text };
  return { text: shrink([text], fails)[0]! };
}

function minimiseIncremental(text: string, failure: FuzzFailure): Minimised {
  const { changes } = failure.detail as { changes: SessionChange[] };
  // The text before the last change (the one after which the results differed).
  let before = text;
  for (const c of changes.slice(0, -1)) before = applyChange(before, c);
  const last = changes.at(-1);
  const replays = (t: string, c?: SessionChange): boolean =>
    failsLike(failure, () => replayIncremental(t, c ? [c] : []));
  if (!last || !replays(before, last)) {
    return { text }; // Needs the history: left as it is.
  }
  // Parts: before the change, the deleted text, after it; and the inserted text.
  const end = last.offset + last.deleteLength;
  const parts = [
    before.slice(0, last.offset),
    before.slice(last.offset, end),
    before.slice(end),
    last.insertText,
  ];
  const toInput = ([head, deleted, tail, inserted]: string[]): Minimised => ({
    text: head! + deleted! + tail!,
    change: {
      offset: head!.length,
      deleteLength: deleted!.length,
      insertText: inserted!,
      give: last.give,
    },
  });
  const fails = (p: string[]): boolean => {
    const m = toInput(p);
    return replays(m.text, m.change);
  };
  return toInput(shrink(parts, fails));
}
