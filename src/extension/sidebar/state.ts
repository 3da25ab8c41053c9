// Pure helpers for the sidebar state: keep the selection on the same finding when findings change.
import type { Finding } from '../../core/types';
import type { SidebarState } from './types';

/** What identifies a finding across re-lints of an edited document (its offsets may move). */
function identity(f: Finding): string {
  return [f.ruleId, f.messageId, f.statementText, JSON.stringify(f.messageArgs)].join('\u0000');
}

/** `selected` if it is an index into `findings`, otherwise undefined. */
export function validSelection(state: SidebarState): number | undefined {
  const i = state.selected;
  return i !== undefined && Number.isSafeInteger(i) && i >= 0 && i < state.findings.length
    ? i
    : undefined;
}

/**
 * The next state to show. An explicit, valid `selected` wins. Otherwise, when the same document was
 * re-linted, the selection follows the previously selected finding (nearest one with the same rule,
 * message and statement), or is dropped when that finding is gone.
 */
export function carrySelection(prev: SidebarState | undefined, next: SidebarState): SidebarState {
  const explicit = validSelection(next);
  if (explicit !== undefined) return { ...next, selected: explicit };
  const { selected: _dropped, ...rest } = next;
  const prevIndex = prev ? validSelection(prev) : undefined;
  if (!prev || prevIndex === undefined || prev.uri !== next.uri || next.uri === undefined) {
    return rest;
  }
  const before = prev.findings[prevIndex]!;
  const key = identity(before);
  let best: number | undefined;
  let bestDistance = Infinity;
  next.findings.forEach((f, i) => {
    if (identity(f) !== key) return;
    const distance = Math.abs(f.range.start.offset - before.range.start.offset);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best === undefined ? rest : { ...rest, selected: best };
}
