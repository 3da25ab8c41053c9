// The findings the incremental linter keeps, per block with findings or directives: moved with the
// edits before them, and given out with positions recomputed and suppressions applied.
import type { Finding, Position, Range } from '../types';
import type { Directive } from '../directives';
import { Suppressions } from '../suppress';
import { sortFindings } from '../check';
import type { LintResult } from '../engine';
import type { Block, State } from './state';

/** All directives, in document order. */
export function directivesOf(state: State): Directive[] {
  const all: Directive[] = [];
  for (const b of state.notable) for (const d of b.directives) all.push(d);
  return all.sort((x, y) => x.start - y.start);
}

/**
 * The result: findings with positions recomputed, suppressions applied, sorted. `fresh`: the
 * findings were just made and nothing moved them (a lint no update follows), so they are given
 * as they are.
 */
export function output(state: State, fresh = false): LintResult {
  const { lines, bom } = state;
  const suppressions = new Suppressions(directivesOf(state), lines);
  const at = (p: Position): Position => lines.position(p.offset - bom);
  const findings: Finding[] = [];
  let suppressed = 0;
  // Blocks do not overlap, so sorting by position gives document order whatever the set's order.
  for (const block of state.notable) {
    for (const stored of block.findings) {
      const f = fresh ? stored : copyFinding(stored, at);
      if (suppressions.isSuppressed(f.ruleId, f.range.start.offset - bom, f.range.start.line)) {
        suppressed++;
      } else findings.push(f);
    }
  }
  sortFindings(findings);
  return { findings, lang: state.lang, langSource: state.langSource, suppressed, problems: [] };
}

export function copyPosition(p: Position): Position {
  return { offset: p.offset, line: p.line, column: p.column };
}

export function copyFinding(f: Finding, pos: (p: Position) => Position): Finding {
  const range = (r: Range): Range => ({ start: pos(r.start), end: pos(r.end) });
  return {
    ...f,
    range: range(f.range),
    statement: range(f.statement),
    messageArgs: { ...f.messageArgs },
    spans: f.spans.map((s) => ({ ...s, range: range(s.range) })),
    fixes: f.fixes.map((x) => ({
      ...x,
      edits: x.edits.map((e) => ({ ...e, range: range(e.range) })),
    })),
  };
}

/**
 * Move what a block with findings or directives holds by `delta`, where it lies at or after
 * `threshold` (the end of the edit window): a finding may point into a heading above the window.
 */
export function shiftNotable(block: Block, delta: number, threshold: number, bom: number): void {
  if (delta === 0) return;
  for (const d of block.directives) {
    if (d.start >= threshold) {
      d.start += delta;
      d.end += delta;
    }
  }
  const min = threshold + bom;
  const move = (p: Position): void => {
    if (p.offset >= min) p.offset += delta;
  };
  for (const f of block.findings) {
    move(f.range.start);
    move(f.range.end);
    move(f.statement.start);
    move(f.statement.end);
    for (const s of f.spans) {
      move(s.range.start);
      move(s.range.end);
    }
    for (const x of f.fixes) {
      for (const e of x.edits) {
        move(e.range.start);
        move(e.range.end);
      }
    }
  }
}
